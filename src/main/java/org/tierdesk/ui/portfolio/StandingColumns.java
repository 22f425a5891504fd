package org.tierdesk.ui.portfolio;

import java.math.BigDecimal;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Formats;
import org.tierdesk.ui.LazyTooltip;
import org.tierdesk.ui.form.WrappingCell;
import org.tierdesk.ui.Messages;

/**
 * The Portfolio table's standing columns: progress toward the next tier (a bar and the share, sortable by it),
 * the top gap in words, and the flags as icons with tooltips (sortable: upgrade due, at risk, expiring soon, none).
 * Cells only read the row: the standings were computed once, when the portfolio was refreshed.
 */
final class StandingColumns {
    /** The flags' tooltips wrap at this width (pixels). */
    private static final double FLAG_TIP_WIDTH = 420;
    private final Messages messages;
    private final Formats formats;

    StandingColumns(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    List<TableColumn<PortfolioRow, ?>> columns() {
        return List.of(progress(), topGap(), flags());
    }

    private TableColumn<PortfolioRow, Number> progress() {
        TableColumn<PortfolioRow, Number> column = new TableColumn<>(messages.get("portfolio.column.progress"));
        column.setId("column-progress");
        column.setPrefWidth(130);
        column.setMinWidth(120);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().progress()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final HBox box = new HBox(8, bar, text);
            private final LazyTooltip tip = LazyTooltip.on(this, 0);

            {
                bar.setPrefWidth(80);
                bar.setMinWidth(50);
                bar.getStyleClass().add("small");
                text.setMinWidth(Label.USE_PREF_SIZE);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                PortfolioRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || !row.hasStanding()) {
                    setGraphic(null);
                    tip.setText("");
                    return;
                }
                bar.setProgress(row.progress());
                text.setText(formats.percent(BigDecimal.valueOf(Math.floor(row.progress() * 100))));
                tip.setText(messages.format("portfolio.progress.tip", row.target()));
                setGraphic(box);
            }
        });
        return column;
    }

    private TableColumn<PortfolioRow, String> topGap() {
        TableColumn<PortfolioRow, String> column = new TableColumn<>(messages.get("portfolio.column.topGap"));
        column.setId("column-top-gap");
        column.setPrefWidth(300);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().topGap()));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setCellFactory(c -> new WrappingCell<>());
        return column;
    }

    private TableColumn<PortfolioRow, Number> flags() {
        TableColumn<PortfolioRow, Number> column = new TableColumn<>(messages.get("portfolio.column.flags"));
        column.setId("column-flags");
        column.setPrefWidth(80);
        column.setMinWidth(70);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().flagRank()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label upgrade = icon("flag-upgrade", Feather.ARROW_UP_CIRCLE, "flag-upgrade-icon");
            private final Label risk = icon("flag-risk", Feather.ALERT_TRIANGLE, "flag-risk-icon");
            private final Label expiring = icon("flag-expiring", Feather.CLOCK, "flag-expiring-icon");
            private final LazyTooltip expiringTip = LazyTooltip.on(expiring, FLAG_TIP_WIDTH);
            private final HBox icons = new HBox(6);

            {
                LazyTooltip.on(upgrade, FLAG_TIP_WIDTH).setText(messages.get("standing.flag.upgradeDue") + "\n"
                        + messages.get("standing.flag.upgradeDue.tip"));
                LazyTooltip.on(risk, FLAG_TIP_WIDTH).setText(messages.get("standing.flag.atRisk") + "\n"
                        + messages.get("standing.flag.atRisk.tip"));
                icons.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                PortfolioRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || !row.hasStanding()) {
                    setGraphic(null);
                    return;
                }
                icons.getChildren().clear();
                if (row.upgradeDue()) {
                    icons.getChildren().add(upgrade);
                }
                if (row.atRisk()) {
                    icons.getChildren().add(risk);
                }
                if (row.expiringSoon()) {
                    expiringTip.setText(messages.get("standing.flag.expiring") + "\n"
                            + String.join("\n", row.expiring()));
                    icons.getChildren().add(expiring);
                }
                setGraphic(icons);
            }
        });
        return column;
    }

    private static Label icon(String id, Feather glyph, String style) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add(style);
        Label label = new Label(null, icon);
        label.setId(id);
        return label;
    }
}
