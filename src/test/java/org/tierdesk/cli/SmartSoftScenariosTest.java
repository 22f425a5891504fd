package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.cli.CliRun.evaluateJson;
import static org.tierdesk.cli.CliRun.number;
import static org.tierdesk.cli.CliRun.requirement;
import static org.tierdesk.cli.CliRun.texts;
import static org.tierdesk.cli.CliRun.unmet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Smart-Soft through scenario files: rewards per category, yearly volume, quarterly joint promotion. */
class SmartSoftScenariosTest {
    private static final String VOLUME = "sales-trailing-12-months";
    private static final String PROMOTION = "joint-promotion-quarterly";

    @Test
    void authorizedGetsItsRewardForEachCategory() {
        JsonNode json = evaluateJson("smart-soft/authorized-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized");
        assertThat(json.get("rewards").toString())
                .isEqualTo("{\"ti-software\":25,\"ting\":15,\"depo-ti\":15,\"renewal\":25}");
    }

    @Test
    void authorizedWithoutMonthlyReportsMissesExactlyThat() {
        JsonNode json = evaluateJson("smart-soft/authorized-missing-reports.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).isEmpty();
        assertThat(unmet(json, "authorized")).containsExactly("monthly-financial-reports");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void certifiedNeedsHalfAMillionRublesInTheTrailingTwelveMonths() {
        JsonNode json = evaluateJson("smart-soft/certified-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized", "certified");
        JsonNode volume = requirement(json, "certified", VOLUME);
        assertThat(number(volume.get("current"))).isEqualByComparingTo("500000");
        assertThat(number(volume.get("required"))).isEqualByComparingTo("500000");
        assertThat(json.get("rewards").toString())
                .isEqualTo("{\"ti-software\":30,\"ting\":20,\"depo-ti\":20,\"renewal\":30}");
    }

    @Test
    void oneRubleShortOfCertifiedsVolume() {
        JsonNode json = evaluateJson("smart-soft/certified-missing-one-ruble.yaml").json();
        assertThat(unmet(json, "certified")).containsExactly(VOLUME);
        assertThat(number(requirement(json, "certified", VOLUME).get("current"))).isEqualByComparingTo("499999");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized");
    }

    @Test
    void certifiedCountsOnlyAnUnexpiredTechnicalCertification() {
        JsonNode json = evaluateJson("smart-soft/certified-expired-certification.yaml").json();
        assertThat(unmet(json, "certified")).containsExactly("certified-ti-technical");
        JsonNode dayBefore = evaluateJson("smart-soft/certified-expired-certification.yaml",
                "--as-of", "2026-11-22").json();
        // the day before, the window is 2025-11-23..2026-11-22: 300 000 + 200 000 + 250 000
        assertThat(number(requirement(dayBefore, "certified", VOLUME).get("current"))).isEqualByComparingTo("750000");
        assertThat(texts(dayBefore.get("qualifiedTiers"))).containsExactly("authorized", "certified");
    }

    @Test
    void aDollarSaleCountsAtTheRateInForceOnItsDate() {
        JsonNode json = evaluateJson("smart-soft/certified-sale-in-usd.yaml").json();
        assertThat(number(requirement(json, "certified", VOLUME).get("current"))).isEqualByComparingTo("500000");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized", "certified");
    }

    @Test
    void aSaleReturnedWithinTheWindowLeavesIt() {
        JsonNode json = evaluateJson("smart-soft/certified-return.yaml").json();
        assertThat(number(requirement(json, "certified", VOLUME).get("current"))).isEqualByComparingTo("500000");
        JsonNode beforeReturn = evaluateJson("smart-soft/certified-return.yaml", "--as-of", "2026-09-30").json();
        assertThat(number(requirement(beforeReturn, "certified", VOLUME).get("current")))
                .isEqualByComparingTo("650000");
    }

    @Test
    void privilegedNeedsAJointPromotionInEachOfTheLastFourQuarters() {
        JsonNode json = evaluateJson("smart-soft/privileged-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized", "certified", "privileged");
        assertThat(json.get("rewards").toString())
                .isEqualTo("{\"ti-software\":35,\"ting\":25,\"depo-ti\":25,\"renewal\":35}");
        JsonNode promotion = requirement(json, "privileged", PROMOTION);
        assertThat(number(promotion.get("current"))).isEqualByComparingTo("4");
        assertThat(number(promotion.get("required"))).isEqualByComparingTo("4");
        assertThat(number(requirement(json, "privileged", VOLUME).get("required"))).isEqualByComparingTo("1000000");
    }

    @Test
    void aQuarterWithoutAPromotionMissesPrivileged() {
        JsonNode json = evaluateJson("smart-soft/privileged-missing-a-quarter.yaml").json();
        assertThat(unmet(json, "privileged")).containsExactly(PROMOTION);
        assertThat(number(requirement(json, "privileged", PROMOTION).get("current"))).isEqualByComparingTo("3");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized", "certified");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void aQuarterBeforeTheJoinDateCountsAsOneWithoutAPromotion() {
        JsonNode json = evaluateJson("smart-soft/privileged-quarter-before-joining.yaml").json();
        assertThat(unmet(json, "privileged")).containsExactly(PROMOTION);
        assertThat(number(requirement(json, "privileged", PROMOTION).get("current"))).isEqualByComparingTo("3");
    }

    @Test
    void privilegedCountsOnlyAnUnexpiredSalesCertification() {
        JsonNode json = evaluateJson("smart-soft/privileged-expired-certification.yaml").json();
        assertThat(unmet(json, "privileged")).containsExactly("certified-ti-sales");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized", "certified");
    }

    @Test
    void aEuroSaleCompletesPrivilegedsMillion() {
        JsonNode json = evaluateJson("smart-soft/privileged-sale-in-eur.yaml").json();
        assertThat(number(requirement(json, "privileged", VOLUME).get("current"))).isEqualByComparingTo("1000000");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized", "certified", "privileged");
    }

    @Test
    void anAuthorizedPartnersDollarSaleCountsTowardsCertified() {
        JsonNode json = evaluateJson("smart-soft/authorized-sale-in-usd.yaml").json();
        JsonNode volume = requirement(json, "certified", VOLUME);
        assertThat(number(volume.get("current"))).isEqualByComparingTo("95000");
        assertThat(number(volume.get("required"))).isEqualByComparingTo("500000");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("authorized");
        assertThat(json.get("rewards").toString())
                .isEqualTo("{\"ti-software\":25,\"ting\":15,\"depo-ti\":15,\"renewal\":25}");
    }
}
