package com.clearpath.ui.common;

import javafx.scene.Node;

/** One of the main window's views, picked from the navigation. */
public interface MainView {

    Node node();

    /** Called each time the view comes on screen: put the keyboard focus where work starts. */
    default void shown() {
    }
}
