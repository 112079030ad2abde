/**
 * The {@code ctg} command-line tool. It exports nothing: its Java classes are not public API, only its
 * commands are (see docs/VERSIONING.md). Run it as {@code java -jar ctg.jar} or, on a module path,
 * {@code java -p DIR -m io.github.ctglib.cli}.
 */
module io.github.ctglib.cli {
    requires io.github.ctglib.core;
    requires io.github.ctglib.format.json;
    requires io.github.ctglib.storage.json;
    requires io.github.ctglib.storage.jdbc;
    requires io.github.ctglib.opendata;
    // ctg-documents has no descriptor (openhtmltopdf has no module name; see its pom): its stable
    // Automatic-Module-Name.
    requires io.github.ctglib.documents;
    requires io.github.ctglib.spreadsheets;
    requires tools.jackson.databind;
    requires info.picocli;
    requires java.sql;
    requires org.slf4j;
    // The drivers of the stores a URI names: the tool builds their data sources itself.
    requires com.h2database;
    requires org.postgresql.jdbc;
    requires org.mariadb.jdbc;

    // picocli fills the commands' options and parameters, and builds its providers, by reflection.
    opens io.github.ctglib.cli to info.picocli;
}
