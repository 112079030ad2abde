package io.github.ctglib.lifecycle;

import io.github.ctglib.rules.CtgPolicy;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.InMemoryConventionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A lifecycle over an in-memory repository with a clock that tests move, and the steps of Frontignan's CTG. */
final class FrontignanJourney {

    static final String AGENT = "agent:caf34.ctg";

    final MovableClock clock = new MovableClock(Instant.parse("2023-09-01T08:00:00Z"));
    final InMemoryConventionRepository repository = new InMemoryConventionRepository();
    final List<LifecycleEvent> events = new ArrayList<>();
    final ConventionLifecycle ctg;

    FrontignanJourney() {
        this(CtgPolicy.standard());
    }

    FrontignanJourney(CtgPolicy policy) {
        ctg = ConventionLifecycle.builder(repository).clock(clock).policy(policy).listener(events::add).build();
    }

    /** Created, diagnosed and planned: ready to ask for signatures. */
    Convention prepared(Convention draft) {
        ctg.create(draft, AGENT);
        ctg.recordDiagnostic(draft.getId(), draft.getDiagnostic(), AGENT);
        return ctg.planActions(draft.getId(), draft.getActions(), AGENT).convention();
    }

    /** Signatures requested. */
    Convention awaitingSignatures(Convention draft) {
        prepared(draft);
        return ctg.requestSignatures(draft.getId(), AGENT).convention();
    }

    /** Signed by every party, the commune last on 6 March 2024. */
    Convention signed(Convention draft) {
        awaitingSignatures(draft);
        Convention current = null;
        for (Signatory party : ordered(draft)) {
            current = ctg.sign(draft.getId(), signing(party), AGENT).convention();
        }
        return current;
    }

    static Signing signing(Signatory party) {
        return Signing.byEveryRepresentative(party.getName(), Frontignan.signatureDateOf(party.getName()),
                Frontignan.mandateOf(party.getName()));
    }

    /** The parties in the order they sign: the commune last. */
    static List<Signatory> ordered(Convention draft) {
        List<Signatory> parties = new ArrayList<>(draft.getSignatories());
        parties.sort((a, b) -> Boolean.compare(a.getName().equals(Frontignan.COMMUNE_NAME),
                b.getName().equals(Frontignan.COMMUNE_NAME)));
        return parties;
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
