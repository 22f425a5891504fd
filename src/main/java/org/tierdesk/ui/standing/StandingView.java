package org.tierdesk.ui.standing;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.program.VolumeUnit;
import org.tierdesk.store.Meeting;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PendingDowngrade;
import org.tierdesk.store.standing.PeriodSales;
import org.tierdesk.store.standing.SalesPeriod;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * A partner's standing: held tier and progress toward the target with the flags, the commands (grant an upgrade,
 * apply a downgrade, record a meeting), the tier ladder, the requirements of the next and the held tier, what
 * changed since the last meeting, rewards and bonuses, benefits, the sales chart and the points ledger. Rebuilt
 * from the view model each time it loads.
 */
public final class StandingView {
    private final StandingViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox content = new VBox(18);
    private final ScrollPane root = new ScrollPane(content);
    private final SalesChart chart = new SalesChart();
    private final TableView<LedgerRow> ledger = new TableView<>();

    public StandingView(StandingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        root.setId("standing-view");
        root.setFitToWidth(true);
        content.setPadding(new Insets(16, 20, 24, 20));
        content.getStyleClass().add("standing");
        chart.setId("standing-chart");
        chart.setPrefHeight(300);
        chart.setMinHeight(260);
        buildLedger();
        model.revisionProperty().addListener((obs, old, loads) -> rebuild(model.standingProperty().get()));
        rebuild(model.standingProperty().get());
    }

    public Node node() {
        return root;
    }

    private void rebuild(PartnerStanding standing) {
        if (standing == null) {
            content.getChildren().clear();
            return;
        }
        List<Node> sections = new ArrayList<>();
        sections.add(summary(standing));
        banners(standing).forEach(sections::add);
        sections.add(section("standing.section.ladder", TierLadder.of(model.ladder(), messages)));
        boolean atTop = standing.standing().nextTier() == null;
        sections.add(section(messages.format(atTop ? "standing.section.heldRequirements"
                        : "standing.section.nextRequirements", model.tierLabel(standing.targetTier())),
                RequirementList.of(model.targetRequirements(), messages)));
        if (!model.heldRequirements().isEmpty()) {
            sections.add(section(messages.format("standing.section.heldRequirements",
                    model.tierLabel(standing.heldTier())), RequirementList.of(model.heldRequirements(), messages)));
        }
        Meeting last = model.lastMeetingProperty().get();
        if (last != null) {
            List<String> since = new ArrayList<>();
            if (last.notes() != null && !last.notes().isBlank()) {
                since.add(messages.format("standing.since.notes", last.notes().strip()));
            }
            since.addAll(model.sinceMeeting());
            sections.add(section(messages.format("standing.section.since", formats.date(last.date())),
                    lines("since-meeting", since)));
        }
        HBox cards = new HBox(18, section("standing.section.rewards", rewards()),
                section("standing.section.benefits", benefits()));
        cards.setFillHeight(false);
        cards.setAlignment(Pos.TOP_LEFT);
        cards.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        cards.getChildren().forEach(c -> ((VBox) c).setPrefWidth(400));
        sections.add(cards);
        fillChart();
        sections.add(section(messages.get(model.period() == SalesPeriod.QUARTER ? "standing.section.salesQuarterly"
                : "standing.section.salesMonthly"), chart));
        if (model.hasPoints()) {
            ledger.getItems().setAll(model.ledger());
            sections.add(section(messages.format("standing.section.ledger",
                    formats.number(standing.standing().points())), ledger));
        }
        content.getChildren().setAll(sections);
    }

