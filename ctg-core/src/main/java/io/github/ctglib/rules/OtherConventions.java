package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import java.util.List;

/**
 * The other conventions a convention is judged against: those of the store and, on an import, the other
 * documents imported with it. Looked up, never listed whole.
 */
public interface OtherConventions {

    /**
     * The conventions, other than the judged one, whose territory covers the commune.
     *
     * @param communeCode the commune's INSEE code
     * @return those conventions
     */
    List<Convention> covering(String communeCode);

    /**
     * Whether the store already holds a convention with {@code id}.
     *
     * @param id a convention's id
     * @return {@code true} when it is stored
     */
    boolean isStored(String id);

    /**
     * Whether a convention with {@code id} is in the store or imported along.
     *
     * @param id a convention's id
     * @return {@code true} when it is stored or imported along
     */
    default boolean isKnown(String id) {
        return isStored(id);
    }
}
