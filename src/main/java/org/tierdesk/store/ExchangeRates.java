package org.tierdesk.store;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.money.MissingRateException;
import org.tierdesk.program.Program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.tierdesk.store.jooq.Tables.EXCHANGE_RATES;
import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;
import static org.tierdesk.store.jooq.Tables.SALES_PLANS;

/**
 * The manager's dated exchange rates, shared by every partner. A change re-converts, in the same transaction, the
 * program-currency amount of every sale it can affect; a change that would leave a sale or a plan without a rate is
 * refused.
 */
public final class ExchangeRates {
    private static final int BATCH = 2_000;

    private final Workspace workspace;

    ExchangeRates(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> check(ExchangeRate rate) {
        return FactValidation.exchangeRate(rate);
    }

    public List<RateEntry> all() {
        return workspace.database().dsl().selectFrom(EXCHANGE_RATES)
                .orderBy(EXCHANGE_RATES.RATE_DATE.desc(), EXCHANGE_RATES.FROM_CURRENCY, EXCHANGE_RATES.TO_CURRENCY)
                .fetch(r -> new RateEntry(r.getId(), new ExchangeRate(r.getRateDate(), r.getFromCurrency(),
                        r.getToCurrency(), r.getRate())));
    }

    /** Adds a rate, or sets the rate of that pair and day when one is already there; returns its id. */
    public long put(ExchangeRate rate) {
        Workspace.refuseIf(check(rate));
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = put(tx, rate);
            reconvert(tx, Set.of(rate.from(), rate.to()));
            return id;
        });
    }

    /** Adds many rates in one transaction (a scenario's, the demo's). */
    public void putAll(List<ExchangeRate> rates) {
        List<Problem> problems = new ArrayList<>();
        rates.forEach(rate -> problems.addAll(check(rate)));
        Workspace.refuseIf(problems);
        workspace.database().inTransaction(cfg -> putAll(cfg.dsl(), rates));
    }

    void putAll(DSLContext tx, List<ExchangeRate> rates) {
        if (rates.isEmpty()) {
            return;
        }
        Set<String> currencies = new HashSet<>();
        for (ExchangeRate rate : rates) {
            put(tx, rate);
            currencies.add(rate.from());
            currencies.add(rate.to());
        }
        reconvert(tx, currencies);
    }

    public void update(long id, ExchangeRate rate) {
        Workspace.refuseIf(check(rate));
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<ExchangeRate> old = find(tx, id);
            if (old.isEmpty()) {
                Rows.requireOne(0);
            }
            tx.update(EXCHANGE_RATES)
                    .set(EXCHANGE_RATES.RATE_DATE, rate.date())
                    .set(EXCHANGE_RATES.FROM_CURRENCY, rate.from())
                    .set(EXCHANGE_RATES.TO_CURRENCY, rate.to())
                    .set(EXCHANGE_RATES.RATE, rate.rate())
                    .where(EXCHANGE_RATES.ID.eq(id)).execute();
            reconvert(tx, new HashSet<>(List.of(rate.from(), rate.to(), old.get().from(), old.get().to())));
        });
    }

    public boolean delete(long id) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<ExchangeRate> old = find(tx, id);
            if (old.isEmpty()) {
                return false;
            }
            tx.deleteFrom(EXCHANGE_RATES).where(EXCHANGE_RATES.ID.eq(id)).execute();
            reconvert(tx, Set.of(old.get().from(), old.get().to()));
            return true;
        });
    }

    private static Optional<ExchangeRate> find(DSLContext tx, long id) {
        return tx.selectFrom(EXCHANGE_RATES).where(EXCHANGE_RATES.ID.eq(id)).fetchOptional(r ->
                new ExchangeRate(r.getRateDate(), r.getFromCurrency(), r.getToCurrency(), r.getRate()));
    }

    private static long put(DSLContext tx, ExchangeRate rate) {
        Long existing = tx.select(EXCHANGE_RATES.ID).from(EXCHANGE_RATES)
                .where(EXCHANGE_RATES.FROM_CURRENCY.eq(rate.from())
                        .and(EXCHANGE_RATES.TO_CURRENCY.eq(rate.to()))
                        .and(EXCHANGE_RATES.RATE_DATE.eq(rate.date())))
                .fetchOne(EXCHANGE_RATES.ID);
        if (existing != null) {
            tx.update(EXCHANGE_RATES).set(EXCHANGE_RATES.RATE, rate.rate()).where(EXCHANGE_RATES.ID.eq(existing))
                    .execute();
            return existing;
        }
        return tx.insertInto(EXCHANGE_RATES)
                .set(EXCHANGE_RATES.RATE_DATE, rate.date())
                .set(EXCHANGE_RATES.FROM_CURRENCY, rate.from())
                .set(EXCHANGE_RATES.TO_CURRENCY, rate.to())
                .set(EXCHANGE_RATES.RATE, rate.rate())
                .returning(EXCHANGE_RATES.ID).fetchOne(EXCHANGE_RATES.ID);
    }

    /**
     * Re-converts every sale in one of {@code currencies} (only direct pairs convert, so no other sale can change)
     * and checks that every plan in them still has its 1 January rate.
     */
    private void reconvert(DSLContext tx, Set<String> currencies) {
        ProgramAmounts amounts = ProgramAmounts.load(tx);
        List<Problem> problems = new ArrayList<>();
        BatchBindStep batch = null;
        int pending = 0;
        Set<Long> reconverted = new HashSet<>();
        for (Record row : tx.select(SALES.ID, SALES.PARTNER_ID, SALES.SALE_DATE, SALES.AMOUNT, SALES.CURRENCY,
                        PARTNERS.PROGRAM_ID, PARTNERS.NAME)
                .from(SALES).join(PARTNERS).on(PARTNERS.ID.eq(SALES.PARTNER_ID))
                .where(SALES.CURRENCY.in(currencies))
                .fetchLazy()) {
            Optional<Program> program = workspace.programs().find(row.get(PARTNERS.PROGRAM_ID));
            if (program.isEmpty() || program.get().currency().equals(row.get(SALES.CURRENCY))) {
                continue;
            }
            LocalDate date = row.get(SALES.SALE_DATE);
            Money money = new Money(row.get(SALES.AMOUNT), row.get(SALES.CURRENCY));
            BigDecimal converted;
            try {
                converted = amounts.convert(money, program.get().currency(), date);
            } catch (MissingRateException e) {
                if (problems.size() < 5) {
                    problems.add(Problem.of("rate", "rate.stillNeeded", money.currency(), row.get(PARTNERS.NAME),
                            date, program.get().currency()));
                }
                continue;
            }
            if (batch == null) {
                batch = tx.batch(tx.update(SALES).set(SALES.AMOUNT_PROGRAM, ProgramAmounts.column(BigDecimal.ZERO))
                        .where(SALES.ID.eq(0L)));
            }
            batch.bind(ProgramAmounts.column(converted), row.get(SALES.ID));
            reconverted.add(row.get(SALES.PARTNER_ID));
            if (++pending == BATCH) {
                batch.execute();
                batch = null;
                pending = 0;
            }
        }
        if (batch != null) {
            batch.execute();
        }
        SalesByMonth.refresh(tx, workspace.programs(), reconverted);
        for (Record row : tx.select(SALES_PLANS.PLAN_YEAR, SALES_PLANS.CURRENCY, PARTNERS.PROGRAM_ID, PARTNERS.NAME)
                .from(SALES_PLANS).join(PARTNERS).on(PARTNERS.ID.eq(SALES_PLANS.PARTNER_ID))
                .where(SALES_PLANS.CURRENCY.in(currencies))
                .fetch()) {
            Optional<Program> program = workspace.programs().find(row.get(PARTNERS.PROGRAM_ID));
            LocalDate newYear = LocalDate.of(row.get(SALES_PLANS.PLAN_YEAR), 1, 1);
            if (program.isPresent() && problems.size() < 5 && !amounts.converter()
                    .canConvert(row.get(SALES_PLANS.CURRENCY), program.get().currency(), newYear)) {
                problems.add(Problem.of("rate", "rate.stillNeededByPlan", row.get(SALES_PLANS.CURRENCY),
                        row.get(PARTNERS.NAME), newYear, program.get().currency()));
            }
        }
        Workspace.refuseIf(problems);
    }
}
