package io.github.ctglib.spring.boot.testapp;

import io.github.ctglib.lifecycle.LifecycleEvent;
import io.github.ctglib.lifecycle.LifecycleListener;
import io.github.ctglib.spring.boot.AfterCommitListener;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small Spring Boot application as a host writes one: ctg comes from the starter's auto-configuration alone;
 * the application brings its clock, a listener and a service of its own ({@link HostService}).
 */
@SpringBootApplication
public class CtgTestApplication {

    /** The instant of the application's clock, which every revision must carry. */
    public static final Instant NOW = Instant.parse("2026-11-30T09:15:00Z");

    /** The application's clock: the lifecycle must take it rather than the system's. */
    @Bean
    Clock applicationClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Hears every lifecycle event: the lifecycle must be given the application's listeners. */
    @Bean
    HeardEvents heardEvents() {
        return new HeardEvents();
    }

    /** Hears committed events only: the application's listener wrapped in {@code AfterCommitListener}. */
    @Bean
    LifecycleListener committedEventsListener(CommittedEvents committed) {
        return AfterCommitListener.of(committed::add);
    }

    /** What the {@link AfterCommitListener} passed on. */
    @Bean
    CommittedEvents committedEvents() {
        return new CommittedEvents();
    }

    /** The events heard after their commit (not a listener itself: it hears through the wrapper only). */
    public static final class CommittedEvents {
        private final List<LifecycleEvent> events = new CopyOnWriteArrayList<>();

        void add(LifecycleEvent event) {
            events.add(event);
        }

        public List<LifecycleEvent> events() {
            return events;
        }
    }

    /** The events a {@link LifecycleListener} bean of the application heard. */
    public static final class HeardEvents implements LifecycleListener {
        private final List<LifecycleEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void on(LifecycleEvent event) {
            events.add(event);
        }

        public List<LifecycleEvent> events() {
            return events;
        }
    }
}
