package org.tierdesk.ui.downgrade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tierdesk.program.Program;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.standing.DowngradeTarget;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PendingDowngrade;
import org.tierdesk.store.standing.PendingDowngrades;
import org.tierdesk.store.standing.PortfolioStandings;
import org.tierdesk.ui.Messages;

/**
 * The pending-downgrade list: partners that stopped meeting their held tier, oldest first, with the date it
 * started, the date the program's grace period ends and the tier a downgrade moves to. The manager confirms (a
 * tier-history row with the reason and the OS user) or waives.
 */
public final class DowngradeViewModel {
    private final Workspace store;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> user;
    private final PendingDowngrades downgrades;
    private final ObservableList<DowngradeRow> rows = FXCollections.observableArrayList();
    private final List<Runnable> changeListeners = new ArrayList<>();

    public DowngradeViewModel(Workspace store, Messages messages, Clock clock) {
        this(store, messages, clock, () -> System.getProperty("user.name", ""));
    }

    public DowngradeViewModel(Workspace store, Messages messages, Clock clock, Supplier<String> user) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.user = user;
        this.downgrades = new PendingDowngrades(store);
    }

    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public ObservableList<DowngradeRow> rows() {
        return rows;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Re-evaluates every partner (the list follows the standings) and reads the pending entries. */
    public void refresh() {
        LocalDate today = today();
        PortfolioStandings standings = new PortfolioStandings(store);
        List<PartnerStanding> all = standings.asOf(today);
        java.util.Map<Long, PartnerStanding> byPartner = new java.util.HashMap<>();
        all.forEach(s -> byPartner.put(s.partnerId(), s));
        List<DowngradeRow> loaded = new ArrayList<>();
        for (PendingDowngrade p : downgrades.sync(all, today)) {
            Program program = store.programs().find(p.programId()).orElse(null);
            PartnerStanding standing = byPartner.get(p.partnerId());
            String target = program == null || standing == null ? null
                    : DowngradeTarget.of(program, standing.standing());
            loaded.add(new DowngradeRow(p.id(), p.partnerId(), p.name(),
                    program == null ? p.programId() : program.name().in(messages.locale()),
                    label(program, p.heldTier()), p.startedOn(), p.dueOn(), p.overdue(today), target,
                    target == null ? messages.get("downgrade.noLowerTier") : label(program, target)));
        }
        rows.setAll(loaded);
    }

    public void confirm(DowngradeRow row, String reason) {
        if (row.target() == null) {
            throw new IllegalStateException("no lower tier to move " + row.partner() + " to");
        }
        downgrades.confirm(row.id(), row.target(), today(), reason, user.get());
        changed();
    }

    public void waive(DowngradeRow row, String reason) {
        downgrades.waive(row.id(), today(), reason, user.get());
        changed();
    }

    private void changed() {
        refresh();
        changeListeners.forEach(Runnable::run);
    }

    private String label(Program program, String tierId) {
        return program == null ? tierId : program.tier(tierId).map(t -> t.label().in(messages.locale()))
                .orElse(tierId);
    }
}
