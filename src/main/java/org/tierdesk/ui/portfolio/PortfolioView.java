package org.tierdesk.ui.portfolio;

import java.util.function.LongConsumer;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.form.WrappingCell;

/**
 * The Portfolio screen: every partner in a sortable table (held tier badge, progress toward the next tier, top
 * gap, flags) with a search box and filters, the partners per tier per program in a header strip, and the way to
 * the pending downgrades.
 */
public final class PortfolioView {
    private final PortfolioViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<PortfolioRow> table = new TableView<>();
    private final Button downgrades = new Button();
    private Runnable showDowngrades = () -> { };
    private HBox headerBar;

    public PortfolioView(PortfolioViewModel model, Messages messages, LongConsumer open, Runnable newPartner) {
        this.model = model;
        this.messages = messages;
        root.setId("portfolio-screen");
        Label title = new Label(messages.get("portfolio.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label count = new Label();
        count.setId("portfolio-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("portfolio.count",
                model.visibleRows().size(), model.total()), model.visibleRows()));
        Button add = new Button(messages.get("portfolio.newPartner"), new FontIcon(Feather.PLUS));
        add.setId("add-partner");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> newPartner.run());
        downgrades.setId("portfolio-downgrades");
        downgrades.setGraphic(new FontIcon(Feather.TRENDING_DOWN));
        downgrades.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        downgrades.textProperty().bind(Bindings.createStringBinding(() -> messages.format(
                "portfolio.pendingDowngrades", model.pendingDowngradesProperty().get()),
                model.pendingDowngradesProperty()));
        downgrades.visibleProperty().bind(model.pendingDowngradesProperty().greaterThan(0));
        downgrades.managedProperty().bind(downgrades.visibleProperty());
        downgrades.setOnAction(e -> showDowngrades.run());
        // while a refresh reads the standings in the background, the rows shown stay usable
        ProgressIndicator updating = new ProgressIndicator();
        updating.setId("portfolio-updating");
        updating.setPrefSize(14, 14);
        updating.setMaxSize(14, 14);
        updating.setTooltip(new javafx.scene.control.Tooltip(messages.get("portfolio.updating")));
        updating.visibleProperty().bind(model.updatingProperty());
        HBox countLine = new HBox(6, count, updating);
        countLine.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(12, new VBox(2, title, countLine), new Spacer(), downgrades, add);
        headerBar = header;
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");

        search.setId("portfolio-search");
        search.setPromptText(messages.get("portfolio.search"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefWidth(250);
        search.textProperty().bindBidirectional(model.searchProperty());
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("clear-filters");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        clear.setTooltip(new javafx.scene.control.Tooltip(messages.get("portfolio.clearFilters")));
        clear.setOnAction(e -> model.clearFilters());
        FlowPane filters = new FlowPane(10, 8, search,
                filter("filter-program", model.programChoices(), model.programFilterProperty(), 175),
                filter("filter-tier", model.tierChoices(), model.tierFilterProperty(), 165),
                filter("filter-territory", model.territoryChoices(), model.territoryFilterProperty(), 175),
                filter("filter-flags", model.flagChoices(), model.flagFilterProperty(), 150), clear);
        filters.getStyleClass().add("toolbar-row");
        // a row that does not fit (long labels, a narrow window) wraps rather than cutting the filters' labels
        search.setMinWidth(160);
        clear.setMinWidth(Button.USE_PREF_SIZE);
        TierCountStrip strip = new TierCountStrip(model.tierCounts(), model::showTier);
        root.setTop(new VBox(header, strip.node(), filters));
        root.setCenter(table(open));
    }

    public Node node() {
        return root;
    }

    /** Where the pending-downgrades button leads (the Downgrades screen). */
    public void onShowDowngrades(Runnable show) {
        showDowngrades = show;
    }

    /** Puts a command (Export PDF) in the header, before New partner. */
    public void addHeaderAction(Node action) {
        headerBar.getChildren().add(headerBar.getChildren().size() - 1, action);
    }

    /** The partners the table shows now, filtered and in its sort order. */
    public java.util.List<Long> shownPartnerIds() {
        return table.getItems().stream().map(PortfolioRow::id).toList();
    }

    /** The filters set, in words ("Program: Bitrix · search “soft”"), or null when every partner is shown. */
    public String filterSummary() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (var choice : java.util.List.of(model.programFilterProperty(), model.tierFilterProperty(),
                model.territoryFilterProperty())) {
            if (choice.get() != null && !choice.get().id().isEmpty()) {
                parts.add(choice.get().label());
            }
        }
        String text = model.searchProperty().get();
        if (text != null && !text.isBlank()) {
            parts.add(messages.format("portfolio.filter.searched", text.strip()));
        }
        return parts.isEmpty() ? null : String.join(" \u00b7 ", parts);
    }

    /** {@code selected} hears of each partner the manager selects in the table (the Simulator opens on it). */
    public void onSelect(LongConsumer selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                selected.accept(row.id());
            }
        });
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private ComboBox<Choice> filter(String id, javafx.collections.ObservableList<Choice> choices,
                                    javafx.beans.property.ObjectProperty<Choice> value, double width) {
        ComboBox<Choice> combo = new ComboBox<>(choices);
        combo.setId(id);
        combo.valueProperty().bindBidirectional(value);
        // wide enough for the "all" choice in both languages; a long program name chosen is cut, not the row
        combo.setPrefWidth(width);
        combo.setMinWidth(width);
        return combo;
    }

    private Node table(LongConsumer open) {
        table.setId("portfolio-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "wrapping-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // one height for every row: the table lays out only the visible rows, whatever the portfolio's size
        table.setFixedCellSize(WrappingCell.ROW_HEIGHT);
        TableColumn<PortfolioRow, String> name = column("portfolio.column.name", PortfolioRow::name, 175);
        name.setCellFactory(c -> new WrappingCell<>(PortfolioRow::territory));
        TableColumn<PortfolioRow, String> program = column("portfolio.column.program", PortfolioRow::program, 150);
        program.setCellFactory(c -> new WrappingCell<>());
        TableColumn<PortfolioRow, String> tier = column("portfolio.column.tier", PortfolioRow::tier, 225);
        tier.setCellFactory(badges());
        java.util.List<TableColumn<PortfolioRow, ?>> columns = new java.util.ArrayList<>(
                java.util.List.of(name, program, tier));
        columns.addAll(new StandingColumns(messages).columns());
        table.getColumns().setAll(columns);
        SortedList<PortfolioRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        Label empty = new Label(messages.get("portfolio.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.setRowFactory(v -> {
            TableRow<PortfolioRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            PortfolioRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
                e.consume();
            }
        });
        return table;
    }

    private TableColumn<PortfolioRow, String> column(String key, java.util.function.Function<PortfolioRow, String> value,
                                                     double width) {
        TableColumn<PortfolioRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        return column;
    }

    private static Callback<TableColumn<PortfolioRow, String>, TableCell<PortfolioRow, String>> badges() {
        return c -> new TableCell<>() {
            @Override
            protected void updateItem(String tier, boolean empty) {
                super.updateItem(tier, empty);
                PortfolioRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || tier == null || tier.isBlank()) {
                    setGraphic(null);
                } else {
                    Label badge = new Label(tier);
                    badge.setMinWidth(Label.USE_PREF_SIZE);
                    badge.getStyleClass().addAll("tier-badge", row.badgeStyle());
                    setGraphic(badge);
                }
                setText(null);
            }
        };
    }
}
