package com.clearpath.ui.wizard;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Zone;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 2: each concern's kind (picture cards), zones (the face map, or check boxes from the keyboard), how many,
 * whether atrophic scars flatten when stretched, and the depth of PIH; then the Goodman &amp; Baron grade and the
 * client's goals.
 */
final class ConcernsPage extends StepPage {
    static final PseudoClass INCOMPLETE = PseudoClass.getPseudoClass("incomplete");
    private static final double FACE_SCALE = 0.62;
    private static final double TILE_TEXT_WIDTH = 140;
    /** Face zones as the check boxes list them: the client's right in the first column, as on the map. */
    private static final Zone[][] ZONE_GRID = {
            {Zone.FOREHEAD, null},
            {Zone.TEMPLE_RIGHT, Zone.TEMPLE_LEFT},
            {Zone.CHEEK_RIGHT, Zone.CHEEK_LEFT},
            {Zone.JAWLINE_RIGHT, Zone.JAWLINE_LEFT},
            {Zone.NOSE, Zone.PERIORAL},
            {Zone.CHIN, Zone.NECK}};

    private final ConsultationDraft draft;
    private final WizardText text;
    private final FlowPane chips = new FlowPane();
    private final ToggleGroup chipGroup = new ToggleGroup();
    private final VBox editorHolder = new VBox();
    private final Button addConcern = new Button();
    private final Map<ConcernDraft, Editor> editors = new IdentityHashMap<>();
    private final ObjectProperty<ConcernDraft> selected = new SimpleObjectProperty<>();
    private final TextArea goals = new TextArea();

