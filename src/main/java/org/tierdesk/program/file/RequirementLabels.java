package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Window;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Default EN and RU labels for requirements whose file gives no {@code label}, built from the labels of the ids
 * they name, so a manager writing a program file only writes wording where the seed has its own.
 */
final class RequirementLabels {
    private RequirementLabels() {
    }

    static LocalizedText certifiedStaff(LocalizedText certification, int count) {
        return new LocalizedText(count + " staff certified «" + certification.en() + "»",
                "Сотрудники с сертификатом «" + ru(certification) + "»: " + count);
    }

    static LocalizedText staffInRole(LocalizedText role, int count) {
        return new LocalizedText(count + " staff in the role «" + role.en() + "»",
                "Сотрудники в роли «" + ru(role) + "»: " + count);
    }

    static LocalizedText licenses(BigDecimal minimum, Window window, LocalizedText category) {
        return new LocalizedText("At least " + number(minimum) + " licenses sold in " + windowEn(window)
                + categoryEn(category),
                "Не менее " + number(minimum) + " проданных лицензий за " + windowRu(window) + categoryRu(category));
    }

    static LocalizedText amount(BigDecimal minimum, String currency, Window window, LocalizedText category) {
        return new LocalizedText("Sales of at least " + number(minimum) + " " + currency + " in " + windowEn(window)
                + categoryEn(category),
                "Продажи не менее " + number(minimum) + " " + currency + " за " + windowRu(window)
                        + categoryRu(category));
    }

    static LocalizedText points(long minimum) {
        return new LocalizedText("At least " + number(BigDecimal.valueOf(minimum)) + " points",
                "Не менее " + number(BigDecimal.valueOf(minimum)) + " баллов");
    }

    static LocalizedText activityCount(LocalizedText type, int minimum, Window window, boolean approvedOnly) {
        return new LocalizedText("At least " + minimum + (approvedOnly ? " approved" : "") + " «" + type.en()
                + "» in " + windowEn(window),
                "Не менее " + minimum + (approvedOnly ? " одобренных" : "") + " «" + ru(type) + "» за "
                        + windowRu(window));
    }

    static LocalizedText activityRatio(LocalizedText numerator, LocalizedText denominator, BigDecimal ratio,
                                       boolean strict, Window window) {
        String percent = number(ratio.multiply(BigDecimal.valueOf(100)));
        return new LocalizedText("«" + numerator.en() + "» " + (strict ? "more than " : "at least ") + percent
                + " % of «" + denominator.en() + "» in " + windowEn(window),
                "«" + ru(numerator) + "» " + (strict ? "более " : "не менее ") + percent + " % от «"
                        + ru(denominator) + "» за " + windowRu(window));
    }

    static LocalizedText quarterly(LocalizedText type, int quarters) {
        return new LocalizedText("«" + type.en() + "» in each of the last " + quarters + " completed quarters",
                "«" + ru(type) + "» в каждом из последних " + quarters + " завершённых кварталов");
    }

    static LocalizedText planAgreed() {
        return new LocalizedText("An agreed sales plan for the year", "Согласованный план продаж на год");
    }

    static LocalizedText planMet(Window window) {
        return new LocalizedText("The agreed sales plan met in " + windowEn(window),
                "Выполнен согласованный план продаж за " + windowRu(window));
    }

    static LocalizedText tierQualified(List<LocalizedText> tiers) {
        return new LocalizedText("Qualifies for " + join(tiers.stream().map(LocalizedText::en).toList(), " or "),
                "Выполнены условия уровня " + join(tiers.stream().map(RequirementLabels::ru).toList(), " или "));
    }

    static String windowEn(Window window) {
        return switch (window) {
            case LAST_COMPLETE_MONTH -> "the last complete month";
            case TRAILING_12_MONTHS -> "the last 12 months";
            case MEMBERSHIP_YEAR -> "the membership year";
            case COMPLETED_QUARTERS -> "the completed quarters of the membership year";
        };
    }

    static String windowRu(Window window) {
        return switch (window) {
            case LAST_COMPLETE_MONTH -> "последний полный месяц";
            case TRAILING_12_MONTHS -> "последние 12 месяцев";
            case MEMBERSHIP_YEAR -> "год участия";
            case COMPLETED_QUARTERS -> "завершённые кварталы года участия";
        };
    }

    private static String categoryEn(LocalizedText category) {
        return category == null ? "" : " («" + category.en() + "»)";
    }

    private static String categoryRu(LocalizedText category) {
        return category == null ? "" : " («" + ru(category) + "»)";
    }

    private static String ru(LocalizedText text) {
        return text.in(Locale.forLanguageTag("ru"));
    }

    private static String join(List<String> parts, String last) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
    }

    /** Groups thousands with a space, as both EN and RU readers of these programs write amounts. */
    static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        return format.format(value);
    }
}
