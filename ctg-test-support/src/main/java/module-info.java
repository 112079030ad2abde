/**
 * ctg's test support: the contract suite every storage adapter runs, the sample conventions, the national
 * portfolio and the harness of the kill tests. Its API speaks JUnit and AssertJ, which come with it.
 */
module io.github.ctglib.testsupport {
    requires transitive io.github.ctglib.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires transitive org.junit.platform.launcher;
    requires org.assertj.core;
    requires org.slf4j;

    exports io.github.ctglib.testsupport;

    // JUnit runs the contract suite's test methods, inherited by each adapter's test class, by reflection.
    opens io.github.ctglib.testsupport to org.junit.platform.commons;
}
