package org.tierdesk.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.facts.TierChange;

/**
 * A large Bitrix partner for benchmarks: {@code sales} sales and {@code activities} activities spread over the two
 * years before the as-of date, a tenth of the sales in roubles (so conversion is exercised), some returned, a
 * tier history with a move down (so the ledger resets), certified staff and the checklist. Seeded: the same
 * partner every run.
 */
final class BusyPartner {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final String[] ACTIVITY_TYPES = {"case-study", "custom-module", "product-placement", "seminar",
            "localization", "project-publishing"};

    private BusyPartner() {
    }

    static PartnerFacts bitrix(int sales, int activities) {
        Random random = new Random(42);
        LocalDate start = AS_OF.minusYears(2);
        List<ExchangeRate> rates = new ArrayList<>();
        for (LocalDate month = start.withDayOfMonth(1); !month.isAfter(AS_OF); month = month.plusMonths(1)) {
            rates.add(new ExchangeRate(month, "USD", "RUB", BigDecimal.valueOf(80 + random.nextInt(2000) / 100.0)));
        }
        List<Sale> saleList = new ArrayList<>(sales);
        for (int i = 0; i < sales; i++) {
            LocalDate date = start.plusDays(random.nextInt(730) + 1);
            boolean roubles = i % 10 == 0;
            BigDecimal amount = BigDecimal.valueOf(50 + random.nextInt(500_000), 2);
            Money money = roubles ? new Money(amount.multiply(BigDecimal.valueOf(90)), "RUB") : new Money(amount, "USD");
            LocalDate returned = i % 50 == 0 ? date.plusDays(20) : null;
            saleList.add(new Sale(i + 1, date, money, "license", 1 + random.nextInt(5), "Bitrix24", returned));
        }
        List<Activity> activityList = new ArrayList<>(activities);
        for (int i = 0; i < activities; i++) {
            activityList.add(new Activity(100_000 + i, start.plusDays(random.nextInt(730) + 1),
                    ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)], random.nextBoolean(), null, "activity"));
        }
        List<StaffMember> staff = List.of(
                new StaffMember(1, "Engineer 1", List.of("engineer"),
                        List.of(new Certification("bitrix-engineer", start, null))),
                new StaffMember(2, "Engineer 2", List.of("engineer"),
                        List.of(new Certification("bitrix-engineer", start, AS_OF.minusDays(3)))),
                new StaffMember(3, "Seller", List.of("sales"),
                        List.of(new Certification("bitrix-sales", start, null))));
        Map<String, ChecklistMark> checklist = new HashMap<>();
        for (String item : List.of("partner-agreement", "nda", "first-line-support", "logo-on-website",
                "product-descriptions", "sales-commitment")) {
            checklist.put(item, new ChecklistMark(item, true, start));
        }
        List<TierChange> history = List.of(new TierChange("business", start, "joined", "bench"),
                new TierChange("gold", start.plusMonths(8), "granted", "bench"),
                new TierChange("certified", start.plusMonths(20), "downgrade", "bench"));
        return new PartnerFacts(new PartnerProfile("Busy partner", start, "business"), history, staff, saleList,
                activityList, checklist, List.of(new SalesPlan(2026, new Money(new BigDecimal("1000000"), "USD"))),
                rates);
    }
}
