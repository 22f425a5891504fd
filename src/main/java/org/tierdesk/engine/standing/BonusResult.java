package org.tierdesk.engine.standing;

import java.math.BigDecimal;
import org.tierdesk.program.Bonus;

/** A bonus of the program for the held tier: whether its condition holds and the percent it adds (0 if not). */
public record BonusResult(Bonus bonus, boolean conditionMet, BigDecimal percent, RequirementResult condition) {
}
