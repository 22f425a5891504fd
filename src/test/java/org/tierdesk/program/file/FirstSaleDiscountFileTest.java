package org.tierdesk.program.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;

class FirstSaleDiscountFileTest {
    private static final String PROGRAM = """
            id: acme
            version: "1"
            effectiveFrom: 2026-01-01
            vendor: Acme
            name: Acme Partners
            currency: EUR
            rewardCategories:
              - {id: license, label: Licenses}
            tiers:
              - id: member
                label: Member
                rewards: {license: 20}
            firstSaleDiscount:
            """;

    private static Program read(String discount) {
        return new ProgramFileReader().read("acme.yaml",
                new ByteArrayInputStream((PROGRAM + discount).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bitrixShipsItsExtraHalfOffTheVeryFirstSaleOfLicenses() {
        Program bitrix = ProgramLibrary.shippedOnly().byId("bitrix").orElseThrow();
        assertThat(bitrix.firstSaleDiscount().percent()).isEqualByComparingTo("50");
        assertThat(bitrix.firstSaleDiscount().category()).isEqualTo("license");
        assertThat(ProgramLibrary.shippedOnly().byId("asoft").orElseThrow().firstSaleDiscount()).isNull();
    }

    @Test
    void aFirstSaleDiscountNeedsOnlyItsPercent() {
        Program program = read("  percent: 25\n");
        assertThat(program.firstSaleDiscount().percent()).isEqualByComparingTo("25");
        assertThat(program.firstSaleDiscount().category()).isNull();
    }

    @Test
    void anUnknownCategoryIsReportedOnItsLine() {
        ProgramFileException problem = catchThrowableOfType(ProgramFileException.class,
                () -> read("  percent: 50\n  category: hardware\n"));
        assertThat(problem.line()).isEqualTo(15);
        assertThat(problem.reason()).contains("unknown reward category 'hardware'");
    }

    @Test
    void aPercentOverAHundredIsRefused() {
        ProgramFileException problem = catchThrowableOfType(ProgramFileException.class,
                () -> read("  percent: 150\n"));
        assertThat(problem.line()).isEqualTo(14);
        assertThat(problem.reason()).contains("must be a percentage from 0 to 100, found 150");
    }
}
