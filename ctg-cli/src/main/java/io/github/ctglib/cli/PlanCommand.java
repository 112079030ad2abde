package io.github.ctglib.cli;

import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.spreadsheets.ActionPlanImport;
import io.github.ctglib.spreadsheets.ActionPlanWorkbook;
import io.github.ctglib.spreadsheets.PlanImportResult;
import io.github.ctglib.spreadsheets.SpreadsheetProblem;
import io.github.ctglib.spreadsheets.SpreadsheetRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ctg plan export ID -o plan.xlsx} and {@code ctg plan import ID plan.xlsx}: the action plan as a
 * spreadsheet (ctg-spreadsheets), for partners to fill in.
 */
@Command(name = "plan", subcommands = {PlanCommand.Export.class, PlanCommand.Import.class})
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** {@code ctg plan} without a subcommand: its usage, and the exit code of bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    /** {@code ctg plan export ID -o FILE}: the plan as an XLSX workbook, written whole or not at all. */
    @Command(name = "export")
    static final class Export extends CliCommand {

        @Parameters(paramLabel = "ID", descriptionKey = "ctg.plan.id")
        private String id;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
                descriptionKey = "ctg.plan.export.output")
        private Path output;

        @Mixin
        private StoreOption store;

        @Override
        protected int run() {
            Convention convention;
            try (Store opened = openStore(store.uri, Stores.Access.READ)) {
                convention = requireConvention(opened, id);
            }
            WholeFiles.write(output, text(), out -> ActionPlanWorkbook.write(convention, out));
            out().println(text().get("plan.export.done", convention.getId(), convention.getVersion(),
                    text().count(convention.getActions().size(), "action"), output));
            return ExitCodes.OK;
        }
    }

    /**
     * {@code ctg plan import ID FILE}: the filled-in workbook back into the plan, before signature, or as a proposed
     * amendment after it; every problem named by its cell, and then nothing stored.
     */
    @Command(name = "import")
    static final class Import extends CliCommand {

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "ctg.plan.id")
        private String id;

        @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "ctg.plan.import.file")
        private Path file;

        @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "ctg.import.actor")
        private String actor;

        @Option(names = "--object", paramLabel = "TEXT", descriptionKey = "ctg.plan.import.object")
        private String object;

        @Mixin
        private StoreOption store;

        @Override
        protected int run() {
            if (actor != null && actor.isBlank()) {
                throw CliException.badInput(text().get("import.actor.blank"));
            }
            requireSafeId(id);
            String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
            // The convention is already stored, so is its store: a mistyped --store is reported, never created.
            try (Store opened = openStore(store.uri, Stores.Access.READ)) {
                requireConvention(opened, id);
                ConventionLifecycle ctg = ConventionLifecycle.builder(opened.repository()).clock(clock()).build();
                ActionPlanImport.Builder plans = ActionPlanImport.builder(ctg, clock()).actor(who);
                if (object != null) {
                    plans.amendmentObject(object);
                }
                PlanImportResult result;
                try (InputStream in = Files.newInputStream(file)) {
                    result = plans.build().run(id, in, file.getFileName().toString());
                } catch (SpreadsheetRejectedException e) {
                    String name = file.getFileName().toString();
                    for (SpreadsheetProblem problem : e.problems()) {
                        // A problem of the whole file is named by the file alone.
                        err().println(file + ": " + (problem.place().equals(name)
                                ? problem.code() + " " + problem.message(text().locale())
                                : problem.describe(text().locale())));
                    }
                    throw CliException.refused(text().get("plan.import.none", e.problems().size(), id));
                } catch (NoSuchFileException e) {
                    throw CliException.badInput(file + ": " + text().get("file.missing"));
                } catch (AccessDeniedException e) {
                    throw CliException.badInput(file + ": " + text().get("file.denied"));
                } catch (IOException e) {
                    throw CliException.badInput(file + ": " + text().get("file.unreadable", e.getMessage()), e);
                }
                print(result);
            }
            return ExitCodes.OK;
        }

        private void print(PlanImportResult result) {
            switch (result.outcome()) {
                case UNCHANGED -> out().println(text().get("plan.import.unchanged", id, file));
                case PLAN_REPLACED -> {
                    Convention saved = result.stored().orElseThrow().convention();
                    out().println(text().get("plan.import.replaced", id, file, saved.getVersion(),
                            text().count(saved.getActions().size(), "action")));
                }
                case AMENDMENT_PROPOSED -> {
                    Convention saved = result.stored().orElseThrow().convention();
                    int number = saved.getAmendments().get(saved.getAmendments().size() - 1).getNumber();
                    String kinds = result.changes().stream().map(AmendmentChange::kind).map(Enum::name)
                            .collect(Collectors.joining(", "));
                    out().println(text().get("plan.import.amendment", id, number, file, result.changes().size(),
                            kinds, saved.getVersion()));
                }
            }
            for (Violation warning : result.stored().map(r -> r.warnings()).orElse(java.util.List.of())) {
                out().println(text().describe(warning));
            }
        }
    }
}
