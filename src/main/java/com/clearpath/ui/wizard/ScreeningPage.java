package com.clearpath.ui.wizard;

import com.clearpath.domain.Hold;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Screening;
import com.clearpath.domain.ScreeningDetails;
import com.clearpath.domain.ScreeningGroup;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * Step 4: active acne (IGA 0–4, nodules or cysts) and each screening code as a plain question to ask the client.
 * As soon as an answer puts procedures on hold, a banner at the top says what waits and why, from the plan itself.
 */
final class ScreeningPage extends StepPage {
    private final ConsultationDraft draft;
    private final WizardText text;
    private final VBox holdBanner = new VBox();
    private final ToggleGroup igaGroup = new ToggleGroup();

    ScreeningPage(ConsultationDraft draft, WizardText text) {
        super(text.get(Step.SCREENING.titleKey()));
        this.draft = draft;
        this.text = text;
        root.getStyleClass().addAll("wizard-step", "screening-step");
        root.setId("step-screening");
        complete = draft.completeBinding(Step.SCREENING.paths());
        blocking = Bindings.createStringBinding(() -> draft.problemsAt("activeAcne", "screening").isEmpty()
                ? draft.problemsAt("screeningDetails").isEmpty() ? ""
                : text.format("wizard.missing", text.get("wizard.screening.missing.isotretinoin"))
                : text.format("wizard.missing", text.get("wizard.screening.missing.iga")), draft.problemsProperty());

        holdBanner.getStyleClass().add("notice-hold");
        holdBanner.setId("screening-hold-banner");
        draft.previewProperty().addListener((o, was, now) -> showHolds(now));
        showHolds(draft.previewProperty().get());

        root.getChildren().addAll(Forms.heading(text.get(Step.SCREENING.headingKey())),
                Forms.intro(text.get("wizard.screening.intro")), holdBanner, igaBlock(), questionsBlock());
        root.disableProperty().bind(draft.finalBinding());
    }

    private void showHolds(Plan plan) {
        holdBanner.getChildren().clear();
        boolean holding = plan != null && !plan.holds().isEmpty();
        holdBanner.setVisible(holding);
        holdBanner.setManaged(holding);
        if (!holding) {
            return;
        }
        Label title = new Label(text.get("wizard.hold.title"));
        title.getStyleClass().add("notice-title");
        holdBanner.getChildren().add(title);
        for (Hold h : plan.holds()) {
            Label why = new Label(text.reasons().of(h.reason()));
            why.setWrapText(true);
            why.getStyleClass().add("hold-reason");
            holdBanner.getChildren().add(why);
        }
        String waiting = plan.deferred().stream().map(text::treatment).collect(Collectors.joining(", "));
        Label what = new Label(waiting.isEmpty() ? text.get("wizard.hold.nothingWaits")
                : text.format("wizard.hold.waiting", waiting));
        what.setWrapText(true);
        what.setId("screening-hold-waiting");
        holdBanner.getChildren().add(what);
        holdBanner.setAccessibleText(title.getText());
    }

