package org.tierdesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.facts.TierChange;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tierdesk.store.jooq.Tables.SALES;

class ValidationRefusalTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;
    private TestWorkspace test;
    private Workspace ws;
    private long partner;

    @BeforeEach
    void open() {
        test = TestWorkspace.open(dir, new ShippedPrograms());
        ws = test.workspace;
        partner = ws.partners().create(new PartnerDraft("Acme", "bitrix", null, LocalDate.of(2025, 1, 1), null, null));
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static Sale sale(String amount, String currency, String category) {
        return new Sale(0, LocalDate.of(2025, 5, 10), Money.of(amount, currency), category, 1, "p", null);
    }

    @Test
    void aNegativeAmountIsRefusedNextToTheAmountInBothLanguagesAndNothingIsStored() {
        InvalidFactsException refused = catchThrowableOfType(InvalidFactsException.class,
                () -> ws.sales().add(partner, sale("-5", "USD", null)));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("amount");
            assertThat(p.key()).isEqualTo("amount.negative");
            assertThat(p.message(Locale.ENGLISH)).isEqualTo("The amount must not be negative (it is -5).");
            assertThat(p.message(RU)).isEqualTo("Сумма не может быть отрицательной (сейчас -5).");
        });
        assertThat(ws.sales().count(partner)).isZero();
    }

    @Test
    void aSaleInACurrencyWithNoRateOnItsDateIsRefusedUntilOneIsEntered() {
        assertThat(ws.sales().check(partner, sale("9550", "RUB", null)))
                .extracting(Problem::field, Problem::key).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "currency", "currency.noRate"));
        ws.rates().put(new ExchangeRate(LocalDate.of(2025, 6, 1), "USD", "RUB", new BigDecimal("95.5")));
        assertThat(ws.sales().check(partner, sale("9550", "RUB", null))).as("the rate starts after the sale")
                .hasSize(1).first().extracting(p -> p.message(Locale.ENGLISH)).asString()
                .contains("no RUB/USD exchange rate in force on 2025-05-10");
        ws.rates().put(new ExchangeRate(LocalDate.of(2025, 1, 1), "RUB", "USD", new BigDecimal("0.0105")));
        assertThat(ws.sales().check(partner, sale("9550", "RUB", null))).isEmpty();
    }

    @Test
    void unknownIdsOfTheProgramAreRefused() {
        assertThat(ws.sales().check(partner, sale("10", "USD", "hardware")))
                .extracting(Problem::key).containsExactly("sale.category.unknown");
        assertThat(ws.staff().checkCertification(partner, new Certification("cisco-ccna", LocalDate.of(2025, 1, 1),
                null))).extracting(Problem::key).containsExactly("certification.unknown");
        assertThat(ws.activities().check(partner, new Activity(0, LocalDate.of(2025, 1, 1), "webinar", true, null,
                null))).extracting(Problem::key).containsExactly("activity.type.unknown");
        assertThat(ws.tierHistory().check(partner, new TierChange("platinum", LocalDate.of(2025, 1, 1), null, null)))
                .extracting(Problem::key).containsExactly("tier.unknown");
        assertThat(ws.checklist().check(partner, new ChecklistMark("iso-9001", true, null)))
                .extracting(Problem::key).containsExactly("checklist.item.unknown");
        assertThat(ws.partners().check(new PartnerDraft("X", "bitrix", null, LocalDate.of(2025, 1, 1), "platinum",
                null))).extracting(p -> p.message(Locale.ENGLISH))
                .containsExactly("The program bitrix has no tier “platinum”.");
        assertThatThrownBy(() -> ws.activities().add(partner, new Activity(0, LocalDate.of(2025, 1, 1), "webinar",
                true, null, null))).isInstanceOf(InvalidFactsException.class);
        assertThat(ws.activities().of(partner)).isEmpty();
    }

    @Test
    void anExpiryBeforeTheEarnedDateIsRefusedAndTheStaffMemberIsNotAdded() {
        StaffMember member = new StaffMember(0, "Olga", List.of("engineer"), List.of(new Certification(
                "bitrix-engineer", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1))));
        InvalidFactsException refused = catchThrowableOfType(InvalidFactsException.class,
                () -> ws.staff().add(partner, member));
        assertThat(refused.problems()).extracting(Problem::field).containsExactly("expires");
        assertThat(refused.message(RU)).isEqualTo("Дата окончания 2025-05-01 раньше даты получения (2025-06-01).");
        assertThat(ws.staff().of(partner)).isEmpty();
    }

    @Test
    void anEmptyNameIsRefusedForPartnersStaffAndContacts() {
        assertThat(ws.partners().check(new PartnerDraft("  ", "bitrix", null, LocalDate.of(2025, 1, 1), null, null)))
                .extracting(Problem::field, p -> p.message(Locale.ENGLISH))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "Enter a name."));
        assertThat(ws.staff().checkName("")).extracting(Problem::key).containsExactly("name.empty");
        assertThatThrownBy(() -> ws.contacts().add(partner, new Contact(0, null, null, null, null)))
                .isInstanceOf(InvalidFactsException.class);
        assertThat(ws.partners().count()).isEqualTo(1);
    }

    @Test
    void removingTheOnlyRateASaleNeedsIsRefusedAndTheRateStays() {
        long rate = ws.rates().put(new ExchangeRate(LocalDate.of(2025, 1, 1), "USD", "RUB", new BigDecimal("95.5")));
        ws.sales().add(partner, sale("9550", "RUB", null));
        InvalidFactsException refused = catchThrowableOfType(InvalidFactsException.class,
                () -> ws.rates().delete(rate));
        assertThat(refused.problems()).extracting(Problem::key).containsExactly("rate.stillNeeded");
        assertThat(refused.message(Locale.ENGLISH)).contains("RUB sale of Acme on 2025-05-10");
        assertThat(ws.rates().all()).hasSize(1);
    }

    @Test
    void changingARateReconvertsTheSalesItGoverns() {
        long rate = ws.rates().put(new ExchangeRate(LocalDate.of(2025, 1, 1), "USD", "RUB", new BigDecimal("95.5")));
        ws.sales().add(partner, sale("9550", "RUB", null));
        ws.rates().update(rate, new ExchangeRate(LocalDate.of(2025, 1, 1), "USD", "RUB", new BigDecimal("100")));
        assertThat(new BigDecimal(test.database.dsl().select(SALES.AMOUNT_PROGRAM).from(SALES)
                .fetchOne(SALES.AMOUNT_PROGRAM).data())).isEqualByComparingTo("95.5");
    }
}
