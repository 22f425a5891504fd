package org.tierdesk.report;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tierdesk.engine.points.PointsLedger;
import org.tierdesk.engine.standing.LedgerEntry;

/**
 * A points ledger line's "what" in the report's language. The engine describes its lines in fixed English
 * ("sale 129.0800 USD Product 2", "while holding business", "downgrade to certified", "return of sale ..."), the
 * form {@code evaluate --format json} prints; the summary a partner is handed says it in its own words, with the
 * amount formatted and the tier named. An activity's line names its type by the program's label; a description of
 * any other form is kept as is.
 */
final class LedgerWording {
    private static final Pattern SALE = Pattern.compile("sale (\\d+(?:\\.\\d+)?) ([A-Z]{3})(?: (.+))?");
    private static final Pattern HOLDING = Pattern.compile("while holding (\\S+)");
    private static final Pattern DOWNGRADE = Pattern.compile("downgrade to (\\S+)");
    private static final String RETURN = "return of ";

    private final ReportLanguage language;
    private final ProgramLabels labels;

    LedgerWording(ReportLanguage language, ProgramLabels labels) {
        this.language = language;
        this.labels = labels;
    }

    String of(LedgerEntry entry) {
        String text = entry.description();
        if (text == null) {
            return "";
        }
        if (PointsLedger.ACTIVITY.equals(entry.source())) {
            return labels.activityType(text);
        }
        if (text.startsWith(RETURN)) {
            String sale = sale(text.substring(RETURN.length()));
            return sale == null ? text : language.text("ledger.what.return", sale);
        }
        String sale = sale(text);
        if (sale != null) {
            return sale;
        }
        Matcher holding = HOLDING.matcher(text);
        if (holding.matches()) {
            return language.text("ledger.what.holding", labels.tier(holding.group(1)));
        }
        Matcher downgrade = DOWNGRADE.matcher(text);
        if (downgrade.matches()) {
            return language.text("ledger.what.downgrade", labels.tier(downgrade.group(1)));
        }
        return text;
    }

    private String sale(String text) {
        Matcher sale = SALE.matcher(text);
        if (!sale.matches()) {
            return null;
        }
        String amount = language.money(new BigDecimal(sale.group(1)), sale.group(2));
        return sale.group(3) == null ? language.text("ledger.what.sale", amount)
                : language.text("ledger.what.saleOf", amount, sale.group(3));
    }
}
