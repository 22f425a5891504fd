package org.tierdesk.ui.simulator;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tierdesk.engine.path.AccumulationCliff;
import org.tierdesk.engine.path.BonusCliff;
import org.tierdesk.engine.path.PathAction;
import org.tierdesk.engine.path.PathStep;
import org.tierdesk.engine.path.TierPath;
import org.tierdesk.ui.Messages;

/** The path to the target tier: each unmet requirement with its alternatives (each with Apply), then the cliffs. */
final class PathPanel {
    private final SimulatorViewModel model;
    private final Messages messages;
    private final SimulatorTexts texts;
    private final VBox steps = new VBox(8);
    private final VBox cliffs = new VBox(6);
    private final Label verdict = new Label();
    private final Button applyAll = new Button();
    private final VBox root;

    PathPanel(SimulatorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.texts = model.texts();
        ComboBox<String> target = new ComboBox<>(model.targets());
        target.setId("path-target");
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tier) {
                return tier == null ? messages.get("simulator.path.chooseTarget") : texts.tier(tier);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.setPromptText(messages.get("simulator.path.chooseTarget"));
        Label label = new Label(messages.get("simulator.path.target"));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        target.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox choose = new HBox(8, label, target);
        choose.setAlignment(Pos.CENTER_LEFT);
        Label title = SimulatorView.sectionTitle(messages.get("simulator.path.title"));
        title.setWrapText(true);
        VBox head = new VBox(8, title, choose);
        verdict.setId("path-verdict");
        verdict.setWrapText(true);
        applyAll.setId("apply-proposal");
        applyAll.setText(messages.get("simulator.path.applyAll"));
        applyAll.getStyleClass().add("accent");
        applyAll.setWrapText(true);
        applyAll.setOnAction(e -> model.applyProposal());
        steps.setId("path-steps");
        cliffs.setId("cliffs");
        root = new VBox(10, head, verdict, steps, applyAll, SimulatorView.subTitle(messages.get("simulator.cliffs")),
                cliffs);
        root.getStyleClass().add("simulator-card");
        model.pathProperty().addListener((obs, old, path) -> showPath(path));
        model.accumulationCliffProperty().addListener((obs, old, c) -> showCliffs());
        model.bonusCliffs().addListener((javafx.collections.ListChangeListener<BonusCliff>) ch -> showCliffs());
        showPath(model.pathProperty().get());
        showCliffs();
    }

    Node node() {
        return root;
    }

    private void showPath(TierPath path) {
        steps.getChildren().clear();
        applyAll.setVisible(path != null && !path.alreadyQualified() && !path.steps().isEmpty());
        applyAll.setManaged(applyAll.isVisible());
        if (path == null) {
            verdict.setText(messages.get("simulator.path.noTarget"));
            return;
        }
        String tier = texts.tier(path.target());
        if (path.alreadyQualified()) {
            verdict.setText(messages.format("simulator.path.qualified", tier));
            return;
        }
        String text;
        if (!path.reachable()) {
            text = messages.format("simulator.path.unreachable", tier);
        } else if (path.reachableBySalesAlone()) {
            text = messages.format("simulator.path.bySales", tier);
        } else {
            List<String> other = path.notBySales().stream().map(s -> texts.requirement(s.requirement())).toList();
            text = messages.format("simulator.path.notBySales", tier, String.join("; ", other));
        }
        verdict.setText(text);
        int i = 0;
        for (PathStep step : path.steps()) {
            Label what = new Label(texts.requirement(step.requirement()) + " — " + texts.gap(step.requirement()));
            what.setWrapText(true);
            what.getStyleClass().add("step-title");
            VBox box = new VBox(4, what);
            int j = 0;
            for (PathAction action : step.options()) {
                box.getChildren().add(option(action, "apply-" + i + "-" + j, j == 0));
                j++;
            }
            steps.getChildren().add(box);
            i++;
        }
    }

    private Node option(PathAction action, String id, boolean first) {
        Label text = new Label((first ? "" : messages.get("simulator.path.or") + " ") + texts.action(action));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button apply = new Button(messages.get("simulator.path.apply"));
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setId(id);
        apply.getStyleClass().add("small");
        apply.setOnAction(e -> model.apply(action));
        HBox row = new HBox(8, text, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("path-option");
        return row;
    }

    private void showCliffs() {
        cliffs.getChildren().clear();
        AccumulationCliff accumulation = model.accumulationCliffProperty().get();
        if (accumulation != null) {
            Label label = new Label(texts.accumulation(accumulation));
            label.setId("cliff-accumulation");
            label.setWrapText(true);
            label.getStyleClass().add("cliff");
            cliffs.getChildren().add(label);
        }
        int i = 0;
        for (BonusCliff cliff : model.bonusCliffs()) {
            Label label = new Label(texts.bonus(cliff));
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            Button apply = new Button(messages.get("simulator.path.apply"));
            apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            apply.setId("apply-bonus-" + i++);
            apply.getStyleClass().add("small");
            apply.setOnAction(e -> model.apply(cliff.options().get(0)));
            HBox row = new HBox(8, label, apply);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("cliff");
            cliffs.getChildren().add(row);
        }
        if (cliffs.getChildren().isEmpty()) {
            cliffs.getChildren().add(new Label(messages.get("simulator.cliffs.none")));
        }
    }
}
