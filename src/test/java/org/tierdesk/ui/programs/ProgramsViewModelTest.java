package org.tierdesk.ui.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tierdesk.program.Program;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.SampleProgram;

class ProgramsViewModelTest {

    @Test
    void tierTableHasTiersAcrossAndRulesDownWithEachTiersFigure() {
        ProgramsViewModel model = new ProgramsViewModel(List.of(SampleProgram.twoTiers()), new Messages(Language.ENGLISH));

        TierTable table = model.tableProperty().get();

        assertThat(table.tiers()).containsExactly("Silver", "Gold");
        assertThat(table.rows()).extracting(TierTable.Row::label).containsSubsequence(
                "Requirements", "Logo on website", "Licenses sold", "Rewards (% of the end-user price)", "Licenses",
                "Bonuses (added to the reward)", "Sales plan met", "Benefits", "NFR", "Leads");
        TierTable.Row licenses = row(table, "Licenses sold");
        assertThat(licenses.cells()).containsExactly("", "\u2265 30");
        assertThat(licenses.note()).isEqualTo("last complete month \u00b7 Sum of sale licenses");
        assertThat(row(table, "Logo on website").cells()).containsExactly("\u2713", "\u2713");
        assertThat(row(table, "Licenses").cells()).containsExactly("30%", "40%");
        assertThat(row(table, "Sales plan met").cells()).containsExactly("", "+5%");
        assertThat(row(table, "Leads").cells()).containsExactly("", "\u2713");
    }

    @Test
    void programLabelsAndNotesFollowTheLanguage() {
        ProgramsViewModel model = new ProgramsViewModel(List.of(SampleProgram.twoTiers()), new Messages(Language.RUSSIAN));

        TierTable table = model.tableProperty().get();

        assertThat(table.tiers()).containsExactly("Серебряный", "Золотой");
        assertThat(row(table, "Продано лицензий").note()).isEqualTo("последний полный месяц \u00b7 Сумма лицензий продаж");
        assertThat(row(table, "Лицензии").cells()).containsExactly("30\u00a0%", "40\u00a0%");
        assertThat(model.notesProperty().get()).extracting(ProgramNote::text)
                .contains("На один уровень вниз после подтверждения");
    }

    @Test
    void choosingAnotherProgramLaysItOut() {
        Program first = SampleProgram.twoTiers();
        ProgramsViewModel model = new ProgramsViewModel(List.of(first), new Messages(Language.ENGLISH));
        model.selectedProperty().set(null);
        assertThat(model.tableProperty().get()).isNull();
        model.selectedProperty().set(first);
        assertThat(model.tableProperty().get().tiers()).hasSize(2);
    }

    private static TierTable.Row row(TierTable table, String label) {
        return table.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