    private Node summary(PartnerStanding standing) {
        Label heldTitle = new Label(messages.get("standing.held"));
        heldTitle.getStyleClass().add(Styles.TEXT_MUTED);
        Label held = new Label(model.tierLabel(standing.heldTier()));
        held.setId("standing-held");
        held.getStyleClass().addAll("tier-badge",
                TierBadge.style(model.program(), standing.heldTier()));
        heldTitle.setMinWidth(Region.USE_PREF_SIZE);
        held.setMinWidth(Region.USE_PREF_SIZE);
        VBox heldBox = new VBox(4, heldTitle, held);
        heldBox.setMinWidth(Region.USE_PREF_SIZE);

        boolean atTop = standing.standing().nextTier() == null;
        Label towardTitle = new Label(atTop ? messages.format("standing.keeping", model.tierLabel(standing.heldTier()))
                : messages.format("standing.toward", model.tierLabel(standing.targetTier())));
        towardTitle.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressBar bar = new ProgressBar(standing.progress());
        bar.setId("standing-progress");
        bar.setPrefWidth(260);
        Label percent = new Label(model.percent(standing.progress()));
        percent.setId("standing-progress-text");
        percent.getStyleClass().add(Styles.TEXT_BOLD);
        HBox barLine = new HBox(10, bar, percent);
        barLine.setAlignment(Pos.CENTER_LEFT);
        Label gap = new Label(model.topGap().isEmpty() ? "" : messages.format("standing.topGap", model.topGap()));
        gap.setId("standing-top-gap");
        gap.getStyleClass().add(Styles.TEXT_SMALL);
        gap.setWrapText(true);

        HBox flags = new HBox(8);
        flags.setId("standing-flags");
        flags.setAlignment(Pos.CENTER_LEFT);
        if (standing.upgradeDue()) {
            flags.getChildren().add(flag("flag-upgrade", Feather.ARROW_UP_CIRCLE, "standing.flag.upgradeDue",
                    Styles.SUCCESS));
        }
        if (standing.atRisk()) {
            flags.getChildren().add(flag("flag-risk", Feather.ALERT_TRIANGLE, "standing.flag.atRisk",
                    Styles.DANGER));
        }
        if (standing.expiringSoon()) {
            flags.getChildren().add(flag("flag-expiring", Feather.CLOCK, "standing.flag.expiring", Styles.WARNING));
        }

        Button grant = new Button(messages.get("standing.grantUpgrade"), new FontIcon(Feather.ARROW_UP));
        grant.setId("grant-upgrade");
        grant.getStyleClass().add(Styles.SUCCESS);
        grant.setDisable(model.upgradeChoices().isEmpty());
        grant.setOnAction(e -> grantUpgrade());
        Button downgrade = new Button(messages.get("standing.applyDowngrade"), new FontIcon(Feather.ARROW_DOWN));
        downgrade.setId("apply-downgrade");
        downgrade.setDisable(!standing.atRisk() || model.downgradeTarget() == null);
        downgrade.setOnAction(e -> applyDowngrade());
        Button meeting = new Button(messages.get("standing.recordMeeting"), new FontIcon(Feather.CALENDAR));
        meeting.setId("record-meeting");
        meeting.setOnAction(e -> MeetingDialog.ask(window(), messages, model.today(), stylesheets())
                .ifPresent(a -> model.recordMeeting(a.date(), a.notes())));
        VBox commands = new VBox(6, grant, downgrade, meeting);
        commands.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        commands.setMinWidth(Region.USE_PREF_SIZE);

        flags.getChildren().forEach(f -> ((Label) f).setMinWidth(Region.USE_PREF_SIZE));
        VBox toward = new VBox(4, towardTitle, barLine, gap, flags);
        Meeting latest = model.latestMeetingProperty().get();
        if (latest != null) {
            Label meetingLine = new Label(latest.date().equals(model.today())
                    ? messages.get("standing.lastMeeting.today")
                    : messages.format("standing.lastMeeting", formats.date(latest.date())));
            meetingLine.setId("standing-last-meeting");
            meetingLine.setWrapText(true);
            meetingLine.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            toward.getChildren().add(meetingLine);
        }
        HBox.setHgrow(toward, Priority.ALWAYS);
        HBox summary = new HBox(28, heldBox, toward, commands);
        summary.setId("standing-summary");
        summary.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().add("standing-card");
        return summary;
    }

    private Node flag(String id, Feather icon, String key, String style) {
        Label flag = new Label(messages.get(key), new FontIcon(icon));
        flag.setId(id);
        flag.getStyleClass().addAll("flag", style);
        flag.setTooltip(new Tooltip(messages.get(key + ".tip")));
        return flag;
    }

