package org.tierdesk.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.program.Program;
import org.tierdesk.store.audit.BulkAudit;

import java.sql.PreparedStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.tierdesk.store.jooq.Tables.SALES;

/**
 * A partner's sales. A sale with no category gets the program's default one; its amount in the program currency
 * is kept beside it (see {@link ProgramAmounts}), written in the same transaction.
 */
public final class Sales {
    private static final int BATCH = 2_000;
    private static final String INSERT = "insert into sales (partner_id, sale_date, product, category, amount, "
            + "currency, licenses, returned_on, amount_program) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Workspace workspace;

    Sales(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> check(long partnerId, Sale sale) {
        DSLContext dsl = workspace.database().dsl();
        return FactValidation.sale(workspace.programOf(dsl, partnerId), sale, ProgramAmounts.load(dsl).converter());
    }

    /** The partner's sales, oldest first. */
    public List<Sale> of(long partnerId) {
        return of(workspace.database().dsl(), partnerId);
    }

    static List<Sale> of(DSLContext dsl, long partnerId) {
        return dsl.select(SALES.ID, SALES.SALE_DATE, SALES.AMOUNT, SALES.CURRENCY, SALES.CATEGORY, SALES.LICENSES,
                        SALES.PRODUCT, SALES.RETURNED_ON)
                .from(SALES).where(SALES.PARTNER_ID.eq(partnerId))
                .orderBy(SALES.SALE_DATE, SALES.ID)
                .fetch(Sales::sale);
    }

    /** One page of the partner's sales, newest first, for a table that must not load years of sales at once. */
    public List<Sale> page(long partnerId, int offset, int limit) {
        return workspace.database().dsl()
                .select(SALES.ID, SALES.SALE_DATE, SALES.AMOUNT, SALES.CURRENCY, SALES.CATEGORY, SALES.LICENSES,
                        SALES.PRODUCT, SALES.RETURNED_ON)
                .from(SALES).where(SALES.PARTNER_ID.eq(partnerId))
                .orderBy(SALES.SALE_DATE.desc(), SALES.ID.desc())
                .limit(limit).offset(offset)
                .fetch(Sales::sale);
    }

    public int count(long partnerId) {
        return workspace.database().dsl().fetchCount(SALES, SALES.PARTNER_ID.eq(partnerId));
    }

    public long add(long partnerId, Sale sale) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Program program = workspace.programOf(tx, partnerId);
            ProgramAmounts amounts = ProgramAmounts.load(tx);
            Workspace.refuseIf(FactValidation.sale(program, sale, amounts.converter()));
            long id = tx.insertInto(SALES)
                    .set(SALES.PARTNER_ID, partnerId)
                    .set(SALES.SALE_DATE, sale.date())
                    .set(SALES.PRODUCT, Partners.blankToNull(sale.product()))
                    .set(SALES.CATEGORY, category(program, sale))
                    .set(SALES.AMOUNT, sale.amount().amount())
                    .set(SALES.CURRENCY, sale.amount().currency())
                    .set(SALES.LICENSES, sale.licenses())
                    .set(SALES.RETURNED_ON, sale.returned())
                    .set(SALES.AMOUNT_PROGRAM, ProgramAmounts.column(
                            amounts.convert(sale.amount(), program.currency(), sale.date())))
                    .returning(SALES.ID).fetchOne(SALES.ID);
            SalesByMonth.refresh(tx, workspace.programs(), partnerId);
            return id;
        });
    }

    /** Adds many sales in one transaction: every one is checked first, and any problem adds none. */
    public void addAll(long partnerId, List<Sale> sales) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Program program = workspace.programOf(tx, partnerId);
            ProgramAmounts amounts = ProgramAmounts.load(tx);
            List<Problem> problems = new ArrayList<>();
            for (Sale sale : sales) {
                problems.addAll(FactValidation.sale(program, sale, amounts.converter()));
            }
            Workspace.refuseIf(problems);
            insertAll(tx, partnerId, program, amounts, sales);
        });
    }

    /**
     * Inserts already checked sales in JDBC batches (and sums the partner's months again). Their audit trail is
     * written in one statement after them ({@link BulkAudit}), not row by row by the trigger: the same entries, in
     * the same transaction.
     */
    static void insertAll(DSLContext tx, long partnerId, Program program, ProgramAmounts amounts, List<Sale> sales) {
        Long newest = tx.select(DSL.max(SALES.ID)).from(SALES).fetchOne(0, Long.class);
        long afterId = newest == null ? 0 : newest;
        tx.connection(connection -> {
            BulkAudit.paused(() -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    int pending = 0;
                    for (Sale sale : sales) {
                        insert.setLong(1, partnerId);
                        insert.setObject(2, sale.date());
                        insert.setString(3, Partners.blankToNull(sale.product()));
                        insert.setString(4, category(program, sale));
                        insert.setBigDecimal(5, sale.amount().amount());
                        insert.setString(6, sale.amount().currency());
                        insert.setInt(7, sale.licenses());
                        insert.setObject(8, sale.returned());
                        insert.setBigDecimal(9, amounts.convert(sale.amount(), program.currency(), sale.date()));
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            });
            BulkAudit.added(connection, "sales", partnerId, afterId);
        });
        SalesByMonth.refresh(tx, id -> Optional.of(program), partnerId);
    }

    public void update(Sale sale) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Long partnerId = tx.select(SALES.PARTNER_ID).from(SALES).where(SALES.ID.eq(sale.id()))
                    .fetchOne(SALES.PARTNER_ID);
            if (partnerId == null) {
                Rows.requireOne(0);
            }
            Program program = workspace.programOf(tx, partnerId);
            ProgramAmounts amounts = ProgramAmounts.load(tx);
            Workspace.refuseIf(FactValidation.sale(program, sale, amounts.converter()));
            tx.update(SALES)
                    .set(SALES.SALE_DATE, sale.date())
                    .set(SALES.PRODUCT, Partners.blankToNull(sale.product()))
                    .set(SALES.CATEGORY, category(program, sale))
                    .set(SALES.AMOUNT, sale.amount().amount())
                    .set(SALES.CURRENCY, sale.amount().currency())
                    .set(SALES.LICENSES, sale.licenses())
                    .set(SALES.RETURNED_ON, sale.returned())
                    .set(SALES.AMOUNT_PROGRAM, ProgramAmounts.column(
                            amounts.convert(sale.amount(), program.currency(), sale.date())))
                    .where(SALES.ID.eq(sale.id()))
                    .execute();
            SalesByMonth.refresh(tx, workspace.programs(), partnerId);
        });
    }

    public boolean delete(long saleId) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Long partnerId = tx.select(SALES.PARTNER_ID).from(SALES).where(SALES.ID.eq(saleId))
                    .fetchOne(SALES.PARTNER_ID);
            if (partnerId == null) {
                return false;
            }
            tx.deleteFrom(SALES).where(SALES.ID.eq(saleId)).execute();
            SalesByMonth.refresh(tx, workspace.programs(), partnerId);
            return true;
        });
    }

    /** The sale's own category, or the program's default one (null where the program has none). */
    static String category(Program program, Sale sale) {
        String own = Partners.blankToNull(sale.category());
        return own != null ? own : program.defaultCategory();
    }

    private static Sale sale(Record r) {
        return new Sale(r.get(SALES.ID), r.get(SALES.SALE_DATE),
                new Money(r.get(SALES.AMOUNT), r.get(SALES.CURRENCY)), r.get(SALES.CATEGORY),
                r.get(SALES.LICENSES), r.get(SALES.PRODUCT), r.get(SALES.RETURNED_ON));
    }
}
