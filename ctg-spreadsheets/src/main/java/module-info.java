/**
 * ctg's spreadsheets: a convention's action plan exported to XLSX and imported back, every cell checked, and a
 * portfolio report as a workbook. Its writer and reader (fastexcel) are named modules of their own.
 */
module io.github.ctglib.spreadsheets {
    requires transitive io.github.ctglib.core;
    requires org.dhatim.fastexcel;
    requires org.dhatim.fastexcel.reader;
    requires org.slf4j;

    exports io.github.ctglib.spreadsheets;
}
