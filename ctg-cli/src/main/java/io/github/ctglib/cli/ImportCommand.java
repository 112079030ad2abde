package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.DocumentJudgement;
import io.github.ctglib.lifecycle.ImportRejectedException;
import io.github.ctglib.lifecycle.ImportResult;
import io.github.ctglib.lifecycle.IncomingDocument;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg import FILE…}: stores each document as a new convention (its first revision), through the
 * library's import ({@link ConventionLifecycle#importDocuments}): every document is judged as of its stage,
 * against the store and the other files; if one cannot be imported, none is.
 */
@Command(name = "import")
final class ImportCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "ctg.import.files")
    private List<Path> files;

    @Mixin
    private StoreOption store;

    @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "ctg.import.actor")
    private String actor;

    @Override
    protected int run() {
        if (actor != null && actor.isBlank()) {
            throw CliException.badInput(text().get("import.actor.blank"));
        }
        List<IncomingDocument> documents = readAll();
        refuseBrokenDocuments(documents);
        try (Store opened = openStore(store.uri, Stores.Access.WRITE)) {
            ConventionLifecycle ctg = ConventionLifecycle.builder(opened.repository()).clock(clock())
                    .geographies(geographies()).build();
            String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
            ImportResult result;
            try {
                result = ctg.importDocuments(documents, who);
            } catch (ImportRejectedException e) {
                report(e.documents(), opened);
                throw CliException.refused(text().get("import.none"));
            } catch (StorageException e) {
                throw CliException.badInput(text().get("import.failed", e.getMessage()), e);
            }
            report(result.documents(), opened);
            for (int i = 0; i < result.stored().size(); i++) {
                Convention saved = result.stored().get(i);
                out().println(result.resumed().contains(saved.getId())
                        ? text().get("import.already", saved.getId(), files.get(i))
                        : text().get("import.done", saved.getId(), files.get(i), saved.getVersion()));
            }
            if (result.resumesAnEarlierRun()) {
                out().println(text().get("import.resumed", text().count(result.resumed().size(), "convention")));
            }
            out().println(text().get("import.summary", text().count(result.stored().size() - result.resumed().size(),
                    "convention"), opened.uri()));
        }
        return ExitCodes.OK;
    }

    /** Reads every file; an unreadable one stops the import before the store is opened. */
    private List<IncomingDocument> readAll() {
        List<IncomingDocument> documents = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            try {
                documents.add(new IncomingDocument(file.getFileName().toString(), DocumentFiles.read(file, text())));
            } catch (CliException e) {
                err().println(e.getMessage());
                unreadable = true;
            }
        }
        if (unreadable) {
            throw CliException.badInput(text().get("import.none"));
        }
        return documents;
    }

    /**
     * The documents judged alone first (the same rules, without the store): when one breaks a rule, nothing is
     * imported and the store is not even opened, so a refused import creates no store.
     */
    private void refuseBrokenDocuments(List<IncomingDocument> documents) {
        ConventionValidator alone = ConventionValidator.withGeographies(geographies());
        List<DocumentJudgement> judged = documents.stream().map(d -> new DocumentJudgement(d.source(),
                d.convention().getId(), alone.validate(d.convention()))).collect(Collectors.toList());
        if (judged.stream().anyMatch(DocumentJudgement::hasErrors)) {
            report(judged, null);
            throw CliException.refused(text().get("import.none"));
        }
    }

    /** Each violation under its file: errors on stderr, warnings on stdout; a hint for an id already stored. */
    private void report(List<DocumentJudgement> judged, Store opened) {
        for (int i = 0; i < judged.size(); i++) {
            Path file = files.get(i);
            for (Violation violation : judged.get(i).violations()) {
                String line = file + ": " + text().describe(violation);
                if (violation.code().equals(RuleCodes.ALREADY_EXISTS) && opened != null) {
                    line += " " + existsHint(opened, judged.get(i).conventionId());
                }
                (violation.isError() ? err() : out()).println(line);
            }
        }
    }

    private String existsHint(Store opened, String id) {
        Optional<Convention> stored = opened.repository().findById(id);
        return stored.map(c -> text().get("import.exists", opened.uri(), c.getVersion(), id,
                storeArgument(opened.uri()))).orElse("");
    }
}
