package org.tierdesk.ui.standing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Messages;

/**
 * The program's tiers as steps, lowest first, grouped by track (and add-ons) where the program has several: the
 * held tier filled, qualified tiers ticked, the target outlined. Node ids: ladder-TIER.
 */
final class TierLadder {
    private TierLadder() {
    }

    static Node of(List<TierStep> steps, Messages messages) {
        Map<String, HBox> groups = new LinkedHashMap<>();
        for (TierStep step : steps) {
            HBox group = groups.computeIfAbsent(step.group() == null ? "" : step.group(), g -> {
                HBox row = new HBox(6);
                row.setAlignment(Pos.CENTER_LEFT);
                return row;
            });
            if (!group.getChildren().isEmpty()) {
                FontIcon arrow = new FontIcon(step.group() != null && step.group().equals(
                        messages.get("standing.ladder.addOn")) ? Feather.PLUS : Feather.CHEVRON_RIGHT);
                arrow.getStyleClass().add("ladder-arrow");
                group.getChildren().add(arrow);
            }
            group.getChildren().add(step(step, messages));
        }
        VBox ladder = new VBox(8);
        ladder.setId("tier-ladder");
        groups.forEach((name, row) -> {
            if (name.isEmpty()) {
                ladder.getChildren().add(row);
            } else {
                Label title = new Label(name);
                title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                title.setMinWidth(170);
                HBox line = new HBox(10, title, row);
                line.setAlignment(Pos.CENTER_LEFT);
                ladder.getChildren().add(line);
            }
        });
        return ladder;
    }

    private static Node step(TierStep step, Messages messages) {
        Label label = new Label(step.label());
        label.setId("ladder-" + step.id());
        label.getStyleClass().add("ladder-step");
        if (step.held()) {
            label.getStyleClass().add("held");
        }
        if (step.qualified()) {
            label.getStyleClass().add("qualified");
            label.setGraphic(new FontIcon(Feather.CHECK));
        }
        if (step.target()) {
            label.getStyleClass().add("target");
        }
        StringBuilder tip = new StringBuilder();
        if (step.held()) {
            tip.append(messages.get("standing.ladder.held"));
        }
        if (step.qualified()) {
            tip.append(tip.isEmpty() ? "" : " · ").append(messages.get("standing.ladder.qualified"));
        }
        if (step.target()) {
            tip.append(tip.isEmpty() ? "" : " · ").append(messages.get("standing.ladder.target"));
        }
        if (!tip.isEmpty()) {
            label.setTooltip(new javafx.scene.control.Tooltip(tip.toString()));
        }
        return label;
    }
}
