package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctg copy --from STORE --to STORE}: every convention with its whole history, revision by revision, into
 * a store that holds none of them yet. Nothing is copied when the source has unreadable documents or the target
 * already holds one of the conventions.
 */
@Command(name = "copy")
final class CopyCommand extends CliCommand {

    /** The bar appears only when the copy takes longer than this. */
    static final Duration PROGRESS_DELAY = Duration.ofSeconds(1);

    /** How many ids a refusal names before "…". */
    private static final int IDS_SHOWN = 5;

    @Option(names = "--from", paramLabel = "STORE", required = true, descriptionKey = "ctg.copy.from")
    private String from;

    @Option(names = "--to", paramLabel = "STORE", required = true, descriptionKey = "ctg.copy.to")
    private String to;

    @Override
    protected int run() {
        if (from.equals(to)) {
            throw CliException.badInput(text().get("copy.same", Stores.shown(from)));
        }
        try (Store source = openStore(from, Stores.Access.READ); Store target = openStore(to, Stores.Access.WRITE)) {
            List<String> problems = source.problems();
            if (!problems.isEmpty()) {
                problems.forEach(p -> err().println("  " + p));
                throw CliException.badInput(text().get("copy.unreadable", text().count(problems.size(), "document"),
                        source.uri()));
            }
            List<String> ids;
            try (Stream<Convention> all = source.repository().streamAll()) {
                ids = all.map(Convention::getId).collect(Collectors.toList());
            }
            refusePresent(ids, target);
            copy(ids, source, target);
        }
        return ExitCodes.OK;
    }

    private void refusePresent(List<String> ids, Store target) {
        List<String> present = ids.stream().filter(id -> target.repository().findById(id).isPresent())
                .collect(Collectors.toList());
        if (!present.isEmpty()) {
            String shown = present.stream().limit(IDS_SHOWN).collect(Collectors.joining(", "))
                    + (present.size() > IDS_SHOWN ? ", …" : "");
            throw CliException.refused(text().get("copy.present", text().count(present.size(), "convention"),
                    target.uri(), shown));
        }
    }

    private void copy(List<String> ids, Store source, Store target) {
        Progress progress = new Progress(err(), System::nanoTime, PROGRESS_DELAY, environment().console(),
                text().get("copy.unit"));
        int copied = 0;
        long revisions = 0;
        try {
            for (String id : ids) {
                List<StoredRevision> history = history(source, id);
                try {
                    target.repository().restore(history);
                } catch (StorageException e) {
                    throw CliException.badInput(text().get("copy.failed", id, e.getMessage(), copied, ids.size(),
                            target.uri()), e);
                }
                copied++;
                revisions += history.size();
                progress.update(copied, ids.size());
            }
        } finally {
            progress.finish();
        }
        out().println(text().get("copy.done", text().count(copied, "convention"),
                text().count(revisions, "revision"), source.uri(), target.uri()));
    }

    /** Every revision of a convention with the convention as it was then, oldest first. */
    private List<StoredRevision> history(Store source, String id) {
        ConventionRepository repository = source.repository();
        List<StoredRevision> history = new ArrayList<>();
        for (Revision revision : repository.history(id)) {
            Convention then = repository.findRevision(id, revision.version()).orElseThrow(() -> CliException.badInput(
                    text().get("copy.revisionMissing", id, revision.version(), source.uri())));
            history.add(new StoredRevision(revision, then));
        }
        return history;
    }
}
