package org.tierdesk.store.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Window;

class PlanBodyTest {

    @Test
    void everyKindOfChangeSurvivesTheTextRoundTrip() {
        WhatIf whatIf = WhatIf.NONE.withSales(Window.LAST_COMPLETE_MONTH, "license", new BigDecimal("12500.50"), 3)
                .withSales(null, null, new BigDecimal("1000"), 0).withCertified("bitrix-sales", 2)
                .withRole("engineer", 1).withActivities("seminar", 1).withActivityEachQuarter("joint-promotion", true)
                .withChecklist("nda", true).withPlanAgreed(true, new BigDecimal("500000")).withPlanMet(true)
                .withAsOf(LocalDate.parse("2026-09-30"));
        assertThat(PlanBody.read(PlanBody.write(whatIf))).isEqualTo(whatIf);
        assertThat(PlanBody.read(PlanBody.write(WhatIf.NONE))).isEqualTo(WhatIf.NONE);
    }

    @Test
    void amountsAreWrittenAsExactDecimals() {
        String text = PlanBody.write(WhatIf.NONE.withSales(null, "ting", new BigDecimal("0.10"), 0));
        assertThat(text).contains("\"amount\" : \"0.10\"");
    }

    @Test
    void aBadPlanTextNamesWhatIsWrong() {
        assertThatThrownBy(() -> PlanBody.read("{\"version\": 1, \"sales\": [{\"window\": \"last-quarter\","
                + " \"amount\": \"1\"}]}")).isInstanceOf(InvalidPlanException.class)
                .hasMessage("unknown window 'last-quarter' in 'sales'");
        assertThatThrownBy(() -> PlanBody.read("{\"version\": 1, \"activities\": {\"seminar\": -1}}"))
                .hasMessageContaining("'activities' of 'seminar' must be a whole number of at least 0");
        assertThatThrownBy(() -> PlanBody.read("{\"version\": 1, \"colour\": 1}"))
                .hasMessage("unknown key 'colour' in the plan");
        assertThatThrownBy(() -> PlanBody.read("{\"version\": 2}")).hasMessage("'version' must be 1, found 2");
        assertThatThrownBy(() -> PlanBody.read("{\"version\": 1,")).hasMessageStartingWith(
                "the plan is not valid JSON at line 1");
        assertThatThrownBy(() -> PlanBody.read("{\"version\": 1, \"asOf\": \"30.09.2026\"}"))
                .hasMessage("'asOf' must be a date like 2026-09-30, found '30.09.2026'");
    }
}
