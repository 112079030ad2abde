package io.github.ctglib.opendata;

import io.github.ctglib.opendata.Observation.Measure;
import java.math.BigDecimal;
import java.util.List;

/** Reads one family of files: recognises a file by its header and turns its rows into observations. */
interface DatasetReader {

    /** The readers ctg has, tried in this order. */
    static List<DatasetReader> all() {
        return List.of(new CafChildcareReader(Family.CAF_CHILDCARE_COVERAGE),
                new CafChildcareReader(Family.CAF_CHILDCARE_PLACES), new CafBeneficiariesReader(),
                new InseePopulationReader(), new InseeFilosofiReader());
    }

    /** Whether the file's header is this family's. */
    boolean recognises(CsvTable table);

    /**
     * Every observation of the file; rows that are no territory go to {@code skipped}.
     *
     * @throws OpenDataException naming the line and column of a cell that is not what the column holds
     */
    List<Observation> read(CsvTable table, List<Skipped> skipped);

    /** The value of {@code cell} for {@code measure}, null when the file keeps it secret or missing. */
    static BigDecimal value(CsvTable table, CsvTable.Row row, int column, Measure measure) {
        try {
            return Cells.number(row.cells().get(column)).orElse(null);
        } catch (NumberFormatException e) {
            throw new OpenDataException(table.file(), row.line(), column + 1, "column " + measure.column()
                    + " holds \"" + row.cells().get(column) + "\", which is not a number (" + e.getMessage() + ")");
        }
    }

    /** The year of the cell, or an error naming it. */
    static int year(CsvTable table, CsvTable.Row row, int column) {
        String cell = row.cells().get(column);
        java.util.OptionalInt year = Cells.year(cell);
        if (year.isEmpty()) {
            throw new OpenDataException(table.file(), row.line(), column + 1, "column " + table.header().get(column)
                    + " holds \"" + cell + "\", which is neither a year (2022) nor a date (2022-01-01, 01/01/2022)");
        }
        return year.getAsInt();
    }
}
