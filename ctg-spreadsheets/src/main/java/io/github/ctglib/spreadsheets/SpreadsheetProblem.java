package io.github.ctglib.spreadsheets;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem of an imported spreadsheet, named by its place — a cell such as {@code Actions!C7}, a row such as
 * {@code Budget!12:12}, a sheet or the file — with a stable code and a message in French and in English.
 * A broken rule of the rule book keeps its rule code (e.g. {@code CTG-ACT-002}) and says its model path too.
 *
 * @param place     where the problem is: {@code Sheet!A1}, {@code Sheet!7:7}, {@code Sheet} or the file's name
 * @param code      a stable code: {@code CTG-XLSX-…} for the reading of the file, a rule's code otherwise
 * @param path      the model path of a rule's violation (e.g. {@code actions[3].budget[1].amount}), if any
 * @param messageFr the message in French
 * @param messageEn the message in English
 */
public record SpreadsheetProblem(String place, String code, Optional<String> path, String messageFr,
        String messageEn) {

    /**
     * Checks that every part is given.
     *
     * @param code a stable code: {@code CTG-XLSX-…} for the reading of the file, a rule's code otherwise
     * @param messageEn the message in English
     * @param messageFr the message in French
     * @param path the model path of a rule's violation (e.g. {@code actions[3].budget[1].amount}), or empty
     * @param place where the problem is: {@code Sheet!A1}, {@code Sheet!7:7}, {@code Sheet} or the file's name
     */
    public SpreadsheetProblem {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The message in French for a French locale, in English otherwise.
     *
     * @param locale the reader's locale; the language {@code fr} gives French
     * @return the message in French for a French locale, in English otherwise
     */
    public String message(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? messageFr : messageEn;
    }

    /**
     * One line: place, code and message, e.g. {@code Actions!C7: CTG-XLSX-008 …}.
     *
     * @param locale the reader's locale, which picks the message's language (French for {@code fr})
     * @return the place, the code and the message, on one line
     */
    public String describe(Locale locale) {
        return place + ": " + code + " " + message(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
