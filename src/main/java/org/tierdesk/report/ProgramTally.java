package org.tierdesk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/** One program's share of the portfolio: partners per held tier (program order), upgrades due, tiers at risk. */
record ProgramTally(Program program, Map<String, Integer> perTier, int partners, int upgradeDue, int atRisk) {

    static List<ProgramTally> of(List<PortfolioRow> rows) {
        Map<String, Program> programs = new LinkedHashMap<>();
        rows.forEach(r -> programs.putIfAbsent(r.program().id(), r.program()));
        return programs.values().stream().map(p -> of(p, rows.stream()
                .filter(r -> r.program().id().equals(p.id())).toList())).toList();
    }

    private static ProgramTally of(Program program, List<PortfolioRow> rows) {
        Map<String, Integer> perTier = new LinkedHashMap<>();
        for (Tier tier : program.tiers()) {
            perTier.put(tier.id(), 0);
        }
        int upgrades = 0;
        int risks = 0;
        for (PortfolioRow row : rows) {
            perTier.merge(row.standing().heldTier(), 1, Integer::sum);
            upgrades += row.standing().upgradeDue() ? 1 : 0;
            risks += row.standing().atRisk() ? 1 : 0;
        }
        return new ProgramTally(program, Map.copyOf(perTier), rows.size(), upgrades, risks);
    }
}
