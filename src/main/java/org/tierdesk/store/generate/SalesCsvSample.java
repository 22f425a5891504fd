package org.tierdesk.store.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.tierdesk.program.Program;

/** A valid sales CSV file for the program (the import's columns), in its currency, over the two years before a day. */
public final class SalesCsvSample {
    private SalesCsvSample() {
    }

    /** The file's text: the header and {@code count} sales, the same for the same seed. */
    public static String lines(Program program, LocalDate asOf, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(count * 64);
        text.append("date,amount,currency,category,licenses,product,returned\n");
        for (int i = 0; i < count; i++) {
            LocalDate date = asOf.minusDays(random.nextInt(730));
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2).setScale(2,
                    RoundingMode.UNNECESSARY);
            String category = program.rewardCategories().isEmpty() ? ""
                    : program.rewardCategories().get(random.nextInt(program.rewardCategories().size())).id();
            text.append(date).append(',').append(amount.toPlainString()).append(',').append(program.currency())
                    .append(',').append(category).append(',').append(1 + random.nextInt(10))
                    .append(",\"Product ").append(1 + random.nextInt(40)).append("\",\n");
        }
        return text.toString();
    }
}