    private List<Node> banners(PartnerStanding standing) {
        List<Node> banners = new ArrayList<>();
        PendingDowngrade pending = model.pendingDowngradeProperty().get();
        if (pending != null) {
            Label text = new Label(messages.format("standing.pending", model.tierLabel(pending.heldTier()),
                    formats.date(pending.startedOn()), formats.date(pending.dueOn())));
            text.setWrapText(true);
            Button waive = new Button(messages.get("standing.waive"), new FontIcon(Feather.SHIELD));
            waive.setId("waive-downgrade");
            waive.setMinWidth(Button.USE_PREF_SIZE);
            waive.setOnAction(e -> waive());
            HBox banner = new HBox(12, new FontIcon(Feather.ALERT_TRIANGLE), text, new Spacer(), waive);
            banner.setId("pending-downgrade-banner");
            banner.setAlignment(Pos.CENTER_LEFT);
            banner.getStyleClass().addAll("banner", "banner-danger");
            banners.add(banner);
        }
        if (!model.warnings().isEmpty()) {
            VBox list = new VBox(4);
            model.warnings().forEach(w -> {
                Label line = new Label(w);
                line.setWrapText(true);
                list.getChildren().add(line);
            });
            HBox banner = new HBox(12, new FontIcon(Feather.CLOCK), list);
            banner.setId("expiry-banner");
            banner.getStyleClass().addAll("banner", "banner-warning");
            banners.add(banner);
        }
        return banners;
    }

