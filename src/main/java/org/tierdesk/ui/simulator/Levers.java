package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.Bonus;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.program.Window;
import org.tierdesk.ui.Messages;

/**
 * The controls a partner's program makes relevant: sales (money) in the windows its volume rules look at, per
 * category, or on the as-of date where points, accumulation or a plan count them; licenses where a rule counts
 * licenses; each certification; the roles its rules ask for; the activity types that earn points or that a rule or
 * bonus counts; quarterly activities; the checklist items not done yet; the plan where a rule looks at it.
 */
final class Levers {
    private static final BigDecimal STAFF_MAX = BigDecimal.TEN;
    private static final BigDecimal ACTIVITY_MAX = BigDecimal.valueOf(20);

    private Levers() {
    }

    static List<Lever> of(Program program, FactsSummary now, Messages messages) {
        Locale locale = messages.locale();
        List<Requirement> rules = rules(program);
        List<Lever> levers = new ArrayList<>();
        List<String> categories = program.rewardCategories().isEmpty() ? java.util.Collections.singletonList(null)
                : program.rewardCategories().stream().map(RewardCategory::id).toList();

        Set<Window> amountWindows = new LinkedHashSet<>();
        Set<Window> licenseWindows = new LinkedHashSet<>();
        BigDecimal amountMax = BigDecimal.ZERO;
        BigDecimal licenseMax = BigDecimal.ZERO;
        boolean planMet = false;
        boolean planAgreed = false;
        for (Requirement rule : rules) {
            switch (rule) {
                case Requirement.SalesVolume r when r.unit() == VolumeUnit.LICENSES -> {
                    licenseWindows.add(r.window());
                    licenseMax = licenseMax.max(r.minimum());
                }
                case Requirement.SalesVolume r -> {
                    amountWindows.add(r.window());
                    amountMax = amountMax.max(r.minimum());
                }
                case Requirement.PlanMet r -> planMet = true;
                case Requirement.PlanAgreed r -> planAgreed = true;
                default -> { }
            }
        }
        boolean salesCount = program.pointsRules() != null || program.accumulation() != null || planMet;
        if (amountWindows.isEmpty() && salesCount) {
            amountWindows.add(null);
        }
        amountMax = amountMax.max(pointsScale(program)).max(accumulationScale(program));
        if (planMet) {
            amountMax = amountMax.max(now.value(new Measure.PlanAmount()));
        }
        amountMax = amountMax.signum() == 0 ? BigDecimal.valueOf(1_000_000) : amountMax;
        for (Window window : amountWindows) {
            for (String category : categories) {
                levers.add(new Lever("lever-sales-" + slug(category) + "-" + (window == null ? "asof" : window.id()),
                        LeverKind.SALES_AMOUNT, category, window,
                        messages.format("simulator.lever.sales", categoryLabel(program, category, messages, locale),
                                windowLabel(window, messages), program.currency()), amountMax));
            }
        }
        for (Window window : licenseWindows) {
            for (String category : categories) {
                levers.add(new Lever("lever-licenses-" + slug(category) + "-" + slug(window.id()),
                        LeverKind.LICENSES, category, window,
                        messages.format("simulator.lever.licenses", categoryLabel(program, category, messages, locale),
                                windowLabel(window, messages)), licenseMax.multiply(BigDecimal.valueOf(2))));
            }
        }
        for (CatalogItem certification : program.certifications()) {
            levers.add(new Lever("lever-certified-" + certification.id(), LeverKind.CERTIFIED_STAFF,
                    certification.id(), null, messages.format("simulator.lever.certified",
                    certification.label().in(locale)), STAFF_MAX));
        }
        Set<String> roles = new LinkedHashSet<>();
        Set<String> counted = new LinkedHashSet<>();
        Set<String> quarterly = new LinkedHashSet<>();
        for (Requirement rule : rules) {
            switch (rule) {
                case Requirement.StaffInRole r -> roles.add(r.role());
                case Requirement.ActivityCount r -> counted.add(r.activityType());
                case Requirement.ActivityRatio r -> {
                    counted.add(r.numeratorType());
                    counted.add(r.denominatorType());
                }
                case Requirement.QuarterlyActivity r -> quarterly.add(r.activityType());
                default -> { }
            }
        }
        for (String role : roles) {
            levers.add(new Lever("lever-role-" + role, LeverKind.STAFF_IN_ROLE, role, null,
                    messages.format("simulator.lever.role", label(program.roles(), role, locale)), STAFF_MAX));
        }
        for (ActivityType type : program.activityTypes()) {
            if (type.points() > 0 || counted.contains(type.id())) {
                String label = type.points() > 0
                        ? messages.format("simulator.lever.activityPoints", type.label().in(locale), type.points())
                        : messages.format("simulator.lever.activity", type.label().in(locale));
                levers.add(new Lever("lever-activity-" + type.id(), LeverKind.ACTIVITIES, type.id(), null, label,
                        ACTIVITY_MAX));
            }
        }
        for (String type : quarterly) {
            String label = program.activityType(type).map(t -> t.label().in(locale)).orElse(type);
            levers.add(new Lever("lever-quarterly-" + type, LeverKind.ACTIVITY_EACH_QUARTER, type, null,
                    messages.format("simulator.lever.quarterly", label), BigDecimal.ONE));
        }
        for (CatalogItem item : program.checklistItems()) {
            if (now.value(new Measure.ChecklistDone(item.id())).signum() == 0) {
                levers.add(new Lever("lever-checklist-" + item.id(), LeverKind.CHECKLIST, item.id(), null,
                        item.label().in(locale), BigDecimal.ONE));
            }
        }
        if ((planAgreed || planMet) && now.value(new Measure.PlanAgreed()).signum() == 0) {
            levers.add(new Lever("lever-plan-agreed", LeverKind.PLAN_AGREED, null, null,
                    messages.get("simulator.lever.planAgreed"), BigDecimal.ONE));
            if (planMet) {
                levers.add(new Lever("lever-plan-amount", LeverKind.PLAN_AMOUNT, null, null,
                        messages.format("simulator.lever.planAmount", program.currency()), amountMax));
            }
        }
        if (planMet) {
            levers.add(new Lever("lever-plan-met", LeverKind.PLAN_MET, null, null,
                    messages.get("simulator.lever.planMet"), BigDecimal.ONE));
        }
        return List.copyOf(levers);
    }

