package org.tierdesk.ui.simulator;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tierdesk.engine.deal.BonusQuote;
import org.tierdesk.engine.deal.CategoryWorth;
import org.tierdesk.engine.deal.DealPrice;
import org.tierdesk.engine.deal.DealQuote;
import org.tierdesk.engine.deal.TierQuote;
import org.tierdesk.engine.deal.YearlyWorth;
import org.tierdesk.ui.Messages;

/** The deal calculator: an end-user price and a category, what the partner pays and earns at each tier and bonus. */
final class DealPanel {
    private static final double INPUT_WIDTH = 280;
    private final SimulatorViewModel model;
    private final Messages messages;
    private final SimulatorTexts texts;
    private final GridPane table = new GridPane();
    private final VBox worth = new VBox(4);
    private final VBox root;

    DealPanel(SimulatorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.texts = model.texts();
        TextField price = new TextField();
        price.setId("deal-price");
        price.setPromptText("0");
        price.textProperty().bindBidirectional(model.dealPriceProperty());
        ComboBox<String> category = new ComboBox<>(model.dealCategories());
        category.setId("deal-category");
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : texts.category(id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        category.valueProperty().bindBidirectional(model.dealCategoryProperty());
        category.setMaxWidth(INPUT_WIDTH);
        Label priceLabel = new Label(messages.format("simulator.deal.pricePrompt", model.program().currency()));
        priceLabel.setLabelFor(price);
        priceLabel.setWrapText(true);
        Label categoryLabel = new Label(messages.get("simulator.deal.category"));
        categoryLabel.setLabelFor(category);
        categoryLabel.setWrapText(true);
        GridPane inputs = new GridPane();
        inputs.setHgap(10);
        inputs.setVgap(6);
        inputs.addRow(0, priceLabel, price);
        inputs.addRow(1, categoryLabel, category);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setPercentWidth(45);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setPercentWidth(55);
        fields.setFillWidth(true);
        inputs.getColumnConstraints().addAll(labels, fields);
        price.setMaxWidth(INPUT_WIDTH);
        price.setMinWidth(0);
        table.setId("deal-table");
        table.setHgap(14);
        table.setVgap(4);
        table.getColumnConstraints().addAll(column(40, javafx.geometry.HPos.LEFT),
                column(14, javafx.geometry.HPos.RIGHT), column(23, javafx.geometry.HPos.RIGHT),
                column(23, javafx.geometry.HPos.RIGHT));
        worth.setId("deal-worth");
        root = new VBox(10, SimulatorView.sectionTitle(messages.get("simulator.deal.title")), inputs, table,
                SimulatorView.subTitle(messages.get("simulator.deal.yearly")), worth);
        root.getStyleClass().add("simulator-card");
        if (model.dealCategories().isEmpty()) {
            inputs.setDisable(true);
        }
        model.quoteProperty().addListener((obs, old, q) -> showQuote(q));
        model.yearlyWorthProperty().addListener((obs, old, w) -> showWorth(w));
        showQuote(model.quoteProperty().get());
        showWorth(model.yearlyWorthProperty().get());
    }

    Node node() {
        return root;
    }

    private void showQuote(DealQuote quote) {
        table.getChildren().clear();
        if (model.dealCategories().isEmpty()) {
            table.add(note(messages.get("simulator.deal.noRewards")), 0, 0, 4, 1);
            return;
        }
        if (quote == null) {
            table.add(note(messages.get("simulator.deal.enterPrice")), 0, 0, 4, 1);
            return;
        }
        int row = 0;
        table.addRow(row++, head(""), head(messages.get("simulator.deal.percent")),
                head(messages.get("simulator.deal.pays")), head(messages.get("simulator.deal.earns")));
        for (TierQuote tier : quote.tiers()) {
            String name = texts.tier(tier.tier()) + (tier.held() ? " " + messages.get("simulator.deal.held") : "");
            line(row++, "deal-tier-" + tier.tier(), name, tier.withBonuses(), tier.held());
        }
        int i = 0;
        for (BonusQuote bonus : quote.bonuses()) {
            String name = "+ " + texts.bonusLabel(bonus.bonus()) + (bonus.conditionMet()
                    ? " " + messages.get("simulator.deal.bonusMet") : "");
            line(row++, "deal-bonus-" + bonus.bonus().id(), name, bonus.price(), false);
            i++;
        }
        if (i > 1 && quote.allBonuses() != null) {
            line(row++, "deal-all-bonuses", messages.get("simulator.deal.allBonuses"), quote.allBonuses(), false);
        }
        if (quote.firstSale() != null) {
            String name = messages.get(quote.firstSaleApplies() ? "simulator.deal.firstSaleApplies"
                    : "simulator.deal.firstSale");
            line(row++, "deal-first-sale", name, quote.firstSale(), quote.firstSaleApplies());
        }
    }

    private static javafx.scene.layout.ColumnConstraints column(double percent, javafx.geometry.HPos align) {
        javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
        column.setPercentWidth(percent);
        column.setHalignment(align);
        return column;
    }

    private void line(int row, String id, String name, DealPrice price, boolean emphasised) {
        Label label = new Label(name);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label percent = new Label(texts.percent(price.percent()));
        Label pays = new Label(texts.formats().money(price.pays().amount(), price.pays().currency()));
        Label earns = new Label(texts.formats().money(price.earns().amount(), price.earns().currency()));
        earns.setId(id);
        if (emphasised) {
            for (Label l : java.util.List.of(label, percent, pays, earns)) {
                l.getStyleClass().add("emphasised");
            }
        }
        table.addRow(row, label, percent, pays, earns);
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label head(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("column-head");
        return label;
    }

    private void showWorth(YearlyWorth yearly) {
        worth.getChildren().clear();
        if (yearly == null) {
            worth.getChildren().add(note(messages.get("simulator.deal.yearlyNone")));
            return;
        }
        for (CategoryWorth line : yearly.categories()) {
            Label label = new Label(messages.format("simulator.deal.yearlyLine", texts.category(line.category()),
                    texts.money(line.sales().amount()), texts.percent(line.percentNow()),
                    texts.percent(line.percentThere()),
                    texts.formats().money(line.difference().amount(), line.difference().currency())));
            label.setWrapText(true);
            worth.getChildren().add(label);
        }
        Label total = new Label(messages.format("simulator.deal.yearlyTotal", texts.tier(yearly.tier()),
                texts.formats().money(yearly.total().amount(), yearly.total().currency())));
        total.setId("deal-yearly-total");
        total.setWrapText(true);
        total.getStyleClass().add("emphasised");
        worth.getChildren().add(total);
    }
}