    private Node igaBlock() {
        VBox options = new VBox();
        options.getStyleClass().add("grade-options");
        for (int g = 0; g <= 4; g++) {
            RadioButton r = new RadioButton(text.format("wizard.iga.option", g, text.igaName(g)));
            r.setUserData(g);
            r.setToggleGroup(igaGroup);
            r.setId("iga-" + g);
            r.setMnemonicParsing(false);
            Forms.named(r, text.format("wizard.iga.option", g, text.igaName(g)) + ". " + text.igaDescription(g));
            r.setSelected(Integer.valueOf(g).equals(draft.igaProperty().get()));
            Label d = Forms.hint(text.igaDescription(g));
            d.getStyleClass().add("grade-description");
            options.getChildren().add(new VBox(r, d));
        }
        igaGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                draft.igaProperty().set((Integer) now.getUserData());
            }
        });
        draft.igaProperty().addListener((o, was, now) -> igaGroup.getToggles().forEach(
                t -> t.setSelected(Objects.equals(t.getUserData(), now))));
        Label err = Forms.error(() -> draft.problemAt("activeAcne.iga").map(p -> text.get("wizard.iga.required")),
                draft.problemsProperty(), reveal);
        err.setId("iga-error");

        CheckBox nodules = new CheckBox(text.get("wizard.iga.nodules"));
        nodules.setId("iga-nodules");
        nodules.setMnemonicParsing(false);
        Forms.named(nodules, text.get("wizard.iga.nodules"));
        nodules.selectedProperty().bindBidirectional(draft.nodulesOrCystsProperty());
        VBox box = new VBox(Forms.section(text.get("wizard.iga.title")), Forms.hint(text.get("wizard.iga.hint")), options,
                err, nodules);
        box.getStyleClass().add("form-block");
        return box;
    }

    private Node questionsBlock() {
        VBox box = new VBox(Forms.section(text.get("wizard.screening.questions")),
                Forms.hint(text.get("wizard.screening.questions.hint")));
        box.getStyleClass().add("form-block");
        for (ScreeningGroup group : ScreeningGroup.values()) {
            Label heading = new Label(text.screeningGroup(group));
            heading.getStyleClass().add("form-subsection");
            VBox questions = new VBox(heading);
            questions.getStyleClass().add("screening-group");
            for (Screening s : group.codes()) {
                questions.getChildren().add(question(s));
                if (s == Screening.ISOTRETINOIN_RECENT) {
                    questions.getChildren().add(isotretinoinDetails());
                }
            }
            box.getChildren().add(questions);
        }
        return box;
    }

    private CheckBox question(Screening s) {
        CheckBox b = new CheckBox(text.screeningQuestion(s));
        b.setId("screen-" + s.name());
        b.setWrapText(true);
        b.setMnemonicParsing(false);
        b.getStyleClass().add("screening-question");
        Forms.named(b, text.screeningQuestion(s));
        b.setSelected(draft.screening().contains(s));
        b.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                draft.screening().add(s);
            } else {
                draft.screening().remove(s);
            }
        });
        draft.screening().addListener((SetChangeListener<Screening>) c -> b.setSelected(draft.screening().contains(s)));
        return b;
    }

    /** When the isotretinoin answer is yes: taking it now, or the day it was stopped (what waits depends on it). */
    private Node isotretinoinDetails() {
        CheckBox current = new CheckBox(text.get("wizard.screening.isotretinoin.current"));
        current.setId("screen-isotretinoin-current");
        current.setMnemonicParsing(false);
        Forms.named(current, text.get("wizard.screening.isotretinoin.current"));
        current.selectedProperty().bindBidirectional(draft.isotretinoinCurrentProperty());
        DateField stoppedOn = new DateField("screen-isotretinoin-stopped", draft.isotretinoinStoppedOnProperty(),
                text.language());
        TextField stopped = stoppedOn.field();
        stopped.setPromptText(text.get("wizard.client.dob.prompt"));
        Forms.named(stopped, Forms.plain(text.get("wizard.screening.isotretinoin.stopped")));
        ReadOnlyBooleanProperty unreadable = stoppedOn.unreadable();
        stopped.disableProperty().bind(draft.isotretinoinCurrentProperty());
        String field = Forms.plain(text.get("wizard.screening.isotretinoin.stopped"));
        Label error = Forms.error(() -> unreadable.get() ? Optional.of(text.get("wizard.client.dob.unreadable"))
                        : draft.problemAt("screeningDetails").map(p -> Forms.sentence(text.problems(), field, p)),
                Bindings.createObjectBinding(Object::new, draft.problemsProperty(), unreadable), reveal, stopped, current);
        error.setId("screen-isotretinoin-error");
        Label ends = Forms.hint("");
        ends.setId("screen-isotretinoin-ends");
        ends.textProperty().bind(Bindings.createStringBinding(() -> {
            LocalDate on = draft.isotretinoinStoppedOnProperty().get();
            return on == null || draft.isotretinoinCurrentProperty().get() ? ""
                    : text.format("wizard.screening.isotretinoin.ends", on.plusMonths(
                    ScreeningDetails.ISOTRETINOIN_MONTHS).format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale())));
        }, draft.isotretinoinStoppedOnProperty(), draft.isotretinoinCurrentProperty()));
        ends.visibleProperty().bind(ends.textProperty().isNotEmpty());
        ends.managedProperty().bind(ends.visibleProperty());
        VBox box = new VBox(current, Forms.label(text.get("wizard.screening.isotretinoin.stopped"), stopped), stopped,
                error, ends);
        box.getStyleClass().addAll("form-field", "screening-details");
        box.setId("screen-isotretinoin-details");
        Runnable show = () -> {
            boolean yes = draft.screening().contains(Screening.ISOTRETINOIN_RECENT);
            box.setVisible(yes);
            box.setManaged(yes);
        };
        draft.screening().addListener((SetChangeListener<Screening>) c -> show.run());
        show.run();
        return box;
    }

    @Override
    public void shown() {
        Node target = igaGroup.getSelectedToggle() != null ? (Node) igaGroup.getSelectedToggle()
                : (Node) igaGroup.getToggles().get(0);
        target.requestFocus();
    }
}