    /** Every tier requirement and bonus condition of the program. */
    private static List<Requirement> rules(Program program) {
        List<Requirement> rules = new ArrayList<>();
        for (Tier tier : program.tiers()) {
            rules.addAll(tier.requirements());
        }
        for (Bonus bonus : program.bonuses()) {
            if (bonus.condition() != null) {
                rules.add(bonus.condition());
            }
        }
        return rules;
    }

    /** Enough sales to earn the highest points threshold (Bitrix: 2,000 points at 1 per 10 USD: 20,000 USD). */
    private static BigDecimal pointsScale(Program program) {
        if (program.pointsRules() == null || program.pointsRules().points() <= 0) {
            return BigDecimal.ZERO;
        }
        long most = 0;
        for (Tier tier : program.tiers()) {
            for (Requirement r : tier.requirements()) {
                if (r instanceof Requirement.Points p) {
                    most = Math.max(most, p.minimum());
                }
            }
        }
        return program.pointsRules().perAmount().multiply(BigDecimal.valueOf(most))
                .divide(BigDecimal.valueOf(program.pointsRules().points()), 0, java.math.RoundingMode.CEILING);
    }

    private static BigDecimal accumulationScale(Program program) {
        if (program.accumulation() == null) {
            return BigDecimal.ZERO;
        }
        return program.accumulation().brackets().stream().map(b -> b.above()).reduce(BigDecimal.ZERO,
                BigDecimal::max);
    }

    static String categoryLabel(Program program, String category, Messages messages, Locale locale) {
        if (category == null) {
            return messages.get("simulator.category.all");
        }
        return program.rewardCategories().stream().filter(c -> c.id().equals(category)).findFirst()
                .map(c -> c.label().in(locale)).orElse(category);
    }

    static String windowLabel(Window window, Messages messages) {
        return messages.get("simulator.window." + (window == null ? "asOf" : window.id()));
    }

    private static String label(List<CatalogItem> items, String id, Locale locale) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().map(i -> i.label().in(locale)).orElse(id);
    }

    private static String slug(String id) {
        return id == null ? "all" : id;
    }
}
