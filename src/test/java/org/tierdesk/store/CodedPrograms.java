package org.tierdesk.store;

import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.program.Bonus;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Tier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine's code-built test programs with their vocabularies (certifications, checklist items) filled in from
 * their requirements, so the store's validation accepts their facts.
 */
final class CodedPrograms implements ProgramCatalog {
    private final Map<String, Program> programs = new LinkedHashMap<>();

    CodedPrograms() {
        Stream.of(Shipped.leoBackup(), Shipped.asoft(), Shipped.intelligentPlatforms(),
                Shipped.smartSoft(), Shipped.bitrix()).map(CodedPrograms::withVocabulary)
                .forEach(p -> programs.put(p.id(), p));
    }

    @Override
    public Optional<Program> find(String programId) {
        return Optional.ofNullable(programs.get(programId));
    }

    List<Program> all() {
        return List.copyOf(programs.values());
    }

    private static Program withVocabulary(Program p) {
        Map<String, CatalogItem> certifications = new LinkedHashMap<>();
        Map<String, CatalogItem> items = new LinkedHashMap<>();
        Stream<Requirement> requirements = Stream.concat(
                p.tiers().stream().map(Tier::requirements).flatMap(List::stream),
                p.bonuses().stream().map(Bonus::condition));
        requirements.forEach(r -> {
            if (r instanceof Requirement.CertifiedStaff c) {
                certifications.put(c.certification(), new CatalogItem(c.certification(), LocalizedText.of(c.certification())));
            } else if (r instanceof Requirement.Checklist c) {
                items.put(c.item(), new CatalogItem(c.item(), LocalizedText.of(c.item())));
            }
        });
        return new Program(p.id(), p.version(), p.effectiveFrom(), p.vendor(), p.name(), p.currency(), p.tiers(),
                p.rewardCategories(), List.copyOf(certifications.values()), p.roles(), List.copyOf(items.values()),
                p.activityTypes(), p.bonuses(), p.rewardCap(), p.pointsRules(), p.accumulation(), p.downgrade(),
                p.membership(), p.terms());
    }
}
