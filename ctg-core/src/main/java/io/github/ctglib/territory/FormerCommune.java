package io.github.ctglib.territory;

import java.util.Objects;

/**
 * A former commune: a commune merged into a current one, whose INSEE code is no longer a current commune's.
 * Since the merger it is a {@linkplain Kind#DELEGUEE commune déléguée} of a commune nouvelle or a
 * {@linkplain Kind#ASSOCIEE commune associée} of a fusion-association, and the current commune it belongs to
 * is the one to name in a territory. For example {@code 34330} (Vérargues) is a commune déléguée of
 * Entre-Vignes ({@code 34246}).
 *
 * <p>The code of the commune déléguée that holds the chef-lieu is usually the commune nouvelle's own code
 * ({@code 34246} was Saint-Christol's): such a code is a current commune, not a former one.
 *
 * @param inseeCode the INSEE code it had as a commune, no longer a current commune's
 * @param name      its name as a commune déléguée or associée
 * @param kind      déléguée or associée
 * @param commune   the current commune it now belongs to
 */
public record FormerCommune(String inseeCode, String name, Kind kind, Commune commune) {

    /** How a former commune lives on in the current one. */
    public enum Kind {
        /** A commune déléguée of a commune nouvelle (since 2010). */
        DELEGUEE("commune déléguée"),
        /** A commune associée of a fusion-association (loi Marcellin, 1971). */
        ASSOCIEE("commune associée");

        private final String term;

        Kind(String term) {
            this.term = term;
        }

        /** {@return the official French term, "commune déléguée" or "commune associée", used in both languages} */
        public String term() {
            return term;
        }
    }

    /**
     * A former commune; every component is required.
     *
     * @param inseeCode the INSEE code it had as a commune
     * @param name its name as a commune déléguée or associée
     * @param kind déléguée or associée
     * @param commune the current commune it now belongs to
     */
    public FormerCommune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(commune, "commune");
    }
}
