package org.tierdesk.ui.standing;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;


/** The Portfolio's header strip: per program, how many partners hold each tier. Node id: tier-counts. */
public final class TierCountStrip {
    private final FlowPane strip = new FlowPane(18, 6);

    public TierCountStrip(PortfolioStandingsModel standings) {
        strip.setId("tier-counts");
        strip.getStyleClass().add("tier-counts");
        standings.counts().addListener((ListChangeListener<PortfolioStandingsModel.TierCounts>) c ->
                fill(standings));
        fill(standings);
    }

    public Node node() {
        return strip;
    }

    private void fill(PortfolioStandingsModel standings) {
        strip.getChildren().clear();
        for (PortfolioStandingsModel.TierCounts counts : standings.counts()) {
            Label program = new Label(counts.program());
            program.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
            HBox group = new HBox(6, program);
            group.setAlignment(Pos.CENTER_LEFT);
            group.setId("tier-counts-" + counts.programId());
            counts.byTierLabel().forEach((tier, n) -> {
                Label count = new Label(tier + " " + n);
                count.getStyleClass().addAll("tier-count", Styles.TEXT_SMALL);
                group.getChildren().add(count);
            });
            strip.getChildren().add(group);
        }
    }
}
