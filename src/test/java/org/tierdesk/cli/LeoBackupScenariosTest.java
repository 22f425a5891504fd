package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.cli.CliRun.evaluateJson;
import static org.tierdesk.cli.CliRun.number;
import static org.tierdesk.cli.CliRun.requirement;
import static org.tierdesk.cli.CliRun.texts;
import static org.tierdesk.cli.CliRun.unmet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Leo Backup through scenario files: checklist tiers and licenses in the last complete month. */
class LeoBackupScenariosTest {
    private static final String LICENSES = "licenses-last-complete-month";

    @Test
    void silverQualifiesWithTheThreeMinimalActivities() {
        JsonNode json = evaluateJson("leo-backup/silver-qualifies.yaml").json();
        assertThat(json.get("program").asText()).isEqualTo("leo-backup");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":30}");
        assertThat(number(json.get("points"))).isEqualByComparingTo("0");
        JsonNode licenses = requirement(json, "gold", LICENSES);
        assertThat(number(licenses.get("current"))).isEqualByComparingTo("0");
        assertThat(number(licenses.get("required"))).isEqualByComparingTo("30");
    }

    @Test
    void silverWithoutTheLogoMissesExactlyThat() {
        JsonNode json = evaluateJson("leo-backup/silver-missing-logo.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).isEmpty();
        assertThat(unmet(json, "silver")).containsExactly("logo-on-website");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void goldNeedsThirtyLicensesInTheLastCompleteMonth() {
        JsonNode json = evaluateJson("leo-backup/gold-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver", "gold");
        assertThat(number(requirement(json, "gold", LICENSES).get("current"))).isEqualByComparingTo("30");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":40}");
        assertThat(unmet(json, "platinum")).containsExactlyInAnyOrder("reseller-network", LICENSES);
        assertThat(number(requirement(json, "platinum", LICENSES).get("required"))).isEqualByComparingTo("50");
    }

    @Test
    void twentyNineLicensesAreOneShortOfGold() {
        JsonNode json = evaluateJson("leo-backup/gold-missing-one-license.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver");
        assertThat(unmet(json, "gold")).containsExactly(LICENSES);
        JsonNode licenses = requirement(json, "gold", LICENSES);
        assertThat(number(licenses.get("current"))).isEqualByComparingTo("29");
        assertThat(licenses.get("gap").asText()).contains("1");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":40}");
    }

    @Test
    void reachingGoldsVolumeWhileSilverMakesTheUpgradeDue() {
        JsonNode json = evaluateJson("leo-backup/gold-upgrade-due.yaml").json();
        assertThat(json.get("heldTier").asText()).isEqualTo("silver");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver", "gold");
        assertThat(json.get("upgradeDue").asBoolean()).isTrue();
        assertThat(json.get("nextTier").asText()).isEqualTo("gold");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":30}");
    }

    @Test
    void licensesSoldInAnotherCurrencyCountTheSame() {
        JsonNode json = evaluateJson("leo-backup/gold-sale-in-eur.yaml").json();
        assertThat(number(requirement(json, "gold", LICENSES).get("current"))).isEqualByComparingTo("30");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver", "gold");
    }

    @Test
    void aSaleReturnedWithinTheMonthLeavesIt() {
        JsonNode json = evaluateJson("leo-backup/gold-return-in-month.yaml").json();
        assertThat(number(requirement(json, "gold", LICENSES).get("current"))).isEqualByComparingTo("25");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver");
    }

    @Test
    void aSaleReturnedAfterTheMonthEndedStillCountsInIt() {
        JsonNode json = evaluateJson("leo-backup/gold-return-after-month.yaml").json();
        assertThat(number(requirement(json, "gold", LICENSES).get("current"))).isEqualByComparingTo("30");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver", "gold");
    }

    @Test
    void platinumNeedsFiftyLicensesAndAResellerNetwork() {
        JsonNode json = evaluateJson("leo-backup/platinum-qualifies.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver", "gold", "platinum");
        assertThat(json.get("rewards").toString()).isEqualTo("{\"license\":50}");
        assertThat(json.get("nextTier").isNull()).isTrue();
    }

    @Test
    void platinumWithoutAResellerNetworkMissesExactlyThat() {
        JsonNode json = evaluateJson("leo-backup/platinum-missing-reseller-network.yaml").json();
        assertThat(unmet(json, "platinum")).containsExactly("reseller-network");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver", "gold");
        assertThat(json.get("atRisk").asBoolean()).isTrue();
    }

    @Test
    void platinumLicensesIncludeARubleSale() {
        JsonNode json = evaluateJson("leo-backup/platinum-sale-in-rub.yaml").json();
        assertThat(number(requirement(json, "platinum", LICENSES).get("current"))).isEqualByComparingTo("50");
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver", "gold", "platinum");
    }

    @Test
    void theLastCompleteMonthIsTheCalendarMonthBeforeTheAsOfMonth() {
        JsonNode endOfNovember = evaluateJson("leo-backup/monthly-window.yaml").json();
        assertThat(number(requirement(endOfNovember, "gold", LICENSES).get("current"))).isEqualByComparingTo("0");
        JsonNode december = evaluateJson("leo-backup/monthly-window.yaml", "--as-of", "2026-12-01").json();
        assertThat(number(requirement(december, "gold", LICENSES).get("current"))).isEqualByComparingTo("30");
        assertThat(december.get("upgradeDue").asBoolean()).isTrue();
        JsonNode january = evaluateJson("leo-backup/monthly-window.yaml", "--as-of", "2027-01-01").json();
        assertThat(number(requirement(january, "gold", LICENSES).get("current"))).isEqualByComparingTo("0");
    }

    @Test
    void aSilverPartnersEuroSaleCountsTowardsGold() {
        JsonNode json = evaluateJson("leo-backup/silver-sale-in-eur.yaml").json();
        assertThat(texts(json.get("qualifiedTiers"))).containsExactly("silver");
        assertThat(number(requirement(json, "gold", LICENSES).get("current"))).isEqualByComparingTo("12");
    }
}
