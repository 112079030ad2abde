package io.github.ctglib.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The French and English messages of each rule code, from {@code messages_*.properties}. */
public final class RuleMessages {
    private static final String BUNDLE = "io.github.ctglib.rules.messages";

    private RuleMessages() {}

    /**
     * The message of {@code code} in {@code locale} (French or English), filled with {@code args}.
     *
     * @throws IllegalArgumentException when the code has no message, which is a bug in ctg
     */
    public static String format(String code, Locale locale, Object... args) {
        Locale language = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NoFallback.INSTANCE);
        try {
            return new MessageFormat(bundle.getString(code), language).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No " + language + " message for rule " + code, e);
        }
    }

    /** Never fall back to the JVM's default locale: a rule's message must not depend on the machine. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
