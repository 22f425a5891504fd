package org.tierdesk.program;

import java.math.BigDecimal;
import java.util.List;

/**
 * One condition of a tier (or of a bonus). Each kind names the fact it looks at; the engine measures that fact
 * and compares. {@code note} is the reading PROGRAMS.md fixes for an ambiguous rule, shown next to the rule.
 */
public sealed interface Requirement {
    String id();

    LocalizedText label();

    LocalizedText note();

    /** A checklist item (signed agreement, logo on website...) done on or before the as-of date. */
    record Checklist(String id, LocalizedText label, LocalizedText note, String item) implements Requirement {}

    /** At least {@code count} staff holding {@code certification}, valid on the as-of date. */
    record CertifiedStaff(String id, LocalizedText label, LocalizedText note, String certification, int count)
            implements Requirement {}

    /** At least {@code count} staff with {@code role}. */
    record StaffInRole(String id, LocalizedText label, LocalizedText note, String role, int count)
            implements Requirement {}

    /** Sales in {@code window} (money in program currency, or licenses) of {@code category}, or all when null. */
    record SalesVolume(String id, LocalizedText label, LocalizedText note, VolumeUnit unit, Window window,
                       String category, BigDecimal minimum) implements Requirement {}

    /** A points balance of at least {@code minimum}. */
    record Points(String id, LocalizedText label, LocalizedText note, long minimum) implements Requirement {}

    /** At least {@code minimum} activities of {@code activityType} in {@code window} (approved ones only if asked). */
    record ActivityCount(String id, LocalizedText label, LocalizedText note, String activityType, Window window,
                         int minimum, boolean approvedOnly) implements Requirement {}

    /**
     * count(numerator) compared with ratio × count(denominator), both in {@code window}. With {@code strict} the
     * numerator must exceed it; {@code minimumDenominator} is the denominator count below which the requirement
     * is met (0: met when there is none) or not (a positive figure the denominator must reach).
     */
    record ActivityRatio(String id, LocalizedText label, LocalizedText note, String numeratorType,
                         String denominatorType, Window window, BigDecimal ratio, boolean strict,
                         int minimumDenominator) implements Requirement {}

    /** At least one {@code activityType} activity in each of the last {@code quarters} completed calendar quarters. */
    record QuarterlyActivity(String id, LocalizedText label, LocalizedText note, String activityType, int quarters)
            implements Requirement {}

    /** An agreed sales plan exists for the as-of date's year. */
    record PlanAgreed(String id, LocalizedText label, LocalizedText note) implements Requirement {}

    /** A plan exists for the as-of year and sales in {@code window} reach its amount. */
    record PlanMet(String id, LocalizedText label, LocalizedText note, Window window) implements Requirement {}

    /** At least one of {@code tiers} is qualified (an add-on on top of another tier). */
    record TierQualified(String id, LocalizedText label, LocalizedText note, List<String> tiers)
            implements Requirement {}
}
