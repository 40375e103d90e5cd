package com.clearpath.ui.photos;

import com.clearpath.domain.Language;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.engine.LocalizedLines;
import com.clearpath.engine.PhotoConsentText;
import com.clearpath.ui.common.Messages;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The client's photo consent: what stands (clinical record, marketing, who and when, which text) and a form to record
 * it, each answer under the part of the text it answers, in the screen's language.
 */
final class PhotoConsentCard {
    /** Height of an open part of the text: a few paragraphs, the rest scrolls. */
    private static final double TEXT_HEIGHT = 170;
    private final PhotoWords words;
    private final Messages text;
    private final PhotoConsentModel model;
    private final VBox root = new VBox();
    private final Label clinicalLine = new Label();
    private final Label marketingLine = new Label();
    private final Button record = new Button();
    private final CheckBox clinical = new CheckBox();
    private final Label textTitle = new Label();
    private final VBox clinicalText = new VBox(6);
    private final VBox marketingText = new VBox(6);
    private final BooleanProperty clinicalOpen = new SimpleBooleanProperty();
    private final BooleanProperty marketingOpen = new SimpleBooleanProperty();
    private Node form;

    PhotoConsentCard(PhotoWords words, PhotoConsentModel model) {
        this.words = words;
        this.text = words.text();
        this.model = model;
        root.setId("photo-consent");
        root.getStyleClass().addAll("detail-section", "photo-consent");
        root.setSpacing(6);
        root.setPadding(new Insets(12, 0, 0, 0));
        Label heading = new Label(text.get("clients.photos.consent.title"));
        heading.getStyleClass().add("detail-section-title");
        clinicalLine.setId("photo-consent-clinical");
        marketingLine.setId("photo-consent-marketing");
        for (Label l : new Label[] {clinicalLine, marketingLine}) {
            l.setWrapText(true);
            // The line wraps onto a second line on a full page rather than losing its version to an ellipsis.
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("detail-text");
        }
        record.setId("photo-consent-record");
        record.setText(text.get("clients.photos.consent.record"));
        record.setAccessibleText(text.get("clients.photos.consent.record"));
        record.setOnAction(e -> model.edit());
        record.visibleProperty().bind(model.editingProperty().not());
        record.managedProperty().bind(record.visibleProperty());

        Label problem = new Label();
        problem.setId("photo-consent-problem");
        problem.getStyleClass().add("detail-warning");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() == null ? ""
                : words.failure(model.problemProperty().get()), model.problemProperty()));
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        root.getChildren().addAll(heading, clinicalLine, marketingLine, record, problem);
        // The form is built when first opened, so a page that only shows the consent has nothing to type into.
        model.editingProperty().addListener((o, was, now) -> {
            if (now && form == null) {
                form = form();
                root.getChildren().add(root.getChildren().indexOf(record) + 1, form);
            }
            if (now) {
                clinical.requestFocus();
            }
        });
        model.currentProperty().addListener((o, was, now) -> show(now));
        show(model.currentProperty().get());
    }

    private Node form() {
        clinical.setId("photo-consent-clinical-choice");
        clinical.setText(text.get("clients.photos.consent.clinicalChoice"));
        clinical.setWrapText(true);
        clinical.setAccessibleText(text.get("clients.photos.consent.clinicalChoice"));
        clinical.selectedProperty().bindBidirectional(model.clinicalProperty());
        CheckBox marketing = new CheckBox(text.get("clients.photos.consent.marketingChoice"));
        marketing.setId("photo-consent-marketing-choice");
        marketing.setWrapText(true);
        marketing.setAccessibleText(text.get("clients.photos.consent.marketingChoice"));
        marketing.selectedProperty().bindBidirectional(model.marketingProperty());
        Label marketingNote = new Label(text.get("clients.photos.consent.marketingNote"));
        marketingNote.getStyleClass().add("detail-muted");
        marketingNote.setWrapText(true);
        Label byLabel = new Label(text.get("clients.photos.consent.by"));
        TextField by = new TextField();
        by.setId("photo-consent-by");
        by.setPrefColumnCount(16);
        by.setAccessibleText(text.get("clients.photos.consent.by"));
        by.textProperty().bindBidirectional(model.recordedByProperty());
        byLabel.setLabelFor(by);
        Button save = new Button(text.get("clients.photos.consent.save"));
        save.setId("photo-consent-save");
        save.getStyleClass().add("accent");
        save.setAccessibleText(text.get("clients.photos.consent.save"));
        save.disableProperty().bind(model.savingProperty().or(model.textProperty().isNull())
                .or(Bindings.createBooleanBinding(
                () -> model.recordedByProperty().get() == null || model.recordedByProperty().get().isBlank(),
                model.recordedByProperty())));
        save.setOnAction(e -> model.save());
        Button cancel = new Button(text.get("clients.photos.cancel"));
        cancel.setId("photo-consent-cancel");
        cancel.setAccessibleText(text.get("clients.photos.cancel"));
        cancel.setOnAction(e -> {
            model.cancel();
            record.requestFocus();
        });
        HBox whoRow = new HBox(8, byLabel, by);
        whoRow.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, save, cancel);
        textTitle.setId("photo-consent-text-title");
        textTitle.getStyleClass().add("detail-section-title");
        textTitle.setWrapText(true);
        clinicalText.setId("photo-consent-clinical-text");
        marketingText.setId("photo-consent-marketing-text");
        clinicalText.getChildren().add(textTitle);
        // One part open at a time, so the card stays short enough for its answers to stay on the page.
        clinicalOpen.addListener((o, was, now) -> marketingOpen.set(marketingOpen.get() && !now));
        marketingOpen.addListener((o, was, now) -> clinicalOpen.set(clinicalOpen.get() && !now));
        model.editingProperty().addListener((o, was, now) -> {
            clinicalOpen.set(false);
            marketingOpen.set(false);
        });
        model.textProperty().addListener((o, was, now) -> showText(now));
        showText(model.textProperty().get());
        VBox box = new VBox(6,
                reading("photo-consent-clinical-text-view", clinicalText, clinicalOpen),
                answer(clinical, "photo-consent-clinical-read", "clients.photos.consent.readClinical", clinicalOpen),
                reading("photo-consent-marketing-text-view", marketingText, marketingOpen),
                answer(marketing, "photo-consent-marketing-read", "clients.photos.consent.readMarketing", marketingOpen),
                marketingNote, whoRow, buttons);
        box.setId("photo-consent-form");
        // Enter in the name field records, as in the other forms.
        by.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !save.isDisabled()) {
                model.save();
                e.consume();
            }
        });
        box.visibleProperty().bind(model.editingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A part of the text, shown above the answer it asks for while open; a long text scrolls inside it. */
    private static Node reading(String id, VBox paragraphs, BooleanProperty open) {
        paragraphs.setPadding(new Insets(4, 8, 4, 0));
        ScrollPane view = new ScrollPane(paragraphs);
        view.setId(id);
        view.setFitToWidth(true);
        view.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        view.setPrefViewportHeight(TEXT_HEIGHT);
        view.setMaxHeight(Region.USE_PREF_SIZE);
        view.getStyleClass().add("photo-consent-text");
        view.visibleProperty().bind(open);
        view.managedProperty().bind(open);
        return view;
    }

    /** An answer with "Read the text" beside it, which opens and closes the part of the text it answers. */
    private HBox answer(CheckBox choice, String id, String accessibleKey, BooleanProperty open) {
        Hyperlink read = new Hyperlink();
        read.setId(id);
        read.setMinWidth(Region.USE_PREF_SIZE);
        read.setMnemonicParsing(false);
        read.setAccessibleText(text.get(accessibleKey));
        read.textProperty().bind(Bindings.when(open).then(text.get("clients.photos.consent.hideText"))
                .otherwise(text.get("clients.photos.consent.readText")));
        read.disableProperty().bind(model.textProperty().isNull());
        read.setOnAction(e -> open.set(!open.get()));
        HBox row = new HBox(8, choice, read);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showText(PhotoConsentText t) {
        if (t == null) {
            textTitle.setText("");
            clinicalText.getChildren().setAll(textTitle);
            marketingText.getChildren().clear();
            return;
        }
        Language language = text.language();
        textTitle.setText(text.format("clients.photos.consent.textTitle", t.title().in(language),
                String.valueOf(t.version())));
        clinicalText.getChildren().setAll(textTitle);
        clinicalText.getChildren().addAll(paragraphs(t.clinicalRecords(), language));
        marketingText.getChildren().setAll(paragraphs(t.marketing(), language));
    }

    private static List<Label> paragraphs(LocalizedLines lines, Language language) {
        return lines.in(language).stream().map(line -> {
            Label l = new Label(line);
            l.setWrapText(true);
            // A wrapped paragraph keeps its full height instead of ending in an ellipsis.
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add("detail-text");
            return l;
        }).toList();
    }

    Node node() {
        return root;
    }

    /** Opens the form with the focus on its first choice. */
    void edit() {
        model.edit();
    }

    private void show(PhotoConsent c) {
        if (c == null) {
            clinicalLine.setText(text.get("clients.photos.consent.loading"));
            marketingLine.setText(text.get("clients.photos.consent.loading"));
            return;
        }
        clinicalLine.setText(line("clients.photos.consent.clinical", c.clinicalRecords()));
        marketingLine.setText(line("clients.photos.consent.marketing", c.marketing()));
    }

    private String line(String what, Optional<PhotoConsent.Given> given) {
        String answer = given.map(this::given).orElse(text.get("clients.photos.consent.notGiven"));
        return text.format(what, answer);
    }

    /** Who and when, and the version of the text agreed to; a yes kept before texts were shown has none. */
    private String given(PhotoConsent.Given g) {
        String when = words.records().dateTime(LocalDateTime.ofInstant(g.at(), ZoneId.systemDefault()));
        return g.textVersion().isPresent()
                ? text.format("clients.photos.consent.givenVersion", g.recordedBy(), when,
                        String.valueOf(g.textVersion().getAsInt()))
                : text.format("clients.photos.consent.given", g.recordedBy(), when);
    }
}
