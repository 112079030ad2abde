package io.github.ctglib.territory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of JSON text (RFC 8259) for the geography files, so that ctg-core needs no JSON library: every
 * value keeps the line and column it starts at, for errors that point into the file. Strict: no comments, no
 * trailing commas, no leading zeros, no unescaped control characters, no duplicate keys in an object, nothing
 * after the value but white space. A UTF-8 byte-order mark at the very start is allowed (some editors write one).
 */
final class JsonText {

    /**
     * A JSON value and where it starts (1-based line and column, counted in characters).
     *
     * @param value  a {@link String}, a {@link BigDecimal}, a {@link Boolean}, {@code null}, a
     *               {@code List<Node>} or a {@code Map<String, Node>} (in the file's order)
     * @param line   the line of its first character
     * @param column the column of its first character
     */
    record Node(Object value, int line, int column) {

        boolean isNull() {
            return value == null;
        }
    }

    /** The text is not JSON; {@link #line} and {@link #column} say where (1-based). */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        SyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private JsonText(String text) {
        this.text = text;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
    }

    /** Parses the whole text as one JSON value. */
    static Node parse(String text) throws SyntaxException {
        JsonText reader = new JsonText(text);
        reader.skipWhiteSpace();
        Node value = reader.value(0);
        reader.skipWhiteSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected " + reader.describe(reader.pos) + " after the JSON value");
        }
        return value;
    }

    private Node value(int depth) throws SyntaxException {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of the file, a value was expected");
        }
        int startLine = line;
        int startColumn = column();
        char ch = text.charAt(pos);
        Object value = switch (ch) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (ch == '-' || (ch >= '0' && ch <= '9')) {
                    yield number();
                }
                throw error("unexpected " + describe(pos) + ", a value was expected");
            }
        };
        return new Node(value, startLine, startColumn);
    }

    private Map<String, Node> object(int depth) throws SyntaxException {
        pos++; // {
        Map<String, Node> members = new LinkedHashMap<>();
        skipWhiteSpace();
        if (peek() == '}') {
            pos++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipWhiteSpace();
            if (peek() != '"') {
                throw error("unexpected " + describe(pos) + ", a member name in double quotes was expected");
            }
            int keyLine = line;
            int keyColumn = column();
            String key = string();
            skipWhiteSpace();
            expect(':');
            skipWhiteSpace();
            Node value = value(depth + 1);
            if (members.put(key, value) != null) {
                throw new SyntaxException("duplicate member \"" + key + "\"", keyLine, keyColumn);
            }
            skipWhiteSpace();
            char next = peek();
            if (next == ',') {
                pos++;
            } else if (next == '}') {
                pos++;
                return Collections.unmodifiableMap(members);
            } else {
                throw error("unexpected " + describe(pos) + ", ',' or '}' was expected");
            }
        }
    }

    private List<Node> array(int depth) throws SyntaxException {
        pos++; // [
        List<Node> items = new ArrayList<>();
        skipWhiteSpace();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            skipWhiteSpace();
            items.add(value(depth + 1));
            skipWhiteSpace();
            char next = peek();
            if (next == ',') {
                pos++;
            } else if (next == ']') {
                pos++;
                return Collections.unmodifiableList(items);
            } else {
                throw error("unexpected " + describe(pos) + ", ',' or ']' was expected");
            }
        }
    }

    private String string() throws SyntaxException {
        pos++; // opening quote
        StringBuilder out = null;
        int from = pos;
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char ch = text.charAt(pos);
            if (ch == '"') {
                String s = out == null ? text.substring(from, pos) : out.append(text, from, pos).toString();
                pos++;
                return s;
            }
            if (ch < 0x20) {
                throw error("control " + describe(pos) + " in a string (escape it)");
            }
            if (ch == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, from, pos);
                pos++;
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char escaped = text.charAt(pos);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 >= text.length()) {
                            throw error("truncated \\u escape");
                        }
                        int code = 0;
                        for (int i = 1; i <= 4; i++) {
                            int digit = Character.digit(text.charAt(pos + i), 16);
                            if (digit < 0) {
                                throw error("bad \\u escape: four hexadecimal digits expected");
                            }
                            code = code * 16 + digit;
                        }
                        out.append((char) code);
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + escaped);
                }
                pos++;
                from = pos;
                continue;
            }
            pos++;
        }
    }

    private BigDecimal number() throws SyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (Character.isDigit(peek())) {
                throw error("leading zero in a number");
            }
        } else if (!digits()) {
            throw error("a digit was expected");
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                throw error("a digit was expected after the decimal point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw error("a digit was expected in the exponent");
            }
        }
        return new BigDecimal(text.substring(start, pos));
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe(pos) + ", a value was expected");
        }
        pos += word.length();
        return value;
    }

    private void expect(char ch) throws SyntaxException {
        if (peek() != ch) {
            throw error("unexpected " + describe(pos) + ", '" + ch + "' was expected");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhiteSpace() {
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (ch != ' ' && ch != '\t' && ch != '\r') {
                return;
            }
            pos++;
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private String describe(int at) {
        if (at >= text.length()) {
            return "end of the file";
        }
        char ch = text.charAt(at);
        return ch < 0x20 ? String.format("character U+%04X", (int) ch) : "'" + ch + "'";
    }

    private SyntaxException error(String message) {
        return new SyntaxException(message, line, column());
    }
}
