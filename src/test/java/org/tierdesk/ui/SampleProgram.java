package org.tierdesk.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tierdesk.program.Bonus;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.DowngradeRule;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.program.Window;

/** A small two-tier program in both languages, for screens tested without the shipped program files. */
public final class SampleProgram {
    private SampleProgram() {
    }

    public static Program twoTiers() {
        LocalizedText logo = new LocalizedText("Logo on website", "Логотип на сайте");
        Requirement logoSilver = new Requirement.Checklist("logo", logo, null, "logo-on-website");
        Requirement licenses = new Requirement.SalesVolume("licenses", new LocalizedText("Licenses sold", "Продано лицензий"),
                new LocalizedText("Sum of sale licenses", "Сумма лицензий продаж"), VolumeUnit.LICENSES,
                Window.LAST_COMPLETE_MONTH, null, new BigDecimal("30"));
        Tier silver = new Tier("silver", new LocalizedText("Silver", "Серебряный"), null, false, List.of(logoSilver),
                Map.of("license", new BigDecimal("30")), List.of(new LocalizedText("NFR", "NFR-лицензия")),
                List.of(), null);
        Tier gold = new Tier("gold", new LocalizedText("Gold", "Золотой"), null, false, List.of(logoSilver, licenses),
                Map.of("license", new BigDecimal("40")),
                List.of(new LocalizedText("NFR", "NFR-лицензия"), new LocalizedText("Leads", "Лиды")), List.of(), null);
        Bonus plan = new Bonus("plan-met", new LocalizedText("Sales plan met", "План продаж выполнен"), null,
                new Requirement.PlanMet("plan", LocalizedText.of("Plan met"), null, Window.MEMBERSHIP_YEAR),
                Map.of("gold", new BigDecimal("5")), null);
        return new Program("demo", "1", LocalDate.of(2026, 1, 1), new LocalizedText("Demo Vendor", "Демо"),
                new LocalizedText("Demo Program", "Демо-программа"), "USD", List.of(silver, gold),
                List.of(new RewardCategory("license", new LocalizedText("Licenses", "Лицензии"))),
                List.<CatalogItem>of(), List.of(), List.of(), List.of(), List.of(plan), new BigDecimal("40"), null, null,
                new DowngradeRule(1, 30, false, new LocalizedText("One level down when confirmed",
                        "На один уровень вниз после подтверждения")), null, List.of());
    }

}
