package org.tierdesk.engine.standing;

import java.math.BigDecimal;

/**
 * What is missing for a requirement, structured so each screen and language can phrase it: {@code missing} more
 * of {@code unit} (one of {@link GapUnit}'s, or a currency code for money, rounded up to whole units), about
 * {@code subject} (a certification, role, activity type, checklist item, category, comma-separated tier ids, or
 * null), in {@code window}: a window id ("trailing-12-months"), quarter labels ("2025-Q4,2026-Q2": the quarters
 * lacking an activity), "last-N-quarters", a year ("2026", for a missing plan), or null.
 * {@code text} is the English phrase ("1 more certified bitrix-engineer", "137 more points"); {@link GapPhrases}
 * phrases it in the user's language.
 */
public record Gap(BigDecimal missing, String unit, String subject, String window, String text) {
}