    ConcernsPage(ConsultationDraft draft, WizardText text) {
        super(text.get(Step.CONCERNS.titleKey()));
        this.draft = draft;
        this.text = text;
        root.getStyleClass().addAll("wizard-step", "concerns-step");
        root.setId("step-concerns");
        if (draft.concerns().isEmpty()) {
            // An empty concern to fill in; not an answer, so it does not count as a change to save.
            draft.quietly(() -> draft.concerns().add(new ConcernDraft()));
        }
        complete = draft.completeBinding(Step.CONCERNS.paths());
        blocking = Bindings.createStringBinding(this::blockingText, draft.problemsProperty());

        chips.getStyleClass().add("concern-chips");
        addConcern.setText(text.get("wizard.concerns.add"));
        addConcern.setId("concern-add");
        Forms.named(addConcern, Forms.plain(text.get("wizard.concerns.add")));
        addConcern.setOnAction(e -> addConcern());
        addConcern.getStyleClass().add("concern-add");
        chipGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A chip clicked twice stays chosen: one concern is always on screen.
                if (was != null) {
                    chipGroup.selectToggle(was);
                }
                return;
            }
            selected.set((ConcernDraft) now.getUserData());
        });
        selected.addListener((o, was, now) -> showEditor(now));
        draft.concerns().addListener((ListChangeListener<ConcernDraft>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated() || c.wasReplaced();
                c.getRemoved().forEach(editors::remove);
            }
            if (structural) {
                rebuildChips();
            }
            if (structural && !draft.concerns().contains(selected.get())) {
                select(draft.concerns().isEmpty() ? null : draft.concerns().get(draft.concerns().size() - 1));
            }
        });
        draft.problemsProperty().addListener((o, was, now) -> markIncompleteChips());

        editorHolder.getStyleClass().add("concern-editor-holder");
        root.getChildren().addAll(Forms.heading(text.get(Step.CONCERNS.headingKey())),
                Forms.intro(text.get(Step.CONCERNS.descriptionKey())), chips, editorHolder,
                goodmanBlock(), goalsBlock(), datesBlock());
        rebuildChips();
        select(draft.concerns().get(0));
        root.disableProperty().bind(draft.finalBinding());
    }

    private void addConcern() {
        ConcernDraft c = new ConcernDraft();
        draft.concerns().add(c);
        select(c);
        editors.get(c).focusFirst();
    }

    private void select(ConcernDraft c) {
        selected.set(c);
        chipGroup.getToggles().stream().filter(t -> t.getUserData() == c).findFirst().ifPresent(chipGroup::selectToggle);
    }

    private void rebuildChips() {
        chipGroup.getToggles().clear();
        chips.getChildren().clear();
        for (int i = 0; i < draft.concerns().size(); i++) {
            ConcernDraft c = draft.concerns().get(i);
            ToggleButton chip = new ToggleButton();
            chip.setId("concern-chip-" + (i + 1));
            chip.getStyleClass().add("concern-chip");
            chip.setUserData(c);
            chip.setToggleGroup(chipGroup);
            chip.setMnemonicParsing(false);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            int number = i + 1;
            chip.textProperty().bind(Bindings.createStringBinding(() -> chipText(number, c), c.kindProperty(),
                    c.zones()));
            chip.accessibleTextProperty().bind(Bindings.createStringBinding(
                    () -> text.format("wizard.concerns.chip.accessible", chipText(number, c)), c.kindProperty(),
                    c.zones()));
            if (c == selected.get()) {
                chip.setSelected(true);
            }
            chips.getChildren().add(chip);
        }
        chips.getChildren().add(addConcern);
        markIncompleteChips();
    }

    private String chipText(int number, ConcernDraft c) {
        String kind = c.kindProperty().get() == null ? text.get("wizard.concerns.chip.new") : text.kind(c.kindProperty().get());
        return text.format("wizard.concerns.chip", number, kind, c.zones().size());
    }

    private void markIncompleteChips() {
        for (Toggle t : chipGroup.getToggles()) {
            int i = draft.concerns().indexOf((ConcernDraft) t.getUserData());
            ((Node) t).pseudoClassStateChanged(INCOMPLETE, !draft.problemsAt("concerns[" + i + "]").isEmpty());
        }
    }

    private void showEditor(ConcernDraft c) {
        if (c == null) {
            editorHolder.getChildren().clear();
            return;
        }
        Editor editor = editors.computeIfAbsent(c, Editor::new);
        editorHolder.getChildren().setAll(editor.root);
    }

    private String blockingText() {
        Set<String> parts = new LinkedHashSet<>();
        for (Problem p : draft.problemsAt(Step.CONCERNS.paths())) {
            String path = p.path();
            if (path.equals("concerns")) {
                parts.add(text.get("wizard.concerns.missing.any"));
                continue;
            }
            int open = path.indexOf('[');
            int close = path.indexOf(']');
            if (path.startsWith("concerns[") && close > open) {
                int n = Integer.parseInt(path.substring(open + 1, close)) + 1;
                String field = path.substring(close + 1);
                String key = field.startsWith(".kind") ? "wizard.concerns.missing.kind"
                        : field.startsWith(".zones") ? "wizard.concerns.missing.zones"
                        : field.startsWith(".count") ? "wizard.concerns.missing.count" : "wizard.concerns.missing.other";
                parts.add(text.format(key, n));
            } else if (path.startsWith("goodmanBaronGrade")) {
                parts.add(text.get("wizard.concerns.missing.grade"));
            } else if (path.startsWith("goals")) {
                parts.add(text.get("wizard.concerns.missing.goals"));
            } else if (path.startsWith("eventDate") || path.startsWith("planStartsOn")) {
                parts.add(text.get("wizard.concerns.missing.dates"));
            }
        }
        return parts.isEmpty() ? "" : text.format("wizard.missing", String.join(", ", parts));
    }

    // ---------- one concern ----------

    /** The fields of one concern; made once per concern and kept, so switching between concerns loses nothing. */
    private final class Editor {
        private final ConcernDraft concern;
        private final VBox root = new VBox();
        private final ToggleGroup kinds = new ToggleGroup();

        Editor(ConcernDraft concern) {
            this.concern = concern;
            root.getStyleClass().add("concern-editor");
            root.getChildren().addAll(kindBlock(), zoneBlock(), detailBlock(), removeRow());
        }

        private String at(String field) {
            return "concerns[" + draft.concerns().indexOf(concern) + "]" + field;
        }

        private Label error(String field, String name, Node... touchedBy) {
            return Forms.error(() -> draft.problemAt(at(field)).map(p -> Forms.sentence(text.problems(), name, p)),
                    draft.problemsProperty(), reveal, touchedBy);
        }

        void focusFirst() {
            kinds.getToggles().stream().map(t -> (Node) t).findFirst().ifPresent(Node::requestFocus);
        }

        private Node kindBlock() {
            FlowPane tiles = new FlowPane() {
                @Override
                protected void layoutChildren() {
                    // Cards in a row read best at one height: the tallest card's.
                    double tallest = 0;
                    for (Node n : getChildren()) {
                        tallest = Math.max(tallest, ((Region) n).prefHeight(-1));
                    }
                    for (Node n : getChildren()) {
                        ((Region) n).setMinHeight(tallest);
                    }
                    super.layoutChildren();
                }
            };
            tiles.getStyleClass().add("kind-tiles");
            for (ConcernKind kind : ConcernKind.values()) {
                ToggleButton tile = kindTile(kind);
                tile.setToggleGroup(kinds);
                tile.setSelected(concern.kindProperty().get() == kind);
                tiles.getChildren().add(tile);
            }
            kinds.selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null) {
                    if (was != null && concern.kindProperty().get() != null) {
                        kinds.selectToggle(was);
                    }
                    return;
                }
                concern.kindProperty().set((ConcernKind) now.getUserData());
            });
            concern.kindProperty().addListener((o, was, now) -> kinds.getToggles().stream()
                    .filter(t -> t.getUserData() == now).findFirst().ifPresent(kinds::selectToggle));
            Label label = Forms.section(text.get("wizard.concerns.kind"));
            Label err = error(".kind", Forms.plain(text.get("wizard.concerns.kind.name")));
            VBox box = new VBox(label, tiles, err);
            box.getStyleClass().add("form-block");
            return box;
        }

        private ToggleButton kindTile(ConcernKind kind) {
            ImageView picture = new ImageView(illustration(kind));
            picture.setFitWidth(108);
            picture.setFitHeight(72);
            picture.setPreserveRatio(true);
            picture.setSmooth(true);
            Label name = new Label(text.kind(kind));
            name.getStyleClass().add("kind-name");
            Label description = new Label(text.kindDescription(kind));
            description.getStyleClass().add("kind-description");
            description.setWrapText(true);
            // Fixed widths let the tiles ask their wrapped text for an honest height.
            name.setPrefWidth(TILE_TEXT_WIDTH);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            description.setPrefWidth(TILE_TEXT_WIDTH);
            description.setMinHeight(Region.USE_PREF_SIZE);
            // A button lays out its graphic without a width, which would wrap the text a word per line: the card
            // body measures itself at its fixed width instead.
            VBox body = new VBox(picture, name, description) {
                @Override
                public Orientation getContentBias() {
                    return null;
                }

                @Override
                protected double computePrefHeight(double width) {
                    return super.computePrefHeight(width < 0 ? TILE_TEXT_WIDTH : width);
                }

                @Override
                protected double computeMinHeight(double width) {
                    return computePrefHeight(width);
                }
            };
            body.setPrefWidth(TILE_TEXT_WIDTH);
            body.getStyleClass().add("kind-body");
            ToggleButton tile = new ToggleButton();
            tile.setGraphic(body);
            tile.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            tile.setUserData(kind);
            tile.setId("concern-kind-" + kind.name());
            tile.getStyleClass().add("kind-tile");
            tile.setAlignment(Pos.TOP_LEFT);
            Forms.named(tile, text.kind(kind) + ". " + text.kindDescription(kind));
            return tile;
        }

        private Node zoneBlock() {
            Node face = FaceMap.create(concern.zones(), text, FACE_SCALE);
            ToggleButton chest = trunkToggle(Zone.CHEST);
            ToggleButton back = trunkToggle(Zone.BACK);
            HBox trunk = new HBox(chest, back);
            trunk.getStyleClass().add("trunk-zones");
            trunk.setAlignment(Pos.CENTER);
            Label sides = Forms.hint(text.get("wizard.concerns.zones.sides"));
            double columnWidth = 300 * FACE_SCALE + 24;
            sides.setPrefWidth(columnWidth);
            sides.setMaxWidth(columnWidth);
            // A wrapping label in a row is asked its height at its one-line width; fixing the width avoids "…".
            sides.setMinHeight(Region.USE_PREF_SIZE);
            VBox faceColumn = new VBox(face, trunk, sides);
            faceColumn.setMinWidth(columnWidth);
            faceColumn.setMaxWidth(columnWidth);
            faceColumn.getStyleClass().add("face-column");
            faceColumn.setAlignment(Pos.TOP_CENTER);

            GridPane boxes = new GridPane();
            boxes.getStyleClass().add("zone-boxes");
            for (int r = 0; r < ZONE_GRID.length; r++) {
                for (int c = 0; c < 2; c++) {
                    Zone z = ZONE_GRID[r][c];
                    if (z != null) {
                        boxes.add(zoneBox(z), c, r);
                    }
                }
            }
            Label err = error(".zones", text.get("wizard.concerns.zones.name"));
            Label zonesLabel = Forms.hint(text.get("wizard.concerns.zones.keyboard"));
            VBox listColumn = new VBox(zonesLabel, boxes, err);
            listColumn.getStyleClass().add("zone-list");
            // Side by side when there is room; the list goes under the face in a narrow window.
            FlowPane row = new FlowPane(faceColumn, listColumn);
            row.getStyleClass().add("zone-row");
            VBox box = new VBox(Forms.section(text.get("wizard.concerns.zones")), row);
            box.getStyleClass().add("form-block");
            return box;
        }

        private CheckBox zoneBox(Zone z) {
            CheckBox box = new CheckBox(text.zone(z));
            box.setId("zone-" + z.name());
            box.setMnemonicParsing(false);
            Forms.named(box, text.zone(z));
            bindMembership(box.selectedProperty(), concern.zones(), z);
            return box;
        }

        private ToggleButton trunkToggle(Zone z) {
            ToggleButton b = new ToggleButton(text.zone(z));
            b.setId("zone-" + z.name());
            b.setMnemonicParsing(false);
            b.getStyleClass().add("trunk-zone");
            Forms.named(b, text.zone(z));
            bindMembership(b.selectedProperty(), concern.zones(), z);
            return b;
        }

        private Node detailBlock() {
            TextField count = new TextField();
            count.setId("concern-count");
            count.setPrefColumnCount(5);
            count.setMaxWidth(120);
            Forms.named(count, Forms.plain(text.get("wizard.concerns.count")));
            UnaryOperator<TextFormatter.Change> digitsOnly = ch -> ch.getControlNewText().matches("\\d{0,4}") ? ch : null;
            count.setTextFormatter(new TextFormatter<>(digitsOnly));
            count.setText(concern.countProperty().get() == null ? "" : concern.countProperty().get().toString());
            count.textProperty().addListener((o, was, now) -> {
                Integer n = now.isBlank() ? null : Integer.valueOf(now);
                if (!Objects.equals(n, concern.countProperty().get())) {
                    concern.countProperty().set(n);
                }
            });
            concern.countProperty().addListener((o, was, now) -> {
                String t = now == null ? "" : now.toString();
                if (!t.equals(count.getText())) {
                    count.setText(t);
                }
            });
            Label countError = error(".count", Forms.plain(text.get("wizard.concerns.count")), count);
            VBox countField = Forms.field(Forms.label(text.get("wizard.concerns.count"), count), count, countError);
            countField.getChildren().add(1, Forms.hint(text.get("wizard.concerns.count.hint")));

            VBox stretch = choiceField("wizard.concerns.distensible", "concern-distensible",
                    concern.distensibleProperty(), List.of(Boolean.TRUE, Boolean.FALSE),
                    v -> text.get(v ? "wizard.concerns.distensible.yes" : "wizard.concerns.distensible.no"),
                    v -> v ? "yes" : "no", text.get("wizard.concerns.distensible.hint"));
            BooleanBinding atrophic = Bindings.createBooleanBinding(
                    () -> concern.kindProperty().get() != null && concern.kindProperty().get().atrophic(),
                    concern.kindProperty());
            stretch.visibleProperty().bind(atrophic);
            stretch.managedProperty().bind(atrophic);

            VBox depth = choiceField("wizard.concerns.depth", "concern-depth", concern.pigmentDepthProperty(),
                    List.of(PigmentDepth.values()), text::depth, d -> d.name().toLowerCase(Locale.ROOT),
                    text.get("wizard.concerns.depth.hint"));
            BooleanBinding pih = concern.kindProperty().isEqualTo(ConcernKind.PIH);
            depth.visibleProperty().bind(pih);
            depth.managedProperty().bind(pih);

            FlowPane row = new FlowPane(countField, stretch, depth);
            row.getStyleClass().add("concern-details");
            return row;
        }

        /** A row of toggles for an optional answer: choosing the chosen one again clears it. */
        private <T> VBox choiceField(String labelKey, String idStem, ObjectProperty<T> value, List<T> options,
                                     Function<T, String> label, Function<T, String> idPart, String hint) {
            ToggleGroup group = new ToggleGroup();
            HBox buttons = new HBox();
            buttons.getStyleClass().add("segmented-choice");
            for (T option : options) {
                ToggleButton b = new ToggleButton(label.apply(option));
                b.setMnemonicParsing(false);
                b.setUserData(option);
                b.setToggleGroup(group);
                b.setId(idStem + "-" + idPart.apply(option));
                Forms.named(b, Forms.plain(text.get(labelKey)) + ": " + label.apply(option));
                b.setSelected(option.equals(value.get()));
                buttons.getChildren().add(b);
            }
            group.selectedToggleProperty().addListener((o, was, now) -> {
                @SuppressWarnings("unchecked")
                T chosen = now == null ? null : (T) now.getUserData();
                value.set(chosen);
            });
            value.addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(now))));
            Label title = new Label(text.get(labelKey));
            title.getStyleClass().add("form-label");
            title.setMnemonicParsing(true);
            title.setLabelFor(buttons.getChildren().get(0));
            VBox box = new VBox(title, buttons, Forms.hint(hint));
            box.getStyleClass().add("form-field");
            return box;
        }

        private Node removeRow() {
            Button remove = new Button(text.get("wizard.concerns.remove"));
            remove.setId("concern-remove");
            Forms.named(remove, Forms.plain(text.get("wizard.concerns.remove")));
            remove.getStyleClass().add("flat");
            remove.disableProperty().bind(Bindings.size(draft.concerns()).lessThan(2));
            remove.setOnAction(e -> draft.concerns().remove(concern));
            HBox row = new HBox(remove);
            row.setAlignment(Pos.CENTER_RIGHT);
            return row;
        }
    }

    static void bindMembership(BooleanProperty selected, ObservableSet<Zone> set, Zone z) {
        selected.set(set.contains(z));
        selected.addListener((o, was, now) -> {
            if (now) {
                set.add(z);
            } else {
                set.remove(z);
            }
        });
        set.addListener((SetChangeListener<Zone>) c -> selected.set(set.contains(z)));
    }

    static Image illustration(ConcernKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String path = "/com/clearpath/document/illustrations/" + name + "@2x.png";
        InputStream in = ConcernsPage.class.getResourceAsStream(path);
        if (in == null) {
            return null;
        }
        return new Image(in, 216, 144, true, true);
    }

    // ---------- Goodman & Baron, goals ----------

    private Node goodmanBlock() {
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox();
        options.getStyleClass().add("grade-options");
        boolean required = draft.gradeRequired();
        // A follow-up is graded again, so "Not graded" is not offered there.
        List<Integer> grades = new ArrayList<>(required ? List.of(1, 2, 3, 4) : List.of(0, 1, 2, 3, 4));
        for (int g : grades) {
            RadioButton r = new RadioButton(g == 0 ? text.get("wizard.goodman.none")
                    : text.format("wizard.goodman.option", g, text.goodmanName(g)));
            r.setId("goodman-" + g);
            r.setUserData(g == 0 ? null : g);
            r.setToggleGroup(group);
            r.setMnemonicParsing(false);
            r.getStyleClass().add("grade-option");
            Integer current = draft.goodmanGradeProperty().get();
            r.setSelected(g == 0 ? current == null : Integer.valueOf(g).equals(current));
            if (g == 0) {
                Forms.named(r, text.get("wizard.goodman.none"));
                options.getChildren().add(r);
            } else {
                Forms.named(r, text.format("wizard.goodman.option", g, text.goodmanName(g)) + ". "
                        + text.goodmanDescription(g));
                Label d = Forms.hint(text.goodmanDescription(g));
                d.getStyleClass().add("grade-description");
                options.getChildren().add(new VBox(r, d));
            }
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                draft.goodmanGradeProperty().set((Integer) now.getUserData());
            }
        });
        draft.goodmanGradeProperty().addListener((o, was, now) -> group.getToggles().forEach(
                t -> t.setSelected(Objects.equals(t.getUserData(), now))));
        HBox title = new HBox(12, Forms.section(text.get("wizard.goodman.title")));
        title.setAlignment(Pos.BASELINE_LEFT);
        draft.visitFollowed().ifPresent(visit -> title.getChildren().add(lastVisit(visit.intake().goodmanBaronGrade())));
        String name = Forms.plain(text.get("wizard.goodman.title"));
        Label error = Forms.error(text.problems(), draft, "goodmanBaronGrade", name, reveal,
                group.getToggles().stream().map(t -> (Node) t).toArray(Node[]::new));
        error.setId("goodman-error");
        VBox box = new VBox(title, Forms.hint(text.get(required ? "wizard.goodman.hint.followUp" : "wizard.goodman.hint")),
                options, error);
        box.getStyleClass().add("form-block");
        return box;
    }

    /** "Last visit: grade 3 (moderate)": what the visit this one follows was given, to grade against, not to copy. */
    private Label lastVisit(Integer grade) {
        Label l = new Label(grade == null || grade < 1 || grade > 4 ? text.get("wizard.goodman.lastVisit.none")
                : text.format("wizard.goodman.lastVisit", grade, text.goodmanName(grade).toLowerCase(text.locale())));
        l.setId("goodman-last-visit");
        l.getStyleClass().add("grade-last-visit");
        l.setWrapText(true);
        return l;
    }

    private Node goalsBlock() {
        goals.setId("concern-goals");
        Forms.multiLine(goals);
        goals.setWrapText(true);
        goals.setPrefRowCount(3);
        Forms.named(goals, Forms.plain(text.get("wizard.goals")));
        goals.setPromptText(text.get("wizard.goals.prompt"));
        Forms.bindText(goals, draft.goalsProperty());
        Label err = Forms.error(text.problems(), draft, "goals", Forms.plain(text.get("wizard.goals")), reveal, goals);
        VBox box = new VBox(Forms.label(text.get("wizard.goals"), goals), goals, err);
        box.getStyleClass().addAll("form-block", "form-field");
        return box;
    }

    /**
     * An event the client is preparing for and a later start, both optional: the plan's calendar keeps downtime clear
     * of the days before the event and counts its weeks from the start (the Plan step shows the result).
     */
    private Node datesBlock() {
        VBox event = dateField("concern-event-date", "wizard.dates.event", "wizard.dates.event.hint",
                draft.eventDateProperty(), "eventDate");
        VBox start = dateField("concern-plan-start", "wizard.dates.start", "wizard.dates.start.hint",
                draft.planStartsOnProperty(), "planStartsOn");
        HBox row = new HBox(24, event, start);
        VBox box = new VBox(Forms.section(text.get("wizard.dates")), row);
        box.getStyleClass().add("form-block");
        return box;
    }

    private VBox dateField(String id, String labelKey, String hintKey, ObjectProperty<
            LocalDate> value, String path) {
        DateField date = new DateField(id, value, text.language());
        TextField field = date.field();
        String name = Forms.plain(text.get(labelKey));
        Forms.named(field, name);
        field.setPromptText(text.get("wizard.client.dob.prompt"));
        Label error = Forms.error(() -> date.unreadable().get()
                        ? Optional.of(text.format("wizard.dates.unreadable", name))
                        : draft.problemAt(path).map(p -> dateProblem(name, value.get())),
                Bindings.createObjectBinding(Object::new, draft.problemsProperty(),
                        date.unreadable()), reveal, field);
        error.setId(id + "-error");
        VBox box = new VBox(Forms.label(text.get(labelKey), field), field, Forms.hint(text.get(hintKey)), error);
        box.getStyleClass().add("form-field");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The validator's date rules in the screen's words: before the consultation, or too far after it. */
    private String dateProblem(String name, LocalDate date) {
        LocalDate consulted = draft.consultedOnProperty().get();
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(
                FormatStyle.LONG).withLocale(text.locale());
        if (date != null && consulted != null && date.isBefore(consulted)) {
            return text.format("wizard.dates.before", name, consulted.format(f));
        }
        return text.format("wizard.dates.tooFar", name, IntakeValidator.EVENT_YEARS_MAX);
    }

    // ---------- WizardPage ----------

    @Override
    public void shown() {
        ConcernDraft c = selected.get();
        if (c != null && c.kindProperty().get() == null) {
            editors.get(c).focusFirst();
        } else {
            chipGroup.getToggles().stream().filter(Toggle::isSelected).map(t -> (Node) t).findFirst()
                    .ifPresent(Node::requestFocus);
        }
    }

    Optional<ConcernDraft> selectedConcern() {
        return Optional.ofNullable(selected.get());
    }
}
