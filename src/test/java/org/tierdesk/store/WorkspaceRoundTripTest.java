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
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.facts.TierChange;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.jooq.Tables.SALES;

class WorkspaceRoundTripTest {
    private static final LocalDate JOINED = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;
    private TestWorkspace test;
    private Workspace ws;

    @BeforeEach
    void open() {
        test = TestWorkspace.open(dir, new ShippedPrograms());
        ws = test.workspace;
    }

    @AfterEach
    void close() {
        test.close();
    }

    private long bitrixPartner() {
        return ws.partners().create(new PartnerDraft("ООО Пример", "bitrix", "Москва", JOINED, "business", "notes"));
    }

    @Test
    void aPartnerIsCreatedReadEditedListedAndDeleted() {
        long id = bitrixPartner();
        Partner stored = ws.partners().find(id).orElseThrow();
        assertThat(stored.draft()).isEqualTo(new PartnerDraft("ООО Пример", "bitrix", "Москва", JOINED, "business",
                "notes"));
        assertThat(stored.createdAt()).isEqualTo(stored.updatedAt()).isNotNull();

        ws.partners().update(id, new PartnerDraft("ООО Пример-2", "bitrix", "Казань", JOINED, "certified", ""));
        assertThat(ws.partners().find(id).orElseThrow().draft())
                .isEqualTo(new PartnerDraft("ООО Пример-2", "bitrix", "Казань", JOINED, "certified", null));
        assertThat(ws.partners().portfolio(LocalDate.of(2026, 1, 1)))
                .containsExactly(new PortfolioEntry(id, "ООО Пример-2", "bitrix", "Казань", "certified"));
        assertThat(ws.programRegistry().registeredIds()).containsExactly("bitrix");

        assertThat(ws.partners().delete(id)).isTrue();
        assertThat(ws.partners().find(id)).isEmpty();
        assertThat(ws.partners().count()).isZero();
    }

    @Test
    void thePortfolioShowsTheTierHeldOnTheDateAskedFromTheHistory() {
        long id = bitrixPartner();
        long leo = ws.partners().create(new PartnerDraft("Acme Backup", "leo-backup", null, JOINED, null, null));
        ws.tierHistory().record(id, new TierChange("certified", LocalDate.of(2025, 9, 1), "500 points", "anna"));
        ws.tierHistory().record(id, new TierChange("gold", LocalDate.of(2026, 2, 1), "2000 points", "anna"));

        assertThat(ws.partners().portfolio(LocalDate.of(2025, 8, 31))).extracting(PortfolioEntry::heldTier)
                .containsExactly("silver", "business");
        assertThat(ws.partners().portfolio(LocalDate.of(2025, 9, 1))).extracting(PortfolioEntry::heldTier)
                .containsExactly("silver", "certified");
        assertThat(ws.partners().portfolio(LocalDate.of(2026, 6, 1))).extracting(PortfolioEntry::heldTier)
                .containsExactly("silver", "gold");
        assertThat(ws.tierHistory().of(id)).extracting(e -> e.change().tier()).containsExactly("certified", "gold");
        assertThat(leo).isPositive();
    }

    @Test
    void everyKindOfFactRoundTripsAndComesBackAsThePartnersFacts() {
        long id = bitrixPartner();
        ws.rates().put(new ExchangeRate(LocalDate.of(2025, 1, 1), "USD", "RUB", new BigDecimal("95.5")));
        long contact = ws.contacts().add(id, new Contact(0, "Иван Петров", "Директор", "ivan@example.ru", "+7 900"));
        long engineer = ws.staff().add(id, new StaffMember(0, "Olga", List.of("engineer", " engineer", "sales"),
                List.of(new Certification("bitrix-engineer", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)))));
        ws.staff().addCertification(engineer, new Certification("bitrix-sales", LocalDate.of(2025, 5, 1), null));
        long sale = ws.sales().add(id, new Sale(0, LocalDate.of(2025, 5, 10), Money.of("330", "USD"), null, 1,
                "Intranet", null));
        ws.sales().add(id, new Sale(0, LocalDate.of(2025, 6, 10), Money.of("9550", "RUB"), "license", 2,
                "Portal", LocalDate.of(2025, 7, 1)));
        long activity = ws.activities().add(id, new Activity(0, LocalDate.of(2025, 6, 1), "seminar", true,
                Money.of("1000", "USD"), "Spring seminar"));
        ws.checklist().set(id, new ChecklistMark("partner-agreement", true, LocalDate.of(2025, 3, 1)));
        ws.checklist().set(id, new ChecklistMark("nda", true, null));
        ws.plans().put(id, new SalesPlan(2026, Money.of("100000", "RUB")));
        ws.plans().put(id, new SalesPlan(2026, Money.of("120000", "RUB")));
        ws.tierHistory().record(id, new TierChange("business", JOINED, "joined", "anna"));
        long meeting = ws.meetings().add(id, new Meeting(0, LocalDate.of(2025, 10, 1), "QBR"));
        ws.savedPlans().save(id, "Two seminars", "activities: [seminar, seminar]");
        ws.settings().put("language", "ru");
        ws.settings().put("language", "en");

