package org.tierdesk.engine.standing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;

/**
 * Phrases a {@link Gap} in English or Russian from the {@code gaps} resource bundle, with the language's number
 * grouping and plural forms ("1 more certified bitrix-engineer", "ещё 2 сотрудника с сертификатом bitrix-engineer").
 * Given a program, ids (certifications, roles, checklist items, activity types, categories, tiers) are shown by
 * their labels in that language. {@link #neutral} is the engine's own {@link Gap#text}: English, ids as they are,
 * digits grouped by spaces ("12 400 RUB more sales in the last 12 months"), the same on every machine.
 */
public final class GapPhrases {
    private static final String BUNDLE = "org.tierdesk.engine.standing.gaps";
    private static final Pattern QUARTERS = Pattern.compile("\\d{4}-Q[1-4](,\\d{4}-Q[1-4])*");
    private static final Pattern LAST_QUARTERS = Pattern.compile("last-(\\d+)-quarters");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final ResourceBundle bundle;
    private final NumberFormat numbers;
    private final boolean russian;
    private final Function<String, String> labels;

    private GapPhrases(ResourceBundle bundle, NumberFormat numbers, boolean russian,
                       Function<String, String> labels) {
        this.bundle = bundle;
        this.numbers = numbers;
        this.russian = russian;
        this.labels = labels;
    }

    /** Phrases with ids as they are. */
    public static GapPhrases in(Locale locale) {
        return in(locale, null);
    }

    /** Phrases with the program's labels for ids, in {@code locale}'s language (English unless Russian). */
    public static GapPhrases in(Locale locale, Program program) {
        Locale language = locale != null && "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru")
                : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        NumberFormat numbers = NumberFormat.getNumberInstance(language);
        numbers.setMaximumFractionDigits(2);
        numbers.setRoundingMode(RoundingMode.HALF_UP);
        return new GapPhrases(bundle, numbers, language.getLanguage().equals("ru"),
                program == null ? id -> id : labelsOf(program, language));
    }

    /** The engine's own English phrase of a gap: ids as they are, digits grouped by spaces. */
    public static String neutral(BigDecimal missing, String unit, String subject, String window) {
        return Neutral.PHRASES.phrase(missing, unit, subject, window);
    }

    public String phrase(Gap gap) {
        return phrase(gap.missing(), gap.unit(), gap.subject(), gap.window());
    }

    public String phrase(BigDecimal missing, String unit, String subject, String window) {
        String count = number(missing);
        String plural = plural(missing);
        if (GapUnit.isCurrency(unit)) {
            String key = GapUnit.PLAN_SUBJECT.equals(subject) ? "gap.money.plan"
                    : subject == null ? "gap.money" : "gap.money.category";
            return format(key, plural, count, unit, label(subject), windowPhrase(window));
        }
        return switch (unit) {
            case GapUnit.CHECKLIST -> format("gap.checklist", plural, count, unit, label(subject), "");
            case GapUnit.CERTIFIED_STAFF -> format("gap.certified-staff", plural, count, unit, label(subject), "");
            case GapUnit.STAFF -> format("gap.staff", plural, count, unit, label(subject), "");
            case GapUnit.POINTS -> format("gap.points", plural, count, unit, "", "");
            case GapUnit.LICENSES -> format(subject == null ? "gap.licenses" : "gap.licenses.category", plural,
                    count, unit, label(subject), windowPhrase(window));
            case GapUnit.ACTIVITIES -> activities(missing, count, plural, subject, window);
            case GapUnit.PLAN -> format("gap.plan", plural, count, unit, "", window == null ? "" : window);
            case GapUnit.TIER -> tiers(count, plural, subject);
            default -> count + " more " + unit + (subject == null ? "" : " " + subject);
        };
    }

    private String activities(BigDecimal missing, String count, String plural, String subject, String window) {
        if (window != null && QUARTERS.matcher(window).matches()) {
            List<String> quarters = new ArrayList<>();
            for (String label : window.split(",")) {
                quarters.add(MessageFormat.format(text("quarter"), label.substring(0, 4), label.substring(6)));
            }
            String key = quarters.size() == 1 ? "gap.activities.quarter" : "gap.activities.quarters";
            return format(key, plural(missing), count, GapUnit.ACTIVITIES, label(subject),
                    String.join(", ", quarters));
        }
        return format("gap.activities", plural, count, GapUnit.ACTIVITIES, label(subject), windowPhrase(window));
    }

    private String tiers(String count, String plural, String subject) {
        List<String> names = new ArrayList<>();
        for (String id : subject == null ? new String[0] : subject.split(",")) {
            names.add(label(id.strip()));
        }
        return format(names.size() == 1 ? "gap.tier.one" : "gap.tier.several", plural, count, GapUnit.TIER,
                String.join(", ", names), "");
    }

    private String number(BigDecimal n) {
        // formats are not thread-safe, and one GapPhrases may serve several evaluations at once
        synchronized (numbers) {
            return numbers.format(n);
        }
    }

    private String windowPhrase(String window) {
        if (window == null) {
            return "";
        }
        Matcher last = LAST_QUARTERS.matcher(window);
        if (last.matches()) {
            return MessageFormat.format(text("window.last-quarters"), last.group(1));
        }
        if (YEAR.matcher(window).matches()) {
            return MessageFormat.format(text("window.year"), window);
        }
        return bundle.containsKey("window." + window) ? text("window." + window) : window;
    }

    private String format(String key, String plural, String count, String unit, String subject, String window) {
        String pattern = pattern(key, plural);
        return MessageFormat.format(pattern, count, unit, subject, window).strip();
    }

    private String pattern(String key, String plural) {
        for (String candidate : List.of(key + "." + plural, key + ".other", key)) {
            if (bundle.containsKey(candidate)) {
                return bundle.getString(candidate);
            }
        }
        throw new MissingResourceException("no phrase for " + key, BUNDLE, key);
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String label(String id) {
        return id == null ? "" : labels.apply(id);
    }

    /** CLDR's plural categories, as far as English and Russian need them; fractions take "other". */
    private String plural(BigDecimal n) {
        BigDecimal whole = n.stripTrailingZeros();
        if (whole.scale() > 0) {
            return "other";
        }
        long v = whole.abs().longValue();
        if (!russian) {
            return v == 1 ? "one" : "other";
        }
        long mod10 = v % 10;
        long mod100 = v % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "one";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return "few";
        }
        return "many";
    }

    private static Function<String, String> labelsOf(Program program, Locale language) {
        java.util.Map<String, LocalizedText> byId = new java.util.HashMap<>();
        program.tiers().forEach(t -> byId.put(t.id(), t.label()));
        program.rewardCategories().forEach(c -> byId.put(c.id(), c.label()));
        program.activityTypes().forEach(a -> byId.put(a.id(), a.label()));
        for (List<CatalogItem> catalog : List.of(program.certifications(), program.roles(),
                program.checklistItems())) {
            catalog.forEach(item -> byId.put(item.id(), item.label()));
        }
        return id -> {
            LocalizedText text = byId.get(id);
            return text == null ? id : text.in(language);
        };
    }

    /** Built once: the neutral phrasing is asked for every unmet requirement of every evaluation. */
    private static final class Neutral {
        static final GapPhrases PHRASES = neutralPhrases();

        private static GapPhrases neutralPhrases() {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setGroupingSeparator(' ');
            symbols.setDecimalSeparator('.');
            DecimalFormat numbers = new DecimalFormat("#,##0.##", symbols);
            numbers.setRoundingMode(RoundingMode.HALF_UP);
            return new GapPhrases(bundle, numbers, false, id -> id);
        }
    }
}
