package org.tierdesk.ui.portfolio;

import java.util.function.BiConsumer;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.tierdesk.ui.LazyTooltip;

/**
 * The Portfolio's header strip: per program, how many partners hold each tier; a count narrows the table to
 * those partners. Node ids: tier-counts, tier-counts-PROGRAM, tier-count-PROGRAM-TIER.
 */
final class TierCountStrip {
    private final VBox strip = new VBox(4);
    private final BiConsumer<String, String> show;

    TierCountStrip(ObservableList<TierCount> counts, BiConsumer<String, String> show) {
        this.show = show;
        strip.setId("tier-counts");
        strip.getStyleClass().add("tier-counts");
        counts.addListener((ListChangeListener<TierCount>) c -> fill(counts));
        fill(counts);
    }

    Node node() {
        return strip;
    }

    private void fill(ObservableList<TierCount> counts) {
        strip.getChildren().clear();
        for (TierCount count : counts) {
            Label program = new Label(count.program());
            program.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
            program.setMinWidth(Label.USE_PREF_SIZE);
            // a program's chips wrap within the window's width rather than widening the screen past it
            FlowPane group = new FlowPane(4, 4, program);
            group.setAlignment(Pos.CENTER_LEFT);
            group.setId("tier-counts-" + count.programId());
            for (TierCount.Tier tier : count.tiers()) {
                Button button = new Button(tier.label() + " " + tier.partners());
                button.setId("tier-count-" + count.programId() + "-" + tier.id());
                button.getStyleClass().addAll("tier-count", "tier-badge", tier.badgeStyle(), Styles.SMALL);
                button.setMinWidth(Button.USE_PREF_SIZE);
                LazyTooltip.on(button, 0).setText(count.program() + ": " + tier.label());
                button.setOnAction(e -> show.accept(count.programId(), tier.id()));
                if (tier.partners() == 0) {
                    button.getStyleClass().add("empty");
                }
                group.getChildren().add(button);
            }
            strip.getChildren().add(group);
        }
    }
}
