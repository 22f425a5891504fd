package org.tierdesk.ui.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.program.Program;
import org.tierdesk.store.standing.ExpiryWarning;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * The Portfolio table's standing columns, for any row type that knows its partner id: progress toward the target
 * tier (a bar, sortable by the share), the top gap in words, and the flags as icons with tooltips (sortable: upgrade
 * due, at risk, expiring soon, none). Also the colour class of a held-tier badge.
 */
public final class StandingColumns<R> {
    private final PortfolioStandingsModel standings;
    private final Messages messages;
    private final ToLongFunction<R> partnerId;

    public StandingColumns(PortfolioStandingsModel standings, Messages messages, ToLongFunction<R> partnerId) {
        this.standings = standings;
        this.messages = messages;
        this.partnerId = partnerId;
    }

    public List<TableColumn<R, ?>> columns() {
        return List.of(progress(), topGap(), flags());
    }

    /** "tier-rank-N": the tier's place on its track (0 lowest), so badges darken as partners climb. */
    public static String badgeStyle(Program program, String tierId) {
        if (program == null || tierId == null) {
            return "tier-rank-0";
        }
        var tier = program.tier(tierId).orElse(null);
        if (tier == null) {
            return "tier-rank-0";
        }
        if (tier.addOn()) {
            return "tier-rank-addon";
        }
        long below = program.tiers().stream().filter(t -> !t.addOn() && java.util.Objects.equals(t.track(),
                tier.track()) && program.tierIndex(t.id()) < program.tierIndex(tierId)).count();
        return "tier-rank-" + Math.min(below, 3);
    }

    /** The badge class of a partner's held tier, from its standing. */
    public String badgeStyle(long id) {
        PartnerStanding s = standings.of(id);
        return s == null ? "tier-rank-0" : badgeStyle(standings.program(s.programId()), s.heldTier());
    }

    private TableColumn<R, Number> progress() {
        TableColumn<R, Number> column = new TableColumn<>(messages.get("portfolio.column.progress"));
        column.setId("column-progress");
        column.setPrefWidth(190);
        column.setCellValueFactory(c -> {
            PartnerStanding s = standings.of(partnerId.applyAsLong(c.getValue()));
            return new ReadOnlyObjectWrapper<>(s == null ? -1.0 : s.progress());
        });
        Formats formats = new Formats(messages.locale());
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final HBox box = new HBox(8, bar, text);

            {
                bar.setPrefWidth(110);
                bar.getStyleClass().add("small");
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.doubleValue() < 0) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(item.doubleValue());
                text.setText(formats.percent(java.math.BigDecimal.valueOf(Math.floor(item.doubleValue() * 100))));
                PartnerStanding s = standings.of(partnerId.applyAsLong(getTableRow().getItem()));
                if (s != null) {
                    setTooltip(new Tooltip(messages.format("portfolio.progress.tip",
                            tierLabel(s, s.targetTier()))));
                }
                setGraphic(box);
            }
        });
        return column;
    }

    private TableColumn<R, String> topGap() {
        TableColumn<R, String> column = new TableColumn<>(messages.get("portfolio.column.topGap"));
        column.setId("column-top-gap");
        column.setPrefWidth(280);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                standings.topGap(partnerId.applyAsLong(c.getValue()))));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        return column;
    }

    private TableColumn<R, Number> flags() {
        TableColumn<R, Number> column = new TableColumn<>(messages.get("portfolio.column.flags"));
        column.setId("column-flags");
        column.setPrefWidth(96);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                standings.flagRank(partnerId.applyAsLong(c.getValue()))));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                R row = getTableRow() == null ? null : getTableRow().getItem();
                PartnerStanding s = empty || row == null ? null : standings.of(partnerId.applyAsLong(row));
                if (s == null) {
                    setGraphic(null);
                    return;
                }
                HBox icons = new HBox(6);
                icons.setAlignment(Pos.CENTER_LEFT);
                if (s.upgradeDue()) {
                    icons.getChildren().add(icon("flag-upgrade", Feather.ARROW_UP_CIRCLE, "flag-upgrade-icon",
                            messages.get("standing.flag.upgradeDue")));
                }
                if (s.atRisk()) {
                    icons.getChildren().add(icon("flag-risk", Feather.ALERT_TRIANGLE, "flag-risk-icon",
                            messages.get("standing.flag.atRisk")));
                }
                if (s.expiringSoon()) {
                    icons.getChildren().add(icon("flag-expiring", Feather.CLOCK, "flag-expiring-icon",
                            expiringTip(s)));
                }
                setGraphic(icons);
            }
        });
        return column;
    }

    private Label icon(String id, Feather glyph, String style, String tip) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add(style);
        Label label = new Label(null, icon);
        label.setId(id);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        label.setTooltip(tooltip);
        return label;
    }

    private String expiringTip(PartnerStanding s) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("standing.flag.expiring"));
        Formats formats = new Formats(messages.locale());
        for (ExpiryWarning w : s.expiring()) {
            String label = w.requirement().requirement().label().in(messages.locale());
            lines.add(w.kind() == ExpiryWarning.Kind.CERTIFICATION
                    ? messages.format("standing.warning.certification", label, formats.date(w.on()),
                    formats.number(w.current()), formats.number(w.expected()))
                    : messages.format("standing.warning.pace", label, formats.number(w.current()),
                    formats.number(w.expected().setScale(0, java.math.RoundingMode.CEILING))));
        }
        return String.join("\n", lines);
    }

    private String tierLabel(PartnerStanding s, String tierId) {
        Program program = standings.program(s.programId());
        return program == null ? tierId : program.tier(tierId).map(t -> t.label().in(messages.locale()))
                .orElse(tierId);
    }
}
