package com.clearpath.ui.shell;

import com.clearpath.ui.common.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/**
 * The column on the left: the Clearpath mark and one entry per section, exactly one always selected. The entries are
 * not a toggle group: in a group only the selected button takes Tab, which left the other sections unreachable.
 */
public final class NavigationBar {
    private final VBox root = new VBox();
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final ObjectProperty<Section> selected = new SimpleObjectProperty<>(Section.NEW_CONSULTATION);

    public NavigationBar(Messages text, Optional<Image> logo, String version) {
        root.getStyleClass().add("navigation");
        root.getChildren().add(brand(text, logo));

        VBox entries = new VBox();
        entries.getStyleClass().add("navigation-entries");
        for (Section section : Section.values()) {
            ToggleButton button = entry(text, text.get(section.messageKey()), section);
            buttons.put(section, button);
            entries.getChildren().add(button);
        }
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label versionLabel = new Label(text.format("nav.version", version));
        versionLabel.getStyleClass().add("navigation-version");
        root.getChildren().addAll(entries, gap, versionLabel);

        buttons.get(selected.get()).setSelected(true);
        selected.addListener((o, was, now) -> buttons.forEach((section, b) -> b.setSelected(section == now)));
    }

    public Node node() {
        return root;
    }

    public ObjectProperty<Section> selectedProperty() {
        return selected;
    }

    private ToggleButton entry(Messages text, String label, Section section) {
        SVGPath icon = new SVGPath();
        icon.setContent(section.iconPath());
        icon.getStyleClass().add("navigation-icon");
        ToggleButton button = new ToggleButton(label, icon);
        button.setId(section.nodeId());
        button.setUserData(section);
        // Clicking the current entry again must not leave the window with no section.
        button.setOnAction(e -> {
            button.setSelected(true);
            selected.set(section);
        });
        button.setTooltip(new Tooltip(text.format("nav.tooltip", label, section.shortcut().getDisplayText())));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
        button.setAccessibleText(label);
        button.getStyleClass().add("navigation-entry");
        return button;
    }

    private static Node brand(Messages text, Optional<Image> logo) {
        Node mark = logo.<Node>map(image -> {
            ImageView view = new ImageView(image);
            view.setFitWidth(32);
            view.setFitHeight(32);
            view.setSmooth(true);
            return view;
        }).orElseGet(NavigationBar::drawnMark);
        Label name = new Label(text.get("app.brand"));
        name.getStyleClass().add("brand-name");
        Label product = new Label(text.get("app.product"));
        product.getStyleClass().add("brand-product");
        VBox words = new VBox(name, product);
        words.getStyleClass().add("brand-words");
        HBox brand = new HBox(mark, words);
        brand.getStyleClass().add("brand");
        brand.setAccessibleRole(AccessibleRole.TEXT);
        brand.setAccessibleText(text.get("app.name"));
        return brand;
    }

    /** Until the packaged icon is present: a teal tile with an open, curving path. */
    private static Node drawnMark() {
        SVGPath path = new SVGPath();
        path.setContent("M5 17 C9 17 9 11 12 11 C15 11 15 5 19 5");
        path.getStyleClass().add("brand-mark-path");
        StackPane tile = new StackPane(path);
        tile.getStyleClass().add("brand-mark");
        return tile;
    }
}
