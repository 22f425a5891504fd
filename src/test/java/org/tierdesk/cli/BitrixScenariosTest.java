package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.cli.CliRun.evaluateJson;
import static org.tierdesk.cli.CliRun.number;
import static org.tierdesk.cli.CliRun.requirement;
import static org.tierdesk.cli.CliRun.texts;
import static org.tierdesk.cli.CliRun.unmet;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Bitrix through scenario files and {@code tierdesk evaluate --format json}; figures computed from PROGRAMS.md. */
class BitrixScenariosTest {

    @Test
    void a330DollarSaleWhileBusinessEarnsSixtyThreePoints() {
        JsonNode json = evaluateJson("bitrix/worked-example-330-usd.yaml").json();
        assertThat(json.get("program").asText()).isEqualTo("bitrix");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(json.get("heldTier").asText()).isEqualTo("business");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("business");
        assertThat(number(json.get("points"))).isEqualByComparingTo("63");
        assertThat(json.get("points").toString()).isEqualTo("63");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":40}");
        JsonNode points = requirement(json, "certified", "points");
        assertThat(points.get("met").asBoolean()).isFalse();
        assertThat(number(points.get("current"))).isEqualByComparingTo("63");
        assertThat(number(points.get("required"))).isEqualByComparingTo("500");
        assertThat(points.get("label").asText()).isNotBlank();
    }

    @Test
    void businessNeedsTheNda() {
        JsonNode json = evaluateJson("bitrix/business-missing-nda.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).isEmpty();
        assertThat(unmet(json, "business")).containsExactly("nda");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":40}");
    }

    @Test
    void aChecklistItemDoneSinceALaterDateIsNotDoneYet() {
        JsonNode json = evaluateJson("bitrix/business-nda-signed-later.yaml").json();
        assertThat(unmet(json, "business")).containsExactly("nda");
        JsonNode nda = requirement(json, "business", "nda");
        assertThat(nda.get("current").asBoolean()).isFalse();
        JsonNode later = evaluateJson("bitrix/business-nda-signed-later.yaml", "--as-of", "2026-12-01").json();
        assertThat(texts(later.get("qualifiedTiers"))).containsExactly("business");
    }

    @Test
    void certifiedQualifiesWithFiveHundredPointsTheChecklistAndBothCertifications() {
        JsonNode json = evaluateJson("bitrix/certified-qualifies.yaml").json();
        assertThat(json.get("heldTier").asText()).isEqualTo("certified");
        assertThat(json.get("heldSince").asText()).isEqualTo("2026-03-01");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("business", "certified");
        assertThat(number(json.get("points"))).isEqualByComparingTo("749");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":45}");
        assertThat(json.get("nextTier").asText()).isEqualTo("gold");
        assertThat(json.get("atRisk").asBoolean()).isFalse();
        assertThat(unmet(json, "gold")).containsExactlyInAnyOrder("points", "certified-bitrix-engineer",
                "certified-bitrix-sales", "sales-commitment", "forecasting");
        assertThat(number(requirement(json, "gold", "points").get("required"))).isEqualByComparingTo("2000");
    }

    @Test
    void certifiedWithoutACertifiedSalesSpecialistMissesExactlyThat() {
        JsonNode json = evaluateJson("bitrix/certified-missing-sales-certification.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("business");
        assertThat(unmet(json, "certified")).containsExactly("certified-bitrix-sales");
        JsonNode sales = requirement(json, "certified", "certified-bitrix-sales");
        assertThat(number(sales.get("current"))).isEqualByComparingTo("0");
        assertThat(number(sales.get("required"))).isEqualByComparingTo("1");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void aCertificationIsExpiredOnItsExpiryDate() {
        JsonNode onExpiry = evaluateJson("bitrix/certified-expired-certification.yaml").json();
        assertThat(unmet(onExpiry, "certified")).containsExactly("certified-bitrix-engineer");
        assertThat(texts(onExpiry.get("qualifiedTiers"))).containsExactly("business");
        JsonNode dayBefore = evaluateJson("bitrix/certified-expired-certification.yaml", "--as-of", "2026-11-22").json();
        assertThat(texts(dayBefore.get("qualifiedTiers"))).containsExactly("business", "certified");
    }

    @Test
    void rubleSalesEarnPointsAtTheRateInForceOnEachSaleDate() {
        JsonNode json = evaluateJson("bitrix/certified-sales-in-rub.yaml").json();
        assertThat(number(json.get("points"))).isEqualByComparingTo("600");
        JsonNode beforeSecondSale = evaluateJson("bitrix/certified-sales-in-rub.yaml", "--as-of", "2026-06-30").json();
        assertThat(number(beforeSecondSale.get("points"))).isEqualByComparingTo("500");
        assertThat(requirement(beforeSecondSale, "certified", "points").get("met").asBoolean()).isTrue();
        assertThat(texts(beforeSecondSale.get("qualifiedTiers"))).containsExactly("business", "certified");
    }

    @Test
    void activitiesNeedingApprovalCountOnlyWhenApproved() {
        JsonNode json = evaluateJson("bitrix/approval.yaml").json();
        assertThat(number(json.get("points"))).isEqualByComparingTo("1800");
        assertThat(requirement(json, "certified", "points").get("met").asBoolean()).isTrue();
        assertThat(requirement(json, "gold", "points").get("met").asBoolean()).isFalse();
    }

    @Test
    void aDowngradeToBusinessResetsThePointsToZeroOnItsDate() {
        JsonNode json = evaluateJson("bitrix/downgrade-certified-to-business.yaml").json();
        assertThat(json.get("heldTier").asText()).isEqualTo("business");
        assertThat(json.get("heldSince").asText()).isEqualTo("2026-06-01");
        assertThat(number(json.get("points"))).isEqualByComparingTo("105");
        JsonNode before = evaluateJson("bitrix/downgrade-certified-to-business.yaml", "--as-of", "2026-05-31").json();
        assertThat(before.get("heldTier").asText()).isEqualTo("certified");
        assertThat(number(before.get("points"))).isEqualByComparingTo("850");
        JsonNode onTheDay = evaluateJson("bitrix/downgrade-certified-to-business.yaml", "--as-of", "2026-06-01").json();
        assertThat(number(onTheDay.get("points"))).isEqualByComparingTo("0");
    }

    @Test
    void aDowngradeFromGoldSetsThePointsToCertifiedsFloor() {
        JsonNode json = evaluateJson("bitrix/downgrade-gold-to-certified.yaml").json();
        assertThat(json.get("heldTier").asText()).isEqualTo("certified");
        assertThat(number(json.get("points"))).isEqualByComparingTo("750");
        JsonNode before = evaluateJson("bitrix/downgrade-gold-to-certified.yaml", "--as-of", "2026-02-28").json();
        assertThat(number(before.get("points"))).isEqualByComparingTo("3000");
        assertThat(before.get("rewards").toString()).isEqualTo("{\"license\":50}");
    }

    @Test
    void goldQualifiesWithTwoThousandPointsAndTwoOfEachCertification() {
        JsonNode json = evaluateJson("bitrix/gold-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("business", "certified", "gold");
        assertThat(number(json.get("points"))).isEqualByComparingTo("2000");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":50}");
        assertThat(json.get("nextTier").isNull()).isTrue();
        assertThat(json.get("atRisk").asBoolean()).isFalse();
    }

    @Test
    void goldWithoutForecastingMissesExactlyThat() {
        JsonNode json = evaluateJson("bitrix/gold-missing-forecasting.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("business", "certified");
        assertThat(unmet(json, "gold")).containsExactly("forecasting");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void goldCountsOnlyEngineersWhoseCertificationHasNotExpired() {
        JsonNode json = evaluateJson("bitrix/gold-expired-certification.yaml").json();
        assertThat(unmet(json, "gold")).containsExactly("certified-bitrix-engineer");
        JsonNode engineers = requirement(json, "gold", "certified-bitrix-engineer");
        assertThat(number(engineers.get("current"))).isEqualByComparingTo("1");
        assertThat(number(engineers.get("required"))).isEqualByComparingTo("2");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("business", "certified");
    }

    @Test
    void aEuroSaleIsConvertedAtTheRateInForceOnItsDate() {
        JsonNode json = evaluateJson("bitrix/gold-sale-in-eur.yaml").json();
        assertThat(number(json.get("points"))).isEqualByComparingTo("2000");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("business", "certified", "gold");
    }

    @Test
    void aReturnTakesItsPointsBackOnTheReturnDate() {
        JsonNode json = evaluateJson("bitrix/return-takes-points-back.yaml").json();
        assertThat(number(json.get("points"))).isEqualByComparingTo("63");
        JsonNode beforeReturn = evaluateJson("bitrix/return-takes-points-back.yaml", "--as-of", "2026-03-15").json();
        assertThat(number(beforeReturn.get("points"))).isEqualByComparingTo("200");
        assertThat(json.get("ledger").toString()).contains("RETURN");
        assertThat(sumOfLedger(json)).isEqualByComparingTo("63");
    }

    private static BigDecimal sumOfLedger(JsonNode json) {
        BigDecimal last = BigDecimal.ZERO;
        for (JsonNode entry : json.get("ledger")) {
            last = entry.get("balance").decimalValue();
        }
        return last;
    }

    @Test
    void theWorkedExampleInEurosEarnsTheSamePointsAtTheRateOfTheSaleDate() {
        JsonNode json = evaluateJson("bitrix/business-sale-in-eur.yaml").json();
        assertThat(number(json.get("points"))).isEqualByComparingTo("63");
    }
}
