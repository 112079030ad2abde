package io.github.ctglib.rules;

import static io.github.ctglib.rules.Applies.Kind.CONTENT;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.territory.GeographicScale;
import io.github.ctglib.territory.InseeCode;
import io.github.ctglib.territory.Siren;
import io.github.ctglib.vocabulary.Patterns;
import java.util.List;
import java.util.Optional;

/** The rules on the indicators of the shared diagnostic that public statistics fill (issue 15). */
final class DiagnosticRules {

    private DiagnosticRules() {}

    static final Rule<Convention> INDICATOR_SCALE_TERRITORY = Rule.error(RuleCodes.INDICATOR_SCALE_TERRITORY,
            Applies.always(CONTENT), "An indicator's territory is a code of its scale, when it has one: an INSEE code"
                    + " for a commune, a SIREN for an EPCI, a code for a département, none for the nation.",
            (c, ctx, f) -> {
                List<Indicator> indicators = c.getDiagnostic().getIndicators();
                for (int i = 0; i < indicators.size(); i++) {
                    Indicator indicator = indicators.get(i);
                    Optional<GeographicScale> scale = indicator.getScale();
                    if (scale.isPresent() && !fits(scale.get(), indicator.getTerritory())) {
                        f.at("diagnostic.indicators[" + i + "].territory", indicator.getLabel(), scale.get().name(),
                                indicator.getTerritory().orElse("—"));
                    }
                }
            });

    /** Whether {@code territory} is a code of {@code scale}. */
    static boolean fits(GeographicScale scale, Optional<String> territory) {
        return switch (scale) {
            case COMMUNE -> territory.filter(InseeCode::isWellFormed).isPresent();
            case EPCI -> territory.filter(Siren::isWellFormed).isPresent();
            case DEPARTEMENT -> territory.filter(t -> t.matches(Patterns.DEPARTEMENT)).isPresent();
            case NATIONAL -> territory.isEmpty();
        };
    }

    static final List<Rule<Convention>> ALL = List.of(INDICATOR_SCALE_TERRITORY);
}
