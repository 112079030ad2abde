package io.github.ctglib.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Apache POI, a reader independent of the one that wrote: to read workbooks back and edit them as a person would. */
final class Poi {

    private Poi() {}

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell named as a spreadsheet names it, {@code Actions!C7}, created when absent. */
    static Cell cell(XSSFWorkbook workbook, String reference) {
        CellReference ref = new CellReference(reference);
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        Cell cell = row.getCell(ref.getCol());
        return cell != null ? cell : row.createCell(ref.getCol());
    }

    /** How many data rows (from row 3) a table sheet holds. */
    static int dataRows(XSSFWorkbook workbook, String sheet) {
        return Math.max(0, workbook.getSheet(sheet).getLastRowNum() + 1 - (Table.FIRST_DATA_ROW - 1));
    }
}
