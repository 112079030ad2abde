package io.github.ctglib.convention;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/** The shared diagnostic (diagnostic partagé): indicators and the needs identified per field. */
@Value.Immutable
public interface Diagnostic {

    /** {@return the figures that describe the territory} */
    List<@Valid Indicator> getIndicators();

    /** {@return the needs found, by field} */
    List<@Valid Need> getNeeds();

    /** {@return a builder of diagnostics} */
    static ImmutableDiagnostic.Builder builder() {
        return ImmutableDiagnostic.builder();
    }

    /** {@return a diagnostic with no indicator and no need} */
    static Diagnostic empty() {
        return builder().build();
    }
}
