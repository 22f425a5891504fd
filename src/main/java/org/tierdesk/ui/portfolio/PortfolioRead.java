package org.tierdesk.ui.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tierdesk.engine.standing.GapPhrases;
import org.tierdesk.program.Program;
import org.tierdesk.store.PortfolioEntry;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PendingDowngrades;
import org.tierdesk.store.standing.PortfolioStandings;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.standing.TierBadge;
import org.tierdesk.ui.standing.WarningText;

/**
 * Reads the portfolio's rows from the store: every partner's standing computed once, in one pass over the store's
 * SQL facts summaries ({@link PortfolioStandings}: grouped queries, no sale row loaded), and the pending-downgrade
 * list brought in line with them. Touches no JavaFX state, so it runs on any thread: the portfolio's background
 * refreshes, and the start-up's read ahead of the window ({@code org.tierdesk.ui.startup.HeadStart}).
 */
public final class PortfolioRead {
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final PortfolioStandings standings;
    private final PendingDowngrades downgrades;

    public PortfolioRead(Session session, Messages messages, Clock clock) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.standings = new PortfolioStandings(session.store());
        this.downgrades = new PendingDowngrades(session.store());
    }

    /** Every partner's row as of today (the clock's). */
    public PortfolioRows read() {
        Locale locale = messages.locale();
        LocalDate today = LocalDate.now(clock);
        List<PartnerStanding> all = standings.asOf(today);
        Map<Long, PartnerStanding> byPartner = new HashMap<>();
        all.forEach(s -> byPartner.put(s.partnerId(), s));
        int pending = downgrades.sync(all, today).size();
        Map<String, GapPhrases> phrases = new HashMap<>();
        WarningText warnings = new WarningText(messages);
        List<PortfolioRow> loaded = new ArrayList<>();
        for (PortfolioEntry entry : session.store().partners().portfolio(today)) {
            PartnerStanding s = byPartner.get(entry.id());
            Program p = session.program(entry.programId()).orElse(null);
            String territoryName = entry.territory() == null ? "" : entry.territory();
            String programName = session.programName(entry.programId(), locale);
            if (s == null || p == null) {
                loaded.add(new PortfolioRow(entry.id(), entry.name(), entry.programId(), programName,
                        entry.heldTier(), session.tierLabel(entry.programId(), entry.heldTier(), locale),
                        territoryName, TierBadge.style(p, entry.heldTier()), -1, "", "", false, false, false,
                        List.of()));
                continue;
            }
            String gap = s.topGap() == null || s.topGap().gap() == null ? "" : phrases
                    .computeIfAbsent(p.id(), id -> GapPhrases.in(locale, p)).phrase(s.topGap().gap());
            loaded.add(new PortfolioRow(entry.id(), entry.name(), entry.programId(), programName, s.heldTier(),
                    session.tierLabel(p.id(), s.heldTier(), locale), territoryName,
                    TierBadge.style(p, s.heldTier()), s.progress(), session.tierLabel(p.id(), s.targetTier(), locale),
                    gap, s.upgradeDue(), s.atRisk(), s.expiringSoon(),
                    s.expiring().stream().map(w -> warnings.of(w, p)).toList()));
        }
        return new PortfolioRows(today, locale, loaded, pending);
    }
}
