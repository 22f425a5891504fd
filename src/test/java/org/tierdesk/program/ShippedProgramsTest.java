package org.tierdesk.program;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The five shipped programs hold exactly what PROGRAMS.md fixes. */
class ShippedProgramsTest {
    private static final ProgramLibrary LIBRARY = ProgramLibrary.shippedOnly();

    private static Program program(String id) {
        return LIBRARY.byId(id).orElseThrow();
    }

    private static Tier tier(String program, String tier) {
        return program(program).tier(tier).orElseThrow();
    }

    private static List<String> requirementIds(String program, String tier) {
        return tier(program, tier).requirements().stream().map(Requirement::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static <R extends Requirement> R requirement(String program, String tier, String id, Class<R> kind) {
        Requirement found = tier(program, tier).requirements().stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(program + "/" + tier + " has no " + id));
        assertThat(found).isInstanceOf(kind);
        return (R) found;
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    private static void assertRewards(String program, String tier, Map<String, String> expected) {
        Map<String, BigDecimal> rewards = tier(program, tier).rewards();
        assertThat(rewards.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((category, percent) ->
                assertThat(rewards.get(category)).as(program + "/" + tier + " " + category).isEqualByComparingTo(percent));
    }

    @Test
    void everyProgramDeclaresTheSharedRoles() {
        for (Program program : LIBRARY.shipped()) {
            assertThat(program.roles()).extracting(CatalogItem::id).containsExactly("sales", "technical", "engineer");
        }
    }

    @Test
    void everyShippedTextHasEnglishAndRussian() {
        for (Program program : LIBRARY.shipped()) {
            List<LocalizedText> texts = new ArrayList<>(List.of(program.vendor(), program.name()));
            texts.addAll(program.terms());
            program.rewardCategories().forEach(c -> texts.add(c.label()));
            program.certifications().forEach(c -> texts.add(c.label()));
            program.roles().forEach(c -> texts.add(c.label()));
            program.checklistItems().forEach(c -> texts.add(c.label()));
            program.activityTypes().forEach(a -> texts.add(a.label()));
            for (Tier tier : program.tiers()) {
                texts.add(tier.label());
                texts.addAll(tier.benefits());
                texts.addAll(tier.restrictions());
                tier.requirements().forEach(r -> texts.add(r.label()));
                tier.requirements().stream().filter(r -> r.note() != null).forEach(r -> texts.add(r.note()));
            }
            program.bonuses().forEach(b -> {
                texts.add(b.label());
                texts.add(b.note());
            });
            if (program.membership() != null) {
                texts.add(program.membership().term());
                texts.add(program.membership().renewal());
            }
            if (program.downgrade() != null) {
                texts.add(program.downgrade().note());
            }
            if (program.accumulation() != null) {
                texts.add(program.accumulation().note());
            }
            if (program.pointsRules() != null && program.pointsRules().holdingBonus() != null) {
                texts.add(program.pointsRules().holdingBonus().label());
            }
            assertThat(texts).as(program.id()).allSatisfy(text -> {
                assertThat(text).isNotNull();
                assertThat(text.en()).isNotBlank();
                assertThat(text.ru()).as("Russian of '%s'", text.en()).isNotBlank();
            });
        }
    }

    // ---- leo-backup

    @Test
    void leoBackupIsASilverGoldPlatinumLadderOfLicenseDiscounts() {
        Program leo = program("leo-backup");
        assertThat(leo.currency()).isEqualTo("USD");
        assertThat(leo.tiers()).extracting(Tier::id).containsExactly("silver", "gold", "platinum");
        assertThat(leo.tiers()).extracting(Tier::track).containsOnly("main");
        assertThat(leo.rewardCategories()).extracting(RewardCategory::id).containsExactly("license");
        assertRewards("leo-backup", "silver", Map.of("license", "30"));
        assertRewards("leo-backup", "gold", Map.of("license", "40"));
        assertRewards("leo-backup", "platinum", Map.of("license", "50"));
        assertThat(leo.activityTypes()).extracting(ActivityType::id)
                .containsExactly("partner-meeting", "materials-distribution", "press-contact");
        assertThat(leo.activityTypes()).extracting(ActivityType::points).containsOnly(0);
        assertThat(leo.downgrade()).extracting(DowngradeRule::levels, DowngradeRule::resetPoints).containsExactly(1, false);
        assertThat(leo.pointsRules()).isNull();
        assertThat(leo.bonuses()).isEmpty();
        assertThat(tier("leo-backup", "gold").benefits()).hasSize(5);
    }

    @Test
    void leoSilverNeedsTheMinimalActivitiesOnly() {
        assertThat(requirementIds("leo-backup", "silver"))
                .containsExactly("dedicated-specialist", "logo-on-website", "customer-notifications");
        assertThat(tier("leo-backup", "silver").requirements()).allSatisfy(r -> assertThat(r.note()).isNotNull());
    }

    @Test
    void goldNeedsThirtyLicensesInTheLastCompleteMonth() {
        assertThat(requirementIds("leo-backup", "gold")).containsExactly("dedicated-specialist", "logo-on-website",
                "customer-notifications", "marketing-plan", "licenses-last-complete-month");
        Requirement.SalesVolume licenses = requirement("leo-backup", "gold", "licenses-last-complete-month",
                Requirement.SalesVolume.class);
        assertThat(licenses.unit()).isEqualTo(VolumeUnit.LICENSES);
        assertThat(licenses.window()).isEqualTo(Window.LAST_COMPLETE_MONTH);
        assertThat(licenses.category()).isNull();
        assertThat(licenses.minimum()).isEqualByComparingTo("30");
    }

    @Test
    void platinumRestatesGoldsLicenseFigureWithFifty() {
        assertThat(requirementIds("leo-backup", "platinum")).containsExactly("dedicated-specialist",
                "logo-on-website", "customer-notifications", "marketing-plan", "licenses-last-complete-month",
                "reseller-network");
        assertThat(requirement("leo-backup", "platinum", "licenses-last-complete-month",
                Requirement.SalesVolume.class).minimum()).isEqualByComparingTo("50");
    }

    // ---- asoft

    @Test
    void asoftLevelsAreChoicesEachOnItsOwnTrack() {
        Program asoft = program("asoft");
        assertThat(asoft.currency()).isEqualTo("RUB");
        assertThat(asoft.tiers()).extracting(Tier::id).containsExactly("retail", "competency", "saas");
        assertThat(asoft.tiers()).extracting(Tier::track).containsExactly("retail", "competency", "saas");
        assertRewards("asoft", "retail", Map.of("license", "10"));
        assertRewards("asoft", "competency", Map.of("license", "20"));
        assertRewards("asoft", "saas", Map.of("license", "25"));
        assertThat(asoft.rewardCap()).isEqualByComparingTo("40");
        assertThat(tier("asoft", "retail").restrictions()).isNotEmpty();
        assertThat(asoft.membership().renewal().en()).contains("two certified specialists");
        assertThat(asoft.downgrade()).isNull();
    }

    @Test
    void asoftRequirementsAreEachLevelsOwnList() {
        assertThat(requirementIds("asoft", "retail")).containsExactly("accession-agreement");
        assertThat(requirementIds("asoft", "competency")).containsExactly("accession-agreement",
                "website-announcement", "certified-asoft-crm-admin", "activity-marketing-event",
                "customer-review-per-implementation");
        assertThat(requirementIds("asoft", "saas")).containsExactly("accession-agreement", "website-announcement",
                "isolation-module", "extended-support-paid", "certified-asoft-crm-admin");
        assertThat(requirement("asoft", "saas", "certified-asoft-crm-admin", Requirement.CertifiedStaff.class).count())
                .isEqualTo(2);
        Requirement.ActivityCount marketing = requirement("asoft", "competency", "activity-marketing-event",
                Requirement.ActivityCount.class);
        assertThat(marketing.window()).isEqualTo(Window.MEMBERSHIP_YEAR);
        assertThat(marketing.minimum()).isEqualTo(1);
    }

    @Test
    void competencyReviewsAreAtLeastHalfOfImplementationsAndMetWithNone() {
        Requirement.ActivityRatio reviews = requirement("asoft", "competency", "customer-review-per-implementation",
                Requirement.ActivityRatio.class);
        assertThat(reviews.numeratorType()).isEqualTo("customer-review");
        assertThat(reviews.denominatorType()).isEqualTo("implementation");
        assertThat(reviews.window()).isEqualTo(Window.MEMBERSHIP_YEAR);
        assertThat(reviews.ratio()).isEqualByComparingTo("0.5");
        assertThat(reviews.strict()).isFalse();
        assertThat(reviews.minimumDenominator()).isZero();
    }

    @Test
    void asoftHasItsFiveBonusesWithPerLevelPercents() {
        List<Bonus> bonuses = program("asoft").bonuses();
        assertThat(bonuses).extracting(Bonus::id).containsExactly("reviews-above-75-percent", "sales-plan-met",
                "extra-certified-staff", "asoft-event-participation", "own-event");
        assertThat(bonuses).allSatisfy(b -> {
            assertThat(b.category()).isNull();
            assertThat(b.note()).isNotNull();
        });
        assertPercents(bonuses.get(0), Map.of("competency", "5", "saas", "5"));
        assertPercents(bonuses.get(1), Map.of("retail", "10", "competency", "10", "saas", "5"));
        assertPercents(bonuses.get(2), Map.of("competency", "2.5", "saas", "2.5"));
        assertPercents(bonuses.get(3), Map.of("retail", "1", "competency", "1", "saas", "1"));
        assertPercents(bonuses.get(4), Map.of("retail", "2.5", "competency", "2.5", "saas", "2.5"));

        Requirement.ActivityRatio above75 = (Requirement.ActivityRatio) bonuses.get(0).condition();
        assertThat(above75.ratio()).isEqualByComparingTo("0.75");
        assertThat(above75.strict()).isTrue();
        assertThat(above75.minimumDenominator()).isEqualTo(1);
        assertThat(bonuses.get(1).condition()).isEqualTo(new Requirement.PlanMet("sales-plan-met",
                bonuses.get(1).condition().label(), null, Window.MEMBERSHIP_YEAR));
        Requirement.CertifiedStaff extra = (Requirement.CertifiedStaff) bonuses.get(2).condition();
        assertThat(extra.certification()).isEqualTo("asoft-crm-admin");
        assertThat(extra.count()).isEqualTo(3);
        Requirement.ActivityCount participation = (Requirement.ActivityCount) bonuses.get(3).condition();
        assertThat(participation.activityType()).isEqualTo("asoft-event-participation");
        assertThat(participation.minimum()).isEqualTo(1);
        assertThat(participation.window()).isEqualTo(Window.MEMBERSHIP_YEAR);
        assertThat(((Requirement.ActivityCount) bonuses.get(4).condition()).activityType()).isEqualTo("own-event");
    }

    private static void assertPercents(Bonus bonus, Map<String, String> expected) {
        assertThat(bonus.percentByTier().keySet()).as(bonus.id()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((tier, percent) ->
                assertThat(bonus.percentByTier().get(tier)).as(bonus.id() + " " + tier).isEqualByComparingTo(percent));
    }

    // ---- intelligent-platforms

    @Test
    void intelligentPlatformsHasTracksAndTheServiceAddOn() {
        Program ip = program("intelligent-platforms");
        assertThat(ip.currency()).isEqualTo("KZT");
        assertThat(ip.tiers()).extracting(Tier::id)
                .containsExactly("primary", "professional", "corporate", "solution", "service");
        assertThat(ip.tiers()).extracting(Tier::track)
                .containsExactly("reseller", "reseller", "reseller", "solution", "service");
        assertThat(ip.tiers()).extracting(Tier::addOn).containsExactly(false, false, false, false, true);
        assertThat(ip.rewardCategories()).isEmpty();
        assertThat(ip.tiers()).allSatisfy(t -> assertThat(t.rewards()).isEmpty());
        assertThat(ip.tiers()).allSatisfy(t -> assertThat(t.benefits()).isNotEmpty());
        assertThat(ip.downgrade()).isNull();
    }

    @Test
    void intelligentPlatformsRequirementsPerTier() {
        assertThat(requirementIds("intelligent-platforms", "primary")).containsExactly("registration");
        assertThat(requirementIds("intelligent-platforms", "professional"))
                .containsExactly("site-registration", "sales-plan-agreed", "role-sales");
        assertThat(requirementIds("intelligent-platforms", "corporate"))
                .containsExactly("site-registration", "sales-plan-agreed", "role-sales", "certified-ip-technical");
        assertThat(requirementIds("intelligent-platforms", "solution"))
                .containsExactly("registration", "sales-plan-agreed", "joint-solution");
        assertThat(requirementIds("intelligent-platforms", "service"))
                .containsExactly("qualified-tier", "sws-aws-warranty", "role-engineer");
        assertThat(requirement("intelligent-platforms", "service", "qualified-tier",
                Requirement.TierQualified.class).tiers()).containsExactly("professional", "corporate", "solution");
        assertThat(requirement("intelligent-platforms", "service", "role-engineer", Requirement.StaffInRole.class)
                .count()).isEqualTo(1);
        assertThat(requirement("intelligent-platforms", "professional", "sales-plan-agreed",
                Requirement.PlanAgreed.class).note()).isNotNull();
    }

    @Test
    void accumulationIsTwoPercentUpToThreeMillionAndFourAbove() {
        Accumulation accumulation = program("intelligent-platforms").accumulation();
        assertThat(accumulation.window()).isEqualTo(Window.COMPLETED_QUARTERS);
        assertThat(accumulation.brackets()).hasSize(2);
        assertThat(accumulation.brackets().get(0).above()).isEqualByComparingTo("0");
        assertThat(accumulation.brackets().get(0).percent()).isEqualByComparingTo("2");
        assertThat(accumulation.brackets().get(1).above()).isEqualByComparingTo("3000000");
        assertThat(accumulation.brackets().get(1).percent()).isEqualByComparingTo("4");
    }

    // ---- smart-soft

    @Test
    void smartSoftRewardsDifferByCategory() {
        Program smartSoft = program("smart-soft");
        assertThat(smartSoft.currency()).isEqualTo("RUB");
        assertThat(smartSoft.tiers()).extracting(Tier::id).containsExactly("authorized", "certified", "privileged");
        assertThat(smartSoft.rewardCategories()).extracting(RewardCategory::id)
                .containsExactly("ti-software", "ting", "depo-ti", "renewal");
        assertRewards("smart-soft", "authorized", Map.of("ti-software", "25", "ting", "15", "depo-ti", "15", "renewal", "25"));
        assertRewards("smart-soft", "certified", Map.of("ti-software", "30", "ting", "20", "depo-ti", "20", "renewal", "30"));
        assertRewards("smart-soft", "privileged", Map.of("ti-software", "35", "ting", "25", "depo-ti", "25", "renewal", "35"));
    }

    @Test
    void privilegedNeedsAMillionNotHalfAMillionAndQuarterlyJointPromotion() {
        assertThat(requirementIds("smart-soft", "authorized")).containsExactly("contract-signed", "reviews-provided",
                "monthly-financial-reports", "info-on-website");
        assertThat(requirementIds("smart-soft", "certified")).containsExactly("contract-signed", "reviews-provided",
                "monthly-financial-reports", "info-on-website", "sales-trailing-12-months", "certified-ti-technical");
        assertThat(requirementIds("smart-soft", "privileged")).containsExactly("contract-signed", "reviews-provided",
                "monthly-financial-reports", "info-on-website", "sales-trailing-12-months", "certified-ti-technical",
                "certified-ti-sales", "license-renewal-work", "partner-network", "joint-promotion-quarterly");
        Requirement.SalesVolume certifiedSales = requirement("smart-soft", "certified", "sales-trailing-12-months",
                Requirement.SalesVolume.class);
        assertThat(certifiedSales.minimum()).isEqualByComparingTo("500000");
        assertThat(certifiedSales.unit()).isEqualTo(VolumeUnit.AMOUNT);
        assertThat(certifiedSales.category()).isNull();
        assertThat(certifiedSales.window()).isEqualTo(Window.TRAILING_12_MONTHS);
        assertThat(requirement("smart-soft", "privileged", "sales-trailing-12-months", Requirement.SalesVolume.class)
                .minimum()).isEqualByComparingTo("1000000");
        Requirement.QuarterlyActivity promotion = requirement("smart-soft", "privileged", "joint-promotion-quarterly",
                Requirement.QuarterlyActivity.class);
        assertThat(promotion.activityType()).isEqualTo("joint-promotion");
        assertThat(promotion.quarters()).isEqualTo(4);
        assertThat(promotion.note().en()).contains("before the join date");
    }

    // ---- bitrix

    @Test
    void bitrixMarginsPointFloorsAndPointsRules() {
        Program bitrix = program("bitrix");
        assertThat(bitrix.version()).isEqualTo("2011-02");
        assertThat(bitrix.effectiveFrom()).isEqualTo(LocalDate.of(2011, 2, 1));
        assertThat(bitrix.tiers()).extracting(Tier::id).containsExactly("business", "certified", "gold");
        assertThat(bitrix.tiers()).extracting(Tier::pointsFloor).containsExactly(0L, 500L, 2000L);
        assertRewards("bitrix", "business", Map.of("license", "40"));
        assertRewards("bitrix", "certified", Map.of("license", "45"));
        assertRewards("bitrix", "gold", Map.of("license", "50"));

        PointsRules rules = bitrix.pointsRules();
        assertThat(rules.perAmount()).isEqualByComparingTo("10");
        assertThat(rules.points()).isEqualTo(1);
        assertThat(rules.holdingBonus().tier()).isEqualTo("business");
        assertThat(rules.holdingBonus().perAmount()).isEqualByComparingTo("100");
        assertThat(rules.holdingBonus().points()).isEqualTo(10);

        assertThat(bitrix.activityTypes()).extracting(ActivityType::id, ActivityType::points,
                ActivityType::approvalRequired).containsExactly(
                org.assertj.core.groups.Tuple.tuple("case-study", 250, false),
                org.assertj.core.groups.Tuple.tuple("custom-module", 500, true),
                org.assertj.core.groups.Tuple.tuple("product-placement", 250, true),
                org.assertj.core.groups.Tuple.tuple("seminar", 1000, true),
                org.assertj.core.groups.Tuple.tuple("localization", 2000, true),
                org.assertj.core.groups.Tuple.tuple("project-publishing", 50, false));

        assertThat(bitrix.downgrade()).extracting(DowngradeRule::levels, DowngradeRule::graceDays,
                DowngradeRule::resetPoints).containsExactly(1, 0, true);
        assertThat(bitrix.membership().renewal().en()).contains("automatically renewed");
    }

    @Test
    void bitrixTiersListTheirRequirements() {
        assertThat(requirementIds("bitrix", "business")).containsExactly("partner-agreement", "nda");
        assertThat(requirementIds("bitrix", "certified")).containsExactly("points", "partner-agreement", "nda",
                "first-line-support", "logo-on-website", "product-descriptions", "certified-bitrix-engineer",
                "certified-bitrix-sales");
        assertThat(requirementIds("bitrix", "gold")).containsExactly("points", "partner-agreement", "nda",
                "first-line-support", "logo-on-website", "product-descriptions", "certified-bitrix-engineer",
                "certified-bitrix-sales", "sales-commitment", "forecasting");
        assertThat(requirement("bitrix", "certified", "points", Requirement.Points.class).minimum()).isEqualTo(500);
        assertThat(requirement("bitrix", "gold", "points", Requirement.Points.class).minimum()).isEqualTo(2000);
        assertThat(requirement("bitrix", "certified", "certified-bitrix-engineer", Requirement.CertifiedStaff.class)
                .count()).isEqualTo(1);
        assertThat(requirement("bitrix", "gold", "certified-bitrix-engineer", Requirement.CertifiedStaff.class)
                .count()).isEqualTo(2);
        assertThat(requirement("bitrix", "gold", "certified-bitrix-sales", Requirement.CertifiedStaff.class)
                .count()).isEqualTo(2);
    }
}
