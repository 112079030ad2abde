package io.github.ctglib.rules;

/** How grave a violation is: errors reject a command; warnings are reported and let it through. */
public enum Severity {
    /** Rejects the command; nothing is stored. */
    ERROR,
    /** Reported; the command goes through. */
    WARNING
}
