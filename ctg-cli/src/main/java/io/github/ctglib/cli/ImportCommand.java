package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg import FILE…}: stores each document as a new convention (its first revision). Every file is read
 * and checked first; if any cannot be imported, none is.
 */
@Command(name = "import")
final class ImportCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "ctg.import.files")
    private List<Path> files;

    @Mixin
    private StoreOption store;

    @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "ctg.import.actor")
    private String actor;

    private record Document(Path file, Convention convention) {}

    @Override
    protected int run() {
        if (actor != null && actor.isBlank()) {
            throw CliException.badInput(text().get("import.actor.blank"));
        }
        List<Document> documents = readAll();
        try (Store opened = openStore(store.uri, Stores.Access.WRITE)) {
            refuseExisting(opened, documents);
            save(opened, documents);
        }
        return ExitCodes.OK;
    }

    /** Reads and checks every file; a rule broken anywhere stops the import before the store is touched. */
    private List<Document> readAll() {
        ConventionValidator validator = ConventionValidator.withGeography(Geography.bundled());
        List<Document> documents = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        boolean unreadable = false;
        boolean refused = false;
        for (Path file : files) {
            Convention convention;
            try {
                convention = DocumentFiles.read(file, text());
            } catch (CliException e) {
                err().println(e.getMessage());
                unreadable = true;
                continue;
            }
            List<Violation> violations = new ArrayList<>(validator.validate(convention));
            Path twin = seen.putIfAbsent(convention.getId(), file);
            if (twin != null) {
                err().println(file + ": " + text().get("import.twin", convention.getId(), twin));
                refused = true;
            }
            for (Violation violation : violations) {
                (violation.isError() ? err() : out()).println(file + ": " + text().describe(violation));
            }
            refused |= ConventionValidator.hasErrors(violations);
            documents.add(new Document(file, convention));
        }
        if (unreadable || refused) {
            throw new CliException(unreadable ? ExitCodes.BAD_INPUT : ExitCodes.REFUSED, text().get("import.none"));
        }
        return documents;
    }

    private void refuseExisting(Store opened, List<Document> documents) {
        boolean exists = false;
        for (Document document : documents) {
            String id = document.convention().getId();
            Optional<Convention> stored = opened.repository().findById(id);
            if (stored.isPresent()) {
                Violation violation = Violation.error(RuleCodes.ALREADY_EXISTS, "id", id);
                err().println(document.file() + ": " + text().describe(violation) + " "
                        + text().get("import.exists", opened.uri(), stored.get().getVersion(), id,
                                storeArgument(opened.uri())));
                exists = true;
            }
        }
        if (exists) {
            throw CliException.refused(text().get("import.none.exists"));
        }
    }

    private void save(Store opened, List<Document> documents) {
        ConventionRepository repository = opened.repository();
        String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
        int imported = 0;
        for (Document document : documents) {
            Convention fresh = ImmutableConvention.copyOf(document.convention()).withVersion(0);
            Change change = new Change(who, clock().instant(), "Imported from " + document.file().getFileName());
            Convention saved;
            try {
                saved = repository.save(fresh, change);
            } catch (StorageException e) {
                throw CliException.badInput(text().get("import.failed", document.file(), e.getMessage(), imported,
                        documents.size()), e);
            }
            imported++;
            out().println(text().get("import.done", saved.getId(), document.file(), saved.getVersion()));
        }
        out().println(text().get("import.summary", text().count(imported, "convention"), opened.uri()));
    }
}
