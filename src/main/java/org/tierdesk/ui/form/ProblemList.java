package org.tierdesk.ui.form;

import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list of "line 7: ..." style problems, each wrapped to the list's width so the whole reason is read. */
public final class ProblemList {
    private ProblemList() {
    }

    public static ListView<String> of(String id, ObservableList<String> problems) {
        ListView<String> list = new ListView<>(problems);
        list.setId(id);
        list.getStyleClass().add("problem-list");
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(44));
                setMaxWidth(Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return list;
    }
}
