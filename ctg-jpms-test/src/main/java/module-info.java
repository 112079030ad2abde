/**
 * A host application as a named module: what an integrator's modular application requires of ctg to run the
 * lifecycle on each store. Its test proves that this compiles and runs on the module path.
 */
module io.github.ctglib.jpms.test {
    requires io.github.ctglib.core;
    requires io.github.ctglib.storage.json;
    requires io.github.ctglib.storage.jdbc;
    requires io.github.ctglib.spreadsheets;
    requires com.h2database;

    exports io.github.ctglib.jpms.test;
}
