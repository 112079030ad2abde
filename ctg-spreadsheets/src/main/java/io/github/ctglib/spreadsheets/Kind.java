package io.github.ctglib.spreadsheets;

/** The type of a column's cells: how it is written (cell type and number format) and what reading it accepts. */
enum Kind {
    /** Free text; a number typed in it is read as its plain digits (a SIREN typed as a number). */
    TEXT("@", "texte", "un texte", "text"),
    /** A code that must stay text ("2.10" is not the number 2.1): written and read as text only. */
    CODE("@", "code (texte)", "un code (du texte)", "a code (text)"),
    /** A whole number, written as a number cell. */
    INTEGER("0", "nombre entier", "un nombre entier", "a whole number"),
    /** A decimal number, written as a number cell. */
    DECIMAL("#,##0.00", "nombre décimal", "un nombre", "a number"),
    /** Euros, written as a number cell with a euro format; at most two decimals. */
    AMOUNT("#,##0.00\\ \"€\"", "montant en euros (nombre)", "un montant en euros (un nombre)", "an amount in euros (a number)"),
    /** A percentage (0.25 is 25 %), written as a number cell. */
    PERCENT("0.0%", "pourcentage (nombre)", "un pourcentage (un nombre)", "a percentage (a number)"),
    /** A day, written as a date cell. */
    DATE("dd/mm/yyyy", "date", "une date", "a date"),
    /** One of a list of French labels (the sheet « Listes » gives them). */
    CHOICE("@", "choix dans une liste", "un choix de la liste", "a choice from a list"),
    /** Several texts, one per line of the cell. */
    LINES("@", "texte, un élément par ligne", "un texte", "text, one item per line");

    private final String format;
    private final String french;
    private final String frenchInMessages;
    private final String english;

    Kind(String format, String french, String frenchInMessages, String english) {
        this.format = format;
        this.french = french;
        this.frenchInMessages = frenchInMessages;
        this.english = english;
    }

    /** What it is, in French with its article, for messages ("attend une date"). */
    String frenchInMessages() {
        return frenchInMessages;
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
