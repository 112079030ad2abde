package io.github.ctglib.cli;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.TimeStatus;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The tool's words in one language: its messages (keys {@code msg.*} of the bundle, which also holds picocli's
 * usage help), the names of stages and statuses, dates and amounts as people of that language write them.
 * Rule messages come from {@link Violation} itself.
 */
final class Messages {

    static final String BUNDLE = "io.github.ctglib.cli.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;

    Messages(Language language) {
        this.language = language;
        this.bundle = load(language);
        this.longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale());
    }

    /**
     * The bundle of the language itself, read as a UTF-8 resource beside this class: no fallback to the
     * machine's locale (English asked on a French machine stays English), and no {@code ResourceBundle.Control},
     * which named modules refuse.
     */
    private static ResourceBundle load(Language language) {
        String name = "messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The messages " + name + " are missing from ctg-cli");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the messages " + name, e);
        }
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return language.locale();
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** The message {@code msg.key}, its {@code %s} filled with {@code args}. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString("msg." + key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Message msg." + key + " is missing from " + BUNDLE + "_" + language, e);
        }
        return String.format(locale(), pattern, args);
    }

    /** "6 mars 2024", "1er janvier 2023", "6 March 2024". */
    String date(LocalDate day) {
        String date = longDate.format(day);
        return language == Language.fr && day.getDayOfMonth() == 1 ? "1er" + date.substring(1) : date;
    }

    /** "1 convention", "2 conventions"; French puts 0 and 1 in the singular. */
    String count(long n, String noun) {
        String[] forms = get("noun." + noun).split("\\|");
        boolean singular = language == Language.fr ? n < 2 : n == 1;
        return n + " " + forms[singular ? 0 : 1];
    }

    /** "in evaluation: 1", "en évaluation : 1": a count after its label, whatever its grammar. */
    String pair(String label, Object value) {
        return get("pair", label, value);
    }

    /** "2023-01-01 → 2027-12-31": tables and lists keep ISO dates, which sort and align. */
    static String period(DateRange period) {
        return period.getFrom() + " → " + period.getTo();
    }

    /** "68 952 941", "68,952,941": a count of people, grouped as {@link #money} groups. */
    String number(long n) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(language == Language.fr ? ' ' : ',');
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    /** "99,1", "99.1": a share in percent, its one decimal as the language writes it. */
    String percent(BigDecimal share) {
        return decimal(share);
    }

    /** "56,8", "56.8": an exact figure, as published, with the language's decimal mark. */
    String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return language == Language.fr ? plain.replace('.', ',') : plain;
    }

    /** "222 000,00 €", "€222,000.00". */
    String money(BigDecimal euros) {
        BigDecimal cents = euros.setScale(2, RoundingMode.HALF_EVEN);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        // A plain space groups French thousands: the narrow no-break space of the JDK shows as '?' on many terminals.
        symbols.setGroupingSeparator(language == Language.fr ? ' ' : ',');
        symbols.setDecimalSeparator(language == Language.fr ? ',' : '.');
        String number = new DecimalFormat("#,##0.00", symbols).format(cents);
        return language == Language.fr ? number + " €" : "€" + number;
    }

    String stage(Stage stage) {
        return get("stage." + stage.name());
    }

    String status(ActionStatus status) {
        return get("status." + status.name());
    }

    String outcome(Outcome outcome) {
        return get("outcome." + outcome.name());
    }

    String committee(CommitteeKind kind) {
        return get("committee." + kind.name());
    }

    String timeStatus(TimeStatus status) {
        return get("time." + status.name());
    }

    /** The field's name in this language, or the label of an "other" field. */
    String field(FieldOfAction field) {
        return field.getLabel().orElseGet(() -> field(field.getKind()));
    }

    String field(ActionField kind) {
        return language == Language.fr ? kind.french() : kind.english();
    }

    String violation(Violation violation) {
        return violation.message(locale());
    }

    /** "CODE path: message", and a mark for warnings. */
    String describe(Violation violation) {
        String line = violation.code() + " " + violation.path() + ": " + violation(violation);
        return violation.isError() ? line : line + " " + get("violation.warning");
    }
}
