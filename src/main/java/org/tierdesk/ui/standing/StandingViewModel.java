package org.tierdesk.ui.standing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.engine.measure.Measures;
import org.tierdesk.engine.points.PointsLedger;
import org.tierdesk.engine.standing.AccumulationResult;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.GapPhrases;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Accumulation;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Tier;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.program.Window;
import org.tierdesk.store.Meeting;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.meeting.SinceLastMeeting;
import org.tierdesk.store.meeting.StandingChange;
import org.tierdesk.store.standing.DowngradeStatus;
import org.tierdesk.store.standing.DowngradeTarget;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PendingDowngrade;
import org.tierdesk.store.standing.PendingDowngrades;
import org.tierdesk.store.standing.PeriodSales;
import org.tierdesk.store.standing.PortfolioStandings;
import org.tierdesk.store.standing.SalesPeriod;
import org.tierdesk.store.standing.SalesTimeline;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * One partner's standing as its first tab shows it, read again from the store on every {@link #load} (after any
 * edit of the partner's facts): the standing from the store's SQL facts summary and the engine, the ladder, the
 * requirements of the next and the held tier, rewards and bonuses, benefits, the points ledger, sales per period
 * with the tiers' volume thresholds, the pending downgrade, and what changed since the last meeting. Recording a
 * tier change or a meeting writes through the store and loads again.
 */
public final class StandingViewModel {
    /** Months of sales the chart shows. */
    static final int CHART_MONTHS = 24;

    private final Workspace store;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Supplier<String> user;
    private final PortfolioStandings standings;
    private final PendingDowngrades downgrades;
    private final List<Runnable> changeListeners = new ArrayList<>();

    private final ObjectProperty<PartnerStanding> standing = new SimpleObjectProperty<>();
    private final ObservableList<TierStep> ladder = FXCollections.observableArrayList();
    private final ObservableList<RequirementRow> targetRequirements = FXCollections.observableArrayList();
    private final ObservableList<RequirementRow> heldRequirements = FXCollections.observableArrayList();
    private final ObservableList<BonusRow> rewards = FXCollections.observableArrayList();
    private final ObservableList<String> heldBenefits = FXCollections.observableArrayList();
    private final ObservableList<String> nextBenefits = FXCollections.observableArrayList();
    private final ObservableList<LedgerRow> ledger = FXCollections.observableArrayList();
    private final ObservableList<PeriodSales> sales = FXCollections.observableArrayList();
    private final ObservableList<ChartThreshold> thresholds = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> sinceMeeting = FXCollections.observableArrayList();
    private final ObjectProperty<PendingDowngrade> pendingDowngrade = new SimpleObjectProperty<>();
    private final ObjectProperty<Meeting> lastMeeting = new SimpleObjectProperty<>();
    private final ObjectProperty<Meeting> latestMeeting = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    private Program program;
    private Long partnerId;
    private LocalDate today;
    private SalesPeriod period = SalesPeriod.MONTH;
    private VolumeUnit chartUnit = VolumeUnit.AMOUNT;
    private String rewardCap = "";
    private String accumulation = "";

    public StandingViewModel(Workspace store, Messages messages, Clock clock) {
        this(store, messages, clock, () -> System.getProperty("user.name", ""));
    }

    /** {@code user}: who records tier changes (the OS user; tests give their own). */
    public StandingViewModel(Workspace store, Messages messages, Clock clock, Supplier<String> user) {
        this.store = store;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.clock = clock;
        this.user = user;
        this.standings = new PortfolioStandings(store);
        this.downgrades = new PendingDowngrades(store);
    }

