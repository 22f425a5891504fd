package org.tierdesk.store.standing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.program.Program;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.jooq.tables.records.PendingDowngradesRecord;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.PENDING_DOWNGRADES;

/**
 * The pending-downgrade list. {@link #sync} brings it in line with fresh standings: a partner at risk without an
 * entry in effect gets a PENDING one (started on the as-of date, with the program's grace period); an entry whose
 * partner meets its held tier again is RECOVERED; one whose partner holds another tier now is SUPERSEDED. The
 * manager then confirms (the downgrade is written to the tier history in the same transaction, as
 * {@link org.tierdesk.store.TierHistory#record} writes it) or waives.
 */
public final class PendingDowngrades {
    private final Workspace workspace;

    public PendingDowngrades(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Updates the list from {@code standings} (every partner's, or some); returns the entries now PENDING. */
    public List<PendingDowngrade> sync(List<PartnerStanding> standings, LocalDate asOf) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<Long, PendingDowngradesRecord> inEffect = new HashMap<>();
            tx.selectFrom(PENDING_DOWNGRADES).where(PENDING_DOWNGRADES.ACTIVE.isTrue())
                    .forEach(r -> inEffect.put(r.getPartnerId(), r));
            for (PartnerStanding standing : standings) {
                PendingDowngradesRecord entry = inEffect.get(standing.partnerId());
                if (entry != null && !entry.getHeldTier().equals(standing.heldTier())) {
                    close(tx, entry, entry.getStatus().equals(DowngradeStatus.WAIVED.name())
                            ? DowngradeStatus.WAIVED : DowngradeStatus.SUPERSEDED, asOf);
                    entry = null;
                }
                if (entry != null && !standing.atRisk()) {
                    close(tx, entry, entry.getStatus().equals(DowngradeStatus.WAIVED.name())
                            ? DowngradeStatus.WAIVED : DowngradeStatus.RECOVERED, asOf);
                } else if (entry == null && standing.atRisk()) {
                    Program program = workspace.programs().find(standing.programId()).orElseThrow();
                    tx.insertInto(PENDING_DOWNGRADES)
                            .set(PENDING_DOWNGRADES.PARTNER_ID, standing.partnerId())
                            .set(PENDING_DOWNGRADES.HELD_TIER, standing.heldTier())
                            .set(PENDING_DOWNGRADES.STARTED_ON, asOf)
                            .set(PENDING_DOWNGRADES.GRACE_DAYS, DowngradeTarget.graceDays(program))
                            .set(PENDING_DOWNGRADES.STATUS, DowngradeStatus.PENDING.name())
                            .set(PENDING_DOWNGRADES.ACTIVE, true)
                            .execute();
                }
            }
        });
        return pending();
    }

    /** The entries waiting for the manager, oldest first. */
    public List<PendingDowngrade> pending() {
        return workspace.database().dsl().select(PENDING_DOWNGRADES.fields()).select(PARTNERS.NAME,
                        PARTNERS.PROGRAM_ID)
                .from(PENDING_DOWNGRADES).join(PARTNERS).on(PARTNERS.ID.eq(PENDING_DOWNGRADES.PARTNER_ID))
                .where(PENDING_DOWNGRADES.STATUS.eq(DowngradeStatus.PENDING.name()))
                .orderBy(PENDING_DOWNGRADES.STARTED_ON, PARTNERS.NAME)
                .fetch(PendingDowngrades::entry);
    }

    /** Every entry of one partner, newest first. */
    public List<PendingDowngrade> of(long partnerId) {
        return workspace.database().dsl().select(PENDING_DOWNGRADES.fields()).select(PARTNERS.NAME,
                        PARTNERS.PROGRAM_ID)
                .from(PENDING_DOWNGRADES).join(PARTNERS).on(PARTNERS.ID.eq(PENDING_DOWNGRADES.PARTNER_ID))
                .where(PENDING_DOWNGRADES.PARTNER_ID.eq(partnerId))
                .orderBy(PENDING_DOWNGRADES.STARTED_ON.desc(), PENDING_DOWNGRADES.ID.desc())
                .fetch(PendingDowngrades::entry);
    }

    /**
     * Moves the partner down to {@code toTier} from {@code since} and closes the entry as CONFIRMED, in one
     * transaction; a change the tier history refuses changes nothing.
     */
    public void confirm(long entryId, String toTier, LocalDate since, String reason, String changedBy) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            PendingDowngradesRecord entry = pendingEntry(tx, entryId);
            workspace.tierHistory().record(tx, entry.getPartnerId(),
                    new TierChange(toTier, since, reason, changedBy));
            decide(tx, entry, DowngradeStatus.CONFIRMED, since, reason, changedBy, false);
        });
    }

    /** The manager keeps the partner's tier; the entry stays in effect so it is not raised again. */
    public void waive(long entryId, LocalDate on, String reason, String changedBy) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            decide(tx, pendingEntry(tx, entryId), DowngradeStatus.WAIVED, on, reason, changedBy, true);
        });
    }

    private static PendingDowngradesRecord pendingEntry(DSLContext tx, long entryId) {
        PendingDowngradesRecord entry = tx.selectFrom(PENDING_DOWNGRADES).where(PENDING_DOWNGRADES.ID.eq(entryId))
                .forUpdate().fetchOne();
        if (entry == null || !entry.getStatus().equals(DowngradeStatus.PENDING.name())) {
            throw new NoSuchElementException("no pending downgrade with id " + entryId);
        }
        return entry;
    }

    private static void decide(DSLContext tx, PendingDowngradesRecord entry, DowngradeStatus status, LocalDate on,
                               String reason, String by, boolean active) {
        tx.update(PENDING_DOWNGRADES)
                .set(PENDING_DOWNGRADES.STATUS, status.name())
                .set(PENDING_DOWNGRADES.ACTIVE, active)
                .set(PENDING_DOWNGRADES.DECIDED_ON, on)
                .set(PENDING_DOWNGRADES.DECIDED_BY, blankToNull(by))
                .set(PENDING_DOWNGRADES.REASON, blankToNull(reason))
                .where(PENDING_DOWNGRADES.ID.eq(entry.getId()))
                .execute();
    }

    private static void close(DSLContext tx, PendingDowngradesRecord entry, DowngradeStatus status, LocalDate on) {
        boolean decided = entry.getDecidedOn() != null;
        tx.update(PENDING_DOWNGRADES)
                .set(PENDING_DOWNGRADES.STATUS, status.name())
                .set(PENDING_DOWNGRADES.ACTIVE, false)
                .set(PENDING_DOWNGRADES.DECIDED_ON, decided ? entry.getDecidedOn() : on)
                .where(PENDING_DOWNGRADES.ID.eq(entry.getId()))
                .execute();
    }

    private static PendingDowngrade entry(Record r) {
        return new PendingDowngrade(r.get(PENDING_DOWNGRADES.ID), r.get(PENDING_DOWNGRADES.PARTNER_ID),
                r.get(PARTNERS.NAME), r.get(PARTNERS.PROGRAM_ID), r.get(PENDING_DOWNGRADES.HELD_TIER),
                r.get(PENDING_DOWNGRADES.STARTED_ON), r.get(PENDING_DOWNGRADES.GRACE_DAYS),
                DowngradeStatus.valueOf(r.get(PENDING_DOWNGRADES.STATUS)), r.get(PENDING_DOWNGRADES.DECIDED_ON),
                r.get(PENDING_DOWNGRADES.DECIDED_BY), r.get(PENDING_DOWNGRADES.REASON));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
