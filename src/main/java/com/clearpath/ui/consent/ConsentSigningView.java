package com.clearpath.ui.consent;

import com.clearpath.ui.common.Messages;
import com.clearpath.ui.consent.ConsentReading.Part;
import com.clearpath.ui.consent.ConsentSigning.SignatureProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The signing screen: the consent in large type on the left, in the client's words; on the right the client's pad,
 * then the practitioner's name and optional countersignature in the workstation's words. A refused Sign says why
 * next to the pad or field concerned and puts the focus there.
 */
public final class ConsentSigningView {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass END = PseudoClass.getPseudoClass("end");

    private final ConsentSigning model;
    private final Messages client;
    private final Messages workstation;
    private final BorderPane root = new BorderPane();
    private final SignaturePad clientPad;
    private final SignaturePad practitionerPad;
    private final TextField name = new TextField();
    private Runnable onCancel = () -> { };

    /** {@code clientWords} speak the consent's language, {@code workstationWords} the practitioner's screen language. */
    public ConsentSigningView(ConsentSigning model, Messages clientWords, Messages workstationWords) {
        this.model = model;
        this.client = clientWords;
        this.workstation = workstationWords;
        String clientHeading = client.get("consultation.signing.client.heading");
        clientPad = new SignaturePad(model.client(), client, clientHeading, "consent-client-pad");
        String countersign = workstation.get("consultation.signing.practitioner.countersign");
        practitionerPad = new SignaturePad(model.practitioner(), workstation, countersign, "consent-practitioner-pad");

        root.setId("consent-signing");
        root.getStyleClass().add("consent-signing");
        root.setTop(header());
        HBox body = new HBox(reading(), side(clientHeading, countersign));
        body.getStyleClass().add("consent-body");
        root.setCenter(body);
        root.setBottom(foot());
    }

    public Parent node() {
        return root;
    }

    /** Called when the practitioner cancels; the window decides whether to ask first. */
    public void onCancel(Runnable action) {
        onCancel = action == null ? () -> { } : action;
    }

    /** Puts the focus on the client's pad, where signing starts. */
    public void focusClientPad() {
        clientPad.focusSurface();
    }

    private Node header() {
        ConsentReading r = model.reading();
        Label title = new Label(r.title());
        title.setId("consent-title");
        title.getStyleClass().add("consent-title");
        title.setWrapText(true);
        Label who = new Label(r.clientName());
        who.setId("consent-client-name");
        who.getStyleClass().add("consent-client-name");
        Label version = new Label(r.versionLabel());
        version.setId("consent-version");
        version.getStyleClass().add("consent-version");
        HBox line = new HBox(who, version);
        line.getStyleClass().add("consent-header-line");
        line.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(title, line);
        header.getStyleClass().add("consent-header");
        return header;
    }

