package org.tierdesk.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.tierdesk.store.RateEntry;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.form.FactTable;
import org.tierdesk.ui.form.FormDialog;
import org.tierdesk.ui.form.FormModel;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Theme;
import org.tierdesk.ui.UiSettings;

/** The Settings screen: appearance, exchange rates, the data folder. */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox content = new VBox(20);
    private final ScrollPane root = new ScrollPane(content);

    public SettingsView(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        root.setId("settings-screen");
        root.setFitToWidth(true);
        root.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        content.setPadding(new Insets(24, 28, 28, 28));
        content.setMaxWidth(900);
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        content.getChildren().addAll(title, appearance(), manager(), rates(), dataFolder(),
                new BackupsPane(model.backups(), messages, this::section).node(),
                new PasswordPane(model.password(), messages, this::section).node());
    }

    public Node node() {
        return root;
    }

    private Node appearance() {
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(model.languages()));
        language.setId("language-choice");
        language.setConverter(converter(l -> messages.get("language." + l.tag())));
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setPrefWidth(240);

        ComboBox<Theme> theme = new ComboBox<>(FXCollections.observableArrayList(model.themes()));
        theme.setId("theme-choice");
        theme.setConverter(converter(t -> messages.get("theme." + t.id())));
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setPrefWidth(240);

        GridPane form = form();
        form.addRow(0, fieldLabel("settings.language"), language);
        form.addRow(1, fieldLabel("settings.theme"), theme);
        return section("settings.appearance", form);
    }

    /** The name printed on the PDF summaries the manager hands over. */
    private Node manager() {
        TextField manager = new TextField();
        manager.setId("manager-name");
        manager.setPromptText(messages.get("settings.managerName.prompt"));
        manager.setPrefWidth(240);
        manager.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= UiSettings.MANAGER_NAME_LENGTH ? change : null));
        manager.textProperty().bindBidirectional(model.managerNameProperty());
        manager.setOnAction(e -> model.showManagerNameAsKept());
        manager.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.showManagerNameAsKept();
            }
        });
        Label managerHint = new Label(messages.get("settings.managerName.hint"));
        managerHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        managerHint.setWrapText(true);

        GridPane form = form();
        form.addRow(0, fieldLabel("settings.managerName"), new VBox(4, manager, managerHint));
        return section("settings.pdf", form);
    }

    private Node rates() {
        FactTable<RateEntry> table = new FactTable<>("rate", messages, model.rates(),
                () -> open(model.rateForm(null)), r -> open(model.rateForm(r)), r -> {
                    String refused = model.delete(r);
                    if (!refused.isEmpty()) {
                        Alert alert = new Alert(Alert.AlertType.WARNING, refused);
                        alert.initOwner(window());
                        alert.setHeaderText(messages.get("rate.deleteRefused"));
                        alert.showAndWait();
                    }
                });
        table.column("rate.field.date", r -> r.rate().date(), formats::date, 140);
        table.text("rate.field.from", r -> r.rate().from(), 100);
        table.text("rate.field.to", r -> r.rate().to(), 100);
        table.column("rate.field.rate", r -> r.rate().rate(), formats::number, 140);
        table.table().setPrefHeight(260);
        Label hint = new Label(messages.get("rate.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return section("settings.rates", new VBox(10, hint, table.node()));
    }

    private void open(FormModel form) {
        if (new FormDialog(form, messages, window()).showAndWait()) {
            model.refresh();
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node dataFolder() {
        TextField path = new TextField(model.dataFolder());
        path.setId("data-folder");
        path.setEditable(false);
        GridPane.setHgrow(path, Priority.ALWAYS);
        Label hint = new Label(messages.get("settings.dataFolder.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        GridPane form = form();
        form.addRow(0, fieldLabel("settings.dataFolder"), path);
        form.add(hint, 1, 1);
        return section("settings.data", form);
    }

    Node section(String titleKey, Node body) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(12, title, body);
        card.getStyleClass().add("note-card");
        return card;
    }

    private Label fieldLabel(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
