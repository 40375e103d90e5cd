package com.clearpath.ui.sessions;

import com.clearpath.domain.StepProgress;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.VisitSchedule;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.sessions.SessionForm.Field;
import com.clearpath.ui.sessions.SessionForm.Issue;
import com.clearpath.ui.sessions.SessionForm.Problem;
import com.clearpath.ui.sessions.SessionForm.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sessions' codes as the practitioner reads them: "Session 2 of 3", "Date: the session cannot be after today". */
final class SessionWords {
    private final Messages text;
    private final RecordWords words;

    SessionWords(RecordWords words) {
        this.text = words.text();
        this.words = words;
    }

    RecordWords records() {
        return words;
    }

    /** "Session 2 of 3", "Session 2 of 1–3", or, before the first, how many are planned. */
    String progress(StepProgress p) {
        String planned = p.plannedMin() == p.plannedMax() ? String.valueOf(p.plannedMax())
                : p.plannedMin() + "\u2013" + p.plannedMax();
        return p.done() == 0 ? text.format("clients.session.progress.none", planned)
                : text.format("clients.session.progress", p.done(), planned);
    }

    /** The name a suggested setting gets in the form. */
    String setting(Setting s) {
        return switch (s) {
            case ENERGY -> text.get("clients.session.setting.energy");
            case PASSES -> text.get("clients.session.setting.passes");
            case NEEDLE_DEPTH -> text.get("clients.session.setting.needleDepth");
            case TCA_STRENGTH -> text.get("clients.session.setting.tcaStrength");
        };
    }

    String field(Field f) {
        return switch (f) {
            case TREATMENT -> text.get("clients.session.field.treatment");
            case DATE -> text.get("clients.session.field.date");
            case PRACTITIONER -> text.get("clients.session.field.practitioner");
            case ZONES -> text.get("clients.session.field.zones");
            case SETTINGS -> text.get("clients.session.field.settings");
            case FILLER_PRODUCT -> text.get("clients.session.field.fillerProduct");
            case FILLER_LOT -> text.get("clients.session.field.fillerLot");
            case NEXT_VISIT -> text.get("clients.session.field.nextVisit");
            case FORM -> text.get("clients.session.field.form");
        };
    }

    /** The problem with the field it names first: "Date: the session cannot be after today." */
    String problem(Problem p) {
        String field = p.field() == Field.SETTINGS && p.row() >= 0
                ? text.format("clients.session.field.settingRow", p.row() + 1) : field(p.field());
        return text.format("clients.session.problem", field, issue(p));
    }

    private String issue(Problem p) {
        String treatment = p.treatment().map(words::treatment).orElse("");
        return switch (p.issue()) {
            case MISSING -> text.get("clients.session.issue.missing");
            case UNREADABLE -> text.get("clients.session.issue.unreadable");
            case IN_THE_FUTURE -> text.get("clients.session.issue.inTheFuture");
            case SETTING_WITHOUT_NAME -> text.get("clients.session.issue.settingWithoutName");
            case SETTING_TWICE -> text.get("clients.session.issue.settingTwice");
            case NOT_AFTER_SESSION -> text.get("clients.session.issue.notAfterSession");
            case CONSULTATION_NOT_FOUND -> text.get("clients.session.issue.consultationNotFound");
            case CONSULTATION_NOT_FINAL -> text.get("clients.session.issue.consultationNotFinal");
            case SESSION_NOT_FOUND -> text.get("clients.session.issue.sessionNotFound");
            case ALREADY_CORRECTED -> text.get("clients.session.issue.alreadyCorrected");
            case NO_CONSENT -> text.format("clients.session.issue.noConsent", treatment);
            case CONSENT_EXPIRED -> text.format("clients.session.issue.consentExpired", treatment,
                    p.date().map(words::date).orElse(""));
            case CONSENT_WITHDRAWN -> text.format("clients.session.issue.consentWithdrawn", treatment);
            case CONSENT_NOT_INTACT -> text.format("clients.session.issue.consentNotIntact", treatment);
        };
    }

    /**
     * "Next visit: 12 Mar 2026 (planned 26 Feb 2026)" when the sessions moved it, without the brackets when not; when
     * every visit is done, says so; empty when the plan has no clinic visit.
     */
    Optional<String> nextVisit(VisitSchedule schedule) {
        if (schedule == null || schedule.visits().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(schedule.next().map(v -> v.moved()
                ? text.format("clients.session.nextVisit.moved", words.date(v.standing().date()),
                words.date(v.planned().date()))
                : text.format("clients.session.nextVisit", words.date(v.standing().date())))
                .orElseGet(() -> text.get("clients.session.nextVisit.allDone")));
    }

    /** Date and treatment, the entry's heading. */
    String heading(TreatmentSession s) {
        return words.date(s.performedOn()) + " \u00b7 " + words.treatment(s.treatment());
    }

    /** Who, where, with what: "Dr Ruiz · left cheek, right cheek · Dermapen 4: needle depth 1.5 mm, passes 3". */
    String summary(TreatmentSession s) {
        List<String> parts = new ArrayList<>();
        if (!s.practitioner().isEmpty()) {
            parts.add(s.practitioner());
        }
        if (!s.zones().isEmpty()) {
            parts.add(words.zones(s.zones()));
        }
        String settings = s.settings().entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        if (!s.device().isEmpty() || !settings.isEmpty()) {
            parts.add(s.device().isEmpty() ? settings : settings.isEmpty() ? s.device() : s.device() + ": " + settings);
        }
        if (!s.fillerProduct().isEmpty() || !s.fillerLot().isEmpty()) {
            parts.add(text.format("clients.session.filler", s.fillerProduct(), s.fillerLot()));
        }
        if (!s.anaesthetic().isEmpty()) {
            parts.add(text.format("clients.session.anaesthetic", s.anaesthetic()));
        }
        if (!s.immediateReaction().isEmpty()) {
            parts.add(text.format("clients.session.reaction", s.immediateReaction()));
        }
        s.nextVisit().ifPresent(d -> parts.add(text.format("clients.session.booked", words.date(d))));
        return String.join(" \u00b7 ", parts);
    }
}
