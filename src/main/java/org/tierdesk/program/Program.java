package org.tierdesk.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's partner program, as read from its program file. Tiers are in the program's order (lowest first on
 * each track). {@code rewardCap}: the most base plus bonuses may reach, in percent, or null.
 * {@code firstSaleDiscount}: an extra discount on the partner's very first sale, or null.
 */
public record Program(String id, String version, LocalDate effectiveFrom, LocalizedText vendor, LocalizedText name,
                      String currency, List<Tier> tiers, List<RewardCategory> rewardCategories,
                      List<CatalogItem> certifications, List<CatalogItem> roles, List<CatalogItem> checklistItems,
                      List<ActivityType> activityTypes, List<Bonus> bonuses, BigDecimal rewardCap,
                      PointsRules pointsRules, Accumulation accumulation, DowngradeRule downgrade,
                      Membership membership, List<LocalizedText> terms, FirstSaleDiscount firstSaleDiscount) {
    public Program {
        tiers = List.copyOf(tiers);
        rewardCategories = List.copyOf(rewardCategories);
        certifications = List.copyOf(certifications);
        roles = List.copyOf(roles);
        checklistItems = List.copyOf(checklistItems);
        activityTypes = List.copyOf(activityTypes);
        bonuses = List.copyOf(bonuses);
        terms = List.copyOf(terms);
    }

    /** A program without a first-sale discount. */
    public Program(String id, String version, LocalDate effectiveFrom, LocalizedText vendor, LocalizedText name,
                   String currency, List<Tier> tiers, List<RewardCategory> rewardCategories,
                   List<CatalogItem> certifications, List<CatalogItem> roles, List<CatalogItem> checklistItems,
                   List<ActivityType> activityTypes, List<Bonus> bonuses, BigDecimal rewardCap,
                   PointsRules pointsRules, Accumulation accumulation, DowngradeRule downgrade,
                   Membership membership, List<LocalizedText> terms) {
        this(id, version, effectiveFrom, vendor, name, currency, tiers, rewardCategories, certifications, roles,
                checklistItems, activityTypes, bonuses, rewardCap, pointsRules, accumulation, downgrade, membership,
                terms, null);
    }

    public Optional<Tier> tier(String tierId) {
        return tiers.stream().filter(t -> t.id().equals(tierId)).findFirst();
    }

    public int tierIndex(String tierId) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).id().equals(tierId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<ActivityType> activityType(String typeId) {
        return activityTypes.stream().filter(a -> a.id().equals(typeId)).findFirst();
    }

    /** The category a sale gets when it names none: the program's first reward category. */
    public String defaultCategory() {
        return rewardCategories.isEmpty() ? null : rewardCategories.get(0).id();
    }
}
