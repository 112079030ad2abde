package io.github.ctglib.spreadsheets;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.ImmutableActionIndicator;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.lifecycle.CommandResult;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.RuleViolationException;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.spreadsheets.PlanReader.ActionRow;
import io.github.ctglib.spreadsheets.PlanReader.SheetPlan;
import io.github.ctglib.spreadsheets.PlanImportResult.Outcome;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a workbook written by {@link ActionPlanWorkbook} and filled in back into the convention, through the
 * lifecycle: before signature the plan (axes and actions) is replaced ({@link ConventionLifecycle#planActions(String,
 * List, List, String)}); after it, an amendment is proposed ({@link ConventionLifecycle#amend}) whose typed changes
 * are the differences between the stored plan and the sheets — an axis added, an action added, replaced, its budget
 * changed, or withdrawn (its « Motif du retrait » filled in). A workbook that holds the stored plan stores nothing.
 *
 * <p>Every problem is reported at once, each at its cell ({@code Actions!C7}): the reading of the file (not ctg's,
 * another convention, a date or an amount typed as text…), what an amendment cannot do, and every rule of the rule
 * book the resulting convention breaks, its model path mapped back to its sheet, row and column. Then
 * {@link SpreadsheetRejectedException} is thrown and nothing is stored.
 *
 * <pre>{@code
 * ActionPlanImport plans = ActionPlanImport.builder(lifecycle, clock).actor("agent:m.dupont").build();
 * try (InputStream in = Files.newInputStream(path)) {
 *     PlanImportResult result = plans.run(conventionId, in, path.getFileName().toString());
 * }
 * }</pre>
 */
public final class ActionPlanImport {

    private static final Logger LOG = LoggerFactory.getLogger(ActionPlanImport.class);

    private static final Pattern ACTIONS = Pattern.compile("^actions\\[(\\d+)](.*)$");
    private static final Pattern AXES = Pattern.compile("^axes\\[(\\d+)](.*)$");
    private static final Pattern CHANGES = Pattern.compile("^amendments\\[\\d+]\\.changes\\[(\\d+)](.*)$");

    private final ConventionLifecycle lifecycle;
    private final Clock clock;
    private final String actor;
    private final Optional<String> amendmentObject;

    private ActionPlanImport(Builder builder) {
        this.lifecycle = builder.lifecycle;
        this.clock = builder.clock;
        this.actor = Objects.requireNonNull(builder.actor, "actor");
        this.amendmentObject = Optional.ofNullable(builder.amendmentObject);
    }

    /**
     * An import into the conventions of {@code lifecycle}; {@code clock} dates the amendments it proposes.
     *
     * @param lifecycle the lifecycle that judges and stores what the workbook changes
     * @param clock the clock that dates the amendments
     * @return a builder of the import
     */
    public static Builder builder(ConventionLifecycle lifecycle, Clock clock) {
        return new Builder(lifecycle, clock);
    }

    /**
     * Imports the workbook read from {@code workbook} (left open) into convention {@code conventionId}.
     *
     * @param conventionId the id of the stored convention
     * @param workbook the XLSX workbook, left open
     * @param source what names the workbook in messages, e.g. its file name
     * @return what the import found and stored
     * @throws SpreadsheetRejectedException with every problem, each at its cell; nothing is stored
     * @throws ConventionNotFoundException  when no such convention is stored
     */
    public PlanImportResult run(String conventionId, InputStream workbook, String source) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(source, "source");
        Convention stored = lifecycle.find(conventionId)
                .orElseThrow(() -> new ConventionNotFoundException(conventionId));
        SheetPlan sheet = PlanReader.read(workbook, source, stored);
        PlanImportResult result = stored.getStage().isSigned() ? amend(stored, sheet, source)
                : replace(stored, sheet, source);
        LOG.info("Plan of {} imported from {}: {}", conventionId, source, result.outcome());
        return result;
    }

    // --------------------------------------------------------------------------------------- before signature

    private PlanImportResult replace(Convention stored, SheetPlan sheet, String source) {
        List<SpreadsheetProblem> problems = new ArrayList<>(sheet.problems());
        for (ActionRow row : sheet.actions()) {
            if (row.withdrawalReason().isPresent() || row.withdrawalAmendment().isPresent()
                    || row.withdrawalDate().isPresent()) {
                problems.add(Problems.WITHDRAWN_BEFORE_SIGNATURE.at(place(sheet, row, ".withdrawal.reason")));
            }
        }
        List<ActionSheet> actions = sheet.actions().stream().map(ActionRow::action).toList();
        List<String> numbers = actions.stream().map(ActionSheet::getNumber).toList();
        List<Integer> axes = sheet.axes().stream().map(Axis::getNumber).toList();
        if (!problems.isEmpty()) {
            // The rules are judged too, on what could be read, so that every problem is reported at once.
            Convention candidate = ImmutableConvention.copyOf(stored).withAxes(sheet.axes()).withActions(actions)
                    .withStage(stored.getStage().isPreparing() ? Stage.ACTION_PLANNING : stored.getStage());
            judge(candidate, source, sheet, numbers, axes, problems);
            refuseIfAny(source, problems);
        }
        if (actions.equals(stored.getActions()) && sheet.axes().equals(stored.getAxes())) {
            return new PlanImportResult(Outcome.UNCHANGED, Optional.empty(), List.of());
        }
        try {
            CommandResult result = lifecycle.planActions(stored.getId(), sheet.axes(), actions, actor);
            return new PlanImportResult(Outcome.PLAN_REPLACED, Optional.of(result), List.of());
        } catch (RuleViolationException e) {
            throw rejected(source, sheet, e, numbers, axes, List.of());
        }
    }

    // ---------------------------------------------------------------------------------------- after signature

    private PlanImportResult amend(Convention stored, SheetPlan sheet, String source) {
        List<SpreadsheetProblem> problems = new ArrayList<>(sheet.problems());
        List<AmendmentChange> changes = new ArrayList<>();
        List<Integer> axisNumbers = new ArrayList<>(stored.getAxes().stream().map(Axis::getNumber).toList());
        for (Axis axis : sheet.axes()) {
            Optional<Axis> before = stored.axis(axis.getNumber());
            String key = Places.axis(axis.getNumber());
            if (before.isEmpty()) {
                changes.add(AmendmentChange.addAxis(axis));
                axisNumbers.add(axis.getNumber());
            } else if (!before.get().getTitle().equals(axis.getTitle())) {
                problems.add(notByAmendment(sheet, key + ".title", "l'intitulé d'un axe", "the title of an axis",
                        before.get().getTitle()));
            } else if (!before.get().getFields().equals(axis.getFields())) {
                problems.add(notByAmendment(sheet, key + ".fields", "les champs d'un axe", "the fields of an axis",
                        String.join(", ", PlanSheets.fields(before.get().getFields()))));
            }
        }
        Set<Integer> kept = sheet.axes().stream().map(Axis::getNumber).collect(Collectors.toSet());
        for (Axis axis : stored.getAxes()) {
            if (!kept.contains(axis.getNumber())) {
                problems.add(Problems.NOT_BY_AMENDMENT.at(PlanSheets.AXES.name(),
                        new Object[] {"la liste des axes (l'axe " + axis.getNumber() + " a disparu)",
                                axis.getNumber() + " « " + axis.getTitle() + " »"},
                        new Object[] {"the list of axes (axis " + axis.getNumber() + " is gone)",
                                axis.getNumber() + " « " + axis.getTitle() + " »"}));
            }
        }
        List<String> actionNumbers = new ArrayList<>(stored.getActions().stream().map(ActionSheet::getNumber).toList());
        Set<String> inSheet = sheet.actions().stream().map(r -> r.action().getNumber()).collect(Collectors.toSet());
        for (ActionSheet action : stored.getActions()) {
            if (!inSheet.contains(action.getNumber())) {
                problems.add(Problems.ACTION_DELETED.at(PlanSheets.ACTIONS.name(), action.getNumber()));
            }
        }
        Map<String, ActionSheet> read = new LinkedHashMap<>();
        for (ActionRow row : sheet.actions()) {
            ActionSheet action = row.action();
            read.put(action.getNumber(), action);
            String key = Places.action(action.getNumber());
            Optional<ActionSheet> before = stored.action(action.getNumber());
            if (before.isEmpty()) {
                if (row.withdrawalReason().isPresent() || row.withdrawalAmendment().isPresent()
                        || row.withdrawalDate().isPresent()) {
                    problems.add(notByAmendment(sheet, key + ".withdrawal.reason",
                            "le retrait d'une fiche qui n'est pas encore au plan",
                            "the withdrawal of an action not yet in the plan", "vide"));
                }
                changes.add(AmendmentChange.addAction(action));
                actionNumbers.add(action.getNumber());
                continue;
            }
            ActionSheet old = before.get();
            ActionSheet candidate;
            boolean withdraw = false;
            if (old.getWithdrawal().isPresent()) {
                var mark = old.getWithdrawal().get();
                if (!row.withdrawalReason().equals(mark.getReason())) {
                    problems.add(notByAmendment(sheet, key + ".withdrawal.reason", "le motif d'un retrait",
                            "the reason of a withdrawal", mark.getReason().orElse("vide")));
                }
                if (!row.withdrawalAmendment().equals(Optional.of(mark.getAmendmentNumber()))) {
                    problems.add(notByAmendment(sheet, key + ".withdrawal.amendmentNumber",
                            "l'avenant d'un retrait", "the amendment of a withdrawal",
                            String.valueOf(mark.getAmendmentNumber())));
                }
                if (!row.withdrawalDate().equals(Optional.of(mark.getDate()))) {
                    problems.add(notByAmendment(sheet, key + ".withdrawal.date", "la date d'un retrait",
                            "the date of a withdrawal", mark.getDate().toString()));
                }
                candidate = ImmutableActionSheet.copyOf(action).withWithdrawal(mark);
            } else {
                if (row.withdrawalAmendment().isPresent()) {
                    problems.add(notByAmendment(sheet, key + ".withdrawal.amendmentNumber",
                            "l'avenant d'un retrait (écrit par ctg)", "the amendment of a withdrawal (written by ctg)",
                            "vide"));
                }
                if (row.withdrawalDate().isPresent()) {
                    problems.add(notByAmendment(sheet, key + ".withdrawal.date",
                            "la date d'un retrait (écrite par ctg)", "the date of a withdrawal (written by ctg)",
                            "vide"));
                }
                candidate = action;
                withdraw = row.withdrawalReason().isPresent();
            }
            read.put(action.getNumber(), candidate);
            if (!candidate.equals(old)) {
                if (ImmutableActionSheet.copyOf(candidate).withBudget(old.getBudget()).equals(old)) {
                    changes.add(AmendmentChange.changeBudget(action.getNumber(), candidate.getBudget()));
                } else if (withoutMeasurements(candidate).equals(withoutMeasurements(old))) {
                    problems.add(Problems.NOT_BY_AMENDMENT.at(PlanSheets.MEASUREMENTS.name(),
                            new Object[] {"une mesure d'indicateur (fiche " + action.getNumber()
                                    + " ; elle s'enregistre par le suivi)", "les mesures exportées"},
                            new Object[] {"a measurement of an indicator (action " + action.getNumber()
                                    + "; it is recorded by monitoring)", "the exported measurements"}));
                } else {
                    changes.add(AmendmentChange.replaceAction(candidate));
                }
            }
            if (withdraw) {
                changes.add(AmendmentChange.withdrawAction(action.getNumber(), row.withdrawalReason().get()));
            }
        }
        if (!problems.isEmpty()) {
            // The rules are judged too, on the plan as the sheets would make it, so that every problem shows now.
            List<ActionSheet> actions = new ArrayList<>();
            actionNumbers.forEach(n -> actions.add(read.containsKey(n) ? read.get(n) : stored.action(n).orElseThrow()));
            List<Axis> axes = new ArrayList<>(stored.getAxes());
            changes.stream().filter(AmendmentChange.AddAxis.class::isInstance)
                    .forEach(c -> axes.add(((AmendmentChange.AddAxis) c).getAxis()));
            judge(ImmutableConvention.copyOf(stored).withAxes(axes).withActions(actions), source, sheet, actionNumbers,
                    axisNumbers, problems);
            refuseIfAny(source, problems);
        }
        if (changes.isEmpty()) {
            return new PlanImportResult(Outcome.UNCHANGED, Optional.empty(), List.of());
        }
        int number = stored.getAmendments().stream().mapToInt(Amendment::getNumber).max().orElse(0) + 1;
        Amendment amendment = Amendment.builder().number(number).date(LocalDate.now(clock))
                .object(amendmentObject.orElse("Plan d'actions modifié par tableur (" + source + ")"))
                .changes(changes).build();
        try {
            CommandResult result = lifecycle.amend(stored.getId(), amendment, actor);
            return new PlanImportResult(Outcome.AMENDMENT_PROPOSED, Optional.of(result), changes);
        } catch (RuleViolationException e) {
            throw rejected(source, sheet, e, actionNumbers, axisNumbers, changes);
        }
    }

    /** Adds the errors of {@code candidate} by the rule book, each at its cell, to {@code problems}. */
    private void judge(Convention candidate, String source, SheetPlan sheet, List<String> actionNumbers,
            List<Integer> axisNumbers, List<SpreadsheetProblem> problems) {
        lifecycle.validate(candidate).stream().filter(Violation::isError)
                .map(v -> problem(v, source, sheet, actionNumbers, axisNumbers, List.of()))
                .filter(p -> !problems.contains(p)).forEach(problems::add);
    }

    private static ActionSheet withoutMeasurements(ActionSheet action) {
        return ImmutableActionSheet.copyOf(action).withIndicators(action.getIndicators().stream()
                .map(i -> (ActionIndicator) ImmutableActionIndicator.copyOf(i).withMeasurements(List.of())).toList());
    }

    private static SpreadsheetProblem notByAmendment(SheetPlan sheet, String key, String whatFr, String whatEn,
            String exported) {
        String place = sheet.places().find(key).orElse(key);
        return Problems.NOT_BY_AMENDMENT.at(place, new Object[] {whatFr, exported}, new Object[] {whatEn, exported});
    }

    private static String place(SheetPlan sheet, ActionRow row, String suffix) {
        return sheet.places().find(Places.action(row.action().getNumber()) + suffix).orElse(row.place());
    }

    private static void refuseIfAny(String source, List<SpreadsheetProblem> problems) {
        if (!problems.isEmpty()) {
            throw new SpreadsheetRejectedException(source, problems);
        }
    }

    // ------------------------------------------------------------------------------- rules back to cells

    /** The lifecycle's violations as problems of the workbook, each at the cell its model path came from. */
    private static SpreadsheetRejectedException rejected(String source, SheetPlan sheet, RuleViolationException e,
            List<String> actionNumbers, List<Integer> axisNumbers, List<AmendmentChange> changes) {
        List<SpreadsheetProblem> problems = e.violations().stream().filter(Violation::isError)
                .map(v -> problem(v, source, sheet, actionNumbers, axisNumbers, changes)).toList();
        return new SpreadsheetRejectedException(source, problems);
    }

    private static SpreadsheetProblem problem(Violation v, String source, SheetPlan sheet, List<String> actionNumbers,
            List<Integer> axisNumbers, List<AmendmentChange> changes) {
        return new SpreadsheetProblem(placeOf(v.path(), sheet, actionNumbers, axisNumbers, changes).orElse(source),
                v.code(), Optional.of(v.path()), v.messageFr(), v.messageEn());
    }

    static Optional<String> placeOf(String path, SheetPlan sheet, List<String> actionNumbers,
            List<Integer> axisNumbers, List<AmendmentChange> changes) {
        return key(path, actionNumbers, axisNumbers, changes).flatMap(sheet.places()::find);
    }

    private static Optional<String> key(String path, List<String> actionNumbers, List<Integer> axisNumbers,
            List<AmendmentChange> changes) {
        Matcher m = ACTIONS.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            return i < actionNumbers.size() ? Optional.of(Places.action(actionNumbers.get(i)) + m.group(2))
                    : Optional.empty();
        }
        m = AXES.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            return i < axisNumbers.size() ? Optional.of(Places.axis(axisNumbers.get(i)) + m.group(2))
                    : Optional.empty();
        }
        m = CHANGES.matcher(path);
        if (m.matches() && Integer.parseInt(m.group(1)) < changes.size()) {
            AmendmentChange change = changes.get(Integer.parseInt(m.group(1)));
            String rest = m.group(2);
            if (change instanceof AmendmentChange.AddAction add) {
                return Optional.of(Places.action(add.getAction().getNumber()) + strip(rest, ".action"));
            }
            if (change instanceof AmendmentChange.ReplaceAction replace) {
                return Optional.of(Places.action(replace.getActionNumber()) + strip(rest, ".replacement"));
            }
            if (change instanceof AmendmentChange.ChangeBudget budget) {
                return Optional.of(Places.action(budget.getActionNumber()) + rest);
            }
            if (change instanceof AmendmentChange.WithdrawAction withdraw) {
                return Optional.of(Places.action(withdraw.getActionNumber()) + ".withdrawal.reason");
            }
            if (change instanceof AmendmentChange.AddAxis axis) {
                return Optional.of(Places.axis(axis.getAxis().getNumber()) + strip(rest, ".axis"));
            }
        }
        return Optional.empty();
    }

    private static String strip(String rest, String prefix) {
        if (rest.equals(".actionNumber")) {
            return ".number";
        }
        return rest.startsWith(prefix) ? rest.substring(prefix.length()) : rest;
    }

    /** Configures an {@link ActionPlanImport}; the actor is required. */
    public static final class Builder {
        private final ConventionLifecycle lifecycle;
        private final Clock clock;
        private String actor;
        private String amendmentObject;

        private Builder(ConventionLifecycle lifecycle, Clock clock) {
            this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * Who imports: the name every stored revision records (e.g. {@code agent:m.dupont}).
         *
         * @param actor the name of who imports, recorded by every stored revision, e.g. {@code agent:m.dupont}
         * @return this builder
         */
        public Builder actor(String actor) {
            this.actor = Objects.requireNonNull(actor, "actor");
            return this;
        }

        /**
         * The object of the amendment an import after signature proposes; by default it names the workbook.
         *
         * @param object the object, in the parties' words
         * @return this builder
         */
        public Builder amendmentObject(String object) {
            this.amendmentObject = Objects.requireNonNull(object, "object");
            return this;
        }

        /** {@return the import, ready to run} */
        public ActionPlanImport build() {
            return new ActionPlanImport(this);
        }
    }
}
