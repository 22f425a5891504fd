package org.tierdesk.ui.programs;

import java.util.List;

/**
 * A program laid out like the seeds' tables: tiers across, rules down. A section row only heads the rows below it;
 * a rule row has one cell per tier ("" where the tier asks or gives nothing).
 */
public record TierTable(List<String> tiers, List<Row> rows) {
    public TierTable {
        tiers = List.copyOf(tiers);
        rows = List.copyOf(rows);
    }

    public record Row(boolean section, String label, String note, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        static Row section(String label) {
            return new Row(true, label, "", List.of());
        }
    }
}
