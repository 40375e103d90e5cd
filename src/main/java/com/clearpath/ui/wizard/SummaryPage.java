package com.clearpath.ui.wizard;

import com.clearpath.document.DocumentKind;
import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Treatment;
import com.clearpath.ui.documents.VisitsFile;
import com.clearpath.ui.records.RecordWords;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Step 6: the whole consultation on one page, the practitioner's notes, and the way out: save as final (then the
 * consultation is read-only and Finish starts the next one) and the two PDFs.
 */
final class SummaryPage extends StepPage {
    /** Makes the consultation final; calls back on the FX thread. */
    interface Finaliser {
        void finalise(Runnable done, Consumer<Exception> failed);
    }

    private final ConsultationDraft draft;
    private final WizardText text;
    private final SummaryDocuments documents;
    private final Finaliser finaliser;
    private final WizardServices services;
    private final Supplier<Window> window;
    private final Supplier<LocalDate> today;
    private final BiConsumer<UUID, DocumentKind> previewer;
    private final GridPane facts = new GridPane();
    private final VBox finalBanner = new VBox();
    private final Label finalText = new Label();
    private final TextArea notes = new TextArea();
    private final Button saveFinal = new Button();
    private final Button handout = new Button();
    private final Button clinician = new Button();
    private final Button preview = new Button();
    private final Button visits = new Button();
    private final ComboBox<Language> language = new ComboBox<>();
    private final Label outcome = new Label();
    private boolean busy;
    private boolean languageChosen;

    SummaryPage(ConsultationDraft draft, WizardText text, SummaryDocuments documents, Finaliser finaliser,
                WizardServices services) {
        super(text.get(Step.SUMMARY.titleKey()));
        this.draft = draft;
        this.text = text;
        this.documents = documents;
        this.finaliser = finaliser;
        this.services = services;
        this.window = services.window();
        this.today = services.today();
        this.previewer = services.preview();
        root.getStyleClass().addAll("wizard-step", "summary-step");
        root.setId("step-summary");
        complete = draft.finalBinding();
        blocking = Bindings.createStringBinding(() -> draft.isFinal() ? "" : text.get("wizard.summary.blocking"),
                draft.statusProperty());

        finalBanner.getStyleClass().add("notice-ready");
        finalBanner.setId("summary-final");
        finalText.setWrapText(true);
        finalText.setId("summary-final-text");
        Label finalTitle = new Label(text.get("wizard.summary.final.title"));
        finalTitle.getStyleClass().add("notice-title");
        finalBanner.getChildren().addAll(finalTitle, finalText);
        finalBanner.visibleProperty().bind(draft.finalBinding());
        finalBanner.managedProperty().bind(finalBanner.visibleProperty());

        facts.getStyleClass().add("summary-grid");
        facts.setId("summary-facts");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        labels.setPrefWidth(170);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().addAll(labels, values);

        ChangesPanel changes = new ChangesPanel(draft, text, new ChangeWords(text, this::treatmentName));
        root.getChildren().addAll(Forms.heading(text.get(Step.SUMMARY.headingKey())),
                Forms.intro(text.get("wizard.summary.intro")), finalBanner, changes.node(), facts, notesBlock(), actions());
        draft.intakeProperty().addListener((o, was, now) -> refresh());
        draft.planProperty().addListener((o, was, now) -> refresh());
        draft.overrides().addListener((ListChangeListener<PlanOverride>) c -> refresh());
        draft.statusProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    // ---------- the facts ----------

    private void refresh() {
        facts.getChildren().clear();
        Intake in = draft.intakeProperty().get();
        Plan plan = draft.planProperty().get();
        int row = 0;
        row = section(row, text.get("wizard.summary.section.client"));
        Client c = in.client();
        row = fact(row, "wizard.summary.name", join(c.firstName(), c.lastName()));
        if (c.dateOfBirth() != null) {
            row = fact(row, "wizard.summary.born", text.format("wizard.summary.born.value", longDate(c.dateOfBirth()),
                    Period.between(c.dateOfBirth(), today.get()).getYears()));
        }
        row = fact(row, "wizard.summary.contact", List.of(orEmpty(c.phone()), orEmpty(c.email())).stream()
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" \u00b7 ")));
        String on = in.consultedOn() == null ? "" : longDate(in.consultedOn());
        row = fact(row, "wizard.summary.consulted", in.practitioner() == null ? on
                : text.format("wizard.summary.consulted.value", on, in.practitioner()));

