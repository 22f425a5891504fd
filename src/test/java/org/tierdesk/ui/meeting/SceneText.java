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
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.tierdesk.ui.LazyTooltip;

/**
 * Every text a scene can show: labels and buttons, text nodes, text fields and their prompts, tooltips (set or
 * installed), menus (menu bar, menu buttons, context menus), the items of lists, tables, trees, combo and choice
 * boxes (shown or not), the window title, and every other window showing (popups, dialogs).
 */
final class SceneText {
    private SceneText() {
    }

    static List<String> of(Stage stage) {
        List<String> texts = new ArrayList<>();
        texts.add(stage.getTitle());
        Scene scene = stage.getScene();
        walk(scene.getRoot(), texts);
        // popups, menus and dialogs showing over the window
        for (Window window : Window.getWindows()) {
            if (window != stage && window.isShowing() && window.getScene() != null) {
                if (window instanceof Stage other) {
                    texts.add(other.getTitle());
                }
                walk(window.getScene().getRoot(), texts);
            }
        }
        return texts;
    }

    private static void menu(MenuItem item, List<String> texts) {
        texts.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> menu(child, texts));
        }
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
        if (node instanceof Control control) {
            LazyTooltip.textOf(control).ifPresent(texts::add);
        }
        if (node instanceof Control control && control.getContextMenu() != null) {
            control.getContextMenu().getItems().forEach(item -> menu(item, texts));
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(item -> menu(item, texts));
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(item -> menu(item, texts));
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
