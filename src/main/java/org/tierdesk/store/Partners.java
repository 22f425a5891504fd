package org.tierdesk.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.tierdesk.program.Program;
import org.tierdesk.store.jooq.tables.records.PartnersRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.TIER_HISTORY;

/** The partners of the portfolio: create, read, edit, delete (with all their facts), and the portfolio list. */
public final class Partners {
    private final Workspace workspace;

    Partners(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The problems a dialog shows for this draft of a new partner (empty: it can be saved). */
    public List<Problem> check(PartnerDraft draft) {
        return FactValidation.partner(draft, workspace.programs());
    }

    public long create(PartnerDraft draft) {
        Workspace.refuseIf(check(draft));
        return workspace.database().inTransactionResult(cfg -> insert(cfg.dsl(), draft));
    }

    long insert(DSLContext tx, PartnerDraft draft) {
        Program program = workspace.program(draft.programId());
        workspace.programRegistry().ensure(tx, program);
        return tx.insertInto(PARTNERS)
                .set(PARTNERS.NAME, draft.name().trim())
                .set(PARTNERS.PROGRAM_ID, draft.programId())
                .set(PARTNERS.TERRITORY, blankToNull(draft.territory()))
                .set(PARTNERS.JOINED, draft.joined())
                .set(PARTNERS.HELD_TIER, blankToNull(draft.heldTier()))
                .set(PARTNERS.NOTES, blankToNull(draft.notes()))
                .set(PARTNERS.CREATED_AT, workspace.now())
                .set(PARTNERS.UPDATED_AT, workspace.now())
                .returning(PARTNERS.ID)
                .fetchOne(PARTNERS.ID);
    }

    public Optional<Partner> find(long id) {
        return workspace.database().dsl().selectFrom(PARTNERS).where(PARTNERS.ID.eq(id))
                .fetchOptional(Partners::partner);
    }

    /** Saves the edited fields. The program stays: a partner under another program is another partner. */
    public void update(long id, PartnerDraft draft) {
        List<Problem> problems = new ArrayList<>(check(draft));
        Partner stored = find(id).orElseThrow(() -> new NoSuchElementException("no partner with id " + id));
        if (!stored.programId().equals(draft.programId())) {
            problems.add(Problem.of("program", "partner.program.fixed", stored.programId()));
        }
        Workspace.refuseIf(problems);
        workspace.database().inTransaction(cfg -> cfg.dsl().update(PARTNERS)
                .set(PARTNERS.NAME, draft.name().trim())
                .set(PARTNERS.TERRITORY, blankToNull(draft.territory()))
                .set(PARTNERS.JOINED, draft.joined())
                .set(PARTNERS.HELD_TIER, blankToNull(draft.heldTier()))
                .set(PARTNERS.NOTES, blankToNull(draft.notes()))
                .set(PARTNERS.UPDATED_AT, workspace.now())
                .where(PARTNERS.ID.eq(id))
                .execute());
    }

    /** Deletes the partner and, through the schema's cascades, every fact of it. */
    public boolean delete(long id) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(PARTNERS).where(PARTNERS.ID.eq(id)).execute() > 0);
    }

    public int count() {
        return workspace.database().dsl().fetchCount(PARTNERS);
    }

    /**
     * Every partner with the tier it holds on {@code asOf}: the last tier-history entry dated on or before it,
     * else the initial status, else the program's first tier. Ordered by name.
     */
    public List<PortfolioEntry> portfolio(LocalDate asOf) {
        var history = TIER_HISTORY.as("h");
        Field<String> recorded = workspace.database().dsl()
                .select(history.TIER).from(history)
                .where(history.PARTNER_ID.eq(PARTNERS.ID).and(history.SINCE.le(asOf)))
                .orderBy(history.SINCE.desc(), history.ID.desc())
                .limit(1)
                .asField("recorded_tier");
        List<PortfolioEntry> entries = new ArrayList<>();
        for (Record row : workspace.database().dsl()
                .select(PARTNERS.ID, PARTNERS.NAME, PARTNERS.PROGRAM_ID, PARTNERS.TERRITORY, PARTNERS.HELD_TIER,
                        recorded)
                .from(PARTNERS)
                .orderBy(PARTNERS.NAME, PARTNERS.ID)
                .fetch()) {
            String held = row.get(recorded);
            if (held == null) {
                held = row.get(PARTNERS.HELD_TIER);
            }
            if (held == null) {
                held = workspace.programs().find(row.get(PARTNERS.PROGRAM_ID))
                        .filter(p -> !p.tiers().isEmpty()).map(p -> p.tiers().get(0).id()).orElse(null);
            }
            entries.add(new PortfolioEntry(row.get(PARTNERS.ID), row.get(PARTNERS.NAME), row.get(PARTNERS.PROGRAM_ID),
                    row.get(PARTNERS.TERRITORY), held));
        }
        return List.copyOf(entries);
    }

    static Partner partner(PartnersRecord r) {
        return new Partner(r.getId(), r.getName(), r.getProgramId(), r.getTerritory(), r.getJoined(),
                r.getHeldTier(), r.getNotes(), r.getCreatedAt(), r.getUpdatedAt());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
