package io.github.ctglib.cli;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.storage.json.StoreProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open store, named by its URI; closing it releases what it holds (a database connection, files). */
final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final String uri;
    private final ConventionRepository repository;
    private final List<AutoCloseable> resources;

    Store(String uri, ConventionRepository repository, List<AutoCloseable> resources) {
        this.uri = Stores.shown(Objects.requireNonNull(uri, "uri"));
        this.repository = Objects.requireNonNull(repository, "repository");
        this.resources = new ArrayList<>(resources);
        if (repository instanceof AutoCloseable closeable) {
            this.resources.add(0, closeable);
        }
    }

    /** The URI as people see it, its password masked. */
    String uri() {
        return uri;
    }

    ConventionRepository repository() {
        return repository;
    }

    /** The documents the store holds but cannot serve (a JSON store's damaged files), each with what is wrong. */
    List<String> problems() {
        if (repository instanceof JsonConventionRepository json) {
            return json.problems().stream().map(StoreProblem::message).collect(Collectors.toList());
        }
        return List.of();
    }

    /** Closes everything, the repository first; a failure to close is logged, the others still close. */
    @Override
    public void close() {
        closeAll(uri, resources);
    }

    static void closeAll(String uri, List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Could not close {} of the store {}: {}", resource, uri, e.toString());
            }
        }
    }
}
