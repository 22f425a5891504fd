package org.tierdesk.ui.settings;

import java.util.function.BiFunction;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Messages;

/**
 * The Password card of Settings. Node ids: {@code password-state}, {@code password-current},
 * {@code password-new}, {@code password-repeat}, {@code password-set}, {@code password-remove},
 * {@code password-settings-problem}.
 */
final class PasswordPane {
    private final Node node;

    PasswordPane(PasswordViewModel model, Messages messages, BiFunction<String, Node, Node> section) {
        boolean protectedNow = model.isProtected();
        Label state = new Label(messages.get(protectedNow ? "passwordSettings.protected"
                : "passwordSettings.unprotected"));
        state.setId("password-state");
        state.setGraphic(new FontIcon(protectedNow ? Feather.LOCK : Feather.UNLOCK));
        state.setWrapText(true);
        Label hint = new Label(messages.get("passwordSettings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        int row = 0;
        if (protectedNow) {
            form.addRow(row++, label(messages, "passwordSettings.current"),
                    field("password-current", model.currentProperty()));
        }
        form.addRow(row++, label(messages, "passwordSettings.new"), field("password-new", model.newProperty()));
        form.addRow(row, label(messages, "passwordSettings.repeat"),
                field("password-repeat", model.repeatProperty()));

        Button set = new Button(messages.get(protectedNow ? "passwordSettings.change" : "passwordSettings.set"),
                new FontIcon(Feather.LOCK));
        set.setId("password-set");
        set.getStyleClass().add(Styles.ACCENT);
        set.setOnAction(e -> {
            if (model.setPassword()) {
                Notice.show(messages, messages.get("settings.password"),
                        messages.get(protectedNow ? "passwordSettings.doneChanged" : "passwordSettings.doneSet"));
            }
        });
        HBox actions = new HBox(10, set);
        if (protectedNow) {
            Button remove = new Button(messages.get("passwordSettings.remove"), new FontIcon(Feather.UNLOCK));
            remove.setId("password-remove");
            remove.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
            remove.setOnAction(e -> {
                if (model.removePassword()) {
                    Notice.show(messages, messages.get("settings.password"),
                            messages.get("passwordSettings.doneRemoved"));
                }
            });
            actions.getChildren().add(remove);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("password-settings-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        node = section.apply("settings.password", new VBox(10, state, hint, form, actions, problem));
    }

    Node node() {
        return node;
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefWidth(280);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
