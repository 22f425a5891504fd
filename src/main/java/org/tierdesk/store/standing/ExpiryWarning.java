package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tierdesk.engine.standing.RequirementResult;

/**
 * A requirement of the held or next tier that is met today and would fail soon.
 * <ul>
 * <li>CERTIFICATION: certifications of {@code subject} expire inside the look-ahead ({@code on}: the first of those
 * expiry dates); {@code current} staff would still hold it at the look-ahead's end, {@code expected} are needed.</li>
 * <li>MONTHLY_PACE: the requirement counts the last complete month, and this month's sales so far
 * ({@code current}) are behind the pace that reaches the minimum by the month's end {@code on}
 * ({@code expected}: the minimum × days elapsed / days in the month).</li>
 * </ul>
 */
public record ExpiryWarning(Kind kind, RequirementResult requirement, String subject, LocalDate on,
                            BigDecimal current, BigDecimal expected) {

    public enum Kind { CERTIFICATION, MONTHLY_PACE }
}
