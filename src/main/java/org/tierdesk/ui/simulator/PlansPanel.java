package org.tierdesk.ui.simulator;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tierdesk.store.plan.SimulatorPlan;
import org.tierdesk.ui.Messages;

/** Save the what-if as a named plan of this partner; open or delete one of its plans. */
final class PlansPanel {
    private final VBox root;

    PlansPanel(SimulatorViewModel model, Messages messages) {
        TextField name = new TextField();
        name.setId("plan-name");
        name.setPromptText(messages.get("simulator.plan.namePrompt"));
        name.textProperty().bindBidirectional(model.planNameProperty());
        Button save = new Button(messages.get("simulator.plan.save"));
        save.setId("plan-save");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setOnAction(e -> model.savePlan());
        name.setOnAction(e -> model.savePlan());
        HBox saving = new HBox(8, name, save);
        HBox.setHgrow(name, Priority.ALWAYS);
        saving.setAlignment(Pos.CENTER_LEFT);

        ListView<SimulatorPlan> list = new ListView<>(model.plans());
        list.setId("plan-list");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(messages.get("simulator.plan.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SimulatorPlan plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? null : plan.name() + (plan.readable() ? ""
                        : " " + messages.get("simulator.plan.broken")));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.openPlan(list.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button(messages.get("simulator.plan.open"));
        open.setId("plan-open");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.openPlan(list.getSelectionModel().getSelectedItem()));
        Button delete = new Button(messages.get("simulator.plan.delete"));
        delete.setId("plan-delete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deletePlan(list.getSelectionModel().getSelectedItem()));
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, open, delete);
        root = new VBox(8, SimulatorView.subTitle(messages.get("simulator.plan.title")), saving, list, buttons);
    }

    Node node() {
        return root;
    }
}