    /** Called after this view recorded something (a tier change, a meeting), so other screens refresh. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Reads the partner's standing again; null clears the view. */
    public void load(Long id) {
        partnerId = id;
        if (id == null) {
            standing.set(null);
            revision.set(revision.get() + 1);
            return;
        }
        today = LocalDate.now(clock);
        PartnerStanding found = standings.of(id, today);
        program = store.programs().find(found.programId()).orElseThrow();
        Standing s = found.standing();
        // the pending-downgrade list follows this partner's standing as the portfolio's does
        downgrades.sync(List.of(found), today);
        pendingDowngrade.set(downgrades.of(id).stream().filter(p -> p.status() == DowngradeStatus.PENDING)
                .findFirst().orElse(null));
        fillLadder(found);
        targetRequirements.setAll(rows(s, found.targetTier()));
        heldRequirements.setAll(Objects.equals(found.targetTier(), s.heldTier()) ? List.of()
                : rows(s, s.heldTier()));
        fillRewards(s);
        fillBenefits(s);
        fillLedger(id, s);
        fillChart(id, s);
        fillWarnings(found);
        Optional<StandingChange> change = new SinceLastMeeting(store).of(id, program, s, today);
        lastMeeting.set(store.meetings().lastBefore(id, today).orElse(null));
        latestMeeting.set(store.meetings().lastBefore(id, today.plusDays(1)).orElse(null));
        sinceMeeting.setAll(change.map(this::changeLines).orElse(List.of()));
        standing.set(found);
        revision.set(revision.get() + 1);
    }

    public void reload() {
        load(partnerId);
    }

    public ReadOnlyObjectProperty<PartnerStanding> standingProperty() {
        return standing;
    }

    /**
     * Counts the loads: it changes after every {@link #load}, also when the standing itself came out the same (a
     * meeting recorded, a waiver) and only the rest of the view changed.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Program program() {
        return program;
    }

    public LocalDate today() {
        return today;
    }

    public ObservableList<TierStep> ladder() {
        return ladder;
    }

    /** The requirements of the tier the progress aims at (the next tier, or the held one at the top). */
    public ObservableList<RequirementRow> targetRequirements() {
        return targetRequirements;
    }

    /** The held tier's requirements (empty when the held tier is the target). */
    public ObservableList<RequirementRow> heldRequirements() {
        return heldRequirements;
    }

    public ObservableList<BonusRow> rewards() {
        return rewards;
    }

    public ObservableList<String> heldBenefits() {
        return heldBenefits;
    }

    /** What the next tier adds to the held tier's benefits. */
    public ObservableList<String> nextBenefits() {
        return nextBenefits;
    }

    public ObservableList<LedgerRow> ledger() {
        return ledger;
    }

    public boolean hasPoints() {
        return program != null && Measures.hasPoints(program);
    }

    public ObservableList<PeriodSales> sales() {
        return sales;
    }

    public ObservableList<ChartThreshold> thresholds() {
        return thresholds;
    }

    public SalesPeriod period() {
        return period;
    }

    public VolumeUnit chartUnit() {
        return chartUnit;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    /** What changed since the last meeting's date (empty without an earlier meeting). */
    public ObservableList<String> sinceMeeting() {
        return sinceMeeting;
    }

    /** The last meeting before today: the one "since the last meeting" compares with. */
    public ReadOnlyObjectProperty<Meeting> lastMeetingProperty() {
        return lastMeeting;
    }

    /** The latest meeting, today's included (one recorded today is compared with from tomorrow). */
    public ReadOnlyObjectProperty<Meeting> latestMeetingProperty() {
        return latestMeeting;
    }

    public ReadOnlyObjectProperty<PendingDowngrade> pendingDowngradeProperty() {
        return pendingDowngrade;
    }

    public String rewardCap() {
        return rewardCap;
    }

    public String accumulation() {
        return accumulation;
    }

    public String tierLabel(String tierId) {
        if (tierId == null || program == null) {
            return "";
        }
        return program.tier(tierId).map(t -> t.label().in(locale())).orElse(tierId);
    }

    public String percent(double share) {
        return formats.percent(BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.DOWN));
    }

    /** The top gap in words, or "" when nothing is missing. */
    public String topGap() {
        PartnerStanding s = standing.get();
        return s == null || s.topGap() == null || s.topGap().gap() == null ? ""
                : GapPhrases.in(locale(), program).phrase(s.topGap().gap());
    }

    /** The tiers an upgrade may grant: qualified tiers above the held one on its track, and qualified add-ons. */
    public List<String> upgradeChoices() {
        PartnerStanding s = standing.get();
        if (s == null) {
            return List.of();
        }
        Tier held = program.tier(s.heldTier()).orElseThrow();
        List<String> choices = new ArrayList<>();
        for (String id : s.standing().qualifiedTiers()) {
            Tier tier = program.tier(id).orElseThrow();
            boolean above = !tier.addOn() && !held.addOn() && Objects.equals(tier.track(), held.track())
                    && program.tierIndex(id) > program.tierIndex(held.id());
            if (!id.equals(held.id()) && (above || tier.addOn())) {
                choices.add(0, id);
            }
        }
        return List.copyOf(choices);
    }

