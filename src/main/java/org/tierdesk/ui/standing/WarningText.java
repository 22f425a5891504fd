package org.tierdesk.ui.standing;

import java.math.RoundingMode;

import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.store.standing.ExpiryWarning;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/** An "expiring soon" warning in the manager's words, as the standing tab's banner and the portfolio's tip say it. */
public final class WarningText {
    private final Messages messages;
    private final Formats formats;

    public WarningText(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    public String of(ExpiryWarning warning, Program program) {
        String label = warning.requirement().requirement().label().in(messages.locale());
        return switch (warning.kind()) {
            case CERTIFICATION -> messages.format("standing.warning.certification", label,
                    formats.date(warning.on()), formats.number(warning.current()),
                    formats.number(warning.expected()));
            case MONTHLY_PACE -> {
                boolean money = warning.requirement().requirement() instanceof Requirement.SalesVolume v
                        && v.unit() == VolumeUnit.AMOUNT;
                yield messages.format("standing.warning.pace", label,
                        money ? formats.amount(warning.current(), program.currency())
                                : formats.number(warning.current()),
                        money ? formats.amount(warning.expected().setScale(0, RoundingMode.CEILING),
                                program.currency())
                                : formats.number(warning.expected().setScale(0, RoundingMode.CEILING)));
            }
        };
    }
}
