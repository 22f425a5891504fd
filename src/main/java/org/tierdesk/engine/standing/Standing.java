package org.tierdesk.engine.standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A partner's standing in its program on {@code asOf}. {@code requirements}: every requirement of every tier in
 * program order. {@code points}: the points balance (Bitrix) or accumulation points (Intelligent Platforms), 0
 * where the program has none. {@code rewards}: category → percent for the held tier, bonuses included and capped.
 * {@code nextTier}: the next tier up the held tier's track, or null at the top (never an add-on or another
 * track's tier). {@code upgradeDue}: a tier above the held one on its track is qualified, or an add-on tier that is
 * not held is qualified (Intelligent Platforms' service on top of corporate). {@code atRisk}: the held tier's own
 * requirements are not all met. {@code ledger} is empty when the standing was evaluated from a facts summary.
 */
public record Standing(String programId, LocalDate asOf, String heldTier, LocalDate heldSince,
                       List<String> qualifiedTiers, List<RequirementResult> requirements, BigDecimal points,
                       List<LedgerEntry> ledger, Map<String, BigDecimal> baseRewards, List<BonusResult> bonuses,
                       Map<String, BigDecimal> rewards, AccumulationResult accumulation, String nextTier,
                       boolean upgradeDue, boolean atRisk) {
    public Standing {
        qualifiedTiers = List.copyOf(qualifiedTiers);
        requirements = List.copyOf(requirements);
        ledger = List.copyOf(ledger);
        baseRewards = Map.copyOf(baseRewards);
        bonuses = List.copyOf(bonuses);
        rewards = Map.copyOf(rewards);
    }

    public List<RequirementResult> requirementsOf(String tierId) {
        return requirements.stream().filter(r -> r.tier().equals(tierId)).toList();
    }
}
