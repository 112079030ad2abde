package io.github.ctglib.format.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads values out of a JSON tree while collecting every problem with its JSON Pointer, so that one reading
 * of a hand-edited document reports all its faults. A value that cannot be read comes back {@code null} (or
 * empty); {@link Fields#build} then declines to build the object that contains it, and so on up to the root.
 */
final class TreeReading {

    /** The most digits before, and after, the point of a decimal (the JSON Schema's pattern says the same). */
    private static final int MAX_DECIMAL_DIGITS = 30;

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void problem(String path, String what) {
        problems.add((path.isEmpty() ? "/" : path) + ": " + what);
    }

    void problem(Pointer path, String what) {
        problem(path.toString(), what);
    }

    /** The fields of the root object of a document, or {@code null} (a problem recorded) when it is not one. */
    Fields root(JsonNode node) {
        return object(node, Pointer.ROOT);
    }

    /** The fields of the object at {@code path}, or {@code null} (a problem recorded) when it is not one. */
    Fields object(JsonNode node, Pointer path) {
        if (!node.isObject()) {
            problem(path, "must be an object, found " + describe(node));
            return null;
        }
        return new Fields(node, path);
    }

    /** Reads an object with {@code body}, which ends with {@link Fields#build}; {@code null} when not an object. */
    <T> Value<T> object(java.util.function.Function<Fields, T> body) {
        return (node, path) -> {
            Fields fields = object(node, path);
            return fields == null ? null : body.apply(fields);
        };
    }

    String string(JsonNode node, Pointer path) {
        if (!node.isString()) {
            problem(path, "must be a string, found " + describe(node));
            return null;
        }
        return node.stringValue();
    }

    LocalDate date(JsonNode node, Pointer path) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        try {
            return parseDate(text);
        } catch (DateTimeException e) {
            problem(path, "must be an ISO date (yyyy-mm-dd) such as \"2024-03-06\", found \"" + text + "\"");
            return null;
        }
    }

    Instant instant(JsonNode node, Pointer path) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problem(path, "must be an ISO instant in UTC such as \"2024-03-06T14:30:00Z\", found \"" + text + "\"");
            return null;
        }
    }

    BigDecimal decimal(JsonNode node, Pointer path) {
        if (node.isNumber()) {
            problem(path, "must be a string holding the exact amount, e.g. \"" + node.asString()
                    + "\": decimals are strings in this format so that no tool rounds them through a double");
            return null;
        }
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        if (!isPlainDecimal(text)) {
            problem(path, "must be an exact decimal in plain notation such as \"180000.00\" (digits, an optional"
                    + " leading '-', an optional '.' and decimals; no exponent), found \"" + shorten(text) + "\"");
            return null;
        }
        return new BigDecimal(text);
    }

    /**
     * {@code LocalDate.parse}, with a shortcut for the shape this format writes (yyyy-mm-dd, four-digit year):
     * the formatter cost a few percent of a document's reading. Other shapes (a signed year) go to the formatter.
     *
     * @throws DateTimeException when {@code text} is not a valid ISO date
     */
    static LocalDate parseDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day); // checks the month and the day as the formatter does
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written by the ASCII digits from {@code start} to {@code end}, or -1 when one is not a digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Whether {@code text} is an exact decimal in plain notation: an optional '-', 1 to 30 digits without a
     * leading zero (but "0" itself), then optionally '.' and 1 to 30 digits. No exponent, no '+', no space.
     * The JSON Schema's pattern, checked by hand: a regex per decimal cost a few percent of a reading.
     */
    static boolean isPlainDecimal(String text) {
        int length = text.length();
        int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int point = digitsEnd(text, start);
        int whole = point - start;
        if (whole < 1 || whole > MAX_DECIMAL_DIGITS || whole > 1 && text.charAt(start) == '0') {
            return false;
        }
        if (point == length) {
            return true;
        }
        int end = digitsEnd(text, point + 1);
        int decimals = end - point - 1;
        return text.charAt(point) == '.' && end == length && decimals >= 1 && decimals <= MAX_DECIMAL_DIGITS;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    Integer integer(JsonNode node, Pointer path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(path, "must be a whole number, found " + describe(node));
            return null;
        }
        return node.intValue();
    }

    Long whole(JsonNode node, Pointer path) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problem(path, "must be a whole number, found " + describe(node));
            return null;
        }
        return node.longValue();
    }

    <E extends Enum<E>> E constant(JsonNode node, Pointer path, Class<E> type) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problem(path, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ", found \"" + shorten(text) + "\"");
        return null;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + shorten(node.stringValue()) + "\"";
            case NUMBER, BOOLEAN -> node.asString();
            case NULL -> "null (leave the field out instead)";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String shorten(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /**
     * Where a value is in a document, as a JSON Pointer spelt out only when a problem is reported: building the
     * string of every value read, most never shown, cost a tenth of a reading.
     */
    static final class Pointer {
        static final Pointer ROOT = new Pointer(null, null, -1);

        private final Pointer parent;
        /** A property name, or {@code null} for an array element. */
        private final String name;
        private final int index;

        private Pointer(Pointer parent, String name, int index) {
            this.parent = parent;
            this.name = name;
            this.index = index;
        }

        Pointer child(String name) {
            return new Pointer(this, name, -1);
        }

        Pointer element(int index) {
            return new Pointer(this, null, index);
        }

        /** The pointer as RFC 6901 writes it ("" for the root), '~' and '/' escaped in names. */
        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            return parent + "/" + (name == null ? Integer.toString(index) : name.replace("~", "~0").replace("/", "~1"));
        }
    }

    /** Reads one value (a field's or an array element's) found at {@code path}; {@code null} when unreadable. */
    @FunctionalInterface
    interface Value<T> {
        T read(JsonNode node, Pointer path);
    }

    /**
     * The fields of one JSON object. Every field the mapping asks for is marked known; {@link #build} reports
     * the others (the format is strict) and builds the model object only when its whole subtree read cleanly.
     * It counts the known fields present rather than looking each name up: when the count is the object's size
     * there is no other field, and the names are compared only when there is (a set per object cost a sixth of
     * a document's reading).
     */
    final class Fields {
        private final JsonNode node;
        private final Pointer path;
        private final List<String> known = new ArrayList<>(8);
        /** How many of the {@link #known} fields the object has. */
        private int knownPresent;
        private final int problemsBefore = problems.size();

        private Fields(JsonNode node, Pointer path) {
            this.node = node;
            this.path = path;
        }

        /** A mandatory field, read by {@code value}; {@code null} and a problem when absent or unreadable. */
        <T> T required(String name, Value<T> value) {
            JsonNode field = ask(name);
            if (field == null) {
                problem(path, "the field \"" + name + "\" is missing");
                return null;
            }
            return value.read(field, child(name));
        }

        /** An optional field: empty when absent or unreadable (the problem then recorded). */
        <T> Optional<T> optional(String name, Value<T> value) {
            JsonNode field = ask(name);
            return field == null ? Optional.empty() : Optional.ofNullable(value.read(field, child(name)));
        }

        /** An array field, empty when absent; unreadable elements are left out (their problems recorded). */
        <T> List<T> list(String name, Value<T> element) {
            JsonNode field = ask(name);
            if (field == null) {
                return List.of();
            }
            Pointer arrayPath = child(name);
            if (!field.isArray()) {
                problem(arrayPath, "must be an array, found " + describe(field));
                return List.of();
            }
            List<T> values = new ArrayList<>(field.size());
            for (int i = 0; i < field.size(); i++) {
                T value = element.read(field.get(i), arrayPath.element(i));
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }

        /** An array field whose elements must differ from each other (a set in the model). */
        <T> Set<T> set(String name, Value<T> element) {
            List<T> values = list(name, element);
            Set<T> distinct = new LinkedHashSet<>(values);
            if (distinct.size() < values.size()) {
                problem(child(name), "lists the same value more than once; keep each once");
            }
            return distinct;
        }

        /** Marks {@code name} known and returns its value, {@code null} when absent. */
        private JsonNode ask(String name) {
            assert !known.contains(name) : name + " asked twice: the count of known fields would be wrong";
            known.add(name);
            JsonNode field = node.get(name);
            if (field != null) {
                knownPresent++;
            }
            return field;
        }

        private Pointer child(String name) {
            return path.child(name);
        }

        /**
         * Builds the model object when this object and everything in it read without a problem and it has no
         * field the format does not define; otherwise returns {@code null}. A model check that fails (a blank
         * mandatory text) is recorded as a problem at this object.
         */
        <T> T build(Supplier<T> builder) {
            if (knownPresent != node.size()) {
                reportUnknownFields();
            }
            return buildChecked(builder);
        }

        private void reportUnknownFields() {
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    problem(child(name), "is not a field of this object in format " + ConventionJson.FORMAT
                            + " (known: " + known.stream().sorted().collect(Collectors.joining(", "))
                            + "); fix its name or remove it");
                }
            }
        }

        private <T> T buildChecked(Supplier<T> builder) {
            if (problems.size() > problemsBefore) {
                return null;
            }
            try {
                return builder.get();
            } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
                problem(path, e.getMessage());
                return null;
            }
        }

        /**
         * Like {@link #build} but ignores the fields it was not asked for: to read a part of a document (its
         * summary) whose other fields the full reading checks.
         */
        <T> T buildFromPart(Supplier<T> builder) {
            return buildChecked(builder);
        }
    }
}
