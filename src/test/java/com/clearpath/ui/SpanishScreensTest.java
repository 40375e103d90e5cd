package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Recommendation;
import com.clearpath.engine.CatalogTreatment;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.shell.WorkstationPreferences;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workstation set to Español: the whole consultation, Clients and Settings, and every word a person can see there
 * (labels, texts, prompts, tooltips) is Spanish. A text fails when it is an English message, an English message
 * with its blanks filled in, an English treatment name, or reads as English. No two controls on one screen share an
 * Alt letter. Pictures of the six steps go to {@code es/wizard-*.png} (copied to docs/es).
 */
class SpanishScreensTest {
    private static final String[] STEP_NAMES = {"1-client", "2-concerns", "3-skin", "4-screening", "5-plan", "6-summary"};

    /**
     * Words that are the same in both languages: true cognates, product and unit names, the language names the
     * switches show in their own language, and what the case typed.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of("Clearpath Consult", "Clearpath", "Consult", "Plan",
            "Normal", "English", "Español", "A4", "PDF", "No", "Macular", "Psoriasis", "Melasma", "Total",
            "+1 555 010 0000", "Ana", "Reyes", "Ana Reyes", "ana@example.com", "1996-04-12", "5", "8");

    /** English words that do not occur in Spanish: a text with one of them reads as English. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(the|and|with|your|you|of|for|to|is|are|not|this|that|from|skin|scars?|step|save|print|yes)\\b",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    Path temp;
    private RunningApp running;
    private final Properties english = bundle("messages.properties");
    private final Properties spanish = bundle("messages_es.properties");
    /** For each English message with blanks and at least a few words: it and its Spanish as patterns. */
    private final Map<String, Pattern[]> templates = new java.util.HashMap<>();

    {
        for (String key : english.stringPropertyNames()) {
            String en = plain(english.getProperty(key));
            if (en.contains("{") && letters(en) >= 6) {
                templates.put(key, new Pattern[] {template(en), template(plain(spanish.getProperty(key, "")))});
            }
        }
    }

    /** Every visible text, with where it was seen first. */
    private final Map<String, String> seen = new LinkedHashMap<>();
    /**
     * The references exemption: the plan's literature references (R63, and the catalog's citations) are names and
     * are shown as they are. They are collected from the plan on screen; its reasons are not exempt, as the screens
     * make them in Spanish from their codes.
     */
    private final Set<String> engineProse = new TreeSet<>();
    private final Set<String> engineProseShown = new TreeSet<>();
    private final List<String> collisions = new ArrayList<>();
    private final Set<String> truncated = new LinkedHashSet<>();

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws IOException {
        folder.ensureExists();
        new WorkstationPreferences(Workstation.of(folder))
                .saveLanguage(Language.ES);
    }

