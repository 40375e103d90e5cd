package com.clearpath.ui.shell;

import com.clearpath.ui.common.MainView;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The window's frame: navigation on the left, the chosen view in the middle, the status bar below, and the
 * window-wide keyboard shortcuts.
 */
public final class MainWindow {
    /** New consultation from anywhere: Ctrl+N (Cmd+N on macOS). */
    public static final KeyCombination NEW_CONSULTATION = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Back one step, like a browser: Alt+Left. */
    public static final KeyCombination STEP_BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final NavigationBar navigation;
    private final Map<Section, MainView> views = new EnumMap<>(Section.class);
    private final Consultations consultations;

    /** What the window needs from the consultation view for its shortcuts. */
    public interface Consultations extends MainView {
        /** Throws away the consultation in progress and starts over at step one. */
        void restart();

        /** One step back, if there is one. */
        void back();

        /** Continues a draft from the records; {@code context} (whose, and why) goes in the header. */
        void continueDraft(UUID draftId, String context);
    }

    public MainWindow(NavigationBar navigation, Consultations consultations, MainView clients, MainView settings,
                      StatusLine status) {
        this.navigation = navigation;
        this.consultations = consultations;
        views.put(Section.NEW_CONSULTATION, consultations);
        views.put(Section.CLIENTS, clients);
        views.put(Section.SETTINGS, settings);

        root.getStyleClass().add("main-window");
        content.getStyleClass().add("main-content");
        root.setLeft(navigation.node());
        root.setCenter(content);
        root.setBottom(status.node());

        navigation.selectedProperty().addListener((o, was, now) -> display(now));
        display(navigation.selectedProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Puts the window's menu bar above everything else. */
    public void setMenu(AppMenu menu) {
        root.setTop(menu.node());
        menu.addSections(this::show);
    }

    public Section section() {
        return navigation.selectedProperty().get();
    }

    public void show(Section section) {
        navigation.selectedProperty().set(section);
    }

    public void startNewConsultation() {
        consultations.restart();
        if (section() == Section.NEW_CONSULTATION) {
            consultations.shown();
        } else {
            show(Section.NEW_CONSULTATION);
        }
    }

    /** Opens a follow-up or correction draft in the consultation view. */
    public void continueDraft(UUID draftId, String context) {
        consultations.continueDraft(draftId, context);
        if (section() == Section.NEW_CONSULTATION) {
            consultations.shown();
        } else {
            show(Section.NEW_CONSULTATION);
        }
    }

    /** Puts the keyboard focus in the current view; call once the window is on screen. */
    public void focusCurrentView() {
        views.get(section()).shown();
    }

    public void installShortcuts(Scene scene) {
        AltChords.install(scene);
        scene.getAccelerators().put(NEW_CONSULTATION, this::startNewConsultation);
        for (Section section : Section.values()) {
            scene.getAccelerators().put(section.shortcut(), () -> show(section));
        }
        scene.getAccelerators().put(STEP_BACK, () -> {
            if (section() == Section.NEW_CONSULTATION) {
                consultations.back();
            }
        });
    }

    private void display(Section section) {
        MainView view = views.get(section);
        // Only the visible view is in the scene, so its default button (Enter) is the only one that can fire.
        content.getChildren().setAll(view.node());
        view.shown();
    }
}
