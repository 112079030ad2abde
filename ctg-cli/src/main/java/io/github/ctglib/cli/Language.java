package io.github.ctglib.cli;

import java.util.Locale;

/** The languages the tool speaks; the names are the values of {@code --lang}. */
enum Language {
    fr(Locale.FRENCH),
    en(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** French for a French locale (fr, fr_FR, fr_CA…), English for any other. */
    static Language of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? fr : en;
    }
}
