package io.github.ctglib.lifecycle;

import java.time.Instant;

/**
 * A lifecycle transition, published after it is stored.
 *
 * @param version the version stored by the transition
 */
public record LifecycleEvent(EventType type, String conventionId, long version, String actor, Instant at) {}
