package org.tierdesk.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * Every text a scene can show: labels and buttons, text nodes, text fields and their prompts, tooltips (set or
 * installed), the items of lists, tables, trees, combo and choice boxes (shown or not), and the window title.
 */
final class SceneText {
    private SceneText() {
    }

    static List<String> of(Stage stage) {
        List<String> texts = new ArrayList<>();
        texts.add(stage.getTitle());
        Scene scene = stage.getScene();
        walk(scene.getRoot(), texts);
        return texts;
    }

    private static void walk(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Text text) {
            texts.add(text.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getText());
            texts.add(input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        Object installed = node.getProperties().get("javafx.scene.control.Tooltip");
        if (installed instanceof Tooltip tooltip) {
            texts.add(tooltip.getText());
        }
        if (node instanceof ListView<?> list) {
            list.getItems().forEach(item -> texts.add(String.valueOf(item)));
        }
        if (node instanceof TableView<?> table) {
            table.getItems().forEach(item -> texts.add(String.valueOf(item)));
        }
        if (node instanceof TreeView<?> tree && tree.getRoot() != null) {
            texts.add(String.valueOf(tree.getRoot().getValue()));
        }
        if (node instanceof ComboBox<?> combo) {
            combo.getItems().forEach(item -> texts.add(String.valueOf(item)));
        }
        if (node instanceof ChoiceBox<?> choice) {
            choice.getItems().forEach(item -> texts.add(String.valueOf(item)));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, texts);
            }
        }
    }
}