        row = section(row, text.get("wizard.summary.section.concerns"));
        int n = 1;
        for (Concern k : in.concerns()) {
            row = fact(row, null, n++ + ". " + concernLine(k));
        }
        Integer grade = in.goodmanBaronGrade();
        row = fact(row, "wizard.summary.goodman", grade == null ? text.get("wizard.goodman.none")
                : text.format("wizard.goodman.option", grade, text.goodmanName(grade)));
        row = fact(row, "wizard.summary.goals", orEmpty(in.goals()));

        row = section(row, text.get("wizard.summary.section.skin"));
        row = fact(row, "wizard.summary.type", typeLine(in.skin()));
        if (in.skin().sensitivity() != null) {
            row = fact(row, "wizard.summary.sensitivity", text.sensitivity(in.skin().sensitivity()));
        }
        row = fact(row, "wizard.summary.conditions", in.skin().conditions().isEmpty() ? text.get("wizard.summary.none")
                : in.skin().conditions().stream().map(text::condition).collect(Collectors.joining(", ")));

        row = section(row, text.get("wizard.summary.section.screening"));
        Integer iga = in.activeAcne().iga();
        row = fact(row, "wizard.summary.iga", iga == null ? "" : text.format("wizard.summary.iga.value",
                text.format("wizard.iga.option", iga, text.igaName(iga)),
                text.get(in.activeAcne().nodulesOrCysts() ? "wizard.summary.nodules.yes" : "wizard.summary.nodules.no")));
        row = fact(row, "wizard.summary.yes", in.screening().isEmpty() ? text.get("wizard.summary.screening.none")
                : in.screening().stream().map(text::screeningQuestion).collect(Collectors.joining("\n")));