    /** The tier a downgrade moves to, or null at the bottom of the track. */
    public String downgradeTarget() {
        PartnerStanding s = standing.get();
        return s == null ? null : DowngradeTarget.of(program, s.standing());
    }

    /** Every tier of the program but the held one: what the manager may record by hand. */
    public List<String> otherTiers() {
        PartnerStanding s = standing.get();
        return program.tiers().stream().map(Tier::id).filter(id -> s == null || !id.equals(s.heldTier())).toList();
    }

    /** Records an upgrade (a tier-history row with the OS user and the reason). */
    public void grantUpgrade(String tier, LocalDate since, String reason) {
        store.tierHistory().record(partnerId, new TierChange(tier, since, reason, user.get()));
        changed();
    }

    /** Moves the partner down; a pending downgrade of the partner is confirmed with it, in one transaction. */
    public void applyDowngrade(String tier, LocalDate since, String reason) {
        PendingDowngrade pending = pendingDowngrade.get();
        if (pending != null) {
            downgrades.confirm(pending.id(), tier, since, reason, user.get());
        } else {
            store.tierHistory().record(partnerId, new TierChange(tier, since, reason, user.get()));
        }
        changed();
    }

    public void waiveDowngrade(String reason) {
        PendingDowngrade pending = pendingDowngrade.get();
        if (pending != null) {
            downgrades.waive(pending.id(), today, reason, user.get());
            changed();
        }
    }

    public void recordMeeting(LocalDate date, String notes) {
        store.meetings().add(partnerId, new Meeting(0, date, notes));
        changed();
    }

    /** The listeners first (the partner's facts are read again), then this view: the last load sees them all. */
    private void changed() {
        changeListeners.forEach(Runnable::run);
        reload();
    }

    private Locale locale() {
        return messages.locale();
    }

    private void fillLadder(PartnerStanding found) {
        Set<String> tracks = new LinkedHashSet<>();
        program.tiers().stream().filter(t -> !t.addOn()).forEach(t -> tracks.add(String.valueOf(t.track())));
        List<TierStep> steps = new ArrayList<>();
        for (Tier tier : program.tiers()) {
            String group = tier.addOn() ? messages.get("standing.ladder.addOn")
                    : tracks.size() > 1 ? trackLabel(tier) : null;
            steps.add(new TierStep(tier.id(), tier.label().in(locale()), group,
                    tier.id().equals(found.heldTier()), found.standing().qualifiedTiers().contains(tier.id()),
                    tier.id().equals(found.targetTier()) && !tier.id().equals(found.heldTier())));
        }
        ladder.setAll(steps);
    }

    /** A track is named by its lowest tier: "Primary Partner track" reads better than a file's track id. */
    private String trackLabel(Tier tier) {
        Tier first = program.tiers().stream().filter(t -> !t.addOn() && Objects.equals(t.track(), tier.track()))
                .findFirst().orElse(tier);
        return messages.format("standing.ladder.track", first.label().in(locale()));
    }

    private List<RequirementRow> rows(Standing s, String tier) {
        if (tier == null) {
            return List.of();
        }
        GapPhrases phrases = GapPhrases.in(locale(), program);
        List<RequirementRow> rows = new ArrayList<>();
        for (RequirementResult r : s.requirementsOf(tier)) {
            rows.add(new RequirementRow(r.tier(), r.id(), r.requirement().label().in(locale()),
                    text(r.requirement().note()), r.met(), r.current(), r.required(), figure(r, r.current()),
                    figure(r, r.required()), r.met() ? 1.0 : Math.max(0, Math.min(1, r.progress())),
                    r.gap() == null ? "" : phrases.phrase(r.gap())));
        }
        return rows;
    }

    private String figure(RequirementResult r, BigDecimal value) {
        return switch (r.requirement()) {
            case Requirement.Checklist c -> yesNo(value);
            case Requirement.PlanAgreed p -> yesNo(value);
            case Requirement.TierQualified t -> yesNo(value);
            case Requirement.SalesVolume v when v.unit() == VolumeUnit.AMOUNT ->
                    formats.amount(value.setScale(0, RoundingMode.DOWN), program.currency());
            case Requirement.PlanMet p -> formats.amount(value.setScale(0, RoundingMode.DOWN), program.currency());
            default -> formats.number(value);
        };
    }

