package com.clearpath.ui.settings;

import com.clearpath.app.LogoFile;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.BusyIndicator;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.documents.DocumentPreviews;
import com.clearpath.ui.documents.Documents;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Settings → Clinic: the name, address, phone and logo at the top of every document, the handout's default language
 * and the paper. Problems show under their field as the person types, and Save waits until there are none. Reading
 * and saving run in the background; a chosen logo is checked and made ready for print there too.
 */
public final class ClinicCard implements MainView {
    private static final Logger LOG = Logger.getLogger(ClinicCard.class.getName());

    private final Messages text;
    private final BackgroundTasks tasks;
    private final Documents documents;
    private final Dialogs dialogs;
    private final Consumer<String> notice;
    private final VBox root = new VBox();
    private final TextField name = new TextField();
    private final TextArea address = new TextArea();
    private final TextField phone = new TextField();
    private final Label nameProblem = SettingsForm.problemLabel("clinic-name-problem");
    private final Label addressProblem = SettingsForm.problemLabel("clinic-address-problem");
    private final Label phoneProblem = SettingsForm.problemLabel("clinic-phone-problem");
    private final Label logoProblem = SettingsForm.problemLabel("clinic-logo-problem");
    private final TextField consentMonths = new TextField();
    private final Label consentMonthsProblem = SettingsForm.problemLabel("clinic-consent-months-problem");
    private final ImageView logoView = new ImageView();
    private final Label noLogo = new Label();
    private final Button chooseLogo = new Button();
    private final Button removeLogo = new Button();
    private final ToggleGroup languages = new ToggleGroup();
    private final ToggleButton english = new ToggleButton();
    private final ToggleButton spanish = new ToggleButton();
    private final ToggleGroup papers = new ToggleGroup();
    private final ToggleButton letter = new ToggleButton();
    private final ToggleButton a4 = new ToggleButton();
    private final Button save = new Button();
    private final BusyIndicator busy = new BusyIndicator("clinic-busy");
    private final OutcomeLine result = new OutcomeLine("clinic-result");

    /** As last read or saved, read once, one save at a time. */
    private final SettingsEditing<ClinicSettings> editing;
    private byte[] logoPng;

