/**
 * The life of a convention, from preparation to renewal: {@link io.github.ctglib.lifecycle.ConventionLifecycle}
 * is the one entry point, with a method per use case; {@link io.github.ctglib.rules.CtgPolicy} holds the
 * thresholds an integrator may change; listeners hear {@link io.github.ctglib.lifecycle.LifecycleEvent}s.
 *
 * <p>Before signatures are requested the draft (projet) is revised part by part
 * ({@link io.github.ctglib.lifecycle.DraftRevision}); each representative (représentant) of a party signs on their
 * own day ({@link io.github.ctglib.lifecycle.Signing}); after signature the convention changes by amendment
 * (avenant) only, through typed changes that add, replace or withdraw ({@link io.github.ctglib.convention.AmendmentChange}),
 * and {@link io.github.ctglib.convention.Convention#inEffectOn} gives it back as it stood on any day. The follow-up
 * journal (notes) and attached documents (pièces jointes) are kept at every stage; a renewal (CTG de 2e
 * génération) may follow several conventions at once. New commands publish no event of their own: events mark a
 * change of stage, an amendment in effect and a renewal.
 */
@CtgStyle
package io.github.ctglib.lifecycle;

import io.github.ctglib.vocabulary.CtgStyle;
