package io.github.ctglib.ports;

import io.github.ctglib.convention.Convention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where conventions are kept (the portfolio of a CAF, a département or the country), each with all its
 * earlier revisions. Implementations are thread-safe. Ids are checked with {@link ConventionIds#requireSafe}
 * before storage is touched; unsafe ids raise {@link IllegalArgumentException}.
 *
 * <p>Optimistic concurrency: a convention carries the version it was read at ({@code 0} when new). A save
 * succeeds only when that equals the stored version, and stores the next version; otherwise it throws
 * {@link ConcurrencyConflictException} naming both, and nothing is written.
 */
public interface ConventionRepository {

    /**
     * The current revision of a convention.
     *
     * @param id the convention's id
     * @return the convention, or empty when none has that id
     */
    Optional<Convention> findById(String id);

    /**
     * Stores a new revision of {@code convention}.
     *
     * @param convention at the version the caller read ({@code 0} to create it)
     * @param change     who, when and why, kept in the history
     * @return the convention as stored, its version one higher
     * @throws ConcurrencyConflictException when the stored version differs from the convention's
     */
    Convention save(Convention convention, Change change);

    /**
     * Stores several conventions, each as {@link #save} would; adapters may batch them. Not atomic as a
     * whole: a failure leaves the conventions before it saved.
     *
     * @param conventions the conventions, each at the version it was read at
     * @param change who changes them, when and why
     * @return the conventions as stored, in the same order
     */
    default List<Convention> saveAll(List<Convention> conventions, Change change) {
        List<Convention> saved = new ArrayList<>(conventions.size());
        for (Convention convention : conventions) {
            saved.add(save(convention, change));
        }
        return saved;
    }

    /**
     * Removes a convention and its history.
     *
     * @param id the convention's id
     * @param expectedVersion the version the caller read
     * @throws ConventionNotFoundException    when none has that id
     * @throws ConcurrencyConflictException when the stored version is not {@code expectedVersion}
     */
    void delete(String id, long expectedVersion);

    /**
     * The conventions matching every criterion of {@code query}, ordered by id.
     *
     * @param query the criteria
     * @return the matching conventions
     */
    List<Convention> search(ConventionQuery query);

    /** {@return every stored convention in its current revision, ordered by id. Close the stream when done} */
    Stream<Convention> streamAll();

    /**
     * The revisions of a convention, oldest first; empty when none has that id.
     *
     * @param id the convention's id
     * @return its revisions
     */
    List<Revision> history(String id);

    /**
     * The convention as it was stored in revision {@code version}.
     *
     * @param id the convention's id
     * @param version the revision's version, from 1
     * @return the convention as stored then, or empty when there is no such revision
     */
    Optional<Convention> findRevision(String id, long version);

    /**
     * Stores a convention with its whole history, as read from another store (the copy command).
     *
     * @param revisions every revision, oldest first, numbered 1, 2, 3… with no gap
     * @throws ConcurrencyConflictException when a convention with that id is already stored
     * @throws IllegalArgumentException     when the revisions are empty, of different ids, or not numbered 1…n
     */
    void restore(List<StoredRevision> revisions);
}
