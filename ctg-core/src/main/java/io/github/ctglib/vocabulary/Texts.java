package io.github.ctglib.vocabulary;

import java.util.Optional;

/** Presence checks used by the model's {@code @Value.Check} methods; the message names the field. */
public final class Texts {

    /** Longest text accepted in a short field (names, titles, labels); longer goes in a long field. */
    public static final int SHORT = 300;
    /** Longest text accepted in a long field (objectives, decisions, assessments). */
    public static final int LONG = 20_000;

    private Texts() {}

    /**
     * Fails when a mandatory text is blank.
     *
     * @param value the text
     * @param type the model type, for the message
     * @param field the field, for the message
     * @throws IllegalStateException naming {@code type.field}
     */
    public static void requireNonBlank(String value, String type, String field) {
        if (value.isBlank()) {
            throw new IllegalStateException(type + "." + field + " must not be blank");
        }
    }

    /**
     * Fails when an optional text is present but blank (absent is said with an empty Optional).
     *
     * @param value the text, or empty
     * @param type the model type, for the message
     * @param field the field, for the message
     * @throws IllegalStateException naming {@code type.field}
     */
    public static void requireNonBlank(Optional<String> value, String type, String field) {
        value.ifPresent(v -> requireNonBlank(v, type, field));
    }
}
