package io.github.ctglib.spreadsheets;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.InMemoryConventionRepository;
import io.github.ctglib.ports.Revision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A lifecycle over memory, conventions stored in it, and the export and import of their plans. */
final class Plans {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final String AGENT = "agent:caf34.ctg";

    final InMemoryConventionRepository repository = new InMemoryConventionRepository();
    final ConventionLifecycle lifecycle = ConventionLifecycle.builder(repository).clock(CLOCK).build();

    /** Stores {@code convention} as it is (its rules are the samples' business), version 1. */
    Convention store(Convention convention) {
        return repository.save(convention, new Change(AGENT, CLOCK.instant(), "Stored for the test"));
    }

    Convention stored(String id) {
        return repository.findById(id).orElseThrow();
    }

    List<Revision> history(String id) {
        return repository.history(id);
    }

    static byte[] export(Convention convention) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActionPlanWorkbook.write(convention, out);
        return out.toByteArray();
    }

    PlanImportResult importPlan(String id, byte[] xlsx) {
        return ActionPlanImport.builder(lifecycle, CLOCK).actor(AGENT).build()
                .run(id, new ByteArrayInputStream(xlsx), "plan.xlsx");
    }
}
