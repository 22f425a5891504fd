package org.tierdesk.engine.path;

import java.math.BigDecimal;
import org.tierdesk.program.Window;

/**
 * One thing to do: {@code quantity} of {@code kind} about {@code subject} (a category, activity type,
 * certification, role or checklist item; null where the kind needs none), in {@code window} for sales (null: on the
 * as-of date).
 */
public record ActionPart(ActionKind kind, String subject, BigDecimal quantity, Window window) {
}
