package com.clearpath.ui.shell;

import com.clearpath.ui.common.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's menu: File → Export, Import, Back up now, Quit. Each records action opens Settings, where its card
 * shows progress and the outcome, so the work is the same wherever it was started.
 */
public final class AppMenu {
    /** What the menu asks the app to do. */
    public record Actions(Runnable exportRecords, Runnable importRecords, Runnable backUpNow, Runnable quit) {
    }

    private final MenuBar bar = new MenuBar();
    private final Messages text;

    public AppMenu(Messages text, Actions actions) {
        this.text = text;
        MenuItem export = item(text.get("menu.file.export"), "menu-export", actions.exportRecords());
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem importItem = item(text.get("menu.file.import"), "menu-import", actions.importRecords());
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem backUp = item(text.get("menu.file.backup"), "menu-backup", actions.backUpNow());
        MenuItem quit = item(text.get("menu.file.quit"), "menu-quit", actions.quit());
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu(text.get("menu.file"));
        file.setId("menu-file");
        file.getItems().addAll(export, importItem, new SeparatorMenuItem(), backUp, new SeparatorMenuItem(), quit);
        bar.getMenus().add(file);
        bar.setId("app-menu");
        bar.getStyleClass().add("app-menu");
        bar.setAccessibleText(text.get("menu.accessible"));
    }

    /** View → one item per section, showing its shortcut, so the Ctrl+digit keys can be found. */
    void addSections(Consumer<Section> show) {
        Menu view = new Menu(text.get("menu.view"));
        view.setId("menu-view");
        for (Section section : Section.values()) {
            MenuItem item = item(text.get(section.messageKey()), "menu-go-" + section.nodeId(), () -> show.accept(section));
            item.setMnemonicParsing(false);
            item.setAccelerator(section.shortcut());
            view.getItems().add(item);
        }
        bar.getMenus().add(view);
    }

    private static MenuItem item(String label, String id, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(e -> action.run());
        return item;
    }

    public MenuBar node() {
        return bar;
    }
}