    private String yesNo(BigDecimal value) {
        return messages.get(value.signum() > 0 ? "standing.yes" : "standing.no");
    }

    private void fillRewards(Standing s) {
        List<BonusRow> rows = new ArrayList<>();
        program.rewardCategories().forEach(c -> {
            BigDecimal base = s.baseRewards().get(c.id());
            if (base != null) {
                BigDecimal total = s.rewards().getOrDefault(c.id(), base);
                rows.add(new BonusRow(c.label().in(locale()), "", false, true, formats.percent(base),
                        total.compareTo(base) == 0 ? ""
                                : messages.format("standing.rewards.total", formats.percent(total))));
            }
        });
        GapPhrases phrases = GapPhrases.in(locale(), program);
        for (BonusResult bonus : s.bonuses()) {
            BigDecimal offered = bonus.bonus().percentByTier().get(s.heldTier());
            if (offered == null) {
                // a bonus of other tiers only: not one of the held tier's
                continue;
            }
            String condition = bonus.conditionMet() ? messages.get("standing.bonus.met")
                    : bonus.condition() != null && bonus.condition().gap() != null
                    ? phrases.phrase(bonus.condition().gap()) : messages.get("standing.bonus.notMet");
            rows.add(new BonusRow(bonus.bonus().label().in(locale()), text(bonus.bonus().note()), true,
                    bonus.conditionMet(), "+" + formats.percent(offered), condition));
        }
        rewards.setAll(rows);
        rewardCap = program.rewardCap() == null ? ""
                : messages.format("standing.rewards.cap", formats.percent(program.rewardCap()));
        AccumulationResult acc = s.accumulation();
        accumulation = acc == null ? "" : acc.nextThreshold() == null
                ? messages.format("standing.accumulation.top", formats.amount(acc.purchases(), program.currency()),
                formats.percent(acc.ratePercent()), formats.number(acc.points()))
                : messages.format("standing.accumulation", formats.amount(acc.purchases(), program.currency()),
                formats.percent(acc.ratePercent()), formats.number(acc.points()),
                formats.amount(acc.toNextThreshold(), program.currency()), formats.percent(acc.nextRatePercent()));
    }

    private void fillBenefits(Standing s) {
        Tier held = program.tier(s.heldTier()).orElseThrow();
        heldBenefits.setAll(held.benefits().stream().map(b -> b.in(locale())).toList());
        List<String> added = new ArrayList<>();
        if (s.nextTier() != null) {
            Set<String> have = new java.util.HashSet<>(held.benefits().stream().map(LocalizedText::en).toList());
            program.tier(s.nextTier()).orElseThrow().benefits().stream().filter(b -> !have.contains(b.en()))
                    .forEach(b -> added.add(b.in(locale())));
        }
        nextBenefits.setAll(added);
    }

    private void fillLedger(long id, Standing s) {
        if (!Measures.hasPoints(program)) {
            ledger.clear();
            return;
        }
        // one partner's raw facts: the ledger says what earned what, which a SUM cannot
        PartnerFacts facts = store.facts().of(id);
        Map<Long, Sale> salesById = new HashMap<>();
        facts.sales().forEach(sale -> salesById.put(sale.id(), sale));
        Map<Long, Activity> activitiesById = new HashMap<>();
        facts.activities().forEach(a -> activitiesById.put(a.id(), a));
        List<LedgerRow> rows = new ArrayList<>();
        for (LedgerEntry e : PointsLedger.build(program, facts, today).entries()) {
            rows.add(new LedgerRow(e.date(), messages.get("standing.ledger.source." + e.source()),
                    describe(e, salesById, activitiesById, facts), e.points(), e.balance(),
                    PointsLedger.RESET.equals(e.source())));
        }
        java.util.Collections.reverse(rows);
        ledger.setAll(rows);
    }