    public ClinicCard(Messages text, BackgroundTasks tasks, Documents documents, Dialogs dialogs,
                      Consumer<String> notice) {
        this.text = text;
        this.tasks = tasks;
        this.documents = documents;
        this.dialogs = dialogs;
        this.notice = notice;

        Label title = new Label(text.get("settings.clinic.title"));
        title.getStyleClass().add("settings-section-title");
        Label about = new Label(text.get("settings.clinic.about"));
        about.getStyleClass().add("settings-about");
        about.setWrapText(true);

        name.setId("clinic-name");
        name.setPromptText(text.get("settings.clinic.name.prompt"));
        name.setAccessibleText(text.get("settings.clinic.name"));
        address.setId("clinic-address");
        address.setPromptText(text.get("settings.clinic.address.prompt"));
        address.setAccessibleText(text.get("settings.clinic.address"));
        address.setPrefRowCount(3);
        address.setWrapText(false);
        phone.setId("clinic-phone");
        phone.setPromptText(text.get("settings.clinic.phone.prompt"));
        phone.setAccessibleText(text.get("settings.clinic.phone"));
        phone.setMaxWidth(280);

        consentMonths.setId("clinic-consent-months");
        consentMonths.setAccessibleText(text.get("settings.clinic.consentMonths"));
        consentMonths.setPrefColumnCount(4);
        consentMonths.setMaxWidth(90);
        Label monthsAfter = new Label(text.get("settings.clinic.consentMonths.unit"));
        monthsAfter.getStyleClass().add("settings-about");
        HBox monthsRow = new HBox(8, consentMonths, monthsAfter);
        monthsRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = SettingsForm.grid();
        SettingsForm.row(grid, 0, text.get("settings.clinic.name"), false, name, SettingsForm.field(name, nameProblem));
        SettingsForm.row(grid, 1, text.get("settings.clinic.address"), false, address, SettingsForm.field(address, addressProblem));
        SettingsForm.row(grid, 2, text.get("settings.clinic.phone"), false, phone, SettingsForm.field(phone, phoneProblem));
        SettingsForm.row(grid, 3, text.get("settings.clinic.logo"), false, chooseLogo, logo());
        SettingsForm.row(grid, 4, text.get("settings.clinic.language"), false, english, toggles("clinic-language",
                "settings.clinic.language", english, "clinic-english", "settings.clinic.language.en",
                spanish, "clinic-spanish", "settings.clinic.language.es", languages));
        SettingsForm.row(grid, 5, text.get("settings.clinic.paper"), false, letter, toggles("clinic-paper", "settings.clinic.paper",
                letter, "clinic-letter", "settings.clinic.paper.letter",
                a4, "clinic-a4", "settings.clinic.paper.aFour", papers));
        SettingsForm.row(grid, 6, text.get("settings.clinic.consentMonths"), false, consentMonths,
                SettingsForm.field(monthsRow, consentMonthsProblem));

        save.setText(text.get("settings.clinic.save"));
        save.setId("clinic-save");
        save.setAccessibleText(text.get("settings.clinic.save.accessible"));
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        HBox buttons = new HBox(save, busy.node());
        buttons.getStyleClass().add("settings-buttons");

        root.getChildren().addAll(title, about, grid, buttons, result);
        root.getStyleClass().add("settings-card");
        root.getStylesheets().add(DocumentPreviews.STYLESHEET);
        root.setId("settings-clinic");

        for (TextInputControl t : List.of(name, address, phone, consentMonths)) {
            t.textProperty().addListener((o, was, now) -> changed());
        }
        languages.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                languages.selectToggle(was);
            }
            changed();
        });
        papers.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                papers.selectToggle(was);
            }
            changed();
        });
        editing = new SettingsEditing<>(tasks, documents::clinicSettings, documents::saveClinicSettings);
        show(ClinicSettings.defaults());
        setDisabled(true);
    }

    @Override
    public Node node() {
        return root;
    }

    /** Reads the settings the first time Settings is opened; after that the form keeps what is being typed. */
    @Override
    public void shown() {
        editing.loadOnce(settings -> {
            if (settings != null) {
                show(settings);
            }
            setDisabled(false);
            changed();
        }, error -> LOG.log(Level.WARNING, "Could not read the clinic settings", error));
    }

    /** The settings as the form has them now. */
    public ClinicSettings current() {
        return new ClinicSettings(name.getText(), address.getText(), phone.getText(), logoPng,
                languages.getSelectedToggle() == spanish ? Language.ES : Language.EN,
                papers.getSelectedToggle() == a4 ? ClinicSettings.Paper.A4 : ClinicSettings.Paper.LETTER,
                months(consentMonths.getText()));
    }

    /** Uses the image in {@code file} as the logo, after checking it; the file dialog only picks the file. */
    public void useLogo(Path file) {
        logoProblem.setVisible(false);
        busy.start(text.get("settings.clinic.logo.reading"));
        tasks.run(() -> LogoFile.read(file), png -> {
            busy.stop();
            showLogo(png);
            changed();
        }, error -> {
            busy.stop();
            logoProblem.setText(text.format("settings.clinic.logo.refused", describe(error)));
            logoProblem.setVisible(true);
        });
    }

    public void save() {
        ClinicSettings wanted = current();
        if (!wanted.problems().isEmpty()) {
            return;
        }
        if (editing.saving()) {
            return;
        }
        busy.start(text.get("settings.clinic.saving"));
        result.clear();
        save.setDisable(true);
        editing.save(wanted, done -> {
            busy.stop();
            String message = text.get("settings.clinic.saved");
            result.show(message, false);
            notice.accept(message);
            changed();
        }, error -> {
            busy.stop();
            result.show(text.format("settings.clinic.saveFailed", describe(error)), true);
            changed();
        });
    }

    // ---------------------------------------------------------------- state

    private void show(ClinicSettings s) {
        consentMonths.setText(String.valueOf(s.consentValidMonths()));
        name.setText(s.name());
        address.setText(s.address());
        phone.setText(s.phone());
        showLogo(s.logoPng());
        languages.selectToggle(s.language() == Language.ES ? spanish : english);
        papers.selectToggle(s.paper() == ClinicSettings.Paper.A4 ? a4 : letter);
    }

    private void showLogo(byte[] png) {
        logoPng = png;
        Image image = png == null ? null : new Image(new ByteArrayInputStream(png));
        if (image != null && image.isError()) {
            image = null;
        }
        logoView.setImage(image);
        noLogo.setVisible(image == null);
        removeLogo.setDisable(png == null);
    }

    /** Shows each problem under its field and lets Save work only when there are none and something changed. */
    private void changed() {
        ClinicSettings now = current();
        List<Problem> problems = now.problems();
        problem(nameProblem, problems, "clinic.name",
                text.format("settings.clinic.problem.name", ClinicSettings.NAME_MAX));
        problem(addressProblem, problems, "clinic.address",
                text.format("settings.clinic.problem.address", ClinicSettings.ADDRESS_LINES_MAX, ClinicSettings.LINE_MAX));
        problem(phoneProblem, problems, "clinic.phone",
                text.format("settings.clinic.problem.phone", ClinicSettings.PHONE_MAX));
        problem(consentMonthsProblem, problems, ClinicSettings.CONSENT_MONTHS_PATH,
                text.format("settings.clinic.problem.consentMonths", 1, ClinicSettings.CONSENT_VALID_MONTHS_MAX));
        save.setDisable(!problems.isEmpty() || busy.busy() || editing.saving() || name.isDisabled()
                || !editing.changed(now));
        if (editing.changed(now)) {
            result.clear();
        }
    }

    /** The months typed; anything but a whole number counts as 0, which the settings' own check refuses. */
    private static int months(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void problem(Label label, List<Problem> problems, String path, String message) {
        boolean has = problems.stream().anyMatch(p -> p.path().equals(path));
        label.setText(has ? message : "");
        label.setVisible(has);
    }

    private void setDisabled(boolean off) {
        for (Node n : List.of(name, address, phone, consentMonths, chooseLogo, english, spanish, letter, a4)) {
            n.setDisable(off);
        }
        removeLogo.setDisable(off || logoPng == null);
    }

    private String describe(Exception error) {
        if (error instanceof LogoFile.Refused refused) {
            return switch (refused.reason()) {
                case EMPTY -> text.get("settings.clinic.logo.empty");
                case TOO_LARGE -> text.format("settings.clinic.logo.tooLarge", LogoFile.MAX_MEGABYTES);
                case NOT_AN_IMAGE -> text.get("settings.clinic.logo.notAnImage");
                case UNREADABLE -> text.get("settings.clinic.logo.unreadable");
                case NOT_CONVERTED -> text.get("settings.clinic.logo.notConverted");
            };
        }
        if (error instanceof NoSuchFileException missing) {
            return text.format("settings.clinic.noFile", Path.of(missing.getFile()).getFileName());
        }
        if (error instanceof IOException) {
            LOG.warning("Clinic settings: a file could not be used: " + error.getClass().getSimpleName());
            return error.getMessage();
        }
        LOG.log(Level.WARNING, "Clinic settings failed", error);
        return text.get("settings.unexpected");
    }

    private void chooseLogoFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("settings.clinic.logo.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("settings.clinic.logo.fileType"),
                "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"));
        File file = chooser.showOpenDialog(dialogs.owner());
        if (file != null) {
            useLogo(file.toPath());
        }
    }

    // ---------------------------------------------------------------- building the card

    private Node logo() {
        logoView.setId("clinic-logo-preview");
        logoView.setPreserveRatio(true);
        logoView.setSmooth(true);
        // The header draws the logo at most three times as wide as it is high; so does the preview.
        logoView.setFitHeight(56);
        logoView.setFitWidth(168);
        logoView.setAccessibleText(text.get("settings.clinic.logo.preview"));
        noLogo.setText(text.get("settings.clinic.logo.none"));
        noLogo.getStyleClass().add("clinic-logo-none");
        noLogo.setWrapText(true);
        noLogo.managedProperty().bind(noLogo.visibleProperty());
        StackPane box = new StackPane(logoView, noLogo);
        box.getStyleClass().add("clinic-logo-box");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);

        chooseLogo.setText(text.get("settings.clinic.logo.choose"));
        chooseLogo.setId("clinic-logo-choose");
        chooseLogo.setAccessibleText(text.get("settings.clinic.logo.choose.accessible"));
        chooseLogo.setMinWidth(Region.USE_PREF_SIZE);
        chooseLogo.setMaxWidth(Double.MAX_VALUE);
        chooseLogo.setOnAction(e -> chooseLogoFile());
        removeLogo.setText(text.get("settings.clinic.logo.remove"));
        removeLogo.setId("clinic-logo-remove");
        removeLogo.setAccessibleText(text.get("settings.clinic.logo.remove.accessible"));
        removeLogo.setMinWidth(Region.USE_PREF_SIZE);
        removeLogo.setMaxWidth(Double.MAX_VALUE);
        removeLogo.setOnAction(e -> {
            logoProblem.setVisible(false);
            showLogo(null);
            changed();
        });
        VBox buttons = new VBox(chooseLogo, removeLogo);
        buttons.getStyleClass().add("clinic-logo-buttons");
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(text.get("settings.clinic.logo.hint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinWidth(120);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox row = new HBox(box, buttons, hint);
        row.getStyleClass().add("clinic-logo-row");
        VBox field = new VBox(row, logoProblem);
        field.getStyleClass().add("clinic-field");
        return field;
    }

    private Node toggles(String id, String accessibleKey, ToggleButton first, String firstId, String firstKey,
                         ToggleButton second, String secondId, String secondKey, ToggleGroup group) {
        pill(first, firstId, firstKey, "left-pill", group);
        pill(second, secondId, secondKey, "right-pill", group);
        HBox box = new HBox(first, second);
        box.getStyleClass().add("preview-toggles");
        box.setId(id);
        box.setAccessibleText(text.get(accessibleKey));
        return box;
    }

    private void pill(ToggleButton t, String id, String key, String side, ToggleGroup group) {
        t.setId(id);
        t.setText(text.get(key));
        t.setAccessibleText(text.get(key));
        t.getStyleClass().add(side);
        t.setToggleGroup(group);
        t.setMinWidth(Region.USE_PREF_SIZE);
    }



}
