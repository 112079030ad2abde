package io.github.ctglib.cli;

import io.github.ctglib.ports.Revision;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ctg history ID}: every revision of a convention: version, time, actor, summary. */
@Command(name = "history")
final class HistoryCommand extends CliCommand {

    /** In UTC, as stored: the same on every machine. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Parameters(paramLabel = "ID", descriptionKey = "ctg.history.id")
    private String id;

    @Mixin
    private StoreOption store;

    @Mixin
    private OutputFormatOption output;

    @Override
    protected int run() {
        List<Revision> history;
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            history = opened.repository().history(requireSafeId(id));
            if (history.isEmpty()) {
                throw CliException.refused(text().get("convention.notFound", id, opened.uri()));
            }
        }
        if (output.json()) {
            new JsonOutput(out()).history(id, history);
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(text().get("column.version"), text().get("column.time"),
                text().get("column.actor"), text().get("column.summary")).alignRight(0);
        for (Revision revision : history) {
            table.row(revision.version(), TIME.format(revision.at()), revision.actor(), revision.summary());
        }
        table.printText(out(), "");
        return ExitCodes.OK;
    }
}
