package org.tierdesk.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.audit.AuditEntry;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

/** The History tab's words for audit entries, in English and Russian, without a screen. */
class FactChangesTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 11, 23, 10, 15);

    private static final Program BITRIX = ProgramLibrary.shippedOnly().byId("bitrix").orElseThrow();

    private static FactChanges in(Language language) {
        return new FactChanges(new Messages(language), BITRIX);
    }

    @Test
    void anUpdateNamesTheFieldAndBothValuesInEnglishAndRussian() {
        AuditEntry entry = new AuditEntry(1, WHEN, "olga", "activities", "7", "update", "approved", "FALSE", "TRUE");

        FactChange en = in(Language.ENGLISH).line(entry);
        FactChange ru = in(Language.RUSSIAN).line(entry);

        assertThat(en.what()).isEqualTo("Activity changed");
        assertThat(en.details()).isEqualTo("Approved: No \u2192 Yes");
        assertThat(en.who()).isEqualTo("olga");
        assertThat(ru.what()).isEqualTo("Активность: изменено");
        assertThat(ru.details()).isEqualTo("Одобрена: Нет \u2192 Да");
    }

    @Test
    void anAddedRowListsItsFieldsWithLabelsAndFormattedValues() {
        AuditEntry entry = new AuditEntry(2, WHEN, "olga", "sales", "12", "insert", null, null,
                "id=12, partner_id=3, sale_date=2026-03-01, product=Intranet, category=license, amount=1250.5000, "
                        + "currency=RUB, licenses=2");

        FactChange ru = in(Language.RUSSIAN).line(entry);

        assertThat(ru.what()).isEqualTo("Продажа: добавлено");
        assertThat(ru.details()).startsWith("Дата: 1 мар. 2026").contains("Продукт: Intranet")
                .contains("Категория: Лицензии").contains("Сумма: 1\u00a0250,50").contains("Валюта: RUB")
                .contains("Лицензии: 2").doesNotContain("partner_id");
    }

    @Test
    void anImportIsOneLineWithHowManyRowsAndTheirDays() {
        AuditEntry entry = new AuditEntry(6, WHEN, "olga", "sales", "101-100100", "import", null, null,
                "count=100000, first_id=101, last_id=100100, first_day=2024-01-03, last_day=2026-11-30");

        FactChange en = in(Language.ENGLISH).line(entry);
        FactChange ru = in(Language.RUSSIAN).line(entry);

        assertThat(en.what()).isEqualTo("Sales imported");
        assertThat(en.details()).isEqualTo("100,000 rows dated Jan 3, 2024 \u2013 Nov 30, 2026");
        assertThat(ru.what()).isEqualTo("Импорт продаж");
        assertThat(ru.details()).startsWith("Строк: 100\u00a0000, даты 3 янв. 2024");
    }

    @Test
    void aRemovedTierChangeShowsTheTierLabelAndAnEmptyValueReadsEmpty() {
        AuditEntry removed = new AuditEntry(3, WHEN, "olga", "tier_history", "4", "delete", null,
                "id=4, partner_id=3, tier=gold, since=2026-01-10, reason=Audit, with a comma, recorded_at=2026-01-10 "
                        + "09:00:00", null);
        AuditEntry cleared = new AuditEntry(4, WHEN, "olga", "partners", "3", "update", "territory", "Almaty", null);
        AuditEntry ticked = new AuditEntry(5, WHEN, "olga", "checklist_items", "3/first-line-support", "update",
                "done", "FALSE", "TRUE");

        FactChanges en = in(Language.ENGLISH);

        assertThat(en.line(removed).what()).isEqualTo("Tier change removed");
        assertThat(en.line(removed).details()).isEqualTo("Tier: Gold Certified Partner; Since: Jan 10, 2026; "
                + "Reason: Audit, with a comma");
        assertThat(en.line(cleared).details()).isEqualTo("Territory: Almaty \u2192 (empty)");
        assertThat(en.line(ticked).what()).isEqualTo("Checklist item changed \u00b7 1st line support");
        assertThat(en.line(ticked).details()).isEqualTo("Done: No \u2192 Yes");
        assertThat(in(Language.RUSSIAN).line(new AuditEntry(6, WHEN, "olga", "checklist_items", "3/x", "insert",
                null, null, "partner_id=3, item=first-line-support, done=TRUE"))).extracting(FactChange::details)
                .isEqualTo("Пункт: Техническая поддержка 1-й линии; Выполнен: Да");
    }
}
