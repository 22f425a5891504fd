package org.tierdesk.store.plan;

import java.time.LocalDateTime;
import org.tierdesk.engine.whatif.WhatIf;

/**
 * A named what-if saved for a partner. {@code whatIf} is null when the stored text could not be read back; then
 * {@code problem} says why (the plan can still be deleted).
 */
public record SimulatorPlan(long id, String name, LocalDateTime createdAt, WhatIf whatIf, String problem) {

    public boolean readable() {
        return whatIf != null;
    }
}
