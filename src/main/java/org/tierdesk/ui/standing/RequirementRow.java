package org.tierdesk.ui.standing;

import java.math.BigDecimal;

/**
 * One requirement as the standing tab lists it, texts already in the manager's language: {@code current} and
 * {@code required} are the engine's figures (1/0 for yes/no requirements), {@code progress} 0..1.
 */
public record RequirementRow(String tier, String id, String label, String note, boolean met, BigDecimal current,
                             BigDecimal required, String currentText, String requiredText, double progress,
                             String gap) {
}
