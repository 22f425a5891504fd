package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.measure.Measures;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Window;
import org.tierdesk.store.Workspace;

import static org.tierdesk.store.jooq.Tables.PARTNERS;

/**
 * Every partner's standing as of a date: the store's SQL facts summaries for all partners in one round of grouped
 * queries (no sale row is loaded), each evaluated by the same {@link StandingEvaluator} as {@code tierdesk
 * evaluate}, with the progress toward the target tier, the top gap, and the "expiring soon" warnings (two more
 * grouped queries: certifications expiring inside {@link #LOOK_AHEAD_DAYS}, and this month's sales so far).
 */
public final class PortfolioStandings {
    /** How far ahead a certification's expiry makes a tier "expiring soon". */
    public static final int LOOK_AHEAD_DAYS = 60;

    private final Workspace workspace;
    private final StandingEvaluator evaluator = new StandingEvaluator();

    public PortfolioStandings(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every partner whose program is loaded, ordered by name. */
    public List<PartnerStanding> asOf(LocalDate asOf) {
        return standings(DSL.trueCondition(), workspace.summaries().all(asOf), asOf);
    }

    public PartnerStanding of(long partnerId, LocalDate asOf) {
        Map<Long, FactsSummary> one = Map.of(partnerId, workspace.summaries().of(partnerId, asOf));
        List<PartnerStanding> found = standings(PARTNERS.ID.eq(partnerId), one, asOf);
        if (found.isEmpty()) {
            throw new NoSuchElementException("no partner with id " + partnerId + " under a loaded program");
        }
        return found.get(0);
    }

    private List<PartnerStanding> standings(Condition partners, Map<Long, FactsSummary> summaries, LocalDate asOf) {
        DSLContext dsl = workspace.database().dsl();
        LocalDate horizon = asOf.plusDays(LOOK_AHEAD_DAYS);
        CertificationOutlook certificates = CertificationOutlook.query(dsl, partners, asOf, horizon);
        Map<String, Optional<Program>> programs = new HashMap<>();
        List<? extends Record> rows = dsl.select(PARTNERS.ID, PARTNERS.NAME, PARTNERS.PROGRAM_ID, PARTNERS.TERRITORY)
                .from(PARTNERS).where(partners).orderBy(PARTNERS.NAME, PARTNERS.ID).fetch();
        // this month's pace matters only where a program counts last month's volume
        List<Long> monthly = rows.stream()
                .filter(row -> programs.computeIfAbsent(row.get(PARTNERS.PROGRAM_ID), p -> workspace.programs().find(p))
                        .map(PortfolioStandings::countsLastMonth).orElse(false))
                .map(row -> row.get(PARTNERS.ID)).toList();
        MonthToDateSales thisMonth = MonthToDateSales.query(dsl, monthly, asOf);
        List<PartnerStanding> standings = new ArrayList<>(summaries.size());
        for (Record row : rows) {
            long id = row.get(PARTNERS.ID);
            FactsSummary summary = summaries.get(id);
            Optional<Program> program = programs.get(row.get(PARTNERS.PROGRAM_ID));
            if (summary == null || program.isEmpty()) {
                continue;
            }
            Standing standing = evaluator.evaluate(program.get(), summary);
            String target = TierProgress.targetTier(standing);
            standings.add(new PartnerStanding(id, row.get(PARTNERS.NAME), row.get(PARTNERS.PROGRAM_ID),
                    row.get(PARTNERS.TERRITORY), standing, target, TierProgress.toward(standing, target),
                    TierProgress.topGap(standing),
                    warnings(id, standing, asOf, certificates, thisMonth)));
        }
        return List.copyOf(standings);
    }

    private static boolean countsLastMonth(Program program) {
        return Measures.needed(program).stream().anyMatch(m -> switch (m) {
            case Measure.SalesAmount a -> a.window() == Window.LAST_COMPLETE_MONTH;
            case Measure.Licenses l -> l.window() == Window.LAST_COMPLETE_MONTH;
            default -> false;
        });
    }

    /** Met requirements of the held and the next tier that the look-ahead or this month's pace would fail. */
    private static List<ExpiryWarning> warnings(long partnerId, Standing standing, LocalDate asOf,
                                                CertificationOutlook certificates, MonthToDateSales thisMonth) {
        List<ExpiryWarning> warnings = new ArrayList<>();
        List<RequirementResult> watched = new ArrayList<>(standing.requirementsOf(standing.heldTier()));
        if (standing.nextTier() != null) {
            watched.addAll(standing.requirementsOf(standing.nextTier()));
        }
        for (RequirementResult result : watched) {
            if (!result.met()) {
                continue;
            }
            switch (result.requirement()) {
                case Requirement.CertifiedStaff r -> {
                    CertificationOutlook.Entry entry = certificates.of(partnerId, r.certification());
                    if (entry != null && entry.firstExpiry() != null
                            && entry.stillValid().compareTo(BigDecimal.valueOf(r.count())) < 0) {
                        warnings.add(new ExpiryWarning(ExpiryWarning.Kind.CERTIFICATION, result, r.certification(),
                                entry.firstExpiry(), entry.stillValid(), BigDecimal.valueOf(r.count())));
                    }
                }
                case Requirement.SalesVolume r when r.window() == Window.LAST_COMPLETE_MONTH -> {
                    BigDecimal pace = r.minimum().multiply(BigDecimal.valueOf(asOf.getDayOfMonth()))
                            .divide(BigDecimal.valueOf(asOf.lengthOfMonth()), 2, RoundingMode.HALF_UP);
                    BigDecimal soFar = thisMonth.of(partnerId, r.unit(), r.category());
                    if (soFar.compareTo(pace) < 0) {
                        warnings.add(new ExpiryWarning(ExpiryWarning.Kind.MONTHLY_PACE, result, r.category(),
                                asOf.withDayOfMonth(asOf.lengthOfMonth()), soFar, pace));
                    }
                }
                default -> {
                }
            }
        }
        return List.copyOf(warnings);
    }
}
