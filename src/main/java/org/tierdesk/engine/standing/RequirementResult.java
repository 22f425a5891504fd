package org.tierdesk.engine.standing;

import java.math.BigDecimal;
import org.tierdesk.program.Requirement;

/**
 * One requirement of one tier, evaluated: {@code current} and {@code required} are numbers (1/0 for yes/no
 * requirements); {@code progress} is current/required clamped to 0..1; {@code gap} is null when met.
 */
public record RequirementResult(String tier, Requirement requirement, boolean met, BigDecimal current,
                                BigDecimal required, double progress, Gap gap) {
    public String id() {
        return requirement.id();
    }
}
