/**
 * ctg's JSON-file store: {@code JsonConventionRepository}, a directory of interchange documents, durable,
 * locked across processes and indexed.
 */
module io.github.ctglib.storage.json {
    requires transitive io.github.ctglib.core;
    // open(directory, mapper) takes the host's JsonMapper, and the store reads and writes ConventionJson documents.
    requires transitive io.github.ctglib.format.json;
    requires org.slf4j;

    exports io.github.ctglib.storage.json;
}
