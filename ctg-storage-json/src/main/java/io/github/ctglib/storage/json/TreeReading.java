package io.github.ctglib.storage.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads values out of a JSON tree while collecting every problem with its JSON Pointer, so that one reading
 * of a hand-edited document reports all its faults. A value that cannot be read comes back {@code null} (or
 * empty); {@link Fields#build} then declines to build the object that contains it, and so on up to the root.
 */
final class TreeReading {

    /** An exact decimal in plain notation: no exponent, no '+', no leading zeros. Also in the JSON Schema. */
    static final Pattern DECIMAL = Pattern.compile("-?(?:0|[1-9][0-9]{0,29})(?:\\.[0-9]{1,30})?");

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void problem(String path, String what) {
        problems.add((path.isEmpty() ? "/" : path) + ": " + what);
    }

    /** The fields of the object at {@code path}, or {@code null} (a problem recorded) when it is not one. */
    Fields object(JsonNode node, String path) {
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

    String string(JsonNode node, String path) {
        if (!node.isString()) {
            problem(path, "must be a string, found " + describe(node));
            return null;
        }
        return node.stringValue();
    }

    LocalDate date(JsonNode node, String path) {
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(path, "must be an ISO date (yyyy-mm-dd) such as \"2024-03-06\", found \"" + text + "\"");
            return null;
        }
    }

    Instant instant(JsonNode node, String path) {
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

    BigDecimal decimal(JsonNode node, String path) {
        if (node.isNumber()) {
            problem(path, "must be a string holding the exact amount, e.g. \"" + node.asString()
                    + "\": decimals are strings in this format so that no tool rounds them through a double");
            return null;
        }
        String text = string(node, path);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            problem(path, "must be an exact decimal in plain notation such as \"180000.00\" (digits, an optional"
                    + " leading '-', an optional '.' and decimals; no exponent), found \"" + shorten(text) + "\"");
            return null;
        }
        return new BigDecimal(text);
    }

    Integer integer(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(path, "must be a whole number, found " + describe(node));
            return null;
        }
        return node.intValue();
    }

    Long whole(JsonNode node, String path) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problem(path, "must be a whole number, found " + describe(node));
            return null;
        }
        return node.longValue();
    }

    <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
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

    /** Reads one value (a field's or an array element's) found at {@code path}; {@code null} when unreadable. */
    @FunctionalInterface
    interface Value<T> {
        T read(JsonNode node, String path);
    }

    /**
     * The fields of one JSON object. Every field the mapping asks for is marked known; {@link #build} reports
     * the others (the format is strict) and builds the model object only when its whole subtree read cleanly.
     */
    final class Fields {
        private final JsonNode node;
        private final String path;
        private final Set<String> known = new HashSet<>();
        private final int problemsBefore = problems.size();

        private Fields(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String path() {
            return path;
        }

        /** A mandatory field, read by {@code value}; {@code null} and a problem when absent or unreadable. */
        <T> T required(String name, Value<T> value) {
            known.add(name);
            JsonNode field = node.get(name);
            if (field == null) {
                problem(path, "the field \"" + name + "\" is missing");
                return null;
            }
            return value.read(field, child(name));
        }

        /** An optional field: empty when absent or unreadable (the problem then recorded). */
        <T> Optional<T> optional(String name, Value<T> value) {
            known.add(name);
            JsonNode field = node.get(name);
            return field == null ? Optional.empty() : Optional.ofNullable(value.read(field, child(name)));
        }

        /** An array field, empty when absent; unreadable elements are left out (their problems recorded). */
        <T> List<T> list(String name, Value<T> element) {
            known.add(name);
            JsonNode field = node.get(name);
            if (field == null) {
                return List.of();
            }
            String arrayPath = child(name);
            if (!field.isArray()) {
                problem(arrayPath, "must be an array, found " + describe(field));
                return List.of();
            }
            List<T> values = new ArrayList<>(field.size());
            for (int i = 0; i < field.size(); i++) {
                T value = element.read(field.get(i), arrayPath + "/" + i);
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

        private String child(String name) {
            return path + "/" + name.replace("~", "~0").replace("/", "~1");
        }

        /**
         * Builds the model object when this object and everything in it read without a problem and it has no
         * field the format does not define; otherwise returns {@code null}. A model check that fails (a blank
         * mandatory text) is recorded as a problem at this object.
         */
        <T> T build(Supplier<T> builder) {
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    problem(child(name), "is not a field of this object in format " + ConventionJson.FORMAT
                            + " (known: " + String.join(", ", sorted(known)) + "); fix its name or remove it");
                }
            }
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
            known.addAll(node.propertyNames());
            return build(builder);
        }

        private List<String> sorted(Set<String> names) {
            return names.stream().sorted().collect(Collectors.toList());
        }
    }
}
