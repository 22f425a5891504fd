package org.tierdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.standing.GapPhrases;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

/** Summaries of partners of the five shipped programs, standings from the real engine, text read back by PDFBox. */
class ShippedProgramSummaryTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    static Stream<Arguments> partners() {
        List<Arguments> all = new ArrayList<>();
        List<Object[]> programs = List.of(
                new Object[] {"leo-backup", (Function<String, PartnerFacts>) ShippedPartners::leoBackup},
                new Object[] {"asoft", (Function<String, PartnerFacts>) ShippedPartners::asoft},
                new Object[] {"intelligent-platforms",
                    (Function<String, PartnerFacts>) ShippedPartners::intelligentPlatforms},
                new Object[] {"smart-soft", (Function<String, PartnerFacts>) ShippedPartners::smartSoft},
                new Object[] {"bitrix", (Function<String, PartnerFacts>) ShippedPartners::bitrix});
        for (Object[] p : programs) {
            all.add(Arguments.of(p[0], p[1], Locale.ENGLISH, "Northwind Systems"));
            all.add(Arguments.of(p[0], p[1], RU, "ООО Пример"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("partners")
    void summarySaysWhatTheScreenSays(String programId, Function<String, PartnerFacts> partner, Locale locale,
                                      String name) {
        Program program = ShippedPartners.program(programId);
        PartnerSummary summary = ShippedPartners.summary(programId, partner.apply(name), locale);
        Standing standing = summary.standing();
        byte[] pdf = PartnerSummaryPdf.render(summary);
        String text = PdfText.of(pdf);

        assertThat(text).contains(name, program.tier(standing.heldTier()).orElseThrow().label().in(locale));
        if (standing.nextTier() != null) {
            assertThat(text).contains(program.tier(standing.nextTier()).orElseThrow().label().in(locale));
        }
        GapPhrases screenWords = GapPhrases.in(locale, program);
        List<RequirementResult> shown = new ArrayList<>(standing.requirementsOf(standing.heldTier()));
        if (standing.nextTier() != null) {
            shown.addAll(standing.requirementsOf(standing.nextTier()));
        }
        assertThat(shown).anyMatch(r -> !r.met());
        for (RequirementResult result : shown) {
            if (!result.met()) {
                assertThat(text).contains(PdfText.plain(screenWords.phrase(result.gap())));
            }
        }
        assertThat(text).contains(locale == RU ? "Страница 1 из " + PdfText.pages(pdf)
                : "Page 1 of " + PdfText.pages(pdf));
    }

    @Test
    void leoBackupSilverPartnerNeedsTwelveMoreLicensesForGold() {
        String text = text("leo-backup", ShippedPartners.leoBackup("Northwind Systems"), Locale.ENGLISH);

        assertThat(text).contains("Requirements of Silver (held tier)", "Requirements of Gold (next tier)",
                "18 / 30", "12 more licenses in the last complete month", "Gold · 30 licenses",
                "Platinum · 50 licenses", "Licenses 30% 30%");
    }

    @Test
    void leoBackupInRussianPhrasesTheGapInRussian() {
        String text = text("leo-backup", ShippedPartners.leoBackup("ООО Пример"), RU);

        assertThat(text).contains("ООО Пример", "Условия статуса «Gold» (следующий)",
                "ещё 12 лицензий за прошлый полный месяц", "Лицензии 30 % 30 %", "Продажи за последние 24 мес.");
    }

    @Test
    void smartSoftAmountsAreGroupedTheRussianWay() {
        String text = text("smart-soft", ShippedPartners.smartSoft("ООО Пример"), RU);

        assertThat(text).contains("Условия статуса «Сертифицированный партнер» (текущий)",
                "Условия статуса «Привилегированный партнер» (следующий)", "850 000 RUB / 1 000 000 RUB",
                "ещё 150 000 RUB продаж за последние 12 месяцев", "примерно 83 334 RUB в месяц");
    }

    @Test
    void intelligentPlatformsShowsTheAccumulationAndTheNextRate() {
        String text = text("intelligent-platforms", ShippedPartners.intelligentPlatforms("Northwind Systems"),
                Locale.ENGLISH);

        assertThat(text).contains("Accumulation program", "Purchases counted 2,800,000 KZT", "Rate applied 2%",
                "Points 56,000", "The 4% rate applies above 3,000,000 KZT: 200,000 KZT more.",
                "The program publishes no percentage rewards.");
    }

    @Test
    void asoftListsEveryBonusWithItsCondition() {
        String text = text("asoft", ShippedPartners.asoft("Northwind Systems"), Locale.ENGLISH);

        assertThat(text).contains("Licenses 20% 21%", "Base plus bonuses is capped at 40%.", "met +1%",
                "not met (+10%)", "No higher tier", "At risk");
    }

    @Test
    void bitrixShowsThePointsLedgerByStatusAndSource() {
        String text = text("bitrix", ShippedPartners.bitrix("ООО Пример"), RU);

        assertThat(text).contains("Баланс баллов: 742", "742 / 500", "Итоги по источникам", "Продажи 3 +252",
                "Бонус за статус 3 +240", "Активности 1 +250", "ещё 1 сотрудник с сертификатом");
    }

    private static String text(String programId, PartnerFacts facts, Locale locale) {
        return PdfText.of(PartnerSummaryPdf.render(ShippedPartners.summary(programId, facts, locale)));
    }
}
