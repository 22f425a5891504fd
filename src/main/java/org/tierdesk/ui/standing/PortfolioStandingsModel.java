package org.tierdesk.ui.standing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tierdesk.engine.standing.GapPhrases;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PendingDowngrades;
import org.tierdesk.store.standing.PortfolioStandings;
import org.tierdesk.ui.Messages;

/**
 * Every partner's standing for the Portfolio screen: computed in one go by {@link PortfolioStandings} on each
 * {@link #refresh}, which also brings the pending-downgrade list in line. The portfolio table looks a partner's
 * standing up by id; the flag filter narrows the table to partners with a flag; the header strip counts partners
 * per tier per program.
 */
public final class PortfolioStandingsModel {
    /** What the flag filter lets through. */
    public enum FlagFilter { ALL, UPGRADE_DUE, AT_RISK, EXPIRING_SOON, ANY_FLAG }

    /** One program's partners per held tier, in the program's tier order. */
    public record TierCounts(String programId, String program, Map<String, Integer> byTierLabel) {
    }

    private final Workspace store;
    private final Messages messages;
    private final Clock clock;
    private final PortfolioStandings standings;
    private final PendingDowngrades downgrades;
    private final Map<Long, PartnerStanding> byPartner = new HashMap<>();
    private final Map<String, GapPhrases> phrases = new HashMap<>();
    private final ObservableList<TierCounts> counts = FXCollections.observableArrayList();
    private final ObjectProperty<FlagFilter> flagFilter = new SimpleObjectProperty<>(FlagFilter.ALL);
    private int pending;

    public PortfolioStandingsModel(Workspace store, Messages messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.standings = new PortfolioStandings(store);
        this.downgrades = new PendingDowngrades(store);
    }

    /** Recomputes every standing as of today; returns how many downgrades are pending. */
    public int refresh() {
        LocalDate today = LocalDate.now(clock);
        List<PartnerStanding> all = standings.asOf(today);
        byPartner.clear();
        all.forEach(s -> byPartner.put(s.partnerId(), s));
        pending = downgrades.sync(all, today).size();
        Map<String, Map<String, Integer>> tally = new LinkedHashMap<>();
        for (PartnerStanding s : all) {
            tally.computeIfAbsent(s.programId(), p -> new LinkedHashMap<>()).merge(s.heldTier(), 1, Integer::sum);
        }
        List<TierCounts> rows = new java.util.ArrayList<>();
        tally.forEach((programId, tiers) -> store.programs().find(programId).ifPresent(program -> {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            for (Tier tier : program.tiers()) {
                ordered.put(tier.label().in(messages.locale()), tiers.getOrDefault(tier.id(), 0));
            }
            rows.add(new TierCounts(programId, program.name().in(messages.locale()), ordered));
        }));
        counts.setAll(rows);
        return pending;
    }

    public PartnerStanding of(long partnerId) {
        return byPartner.get(partnerId);
    }

    public int pendingDowngrades() {
        return pending;
    }

    public ObservableList<TierCounts> counts() {
        return counts;
    }

    public ObjectProperty<FlagFilter> flagFilterProperty() {
        return flagFilter;
    }

    /** Whether the partner passes the flag filter (a partner without a standing passes only ALL). */
    public boolean passes(long partnerId) {
        FlagFilter filter = flagFilter.get();
        if (filter == null || filter == FlagFilter.ALL) {
            return true;
        }
        PartnerStanding s = byPartner.get(partnerId);
        if (s == null) {
            return false;
        }
        return switch (filter) {
            case UPGRADE_DUE -> s.upgradeDue();
            case AT_RISK -> s.atRisk();
            case EXPIRING_SOON -> s.expiringSoon();
            case ANY_FLAG -> s.upgradeDue() || s.atRisk() || s.expiringSoon();
            case ALL -> true;
        };
    }

    /** The partner's top gap in the manager's language, "" when nothing is missing. */
    public String topGap(long partnerId) {
        PartnerStanding s = byPartner.get(partnerId);
        if (s == null || s.topGap() == null || s.topGap().gap() == null) {
            return "";
        }
        GapPhrases phrase = phrases.computeIfAbsent(s.programId(), id -> GapPhrases.in(messages.locale(),
                store.programs().find(id).orElse(null)));
        return phrase.phrase(s.topGap().gap());
    }

    /** The flag sort key: upgrade due first, then at risk, then expiring, then none. */
    public int flagRank(long partnerId) {
        PartnerStanding s = byPartner.get(partnerId);
        if (s == null) {
            return 9;
        }
        return s.upgradeDue() ? 0 : s.atRisk() ? 1 : s.expiringSoon() ? 2 : 3;
    }

    Program program(String id) {
        return store.programs().find(id).orElse(null);
    }
}
