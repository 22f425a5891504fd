package org.tierdesk.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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

/**
 * A deterministic synthetic portfolio for benchmarks and the scale checks: {@code partners} partners spread over
 * the given programs in turn, {@code sales} sales spread evenly over them (dated in the 36 months before the as-of
 * date, in the program's currency, one in fifty returned), with staff, certifications (some expiring soon),
 * checklist answers, activities and plans drawn so that every program shows partners at every tier, at risk and
 * due for an upgrade. The same arguments always give the same facts.
 */
public final class PortfolioGenerator {
    private final Workspace workspace;

    public PortfolioGenerator(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Stores the portfolio (one transaction per partner) and returns the new partners' ids. */
    public List<Long> generate(List<Program> programs, int partners, int sales, LocalDate asOf, long seed) {
        if (programs.isEmpty() || partners <= 0) {
            throw new IllegalArgumentException("a portfolio needs at least one program and one partner");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> ids = new ArrayList<>(partners);
        for (int i = 0; i < partners; i++) {
            Program program = programs.get(i % programs.size());
            int salesOfPartner = sales / partners + (i < sales % partners ? 1 : 0);
            PartnerFacts facts = partner(program, i, salesOfPartner, asOf, random.split());
            PartnerDraft draft = new PartnerDraft(facts.profile().name(), program.id(),
                    TERRITORIES[i % TERRITORIES.length], facts.profile().joined(), facts.profile().heldTier(), null);
            ids.add(workspace.partnerImport().create(draft, facts));
        }
        return List.copyOf(ids);
    }

    private static final String[] TERRITORIES = {"Moscow", "Saint Petersburg", "Novosibirsk", "Kazan", "Almaty",
            "Astana", "Yekaterinburg", "Samara"};
    private static final String[] NAME_PARTS = {"Alfa", "Vektor", "Sigma", "Orion", "Delta", "Nord", "Ural", "Baikal",
            "Volga", "Altai", "Kedr", "Polus", "Granit", "Sever", "Zenit", "Avangard"};
    private static final String[] NAME_KINDS = {"Soft", "Systems", "IT", "Integration", "Consulting", "Telecom",
            "Data", "Service"};

    static PartnerFacts partner(Program program, int index, int salesCount, LocalDate asOf, SplittableRandom random) {
        String name = NAME_PARTS[index % NAME_PARTS.length] + " " + NAME_KINDS[(index / NAME_PARTS.length)
                % NAME_KINDS.length] + " " + (index + 1);
        LocalDate joined = asOf.minusDays(400 + random.nextInt(1000));
        String held = program.tiers().get(random.nextInt(program.tiers().size())).id();
        Tier heldTier = program.tier(held).orElseThrow();
        if (heldTier.addOn()) {
            held = program.tiers().get(0).id();
        }
        // how diligent the partner is: the share of checklist items, certifications and activities it has
        double diligence = 0.5 + random.nextDouble() * 0.5;
        List<StaffMember> staff = new ArrayList<>();
        int staffCount = 1 + random.nextInt(5);
        for (int s = 0; s < staffCount; s++) {
            List<String> roles = new ArrayList<>();
            for (CatalogItem role : program.roles()) {
                if (random.nextDouble() < diligence * 0.6) {
                    roles.add(role.id());
                }
            }
            List<Certification> certifications = new ArrayList<>();
            for (CatalogItem certification : program.certifications()) {
                if (random.nextDouble() < diligence * 0.7) {
                    LocalDate earned = asOf.minusDays(30 + random.nextInt(700));
                    LocalDate expires = random.nextInt(4) == 0 ? null : asOf.plusDays(random.nextInt(400) - 30);
                    if (expires != null && !expires.isAfter(earned)) {
                        expires = earned.plusDays(365);
                    }
                    certifications.add(new Certification(certification.id(), earned, expires));
                }
            }
            staff.add(new StaffMember(s + 1, "Staff " + (index + 1) + "-" + (s + 1), roles, certifications));
        }
        Map<String, ChecklistMark> checklist = new HashMap<>();
        for (CatalogItem item : program.checklistItems()) {
            boolean done = random.nextDouble() < diligence + 0.1;
            checklist.put(item.id(), new ChecklistMark(item.id(), done, done ? joined.plusDays(random.nextInt(60))
                    : null));
        }
        double size = 0.4 + random.nextDouble() * 1.2;
        BigDecimal typical = yearlySales(program.currency()).multiply(BigDecimal.valueOf(size))
                .divide(BigDecimal.valueOf(Math.max(1, salesCount / 3)), 2, RoundingMode.HALF_UP);
        List<Sale> sales = new ArrayList<>(salesCount);
        int span = 36 * 30;
        for (int n = 0; n < salesCount; n++) {
            LocalDate date = asOf.minusDays(random.nextInt(span));
            if (date.isBefore(joined)) {
                date = joined.plusDays(random.nextInt((int) Math.max(1, asOf.toEpochDay() - joined.toEpochDay())));
            }
            BigDecimal amount = typical.multiply(BigDecimal.valueOf(0.2 + random.nextDouble() * 1.8))
                    .setScale(2, RoundingMode.HALF_UP);
            String category = program.rewardCategories().isEmpty() ? null
                    : program.rewardCategories().get(random.nextInt(program.rewardCategories().size())).id();
            LocalDate returned = random.nextInt(50) == 0 ? date.plusDays(1 + random.nextInt(40)) : null;
            sales.add(new Sale(n + 1, date, new Money(amount, program.currency()), category, 1 + random.nextInt(3),
                    "Product " + (1 + random.nextInt(12)), returned));
        }
        List<Activity> activities = new ArrayList<>();
        if (!program.activityTypes().isEmpty()) {
            int activityCount = (int) (diligence * 24);
            for (int a = 0; a < activityCount; a++) {
                ActivityType type = program.activityTypes().get(random.nextInt(program.activityTypes().size()));
                LocalDate date = asOf.minusDays(random.nextInt(720));
                if (date.isBefore(joined)) {
                    date = joined;
                }
                activities.add(new Activity(a + 1, date, type.id(), random.nextDouble() < diligence, null, null));
            }
        }
        List<SalesPlan> plans = new ArrayList<>();
        if (random.nextDouble() < diligence) {
            plans.add(new SalesPlan(asOf.getYear(), new Money(typical.multiply(BigDecimal.valueOf(
                    Math.max(1, salesCount / 3) * (0.6 + random.nextDouble() * 0.8))).setScale(0,
                    RoundingMode.HALF_UP),
                    program.currency())));
        }
        return new PartnerFacts(new PartnerProfile(name, joined, held), List.of(), staff, sales, activities,
                checklist, plans, List.of());
    }

    /** A year's sales of a middling partner, so that volumes land around the shipped programs' thresholds. */
    private static BigDecimal yearlySales(String currency) {
        return switch (currency) {
            case "RUB" -> BigDecimal.valueOf(900_000);
            case "KZT" -> BigDecimal.valueOf(4_000_000);
            default -> BigDecimal.valueOf(20_000);
        };
    }
}
