package org.tierdesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.store.audit.AuditEntry;
import org.tierdesk.store.audit.AuditTrail;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailTest {
    private static final LocalDate JOINED = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;
    private TestWorkspace test;
    private Workspace ws;
    private AuditTrail trail;

    @BeforeEach
    void open() {
        test = TestWorkspace.open(dir, new ShippedPrograms());
        ws = test.workspace;
        trail = new AuditTrail(test.database);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void anEditedFieldIsKeptWithWhoWhenAndOldAndNewValues() {
        long id = ws.partners().create(new PartnerDraft("Romashka", "bitrix", "Kazan", JOINED, "business", null));
        ws.partners().update(id, new PartnerDraft("Romashka LLC", "bitrix", "Kazan", JOINED, "business", null));

        AuditEntry rename = trail.ofPartner(id, 10).get(0);
        assertThat(rename.action()).isEqualTo("update");
        assertThat(rename.table()).isEqualTo("partners");
        assertThat(rename.field()).isEqualTo("name");
        assertThat(rename.oldValue()).isEqualTo("Romashka");
        assertThat(rename.newValue()).isEqualTo("Romashka LLC");
        assertThat(rename.who()).isEqualTo(System.getProperty("user.name"));
        assertThat(rename.when()).isNotNull();
        assertThat(trail.ofPartner(id, 10)).extracting(AuditEntry::field).containsOnlyOnce("name")
                .doesNotContain("updated_at");
    }

    @Test
    void aSaleAddedChangedAndDeletedLeavesThreeEntriesNewestFirst() {
        long id = ws.partners().create(new PartnerDraft("Vector", "bitrix", null, JOINED, null, null));
        long saleId = ws.sales().add(id, new Sale(0, LocalDate.of(2026, 2, 3), new Money(new BigDecimal("1200.00"),
                "USD"), null, 3, "Bitrix24", null));
        ws.sales().update(new Sale(saleId, LocalDate.of(2026, 2, 3), new Money(new BigDecimal("1500"), "USD"), null,
                3, "Bitrix24", null));
        ws.sales().delete(saleId);

        List<AuditEntry> sales = trail.ofPartner(id, 50).stream().filter(e -> e.table().equals("sales")).toList();
        assertThat(sales).extracting(AuditEntry::action).containsExactly("delete", "update", "insert");
        assertThat(sales.get(1).field()).isEqualTo("amount");
        assertThat(sales.get(1).oldValue()).isEqualTo("1200.0000");
        assertThat(sales.get(1).newValue()).isEqualTo("1500.0000");
        assertThat(sales.get(2).newValue()).contains("sale_date=2026-02-03", "licenses=3", "product=Bitrix24")
                .doesNotContain("amount_program");
        assertThat(sales).extracting(AuditEntry::rowKey).containsOnly(Long.toString(saleId));
    }

    /**
     * Sales added many at once (an import) leave one entry: who, when, how many, which ids and which days; one
     * added alone leaves its own entry with every field, from the trigger. A later edit of an imported sale is
     * recorded field by field like any other.
     */
    @Test
    void salesAddedManyAtOnceLeaveOneImportEntryNamingHowManyAndWhich() {
        ws.rates().putAll(List.of(new ExchangeRate(LocalDate.of(2025, 1, 1), "USD", "RUB", new BigDecimal("90.5"))));
        long one = ws.partners().create(new PartnerDraft("Alone", "bitrix", null, JOINED, "business", null));
        long many = ws.partners().create(new PartnerDraft("Many", "bitrix", null, JOINED, "business", null));
        Sale first = new Sale(0, LocalDate.of(2025, 4, 2), new Money(new BigDecimal("1234.5"), "RUB"), null, 3,
                "Bitrix24 Pro", null);
        ws.sales().add(one, first);
        ws.sales().addAll(many, List.of(first,
                new Sale(0, LocalDate.of(2025, 6, 1), new Money(new BigDecimal("100000"), "RUB"), null, 12,
                        "Лицензия «Компания»", null),
                new Sale(0, LocalDate.of(2025, 5, 31), new Money(new BigDecimal("99.99"), "RUB"), null, 0, null,
                        LocalDate.of(2025, 6, 30))));

        AuditEntry alone = trail.ofPartner(one, 10).get(0);
        assertThat(alone.action()).isEqualTo("insert");
        assertThat(alone.newValue()).contains("sale_date=2025-04-02", "product=Bitrix24 Pro", "amount=1234.5000");
        List<AuditEntry> sales = trail.ofPartner(many, 10).stream().filter(e -> e.table().equals("sales")).toList();
        assertThat(sales).hasSize(1);
        AuditEntry imported = sales.get(0);
        List<Long> ids = ws.sales().of(many).stream().map(Sale::id).sorted().toList();
        assertThat(imported.action()).isEqualTo("import");
        assertThat(imported.who()).isEqualTo(System.getProperty("user.name"));
        assertThat(imported.rowKey()).isEqualTo(ids.get(0) + "-" + ids.get(2));
        assertThat(imported.newValue()).isEqualTo("count=3, first_id=" + ids.get(0) + ", last_id=" + ids.get(2)
                + ", first_day=2025-04-02, last_day=2025-06-01");

        Sale edited = ws.sales().of(many).get(0);
        ws.sales().update(new Sale(edited.id(), edited.date(), new Money(new BigDecimal("1300"), "RUB"),
                edited.category(), edited.licenses(), edited.product(), edited.returned()));
        AuditEntry edit = trail.ofPartner(many, 10).get(0);
        assertThat(edit.action()).isEqualTo("update");
        assertThat(edit.field()).isEqualTo("amount");
        assertThat(edit.oldValue()).isEqualTo("1234.5000");
    }

    @Test
    void aRefusedEditLeavesNoTrail() {
        long id = ws.partners().create(new PartnerDraft("Vector", "bitrix", null, JOINED, null, null));
        int before = trail.countOfPartner(id);

        assertThatThrownBy(() -> ws.sales().addAll(id, List.of(
                new Sale(0, LocalDate.of(2026, 2, 3), new Money(BigDecimal.TEN, "USD"), null, 1, "ok", null),
                new Sale(0, LocalDate.of(2026, 2, 3), new Money(BigDecimal.TEN, "USD"), null, -1, "bad", null))))
                .isInstanceOf(InvalidFactsException.class);
        assertThatThrownBy(() -> test.database.inTransaction(cfg -> {
            ws.partners().insert(cfg.dsl(), new PartnerDraft("Ghost", "bitrix", null, JOINED, null, null));
            throw new IllegalStateException("rolled back");
        })).hasMessageContaining("rolled back");

        assertThat(trail.countOfPartner(id)).isEqualTo(before);
        assertThat(test.database.dsl().fetchCount(org.tierdesk.store.jooq.Tables.AUDIT_LOG,
                org.tierdesk.store.jooq.Tables.AUDIT_LOG.NEW_VALUE.contains("Ghost"))).isZero();
    }

    @Test
    void aRateChangeThatReconvertsSalesIsNotAnEditOfThem() {
        long id = ws.partners().create(new PartnerDraft("Vector", "bitrix", null, JOINED, null, null));
        ws.rates().put(new ExchangeRate(LocalDate.of(2026, 1, 1), "RUB", "USD", new BigDecimal("0.011")));
        ws.sales().add(id, new Sale(0, LocalDate.of(2026, 2, 3), new Money(new BigDecimal("100000"), "RUB"), null,
                1, "Box", null));
        int before = trail.countOfPartner(id);

        ws.rates().put(new ExchangeRate(LocalDate.of(2026, 1, 1), "RUB", "USD", new BigDecimal("0.012")));

        assertThat(trail.countOfPartner(id)).isEqualTo(before);
    }

    @Test
    void theTrailOutlivesADeletedPartner() {
        long id = ws.partners().create(new PartnerDraft("Gone", "bitrix", null, JOINED, null, null));
        ws.sales().add(id, new Sale(0, LocalDate.of(2026, 2, 3), new Money(BigDecimal.ONE, "USD"), null, 1, "x",
                null));
        ws.partners().delete(id);

        assertThat(trail.ofPartner(id, 10)).extracting(AuditEntry::table, AuditEntry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("partners", "delete"),
                        org.assertj.core.groups.Tuple.tuple("sales", "delete"));
    }
}