    private String describe(LedgerEntry e, Map<Long, Sale> sales, Map<Long, Activity> activities,
                            PartnerFacts facts) {
        return switch (e.source()) {
            case PointsLedger.SALE, PointsLedger.HOLDING_BONUS, PointsLedger.RETURN -> {
                Sale sale = sales.get(e.sourceId());
                yield sale == null ? "" : messages.format("standing.ledger.sale",
                        sale.product() == null ? "" : sale.product(),
                        formats.money(sale.amount().amount(), sale.amount().currency()));
            }
            case PointsLedger.ACTIVITY -> {
                Activity activity = activities.get(e.sourceId());
                yield activity == null ? "" : program.activityType(activity.type())
                        .map(t -> t.label().in(locale())).orElse(activity.type());
            }
            case PointsLedger.RESET -> messages.format("standing.ledger.reset", tierLabel(facts.tierHistory()
                    .stream().filter(c -> c.since().equals(e.date())).reduce((a, b) -> b).map(TierChange::tier)
                    .orElse("")));
            default -> e.description();
        };
    }

    private void fillChart(long id, Standing s) {
        period = SalesPeriod.of(program);
        chartUnit = program.tiers().stream().flatMap(t -> t.requirements().stream())
                .filter(Requirement.SalesVolume.class::isInstance).map(r -> ((Requirement.SalesVolume) r).unit())
                .findFirst().orElse(VolumeUnit.AMOUNT);
        sales.setAll(new SalesTimeline(store).of(id, period, today, CHART_MONTHS));
        List<ChartThreshold> lines = new ArrayList<>();
        for (Tier tier : program.tiers()) {
            for (Requirement r : tier.requirements()) {
                if (r instanceof Requirement.SalesVolume v && v.unit() == chartUnit) {
                    int windowMonths = v.window() == Window.LAST_COMPLETE_MONTH ? 1 : 12;
                    lines.add(new ChartThreshold(tier.id(), tier.label().in(locale()),
                            perPeriod(v.minimum(), windowMonths)));
                }
            }
        }
        Accumulation acc = program.accumulation();
        if (acc != null && chartUnit == VolumeUnit.AMOUNT) {
            for (Accumulation.Bracket bracket : acc.brackets()) {
                if (bracket.above() != null && bracket.above().signum() > 0) {
                    lines.add(new ChartThreshold(null, messages.format("standing.chart.bracket",
                            formats.percent(bracket.percent())), perPeriod(bracket.above(), 12)));
                }
            }
        }
        for (BonusResult bonus : s.bonuses()) {
            if (bonus.bonus().condition() instanceof Requirement.PlanMet && bonus.condition() != null
                    && bonus.condition().required().signum() > 0 && chartUnit == VolumeUnit.AMOUNT) {
                lines.add(new ChartThreshold(null, messages.get("standing.chart.plan"),
                        perPeriod(bonus.condition().required(), 12)));
            }
        }
        thresholds.setAll(lines.stream().distinct().toList());
    }

    private BigDecimal perPeriod(BigDecimal minimum, int windowMonths) {
        return minimum.multiply(BigDecimal.valueOf(period.months()))
                .divide(BigDecimal.valueOf(windowMonths), 0, RoundingMode.CEILING);
    }

    private void fillWarnings(PartnerStanding found) {
        WarningText text = new WarningText(messages);
        warnings.setAll(found.expiring().stream().map(w -> text.of(w, program)).toList());
    }

    private List<String> changeLines(StandingChange change) {
        List<String> lines = new ArrayList<>();
        GapPhrases phrases = GapPhrases.in(locale(), program);
        if (change.heldTierChanged()) {
            lines.add(messages.format("standing.since.held", tierLabel(change.then().heldTier()),
                    tierLabel(change.now().heldTier())));
        }
        change.qualifiedGained().forEach(t -> lines.add(messages.format("standing.since.gained", tierLabel(t))));
        change.qualifiedLost().forEach(t -> lines.add(messages.format("standing.since.lost", tierLabel(t))));
        change.gapsClosed().forEach(r -> lines.add(messages.format("standing.since.closed", tierLabel(r.tier()),
                r.requirement().label().in(locale()))));
        change.gapsOpened().forEach(r -> lines.add(messages.format("standing.since.opened", tierLabel(r.tier()),
                r.requirement().label().in(locale()), r.gap() == null ? "" : phrases.phrase(r.gap()))));
        if (change.pointsDelta().signum() != 0) {
            lines.add(messages.format("standing.since.points",
                    (change.pointsDelta().signum() > 0 ? "+" : "") + formats.number(change.pointsDelta())));
        }
        if (lines.isEmpty()) {
            lines.add(messages.get("standing.since.nothing"));
        }
        return lines;
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.in(locale());
    }
}