        row = section(row, text.get("wizard.summary.section.plan"));
        if (plan == null) {
            fact(row, null, text.get("wizard.summary.noPlan"));
            return;
        }
        row = fact(row, "wizard.summary.status", text.get(plan.status() == PlanStatus.READY ? "wizard.plan.ready"
                : "wizard.plan.defer"));
        for (Hold h : plan.holds()) {
            row = fact(row, null, text.reasons().of(h.reason()));
        }
        row = fact(row, "wizard.summary.now", numbered(plan.recommendations()));
        if (!plan.deferred().isEmpty()) {
            row = fact(row, "wizard.summary.later", numbered(plan.deferred()));
        }
        if (!plan.flags().isEmpty()) {
            row = fact(row, "wizard.summary.flags", plan.flags().stream().map(Flag::code).map(text::flag)
                    .collect(Collectors.joining("\n")));
        }
        AgreedPlan agreed = draft.agreed();
        if (agreed.protocol() != null && !agreed.protocol().steps().isEmpty()) {
            row = fact(row, "wizard.summary.protocol", agreed.protocol().steps().stream()
                    .map(s -> text.format("wizard.summary.protocol.step", s.order(), text.purpose(s.purpose()),
                            text.treatment(s.treatment(), services.catalog().get(s.treatment()).name().in(Language.EN))))
                    .collect(Collectors.joining("\n")));
        }
        if (!draft.overrides().isEmpty()) {
            fact(row, "wizard.summary.overrides", String.join("\n",
                    OverrideWords.lines(text, t -> text.treatment(t, services.catalog().get(t).name().in(Language.EN)), agreed)));
        }
        finalText.setText(text.format("wizard.summary.final.text", SummaryDocuments.number(draft)));
    }

    private String treatmentName(Treatment t) {
        return text.treatment(t, services.catalog().get(t).name().in(Language.EN));
    }

    private String numbered(List<Recommendation> list) {
        List<String> lines = new ArrayList<>();
        int i = 1;
        for (Recommendation r : list) {
            boolean declined = draft.agreed().declined().contains(r.treatment());
            lines.add(declined ? text.format("wizard.summary.item.declined", i++, text.treatment(r))
                    : text.format("wizard.summary.item", i++, text.treatment(r)));
        }
        return String.join("\n", lines);
    }

    private String concernLine(Concern k) {
        List<String> parts = new ArrayList<>();
        parts.add(k.kind() == null ? "?" : text.kind(k.kind()));
        parts.add(k.zones().stream().map(text::zone).collect(Collectors.joining(", ")));
        if (k.count() != null) {
            parts.add(text.format("wizard.summary.count", k.count()));
        }
        if (k.distensible() != null) {
            parts.add(text.get(k.distensible() ? "wizard.summary.distensible.yes" : "wizard.summary.distensible.no"));
        }
        if (k.pigmentDepth() != null) {
            parts.add(text.depth(k.pigmentDepth()));
        }
        return String.join(" \u00b7 ", parts);
    }

    private String typeLine(SkinProfile skin) {
        if (skin.fitzpatrick() == null) {
            return "";
        }
        String type = text.format("wizard.summary.type.value", SkinProfile.roman(skin.fitzpatrick()),
                text.typeDescription(skin.fitzpatrick()));
        Integer score = skin.fitzpatrickScore();
        if (score == null) {
            return skin.fitzpatrickOverrideReason() == null ? type
                    : text.format("wizard.summary.type.chosen", type, skin.fitzpatrickOverrideReason());
        }
        int scored = SkinProfile.typeForScore(score);
        if (scored == skin.fitzpatrick()) {
            return text.format("wizard.summary.type.scored", type, score, SkinProfile.SCORE_MAX);
        }
        return text.format("wizard.summary.type.overridden", type, score, SkinProfile.roman(scored),
                orEmpty(skin.fitzpatrickOverrideReason()));
    }

    private int section(int row, String title) {
        Label l = new Label(title);
        l.getStyleClass().add("summary-section");
        facts.add(l, 0, row, 2, 1);
        return row + 1;
    }

    private int fact(int row, String labelKey, String value) {
        Label v = new Label(value == null || value.isBlank() ? "\u2013" : value);
        v.setWrapText(true);
        v.getStyleClass().add("summary-value");
        v.setMaxWidth(Double.MAX_VALUE);
        if (labelKey == null) {
            facts.add(v, 1, row);
        } else {
            Label l = new Label(text.get(labelKey));
            l.getStyleClass().add("summary-label");
            l.setWrapText(true);
            facts.add(l, 0, row);
            facts.add(v, 1, row);
            GridPane.setValignment(l, VPos.TOP);
        }
        return row + 1;
    }

    // ---------- notes and actions ----------

    private Node notesBlock() {
        notes.setId("summary-notes");
        Forms.multiLine(notes);
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        Forms.named(notes, Forms.plain(text.get("wizard.summary.notes")));
        notes.setPromptText(text.get("wizard.summary.notes.prompt"));
        Forms.bindText(notes, draft.notesProperty());
        notes.editableProperty().bind(draft.finalBinding().not());
        Label err = Forms.error(text.problems(), draft, "notes", Forms.plain(text.get("wizard.summary.notes")),
                new SimpleBooleanProperty(true));
        VBox box = new VBox(Forms.label(text.get("wizard.summary.notes"), notes), notes, err);
        box.getStyleClass().addAll("form-block", "form-field");
        return box;
    }

    private Node actions() {
        saveFinal.setText(text.get("wizard.summary.saveFinal"));
        saveFinal.setId("summary-save-final");
        saveFinal.getStyleClass().add("accent");
        Forms.named(saveFinal, Forms.plain(text.get("wizard.summary.saveFinal")));
        saveFinal.disableProperty().bind(draft.finalBinding().or(draft.planProperty().isNull()));
        saveFinal.setOnAction(e -> saveAsFinal());

        handout.setText(text.get("wizard.summary.handout"));
        handout.setId("summary-handout");
        Forms.named(handout, Forms.plain(text.get("wizard.summary.handout")));
        handout.setOnAction(e -> documents.chooseAndSave(DocumentKind.HANDOUT, language.getValue(),
                window.get(), this::saved, this::failed));
        clinician.setText(text.get("wizard.summary.clinician"));
        clinician.setId("summary-clinician");
        Forms.named(clinician, Forms.plain(text.get("wizard.summary.clinician")));
        clinician.setOnAction(e -> documents.chooseAndSave(DocumentKind.CLINICIAN_SUMMARY, Language.EN,
                window.get(), this::saved, this::failed));
        handout.disableProperty().bind(draft.planProperty().isNull());
        clinician.disableProperty().bind(draft.planProperty().isNull());

        language.getItems().setAll(Language.values());
        language.setValue(Language.EN);
        language.setId("summary-language");
        Forms.named(language, Forms.plain(text.get("wizard.summary.language")));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : text.language(l);
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        Label languageLabel = Forms.label(text.get("wizard.summary.language"), language);

        outcome.setId("summary-outcome");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("form-hint");
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());

        preview.setText(text.get("wizard.summary.preview"));
        preview.setId("summary-preview");
        Forms.named(preview, Forms.plain(text.get("wizard.summary.preview")));
        // Printing goes through the records (each print is noted there), so it waits for the final save.
        preview.disableProperty().bind(draft.finalBinding().not());
        preview.setOnAction(e -> previewer.accept(draft.id(), DocumentKind.HANDOUT));
        visits.setText(text.get("print.visits.button"));
        visits.setId("summary-visits");
        Forms.named(visits, text.get("print.visits.button.accessible"));
        // Booked from the records, as printing is, so it too waits for the final save.
        visits.disableProperty().bind(draft.finalBinding().not());
        visits.setOnAction(e -> VisitsFile.choose(text.messages(), window.get(), draft.intakeProperty().get().client())
                .ifPresent(this::saveVisits));
        FlowPane documentsRow = new FlowPane(handout, languageLabel, language, clinician, preview, visits);
        documentsRow.getStyleClass().add("summary-actions");
        documentsRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(Forms.section(text.get("wizard.summary.actions")), saveFinal, documentsRow, outcome);
        box.getStyleClass().add("form-block");
        return box;
    }

    private void saveAsFinal() {
        if (busy) {
            return;
        }
        busy = true;
        outcome.getStyleClass().remove("field-error");
        outcome.setText(text.get("wizard.summary.finalising"));
        finaliser.finalise(() -> {
            busy = false;
            outcome.setText("");
            handout.requestFocus();
        }, error -> {
            busy = false;
            failed(error);
        });
    }

    private void saved(Path file) {
        outcome.getStyleClass().remove("field-error");
        outcome.setText(text.format("wizard.summary.saved", file.getFileName(), file.toAbsolutePath().getParent()));
    }

    private void failed(Exception error) {
        if (!outcome.getStyleClass().contains("field-error")) {
            outcome.getStyleClass().add("field-error");
        }
        outcome.setText(text.format("wizard.summary.failed", RecordWords.failure(text.messages(), error)));
    }

    /** Saves a document without the chooser: what the buttons do once a file is picked. */
    void saveDocument(DocumentKind kind, Language lang, Path file, Consumer<Path> done) {
        documents.save(kind, lang, file, p -> {
            saved(p);
            done.accept(p);
        }, this::failed);
    }

    /** Writes the agreed visits to {@code file} for the front desk's calendar, as the button does once a file is picked. */
    void saveVisits(Path file) {
        outcome.getStyleClass().remove("field-error");
        outcome.setText(text.get("print.visits.saving"));
        services.tasks().run(() -> new VisitsFile(services.documents()).write(draft.id(), file), written -> {
            String name = written.file().getFileName().toString();
            outcome.setText(written.notRecorded().map(e -> text.format("print.visits.savedNotRecorded", written.visits(),
                    name, RecordWords.failure(text.messages(), e))).orElse(text.format("print.visits.saved", written.visits(), name)));
        }, error -> failed(new IllegalStateException(VisitsFile.describe(text.messages(), error))));
    }

    private String longDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale()));
    }

    private static String join(String a, String b) {
        return (orEmpty(a) + " " + orEmpty(b)).strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---------- WizardPage ----------

    @Override
    public void shown() {
        if (!languageChosen) {
            // The clinic's usual handout language; its settings are read when first needed, not at start.
            languageChosen = true;
            services.tasks().run(() -> services.clinic().get().language(), language::setValue, error -> {
            });
        }
        refresh();
        (draft.isFinal() ? handout : saveFinal).requestFocus();
    }
}
