package io.github.ctglib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract suite's maximal convention fills every attribute of every value type of the model: no empty
 * Optional, no empty list or set, recursively. So a store that forgets a field (a new one above all) loses
 * something of it, and the suite's round trip of the maximal convention fails.
 *
 * <p>The value types and their attributes are found by reflection from {@link Convention}: an attribute is an
 * abstract accessor of a value interface (Immutables), a value type is a model type such an accessor returns,
 * directly or inside an Optional, a List or a Set, or a sub-type of such a type that an instance has (each kind
 * of amendment change). Each attribute must be filled in at least one instance.
 */
class MaximalSampleTest {
    private static final String MODEL = "io.github.ctglib.";

    @Test
    void theMaximalConventionFillsEveryAttributeOfEveryValueType() throws ReflectiveOperationException {
        Map<Class<?>, List<Method>> types = new LinkedHashMap<>();
        collectValueTypes(Convention.class, types);
        Map<Class<?>, Set<String>> filled = new LinkedHashMap<>();
        types.keySet().forEach(type -> filled.put(type, new LinkedHashSet<>()));

        visit(SampleConventions.maximal(), Convention.class, types, filled);

        List<String> missing = new ArrayList<>();
        types.forEach((type, attributes) -> attributes.stream().map(Method::getName)
                .filter(name -> !filled.get(type).contains(name))
                .forEach(name -> missing.add(type.getSimpleName() + "." + name)));
        assertThat(missing).as("attributes the maximal sample leaves empty in every instance").isEmpty();
        assertThat(types).as("value types found").hasSizeGreaterThan(15);
        assertThat(types.keySet().stream().filter(AmendmentChange.class::isAssignableFrom)
                .filter(type -> type != AmendmentChange.class).count())
                .as("every kind of change appears").isEqualTo(AmendmentChange.ChangeKind.values().length);
    }

    /** The value types reachable from {@code type}, each with its attributes. */
    private static void collectValueTypes(Class<?> type, Map<Class<?>, List<Method>> types) {
        if (types.containsKey(type)) {
            return;
        }
        List<Method> attributes = attributes(type);
        types.put(type, attributes);
        for (Method attribute : attributes) {
            Class<?> element = elementType(attribute.getGenericReturnType());
            if (isValueType(element)) {
                collectValueTypes(element, types);
            }
        }
    }

    private static List<Method> attributes(Class<?> type) {
        List<Method> attributes = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
                    && method.getDeclaringClass().getName().startsWith(MODEL)) {
                attributes.add(method);
            }
        }
        attributes.sort(java.util.Comparator.comparing(Method::getName));
        return attributes;
    }

    private static void visit(Object value, Class<?> type, Map<Class<?>, List<Method>> types,
            Map<Class<?>, Set<String>> filled) throws ReflectiveOperationException {
        for (Method attribute : types.get(type)) {
            Object result;
            try {
                result = attribute.invoke(value);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(type.getSimpleName() + "." + attribute.getName(), e.getCause());
            }
            List<Object> elements = elements(result);
            if (!elements.isEmpty()) {
                filled.get(type).add(attribute.getName());
            }
            Class<?> element = elementType(attribute.getGenericReturnType());
            if (isValueType(element)) {
                for (Object item : elements) {
                    visit(item, element, types, filled);
                    for (Class<?> subtype : subtypes(item, element)) {
                        collectValueTypes(subtype, types);
                        filled.putIfAbsent(subtype, new LinkedHashSet<>());
                        visit(item, subtype, types, filled);
                    }
                }
            }
        }
    }

    /** The model interfaces below {@code type} that {@code item} implements (the kind of a change). */
    private static List<Class<?>> subtypes(Object item, Class<?> type) {
        List<Class<?>> subtypes = new ArrayList<>();
        for (Class<?> c = item.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> implemented : c.getInterfaces()) {
                if (implemented != type && type.isAssignableFrom(implemented) && isValueType(implemented)) {
                    subtypes.add(implemented);
                }
            }
        }
        return subtypes;
    }

    /** What an attribute holds: nothing for an empty Optional or collection, its elements, or the value. */
    private static List<Object> elements(Object result) {
        if (result instanceof Optional<?> optional) {
            return optional.<List<Object>>map(List::of).orElse(List.of());
        }
        if (result instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        return result == null ? List.of() : List.of(result);
    }

    /** The type of an attribute, or of its elements when it is an Optional, a List or a Set. */
    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof java.lang.reflect.AnnotatedType annotated) {
                argument = annotated.getType();
            }
            return argument instanceof Class<?> c ? c : Object.class;
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static boolean isValueType(Class<?> type) {
        return type.getName().startsWith(MODEL) && type.isInterface();
    }
}
