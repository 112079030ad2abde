package io.github.ctglib.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the tool writes, as a person's terminal receives it: never a raw control character, since a text read
 * from a document or a store (a title holding ESC) could otherwise move the cursor, recolour or rewrite the
 * screen; and never a password ({@link Secrets}). Line breaks, carriage returns (the progress bar) and tabs pass; every other control character is
 * written as a visible escape, a backslash, {@code u} and four hex digits ({@code 001b} for ESC); JSON output
 * is already escaped by its writer.
 */
final class Terminal extends FilterWriter {

    private final Secrets secrets;

    /** A writer that escapes control characters and masks the passwords {@code secrets} knows of. */
    Terminal(Writer out, Secrets secrets) {
        super(out);
        this.secrets = secrets;
    }

    /** {@code text} with its control characters escaped. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(ch -> append(out, (char) ch));
        return out.toString();
    }

    @Override
    public void write(int c) throws IOException {
        out.write(safe(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = text.substring(offset, offset + length);
        String safe = safe(secrets.mask(part));
        out.write(safe, 0, safe.length());
    }

    private static void append(StringBuilder out, char ch) {
        if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
            out.append("\\u").append(String.format("%04x", (int) ch));
        } else {
            out.append(ch);
        }
    }
}
