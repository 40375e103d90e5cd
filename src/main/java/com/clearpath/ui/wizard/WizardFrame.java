package com.clearpath.ui.wizard;

import com.clearpath.ui.common.Messages;
import com.clearpath.ui.shell.MainWindow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Walks through a list of {@link WizardPage}s: step indicator on top, the current page in the middle, Back and
 * Next below. Next is the window's default button, so Enter moves on whenever the page is complete, in a multi-line
 * text field too (Ctrl+Enter starts a new line there, see {@link Forms#multiLine}).
 */
public final class WizardFrame {
    private static final Object SHOW_WITH = new Object();

    private final Messages text;
    private final VBox root = new VBox();
    private final StepIndicator indicator;
    private final Label stepCaption = new Label();
    private final VBox pageHolder = new VBox();
    private final ScrollPane scroller = new ScrollPane();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Label keyHint = new Label();
    private final HBox middle = new HBox();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private List<WizardPage> pages = List.of();
    private Runnable onFinish = () -> {
    };

    public WizardFrame(Messages text) {
        this.text = text;
        indicator = new StepIndicator(text, this::goBackTo);
        root.getStyleClass().add("wizard");
        root.setId("wizard");

        stepCaption.getStyleClass().add("step-caption");
        stepCaption.setId("wizard-step-caption");
        pageHolder.getStyleClass().add("wizard-page");
        VBox card = new VBox(stepCaption, pageHolder);
        card.getStyleClass().add("wizard-card");
        VBox.setVgrow(pageHolder, Priority.ALWAYS);
        scroller.setContent(card);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The card fills the visible area on a short page and grows past it on a long one. (Fitting it to the
        // height instead would squeeze wrapped text to one line whenever a page is taller than the window.)
        scroller.viewportBoundsProperty().addListener((o, was, now) -> card.setMinHeight(now.getHeight()));
        scroller.getStyleClass().add("wizard-scroller");
        scroller.setAccessibleText(text.get("wizard.content"));
        VBox.setVgrow(scroller, Priority.ALWAYS);

        back.setText(text.get("wizard.back"));
        back.setId("wizard-back");
        back.setAccessibleText(text.get("wizard.back.accessible"));
        back.setOnAction(e -> back());
        back.setTooltip(new Tooltip(text.format("wizard.back.tooltip", MainWindow.STEP_BACK.getDisplayText())));
        back.getStyleClass().add("wizard-back");

        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> next());
        next.getStyleClass().add("wizard-next");

        keyHint.getStyleClass().add("wizard-key-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(back, gap, keyHint, next);
        buttons.getStyleClass().add("wizard-buttons");

        // The page scrolls; an aside (e.g. a live preview) can sit to its right and stays put.
        middle.getStyleClass().add("wizard-middle");
        middle.getChildren().add(scroller);
        HBox.setHgrow(scroller, Priority.ALWAYS);
        VBox.setVgrow(middle, Priority.ALWAYS);
        root.getChildren().addAll(indicator.node(), middle, buttons);
        // Enter means Next everywhere on a page. JavaFX lets a focused radio button, check box, toggle or text area
        // take Enter for itself; on a page full of them that would make Enter select (or break a line) instead of
        // moving on, so Space selects, Ctrl+Enter breaks a line, and Enter goes to Next. Push buttons (Back,
        // Decline, Save) keep Enter. On an incomplete page Enter shows every problem instead of doing nothing.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isAltDown() || e.isControlDown() || e.isShiftDown()
                    || e.isMetaDown() || e.isShortcutDown() || pages.isEmpty()) {
                return;
            }
            Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
            boolean selection = focus instanceof ToggleButton || focus instanceof CheckBox || focus instanceof TextArea;
            if (next.isDisabled()) {
                currentPage().revealProblems();
                if (selection) {
                    e.consume();
                }
            } else if (selection) {
                e.consume();
                next();
            }
        });
        // Tabbing through a long page must never leave the focused field below the fold.
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.focusOwnerProperty().addListener((f, before, focused) -> {
                    if (focused != null && isInPage(focused)) {
                        scrollIntoView(focused);
                    }
                });
            }
        });
    }

    /** Shows the top of the page. */
    public void scrollToTop() {
        scroller.setVvalue(0);
    }

    /**
     * Scrolls the page just enough to show {@code node} (a node on the current page), together with the node it was
     * told to be shown with ({@link #showWith}).
     */
    public void scrollIntoView(Node node) {
        Node content = scroller.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        if (node.getProperties().get(SHOW_WITH) instanceof Node other && other.getScene() == node.getScene()) {
            Bounds o = content.sceneToLocal(other.localToScene(other.getLayoutBounds()));
            double minY = Math.min(b.getMinY(), o.getMinY());
            double maxY = Math.max(b.getMaxY(), o.getMaxY());
            if (maxY - minY + 48 <= viewport) {
                b = new BoundingBox(b.getMinX(), minY, b.getWidth(), maxY - minY);
            }
        }
        double range = contentHeight - viewport;
        double top = scroller.getVvalue() * range;
        double margin = 24;
        if (b.getMinY() - margin < top) {
            top = b.getMinY() - margin;
        } else if (b.getMaxY() + margin > top + viewport) {
            top = Math.min(b.getMinY() - margin, b.getMaxY() + margin - viewport);
        } else {
            return;
        }
        scroller.setVvalue(Math.max(0, Math.min(1, top / range)));
    }

    /** Whenever {@code node} takes the focus, {@code context} (e.g. the result it follows) is brought on screen too. */
    static void showWith(Node node, Node context) {
        node.getProperties().put(SHOW_WITH, context);
    }

    private boolean isInPage(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == pageHolder) {
                return true;
            }
        }
        return false;
    }

    /** Puts a node to the right of the page, or removes it with null. */
    public void setAside(Node aside) {
        middle.getChildren().setAll(scroller);
        if (aside != null) {
            middle.getChildren().add(aside);
        }
    }

    public Parent node() {
        return root;
    }

    /** Starts over on step one with these pages (a fresh set per consultation). */
    public void begin(List<WizardPage> newPages) {
        begin(newPages, 0);
    }

    /** Starts with these pages on step {@code step} (0-based), e.g. where an unfinished consultation was left. */
    public void begin(List<WizardPage> newPages, int step) {
        if (newPages.isEmpty()) {
            throw new IllegalArgumentException("A wizard needs at least one page");
        }
        pages = List.copyOf(newPages);
        indicator.setSteps(pages.stream().map(WizardPage::title).toList());
        current.set(-1);
        display(Math.max(0, Math.min(step, newPages.size() - 1)));
    }

    public ReadOnlyIntegerProperty currentStepProperty() {
        return current.getReadOnlyProperty();
    }

    public int stepCount() {
        return pages.size();
    }

    /** The pages of this run, in order. */
    public List<WizardPage> pages() {
        return pages;
    }

    public WizardPage currentPage() {
        return pages.get(current.get());
    }

    /** Runs when Next is pressed on the last page. */
    public void setOnFinish(Runnable onFinish) {
        this.onFinish = onFinish;
    }

    /** Moves on if the page is complete; on the last page, finishes. */
    public void next() {
        if (!currentPage().valid().get()) {
            return;
        }
        if (current.get() == pages.size() - 1) {
            onFinish.run();
        } else {
            display(current.get() + 1);
        }
    }

    public void back() {
        if (current.get() > 0) {
            display(current.get() - 1);
        }
    }

    /** Brings the page back on screen and puts focus in it, e.g. after returning to this view. */
    public void focusPage() {
        currentPage().shown();
        Scene scene = root.getScene();
        if (scene != null && !within(scene.getFocusOwner())) {
            (next.isDisabled() ? back : next).requestFocus();
        }
    }

    private void goBackTo(int step) {
        if (step < current.get()) {
            display(step);
        }
    }

    private void display(int step) {
        WizardPage page = pages.get(step);
        current.set(step);
        indicator.setCurrent(step);
        stepCaption.setText(text.format("wizard.step.caption", step + 1, pages.size()));
        pageHolder.getChildren().setAll(page.content());
        scroller.setVvalue(0);

        boolean last = step == pages.size() - 1;
        next.setText(text.get(last ? "wizard.finish" : "wizard.next"));
        next.setAccessibleText(text.get(last ? "wizard.finish.accessible" : "wizard.next.accessible"));
        next.setTooltip(new Tooltip(text.get(last ? "wizard.finish.tooltip" : "wizard.next.tooltip")));
        next.disableProperty().unbind();
        next.disableProperty().bind(Bindings.not(page.valid()));
        back.setDisable(step == 0);
        String hint = text.get(last ? "wizard.hint.finish" : "wizard.hint.next");
        keyHint.textProperty().unbind();
        if (page.blocking() == null) {
            keyHint.setText(hint);
        } else {
            keyHint.textProperty().bind(Bindings.when(page.valid()).then(hint).otherwise(page.blocking()));
        }
        focusPage();
    }

    private boolean within(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
