package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.whatif.Comparison;
import org.tierdesk.engine.whatif.Projection;
import org.tierdesk.engine.whatif.RequirementChange;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.ui.Messages;

/**
 * Before → after: the tier reached, qualified tiers, points, reward per category, bonuses, and the requirements of
 * the held and target tiers; what changed is highlighted. Rebuilt on every recompute (a few dozen labels).
 */
final class ComparisonPanel {
    private final SimulatorViewModel model;
    private final Messages messages;
    private final SimulatorTexts texts;
    private final GridPane summary = new GridPane();
    private final GridPane requirements = new GridPane();
    private final VBox root;

    ComparisonPanel(SimulatorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.texts = model.texts();
        summary.setId("comparison");
        summary.getStyleClass().add("comparison-grid");
        summary.setHgap(14);
        summary.setVgap(6);
        requirements.setId("comparison-requirements");
        requirements.getStyleClass().add("comparison-grid");
        requirements.setHgap(14);
        requirements.setVgap(4);
        // fixed shares, so a long value wraps inside its column instead of being cut to "Busin..."
        summary.getColumnConstraints().addAll(share(34), share(30), arrowColumn(), share(30));
        requirements.getColumnConstraints().addAll(share(42), share(24), arrowColumn(), share(23), markColumn());
        Label title = SimulatorView.sectionTitle(messages.get("simulator.comparison.title"));
        Label requirementsTitle = SimulatorView.subTitle(messages.get("simulator.comparison.requirements"));
        root = new VBox(10, title, summary, requirementsTitle, requirements);
        root.getStyleClass().add("simulator-card");
        model.comparisonProperty().addListener((obs, old, c) -> show(c));
        model.pathProperty().addListener((obs, old, p) -> show(model.comparison()));
        show(model.comparison());
    }

    Node node() {
        return root;
    }

    private void show(Comparison c) {
        summary.getChildren().clear();
        requirements.getChildren().clear();
        if (c == null) {
            return;
        }
        int row = 0;
        header(summary, row++);
        Projection before = c.before();
        Projection after = c.after();
        row(summary, row++, "tier", messages.get("simulator.comparison.tier"), texts.tier(before.tier()),
                texts.tier(after.tier()), c.tierChanged());
        row(summary, row++, "qualified", messages.get("simulator.comparison.qualified"),
                texts.tiers(before.qualifiedTiers()), texts.tiers(after.qualifiedTiers()),
                !before.qualifiedTiers().equals(after.qualifiedTiers()));
        if (before.standing().points().signum() != 0 || after.standing().points().signum() != 0
                || model.program().pointsRules() != null || model.program().accumulation() != null) {
            row(summary, row++, "points", messages.get("simulator.comparison.points"),
                    texts.points(before.points()), texts.points(after.points()), c.pointsChanged());
        }
        for (RewardCategory category : model.program().rewardCategories()) {
            BigDecimal a = before.rewards().get(category.id());
            BigDecimal b = after.rewards().get(category.id());
            if (a == null && b == null) {
                continue;
            }
            row(summary, row++, "reward-" + category.id(), messages.format("simulator.comparison.reward",
                            texts.category(category.id())), texts.percent(a), texts.percent(b),
                    c.rewardChanged(category.id()));
        }
        for (BonusResult bonus : after.bonuses()) {
            BonusResult was = before.bonuses().stream().filter(x -> x.bonus().id().equals(bonus.bonus().id()))
                    .findFirst().orElse(null);
            if (bonus.bonus().percentByTier().getOrDefault(after.tier(), BigDecimal.ZERO).signum() == 0
                    && (was == null || was.percent().signum() == 0)) {
                continue;
            }
            row(summary, row++, "bonus-" + bonus.bonus().id(), texts.bonusLabel(bonus.bonus()),
                    was == null ? "" : bonusText(was), bonusText(bonus), c.bonusChanged(bonus.bonus().id()));
        }
        int r = 0;
        String held = after.standing().heldTier();
        String target = model.targetProperty().get();
        String group = null;
        int metUnchanged = 0;
        for (RequirementChange change : c.requirements()) {
            String tier = change.tier();
            if (!Objects.equals(tier, held) && !Objects.equals(tier, target) && !Objects.equals(tier, after.tier())
                    && !change.changed()) {
                continue;
            }
            if (!Objects.equals(tier, group)) {
                r = metElsewhere(r, metUnchanged);
                metUnchanged = 0;
                group = tier;
                Label heading = new Label(texts.tier(tier));
                heading.getStyleClass().add("tier-group");
                heading.setId("requirements-of-" + tier);
                requirements.add(heading, 0, r++, 5, 1);
            }
            if (change.before().met() && change.after().met() && !change.changed()) {
                metUnchanged++;
                continue;
            }
            Label name = wrapping(texts.requirement(change.after()));
            name.getStyleClass().add("requirement-name");
            Label was = wrapping(figure(change.before()));
            Label now = wrapping(figure(change.after()));
            now.setId("after-requirement-" + tier + "-" + change.after().id());
            FontIcon mark = new FontIcon(change.after().met() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
            mark.getStyleClass().add(change.after().met() ? "mark-met" : "mark-unmet");
            if (change.changed()) {
                for (Label l : List.of(name, was, now)) {
                    l.getStyleClass().add("changed");
                }
            }
            requirements.addRow(r++, name, was, new Label("→"), now, mark);
        }
        metElsewhere(r, metUnchanged);
    }

    /** One line for a tier's requirements that were met and stay met, so the ones that matter stand out. */
    private int metElsewhere(int row, int count) {
        if (count == 0) {
            return row;
        }
        Label line = wrapping(messages.format("simulator.comparison.alsoMet", count));
        line.getStyleClass().add("also-met");
        FontIcon mark = new FontIcon(Feather.CHECK_CIRCLE);
        mark.getStyleClass().add("mark-met");
        requirements.add(line, 0, row, 4, 1);
        requirements.add(mark, 4, row);
        return row + 1;
    }

    private String figure(org.tierdesk.engine.standing.RequirementResult result) {
        if (result.met()) {
            return messages.get("simulator.met");
        }
        return texts.gap(result);
    }

    private String bonusText(BonusResult bonus) {
        return bonus.conditionMet() ? "+" + texts.percent(bonus.percent()) : messages.get("simulator.bonus.notMet");
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints share(double percent) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percent);
        return column;
    }

    private static ColumnConstraints arrowColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(6);
        column.setHalignment(HPos.CENTER);
        return column;
    }

    private static ColumnConstraints markColumn() {
        ColumnConstraints column = share(5);
        column.setHalignment(HPos.RIGHT);
        return column;
    }

    private void header(GridPane grid, int row) {
        Label before = new Label(messages.get("simulator.comparison.before"));
        Label after = new Label(messages.get("simulator.comparison.after"));
        before.getStyleClass().add("column-head");
        after.getStyleClass().add("column-head");
        grid.add(before, 1, row);
        grid.add(after, 3, row);
    }

    private void row(GridPane grid, int row, String key, String label, String before, String after,
                     boolean changed) {
        Label name = wrapping(label);
        Label was = wrapping(before);
        was.setId("before-" + key);
        Label now = wrapping(after);
        now.setId("after-" + key);
        now.getStyleClass().add("after-value");
        if (changed) {
            now.getStyleClass().add("changed");
        }
        Label arrow = new Label("→");
        GridPane.setHalignment(arrow, HPos.CENTER);
        grid.addRow(row, name, was, arrow, now);
    }
}
