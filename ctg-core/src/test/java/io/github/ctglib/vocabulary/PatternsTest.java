package io.github.ctglib.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids are safe as a file name on every system the store may live on, Windows included. */
class PatternsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ctg-34-frontignan-2023", "console", "conseil-34", "com10", "lpt", "nuls", "a", "x.y",
            "ctg_34.v2", "aux-2024"})
    void safeIdsAreAccepted(String id) {
        assertThat(Patterns.isSafeId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9", "com0", "con.json", "nul.x",
            "aux.ctg.34", "CTG", "a..b", "-a", "a-", "a/b", "a\\b", "", "a b"})
    void reservedOrUnsafeIdsAreRefused(String id) {
        assertThat(Patterns.isSafeId(id)).isFalse();
    }
}
