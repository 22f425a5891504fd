package org.tierdesk.store.generate;

import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A realistic synthetic portfolio for the scale checks: partners spread over the programs in turn, sales spread
 * evenly over the partners across the 36 months before the as-of date with the year-end peak and the January and
 * summer lulls of software sales, staff whose certifications partly lapse or expire in the coming months,
 * checklist answers, activities of the program's types and yearly plans. Each partner is stored through the
 * store's partner import (checked, then its sales inserted in batches, one transaction per partner). The same
 * seed, counts, programs and date always give the same facts.
 */
public final class SyntheticPortfolio {
    static final int MONTHS = 36;
    /** Relative sales by calendar month, January first: quiet January and August, the December rush. */
    private static final double[] SEASON = {0.55, 0.8, 1.0, 0.9, 0.85, 0.9, 0.7, 0.6, 1.0, 1.05, 1.2, 1.8};
    private static final String[] TERRITORIES = {"Moscow", "Saint Petersburg", "Novosibirsk", "Kazan", "Almaty",
            "Astana", "Yekaterinburg", "Samara", "Minsk", "Tashkent"};
    private static final String[] NAMES = {"Alfa", "Vektor", "Sigma", "Orion", "Delta", "Nord", "Ural", "Baikal",
            "Volga", "Altai", "Kedr", "Polus", "Granit", "Sever", "Zenit", "Avangard"};
    private static final String[] KINDS = {"Soft", "Systems", "IT", "Integration", "Consulting", "Telecom", "Data",
            "Service"};

    private final List<Program> programs;
    private final LocalDate asOf;
    private final long seed;
    private final LocalDate[] monthStarts = new LocalDate[MONTHS];
    private final double[] monthWeights = new double[MONTHS];
    private final double weightTotal;

    public SyntheticPortfolio(List<Program> programs, LocalDate asOf, long seed) {
        if (programs.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one program");
        }
        this.programs = List.copyOf(programs);
        this.asOf = asOf;
        this.seed = seed;
        LocalDate first = asOf.withDayOfMonth(1).minusMonths(MONTHS - 1);
        double total = 0;
        for (int m = 0; m < MONTHS; m++) {
            monthStarts[m] = first.plusMonths(m);
            monthWeights[m] = SEASON[monthStarts[m].getMonthValue() - 1] * daysSold(monthStarts[m])
                    / monthStarts[m].lengthOfMonth();
            total += monthWeights[m];
        }
        weightTotal = total;
    }

    /** Stores {@code partners} partners holding {@code sales} sales in all into the workspace; returns their ids. */
    public List<Long> store(Workspace workspace, int partners, long sales) {
        if (partners <= 0 || sales < 0) {
            throw new IllegalArgumentException("partners must be positive and sales not negative");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> ids = new ArrayList<>(partners);
        for (int i = 0; i < partners; i++) {
            Program program = programs.get(i % programs.size());
            int count = (int) (sales / partners + (i < sales % partners ? 1 : 0));
            PartnerFacts facts = partner(program, i, count, random.split());
            PartnerDraft draft = new PartnerDraft(facts.profile().name(), program.id(),
                    TERRITORIES[i % TERRITORIES.length], facts.profile().joined(), facts.profile().heldTier(), null);
            ids.add(workspace.partnerImport().create(draft, facts));
        }
        // the monthly points rows were summed by the programs' rules as the sales went in: record that now, so
        // that the first standings need not sum them again (and the compacted file is the one the app reads)
        workspace.summaries().settle();
        return List.copyOf(ids);
    }

    PartnerFacts partner(Program program, int index, int salesCount, SplittableRandom random) {
        String name = NAMES[index % NAMES.length] + " " + KINDS[(index / NAMES.length) % KINDS.length] + " "
                + (index + 1);
        LocalDate joined = asOf.minusMonths(MONTHS).minusDays(random.nextInt(900));
        List<Tier> ladder = program.tiers().stream().filter(t -> !t.addOn()).toList();
        String held = ladder.get(random.nextInt(ladder.size())).id();
        // how diligent the partner is: the share of roles, certifications, checklist items and activities it has
        double diligence = 0.4 + random.nextDouble() * 0.6;
        Map<String, ChecklistMark> checklist = new LinkedHashMap<>();
        for (CatalogItem item : program.checklistItems()) {
            boolean done = random.nextDouble() < diligence + 0.1;
            checklist.put(item.id(), new ChecklistMark(item.id(), done, done ? joined.plusDays(random.nextInt(90))
                    : null));
        }
        BigDecimal typical = typicalSale(program.currency()).multiply(BigDecimal.valueOf(0.3 + random.nextDouble()
                * 1.7));
        List<SalesPlan> plans = random.nextDouble() < diligence
                ? List.of(new SalesPlan(asOf.getYear(), new Money(typical.multiply(BigDecimal.valueOf(
                        Math.max(1, salesCount / 3))).setScale(0, RoundingMode.HALF_UP), program.currency())))
                : List.of();
        return new PartnerFacts(new PartnerProfile(name, joined, held), List.of(),
                staff(program, index, diligence, random), sales(program, salesCount, typical, random),
                activities(program, joined, diligence, random), checklist, plans, List.of());
    }

    private List<StaffMember> staff(Program program, int index, double diligence, SplittableRandom random) {
        List<StaffMember> staff = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int s = 0; s < count; s++) {
            List<String> roles = new ArrayList<>();
            for (CatalogItem role : program.roles()) {
                if (random.nextDouble() < diligence * 0.6) {
                    roles.add(role.id());
                }
            }
            List<Certification> certifications = new ArrayList<>();
            for (CatalogItem certification : program.certifications()) {
                if (random.nextDouble() < diligence * 0.7) {
                    LocalDate earned = asOf.minusDays(30 + random.nextInt(900));
                    // a quarter never expire; the rest run out from two months ago to a year ahead
                    LocalDate expires = random.nextInt(4) == 0 ? null : asOf.plusDays(random.nextInt(425) - 60);
                    if (expires != null && expires.isBefore(earned)) {
                        expires = earned.plusYears(1);
                    }
                    certifications.add(new Certification(certification.id(), earned, expires));
                }
            }
            staff.add(new StaffMember(s + 1, "Engineer " + (index + 1) + "-" + (s + 1), roles, certifications));
        }
        return staff;
    }

