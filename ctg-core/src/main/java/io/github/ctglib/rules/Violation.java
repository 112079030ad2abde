package io.github.ctglib.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One broken rule: a stable code, where (a path such as {@code actions[3].budget[0].amount}), how grave,
 * and the message in French and in English.
 */
public record Violation(String code, String path, Severity severity, String messageFr, String messageEn) {

    /**
     * A violation; {@code path} may be empty (the convention as a whole), nothing else may be null or blank.
     *
     * @param code the rule's stable code, e.g. {@code CTG-SIGN-005}
     * @param path where in the convention, e.g. {@code signatories[1].mandate}
     * @param severity error or warning
     * @param messageFr the message in French
     * @param messageEn the message in English
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * An error, its messages taken from the catalogue for {@code code} and filled with {@code args}.
     *
     * @param code the rule's code
     * @param path where in the convention
     * @param args the values the messages name, in their order
     * @return the error
     */
    public static Violation error(String code, String path, Object... args) {
        return of(code, path, Severity.ERROR, args);
    }

    /**
     * A warning, its messages taken from the catalogue for {@code code} and filled with {@code args}.
     *
     * @param code the rule's code
     * @param path where in the convention
     * @param args the values the messages name, in their order
     * @return the warning
     */
    public static Violation warning(String code, String path, Object... args) {
        return of(code, path, Severity.WARNING, args);
    }

    /** A violation of {@code code} with the given severity, its messages filled with {@code args}. */
    static Violation of(String code, String path, Severity severity, Object... args) {
        return new Violation(code, path, severity,
                RuleMessages.format(code, Locale.FRENCH, Arrays.stream(args).map(a -> plain(a, true)).toArray()),
                RuleMessages.format(code, Locale.ENGLISH, Arrays.stream(args).map(a -> plain(a, false)).toArray()));
    }

    /**
     * Years, amounts and codes shown as written (2024, 68500.50), not localised (2,024 or 2 024); a
     * {@link Wording} in the message's language.
     */
    private static Object plain(Object arg, boolean french) {
        if (arg instanceof Wording wording) {
            return french ? wording.fr() : wording.en();
        }
        if (arg instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return arg instanceof Number ? arg.toString() : arg;
    }

    /** A message argument said in French and in English (a reason, a list of fields). */
    public record Wording(String fr, String en) {
        /**
         * A wording in both languages.
         *
         * @param fr in French
         * @param en in English
         */
        public Wording {
            Objects.requireNonNull(fr, "fr");
            Objects.requireNonNull(en, "en");
        }
    }

    /** {@return whether it is an error, which refuses a command; a warning does not} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The message in the given language: French for {@code fr}, English otherwise.
     *
     * @param locale the language asked
     * @return the message
     */
    public String message(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? messageFr : messageEn;
    }

    @Override
    public String toString() {
        return code + " " + path + ": " + messageEn;
    }
}
