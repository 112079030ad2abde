package io.github.ctglib.convention;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/** The shared diagnostic (diagnostic partagé): indicators and the needs identified per field. */
@Value.Immutable
public interface Diagnostic {

    List<@Valid Indicator> getIndicators();

    List<@Valid Need> getNeeds();

    static ImmutableDiagnostic.Builder builder() {
        return ImmutableDiagnostic.builder();
    }

    static Diagnostic empty() {
        return builder().build();
    }
}
