package org.tierdesk.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.scenario.Scenario;
import org.tierdesk.scenario.ScenarioException;
import org.tierdesk.scenario.ScenarioReader;

/**
 * The hand-made portfolio a newcomer sees on the very first start of a data folder: four partners in each shipped
 * program (scenario files under {@code demo/}), at different tiers, some ready for the next tier and some at risk.
 * The files are dated as of {@link #WRITTEN_AS_OF}; their dates move forward to today's month (Leo Backup, whose
 * volume is the last complete month) or today's quarter (the others: completed quarters, the membership year), so
 * the windows keep the facts they were designed with; a date that would pass today becomes today (an expiry
 * date aside).
 * Filled once per data folder (a settings flag), not whenever the portfolio is empty: a manager who deleted every
 * partner does not get the demo back.
 */
public final class DemoPortfolio {
    static final String FILLED_SETTING = "demo.portfolio.filledOn";
    static final LocalDate WRITTEN_AS_OF = LocalDate.of(2026, 11, 23);
    private static final Pattern DATE = Pattern.compile("(expires: )?\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\byear: (\\d{4})\\b");
    private static final String[] PROGRAMS = {"leo-backup", "asoft", "intelligent-platforms", "smart-soft",
            "bitrix"};
    private static final int PER_PROGRAM = 4;

    private final Workspace workspace;
    private final ProgramLibrary library;

    public DemoPortfolio(Workspace workspace, ProgramLibrary library) {
        this.workspace = workspace;
        this.library = library;
    }

    /**
     * On a data folder's first start (no flag yet) fills an empty database with the demo and sets the flag; a
     * database that already has partners only gets the flag. True when the demo was added.
     */
    public boolean fillOnFirstStart(LocalDate today) {
        AppSettings settings = workspace.settings();
        if (settings.get(FILLED_SETTING).isPresent()) {
            return false;
        }
        boolean empty = workspace.partners().count() == 0;
        if (empty) {
            create(today);
        }
        settings.put(FILLED_SETTING, today.toString());
        return empty;
    }

    /** Adds the demo partners with their facts dated for {@code today}; returns their ids. */
    public List<Long> create(LocalDate today) {
        List<Long> ids = new ArrayList<>();
        for (String program : PROGRAMS) {
            int months = monthsToMove(program, today);
            for (int i = 1; i <= PER_PROGRAM; i++) {
                String name = program + "-" + i + ".yaml";
                Scenario scenario = read(name, shifted(resource(name), months, today));
                PartnerProfile profile = scenario.facts().profile();
                PartnerDraft draft = new PartnerDraft(profile.name(), scenario.program().id(), territory(name),
                        profile.joined(), profile.heldTier(), null);
                ids.add(workspace.partnerImport().create(draft, scenario.facts()));
            }
        }
        return List.copyOf(ids);
    }

    /** From the files' month (or quarter) to today's, never backwards. */
    static int monthsToMove(String program, LocalDate today) {
        long months = ChronoUnit.MONTHS.between(WRITTEN_AS_OF.withDayOfMonth(1), today.withDayOfMonth(1));
        if (!program.equals("leo-backup")) {
            int quarterOfWritten = (WRITTEN_AS_OF.getMonthValue() - 1) / 3;
            int quarterOfToday = (today.getMonthValue() - 1) / 3;
            months = 12L * (today.getYear() - WRITTEN_AS_OF.getYear()) + 3L * (quarterOfToday - quarterOfWritten);
        }
        return (int) Math.max(0, months);
    }

    /** Every date {@code months} later (at most {@code today}, expiries aside), and plan years with the as-of year. */
    static String shifted(String text, int months, LocalDate today) {
        if (months == 0) {
            return text;
        }
        int years = WRITTEN_AS_OF.plusMonths(months).getYear() - WRITTEN_AS_OF.getYear();
        Matcher dates = DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (dates.find()) {
            LocalDate moved = LocalDate.parse(dates.group(2)).plusMonths(months);
            boolean expiry = dates.group(1) != null;
            // what happened cannot be after today; an expiry is a date to come
            dates.appendReplacement(out, (expiry ? dates.group(1) : "")
                    + (moved.isAfter(today) && !expiry ? today : moved));
        }
        dates.appendTail(out);
        Matcher plans = YEAR.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (plans.find()) {
            plans.appendReplacement(result, "year: " + (Integer.parseInt(plans.group(1)) + years));
        }
        plans.appendTail(result);
        return result.toString();
    }

    private Scenario read(String name, String text) {
        try {
            return new ScenarioReader(Clock.fixed(WRITTEN_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC)).read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    library);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the demo file " + name + " is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoPortfolio.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The territory the file's first line names ("...; territory Kazan. ..."). */
    private static String territory(String name) {
        String first = resource(name).lines().findFirst().orElse("");
        Matcher matcher = Pattern.compile("territory ([^.]+)\\.").matcher(first);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}
