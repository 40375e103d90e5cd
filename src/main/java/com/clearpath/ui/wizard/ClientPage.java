package com.clearpath.ui.wizard;

import com.clearpath.domain.Client;
import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.Language;
import com.clearpath.domain.StoredClient;
import com.clearpath.ui.records.RecordWords;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * Step 1: find a returning client as you type, or record a new one. A new client whose name and date of birth match
 * a record already kept gets a warning with the offer to use that record instead.
 */
final class ClientPage extends StepPage {
    static final Duration SEARCH_DELAY = Duration.millis(200);
    static final int RESULTS = 6;
    private static final Logger LOG = Logger.getLogger(ClientPage.class.getName());
    private static final List<DateTimeFormatter> DATE_INPUTS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DATE_INPUTS_DAY_FIRST = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final ConsultationDraft draft;
    private final WizardServices services;
    private final WizardText text;
    /** A clear button at its end (ControlsFX); Escape empties it as well. */
    private final TextField search = TextFields.createClearableTextField();
    private final VBox results = new VBox();
    private final Label searchStatus = new Label();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField dateOfBirth = new TextField();
    private final Label dobEcho = new Label();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final TextField practitioner = new TextField();
    private final VBox duplicate = new VBox();
    private final Label duplicateText = new Label();
    private final Button useDuplicate = new Button();
    private final VBox chosen = new VBox();
    private final Label chosenName = new Label();
    private final Label chosenDetails = new Label();
    private final Button changeClient = new Button();
    private final BooleanProperty dobUnreadable = new SimpleBooleanProperty();
    private final PauseTransition searchTimer = new PauseTransition(SEARCH_DELAY);
    private final PauseTransition duplicateTimer = new PauseTransition(SEARCH_DELAY);
    private long searchRound;
    private long duplicateRound;
    private boolean syncingDob;
    private Optional<StoredClient> duplicateFound = Optional.empty();

    ClientPage(ConsultationDraft draft, WizardServices services, WizardText text) {
        super(text.get(Step.CLIENT.titleKey()));
        this.draft = draft;
        this.services = services;
        this.text = text;
        root.getStyleClass().addAll("wizard-step", "client-step");
        root.setId("step-client");

        complete = Bindings.createBooleanBinding(
                () -> draft.problemsAt(Step.CLIENT.paths()).isEmpty()
                        && !dobUnreadable.get(), draft.problemsProperty(), dobUnreadable);
        Map<String, String> names = new LinkedHashMap<>();
        names.put("client.firstName", text.get("wizard.client.missing.firstName"));
        names.put("client.lastName", text.get("wizard.client.missing.lastName"));
        names.put("client.dateOfBirth", text.get("wizard.client.missing.dateOfBirth"));
        names.put("client.phone", text.get("wizard.client.missing.phone"));
        names.put("client.email", text.get("wizard.client.missing.email"));
        names.put("practitioner", text.get("wizard.client.missing.practitioner"));
        names.put("consultedOn", text.get("wizard.client.missing.consultedOn"));
        blocking = Bindings.createStringBinding(() -> Forms.missing(text,
                draft.problemsAt("client", "consultedOn", "practitioner"), names), draft.problemsProperty());

        root.getChildren().addAll(Forms.heading(text.get(Step.CLIENT.headingKey())),
                Forms.intro(text.get(Step.CLIENT.descriptionKey())), searchBlock(), chosenBlock(), newClientBlock(),
                practitionerBlock());
        root.disableProperty().bind(draft.finalBinding());
    }

    // ---------- search ----------

    private Node searchBlock() {
        search.setId("client-search");
        search.setPromptText(text.get("wizard.client.search.prompt"));
        Forms.named(search, text.get("wizard.client.search.accessible"));
        search.getStyleClass().add("client-search");
        searchStatus.getStyleClass().add("form-hint");
        searchStatus.setId("client-search-status");
        searchStatus.visibleProperty().bind(searchStatus.textProperty().isNotEmpty());
        searchStatus.managedProperty().bind(searchStatus.visibleProperty());
        results.getStyleClass().add("client-results");
        results.setId("client-results");
        searchTimer.setOnFinished(e -> runSearch());
        search.textProperty().addListener((o, was, now) -> {
            searchRound++;
            if (now.isBlank()) {
                searchTimer.stop();
                results.getChildren().clear();
                searchStatus.setText("");
            } else {
                searchTimer.playFromStart();
            }
        });
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        VBox block = new VBox(Forms.label(text.get("wizard.client.search.label"), search), search, searchStatus, results);
        block.getStyleClass().add("form-block");
        block.visibleProperty().bind(draft.existingClientProperty().not());
        block.managedProperty().bind(block.visibleProperty());
        return block;
    }

