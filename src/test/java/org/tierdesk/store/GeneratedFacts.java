package org.tierdesk.store;

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
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic, deliberately awkward facts for any program: sales in four currencies over three and a half years
 * (some after the as-of dates, some returned, some before the join date), certifications that expire, roles, every
 * activity type approved or not, checklist items done since a date or not done, plans in another currency, and a
 * tier history with upgrades, downgrades and two entries on one day. The store's SQL must agree with the engine on
 * every one of them.
 */
final class GeneratedFacts {
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 6, 1);
    static final List<String> CURRENCIES = List.of("USD", "RUB", "KZT", "EUR");

    private GeneratedFacts() {
    }

    /** Rates between every pair, monthly from 2023, some entered the other way round; shared by all partners. */
    static List<ExchangeRate> rates(long seed) {
        Random random = new Random(seed);
        Map<String, BigDecimal> perUsd = Map.of("USD", BigDecimal.ONE, "RUB", new BigDecimal("92.5"),
                "KZT", new BigDecimal("455.25"), "EUR", new BigDecimal("0.92"));
        List<ExchangeRate> rates = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2023, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1));
             day = day.plusMonths(1).plusDays(random.nextInt(3))) {
            for (int i = 0; i < CURRENCIES.size(); i++) {
                for (int j = i + 1; j < CURRENCIES.size(); j++) {
                    String a = CURRENCIES.get(i);
                    String b = CURRENCIES.get(j);
                    BigDecimal drift = BigDecimal.valueOf(90 + random.nextInt(21)).movePointLeft(2);
                    BigDecimal aToB = perUsd.get(b).divide(perUsd.get(a), 10, RoundingMode.HALF_UP).multiply(drift)
                            .setScale(6, RoundingMode.HALF_UP);
                    if (random.nextInt(4) == 0) {
                        rates.add(new ExchangeRate(day, b, a, BigDecimal.ONE.divide(aToB, 10, RoundingMode.HALF_UP)));
                    } else {
                        rates.add(new ExchangeRate(day, a, b, aToB));
                    }
                }
            }
        }
        return rates;
    }

    static PartnerFacts partner(Program program, long seed, List<ExchangeRate> rates) {
        Random random = new Random(seed);
        List<LocalDate> edges = edgeDays();
        LocalDate joined = random.nextInt(4) == 0 ? pick(random, edges.subList(0, 30))
                : FIRST_DAY.plusDays(random.nextInt(700));
        String initial = random.nextBoolean() ? null : pick(random, program.tiers()).id();
        List<TierChange> history = new ArrayList<>();
        LocalDate since = joined;
        int changes = random.nextInt(5);
        for (int i = 0; i < changes; i++) {
            since = random.nextBoolean() ? later(random, edges, since) : since.plusDays(random.nextInt(240));
            history.add(new TierChange(pick(random, program.tiers()).id(), since, "change " + i, "test"));
            if (random.nextInt(5) == 0) {
                history.add(new TierChange(pick(random, program.tiers()).id(), since, "same day " + i, "test"));
            }
        }
        List<StaffMember> staff = new ArrayList<>();
        int people = random.nextInt(6);
        for (int i = 0; i < people; i++) {
            List<String> roles = new ArrayList<>();
            for (String role : List.of("sales", "technical", "engineer")) {
                if (random.nextInt(3) == 0) {
                    roles.add(role);
                }
            }
            List<Certification> certifications = new ArrayList<>();
            int held = program.certifications().isEmpty() ? 0 : random.nextInt(4);
            for (int c = 0; c < held; c++) {
                LocalDate earned = random.nextBoolean() ? pick(random, edges) : FIRST_DAY.plusDays(random.nextInt(1000));
                LocalDate expires = random.nextInt(3) == 0 ? null
                        : random.nextBoolean() ? later(random, edges, earned) : earned.plusDays(random.nextInt(800));
                certifications.add(new Certification(pick(random, program.certifications()).id(), earned, expires));
            }
            staff.add(new StaffMember(0, "Staff " + i, roles, certifications));
        }
        List<Sale> sales = new ArrayList<>();
        int count = 20 + random.nextInt(120);
        for (int i = 0; i < count; i++) {
            LocalDate date = random.nextInt(3) == 0 ? pick(random, edges) : FIRST_DAY.plusDays(random.nextInt(1300));
            String currency = random.nextInt(3) == 0 ? CURRENCIES.get(random.nextInt(4)) : program.currency();
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000) + (random.nextInt(10) == 0 ? 0 : 1), 2);
            String category = program.rewardCategories().isEmpty() || random.nextInt(4) == 0 ? null
                    : pick(random, program.rewardCategories()).id();
            LocalDate returned = switch (random.nextInt(10)) {
                case 0 -> date.plusDays(random.nextInt(120));
                case 1, 2 -> later(random, edges, date);
                default -> null;
            };
            sales.add(new Sale(0, date, new Money(amount, currency), category, random.nextInt(40), "Product " + i,
                    returned));
        }
        List<Activity> activities = new ArrayList<>();
        int done = program.activityTypes().isEmpty() ? 0 : random.nextInt(40);
        for (int i = 0; i < done; i++) {
            ActivityType type = pick(random, program.activityTypes());
            LocalDate date = random.nextInt(3) == 0 ? pick(random, edges) : FIRST_DAY.plusDays(random.nextInt(1300));
            activities.add(new Activity(0, date, type.id(), random.nextBoolean(),
                    random.nextBoolean() ? null : Money.of(String.valueOf(random.nextInt(5000)), program.currency()),
                    "activity " + i));
        }
        Map<String, ChecklistMark> checklist = new HashMap<>();
        for (CatalogItem item : program.checklistItems()) {
            switch (random.nextInt(4)) {
                case 0 -> checklist.put(item.id(), new ChecklistMark(item.id(), true, null));
                case 1 -> checklist.put(item.id(), new ChecklistMark(item.id(), true, pick(random, edges)));
                case 2 -> checklist.put(item.id(), new ChecklistMark(item.id(), false, null));
                default -> {
                }
            }
        }
        List<SalesPlan> plans = new ArrayList<>();
        for (int year = 2024; year <= 2026; year++) {
            if (random.nextInt(3) != 0) {
                String currency = random.nextBoolean() ? program.currency() : CURRENCIES.get(random.nextInt(4));
                plans.add(new SalesPlan(year, new Money(BigDecimal.valueOf(random.nextInt(90_000_000), 2), currency)));
            }
        }
        return new PartnerFacts(new PartnerProfile("Partner " + seed, joined, initial), history, staff, sales,
                activities, checklist, plans, rates);
    }

    /** As-of dates that fall on and around the edges the windows and points care about. */
    static List<LocalDate> asOfDates() {
        return List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 8, 15), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 11, 7), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 23));
    }

    /**
     * The days on which a window starts or ends for one of the as-of dates (and the day after): a sale, return,
     * expiry or checklist date there tells an off-by-one day apart. Sorted, oldest first.
     */
    static List<LocalDate> edgeDays() {
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        for (LocalDate asOf : asOfDates()) {
            for (org.tierdesk.program.Window window : org.tierdesk.program.Window.values()) {
                var range = org.tierdesk.engine.window.Windows.range(window, asOf, null);
                days.add(range.from());
                days.add(range.to());
                days.add(range.from().minusDays(1));
                days.add(range.to().plusDays(1));
            }
        }
        return List.copyOf(days);
    }

    /** An edge day on or after {@code day} (or {@code day} itself when none is left). */
    private static LocalDate later(Random random, List<LocalDate> edges, LocalDate day) {
        List<LocalDate> after = edges.stream().filter(d -> !d.isBefore(day)).toList();
        return after.isEmpty() ? day : after.get(random.nextInt(Math.min(after.size(), 12)));
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String tierIds(Program program) {
        return program.tiers().stream().map(Tier::id).toList() + " "
                + program.rewardCategories().stream().map(RewardCategory::id).toList();
    }
}
