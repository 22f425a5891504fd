package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.program.Program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.tierdesk.store.jooq.Tables.EXCHANGE_RATES;

/**
 * A new partner with all its facts at once (a scenario file, the demo portfolio), in one transaction: every fact is
 * checked first, and one problem stores nothing. The facts' exchange rates join the manager's rates where the
 * manager has none for that pair (either direction) and day: a file never overwrites the manager's own rates.
 */
public final class PartnerImport {
    private final Workspace workspace;

    PartnerImport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Creates the partner of {@code draft} with {@code facts} (whose profile is ignored: the draft says it). */
    public long create(PartnerDraft draft, PartnerFacts facts) {
        Workspace.refuseIf(FactValidation.partner(draft, workspace.programs()));
        Program program = workspace.program(draft.programId());
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<Problem> problems = new ArrayList<>();
            List<ExchangeRate> newRates = new ArrayList<>();
            Set<String> known = new HashSet<>();
            tx.selectFrom(EXCHANGE_RATES).forEach(r -> known.add(pairDay(r.getFromCurrency(), r.getToCurrency(),
                    r.getRateDate().toString())));
            for (int i = 0; i < facts.rates().size(); i++) {
                ExchangeRate rate = facts.rates().get(i);
                List<Problem> found = FactValidation.exchangeRate(rate);
                prefix(problems, "rates[" + i + "]", found);
                if (found.isEmpty() && known.add(pairDay(rate.from(), rate.to(), rate.date().toString()))) {
                    newRates.add(rate);
                }
            }
            Workspace.refuseIf(problems);
            workspace.rates().putAll(tx, newRates);
            ProgramAmounts amounts = ProgramAmounts.load(tx);
            for (int i = 0; i < facts.tierHistory().size(); i++) {
                prefix(problems, "tierHistory[" + i + "]",
                        FactValidation.tierChange(program, facts.tierHistory().get(i)));
            }
            StaffRoster roster = workspace.staff();
            for (int i = 0; i < facts.staff().size(); i++) {
                prefix(problems, "staff[" + i + "]", roster.problems(program, facts.staff().get(i)));
            }
            for (int i = 0; i < facts.sales().size(); i++) {
                prefix(problems, "sales[" + i + "]",
                        FactValidation.sale(program, facts.sales().get(i), amounts.converter()));
            }
            for (int i = 0; i < facts.activities().size(); i++) {
                prefix(problems, "activities[" + i + "]",
                        FactValidation.activity(program, facts.activities().get(i)));
            }
            for (ChecklistMark mark : facts.checklist().values()) {
                prefix(problems, "checklist." + mark.item(), FactValidation.checklistMark(program, mark));
            }
            for (int i = 0; i < facts.plans().size(); i++) {
                prefix(problems, "plans[" + i + "]",
                        FactValidation.plan(program, facts.plans().get(i), amounts.converter()));
            }
            Workspace.refuseIf(problems);

            long partnerId = workspace.partners().insert(tx, draft);
            for (TierChange change : facts.tierHistory()) {
                workspace.tierHistory().insert(tx, partnerId, change);
            }
            for (StaffMember member : facts.staff()) {
                roster.insert(tx, partnerId, member);
            }
            Sales.insertAll(tx, partnerId, program, amounts, facts.sales());
            for (Activity activity : facts.activities()) {
                Activities.insert(tx, partnerId, activity);
            }
            for (ChecklistMark mark : facts.checklist().values()) {
                Checklist.put(tx, partnerId, mark);
            }
            for (SalesPlan plan : facts.plans()) {
                SalesPlans.put(tx, partnerId, plan);
            }
            return partnerId;
        });
    }

    private static void prefix(List<Problem> into, String where, List<Problem> found) {
        for (Problem problem : found) {
            into.add(new Problem(where + "." + problem.field(), problem.key(), problem.arguments()));
        }
    }

    private static String pairDay(String a, String b, String day) {
        return (a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a) + "@" + day;
    }
}
