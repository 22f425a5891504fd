package org.tierdesk.engine.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;

class GapPhrasesTest {
    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final char NBSP = '\u00a0';

    private static Gap gap(String missing, String unit, String subject, String window) {
        BigDecimal n = new BigDecimal(missing);
        return new Gap(n, unit, subject, window, GapPhrases.neutral(n, unit, subject, window));
    }

    @Test
    void neutralTextGroupsDigitsWithSpaces() {
        assertThat(gap("12400", "RUB", null, "trailing-12-months").text())
                .isEqualTo("12 400 RUB more sales in the last 12 months");
        assertThat(gap("1234567", "KZT", "ting", "membership-year").text())
                .isEqualTo("1 234 567 KZT more ting sales in the membership year");
        assertThat(gap("137", GapUnit.POINTS, null, null).text()).isEqualTo("137 more points");
        assertThat(gap("1", GapUnit.POINTS, null, null).text()).isEqualTo("1 more point");
    }

    @Test
    void englishUsesEnglishGrouping() {
        assertThat(GapPhrases.in(Locale.ENGLISH).phrase(gap("12400", "RUB", null, "trailing-12-months")))
                .isEqualTo("12,400 RUB more sales in the last 12 months");
        assertThat(GapPhrases.in(Locale.US).phrase(gap("18", GapUnit.LICENSES, null, "last-complete-month")))
                .isEqualTo("18 more licenses in the last complete month");
    }

    @Test
    void russianUsesRussianGroupingAndPluralForms() {
        GapPhrases ru = GapPhrases.in(RU);
        String money = ru.phrase(gap("12400", "RUB", null, "trailing-12-months"));
        assertThat(money.replace(NBSP, ' ').replace('\u202f', ' '))
                .isEqualTo("ещё 12 400 RUB продаж за последние 12 месяцев");
        assertThat(money).doesNotContain("12,400").doesNotContain("12 400");
        assertThat(ru.phrase(gap("1", GapUnit.POINTS, null, null))).isEqualTo("ещё 1 балл");
        assertThat(ru.phrase(gap("3", GapUnit.POINTS, null, null))).isEqualTo("ещё 3 балла");
        assertThat(ru.phrase(gap("11", GapUnit.POINTS, null, null))).isEqualTo("ещё 11 баллов");
        assertThat(ru.phrase(gap("21", GapUnit.POINTS, null, null))).isEqualTo("ещё 21 балл");
        assertThat(ru.phrase(gap("137", GapUnit.POINTS, null, null))).isEqualTo("ещё 137 баллов");
        assertThat(ru.phrase(gap("2", GapUnit.CERTIFIED_STAFF, "bitrix-engineer", null)))
                .isEqualTo("ещё 2 сотрудника с сертификатом bitrix-engineer");
        assertThat(ru.phrase(gap("18", GapUnit.LICENSES, null, "last-complete-month")))
                .isEqualTo("ещё 18 лицензий за прошлый полный месяц");
    }

    @Test
    void everyKindOfGapHasAnEnglishAndARussianPhrase() {
        List<Gap> gaps = List.of(gap("1", GapUnit.CHECKLIST, "marketing-plan", null),
                gap("1", GapUnit.CERTIFIED_STAFF, "bitrix-engineer", null),
                gap("1", GapUnit.STAFF, "sales", null),
                gap("5", GapUnit.POINTS, null, null),
                gap("5", "RUB", null, "membership-year"),
                gap("5", "RUB", "ting", "membership-year"),
                gap("5", "RUB", GapUnit.PLAN_SUBJECT, "membership-year"),
                gap("5", GapUnit.LICENSES, "license", "last-complete-month"),
                gap("1", GapUnit.ACTIVITIES, "marketing-event", "membership-year"),
                gap("1", GapUnit.ACTIVITIES, "joint-promotion", "2026-Q2"),
                gap("2", GapUnit.ACTIVITIES, "joint-promotion", "2025-Q4,2026-Q2"),
                gap("1", GapUnit.ACTIVITIES, "joint-promotion", "last-4-quarters"),
                gap("1", GapUnit.PLAN, null, "2026"),
                gap("1", GapUnit.TIER, "professional,corporate", null),
                gap("1", GapUnit.TIER, "professional", null));
        for (Gap g : gaps) {
            String en = GapPhrases.in(Locale.ENGLISH).phrase(g);
            String ru = GapPhrases.in(RU).phrase(g);
            assertThat(en).isNotBlank().doesNotContain("{").isEqualTo(g.text().replace("1 234", "1,234"));
            assertThat(ru).isNotBlank().doesNotContain("{").isNotEqualTo(en);
        }
        assertThat(GapPhrases.in(RU).phrase(gaps.get(9))).isEqualTo("ещё 1 активность «joint-promotion» в 2 кв. 2026");
        assertThat(gaps.get(11).text()).isEqualTo("1 more joint-promotion in the last 4 completed quarters");
        assertThat(gaps.get(6).text()).isEqualTo("5 RUB more sales in the membership year to meet the plan");
        assertThat(gaps.get(12).text()).isEqualTo("no agreed sales plan for 2026");
        assertThat(gaps.get(14).text()).isEqualTo("qualify for professional first");
    }

    @Test
    void theShippedProgramsLabelsNameTheSubject() {
        Program bitrix = org.tierdesk.engine.fixture.Shipped.bitrix();
        Gap engineers = gap("2", GapUnit.CERTIFIED_STAFF, "bitrix-engineer", null);
        assertThat(GapPhrases.in(RU, bitrix).phrase(engineers))
                .isEqualTo("ещё 2 сотрудника с сертификатом " + bitrix.certifications().stream()
                        .filter(c -> c.id().equals("bitrix-engineer")).findFirst().orElseThrow().label().ru());
        assertThat(GapPhrases.in(Locale.ENGLISH, bitrix).phrase(gap("1", GapUnit.CHECKLIST, "nda", null)))
                .isEqualTo("checklist: Non disclosure agreement not done");
    }

    @Test
    void withAProgramIdsAreShownByTheirLabels() {
        Program program = new Program("p", "1", null, LocalizedText.of("V"), LocalizedText.of("P"), "USD",
                List.of(), List.of(), List.of(new CatalogItem("bitrix-engineer",
                        new LocalizedText("Bitrix engineer", "инженер Битрикс"))), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, List.of());
        Gap engineers = gap("1", GapUnit.CERTIFIED_STAFF, "bitrix-engineer", null);
        assertThat(GapPhrases.in(Locale.ENGLISH, program).phrase(engineers))
                .isEqualTo("1 more certified Bitrix engineer");
        assertThat(GapPhrases.in(RU, program).phrase(engineers))
                .isEqualTo("ещё 1 сотрудник с сертификатом инженер Битрикс");
    }
}
