package org.tierdesk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.engine.whatif.Comparison;
import org.tierdesk.engine.whatif.ExtraSales;
import org.tierdesk.engine.whatif.Projection;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;

/** A saved plan in the report's words: what its what-if assumes, and what it changes in the standing. */
final class PlanWording {
    private final Program program;
    private final ReportLanguage language;
    private final ProgramLabels labels;

    PlanWording(Program program, ReportLanguage language, ProgramLabels labels) {
        this.program = program;
        this.language = language;
        this.labels = labels;
    }

    String assumes(WhatIf whatIf) {
        List<String> parts = new ArrayList<>();
        for (ExtraSales sales : whatIf.sales()) {
            String category = sales.category() == null ? language.text("plans.assume.anyCategory")
                    : labels.category(sales.category());
            String window = sales.window() == null ? language.text("plans.assume.onDate")
                    : language.text("window." + sales.window().id());
            if (sales.amount().signum() > 0) {
                parts.add(language.text("plans.assume.sales", language.money(sales.amount(), program.currency()),
                        category, window));
            }
            if (sales.licenses() > 0) {
                parts.add(language.text("plans.assume.licenses", language.number(sales.licenses()), category,
                        window));
            }
        }
        whatIf.certifiedStaff().forEach((id, n) -> parts.add(language.text("plans.assume.certified",
                language.number(n), item(program.certifications(), id))));
        whatIf.staffInRole().forEach((id, n) -> parts.add(language.text("plans.assume.role", language.number(n),
                item(program.roles(), id))));
        whatIf.activities().forEach((id, n) -> parts.add(language.text("plans.assume.activities",
                language.number(n), labels.activityType(id))));
        whatIf.activityEachQuarter().forEach(id -> parts.add(language.text("plans.assume.eachQuarter",
                labels.activityType(id))));
        whatIf.checklistDone().forEach(id -> parts.add(language.text("plans.assume.checklist",
                item(program.checklistItems(), id))));
        if (whatIf.planAgreed()) {
            parts.add(whatIf.planAmount() == null ? language.text("plans.assume.planAgreed")
                    : language.text("plans.assume.planAmount", language.money(whatIf.planAmount(),
                    program.currency())));
        }
        if (whatIf.planMet()) {
            parts.add(language.text("plans.assume.planMet"));
        }
        if (whatIf.asOf() != null) {
            parts.add(language.text("plans.assume.asOf", language.date(whatIf.asOf())));
        }
        return parts.isEmpty() ? language.text("plans.assume.nothing") : String.join("; ", parts);
    }

    List<PlanChange> changes(Comparison comparison) {
        Projection before = comparison.before();
        Projection after = comparison.after();
        List<PlanChange> lines = new ArrayList<>();
        lines.add(new PlanChange(language.text("plans.line.tier"), labels.tier(before.tier()),
                labels.tier(after.tier())));
        lines.add(new PlanChange(language.text("plans.line.qualified"), tiers(before.qualifiedTiers()),
                tiers(after.qualifiedTiers())));
        if (program.pointsRules() != null || program.accumulation() != null || before.points().signum() != 0
                || after.points().signum() != 0) {
            lines.add(new PlanChange(language.text("plans.line.points"), language.number(before.points()),
                    language.number(after.points())));
        }
        for (RewardCategory category : program.rewardCategories()) {
            BigDecimal was = before.rewards().get(category.id());
            BigDecimal now = after.rewards().get(category.id());
            if (was != null || now != null) {
                lines.add(new PlanChange(language.text("plans.line.reward", labels.category(category.id())),
                        percent(was), percent(now)));
            }
        }
        String next = before.standing().nextTier();
        String shown = !Objects.equals(after.tier(), before.tier()) ? after.tier() : next;
        if (shown != null) {
            lines.add(new PlanChange(language.text("plans.line.requirements", labels.tier(shown)),
                    metOf(before.standing(), shown), metOf(after.standing(), shown)));
        }
        return lines;
    }

    private String metOf(Standing standing, String tier) {
        List<RequirementResult> all = standing.requirementsOf(tier);
        long met = all.stream().filter(RequirementResult::met).count();
        return language.text("plans.line.ofTotal", language.number(met), language.number(all.size()));
    }

    private String tiers(List<String> ids) {
        if (ids.isEmpty()) {
            return "—";
        }
        Set<String> names = new LinkedHashSet<>();
        ids.forEach(id -> names.add(labels.tier(id)));
        return String.join(", ", names);
    }

    private String percent(BigDecimal value) {
        return value == null ? "—" : language.percent(value);
    }

    private String item(List<CatalogItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().map(i -> language.label(i.label()))
                .orElse(id);
    }
}
