package io.github.ctglib.territory;

import java.util.Objects;

/**
 * A département.
 *
 * @param code       its code ({@code 01}…{@code 95}, {@code 2A}, {@code 2B}, {@code 971}…)
 * @param name       its name
 * @param regionCode the code of its region
 */
public record Departement(String code, String name, String regionCode) {

    /**
     * A département; every component is required.
     *
     * @param code its code
     * @param name its name
     * @param regionCode the code of its region
     */
    public Departement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
    }
}
