package org.tierdesk.engine.whatif;

import java.math.BigDecimal;
import java.util.Objects;
import org.tierdesk.program.Window;

/**
 * Hypothetical sales of one category ({@code category} null: the program's default category), as one sale of
 * {@code amount} in the program currency and {@code licenses} licenses, dated at the end of {@code window} as of
 * the what-if's date ({@code window} null: on that date itself). Dating it inside a window is what puts it in every
 * window that holds that day: sales "last month" count in the last complete month and in the last 12 months.
 */
public record ExtraSales(Window window, String category, BigDecimal amount, long licenses) {
    public ExtraSales {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0 || licenses < 0) {
            throw new IllegalArgumentException("extra sales cannot be negative: " + amount + " / " + licenses);
        }
    }

    public boolean isEmpty() {
        return amount.signum() == 0 && licenses == 0;
    }

    /** Whether this entry is the one of {@code window} and {@code category}. */
    public boolean sameSlot(Window otherWindow, String otherCategory) {
        return window == otherWindow && Objects.equals(category, otherCategory);
    }
}