    private Node reading() {
        VBox text = new VBox();
        text.setId("consent-text");
        text.getStyleClass().add("consent-text");
        for (Part part : model.reading().parts()) {
            if (!part.heading().isBlank()) {
                text.getChildren().add(wrapped(part.heading(), "consent-part-heading"));
            }
            VBox paragraphs = new VBox();
            paragraphs.getStyleClass().add(part.bulleted() ? "consent-bullets" : "consent-paragraphs");
            for (String paragraph : part.paragraphs()) {
                Label words = wrapped(paragraph, "consent-paragraph");
                if (part.bulleted()) {
                    Label bullet = new Label("\u2022");
                    bullet.getStyleClass().add("consent-bullet");
                    bullet.setMinWidth(Region.USE_PREF_SIZE);
                    HBox.setHgrow(words, Priority.ALWAYS);
                    HBox item = new HBox(bullet, words);
                    item.getStyleClass().add("consent-bullet-item");
                    paragraphs.getChildren().add(item);
                } else {
                    paragraphs.getChildren().add(words);
                }
            }
            text.getChildren().add(paragraphs);
        }
        ScrollPane scroller = new ScrollPane(text);
        scroller.setId("consent-scroller");
        scroller.getStyleClass().add("consent-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Reachable with Tab for Page Down and the arrows, and dragged with a finger on a touch screen.
        scroller.setFocusTraversable(true);
        scroller.setPannable(true);
        scroller.setAccessibleText(client.get("consultation.signing.text"));
        VBox.setVgrow(scroller, Priority.ALWAYS);

        // The text has been read to its end when its last line has been on screen, or when it fits without scrolling.
        BooleanBinding atEnd = Bindings.createBooleanBinding(() -> scroller.getVvalue() >= scroller.getVmax() - 0.001
                        || text.getHeight() <= scroller.getViewportBounds().getHeight() + 1,
                scroller.vvalueProperty(), scroller.vmaxProperty(), text.heightProperty(),
                scroller.viewportBoundsProperty());
        Label progress = new Label();
        progress.setId("consent-read");
        progress.getStyleClass().add("consent-read");
        progress.textProperty().bind(Bindings.when(atEnd).then(client.get("consultation.signing.end"))
                .otherwise(client.get("consultation.signing.more")));
        progress.pseudoClassStateChanged(END, atEnd.get());
        atEnd.addListener((o, was, now) -> progress.pseudoClassStateChanged(END, now));
        VBox column = new VBox(scroller, progress);
        column.getStyleClass().add("consent-reading");
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private Node side(String clientHeading, String countersign) {
        Label heading = new Label(clientHeading);
        heading.getStyleClass().add("consent-side-heading");
        Label note = wrapped(client.get("consultation.signing.client.note"), "consent-side-note");
        Label clientProblem = problem("consent-client-problem", model.clientProblemProperty(), client);
        model.clientProblemProperty().addListener((o, was, now) -> clientPad.pseudoClassStateChanged(PROBLEM, now != null));
        VBox clientSection = new VBox(heading, note, clientPad, clientProblem);
        clientSection.setId("consent-client-section");
        clientSection.getStyleClass().add("consent-section");

        Label practitioner = new Label(workstation.get("consultation.signing.practitioner.heading"));
        practitioner.getStyleClass().add("consent-side-heading");
        Label nameLabel = wrapped(workstation.get("consultation.signing.practitioner.name"), "consent-field-label");
        nameLabel.setLabelFor(name);
        name.setId("consent-practitioner-name");
        name.setAccessibleText(workstation.get("consultation.signing.practitioner.name"));
        name.textProperty().bindBidirectional(model.practitionerNameProperty());
        model.nameMissingProperty().addListener((o, was, now) -> name.pseudoClassStateChanged(PROBLEM, now));
        Label nameProblem = new Label();
        nameProblem.setId("consent-name-problem");
        nameProblem.getStyleClass().add("consent-problem");
        nameProblem.setWrapText(true);
        shownWhenSaid(nameProblem);
        nameProblem.textProperty().bind(Bindings.when(model.nameMissingProperty())
                .then(workstation.get("consultation.signing.practitioner.nameMissing")).otherwise(""));
        Label countersignLabel = new Label(countersign);
        countersignLabel.getStyleClass().add("consent-field-label");
        Label practitionerProblem = problem("consent-practitioner-problem", model.practitionerProblemProperty(),
                workstation);
        model.practitionerProblemProperty().addListener((o, was, now) ->
                practitionerPad.pseudoClassStateChanged(PROBLEM, now != null));
        VBox practitionerSection = new VBox(practitioner, nameLabel, name, nameProblem, countersignLabel,
                practitionerPad, practitionerProblem);
        practitionerSection.setId("consent-practitioner-section");
        practitionerSection.getStyleClass().add("consent-section");

        VBox side = new VBox(clientSection, practitionerSection);
        side.getStyleClass().add("consent-side");
        // On a short screen the column scrolls rather than squeezing the pads smaller than a signature needs.
        ScrollPane scroller = new ScrollPane(side);
        scroller.setId("consent-side");
        scroller.getStyleClass().add("consent-side-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setAccessibleText(workstation.get("consultation.signing.signatures"));
        scroller.setMinWidth(Region.USE_PREF_SIZE);
        return scroller;
    }

    private Node foot() {
        Button cancel = new Button(workstation.get("consultation.signing.cancel"));
        cancel.setId("consent-cancel");
        cancel.setAccessibleText(workstation.get("consultation.signing.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Button sign = new Button(workstation.get("consultation.signing.sign"));
        sign.setId("consent-sign");
        sign.getStyleClass().add("accent");
        sign.setAccessibleText(workstation.get("consultation.signing.sign"));
        sign.setDefaultButton(true);
        sign.setOnAction(e -> sign());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(gap, cancel, sign);
        foot.getStyleClass().add("consent-foot");
        foot.setAlignment(Pos.CENTER_RIGHT);
        return foot;
    }

    private void sign() {
        if (model.sign().isPresent()) {
            return;
        }
        // The focus goes where the first thing to do is, so the client or practitioner is not left looking for it.
        if (model.clientProblemProperty().get() != null) {
            clientPad.focusSurface();
        } else if (model.nameMissingProperty().get()) {
            name.requestFocus();
        } else {
            practitionerPad.focusSurface();
        }
    }

    private static Label problem(String id, ObservableValue<SignatureProblem> problem, Messages words) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("consent-problem");
        label.setWrapText(true);
        shownWhenSaid(label);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            SignatureProblem p = problem.getValue();
            if (p == null) {
                return "";
            }
            return switch (p) {
                case NOT_SIGNED -> words.get("consultation.signing.problem.notSigned");
                case TOO_SHORT -> words.get("consultation.signing.problem.tooShort");
            };
        }, problem));
        return label;
    }

    /** A refusal takes its room all the time, so the pads do not jump when it appears; it is seen only when said. */
    private static void shownWhenSaid(Label problem) {
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
    }

    private static Label wrapped(String words, String styleClass) {
        Label label = new Label(words);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
