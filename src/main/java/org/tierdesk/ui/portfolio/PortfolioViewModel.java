package org.tierdesk.ui.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.standing.TierBadge;

/**
 * All partners with their program, held tier, territory and standing; a search over names and territories and
 * filters by program, tier, territory and flag narrow what the table shows. Each {@link #refresh} computes every
 * partner's standing once, in one pass over the store's SQL facts summaries ({@link PortfolioRead}: grouped
 * queries, no sale row loaded), brings the pending-downgrade list in line, and counts partners per tier per
 * program for the header strip; the table's cells only read the rows. The store is read off the JavaFX thread
 * whenever the rows are already on screen ({@link #refreshShown}). The "all" choice of a filter has the id "".
 */
public final class PortfolioViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioViewModel.class);
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<PortfolioRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PortfolioRow> visible = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice> programChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> tierChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> territoryChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> program = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> territory = new SimpleObjectProperty<>();
    private final ObservableList<Choice> flagChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> flag = new SimpleObjectProperty<>();
    private final ObservableList<TierCount> tierCounts = FXCollections.observableArrayList();
    private final IntegerProperty pendingDowngrades = new SimpleIntegerProperty();
    private final PortfolioRead reader;
    private final BooleanProperty updating = new SimpleBooleanProperty();
    private final AtomicLong generation = new AtomicLong();
    private final Executor background;
    private boolean shownOnce;
    private PortfolioRows readAhead;

    public PortfolioViewModel(Session session, Messages messages, Clock clock) {
        this(session, messages, clock, Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
                .name("portfolio-refresh").factory()));
    }

    /** With the thread background refreshes read the store on (tests pass their own). */
    public PortfolioViewModel(Session session, Messages messages, Clock clock, Executor background) {
        this.background = background;
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.reader = new PortfolioRead(session, messages, clock);
        for (FlagFilter filter : FlagFilter.values()) {
            flagChoices.add(new Choice(filter == FlagFilter.ALL ? "" : filter.name(),
                    messages.get("portfolio.filter.flags." + filter.name())));
        }
        flag.set(flagChoices.get(0));
        flag.addListener((obs, old, now) -> applyFilter());
        search.addListener((obs, old, now) -> applyFilter());
        program.addListener((obs, old, now) -> {
            fillTierChoices();
            applyFilter();
        });
        tier.addListener((obs, old, now) -> applyFilter());
        territory.addListener((obs, old, now) -> applyFilter());
    }

    public ObservableList<PortfolioRow> visibleRows() {
        return visible;
    }

    public int total() {
        return rows.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Choice> programFilterProperty() {
        return program;
    }

    public ObjectProperty<Choice> tierFilterProperty() {
        return tier;
    }

    public ObjectProperty<Choice> territoryFilterProperty() {
        return territory;
    }

    public ObservableList<Choice> programChoices() {
        return programChoices;
    }

    public ObservableList<Choice> tierChoices() {
        return tierChoices;
    }

    public ObservableList<Choice> territoryChoices() {
        return territoryChoices;
    }

    public ObjectProperty<Choice> flagFilterProperty() {
        return flag;
    }

    public ObservableList<Choice> flagChoices() {
        return flagChoices;
    }

    /** Per program (in the library's order, those with partners), how many partners hold each tier. */
    public ObservableList<TierCount> tierCounts() {
        return tierCounts;
    }

    /** How many downgrades wait for the manager's decision after the last refresh. */
    public ReadOnlyIntegerProperty pendingDowngradesProperty() {
        return pendingDowngrades;
    }

    public void showFlag(FlagFilter filter) {
        flag.set(find(flagChoices, filter == FlagFilter.ALL ? "" : filter.name()));
    }

    /** Narrows the table to one program's partners holding one tier (a click on the header strip). */
    public void showTier(String programId, String tierId) {
        program.set(find(programChoices, programId));
        session.program(programId).flatMap(p -> p.tier(tierId))
                .ifPresent(t -> tier.set(find(tierChoices, t.label().in(messages.locale()))));
    }

    /** Reads the portfolio and every standing again (after an edit elsewhere), keeping the filters set. */
    public void refresh() {
        showAtOnce(reader::read);
    }

    /** Shows {@code rows} (read on this thread); a background refresh still under way is dropped, spinner and all. */
    private void showAtOnce(java.util.function.Supplier<PortfolioRows> rows) {
        generation.incrementAndGet();
        show(rows.get());
        updating.set(false);
    }

    /**
     * What the shell runs each time the portfolio is shown: the first time the rows are read before the window
     * shows them; after that they are read again on a background thread while the table keeps the rows it has,
     * which are swapped on the JavaFX thread once read, so coming back to a portfolio of thousands of partners
     * never freezes the window.
     */
    public void refreshShown() {
        if (!shownOnce) {
            shownOnce = true;
            PortfolioRows ahead = readAhead;
            readAhead = null;
            boolean current = ahead != null && ahead.asOf().equals(LocalDate.now(clock))
                    && ahead.locale().equals(messages.locale());
            showAtOnce(current ? () -> ahead : reader::read);
        } else {
            refreshInBackground();
        }
    }

    /**
     * Rows read before this model was built (the start-up reads them while JavaFX starts, see
     * {@code org.tierdesk.ui.startup.HeadStart}): the first {@link #refreshShown} shows them instead of reading the
     * store once more, if they are today's and in this model's language; otherwise it reads as usual.
     */
    public void startWith(PortfolioRows rows) {
        readAhead = rows;
    }

    /** Reads the rows on the background thread and shows them when read, unless a later refresh began since. */
    public void refreshInBackground() {
        long mine = generation.incrementAndGet();
        updating.set(true);
        background.execute(() -> {
            try {
                PortfolioRows loaded = reader.read();
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        updating.set(false);
                        show(loaded);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Reading the portfolio failed; the rows shown are kept", e);
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        updating.set(false);
                    }
                });
            }
        });
    }

    /** Whether a background refresh is reading the rows. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating;
    }

    /** Puts read rows on screen (JavaFX thread), keeping the filters set. */
    private void show(PortfolioRows read) {
        Locale locale = messages.locale();
        List<PortfolioRow> loaded = read.rows();
        pendingDowngrades.set(read.pendingDowngrades());
        tierCounts.setAll(count(loaded));
        rows.setAll(loaded);
        String programId = idOf(program.get());
        String territoryName = idOf(territory.get());
        programChoices.setAll(all("portfolio.filter.allPrograms"));
        session.programs().forEach(p -> programChoices.add(new Choice(p.id(), p.name().in(locale))));
        territoryChoices.setAll(all("portfolio.filter.allTerritories"));
        new TreeSet<>(loaded.stream().map(PortfolioRow::territory).filter(t -> !t.isBlank()).toList())
                .forEach(t -> territoryChoices.add(new Choice(t, t)));
        program.set(find(programChoices, programId));
        territory.set(find(territoryChoices, territoryName));
        fillTierChoices();
        applyFilter();
    }

    public void clearFilters() {
        search.set("");
        program.set(programChoices.isEmpty() ? null : programChoices.get(0));
        territory.set(territoryChoices.isEmpty() ? null : territoryChoices.get(0));
        tier.set(tierChoices.isEmpty() ? null : tierChoices.get(0));
        flag.set(flagChoices.get(0));
    }

    /** Tiers are a program's own: with a program chosen, its tiers; otherwise each tier name once. */
    private void fillTierChoices() {
        String chosen = idOf(tier.get());
        List<Choice> choices = new ArrayList<>(List.of(all("portfolio.filter.allTiers")));
        String programId = idOf(program.get());
        if (!programId.isEmpty()) {
            session.program(programId).ifPresent(p -> p.tiers().forEach(t ->
                    choices.add(new Choice(t.label().in(messages.locale()), t.label().in(messages.locale())))));
        } else {
            new TreeSet<>(rows.stream().map(PortfolioRow::tier).filter(t -> !t.isBlank()).toList())
                    .forEach(t -> choices.add(new Choice(t, t)));
        }
        tierChoices.setAll(choices);
        tier.set(find(tierChoices, chosen));
    }

    private List<TierCount> count(List<PortfolioRow> loaded) {
        Map<String, Map<String, Integer>> byProgram = new LinkedHashMap<>();
        for (PortfolioRow row : loaded) {
            if (row.tierId() != null) {
                byProgram.computeIfAbsent(row.programId(), id -> new HashMap<>()).merge(row.tierId(), 1, Integer::sum);
            }
        }
        List<TierCount> counted = new ArrayList<>();
        for (Program p : session.programs()) {
            Map<String, Integer> held = byProgram.get(p.id());
            if (held == null) {
                continue;
            }
            List<TierCount.Tier> tiers = new ArrayList<>();
            for (Tier t : p.tiers()) {
                tiers.add(new TierCount.Tier(t.id(), t.label().in(messages.locale()), TierBadge.style(p, t.id()),
                        held.getOrDefault(t.id(), 0)));
            }
            counted.add(new TierCount(p.id(), p.name().in(messages.locale()), tiers));
        }
        return counted;
    }

    private void applyFilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(messages.locale());
        String flagId = idOf(flag.get());
        FlagFilter flagFilter = flagId.isEmpty() ? FlagFilter.ALL : FlagFilter.valueOf(flagId);
        String programId = idOf(program.get());
        String tierLabel = idOf(tier.get());
        String territoryName = idOf(territory.get());
        visible.setPredicate(row -> (text.isEmpty()
                || row.name().toLowerCase(messages.locale()).contains(text)
                || row.territory().toLowerCase(messages.locale()).contains(text))
                && (programId.isEmpty() || row.programId().equals(programId))
                && (tierLabel.isEmpty() || row.tier().equals(tierLabel))
                && (territoryName.isEmpty() || row.territory().equals(territoryName))
                && row.passes(flagFilter));
    }

    private Choice all(String key) {
        return new Choice("", messages.get(key));
    }

    private static String idOf(Choice choice) {
        return choice == null ? "" : choice.id();
    }

    private static Choice find(List<Choice> choices, String id) {
        return choices.stream().filter(c -> Objects.equals(c.id(), id)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }
}
