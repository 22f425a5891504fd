package org.tierdesk.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.measure.Measures;
import org.tierdesk.engine.money.CurrencyConverter;
import org.tierdesk.engine.points.AccumulationPoints;
import org.tierdesk.engine.points.PointsLedger;
import org.tierdesk.engine.standing.AccumulationResult;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Bonus;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Tier;

/**
 * Where a partner stands in its program on a date. Stateless and thread-safe.
 * <ul>
 * <li>Every requirement of every tier is evaluated; a tier is qualified when all its requirements are met. A
 * TierQualified requirement (an add-on's base) looks at the other tiers, which are evaluated first; a cycle of
 * such requirements (which program validation rejects) counts as not qualified.</li>
 * <li>points: the points balance where the program keeps one, else the accumulation points, else 0.</li>
 * <li>rewards: the held tier's base rewards plus the bonuses whose condition holds (the held tier's percent),
 * capped at the program's reward cap.</li>
 * <li>nextTier: the next tier up the held tier's track (never an add-on; none for an add-on or at the top).</li>
 * <li>upgradeDue: a tier above the held one on its track is qualified, or an add-on that is not held is
 * qualified (Intelligent Platforms' service on top of corporate: the manager records it when the vendor grants
 * it).</li>
 * <li>atRisk: a requirement of the held tier is not met.</li>
 * </ul>
 */
public final class StandingEvaluator {

    /** From a facts summary alone (the store's SQL aggregates): the standing has no ledger lines. */
    public Standing evaluate(Program program, FactsSummary summary) {
        return evaluate(program, summary, List.of());
    }

    /** From a partner's raw facts: summarised as of {@code asOf}, with the points ledger. */
    public Standing evaluate(Program program, PartnerFacts facts, LocalDate asOf) {
        CurrencyConverter converter = CurrencyConverter.of(facts.rates());
        PointsLedger ledger = Measures.hasPoints(program)
                ? PointsLedger.build(program, facts, asOf, converter) : PointsLedger.empty();
        FactsSummary summary = FactsSummarizer.summarize(program, facts, asOf, converter, ledger);
        return evaluate(program, summary, ledger.entries());
    }

    private Standing evaluate(Program program, FactsSummary summary, List<LedgerEntry> ledger) {
        String heldId = summary.heldTier();
        Tier held = heldId == null ? null : program.tier(heldId).orElseThrow(() -> new IllegalArgumentException(
                "held tier '" + heldId + "' is not a tier of program " + program.id()));
        TierResults tiers = new TierResults(program, summary);
        List<RequirementResult> requirements = new ArrayList<>();
        List<String> qualifiedTiers = new ArrayList<>();
        for (Tier tier : program.tiers()) {
            requirements.addAll(tiers.results(tier.id()));
            if (tiers.qualifies(tier.id())) {
                qualifiedTiers.add(tier.id());
            }
        }

        AccumulationResult accumulation = program.accumulation() == null ? null
                : AccumulationPoints.of(program.accumulation(),
                summary.value(new Measure.SalesAmount(program.accumulation().window(), null)));
        BigDecimal points = Measures.hasPoints(program) ? summary.value(new Measure.PointsBalance())
                : accumulation != null ? accumulation.points() : BigDecimal.ZERO;

        Map<String, BigDecimal> baseRewards = held == null ? Map.of() : held.rewards();
        List<BonusResult> bonuses = new ArrayList<>();
        RequirementCheck check = new RequirementCheck(summary, program.currency(), tiers::qualifies);
        for (Bonus bonus : program.bonuses()) {
            bonuses.add(bonus(bonus, heldId, check));
        }
        Map<String, BigDecimal> rewards = RewardTotals.of(orderedRewards(program, baseRewards), bonuses,
                program.rewardCap());

        boolean atRisk = held != null && tiers.results(heldId).stream().anyMatch(r -> !r.met());
        return new Standing(program.id(), summary.asOf(), heldId, summary.heldSince(), qualifiedTiers,
                requirements, points, ledger, baseRewards, bonuses, rewards, accumulation, nextTier(program, held),
                upgradeDue(program, held, qualifiedTiers), atRisk);
    }

    private static BonusResult bonus(Bonus bonus, String heldTier, RequirementCheck check) {
        RequirementResult condition = bonus.condition() == null ? null
                : check.check(heldTier == null ? "" : heldTier, bonus.condition());
        boolean met = condition == null || condition.met();
        BigDecimal percent = heldTier == null ? BigDecimal.ZERO
                : bonus.percentByTier().getOrDefault(heldTier, BigDecimal.ZERO);
        return new BonusResult(bonus, met, met ? percent : BigDecimal.ZERO, condition);
    }

    /** The base rewards in the program's category order, so bonuses and caps see a stable order. */
    private static Map<String, BigDecimal> orderedRewards(Program program, Map<String, BigDecimal> base) {
        Map<String, BigDecimal> ordered = new java.util.LinkedHashMap<>();
        program.rewardCategories().forEach(c -> {
            if (base.containsKey(c.id())) {
                ordered.put(c.id(), base.get(c.id()));
            }
        });
        base.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String nextTier(Program program, Tier held) {
        if (held == null || held.addOn()) {
            return null;
        }
        for (int i = program.tierIndex(held.id()) + 1; i < program.tiers().size(); i++) {
            Tier tier = program.tiers().get(i);
            if (!tier.addOn() && java.util.Objects.equals(tier.track(), held.track())) {
                return tier.id();
            }
        }
        return null;
    }

    private static boolean upgradeDue(Program program, Tier held, List<String> qualifiedTiers) {
        if (held == null) {
            return false;
        }
        int heldIndex = program.tierIndex(held.id());
        for (String id : qualifiedTiers) {
            Tier tier = program.tier(id).orElseThrow();
            if (tier.id().equals(held.id())) {
                continue;
            }
            boolean aboveOnTrack = !held.addOn() && !tier.addOn()
                    && java.util.Objects.equals(tier.track(), held.track()) && program.tierIndex(id) > heldIndex;
            if (aboveOnTrack || tier.addOn()) {
                return true;
            }
        }
        return false;
    }

    /** Each tier's requirement results, computed once, tiers that others depend on first. */
    private static final class TierResults {
        private final Program program;
        private final RequirementCheck check;
        private final Map<String, List<RequirementResult>> results = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        TierResults(Program program, FactsSummary summary) {
            this.program = program;
            this.check = new RequirementCheck(summary, program.currency(), this::qualifies);
        }

        boolean qualifies(String tierId) {
            if (program.tier(tierId).isEmpty() || inProgress.contains(tierId)) {
                return false;
            }
            return results(tierId).stream().allMatch(RequirementResult::met);
        }

        List<RequirementResult> results(String tierId) {
            List<RequirementResult> known = results.get(tierId);
            if (known != null) {
                return known;
            }
            Tier tier = program.tier(tierId).orElseThrow();
            inProgress.add(tierId);
            List<RequirementResult> list = new ArrayList<>(tier.requirements().size());
            for (Requirement requirement : tier.requirements()) {
                list.add(check.check(tierId, requirement));
            }
            inProgress.remove(tierId);
            List<RequirementResult> done = List.copyOf(list);
            results.put(tierId, done);
            return done;
        }
    }
}
