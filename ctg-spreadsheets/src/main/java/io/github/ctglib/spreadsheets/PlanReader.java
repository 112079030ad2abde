package io.github.ctglib.spreadsheets;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionIndicator;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the plan of a workbook written by {@link ActionPlanWorkbook}, by the codes of its columns, and collects
 * every problem on the way: all of them are reported together, each at its cell.
 */
final class PlanReader {

    /** An action as its row reads, with the withdrawal cells that the import judges against the stored plan. */
    record ActionRow(ActionSheet action, Optional<String> withdrawalReason, Optional<Integer> withdrawalAmendment,
            Optional<LocalDate> withdrawalDate, String place) {}

    /**
     * A plan read from a workbook, where each of its parts came from, and the problems of its cells (the rows
     * with a problem are left out of the plan, or read without the refused value).
     */
    record SheetPlan(List<Axis> axes, List<ActionRow> actions, Places places, List<SpreadsheetProblem> problems) {}

    /** One data row: its number, its values by column code, the place of each cell. */
    private record Values(int row, Map<String, Object> values, Map<String, String> places) {
        Object get(String code) {
            return values.get(code);
        }

        String place(String code) {
            return places.get(code);
        }
    }

    private final String source;
    private final Convention stored;
    private final List<SpreadsheetProblem> problems = new ArrayList<>();
    private final CellReader cells = new CellReader(problems);
    private final Places places = new Places();

    private PlanReader(String source, Convention stored) {
        this.source = source;
        this.stored = stored;
    }

    /**
     * Reads the workbook as the plan of {@code stored}, the convention as it is stored now.
     *
     * @throws SpreadsheetRejectedException when the workbook cannot be read as a plan of that convention at all
     *                                      (not ctg's, another convention, exported at another version)
     */
    static SheetPlan read(InputStream in, String source, Convention stored) {
        return new PlanReader(source, stored).read(in);
    }