    private void runSearch() {
        String query = search.getText();
        long round = ++searchRound;
        if (!services.ready()) {
            searchStatus.setText(text.get("wizard.client.search.unavailable"));
            return;
        }
        services.tasks().run(() -> services.clients().search(query, RESULTS), found -> {
            if (round != searchRound) {
                return;
            }
            showResults(query, found);
        }, error -> {
            LOG.log(Level.WARNING, "Client search failed", error);
            if (round == searchRound) {
                searchStatus.setText(text.format("wizard.client.search.failed", RecordWords.failure(text.messages(), error)));
            }
        });
    }

    private void showResults(String query, List<ClientMatch> found) {
        results.getChildren().clear();
        searchStatus.setText(found.isEmpty() ? text.format("wizard.client.search.none", query.strip()) : "");
        for (ClientMatch m : found) {
            results.getChildren().add(resultButton(m));
        }
    }

    private Button resultButton(ClientMatch m) {
        String born = m.dateOfBirth().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale()));
        Label name = new Label(m.lastName() + ", " + m.firstName());
        name.getStyleClass().add("client-result-name");
        String history = m.consultations() == 0 || m.lastConsultedOn() == null
                ? text.get("wizard.client.result.noVisits")
                : text.format("wizard.client.result.visits", m.consultations(),
                m.lastConsultedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale())));
        Label details = new Label(text.format("wizard.client.result.details", born,
                m.phone() == null ? "" : m.phone(), history));
        details.getStyleClass().add("client-result-details");
        VBox lines = new VBox(name, details);
        Button b = new Button();
        b.setGraphic(lines);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("client-result");
        b.setId("client-result-" + m.id());
        Forms.named(b, text.format("wizard.client.result.accessible", m.firstName() + " " + m.lastName(), born));
        b.setOnAction(e -> choose(m.id()));
        return b;
    }

    /** Uses a client on record: their details fill the step, read-only; the consultation is filed under them. */
    private void choose(UUID id) {
        if (!services.ready()) {
            return;
        }
        services.tasks().run(() -> services.clients().find(id), found -> found.ifPresent(this::useClient),
                error -> {
                    LOG.log(Level.WARNING, "Could not open the client record", error);
                    searchStatus.setText(text.format("wizard.client.search.failed", RecordWords.failure(text.messages(), error)));
                });
    }

    private void useClient(StoredClient stored) {
        Client c = stored.client();
        draft.existingClientProperty().set(true);
        draft.clientIdProperty().set(stored.id());
        draft.firstNameProperty().set(c.firstName());
        draft.lastNameProperty().set(c.lastName());
        draft.dateOfBirthProperty().set(c.dateOfBirth());
        draft.phoneProperty().set(c.phone() == null ? "" : c.phone());
        draft.emailProperty().set(c.email() == null ? "" : c.email());
        duplicate.setVisible(false);
        search.clear();
        practitioner.requestFocus();
    }

    // ---------- a client on record ----------

    private Node chosenBlock() {
        chosen.getStyleClass().add("client-chosen");
        chosen.setId("client-chosen");
        Label caption = Forms.section(text.get("wizard.client.chosen"));
        chosenName.getStyleClass().add("client-chosen-name");
        chosenName.setId("client-chosen-name");
        chosenDetails.getStyleClass().add("form-hint");
        chosenDetails.setWrapText(true);
        changeClient.setText(text.get("wizard.client.change"));
        changeClient.setId("client-change");
        Forms.named(changeClient, Forms.plain(text.get("wizard.client.change")));
        changeClient.setOnAction(e -> forgetClient());
        chosenName.textProperty().bind(Bindings.createStringBinding(
                () -> draft.firstNameProperty().get() + " " + draft.lastNameProperty().get(),
                draft.firstNameProperty(), draft.lastNameProperty()));
        chosenDetails.textProperty().bind(Bindings.createStringBinding(this::chosenDetailText,
                draft.dateOfBirthProperty(), draft.phoneProperty(), draft.emailProperty()));
        chosen.getChildren().addAll(caption, chosenName, chosenDetails, changeClient);
        chosen.visibleProperty().bind(draft.existingClientProperty());
        chosen.managedProperty().bind(chosen.visibleProperty());
        return chosen;
    }

    private String chosenDetailText() {
        LocalDate dob = draft.dateOfBirthProperty().get();
        StringBuilder b = new StringBuilder();
        if (dob != null) {
            b.append(text.format("wizard.client.born", dob.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale())),
                    Period.between(dob, services.today().get()).getYears()));
        }
        for (String contact : List.of(draft.phoneProperty().get(), draft.emailProperty().get())) {
            if (contact != null && !contact.isBlank()) {
                b.append(" \u00b7 ").append(contact);
            }
        }
        return b.toString();
    }

    private void forgetClient() {
        draft.existingClientProperty().set(false);
        draft.clientIdProperty().set(null);
        draft.firstNameProperty().set("");
        draft.lastNameProperty().set("");
        draft.dateOfBirthProperty().set(null);
        draft.phoneProperty().set("");
        draft.emailProperty().set("");
        reveal.set(false);
        Forms.forgetTouched(root);
        search.requestFocus();
    }

    // ---------- a new client ----------

    private Node newClientBlock() {
        setUp(firstName, "client-first-name", "wizard.client.firstName", false);
        setUp(lastName, "client-last-name", "wizard.client.lastName", false);
        setUp(dateOfBirth, "client-dob", "wizard.client.dob", false);
        setUp(phone, "client-phone", "wizard.client.phone", true);
        setUp(email, "client-email", "wizard.client.email", true);
        dateOfBirth.setPromptText(text.get("wizard.client.dob.prompt"));
        phone.setPromptText(text.get("wizard.client.optional"));
        email.setPromptText(text.get("wizard.client.optional"));
        Forms.bindText(firstName, draft.firstNameProperty());
        Forms.bindText(lastName, draft.lastNameProperty());
        Forms.bindText(phone, draft.phoneProperty());
        Forms.bindText(email, draft.emailProperty());
        bindDateOfBirth();

        Label firstError = Forms.error(text.problems(), draft, "client.firstName",
                Forms.plain(text.get("wizard.client.firstName")),
                reveal, firstName);
        Label lastError = Forms.error(text.problems(), draft, "client.lastName",
                Forms.plain(text.get("wizard.client.lastName")),
                reveal, lastName);
        Label dobError = Forms.error(() -> dobUnreadable.get() ? Optional.of(text.get("wizard.client.dob.unreadable"))
                        : draft.problemAt("client.dateOfBirth").map(p -> Forms.sentence(text.problems(),
                        Forms.plain(text.get("wizard.client.dob")), p)),
                Bindings.createObjectBinding(() -> new Object(), draft.problemsProperty(), dobUnreadable), reveal,
                dateOfBirth);
        Label emailError = Forms.error(text.problems(), draft, "client.email",
                Forms.plain(text.get("wizard.client.email")), reveal, email);
        Label phoneError = Forms.error(text.problems(), draft, "client.phone",
                Forms.plain(text.get("wizard.client.phone")), reveal, phone);
        dobError.setId("client-dob-error");
        firstError.setId("client-first-name-error");
        dobEcho.getStyleClass().add("form-hint");
        dobEcho.setId("client-dob-echo");
        dobEcho.visibleProperty().bind(dobEcho.textProperty().isNotEmpty().and(dobError.visibleProperty().not()));
        dobEcho.managedProperty().bind(dobEcho.visibleProperty());
        dobEcho.textProperty().bind(Bindings.createStringBinding(() -> {
            LocalDate dob = draft.dateOfBirthProperty().get();
            if (dob == null || dob.isAfter(services.today().get())) {
                return "";
            }
            return text.format("wizard.client.born", dob.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale())),
                    Period.between(dob, services.today().get()).getYears());
        }, draft.dateOfBirthProperty()));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(Forms.field(Forms.label(text.get("wizard.client.firstName"), firstName), firstName, firstError), 0, 0);
        grid.add(Forms.field(Forms.label(text.get("wizard.client.lastName"), lastName), lastName, lastError), 1, 0);
        VBox dobField = Forms.field(Forms.label(text.get("wizard.client.dob"), dateOfBirth), dateOfBirth, dobError);
        dobField.getChildren().add(dobEcho);
        grid.add(dobField, 0, 1);
        grid.add(Forms.field(Forms.label(text.get("wizard.client.phone"), phone), phone, phoneError), 1, 1);
        grid.add(Forms.field(Forms.label(text.get("wizard.client.email"), email), email, emailError), 0, 2);
        hideEmpty(grid);

        duplicateBlock();
        VBox block = new VBox(Forms.section(text.get("wizard.client.new")), grid, duplicate);
        block.getStyleClass().add("form-block");
        block.visibleProperty().bind(draft.existingClientProperty().not());
        block.managedProperty().bind(block.visibleProperty());
        return block;
    }

    /** The empty placeholder labels under optional fields take no room. */
    private static void hideEmpty(GridPane grid) {
        grid.getChildren().forEach(n -> {
            if (n instanceof VBox box) {
                box.getChildren().forEach(c -> {
                    if (c instanceof Label l && l.getText().isEmpty() && !l.textProperty().isBound()) {
                        l.setVisible(false);
                        l.setManaged(false);
                    }
                });
            }
        });
    }

    private void setUp(TextField field, String id, String labelKey, boolean optional) {
        field.setId(id);
        String name = Forms.plain(text.get(labelKey));
        Forms.named(field, optional ? text.format("wizard.client.optionalField", name) : name);
    }

    private void bindDateOfBirth() {
        dateOfBirth.textProperty().addListener((o, was, now) -> {
            if (syncingDob) {
                return;
            }
            Optional<LocalDate> parsed = parseDate(now, text.language());
            dobUnreadable.set(!now.isBlank() && parsed.isEmpty());
            syncingDob = true;
            try {
                draft.dateOfBirthProperty().set(parsed.orElse(null));
            } finally {
                syncingDob = false;
            }
        });
        draft.dateOfBirthProperty().addListener((o, was, now) -> {
            if (!syncingDob) {
                showDate(now);
            }
        });
        showDate(draft.dateOfBirthProperty().get());
    }

    private void showDate(LocalDate date) {
        syncingDob = true;
        try {
            dateOfBirth.setText(date == null ? "" : date.toString());
            dobUnreadable.set(false);
        } finally {
            syncingDob = false;
        }
    }

    /** ISO dates as the prompt shows, plus the two other forms clinics type (4/12/1996 and 12.4.1996). */
    static Optional<LocalDate> parseDate(String s) {
        return parseDate(s, Language.EN);
    }

    /** As {@link #parseDate(String)}; on Spanish screens a slashed date is day first, as Spanish speakers write it. */
    static Optional<LocalDate> parseDate(String s, Language language) {
        String t = s == null ? "" : s.strip();
        for (DateTimeFormatter f : language == Language.ES ? DATE_INPUTS_DAY_FIRST : DATE_INPUTS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private void duplicateBlock() {
        duplicate.getStyleClass().add("notice-warning");
        duplicate.setId("client-duplicate");
        duplicateText.setWrapText(true);
        duplicateText.setId("client-duplicate-text");
        useDuplicate.setText(text.get("wizard.client.duplicate.use"));
        useDuplicate.setId("client-duplicate-use");
        Forms.named(useDuplicate, Forms.plain(text.get("wizard.client.duplicate.use")));
        useDuplicate.setOnAction(e -> duplicateFound.ifPresent(this::useClient));
        duplicate.getChildren().addAll(duplicateText, useDuplicate);
        duplicate.setVisible(false);
        duplicate.managedProperty().bind(duplicate.visibleProperty());
        duplicateTimer.setOnFinished(e -> checkDuplicates());
        Runnable recheck = () -> {
            duplicateRound++;
            duplicate.setVisible(false);
            duplicateTimer.playFromStart();
        };
        draft.firstNameProperty().addListener((o, was, now) -> recheck.run());
        draft.lastNameProperty().addListener((o, was, now) -> recheck.run());
        draft.dateOfBirthProperty().addListener((o, was, now) -> recheck.run());
    }

    private void checkDuplicates() {
        if (draft.existingClientProperty().get() || !draft.problemAt("client.firstName").isEmpty()
                || !draft.problemAt("client.lastName").isEmpty() || !draft.problemAt("client.dateOfBirth").isEmpty()) {
            return;
        }
        if (!services.ready()) {
            return;
        }
        Client client = draft.toIntake().client();
        UUID ours = draft.clientIdProperty().get();
        long round = ++duplicateRound;
        services.tasks().run(() -> services.clients().duplicatesOf(client), found -> {
            if (round != duplicateRound) {
                return;
            }
            // The record this consultation created itself is not a duplicate of it.
            duplicateFound = found.stream().filter(s -> !s.id().equals(ours)).findFirst();
            duplicateFound.ifPresent(d -> duplicateText.setText(text.format("wizard.client.duplicate",
                    d.createdAt().atZone(ZoneId.systemDefault()).toLocalDate()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale())))));
            duplicate.setVisible(duplicateFound.isPresent());
        }, error -> LOG.log(Level.WARNING, "Could not look for duplicate clients", error));
    }

    // ---------- practitioner ----------

    private Node practitionerBlock() {
        practitioner.setId("client-practitioner");
        Forms.named(practitioner, Forms.plain(text.get("wizard.client.practitioner")));
        practitioner.setPromptText(text.get("wizard.client.practitioner.prompt"));
        Forms.bindText(practitioner, draft.practitionerProperty());
        practitioner.setMaxWidth(360);
        Label practitionerError = Forms.error(text.problems(), draft, "practitioner",
                Forms.plain(text.get("wizard.client.practitioner")),
                reveal, practitioner);
        VBox block = new VBox(Forms.label(text.get("wizard.client.practitioner"), practitioner), practitioner,
                practitionerError);
        block.getStyleClass().addAll("form-block", "form-field");
        return block;
    }

    // ---------- WizardPage ----------

    @Override
    public void shown() {
        if (draft.existingClientProperty().get()) {
            practitioner.requestFocus();
        } else if (draft.firstNameProperty().get().isBlank() && draft.lastNameProperty().get().isBlank()) {
            search.requestFocus();
        } else {
            firstName.requestFocus();
        }
    }
}
