package org.tierdesk.engine.deal;

import org.tierdesk.program.Bonus;

/**
 * The held tier's reward with one bonus added (capped), whether its condition holds now, and the deal at that
 * reward.
 */
public record BonusQuote(Bonus bonus, boolean conditionMet, DealPrice price) {
}
