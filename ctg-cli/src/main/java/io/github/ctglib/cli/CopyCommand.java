package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.DocumentJudgement;
import io.github.ctglib.lifecycle.ImportRejectedException;
import io.github.ctglib.lifecycle.ImportResult;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctg copy --from STORE --to STORE}: every convention with its whole history, revision by revision, into
 * a store that holds none of them yet. Nothing is copied when the source has unreadable documents, the target
 * already holds one of the conventions, or a convention breaks a rule of its stage (territorial exclusivity
 * included).
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
            copy(ids, source, target);
        }
        return ExitCodes.OK;
    }

    /**
     * Reads every history, then hands them to the library's restore, which judges each current revision as an
     * import does (the rules of its stage, exclusivity against the target and among the copied) and stores
     * all or none.
     */
    private void copy(List<String> ids, Store source, Store target) {
        Progress progress = new Progress(err(), System::nanoTime, PROGRESS_DELAY, environment().console(),
                text().get("copy.unit"));
        List<List<StoredRevision>> histories = new ArrayList<>(ids.size());
        long revisions = 0;
        try {
            for (String id : ids) {
                List<StoredRevision> history = history(source, id);
                histories.add(history);
                revisions += history.size();
                progress.update(histories.size(), ids.size());
            }
        } finally {
            progress.finish();
        }
        ConventionLifecycle ctg = ConventionLifecycle.builder(target.repository()).clock(clock())
                .geographies(geographies()).build();
        try {
            ImportResult result = ctg.restoreHistories(histories,
                    ids.stream().map(id -> source.uri() + " " + id).collect(Collectors.toList()));
            if (result.resumesAnEarlierRun()) {
                out().println(text().get("copy.resumed", text().count(result.resumed().size(), "convention")));
            }
        } catch (ImportRejectedException e) {
            throw refused(e.documents(), target);
        } catch (StorageException e) {
            throw CliException.badInput(text().get("copy.failed", e.getMessage(), target.uri()), e);
        }
        out().println(text().get("copy.done", text().count(ids.size(), "convention"),
                text().count(revisions, "revision"), source.uri(), target.uri()));
    }

    /** The conventions the target already holds, in one line; every other broken rule under its convention. */
    private CliException refused(List<DocumentJudgement> judged, Store target) {
        List<String> present = new ArrayList<>();
        for (DocumentJudgement document : judged) {
            for (Violation violation : document.violations()) {
                if (violation.code().equals(RuleCodes.ALREADY_EXISTS)) {
                    present.add(document.conventionId());
                } else if (violation.isError()) {
                    err().println(document.source() + ": " + text().describe(violation));
                }
            }
        }
        if (present.isEmpty()) {
            return CliException.refused(text().get("copy.refused"));
        }
        String shown = present.stream().limit(IDS_SHOWN).collect(Collectors.joining(", "))
                + (present.size() > IDS_SHOWN ? ", …" : "");
        return CliException.refused(text().get("copy.present", text().count(present.size(), "convention"),
                target.uri(), shown));
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