        PartnerFacts facts = ws.facts().of(id);
        assertThat(facts.profile().name()).isEqualTo("ООО Пример");
        assertThat(facts.staff()).singleElement().satisfies(s -> {
            assertThat(s.roles()).containsExactly("engineer", "sales");
            assertThat(s.certifications()).extracting(Certification::id)
                    .containsExactly("bitrix-engineer", "bitrix-sales");
        });
        assertThat(facts.sales()).hasSize(2);
        assertThat(facts.sales().get(0)).satisfies(s -> {
            assertThat(s.id()).isEqualTo(sale);
            assertThat(s.category()).as("the program's default category").isEqualTo("license");
            assertThat(s.amount().amount()).isEqualByComparingTo("330");
        });
        assertThat(facts.sales().get(1).returned()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(facts.activities()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(activity);
            assertThat(a.approved()).isTrue();
            assertThat(a.cost().amount()).isEqualByComparingTo("1000");
        });
        assertThat(facts.checklist()).containsOnlyKeys("partner-agreement", "nda");
        assertThat(facts.plans()).singleElement().satisfies(p ->
                assertThat(p.amount().amount()).isEqualByComparingTo("120000"));
        assertThat(facts.tierHistory()).extracting(TierChange::tier).containsExactly("business");
        assertThat(facts.rates()).hasSize(1);
        assertThat(ws.contacts().of(id)).extracting(Contact::id).containsExactly(contact);
        assertThat(ws.meetings().lastBefore(id, LocalDate.of(2025, 12, 1))).get()
                .extracting(Meeting::id).isEqualTo(meeting);
        assertThat(ws.savedPlans().of(id)).extracting(SavedPlan::name).containsExactly("Two seminars");
        assertThat(ws.settings().get("language")).contains("en");

        BigDecimal rubInUsd = new BigDecimal(test.database.dsl().select(SALES.AMOUNT_PROGRAM).from(SALES)
                .where(SALES.PARTNER_ID.eq(id).and(SALES.CURRENCY.eq("RUB"))).fetchOne(SALES.AMOUNT_PROGRAM).data());
        assertThat(rubInUsd).isEqualByComparingTo("100");

        assertThat(ws.partners().delete(id)).isTrue();
        assertThat(ws.contacts().of(id)).isEmpty();
        assertThat(ws.staff().of(id)).isEmpty();
        assertThat(ws.sales().count(id)).isZero();
        assertThat(ws.activities().of(id)).isEmpty();
        assertThat(ws.meetings().of(id)).isEmpty();
    }

    @Test
    void editsReplaceTheStoredFact() {
        long id = bitrixPartner();
        long sale = ws.sales().add(id, new Sale(0, LocalDate.of(2025, 5, 10), Money.of("330", "USD"), null, 1, "A",
                null));
        ws.sales().update(new Sale(sale, LocalDate.of(2025, 5, 11), Money.of("440", "USD"), "license", 3, "B",
                LocalDate.of(2025, 6, 1)));
        assertThat(ws.sales().of(id)).singleElement().satisfies(s -> {
            assertThat(s.date()).isEqualTo(LocalDate.of(2025, 5, 11));
            assertThat(s.amount().amount()).isEqualByComparingTo("440");
            assertThat(s.licenses()).isEqualTo(3);
            assertThat(s.returned()).isEqualTo(LocalDate.of(2025, 6, 1));
        });
        long staff = ws.staff().add(id, new StaffMember(0, "Olga", List.of(), List.of()));
        ws.staff().update(staff, "Olga K.", List.of("sales"));
        long cert = ws.staff().addCertification(staff, new Certification("bitrix-sales", JOINED, null));
        ws.staff().updateCertification(cert, new Certification("bitrix-sales", JOINED, LocalDate.of(2027, 1, 1)));
        assertThat(ws.staff().of(id)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Olga K.");
            assertThat(s.roles()).containsExactly("sales");
            assertThat(s.certifications()).singleElement().extracting(Certification::expires)
                    .isEqualTo(LocalDate.of(2027, 1, 1));
        });
        assertThat(ws.staff().deleteCertification(cert)).isTrue();
        assertThat(ws.staff().certificationsOf(staff)).isEmpty();
        assertThat(ws.sales().delete(sale)).isTrue();
        assertThat(ws.sales().of(id)).isEmpty();
    }
}
