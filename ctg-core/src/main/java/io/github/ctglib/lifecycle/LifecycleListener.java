package io.github.ctglib.lifecycle;

/**
 * Hears lifecycle transitions after they are stored. Called on the caller's thread; an exception it throws
 * is logged and does not undo the stored change.
 */
@FunctionalInterface
public interface LifecycleListener {
    /**
     * Hears one event, once its change is stored.
     *
     * @param event what happened, to which convention
     */
    void on(LifecycleEvent event);
}
