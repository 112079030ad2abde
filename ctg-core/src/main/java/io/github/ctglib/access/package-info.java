/**
 * Access scopes: an {@link io.github.ctglib.access.Actor} acts within a {@link io.github.ctglib.access.Scope} — a
 * CAF's conventions, a partner's, or all of them read-only — which {@code ConventionLifecycle.as(actor)} enforces
 * on every command and read.
 */
package io.github.ctglib.access;
