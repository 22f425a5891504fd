package org.tierdesk.ui.standing;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Messages;

/**
 * A tier's requirements, one row each: met or not, the requirement with the program's assumption note beneath
 * (and as a tooltip), a progress bar, current / required, and the gap in words. Node ids name tier and
 * requirement: req-bar-TIER-ID, req-figures-TIER-ID, req-gap-TIER-ID.
 */
final class RequirementList {
    private RequirementList() {
    }

    static GridPane of(List<RequirementRow> rows, Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("requirement-list");
        grid.setHgap(14);
        grid.setVgap(8);
        ColumnConstraints icon = new ColumnConstraints(20);
        ColumnConstraints label = new ColumnConstraints(220, 300, 420);
        label.setHgrow(Priority.SOMETIMES);
        ColumnConstraints bar = new ColumnConstraints(160);
        ColumnConstraints figureColumn = new ColumnConstraints(150, 170, 260);
        figureColumn.setHalignment(HPos.RIGHT);
        ColumnConstraints gap = new ColumnConstraints(160, 260, Double.MAX_VALUE);
        gap.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(icon, label, bar, figureColumn, gap);
        int line = 0;
        for (RequirementRow row : rows) {
            String key = row.tier() + "-" + row.id();
            FontIcon status = new FontIcon(row.met() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
            status.getStyleClass().add(row.met() ? "requirement-met" : "requirement-open");
            Label name = new Label(row.label());
            name.setWrapText(true);
            VBox text = new VBox(2, name);
            if (!row.note().isBlank()) {
                Label note = new Label(row.note());
                note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                note.setWrapText(true);
                text.getChildren().add(note);
                Tooltip tip = new Tooltip(row.note());
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                Tooltip.install(name, tip);
            }
            ProgressBar progress = new ProgressBar(row.progress());
            progress.setId("req-bar-" + key);
            progress.setPrefWidth(160);
            progress.getStyleClass().add(row.met() ? Styles.SUCCESS : row.progress() >= 0.5 ? Styles.WARNING
                    : Styles.DANGER);
            progress.getStyleClass().add(Styles.SMALL);
            Label figures = new Label(messages.format("standing.requirement.figures", row.currentText(),
                    row.requiredText()));
            figures.setId("req-figures-" + key);
            Label missing = new Label(row.met() ? messages.get("standing.requirement.met") : row.gap());
            missing.setId("req-gap-" + key);
            missing.setWrapText(true);
            missing.getStyleClass().add(row.met() ? Styles.SUCCESS : Styles.DANGER);
            grid.addRow(line++, status, text, progress, figures, missing);
            GridPane.setValignment(status, javafx.geometry.VPos.TOP);
            GridPane.setValignment(text, javafx.geometry.VPos.TOP);
            GridPane.setValignment(progress, javafx.geometry.VPos.TOP);
            GridPane.setValignment(figures, javafx.geometry.VPos.TOP);
            GridPane.setValignment(missing, javafx.geometry.VPos.TOP);
            text.setAlignment(Pos.TOP_LEFT);
        }
        return grid;
    }
}
