/**
 * The life of a convention, from preparation to renewal: {@link io.github.ctglib.lifecycle.ConventionLifecycle}
 * is the one entry point, with a method per use case; {@link io.github.ctglib.rules.CtgPolicy} holds the
 * thresholds an integrator may change; listeners hear {@link io.github.ctglib.lifecycle.LifecycleEvent}s.
 */
@CtgStyle
package io.github.ctglib.lifecycle;

import io.github.ctglib.vocabulary.CtgStyle;
