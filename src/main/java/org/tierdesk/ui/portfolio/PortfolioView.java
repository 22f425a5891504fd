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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.Choice;

/** The Portfolio screen: every partner in a sortable table with a search box and filters. */
public final class PortfolioView {
    private final PortfolioViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<PortfolioRow> table = new TableView<>();
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
        HBox header = new HBox(12, new VBox(2, title, count), new Spacer(), add);
        headerBar = header;
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");

        search.setId("portfolio-search");
        search.setPromptText(messages.get("portfolio.search"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefWidth(300);
        search.textProperty().bindBidirectional(model.searchProperty());
        Button clear = new Button(messages.get("portfolio.clearFilters"), new FontIcon(Feather.X));
        clear.setId("clear-filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());
        HBox filters = new HBox(10, search,
                filter("filter-program", model.programChoices(), model.programFilterProperty()),
                filter("filter-tier", model.tierChoices(), model.tierFilterProperty()),
                filter("filter-territory", model.territoryChoices(), model.territoryFilterProperty()), clear);
        filters.getStyleClass().add("toolbar-row");
        root.setTop(new VBox(header, filters));
        root.setCenter(table(open));
    }

    public Node node() {
        return root;
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
                                    javafx.beans.property.ObjectProperty<Choice> value) {
        ComboBox<Choice> combo = new ComboBox<>(choices);
        combo.setId(id);
        combo.valueProperty().bindBidirectional(value);
        combo.setPrefWidth(190);
        return combo;
    }

    private Node table(LongConsumer open) {
        table.setId("portfolio-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PortfolioRow, String> name = column("portfolio.column.name", PortfolioRow::name, 300);
        TableColumn<PortfolioRow, String> program = column("portfolio.column.program", PortfolioRow::program, 300);
        TableColumn<PortfolioRow, String> tier = column("portfolio.column.tier", PortfolioRow::tier, 240);
        tier.setCellFactory(badges());
        TableColumn<PortfolioRow, String> territory = column("portfolio.column.territory", PortfolioRow::territory,
                160);
        table.getColumns().setAll(java.util.List.of(name, program, tier, territory));
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
                if (empty || tier == null || tier.isBlank()) {
                    setGraphic(null);
                } else {
                    Label badge = new Label(tier);
                    badge.getStyleClass().add("tier-badge");
                    setGraphic(badge);
                }
                setText(null);
            }
        };
    }
}
