package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.territory.Geographies;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.Patterns;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand of {@code ctg} needs: its output, its language, the clock and the stores. */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** {@code ctg} itself, whatever the depth of this command ({@code ctg diagnostic load} is two down). */
    private CtgCommand root() {
        return (CtgCommand) spec.root().userObject();
    }

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** Does the command's work and returns its exit code; expected failures throw {@link CliException}. */
    protected abstract int run() throws Exception;

    Messages text() {
        return root().messages();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Environment environment() {
        return root().environment();
    }

    /** The geographies of {@code --geography} and the bundled one (see {@link CtgCommand#geographies()}). */
    Geographies geographies() {
        return root().geographies();
    }

    /** The geography communes and EPCIs are looked up in: that of {@code --geography}, else the bundled one. */
    Geography geography() {
        return root().geographies().preferred();
    }

    Clock clock() {
        return root().environment().clock();
    }

    LocalDate today() {
        return LocalDate.now(clock());
    }

    /** Whether the user typed {@code name} (an option with a default is set even when not typed). */
    boolean typed(String name) {
        return spec.commandLine().getParseResult().hasMatchedOption(name);
    }

    Store openStore(String uri, Stores.Access access) {
        return new Stores(text(), environment().variables()).open(uri, access);
    }

    /** A convention id as the user typed it, checked before any store sees it. */
    String requireSafeId(String id) {
        if (!Patterns.isSafeId(id)) {
            throw CliException.badInput(text().get("id.unsafe", id));
        }
        return id;
    }

    Convention requireConvention(Store store, String id) {
        return store.repository().findById(requireSafeId(id))
                .orElseThrow(() -> CliException.refused(text().get("convention.notFound", id, store.uri())));
    }

    /** "--store URI" for the hints the tool prints, empty for the default store. */
    static String storeArgument(String uri) {
        return Stores.DEFAULT_URI.equals(uri) ? "" : " --store " + uri;
    }
}
