/**
 * ctg's interchange format {@code ctg-convention}: the one mapping of a convention to JSON and back, its JSON
 * Schema and the upgrades of earlier versions. Jackson 3 comes with it: {@code ConventionJson.using} takes the
 * host's {@code JsonMapper}.
 */
module io.github.ctglib.format.json {
    requires transitive io.github.ctglib.core;
    requires transitive tools.jackson.databind;
    requires org.slf4j;

    exports io.github.ctglib.format.json;
}
