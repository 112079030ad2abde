package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableAmendment;
import io.github.ctglib.convention.ImmutableConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an amendment does to a convention: who signs it, and the convention once it is in effect. */
final class Amendments {

    private Amendments() {}

    static Optional<Amendment> pending(Convention c, int number) {
        return c.getAmendments().stream().filter(a -> a.getNumber() == number && !a.isInEffect()).findFirst();
    }

    /**
     * Who must sign an amendment: every party still active and every party it adds (a party it withdraws signs
     * it too: it agrees to leave).
     */
    static Set<String> partiesOf(Convention c, Amendment amendment) {
        Set<String> names = new LinkedHashSet<>();
        c.activeParties().forEach(s -> names.add(s.getName()));
        amendment.addedParties().forEach(s -> names.add(s.getName()));
        return names;
    }

    static Optional<LocalDate> signatureOf(Amendment amendment, String signatoryName) {
        return amendment.getSignatures().stream().filter(s -> s.getSignatoryName().equals(signatoryName))
                .map(AmendmentSignature::getDate).findFirst();
    }

    /** {@code amendment} as if every party had signed it on {@code day}: what the convention would become. */
    static Amendment signedByAllOn(Convention c, Amendment amendment, LocalDate day) {
        List<AmendmentSignature> signatures = partiesOf(c, amendment).stream()
                .map(name -> AmendmentSignature.of(name, day)).collect(Collectors.toList());
        return ImmutableAmendment.copyOf(amendment).withSignatures(signatures).withEffectiveOn(day);
    }

    static Convention replaced(Convention c, Amendment amendment) {
        List<Amendment> amendments = new ArrayList<>(c.getAmendments());
        amendments.set(amendment.getNumber() - 1, amendment);
        return ImmutableConvention.copyOf(c).withAmendments(amendments);
    }

    static <T> List<T> concat(Collection<? extends T> a, Collection<? extends T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
