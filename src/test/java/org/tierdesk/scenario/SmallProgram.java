package org.tierdesk.scenario;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;

/** A small USD program with Bitrix's vocabulary, so the reader's rules are tested apart from the shipped files. */
final class SmallProgram {
    private SmallProgram() {}

    static Program program() {
        return new Program("small", "1", LocalDate.of(2026, 1, 1), LocalizedText.of("Vendor"), LocalizedText.of("Small"),
                "USD", List.of(tier("business"), tier("certified"), tier("gold")),
                List.of(new RewardCategory("license", LocalizedText.of("Licenses")),
                        new RewardCategory("hardware", LocalizedText.of("Hardware"))),
                items("bitrix-engineer", "bitrix-sales"), items("sales"), items("partner-agreement", "nda"),
                List.of(new ActivityType("case-study", LocalizedText.of("Case study"), 250, false),
                        new ActivityType("seminar", LocalizedText.of("Seminar"), 1000, true)),
                List.of(), null, null, null, null, null, List.of());
    }

    /** Reads a scenario text whose program is "small" (the only id resolved), today being 2026-11-23. */
    static Scenario read(String yaml) throws Exception {
        return reader().read("case.yaml", new java.io.ByteArrayInputStream(
                yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), SmallProgram::resolve);
    }

    static Scenario read(Path file) throws Exception {
        return reader().read(file, SmallProgram::resolve);
    }

    private static ScenarioReader reader() {
        return new ScenarioReader(java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-23T10:00:00Z"), java.time.ZoneOffset.UTC));
    }

    private static Program resolve(String reference, Path folder, Problems problems, int line) {
        if (reference.equals("small")) {
            return program();
        }
        problems.add(line, "unknown program '" + reference + "'");
        return null;
    }

    private static Tier tier(String id) {
        return new Tier(id, LocalizedText.of(id), "reseller", false, List.of(),
                Map.of("license", BigDecimal.TEN), List.of(), List.of(), null);
    }

    private static List<CatalogItem> items(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new CatalogItem(id, LocalizedText.of(id))).toList();
    }
}
