package io.github.ctglib.vocabulary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ctg's model, placed on each model package.
 *
 * <p>Accessors use the JavaBeans {@code get*}/{@code is*} form on purpose: Hibernate Validator only reads
 * constraints from getters, so a constraint on a plain {@code code()} accessor would be silently ignored.
 * Builders take the bare names ({@code .title("…")}), collections are immutable and de-pluralised in
 * builders ({@code addSignatory}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"signatory:signatories", "communeCode:communeCodes", "need:needs", "axis:axes",
                "epciSiren:epciSirens", "predecessorId:predecessorIds", "attendee:attendees"},
        defaults = @Value.Immutable(copy = true),
        privateNoargConstructor = false,
        // No auto-discovered annotations (such as @Generated) on generated classes: they would make users'
        // compilers warn about annotation types missing from their class path.
        allowedClasspathAnnotations = {Override.class})
public @interface CtgStyle {}