    private Node rewards() {
        VBox box = new VBox(6);
        box.setId("standing-rewards");
        if (model.rewards().isEmpty()) {
            Label none = new Label(messages.get("standing.rewards.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
        }
        for (BonusRow row : model.rewards()) {
            FontIcon icon = new FontIcon(!row.bonus() ? Feather.PERCENT : row.met() ? Feather.CHECK_CIRCLE
                    : Feather.CIRCLE);
            icon.getStyleClass().add(row.met() ? "requirement-met" : "requirement-open");
            Label label = new Label(row.label());
            label.setWrapText(true);
            Label percent = new Label(row.percent());
            percent.getStyleClass().add(Styles.TEXT_BOLD);
            percent.setMinWidth(Region.USE_PREF_SIZE);
            Label condition = new Label(row.condition());
            condition.setWrapText(true);
            condition.getStyleClass().addAll(Styles.TEXT_SMALL, row.bonus() && !row.met() ? Styles.TEXT_MUTED
                    : Styles.TEXT_SMALL);
            VBox text = row.condition().isEmpty() ? new VBox(2, label) : new VBox(2, label, condition);
            HBox.setHgrow(text, Priority.ALWAYS);
            if (!row.note().isBlank()) {
                Tooltip tip = new Tooltip(row.note());
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                Tooltip.install(label, tip);
            }
            HBox line = new HBox(8, icon, text, percent);
            line.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(line);
        }
        if (!model.rewardCap().isEmpty()) {
            Label cap = new Label(model.rewardCap());
            cap.setId("standing-reward-cap");
            cap.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(cap);
        }
        if (!model.accumulation().isEmpty()) {
            Label acc = new Label(model.accumulation());
            acc.setId("standing-accumulation");
            acc.setWrapText(true);
            box.getChildren().add(acc);
        }
        return box;
    }

    private Node benefits() {
        VBox box = new VBox(6);
        box.getChildren().add(lines("held-benefits", model.heldBenefits()));
        if (!model.nextBenefits().isEmpty()) {
            Label adds = new Label(messages.format("standing.benefits.nextAdds",
                    model.tierLabel(model.standingProperty().get().standing().nextTier())));
            adds.getStyleClass().add(Styles.TEXT_BOLD);
            box.getChildren().addAll(adds, lines("next-benefits", model.nextBenefits()));
        }
        return box;
    }

    private static Node lines(String id, List<String> texts) {
        VBox box = new VBox(3);
        box.setId(id);
        for (String text : texts) {
            Label line = new Label("\u2022 " + text);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    private VBox section(String keyOrTitle, Node body) {
        Label title = new Label(messages.has(keyOrTitle) ? messages.get(keyOrTitle) : keyOrTitle);
        title.getStyleClass().add(Styles.TITLE_4);
        VBox section = new VBox(10, title, body);
        section.getStyleClass().add("standing-card");
        return section;
    }

    private void fillChart() {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MM.yy", messages.locale());
        List<String> periods = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (PeriodSales p : model.sales()) {
            periods.add(model.period() == SalesPeriod.QUARTER ? messages.format("standing.chart.quarter",
                    String.valueOf(p.start().getYear()), (p.start().getMonthValue() - 1) / 3 + 1)
                    : label.format(p.start()));
            BigDecimal value = model.chartUnit() == VolumeUnit.LICENSES ? p.licenses() : p.amount();
            values.add(value.doubleValue());
        }
        List<ChartThreshold> lines = model.thresholds().stream().map(t -> new ChartThreshold(t.tier(),
                t.label() + ": " + formats.number(t.perPeriod()), t.perPeriod())).toList();
        ((javafx.scene.chart.NumberAxis) chart.getYAxis()).setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return formats.number(BigDecimal.valueOf(value.doubleValue()).setScale(0, java.math.RoundingMode.HALF_UP));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the axis only shows numbers");
            }
        });
        chart.getYAxis().setLabel(model.chartUnit() == VolumeUnit.LICENSES ? messages.get("standing.chart.licenses")
                : model.program().currency());
        chart.show(periods, values, lines, messages.get("standing.chart.sales"));
    }

    private void buildLedger() {
        ledger.setId("points-ledger");
        ledger.setPrefHeight(280);
        ledger.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        ledger.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LedgerRow, String> date = new TableColumn<>(messages.get("standing.ledger.date"));
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(formats.date(c.getValue().date())));
        date.setPrefWidth(110);
        TableColumn<LedgerRow, String> source = new TableColumn<>(messages.get("standing.ledger.source"));
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        source.setPrefWidth(170);
        TableColumn<LedgerRow, String> description = new TableColumn<>(messages.get("standing.ledger.description"));
        description.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        description.setPrefWidth(300);
        TableColumn<LedgerRow, Number> points = number("standing.ledger.points", LedgerRow::points, true);
        TableColumn<LedgerRow, Number> balance = number("standing.ledger.balance", LedgerRow::balance, false);
        ledger.getColumns().setAll(List.of(date, source, description, points, balance));
        ledger.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(LedgerRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("reset"),
                        !empty && item != null && item.reset());
            }
        });
        Label empty = new Label(messages.get("standing.ledger.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        ledger.setPlaceholder(empty);
    }

    private TableColumn<LedgerRow, Number> number(String key, java.util.function.ToLongFunction<LedgerRow> value,
                                                  boolean signed) {
        TableColumn<LedgerRow, Number> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
        column.setPrefWidth(110);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : (signed && item.longValue() > 0 ? "+" : "") + formats.integer(item.longValue()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }

    private void grantUpgrade() {
        List<String> choices = model.upgradeChoices();
        TierChangeDialog.ask(window(), messages, messages.get("standing.grantUpgrade"),
                        messages.get("standing.grantUpgrade.header"), choices, model::tierLabel, model.today(),
                        stylesheets())
                .ifPresent(a -> model.grantUpgrade(a.tier(), a.since(), a.reason()));
    }

    private void applyDowngrade() {
        List<String> choices = new ArrayList<>();
        String target = model.downgradeTarget();
        if (target != null) {
            choices.add(target);
        }
        TierChangeDialog.ask(window(), messages, messages.get("standing.applyDowngrade"),
                        messages.get("standing.applyDowngrade.header"), choices, model::tierLabel, model.today(),
                        stylesheets())
                .ifPresent(a -> model.applyDowngrade(a.tier(), a.since(), a.reason()));
    }

    private void waive() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(window());
        dialog.setTitle(messages.get("standing.waive"));
        dialog.setHeaderText(messages.get("standing.waive.header"));
        dialog.getEditor().setId("waive-reason");
        dialog.getDialogPane().getStylesheets().addAll(stylesheets());
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("standing.waive"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("standing.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait().filter(reason -> !reason.isBlank()).ifPresent(model::waiveDowngrade);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private List<String> stylesheets() {
        return root.getScene() == null ? List.of() : root.getScene().getStylesheets();
    }
}
