package org.tierdesk.program.file;

import org.tierdesk.program.FirstSaleDiscount;
import org.tierdesk.program.LocalizedText;

import java.math.BigDecimal;
import java.util.Set;

/** Reads {@code firstSaleDiscount:} (an extra discount on the partner's very first sale). */
final class FirstSaleDiscountBinder {
    private static final Set<String> KEYS = Set.of("percent", "category", "label");

    private FirstSaleDiscountBinder() {
    }

    static FirstSaleDiscount bind(YamlMap map, Vocabulary vocabulary) {
        map.allowOnly("'firstSaleDiscount'", KEYS);
        BigDecimal percent = map.required("percent", "'firstSaleDiscount'").asPercent("'percent'");
        String category = null;
        if (map.optional("category").isPresent()) {
            YamlNode node = map.optional("category").get();
            category = node.asId("'category'");
            vocabulary.require(Vocabulary.Kind.CATEGORY, category, node.line());
        }
        LocalizedText label = map.optional("label").map(n -> TextBinder.text(n, "'label'"))
                .orElse(LocalizedText.of("An extra " + percent.toPlainString() + "% off the very first sale"));
        return new FirstSaleDiscount(percent, category, label);
    }
}
