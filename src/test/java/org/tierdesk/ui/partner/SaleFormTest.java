package org.tierdesk.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

/** The sale dialog's rules, as a plain object: no FX thread, a real database. */
class SaleFormTest {
    @TempDir
    Path dataFolder;
    private DeskFixture desk;
    private long partnerId;

    @BeforeEach
    void partner() {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        partnerId = desk.store().partners().create(new PartnerDraft("Acme", "bitrix", null,
                LocalDate.of(2025, 3, 1), null, null));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private SaleForm form(Language language) {
        return new SaleForm(desk.session(), new Messages(language), partnerId,
                desk.session().program("bitrix").orElseThrow(), null, LocalDate.of(2026, 5, 10));
    }

    @Test
    void aNewSaleStartsInTheProgramsCurrencyAndCategoryAndNeedsAnAmount() {
        SaleForm form = form(Language.ENGLISH);
        assertThat(form.field("currency").choiceId()).isEqualTo("USD");
        assertThat(form.field("category").choiceId()).isEqualTo("license");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.field("amount").problemProperty().get()).as("untouched fields stay quiet").isEmpty();
    }

    @Test
    void aNegativeAmountIsRefusedWithTheStoresMessageInTheManagersLanguage() {
        SaleForm english = form(Language.ENGLISH);
        english.field("amount").textProperty().set("-5");
        assertThat(english.field("amount").problemProperty().get())
                .isEqualTo("The amount must not be negative (it is -5).");
        assertThat(english.validProperty().get()).isFalse();

        SaleForm russian = form(Language.RUSSIAN);
        russian.field("amount").textProperty().set("-5");
        assertThat(russian.field("amount").problemProperty().get()).contains("-5").containsPattern("[а-я]");
    }

    @Test
    void aCurrencyWithoutARateOnTheSaleDateIsRefusedUntilARateExists() {
        SaleForm form = form(Language.ENGLISH);
        form.field("amount").textProperty().set("100");
        form.field("currency").choose("EUR");
        assertThat(form.field("currency").problemProperty().get()).startsWith("There is no EUR/USD exchange rate");

        desk.store().rates().put(new ExchangeRate(LocalDate.of(2026, 1, 1), "EUR", "USD", new BigDecimal("1.1")));
        form.validate();
        assertThat(form.field("currency").problemProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aDecimalCommaIsReadAndTheSaleIsStored() {
        SaleForm form = form(Language.RUSSIAN);
        form.field("amount").textProperty().set("1 250,50");
        form.field("product").textProperty().set("Intranet");

        assertThat(form.save()).isTrue();

        assertThat(desk.store().sales().of(partnerId)).singleElement().satisfies(sale -> {
            assertThat(sale.amount().amount()).isEqualByComparingTo("1250.50");
            assertThat(sale.date()).isEqualTo(LocalDate.of(2026, 5, 10));
        });
    }

    @Test
    void textThatIsNotANumberOrADateIsNamedInTheMessage() {
        SaleForm form = form(Language.ENGLISH);
        form.field("amount").textProperty().set("ten");
        form.field("date").textProperty().set("32.13.2026");
        assertThat(form.field("amount").problemProperty().get()).contains("\u201cten\u201d is not a number");
        assertThat(form.field("date").problemProperty().get()).contains("YYYY-MM-DD");
        assertThat(form.save()).isFalse();
        assertThat(desk.store().sales().of(partnerId)).isEmpty();
    }
}
