package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The deliberation (délibération) by which a party authorises its representatives to sign: its reference and
 * date and, as the SCDL <em>délibérations</em> open-data schema carries them, the body that voted, the day of
 * the vote and where it is published.
 */
@Value.Immutable
public interface Mandate {

    /** {@return the deliberation's reference, e.g. "DEL-2024-012" or "Délibération du conseil municipal n° 2024/15"} */
    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getReference();

    /** {@return the date of the deliberation (date de l'acte)} */
    @Value.Parameter
    LocalDate getDate();

    /** {@return the body that voted, e.g. "Conseil municipal", "Conseil d'administration de la CAF"} */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getBody();

    /** {@return the day of the vote (date de la séance), when it differs from the deliberation's date} */
    Optional<LocalDate> getVoteDate();

    /** {@return where the deliberation is published (URL of the act)} */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getUrl();

    /**
     * A deliberation known by its reference and date alone.
     *
     * @param reference its reference
     * @param date the date of the act
     * @return the mandate
     */
    static Mandate of(String reference, LocalDate date) {
        return ImmutableMandate.of(reference, date);
    }

    /** {@return a builder of mandates} */
    static ImmutableMandate.Builder builder() {
        return ImmutableMandate.builder();
    }

    /** Refuses, when the value is built, a blank reference, body or URL. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getReference(), "Mandate", "reference");
        Texts.requireNonBlank(getBody(), "Mandate", "body");
        Texts.requireNonBlank(getUrl(), "Mandate", "url");
    }
}