    private List<Sale> sales(Program program, int count, BigDecimal typical, SplittableRandom random) {
        List<Sale> sales = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            LocalDate month = seasonalMonth(random);
            LocalDate date = month.plusDays(random.nextInt(daysSold(month)));
            BigDecimal amount = typical.multiply(BigDecimal.valueOf(0.2 + random.nextDouble() * 1.8))
                    .setScale(2, RoundingMode.HALF_UP);
            String category = program.rewardCategories().isEmpty() ? null
                    : program.rewardCategories().get(random.nextInt(program.rewardCategories().size())).id();
            LocalDate returned = random.nextInt(60) == 0 ? date.plusDays(1 + random.nextInt(30)) : null;
            sales.add(new Sale(n + 1, date, new Money(amount, program.currency()), category, 1 + random.nextInt(5),
                    "Product " + (1 + random.nextInt(12)), returned));
        }
        return sales;
    }

    /**
     * The days of a month that can have sales: all of them, but in the as-of month only those up to the as-of
     * date, which also takes that month's weight down in proportion (a month just begun has sold little so far).
     */
    private int daysSold(LocalDate monthStart) {
        return monthStart.getYear() == asOf.getYear() && monthStart.getMonth() == asOf.getMonth()
                ? asOf.getDayOfMonth() : monthStart.lengthOfMonth();
    }

    /** The first day of one of the last {@link #MONTHS} months, drawn by the month's season weight. */
    private LocalDate seasonalMonth(SplittableRandom random) {
        double pick = random.nextDouble() * weightTotal;
        for (int m = 0; m < MONTHS; m++) {
            pick -= monthWeights[m];
            if (pick < 0) {
                return monthStarts[m];
            }
        }
        return monthStarts[MONTHS - 1];
    }

    private List<Activity> activities(Program program, LocalDate joined, double diligence,
                                      SplittableRandom random) {
        List<Activity> activities = new ArrayList<>();
        if (program.activityTypes().isEmpty()) {
            return activities;
        }
        int count = (int) (diligence * 24);
        for (int a = 0; a < count; a++) {
            ActivityType type = program.activityTypes().get(random.nextInt(program.activityTypes().size()));
            LocalDate date = asOf.minusDays(random.nextInt(720));
            if (date.isBefore(joined)) {
                date = joined;
            }
            boolean approved = !type.approvalRequired() || random.nextDouble() < diligence;
            activities.add(new Activity(a + 1, date, type.id(), approved, null, null));
        }
        return activities;
    }

    /** A middling sale in the currency, so that yearly volumes land around the shipped programs' thresholds. */
    private static BigDecimal typicalSale(String currency) {
        return switch (currency) {
            case "RUB" -> BigDecimal.valueOf(60_000);
            case "KZT" -> BigDecimal.valueOf(250_000);
            default -> BigDecimal.valueOf(1_500);
        };
    }
}
