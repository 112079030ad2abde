package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Jakarta constraints of the model, run by Hibernate Validator and turned into {@link Violation}s. Each
 * constraint's {@code message} is a rule code; its text comes from the rule catalogue, not from the
 * validator.
 */
final class FieldConstraints {

    /** Built once: a validator factory is costly. ParameterMessageInterpolator needs no EL at run time. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    private static final int SHOWN_VALUE_LENGTH = 40;

    private FieldConstraints() {}

    static List<Violation> check(Convention convention) {
        Validator validator = Holder.FACTORY.getValidator();
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Convention> cv : validator.validate(convention)) {
            violations.add(Violation.error(cv.getMessageTemplate(), path(cv.getPropertyPath()),
                    shown(cv.getInvalidValue()), limit(cv.getConstraintDescriptor().getAttributes())));
        }
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return violations;
    }

    /** {@code actions[3].budget[0].amount}: property names and indexes, without container node names. */
    static String path(Path propertyPath) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : propertyPath) {
            String name = node.getName();
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    private static Object limit(Map<String, Object> attributes) {
        for (String key : List.of("max", "value", "integer")) {
            if (attributes.containsKey(key)) {
                return attributes.get(key);
            }
        }
        return "";
    }
}
