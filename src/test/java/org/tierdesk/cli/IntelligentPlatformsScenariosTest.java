package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.cli.CliRun.evaluateJson;
import static org.tierdesk.cli.CliRun.number;
import static org.tierdesk.cli.CliRun.requirement;
import static org.tierdesk.cli.CliRun.texts;
import static org.tierdesk.cli.CliRun.unmet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Intelligent Platforms through scenario files: tracks, the service add-on, the accumulation program. */
class IntelligentPlatformsScenariosTest {

    @Test
    void primaryNeedsRegistrationAndPublishesNoRewards() {
        JsonNode json = evaluateJson("intelligent-platforms/primary-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary");
        assertThat(json.get("rewards").toString()).isEqualTo("{}");
        assertThat(json.get("points").toString()).isEqualTo("0");
    }

    @Test
    void primaryWithoutRegistrationQualifiesForNothing() {
        JsonNode json = evaluateJson("intelligent-platforms/primary-missing-registration.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).isEmpty();
        assertThat(unmet(json, "primary")).containsExactly("registration");
    }

    @Test
    void professionalNeedsSiteRegistrationAPlanForTheYearAndASalesSpecialist() {
        JsonNode json = evaluateJson("intelligent-platforms/professional-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary", "professional");
        assertThat(json.get("nextTier").asText()).isEqualTo("corporate");
        assertThat(unmet(json, "corporate")).containsExactly("certified-ip-technical");
    }

    @Test
    void aPlanForLastYearIsNoPlanForThisOne() {
        JsonNode json = evaluateJson("intelligent-platforms/professional-missing-plan.yaml").json();
        assertThat(unmet(json, "professional")).containsExactly("sales-plan-agreed");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary");
        JsonNode lastYear = evaluateJson("intelligent-platforms/professional-missing-plan.yaml",
                "--as-of", "2025-11-23").json();
        assertThat(texts(lastYear.get("qualifiedTiers"))).containsExactly("primary", "professional");
    }

    @Test
    void corporateAddsACertifiedTechnician() {
        JsonNode json = evaluateJson("intelligent-platforms/corporate-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary", "professional", "corporate");
        assertThat(json.get("atRisk").asBoolean()).isFalse();
    }

    @Test
    void corporateWithAnExpiredCertificationFallsBackToProfessional() {
        JsonNode json = evaluateJson("intelligent-platforms/corporate-expired-certification.yaml").json();
        assertThat(unmet(json, "corporate")).containsExactly("certified-ip-technical");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary", "professional");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void solutionIsItsOwnTrack() {
        JsonNode json = evaluateJson("intelligent-platforms/solution-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary", "solution");
        assertThat(unmet(json, "professional")).containsExactly("site-registration");
    }

    @Test
    void solutionWithoutAJointSolutionMissesExactlyThat() {
        JsonNode json = evaluateJson("intelligent-platforms/solution-missing-joint-solution.yaml").json();
        assertThat(unmet(json, "solution")).containsExactly("joint-solution");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void serviceIsAnAddOnOnTopOfProfessional() {
        JsonNode json = evaluateJson("intelligent-platforms/service-on-professional.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary", "professional", "service");
        assertThat(requirement(json, "service", "qualified-tier").get("met").asBoolean()).isTrue();
        assertThat(json.get("upgradeDue").asBoolean()).isTrue();
    }

    @Test
    void serviceIsAnAddOnOnTopOfSolution() {
        JsonNode json = evaluateJson("intelligent-platforms/service-on-solution.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary", "solution", "service");
        assertThat(json.get("heldTier").asText()).isEqualTo("service");
        assertThat(json.get("atRisk").asBoolean()).isFalse();
    }

    @Test
    void serviceNeedsAQualifiedBaseTier() {
        JsonNode json = evaluateJson("intelligent-platforms/service-without-base.yaml").json();
        assertThat(unmet(json, "service")).containsExactly("qualified-tier");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary");
    }

    @Test
    void accumulationWorkedExampleGivesOneHundredFortyThousandInTheThirdQuarter() {
        JsonNode json = evaluateJson("intelligent-platforms/accumulation-worked-example.yaml").json();
        assertThat(json.get("points").toString()).isEqualTo("140000");
        assertThat(number(json.get("accumulation").get("purchases"))).isEqualByComparingTo("3500000");
        assertThat(number(json.get("accumulation").get("ratePercent"))).isEqualByComparingTo("4");
    }

    @Test
    void accumulationWorkedExampleGivesTwentyThousandOnFifteenMay() {
        JsonNode json = evaluateJson("intelligent-platforms/accumulation-worked-example.yaml",
                "--as-of", "2026-05-15").json();
        assertThat(json.get("asOf").asText()).isEqualTo("2026-05-15");
        assertThat(json.get("points").toString()).isEqualTo("20000");
    }

    @Test
    void exactlyThreeMillionStaysAtTwoPercentAndAnyMoreDoublesTheRate() {
        JsonNode atThreshold = evaluateJson("intelligent-platforms/accumulation-threshold.yaml").json();
        assertThat(atThreshold.get("points").toString()).isEqualTo("60000");
        JsonNode above = evaluateJson("intelligent-platforms/accumulation-threshold.yaml",
                "--as-of", "2026-09-30").json();
        assertThat(number(above.get("points"))).isEqualByComparingTo("120000");
        assertThat(above.get("points").toString()).isEqualTo("120000");
    }

    @Test
    void aDollarPurchaseIsConvertedAtTheRateInForceOnItsDate() {
        JsonNode json = evaluateJson("intelligent-platforms/accumulation-sale-in-usd.yaml").json();
        assertThat(json.get("points").toString()).isEqualTo("40000");
    }

    @Test
    void aReturnedPurchaseLeavesTheQuartersThatEndAfterTheReturn() {
        JsonNode beforeReturnMattered = evaluateJson("intelligent-platforms/accumulation-return.yaml",
                "--as-of", "2026-05-15").json();
        assertThat(beforeReturnMattered.get("points").toString()).isEqualTo("140000");
        JsonNode after = evaluateJson("intelligent-platforms/accumulation-return.yaml").json();
        assertThat(after.get("points").toString()).isEqualTo("20000");
    }

    @Test
    void purchasesBeforeTheJoinDateAndBeforeTheYearDoNotCount() {
        JsonNode json = evaluateJson("intelligent-platforms/accumulation-membership-year.yaml").json();
        assertThat(json.get("points").toString()).isEqualTo("20000");
        JsonNode nextYear = evaluateJson("intelligent-platforms/accumulation-membership-year.yaml",
                "--as-of", "2027-01-15").json();
        assertThat(nextYear.get("points").toString()).isEqualTo("0");
    }

    @Test
    void aPlanInEurosIsAPlanAndAEuroPurchaseAccumulatesAtItsRate() {
        JsonNode json = evaluateJson("intelligent-platforms/solution-plan-in-eur.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("primary", "solution");
        assertThat(json.get("points").toString()).isEqualTo("12000");
    }
}
