package io.github.ctglib.rules;

/** How grave a violation is: errors reject a command; warnings are reported and let it through. */
public enum Severity {
    ERROR,
    WARNING
}