    private SheetPlan read(InputStream in) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            checkMarker(workbook);
            Map<Table<?>, List<Values>> tables = new LinkedHashMap<>();
            for (Table<?> table : PlanSheets.TABLES) {
                tables.put(table, rows(workbook, table));
            }
            List<Axis> axes = axes(tables.get(PlanSheets.AXES));
            List<ActionRow> actions = actions(tables.get(PlanSheets.ACTIONS), tables.get(PlanSheets.BUDGET),
                    tables.get(PlanSheets.INDICATORS), tables.get(PlanSheets.MEASUREMENTS));
            return new SheetPlan(axes, actions, places, List.copyOf(problems));
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetRejectedException rejected) {
                throw rejected;
            }
            throw new SpreadsheetRejectedException(source, List.of(Problems.UNREADABLE.at(source,
                    Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()))));
        }
    }

    // ------------------------------------------------------------------------------------------- the marker

    private void checkMarker(ReadableWorkbook workbook) throws IOException {
        Optional<Sheet> sheet = workbook.findSheet(PlanSheets.MARKER_SHEET);
        if (sheet.isEmpty()) {
            throw refused(Problems.NOT_CTG.at(source, new Object[] {"pas de feuille « ctg »"},
                    new Object[] {"no sheet « ctg »"}));
        }
        Map<String, String> marker = new HashMap<>();
        for (Row row : sheet.get().read()) {
            Optional<String> key = row.getOptionalCell(0).map(Cell::getRawValue);
            Optional<String> value = row.getOptionalCell(1).map(Cell::getRawValue);
            if (key.isPresent() && value.isPresent()) {
                marker.put(row.getOptionalCell(0).get().getText(), row.getOptionalCell(1).get().getText());
            }
        }
        String format = marker.get("format");
        if (!PlanSheets.FORMAT.equals(format)) {
            throw refused(Problems.NOT_CTG.at(source, new Object[] {"format « " + format + " »"},
                    new Object[] {"format « " + format + " »"}));
        }
        String version = marker.getOrDefault("formatVersion", "?");
        if (!String.valueOf(PlanSheets.FORMAT_VERSION).equals(version.replaceAll("\\.0+$", ""))) {
            throw refused(Problems.FORMAT_VERSION.at(source, format, version, PlanSheets.FORMAT_VERSION));
        }
        String id = marker.get("conventionId");
        if (!stored.getId().equals(id)) {
            throw refused(Problems.OTHER_CONVENTION.at(source, id, stored.getId()));
        }
        long exported = parseLong(marker.get("conventionVersion"));
        if (exported != stored.getVersion()) {
            throw refused(Problems.STALE.at(source, exported, stored.getVersion()));
        }
    }

    private static long parseLong(String text) {
        try {
            return new BigDecimal(text).longValueExact();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private SpreadsheetRejectedException refused(SpreadsheetProblem problem) {
        return new SpreadsheetRejectedException(source, List.of(problem));
    }

    // ----------------------------------------------------------------------------------------------- tables

    /** The data rows of a table, by its columns' codes; empty rows are skipped. */
    private List<Values> rows(ReadableWorkbook workbook, Table<?> table) throws IOException {
        Optional<Sheet> sheet = workbook.findSheet(table.name());
        if (sheet.isEmpty()) {
            problems.add(Problems.MISSING_SHEET.at(source, table.name()));
            return List.of();
        }
        List<Row> rows = sheet.get().read();
        Map<String, Integer> indexOf = new HashMap<>();
        for (Row row : rows) {
            if (row.getRowNum() == Table.CODE_ROW) {
                for (Cell cell : row) {
                    if (cell != null && !CellReader.blank(cell)) {
                        indexOf.putIfAbsent(cell.getText().strip(), cell.getColumnIndex());
                    }
                }
            }
        }
        boolean complete = true;
        for (Column<?> column : table.columns()) {
            if (!indexOf.containsKey(column.code())) {
                problems.add(Problems.MISSING_COLUMN.at(Table.sheetRef(table.name()) + "!1:1", column.label(),
                        column.code()));
                complete = false;
            }
        }
        if (!complete) {
            return List.of();
        }
        List<Values> out = new ArrayList<>();
        for (Row row : rows) {
            if (row.getRowNum() < Table.FIRST_DATA_ROW || isEmpty(row, table, indexOf)) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            Map<String, String> cellPlaces = new HashMap<>();
            for (Column<?> column : table.columns()) {
                int index = indexOf.get(column.code());
                String place = Table.cell(table.name(), index, row.getRowNum());
                cellPlaces.put(column.code(), place);
                Object value = cells.read(row.getOptionalCell(index).orElse(null), column, place);
                if (value != null) {
                    values.put(column.code(), value);
                }
            }
            out.add(new Values(row.getRowNum(), values, cellPlaces));
        }
        return out;
    }

    private static boolean isEmpty(Row row, Table<?> table, Map<String, Integer> indexOf) {
        return table.columns().stream()
                .allMatch(c -> CellReader.blank(row.getOptionalCell(indexOf.get(c.code())).orElse(null)));
    }

    /** Every cell of the row under {@code key} plus the model path of its column ({@code budget.amount} → {@code .amount}). */
    private void placeCells(String key, Values row) {
        row.places().forEach((code, place) -> places.put(key + code.substring(code.indexOf('.')), place));
    }

    // ------------------------------------------------------------------------------------------ the model

    private List<Axis> axes(List<Values> rows) {
        List<Axis> axes = new ArrayList<>();
        for (Values row : rows) {
            Integer number = (Integer) row.get("axis.number");
            String title = (String) row.get("axis.title");
            if (number == null || title == null) {
                continue;
            }
            String key = Places.axis(number);
            places.put(key, row.place("axis.number"));
            placeCells(key, row);
            axes.add(Axis.builder().number(number).title(title).fields(fields(row.get("axis.fields"))).build());
        }
        return axes;
    }

    private List<ActionRow> actions(List<Values> actionRows, List<Values> budgetRows, List<Values> indicatorRows,
            List<Values> measurementRows) {
        Map<String, Values> byNumber = new LinkedHashMap<>();
        for (Values row : actionRows) {
            String number = (String) row.get("action.number");
            if (number == null) {
                continue;
            }
            Values first = byNumber.putIfAbsent(number, row);
            if (first != null) {
                problems.add(Problems.DUPLICATE.at(row.place("action.number"),
                        new Object[] {"La fiche " + number, first.row(), "fiche"},
                        new Object[] {"Action " + number, first.row(), "action"}));
            }
        }
        Map<String, List<BudgetLine>> budgets = new HashMap<>();
        for (Values row : budgetRows) {
            String number = knownAction(row, "budget.action", byNumber);
            BudgetLine line = budgetLine(row, number);
            if (number != null && line != null) {
                List<BudgetLine> lines = budgets.computeIfAbsent(number, n -> new ArrayList<>());
                String key = Places.action(number) + ".budget[" + lines.size() + "]";
                places.put(key, row.place("budget.action"));
                placeCells(key, row);
                lines.add(line);
            }
        }
        Map<String, LinkedHashMap<String, ImmutableActionIndicator.Builder>> indicators = new HashMap<>();
        Map<String, Values> indicatorRowOf = new HashMap<>();
        for (Values row : indicatorRows) {
            String number = knownAction(row, "indicator.action", byNumber);
            String label = (String) row.get("indicator.label");
            String unit = (String) row.get("indicator.unit");
            if (number == null || label == null || unit == null) {
                continue;
            }
            LinkedHashMap<String, ImmutableActionIndicator.Builder> ofAction =
                    indicators.computeIfAbsent(number, n -> new LinkedHashMap<>());
            String key = Places.action(number) + ".indicators[" + ofAction.size() + "]";
            if (ofAction.containsKey(label)) {
                Values first = indicatorRowOf.get(number + '\u0000' + label);
                problems.add(Problems.DUPLICATE.at(row.place("indicator.label"),
                        new Object[] {"L'indicateur « " + label + " » de la fiche " + number, first.row(),
                                "indicateur"},
                        new Object[] {"Indicator « " + label + " » of action " + number, first.row(), "indicator"}));
                continue;
            }
            indicatorRowOf.put(number + '\u0000' + label, row);
            places.put(key, row.place("indicator.label"));
            placeCells(key, row);
            Optional<ActionIndicator> before = storedIndicator(number, label);
            ofAction.put(label, ActionIndicator.builder().label(label).unit(unit)
                    .baseline(same(row.get("indicator.baseline"), before.flatMap(ActionIndicator::getBaseline)))
                    .target(same(row.get("indicator.target"), before.flatMap(ActionIndicator::getTarget))));
        }
        Map<String, Integer> measured = new HashMap<>();
        for (Values row : measurementRows) {
            String number = knownAction(row, "measurement.action", byNumber);
            String label = (String) row.get("measurement.indicator");
            LocalDate date = (LocalDate) row.get("measurement.date");
            BigDecimal value = (BigDecimal) row.get("measurement.value");
            if (number == null || label == null) {
                continue;
            }
            ImmutableActionIndicator.Builder indicator = indicators.getOrDefault(number, new LinkedHashMap<>())
                    .get(label);
            if (indicator == null) {
                problems.add(Problems.UNKNOWN_INDICATOR.at(row.place("measurement.indicator"), label, number));
                continue;
            }
            if (date == null || value == null) {
                continue;
            }
            int at = indexOfIndicator(indicators.get(number), label);
            String counter = number + '\u0000' + label;
            int k = measured.merge(counter, 1, Integer::sum) - 1;
            String key = Places.action(number) + ".indicators[" + at + "].measurements[" + k + "]";
            places.put(key, row.place("measurement.date"));
            placeCells(key, row);
            Optional<BigDecimal> before = storedIndicator(number, label)
                    .flatMap(i -> i.getMeasurements().size() > k ? Optional.of(i.getMeasurements().get(k))
                            : Optional.empty())
                    .map(Measurement::getValue);
            indicator.addMeasurements(Measurement.of(date, same(value, before).orElseThrow()));
        }

        List<ActionRow> out = new ArrayList<>();
        for (Map.Entry<String, Values> entry : byNumber.entrySet()) {
            String number = entry.getKey();
            Values row = entry.getValue();
            String key = Places.action(number);
            places.put(key, row.place("action.number"));
            placeCells(key, row);
            String title = (String) row.get("action.title");
            if (title == null) {
                continue;
            }
            LocalDate from = (LocalDate) row.get("action.schedule.from");
            LocalDate to = (LocalDate) row.get("action.schedule.to");
            String missing = from == null ? "action.schedule.from" : "action.schedule.to";
            boolean refused = problems.stream().anyMatch(p -> p.place().equals(row.place(missing)));
            if ((from == null) != (to == null) && !refused) {
                problems.add(Problems.REQUIRED.at(row.place(missing), PlanSheets.ACTIONS.column(missing)
                        .orElseThrow().label()));
            }
            List<ActionIndicator> actionIndicators = indicators.getOrDefault(number, new LinkedHashMap<>()).values()
                    .stream().map(b -> (ActionIndicator) b.build()).toList();
            ImmutableActionSheet.Builder action = ActionSheet.builder().number(number).title(title)
                    .fields(fields(row.get("action.fields")))
                    .objectives(strings(row.get("action.objectives")))
                    .targetPublic(Optional.ofNullable((String) row.get("action.targetPublic")))
                    .pilot(Optional.ofNullable((String) row.get("action.pilot")))
                    .partners(strings(row.get("action.partners")))
                    .status((ActionStatus) Objects.requireNonNullElse(row.get("action.status"), ActionStatus.PLANNED))
                    .priority((Priority) Objects.requireNonNullElse(row.get("action.priority"), Priority.MEDIUM))
                    .budget(budgets.getOrDefault(number, List.of()))
                    .indicators(actionIndicators)
                    .notes(stored.action(number).map(ActionSheet::getNotes).orElse(List.of()));
            if (from != null && to != null) {
                try {
                    action.schedule(DateRange.of(from, to));
                } catch (RuntimeException e) {
                    problems.add(Problems.WRONG_TYPE.at(row.place("action.schedule.to"),
                            new Object[] {"Fin", "une date qui suit le début", "le " + to, "une date après le " + from},
                            new Object[] {"Fin", "a date after the start", to, "a date after " + from}));
                }
            }
            out.add(new ActionRow(action.build(),
                    Optional.ofNullable((String) row.get("action.withdrawal.reason")),
                    Optional.ofNullable((Integer) row.get("action.withdrawal.amendmentNumber")),
                    Optional.ofNullable((LocalDate) row.get("action.withdrawal.date")),
                    row.place("action.number")));
        }
        return out;
    }

    private static int indexOfIndicator(Map<String, ?> indicators, String label) {
        int i = 0;
        for (String l : indicators.keySet()) {
            if (l.equals(label)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private String knownAction(Values row, String code, Map<String, Values> actions) {
        String number = (String) row.get(code);
        if (number != null && !actions.containsKey(number)) {
            problems.add(Problems.UNKNOWN_ACTION.at(row.place(code), number));
            return null;
        }
        return number;
    }

    private BudgetLine budgetLine(Values row, String number) {
        Integer year = (Integer) row.get("budget.year");
        String funder = (String) row.get("budget.funder");
        FundingInstrument instrument = (FundingInstrument) row.get("budget.instrument");
        BudgetNature nature = (BudgetNature) row.get("budget.nature");
        BigDecimal amount = (BigDecimal) row.get("budget.amount");
        if (year == null || funder == null || instrument == null || nature == null || amount == null) {
            return null;
        }
        ImmutableBudgetLine.Builder line = BudgetLine.builder().year(year).funder(funder)
                .funderIdentifier(Optional.ofNullable((String) row.get("budget.funderIdentifier")))
                .instrument(instrument).nature(nature)
                .section((BudgetSection) Objects.requireNonNullElse(row.get("budget.section"), BudgetSection.OPERATING))
                .amount(cents(amount));
        BigDecimal fte = (BigDecimal) row.get("budget.fullTimeEquivalents");
        if (fte != null) {
            line.fullTimeEquivalents(fte.scale() > 2 ? fte.stripTrailingZeros() : fte);
        }
        return line.build();
    }

    /** An amount as the model keeps it: cents, unless it has more decimals (the rule book then refuses it). */
    private static BigDecimal cents(BigDecimal amount) {
        BigDecimal bare = amount.stripTrailingZeros();
        return bare.scale() <= 2 ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY) : amount;
    }

    /** The stored value when the cell holds the same number (a spreadsheet keeps 120, not 120.0). */
    private static Optional<BigDecimal> same(Object read, Optional<BigDecimal> before) {
        BigDecimal value = (BigDecimal) read;
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(before.filter(b -> b.compareTo(value) == 0).orElse(value));
    }

    private Optional<ActionIndicator> storedIndicator(String action, String label) {
        return stored.action(action).flatMap(a -> a.getIndicators().stream()
                .filter(i -> i.getLabel().equals(label)).findFirst());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    /** The fields a cell names: the convention's own (by name or label), else a field by its French name. */
    private Set<FieldOfAction> fields(Object value) {
        Set<FieldOfAction> fields = new LinkedHashSet<>();
        for (String item : strings(value)) {
            String folded = Labels.fold(item);
            Optional<FieldOfAction> own = stored.getFields().stream()
                    .filter(f -> Labels.fold(f.describe()).equals(folded) || Labels.fold(f.getKind().name())
                            .equals(folded) && f.getKind() != ActionField.OTHER)
                    .findFirst();
            fields.add(own.orElseGet(() -> byName(item)));
        }
        return fields;
    }

    private static FieldOfAction byName(String item) {
        String folded = Labels.fold(item);
        for (ActionField kind : ActionField.values()) {
            if (kind != ActionField.OTHER && (Labels.fold(kind.french()).equals(folded)
                    || Labels.fold(kind.name()).equals(folded))) {
                return FieldOfAction.of(kind);
            }
        }
        return FieldOfAction.other(item.strip());
    }
}
