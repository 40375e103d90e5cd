package com.clearpath.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The six steps of a consultation, in the order they are walked through with the client. Each step owns the intake
 * field paths it asks for (a problem under one of them keeps that step incomplete) and the stem of its message keys.
 * The ordinal is the step's number in the frame and in saved drafts, so the order here must not change.
 */
public enum Step {
    CLIENT("client", "consultedOn", "practitioner", "format"),
    CONCERNS("concerns", "goodmanBaronGrade", "goals", "eventDate", "planStartsOn"),
    SKIN("skin"),
    SCREENING("activeAcne", "screening", "screeningDetails"),
    PLAN(),
    SUMMARY("notes");

    private final String[] paths;

    Step(String... paths) {
        this.paths = paths;
    }

    /** The intake field paths (sections) this step asks for; a problem at or under one belongs to this step. */
    public String[] paths() {
        return paths.clone();
    }

    /** True when a problem at {@code path} belongs to this step. */
    public boolean owns(String path) {
        for (String p : paths) {
            if (ConsultationDraft.within(path, p)) {
                return true;
            }
        }
        return false;
    }

    /** The stem of this step's message keys, e.g. {@code step.client}. */
    public String messageKey() {
        return "step." + name().toLowerCase(Locale.ROOT);
    }

    /** The short name in the step indicator. */
    String titleKey() {
        return messageKey() + ".title";
    }

    String headingKey() {
        return messageKey() + ".heading";
    }

    String descriptionKey() {
        return messageKey() + ".description";
    }

    /** The live plan preview shows beside the steps whose answers shape the plan, and the plan itself. */
    boolean showsPreview() {
        return this != CLIENT && this != SUMMARY;
    }

    /** The step with this number, as saved in drafts; a number out of range gives the nearest step. */
    static Step at(int number) {
        Step[] all = values();
        return all[Math.max(0, Math.min(number, all.length - 1))];
    }

    /** Every message key the steps read, so the bundle can be checked for gaps. */
    public static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (Step step : values()) {
            keys.addAll(List.of(step.titleKey(), step.headingKey(), step.descriptionKey()));
        }
        return keys;
    }
}
