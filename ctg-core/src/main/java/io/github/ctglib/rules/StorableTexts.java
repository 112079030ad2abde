package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds, in every text of a convention, what not every store can keep: control characters (a NUL breaks
 * PostgreSQL, others break terminals and CSV) and lone surrogates (no UTF-8 form). Tabs and line breaks are
 * allowed in long texts. Walks the model's getters, so a new text field is covered without being listed here.
 */
final class StorableTexts {

    private static final String MODEL_PACKAGE = "io.github.ctglib.";

    /** A text attribute of a model type: its property name and whether it is a long text. */
    private record Attribute(String name, Method getter, boolean longText) {}

    private static final Map<Class<?>, List<Attribute>> ATTRIBUTES = new ConcurrentHashMap<>();

    private StorableTexts() {}

    static void check(Convention convention, Findings findings) {
        visit(convention, "", false, findings);
    }

    private static void visit(Object value, String path, boolean longText, Findings findings) {
        if (value instanceof String text) {
            checkText(text, path, longText, findings);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> visit(v, path, longText, findings));
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                visit(element, path + "[" + i++ + "]", longText, findings);
            }
        } else if (value != null && value.getClass().getName().startsWith(MODEL_PACKAGE)
                && !(value instanceof Enum<?>)) {
            for (Attribute attribute : attributesOf(value.getClass())) {
                visit(read(attribute, value), path.isEmpty() ? attribute.name() : path + "." + attribute.name(),
                        attribute.longText(), findings);
            }
        }
    }

    private static void checkText(String text, String path, boolean longText, Findings findings) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                findings.at(path, new Violation.Wording("une demi-paire de substitution " + hex(ch),
                        "a lone surrogate " + hex(ch)), i + 1);
                return;
            } else if (Character.isISOControl(ch) && !(longText && (ch == '\t' || ch == '\n' || ch == '\r'))) {
                findings.at(path, new Violation.Wording("le caractère de contrôle " + hex(ch),
                        "the control character " + hex(ch)), i + 1);
                return;
            }
        }
    }

    private static String hex(char ch) {
        return String.format("U+%04X", (int) ch);
    }

    private static List<Attribute> attributesOf(Class<?> type) {
        return ATTRIBUTES.computeIfAbsent(type, StorableTexts::findAttributes);
    }

    /** The get/is accessors of the model interface {@code type} implements, in a stable order. */
    private static List<Attribute> findAttributes(Class<?> type) {
        List<Attribute> attributes = new ArrayList<>();
        for (Class<?> model : modelInterfaces(type)) {
            for (Method getter : model.getMethods()) {
                String name = getter.getName();
                boolean accessor = getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                        && (name.startsWith("get") && name.length() > 3);
                if (accessor && mayHoldText(getter.getReturnType())) {
                    String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                    attributes.add(new Attribute(property, getter, isLong(getter)));
                }
            }
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        return List.copyOf(attributes);
    }

    private static List<Class<?>> modelInterfaces(Class<?> type) {
        if (type.isInterface()) {
            return List.of(type);
        }
        return Arrays.stream(type.getInterfaces()).filter(i -> i.getName().startsWith(MODEL_PACKAGE)).toList();
    }

    private static boolean mayHoldText(Class<?> type) {
        return type == String.class || type == Optional.class || Collection.class.isAssignableFrom(type)
                || (type.getName().startsWith(MODEL_PACKAGE) && !type.isEnum());
    }

    /** A long text: its {@code @Size} (on the getter or on the Optional's or list's element) allows more than a short one. */
    private static boolean isLong(Method getter) {
        if (longSize(getter)) {
            return true;
        }
        AnnotatedType type = getter.getAnnotatedReturnType();
        return type instanceof AnnotatedParameterizedType parameterized
                && Arrays.stream(parameterized.getAnnotatedActualTypeArguments()).anyMatch(StorableTexts::longSize);
    }

    private static boolean longSize(AnnotatedElement element) {
        Size size = element.getAnnotation(Size.class);
        return size != null && size.max() > Texts.SHORT;
    }

    private static Object read(Attribute attribute, Object value) {
        try {
            return attribute.getter().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + attribute.name() + " of " + value.getClass(), e);
        }
    }
}
