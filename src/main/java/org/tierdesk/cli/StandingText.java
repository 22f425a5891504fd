package org.tierdesk.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;

/**
 * A standing as a person reads it in a terminal: program and partner, the held tier and its state, the qualified
 * tiers, what is missing for the next tier (or to keep the held one), points and rewards with bonuses.
 */
final class StandingText {
    private StandingText() {}

    static String render(Program program, PartnerFacts facts, Standing standing) {
        StringBuilder out = new StringBuilder();
        line(out, "Program", program.name().en() + " (" + program.id() + ", version " + program.version() + ")");
        line(out, "Partner", facts.profile().name());
        line(out, "As of", standing.asOf().toString());
        String held = tierName(program, standing.heldTier());
        if (standing.heldSince() != null) {
            held += " since " + standing.heldSince();
        }
        if (standing.atRisk()) {
            held += " — AT RISK: its requirements are not all met";
        }
        line(out, "Held tier", held);
        line(out, "Qualified", standing.qualifiedTiers().isEmpty() ? "none"
                : standing.qualifiedTiers().stream().map(t -> tierName(program, t)).collect(Collectors.joining(", ")));
        if (standing.upgradeDue()) {
            line(out, "Upgrade due", "a tier above the held one is qualified");
        }
        if (standing.atRisk()) {
            gaps(out, "To keep " + tierName(program, standing.heldTier()),
                    standing.requirementsOf(standing.heldTier()));
        }
        if (standing.nextTier() != null) {
            gaps(out, "To reach " + tierName(program, standing.nextTier()), standing.requirementsOf(standing.nextTier()));
        } else {
            line(out, "Next tier", "none (the top of its track)");
        }
        line(out, "Points", plain(standing.points()));
        if (standing.accumulation() != null) {
            var a = standing.accumulation();
            String text = plain(a.purchases()) + " " + program.currency() + " purchases × " + plain(a.ratePercent())
                    + " % = " + plain(a.points()) + " points";
            if (a.nextThreshold() != null) {
                text += "; above " + plain(a.nextThreshold()) + " " + program.currency() + " ("
                        + plain(a.toNextThreshold()) + " more) the rate is " + plain(a.nextRatePercent()) + " %";
            }
            line(out, "Accumulation", text);
        }
        line(out, "Rewards", rewards(program, standing.rewards()));
        List<BonusResult> earned = standing.bonuses().stream().filter(BonusResult::conditionMet).toList();
        if (!earned.isEmpty()) {
            line(out, "Bonuses", earned.stream().map(b -> b.bonus().label().en() + " +" + plain(b.percent()) + " %")
                    .collect(Collectors.joining("; ")));
        }
        return out.toString();
    }

    private static void gaps(StringBuilder out, String heading, List<RequirementResult> results) {
        List<RequirementResult> missing = results.stream().filter(r -> !r.met()).toList();
        if (missing.isEmpty()) {
            line(out, heading, "every requirement is met");
            return;
        }
        out.append(heading).append(":\n");
        for (RequirementResult result : missing) {
            String gap = result.gap() != null ? result.gap().text() : result.requirement().label().en();
            out.append("  - ").append(gap).append("  (").append(result.requirement().label().en()).append(")\n");
        }
    }

    private static String rewards(Program program, Map<String, BigDecimal> percents) {
        if (percents.isEmpty()) {
            return "none published";
        }
        return program.rewardCategories().stream().filter(c -> percents.containsKey(c.id()))
                .map(c -> label(c) + " " + plain(percents.get(c.id())) + " %").collect(Collectors.joining(", "));
    }

    private static String label(RewardCategory category) {
        return category.label().en().equalsIgnoreCase(category.id()) ? category.id()
                : category.label().en() + " [" + category.id() + "]";
    }

    private static String tierName(Program program, String tierId) {
        if (tierId == null) {
            return "none";
        }
        return program.tier(tierId).map(Tier::label).map(l -> l.en().equalsIgnoreCase(tierId) ? tierId
                : l.en() + " [" + tierId + "]").orElse(tierId);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("%-13s %s", label + ":", value)).append('\n');
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : StandingJson.number(value).toPlainString();
    }
}
