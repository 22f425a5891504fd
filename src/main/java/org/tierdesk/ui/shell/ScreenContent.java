package org.tierdesk.ui.shell;

import javafx.scene.Node;

/** A screen as the shell holds it: its nodes, and a refresh run each time it is shown (facts may have changed). */
public interface ScreenContent {
    Node node();

    void refresh();

    static ScreenContent of(Node node, Runnable refresh) {
        return new ScreenContent() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void refresh() {
                refresh.run();
            }
        };
    }
}
