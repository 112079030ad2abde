package io.github.ctglib.cli;

/** Text bound for a terminal: never a raw control character (an escape sequence could rewrite the screen). */
final class Terminal {

    private Terminal() {}

    /** {@code text} with each control character but the line break shown as a backslash-u escape (ESC as 001b). */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean control = Character.isISOControl(ch) && ch != '\n';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append(String.format("\\u%04x", (int) ch));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? text : out.toString();
    }
}
