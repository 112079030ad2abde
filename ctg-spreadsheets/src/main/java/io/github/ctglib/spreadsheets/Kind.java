package io.github.ctglib.spreadsheets;

/** The type of a column's cells: how it is written (cell type and number format) and what reading it accepts. */
enum Kind {
    /** Free text; a number typed in it is read as its plain digits (a SIREN typed as a number). */
    TEXT("@", "texte", "text"),
    /** A code that must stay text ("2.10" is not the number 2.1): written and read as text only. */
    CODE("@", "code (texte)", "a code (text)"),
    /** A whole number, written as a number cell. */
    INTEGER("0", "nombre entier", "a whole number"),
    /** A decimal number, written as a number cell. */
    DECIMAL("#,##0.00", "nombre décimal", "a number"),
    /** Euros, written as a number cell with a euro format; at most two decimals. */
    AMOUNT("#,##0.00\\ \"€\"", "montant en euros (nombre)", "an amount in euros (a number)"),
    /** A percentage (0.25 is 25 %), written as a number cell. */
    PERCENT("0.0%", "pourcentage (nombre)", "a percentage (a number)"),
    /** A day, written as a date cell. */
    DATE("dd/mm/yyyy", "date", "a date"),
    /** One of a list of French labels (the sheet « Listes » gives them). */
    CHOICE("@", "choix dans une liste", "a choice from a list"),
    /** Several texts, one per line of the cell. */
    LINES("@", "texte, un élément par ligne", "text, one item per line");

    private final String format;
    private final String french;
    private final String english;

    Kind(String format, String french, String english) {
        this.format = format;
        this.french = french;
        this.english = english;
    }

    /** What it is, in English, for messages. */
    String english() {
        return english;
    }

    /** The number format of its cells. */
    String format() {
        return format;
    }

    /** What it is, in French, for the notice sheet. */
    String french() {
        return french;
    }
}
