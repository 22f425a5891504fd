package org.tierdesk.store;

import java.util.List;
import java.util.Locale;

/**
 * A sale's field a sales CSV column can fill, with the header words (English and Russian) it is recognised by.
 * Date and amount are required; the others have the defaults of a scenario file (program currency, the program's
 * default category, one license, no product, not returned).
 */
public enum SalesColumn {
    DATE(true, "date", "sale date", "дата", "дата продажи"),
    AMOUNT(true, "amount", "sum", "total", "сумма", "стоимость"),
    CURRENCY(false, "currency", "валюта"),
    CATEGORY(false, "category", "категория", "тип"),
    LICENSES(false, "licenses", "licences", "license count", "лицензии", "лицензий", "количество лицензий"),
    PRODUCT(false, "product", "продукт", "товар"),
    RETURNED(false, "returned", "returned on", "return date", "возврат", "дата возврата");

    private final boolean required;
    private final List<String> headers;

    SalesColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The header word this column is written as in the English template ("date", "amount"...). */
    public String header() {
        return headers.get(0);
    }

    /** Whether a file's header cell names this column (letter case, spaces, underscores and quotes aside). */
    boolean recognises(String header) {
        String word = normalise(header);
        return headers.stream().anyMatch(h -> normalise(h).equals(word));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s_\\-\"']+", " ").strip();
    }
}
