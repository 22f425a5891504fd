package org.tierdesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Tier;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.program.Window;

/**
 * What the sales chart plots for a program: licenses when its volume requirements count licenses, else money; and
 * one threshold line per tier volume requirement of that unit.
 */
final class VolumeThresholds {
    private VolumeThresholds() {}

    static VolumeUnit unit(Program program) {
        return volumes(program).stream().findFirst().map(Requirement.SalesVolume::unit).orElse(VolumeUnit.AMOUNT);
    }

    static List<ChartThreshold> of(Program program) {
        VolumeUnit unit = unit(program);
        List<ChartThreshold> lines = new ArrayList<>();
        for (Tier tier : program.tiers()) {
            for (Requirement requirement : tier.requirements()) {
                if (requirement instanceof Requirement.SalesVolume volume && volume.unit() == unit) {
                    lines.add(new ChartThreshold(tier.id(), volume, perMonth(volume)));
                }
            }
        }
        return List.copyOf(lines);
    }

    static int months(Window window) {
        return window == Window.LAST_COMPLETE_MONTH ? 1 : 12;
    }

    private static BigDecimal perMonth(Requirement.SalesVolume volume) {
        int months = months(volume.window());
        return months == 1 ? volume.minimum()
                : volume.minimum().divide(BigDecimal.valueOf(months), 0, RoundingMode.CEILING);
    }

    private static List<Requirement.SalesVolume> volumes(Program program) {
        return program.tiers().stream().flatMap(t -> t.requirements().stream())
                .filter(Requirement.SalesVolume.class::isInstance).map(Requirement.SalesVolume.class::cast)
                .toList();
    }
}
