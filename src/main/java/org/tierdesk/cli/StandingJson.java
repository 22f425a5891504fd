package org.tierdesk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.standing.AccumulationResult;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.Gap;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.RewardCategory;

/**
 * A standing as the JSON object {@code tierdesk evaluate --format json} prints: the keys SCENARIOS.md requires
 * (program, asOf, heldTier, qualifiedTiers, points, rewards, requirements) and what a script may want besides.
 * Numbers are JSON numbers with no needless trailing zeros (40, not 40.00); yes/no requirements (a checklist item,
 * an agreed plan, another tier qualified) give booleans as current and required, quantities give numbers.
 */
final class StandingJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private StandingJson() {}

    static String render(Program program, PartnerFacts facts, Standing standing) {
        try {
            return JSON.writeValueAsString(tree(program, facts, standing));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a standing could not be written as JSON", e);
        }
    }

    static ObjectNode tree(Program program, PartnerFacts facts, Standing standing) {
        ObjectNode root = JSON.createObjectNode();
        root.put("program", standing.programId());
        root.put("programVersion", program.version());
        root.put("currency", program.currency());
        root.put("partner", facts.profile().name());
        root.put("asOf", standing.asOf().toString());
        root.put("heldTier", standing.heldTier());
        root.put("heldSince", standing.heldSince() == null ? null : standing.heldSince().toString());
        ArrayNode qualified = root.putArray("qualifiedTiers");
        standing.qualifiedTiers().forEach(qualified::add);
        root.put("nextTier", standing.nextTier());
        root.put("upgradeDue", standing.upgradeDue());
        root.put("atRisk", standing.atRisk());
        root.put("points", number(standing.points()));
        root.set("rewards", rewards(program, standing.rewards()));
        root.set("baseRewards", rewards(program, standing.baseRewards()));
        ArrayNode bonuses = root.putArray("bonuses");
        standing.bonuses().forEach(b -> bonuses.add(bonus(b)));
        ArrayNode requirements = root.putArray("requirements");
        standing.requirements().forEach(r -> requirements.add(requirement(r)));
        if (standing.accumulation() != null) {
            root.set("accumulation", accumulation(standing.accumulation()));
        }
        ArrayNode ledger = root.putArray("ledger");
        standing.ledger().forEach(entry -> ledger.add(ledgerEntry(entry)));
        return root;
    }

    /** Categories in the program's order, then any the program does not list. */
    private static ObjectNode rewards(Program program, Map<String, BigDecimal> percents) {
        ObjectNode node = JSON.createObjectNode();
        for (RewardCategory category : program.rewardCategories()) {
            if (percents.containsKey(category.id())) {
                node.put(category.id(), number(percents.get(category.id())));
            }
        }
        percents.keySet().stream().sorted().filter(id -> !node.has(id)).forEach(id -> node.put(id, number(percents.get(id))));
        return node;
    }

    private static ObjectNode bonus(BonusResult bonus) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", bonus.bonus().id());
        node.put("label", bonus.bonus().label().en());
        node.put("met", bonus.conditionMet());
        node.put("percent", number(bonus.percent()));
        if (bonus.bonus().category() != null) {
            node.put("category", bonus.bonus().category());
        }
        return node;
    }

    private static ObjectNode requirement(RequirementResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("tier", result.tier());
        node.put("id", result.id());
        node.put("kind", kind(result.requirement()));
        node.put("met", result.met());
        if (isYesNo(result.requirement())) {
            node.put("current", result.current() != null && result.current().signum() > 0);
            node.put("required", true);
        } else {
            node.put("current", number(result.current()));
            node.put("required", number(result.required()));
        }
        node.put("label", result.requirement().label().en());
        if (result.gap() != null) {
            node.put("gap", result.gap().text());
            node.set("missing", gap(result.gap()));
        }
        if (result.requirement().note() != null) {
            node.put("note", result.requirement().note().en());
        }
        return node;
    }

    private static ObjectNode gap(Gap gap) {
        ObjectNode node = JSON.createObjectNode();
        node.put("amount", number(gap.missing()));
        node.put("unit", gap.unit());
        node.put("subject", gap.subject());
        node.put("window", gap.window());
        return node;
    }

    private static ObjectNode accumulation(AccumulationResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("purchases", number(result.purchases()));
        node.put("ratePercent", number(result.ratePercent()));
        node.put("points", number(result.points()));
        node.put("nextThreshold", number(result.nextThreshold()));
        node.put("toNextThreshold", number(result.toNextThreshold()));
        node.put("nextRatePercent", number(result.nextRatePercent()));
        return node;
    }

    private static ObjectNode ledgerEntry(LedgerEntry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("date", entry.date().toString());
        node.put("source", entry.source());
        node.put("sourceId", entry.sourceId());
        node.put("description", entry.description());
        node.put("points", entry.points());
        node.put("balance", entry.balance());
        return node;
    }

    private static boolean isYesNo(Requirement requirement) {
        return requirement instanceof Requirement.Checklist || requirement instanceof Requirement.PlanAgreed
                || requirement instanceof Requirement.TierQualified;
    }

    private static String kind(Requirement requirement) {
        return switch (requirement) {
            case Requirement.Checklist c -> "checklist";
            case Requirement.CertifiedStaff c -> "certified-staff";
            case Requirement.StaffInRole s -> "staff-in-role";
            case Requirement.SalesVolume v -> "sales-volume";
            case Requirement.Points p -> "points";
            case Requirement.ActivityCount a -> "activity-count";
            case Requirement.ActivityRatio a -> "activity-ratio";
            case Requirement.QuarterlyActivity q -> "quarterly-activity";
            case Requirement.PlanAgreed p -> "plan-agreed";
            case Requirement.PlanMet p -> "plan-met";
            case Requirement.TierQualified t -> "tier-qualified";
        };
    }

    /** 40.00 → 40, 1.4E+5 → 140000, 0.50 → 0.5; null stays null. */
    static BigDecimal number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