    @Test
    void everyScreenSpeaksSpanish(FxRobot robot) throws Exception {
        WizardRobot w = new WizardRobot(robot, running);
        assertEquals("Nueva consulta", fx(() -> robot.lookup("#nav-new-consultation").queryAs(Labeled.class)
                .getText()));
        w.walkFullConsultation(temp.resolve("out/folleto.pdf"), temp.resolve("out/resumen.pdf"), point -> {
            switch (point) {
                case CLIENT_TYPED -> step(w, 1);
                case CONCERNS_DONE -> step(w, 2);
                case SKIN_ANSWERED -> {
                    assertTrue(w.textOf("#skin-type").startsWith("Tipo III"), w.textOf("#skin-type"));
                    step(w, 3);
                }
                case SCREENING_DONE -> step(w, 4);
                case PLAN_ITEM_OPENED -> {
                    engineProse(fx(() -> w.view().draft().planProperty().get()));
                    assertTrue(w.textOf("#plan-item-SUBCISION").contains("Subcisión"), w.textOf("#plan-item-SUBCISION"));
                    step(w, 5);
                    // The whole Plan step, below the fold too, at the default size and at the smallest window.
                    w.shootPage("#step-plan", "es/page-5-plan");
                    w.size(ClearpathApp.MIN_WIDTH, ClearpathApp.MIN_HEIGHT);
                    w.shootPage("#step-plan", "es/page-5-plan-1024x680");
                    w.size(ClearpathApp.PREFERRED_WIDTH, ClearpathApp.PREFERRED_HEIGHT);
                }
                case SUMMARY_SHOWN -> step(w, 6);
                case FINAL -> collect(w, "step 6, final");
                default -> { }
            }
        });

        robot.interact(() -> running.app.mainWindow().show(Section.CLIENTS));
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        collect(w, "Clients");
        robot.clickOn("#clients-search");
        robot.write("reyes");
        await("Ana Reyes found", () -> robot.lookup("#clients-results").queryAs(javafx.scene.control.ListView.class)
                .getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-consultations").tryQuery().isPresent());
        collect(w, "Clients, history");
        Screenshots.save(running.stage.getScene(), "es/clients-history");
        robot.interact(() -> {
            var history = robot.lookup("#client-consultations").queryAs(javafx.scene.control.ListView.class);
            history.getSelectionModel().select(0);
            history.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-details").tryQuery().isPresent());
        collect(w, "Clients, consultation");
        Screenshots.save(running.stage.getScene(), "es/clients-consultation");

        robot.interact(() -> running.app.mainWindow().show(Section.SETTINGS));
        await("the clinic settings", () -> !robot.lookup("#clinic-name").query().isDisabled());
        collect(w, "Settings");
        Screenshots.save(running.stage.getScene(), "es/settings");

        Path report = Screenshots.folder().resolve("es/engine-prose.txt");
        Files.createDirectories(report.getParent());
        List<String> all = new ArrayList<>();
        seen.forEach((text, where) -> all.add(where + "\t" + text.replace("\n", " / ")));
        Files.write(report.resolveSibling("texts.txt"), all);
        List<String> english = new ArrayList<>();
        seen.forEach((text, where) -> problem(text).ifPresent(p -> english.add(where + ": \"" + text + "\" " + p)));
        Files.write(report, engineProseShown);
        assertEquals(List.of(), english, "English on the Spanish screens (references exempted: "
                + engineProseShown.size() + " texts, listed in " + report + ")");
        assertEquals(List.of(), collisions, "two controls on one screen share an Alt letter");
        assertEquals(List.of(), new ArrayList<>(truncated), "labels cut short");
        assertTrue(seen.size() > 300, "the walk saw the screens: " + seen.size() + " texts");
    }

    /** A step: its words collected, no Alt letter used twice, and its picture at the default window size. */
    private void step(WizardRobot w, int step) {
        collect(w, "step " + step);
        w.shoot("es/wizard-" + STEP_NAMES[step - 1]);
        // The smallest window the app allows must not cut Spanish labels either.
        w.size(ClearpathApp.MIN_WIDTH, ClearpathApp.MIN_HEIGHT);
        collect(w, "step " + step + " at 1024x680");
        w.size(ClearpathApp.PREFERRED_WIDTH, ClearpathApp.PREFERRED_HEIGHT);
    }

    private void collect(WizardRobot w, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, List<String>> letters = new TreeMap<>();
        fx(() -> {
            visit(running.stage.getScene().getRoot(), where, letters);
            return null;
        });
        letters.forEach((letter, texts) -> {
            if (texts.size() > 1) {
                collisions.add(where + ": Alt+" + letter + " on " + texts);
            }
        });
    }

    private void visit(Node node, String where, Map<String, List<String>> letters) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            String t = l.getText();
            if (l.isMnemonicParsing() && t != null && !drawnBySkinOf(l)) {
                int at = t.indexOf('_');
                if (at >= 0 && at + 1 < t.length()) {
                    letters.computeIfAbsent(t.substring(at + 1, at + 2).toUpperCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(t);
                    t = t.substring(0, at) + t.substring(at + 1);
                }
            }
            see(t, where);
            truncated(l, t, where);
        } else if (node instanceof Text text && !insideControl(text)) {
            see(text.getText(), where);
        }
        if (node instanceof TextInputControl input) {
            see(input.getPromptText(), where);
            if (!input.isEditable()) {
                see(input.getText(), where);
            }
        }
        if (node instanceof ComboBoxBase<?> combo) {
            see(combo.getPromptText(), where);
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            see(c.getTooltip().getText(), where);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, where, letters);
            }
        }
    }

