package org.tierdesk.program.file;

import org.junit.jupiter.api.Test;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Tier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramFileReaderTest {
    private static final String HEAD = """
            id: acme
            version: "3.1"
            effectiveFrom: 2026-01-01
            vendor: Acme
            name: {en: Acme Partners, ru: Партнёры Acme}
            currency: EUR
            rewardCategories:
              - {id: license, label: Licenses}
            certifications:
              - {id: acme-engineer}
            checklist:
              - {id: agreement, label: {en: Signed agreement, ru: Подписан договор}}
              - {id: logo}
              - {id: network}
            """;

    private static Program read(String yaml) {
        return new ProgramFileReader().read("test.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Tier tier(Program program, String id) {
        return program.tier(id).orElseThrow();
    }

    @Test
    void aHigherTierTakesTheIncludedItemsAndRestatesQuantitiesInPlace() {
        Program program = read(HEAD + """
                tiers:
                  - id: silver
                    label: Silver
                    requirements:
                      - {kind: checklist, item: agreement}
                      - {kind: certified-staff, certification: acme-engineer, count: 1}
                      - {kind: sales-volume, window: trailing-12-months, minimum: 500000}
                  - id: gold
                    label: Gold
                    includes: silver
                    requirements:
                      - {kind: sales-volume, window: trailing-12-months, minimum: 1000000}
                      - {kind: checklist, item: logo}
                  - id: platinum
                    label: Platinum
                    includes: gold
                    requirements:
                      - {kind: certified-staff, certification: acme-engineer, count: 3}
                      - {kind: checklist, item: network}
                """);

        assertThat(tier(program, "silver").requirements()).extracting(Requirement::id)
                .containsExactly("agreement", "certified-acme-engineer", "sales-trailing-12-months");
        assertThat(tier(program, "gold").requirements()).extracting(Requirement::id)
                .containsExactly("agreement", "certified-acme-engineer", "sales-trailing-12-months", "logo");
        assertThat(tier(program, "platinum").requirements()).extracting(Requirement::id)
                .containsExactly("agreement", "certified-acme-engineer", "sales-trailing-12-months", "logo", "network");
        assertThat(((Requirement.SalesVolume) tier(program, "gold").requirements().get(2)).minimum())
                .isEqualByComparingTo("1000000");
        assertThat(((Requirement.SalesVolume) tier(program, "platinum").requirements().get(2)).minimum())
                .isEqualByComparingTo("1000000");
        assertThat(((Requirement.CertifiedStaff) tier(program, "platinum").requirements().get(1)).count()).isEqualTo(3);
        assertThat(((Requirement.CertifiedStaff) tier(program, "gold").requirements().get(1)).count()).isEqualTo(1);
    }

    @Test
    void restatingAnIncludedIdWithAnotherKindIsRefused() {
        ProgramFileException problem = org.assertj.core.api.Assertions.catchThrowableOfType(ProgramFileException.class,
                () -> read(HEAD + """
                        tiers:
                          - id: silver
                            label: Silver
                            requirements:
                              - {kind: checklist, item: agreement, id: basics}
                          - id: gold
                            label: Gold
                            includes: silver
                            requirements:
                              - {kind: points, minimum: 10, id: basics}
                        """));
        assertThat(problem.line()).isEqualTo(24);
        assertThat(problem.reason()).contains("restates an included requirement of another kind (line 19)");
    }

    @Test
    void defaultsIdsAndLabelsAndKeepsExplicitOnes() {
        Program program = read(HEAD + """
                activityTypes:
                  - {id: webinar, label: {en: Webinar, ru: Вебинар}}
                tiers:
                  - id: member
                    label: Member
                    track: resellers
                    pointsFloor: 100
                    rewards: {license: 12.5}
                    requirements:
                      - {kind: checklist, item: agreement}
                      - {kind: sales-volume, unit: licenses, window: last-complete-month, minimum: 30,
                         category: license}
                      - {kind: activity-count, activityType: webinar, window: membership-year, minimum: 2,
                         id: webinars, label: {en: Two webinars a year, ru: Два вебинара в год},
                         note: {en: Read as two., ru: Понимается как два.}}
                """);

        Tier member = tier(program, "member");
        assertThat(program.version()).isEqualTo("3.1");
        assertThat(program.name()).isEqualTo(new LocalizedText("Acme Partners", "Партнёры Acme"));
        assertThat(program.vendor()).isEqualTo(LocalizedText.of("Acme"));
        assertThat(program.certifications().get(0).label()).isEqualTo(LocalizedText.of("acme-engineer"));
        assertThat(member.track()).isEqualTo("resellers");
        assertThat(member.pointsFloor()).isEqualTo(100L);
        assertThat(member.rewards().get("license")).isEqualByComparingTo("12.5");
        List<Requirement> requirements = member.requirements();
        assertThat(requirements).extracting(Requirement::id)
                .containsExactly("agreement", "licenses-license-last-complete-month", "webinars");
        assertThat(requirements.get(0).label()).isEqualTo(new LocalizedText("Signed agreement", "Подписан договор"));
        assertThat(requirements.get(1).label()).isEqualTo(new LocalizedText(
                "At least 30 licenses sold in the last complete month («Licenses»)",
                "Не менее 30 проданных лицензий за последний полный месяц («Licenses»)"));
        assertThat(requirements.get(2).label().ru()).isEqualTo("Два вебинара в год");
        assertThat(requirements.get(2).note().en()).isEqualTo("Read as two.");
    }

    @Test
    void anAnchoredNoteCanBeReusedThroughAnAlias() {
        Program program = read(HEAD + """
                tiers:
                  - id: member
                    label: Member
                    requirements:
                      - {kind: checklist, item: agreement, note: &why {en: Because., ru: Потому что.}}
                      - {kind: checklist, item: logo, note: *why}
                """);

        assertThat(tier(program, "member").requirements()).extracting(Requirement::note)
                .containsOnly(new LocalizedText("Because.", "Потому что."));
    }
}
