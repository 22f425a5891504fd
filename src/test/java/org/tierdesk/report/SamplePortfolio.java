package org.tierdesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.standing.Standing;

/**
 * A portfolio of any size spread over the five shipped programs, standings from the real engine. Partners of one
 * program share their facts, so only five standings are computed however many partners there are.
 */
public final class SamplePortfolio {
    private static final List<String> PROGRAMS = List.of("leo-backup", "asoft", "intelligent-platforms",
            "smart-soft", "bitrix");
    private static final List<Function<String, PartnerFacts>> FACTS = List.of(ShippedPartners::leoBackup,
            ShippedPartners::asoft, ShippedPartners::intelligentPlatforms, ShippedPartners::smartSoft,
            ShippedPartners::bitrix);
    private static final List<String> TERRITORIES = List.of("Moscow", "Saint Petersburg", "Almaty", "Kazan",
            "Novosibirsk");

    private SamplePortfolio() {}

    public static Portfolio of(int partners, Locale locale) {
        List<Standing> standings = new ArrayList<>();
        for (int p = 0; p < PROGRAMS.size(); p++) {
            standings.add(ShippedPartners.standing(PROGRAMS.get(p), FACTS.get(p).apply("sample")));
        }
        List<PortfolioRow> rows = new ArrayList<>();
        for (int i = 1; i <= partners; i++) {
            int p = i % PROGRAMS.size();
            rows.add(new PortfolioRow(String.format("Partner %04d", i), ShippedPartners.program(PROGRAMS.get(p)),
                    TERRITORIES.get(i / 7 % TERRITORIES.size()), standings.get(p)));
        }
        return new Portfolio(ShippedPartners.AS_OF, "Anna Smirnova", null, rows, locale);
    }
}
