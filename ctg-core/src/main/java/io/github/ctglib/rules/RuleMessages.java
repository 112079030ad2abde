package io.github.ctglib.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The French and English messages of each rule code, from {@code messages_fr.properties} and
 * {@code messages_en.properties} beside this class. Read as plain UTF-8 resources (not through
 * {@code ResourceBundle.Control}, which named modules refuse), and never from the machine's locale.
 */
public final class RuleMessages {

    private static final class Holder {
        static final Map<String, Properties> BY_LANGUAGE = Map.of("fr", load("messages_fr.properties"),
                "en", load("messages_en.properties"));
    }

    private RuleMessages() {}

    /**
     * The message of {@code code} in {@code locale} (French for {@code fr}, English otherwise), filled with
     * {@code args}.
     *
     * @param code the rule's code
     * @param locale the language asked
     * @param args the values the message names, in their order
     * @return the message
     * @throws IllegalArgumentException when the code has no message, which is a bug in ctg
     */
    public static String format(String code, Locale locale, Object... args) {
        String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        String pattern = Holder.BY_LANGUAGE.get(language).getProperty(code);
        if (pattern == null) {
            throw new IllegalArgumentException("No " + language + " message for rule " + code);
        }
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    /** The message of {@code code} as written, with its {0}, {1}… placeholders; empty when there is none. */
    static String pattern(String code, String language) {
        String pattern = Holder.BY_LANGUAGE.get(language).getProperty(code);
        return pattern == null ? "" : pattern.replace("''", "'");
    }

    /**
     * Whether {@code code} has a message in both languages.
     *
     * @param code the rule's code
     * @return {@code true} when it has a French and an English message
     */
    public static boolean hasMessages(String code) {
        return Holder.BY_LANGUAGE.values().stream().allMatch(p -> p.containsKey(code));
    }

    private static Properties load(String name) {
        Properties messages = new Properties();
        try (InputStream in = RuleMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The rule messages " + name + " are missing from ctg-core");
            }
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the rule messages " + name, e);
        }
        return messages;
    }
}
