package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.cli.CliRun.evaluateJson;
import static org.tierdesk.cli.CliRun.number;
import static org.tierdesk.cli.CliRun.requirement;
import static org.tierdesk.cli.CliRun.texts;
import static org.tierdesk.cli.CliRun.unmet;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** ASoft through scenario files: levels a partner chooses, bonuses on the base discount, the 40 % cap. */
class AsoftScenariosTest {
    private static final String REVIEWS = "customer-review-per-implementation";

    @Test
    void retailQualifiesWithTheAccessionAgreement() {
        JsonNode json = evaluateJson("asoft/retail-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("retail");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":10}");
        assertThat(number(json.get("points"))).isEqualByComparingTo("0");
    }

    @Test
    void retailWithoutTheAgreementQualifiesForNothing() {
        JsonNode json = evaluateJson("asoft/retail-missing-agreement.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).isEmpty();
        assertThat(unmet(json, "retail")).containsExactly("accession-agreement");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void retailGetsThePlanAndEventBonusesButNoneForReviews() {
        JsonNode json = evaluateJson("asoft/retail-bonuses.yaml").json();
        assertThat(number(json.get("rewards").get("license"))).isEqualByComparingTo("23.5");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":23.5}");
        assertThat(bonusPercent(json, "sales-plan-met")).isEqualByComparingTo("10");
        assertThat(bonusPercent(json, "asoft-event-participation")).isEqualByComparingTo("1");
        assertThat(bonusPercent(json, "own-event")).isEqualByComparingTo("2.5");
    }

    @Test
    void competencyQualifiesWithHalfTheImplementationsReviewed() {
        JsonNode json = evaluateJson("asoft/competency-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("retail", "competency");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":20}");
        JsonNode reviews = requirement(json, "competency", REVIEWS);
        assertThat(reviews.get("met").asBoolean()).isTrue();
        assertThat(unmet(json, "saas")).containsExactlyInAnyOrder("isolation-module", "extended-support-paid");
    }

    @Test
    void competencyWithoutReviewsInTheMembershipYearMissesExactlyThat() {
        JsonNode json = evaluateJson("asoft/competency-missing-reviews.yaml").json();
        assertThat(unmet(json, "competency")).containsExactly(REVIEWS);
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("retail");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":20}");
    }

    @Test
    void competencyCountsOnlyUnexpiredCertifications() {
        JsonNode json = evaluateJson("asoft/competency-expired-certification.yaml").json();
        assertThat(unmet(json, "competency")).containsExactly("certified-asoft-crm-admin");
        JsonNode admins = requirement(json, "competency", "certified-asoft-crm-admin");
        assertThat(number(admins.get("current"))).isEqualByComparingTo("1");
        assertThat(number(admins.get("required"))).isEqualByComparingTo("2");
    }

    @Test
    void reviewsAboveThreeQuartersAddFivePercent() {
        JsonNode json = evaluateJson("asoft/competency-bonus-reviews.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":25}");
        assertThat(bonusPercent(json, "reviews-above-75-percent")).isEqualByComparingTo("5");
    }

    @Test
    void reviewsOfExactlyThreeQuartersAreNotAbove() {
        JsonNode json = evaluateJson("asoft/competency-bonus-reviews-exactly-75.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":20}");
    }

    @Test
    void aMetPlanAddsTenPercentWithDollarSalesConvertedOnTheirDate() {
        JsonNode json = evaluateJson("asoft/competency-bonus-plan-in-usd.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":30}");
        assertThat(bonusPercent(json, "sales-plan-met")).isEqualByComparingTo("10");
    }

    @Test
    void aPlanMissedByAKopeckAddsNothing() {
        JsonNode json = evaluateJson("asoft/competency-bonus-plan-missed.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":20}");
    }

    @Test
    void aThirdCertifiedAdministratorAddsTwoAndAHalfPercent() {
        JsonNode json = evaluateJson("asoft/competency-bonus-extra-staff.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":22.5}");
    }

    @Test
    void bonusesApplyWhileTheHeldTiersRequirementsAreNotMet() {
        JsonNode json = evaluateJson("asoft/competency-bonus-while-not-qualified.yaml").json();
        assertThat(json.get("atRisk").asBoolean()).isTrue();
        assertThat(unmet(json, "competency")).containsExactly("website-announcement");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":22.5}");
    }

    @Test
    void competencyWithEveryBonusIsCappedAtFortyPercent() {
        JsonNode json = evaluateJson("asoft/competency-all-bonuses-capped.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":40}");
        BigDecimal uncapped = BigDecimal.valueOf(20);
        for (JsonNode bonus : json.get("bonuses")) {
            uncapped = uncapped.add(bonus.get("percent").decimalValue());
        }
        assertThat(uncapped).isEqualByComparingTo("41");
    }

    @Test
    void saasQualifiesWithTheModuleSupportAndTwoAdministrators() {
        JsonNode json = evaluateJson("asoft/saas-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("retail", "saas");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":25}");
    }

    @Test
    void saasWithoutTheIsolationModuleMissesExactlyThat() {
        JsonNode json = evaluateJson("asoft/saas-missing-isolation-module.yaml").json();
        assertThat(unmet(json, "saas")).containsExactly("isolation-module");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("retail");
    }

    @Test
    void saasCountsOnlyUnexpiredCertifications() {
        JsonNode json = evaluateJson("asoft/saas-expired-certification.yaml").json();
        assertThat(unmet(json, "saas")).containsExactly("certified-asoft-crm-admin");
    }

    @Test
    void saasWithEveryBonusIsCappedAtFortyPercentWithAPlanInDollarsAtTheFirstOfJanuaryRate() {
        JsonNode json = evaluateJson("asoft/saas-all-bonuses-capped.yaml").json();
        assertThat(bonusPercent(json, "sales-plan-met")).isEqualByComparingTo("5");
        assertThat(bonusPercent(json, "reviews-above-75-percent")).isEqualByComparingTo("5");
        assertThat(bonusPercent(json, "extra-certified-staff")).isEqualByComparingTo("2.5");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":40}");
    }

    private static BigDecimal bonusPercent(JsonNode json, String id) {
        return StreamSupport.stream(json.get("bonuses").spliterator(), false)
                .filter(b -> b.get("id").asText().equals(id))
                .map(b -> number(b.get("percent")))
                .findFirst().orElseThrow(() -> new AssertionError("no bonus " + id + " in " + json.get("bonuses")));
    }

    @Test
    void retailsPlanBonusCountsADollarSaleAtTheRateOfItsDate() {
        JsonNode json = evaluateJson("asoft/retail-plan-met-in-usd.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":20}");
    }

    @Test
    void anExpiredThirdCertificateEarnsNoExtraStaffBonus() {
        JsonNode json = evaluateJson("asoft/competency-bonus-extra-staff-expired.yaml").json();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":20}");
        JsonNode dayBefore = evaluateJson("asoft/competency-bonus-extra-staff-expired.yaml",
                "--as-of", "2026-11-22").json();
        assertThat(dayBefore.get("rewards").toString()).isEqualTo("{\"license\":22.5}");
    }
}
