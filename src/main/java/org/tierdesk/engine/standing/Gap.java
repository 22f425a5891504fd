package org.tierdesk.engine.standing;

import java.math.BigDecimal;

/**
 * What is missing for a requirement, structured so each screen and language can phrase it: {@code missing} more
 * of {@code unit} (points, licenses, a currency code, certified staff, activities...), about {@code subject}
 * (a certification, role, activity type, checklist item, category), in {@code window} (a window id, or null).
 * {@code text} is the English phrase ("1 more certified bitrix-engineer", "137 more points").
 */
public record Gap(BigDecimal missing, String unit, String subject, String window, String text) {
}
