/**
 * ctg's open-data loaders: the files data.caf.fr and INSEE publish, read as they are exported, turned into the
 * indicators of a convention's shared diagnostic.
 */
module io.github.ctglib.opendata {
    requires transitive io.github.ctglib.core;
    requires org.slf4j;

    exports io.github.ctglib.opendata;
}
