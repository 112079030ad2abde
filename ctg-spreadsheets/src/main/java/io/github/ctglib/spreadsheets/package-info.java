/**
 * Spreadsheets (XLSX) for people: the action plan of a convention to fill in ({@link
 * io.github.ctglib.spreadsheets.ActionPlanWorkbook}) and read back through the lifecycle ({@link
 * io.github.ctglib.spreadsheets.ActionPlanImport}), and the portfolio report ({@link
 * io.github.ctglib.spreadsheets.PortfolioWorkbook}). One list of columns per sheet serves both the export and the
 * import; every problem of an imported workbook is named by its cell ({@link
 * io.github.ctglib.spreadsheets.SpreadsheetProblem}).
 */
package io.github.ctglib.spreadsheets;
