/**
 * ctg's core: the model of a Convention territoriale globale, its rule book, its lifecycle, the bundled
 * geography and the storage ports. Every package is exported: each is public API (see docs/VERSIONING.md).
 */
module io.github.ctglib.core {
    // Immutables' annotations are read by its processor at compile time only; nothing needs them at run time.
    requires static org.immutables.value.annotations;
    // The model's getters carry Jakarta constraints, which a host may read with its own validator.
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports io.github.ctglib.access;
    exports io.github.ctglib.actionplan;
    exports io.github.ctglib.bonus;
    exports io.github.ctglib.convention;
    exports io.github.ctglib.equipment;
    exports io.github.ctglib.examples;
    exports io.github.ctglib.lifecycle;
    exports io.github.ctglib.ports;
    exports io.github.ctglib.report;
    exports io.github.ctglib.rules;
    exports io.github.ctglib.territory;
    exports io.github.ctglib.vocabulary;

    // No package is opened: Hibernate Validator reads the constraints of the model through its public getters, and
    // the generated Immutable* classes are public; ctg-jpms-test checks both on the module path.
}