    /** Spanish runs about a fifth longer than English: a label cut short with "…" is a layout to fix. */
    private void truncated(Labeled l, String wanted, String where) {
        if (wanted == null || wanted.isBlank() || drawnBySkinOf(l) || inSearchList(l)) {
            return;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && child.getStyleClass().contains("text")) {
                String shown = drawn.getText();
                if (shown != null && !shown.equals(wanted) && shown.endsWith(l.getEllipsisString())
                        && !l.getEllipsisString().isEmpty()) {
                    this.truncated.add(where + ": \"" + wanted + "\" shows as \"" + shown + "\"");
                }
            }
        }
    }

    /**
     * The rows of the Clients search list take the list's width and cut long text with "…" by design (the whole
     * text is the row's accessible text), in English too.
     */
    private static boolean inSearchList(Node node) {
        for (Node p = node; p != null; p = p.getParent()) {
            if ("clients-results".equals(p.getId())) {
                return true;
            }
        }
        return false;
    }

    /** A label a control's skin draws with the control's own text (a menu button's), not a control of its own. */
    private static boolean drawnBySkinOf(Labeled l) {
        for (Node p = l.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Labeled outer && java.util.Objects.equals(outer.getText(), l.getText())) {
                return true;
            }
        }
        return false;
    }

    /** Text drawn by a control's skin is that control's own text, already seen. */
    private static boolean insideControl(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control) {
                return true;
            }
        }
        return false;
    }

    private void see(String text, String where) {
        if (text != null && !text.isBlank()) {
            seen.putIfAbsent(text.strip(), where);
        }
    }

    /** Why a visible text is not Spanish, or empty when it is. */
    private java.util.Optional<String> problem(String text) {
        if (SAME_IN_BOTH.contains(text) || text.matches("[\\d\\s.,:/()+·–-]*")) {
            return java.util.Optional.empty();
        }
        for (String key : english.stringPropertyNames()) {
            String en = plain(english.getProperty(key));
            if (text.equals(en)) {
                return java.util.Optional.of("is the English of " + key);
            }
            Pattern[] both = templates.get(key);
            if (both != null && both[0].matcher(text).matches() && !both[1].matcher(text).matches()) {
                return java.util.Optional.of("is the English of " + key + " filled in");
            }
        }
        String rest = withoutEngineProse(text);
        for (CatalogTreatment t : running.app.planner().catalog().all()) {
            String en = t.name().in(Language.EN);
            if (!en.equals(t.name().in(Language.ES)) && rest.contains(en)) {
                return java.util.Optional.of("names " + en + " in English");
            }
        }
        Matcher m = ENGLISH_WORDS.matcher(rest);
        if (m.find()) {
            return java.util.Optional.of("reads as English (\"" + m.group() + "\")");
        }
        return java.util.Optional.empty();
    }

    /** The text with the engine's sentences and references taken out; noted when that exemption was needed. */
    private String withoutEngineProse(String text) {
        String rest = text;
        for (String prose : engineProse.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (rest.contains(prose)) {
                rest = rest.replace(prose, " ");
                engineProseShown.add(prose);
            }
        }
        return rest;
    }

    private void engineProse(Plan plan) {
        for (Hold h : plan.holds()) {
            prose(null, h.sources());
        }
        for (Flag f : plan.flags()) {
            prose(null, f.sources());
        }
        List<Recommendation> all = new ArrayList<>(plan.recommendations());
        all.addAll(plan.deferred());
        for (Recommendation r : all) {
            prose(null, r.sources());
        }
        for (Exclusion e : plan.excluded()) {
            for (ExclusionReason r : e.reasons()) {
                prose(null, r.sources());
            }
        }
        // References are shown by their citation from the catalog.
        engineProse.addAll(running.app.planner().catalog().sources().values());
    }

    private void prose(String text, List<String> sources) {
        if (text != null && !text.isBlank()) {
            engineProse.add(text.strip());
        }
        sources.forEach(s -> engineProse.add(s.strip()));
    }

    /** A message as shown: no mnemonic mark, MessageFormat's doubled apostrophes single. */
    private static String plain(String message) {
        int at = message.indexOf('_');
        String t = at >= 0 && at + 1 < message.length() && Character.isLetterOrDigit(message.charAt(at + 1))
                ? message.substring(0, at) + message.substring(at + 1) : message;
        return t.contains("{") ? t.replace("''", "'") : t;
    }

    private static int letters(String template) {
        return template.replaceAll("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "").replaceAll("[^\\p{L}]", "").length();
    }

    /** A message template as a pattern: each placeholder (a choice too) stands for any text. */
    private static Pattern template(String message) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        StringBuilder literal = new StringBuilder();
        for (char c : message.toCharArray()) {
            if (c == '{') {
                if (depth == 0) {
                    out.append(Pattern.quote(literal.toString())).append("(?s:.+?)");
                    literal.setLength(0);
                }
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                literal.append(c);
            }
        }
        out.append(Pattern.quote(literal.toString()));
        return Pattern.compile(out.toString());
    }

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (var in = SpanishScreensTest.class.getResourceAsStream("/com/clearpath/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
