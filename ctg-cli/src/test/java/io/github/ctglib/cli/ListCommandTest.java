package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    @TempDir
    Path dir;

    private String store;

    /**
     * Four conventions told apart by every filter: Frontignan (34, in preparation, 2023-2027), Sète within its
     * EPCI (34, signed, 2022-2026, housing), Nîmes (30, signed, 2024-2028) and Montpellier (34, signed 2021-2025).
     */
    @BeforeEach
    void fourConventions() {
        store = Fixtures.jsonStoreWith(dir,
                SampleConventions.variant("ctg-34-frontignan").build(),
                SampleConventions.variant("ctg-34-sete").communes("34301").epci("200066355").stage(Stage.SIGNED)
                        .validity(DateRange.ofYears(2022, 2026)).fields(FieldOfAction.of(ActionField.EARLY_CHILDHOOD),
                                FieldOfAction.of(ActionField.YOUTH), FieldOfAction.of(ActionField.PARENTHOOD),
                                FieldOfAction.of(ActionField.HOUSING)).build(),
                SampleConventions.variant("ctg-30-nimes").caf("30").communes("30189").stage(Stage.SIGNED)
                        .validity(DateRange.ofYears(2024, 2028)).build(),
                SampleConventions.variant("ctg-34-montpellier").communes("34172").stage(Stage.SIGNED)
                        .validity(DateRange.ofYears(2021, 2025)).build());
    }

    private List<String> ids(String... filters) {
        Result result = Cli.run(Stream.concat(Stream.of("list", "--store", store), Stream.of(filters))
                .toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out().lines().skip(2).filter(l -> l.startsWith("ctg-")).map(l -> l.split(" ")[0])
                .collect(Collectors.toList());
    }

    @Test
    void withoutFiltersListsEveryConventionInATable() {
        Result result = Cli.run("list", "--store", store);

        List<String> lines = Fixtures.lines(result.out());
        assertThat(lines.get(0)).isEqualTo(
                "Id                  Stage           Validity                 CAF  Communes  Title");
        assertThat(lines.get(1)).matches("-{18}  -{14}  -{23}  -{3}  -{8}  -{50}");
        assertThat(result.out()).contains(
                "ctg-34-frontignan   in preparation  2023-01-01 → 2027-12-31  34          1  Convention territoriale"
                        + " globale ctg-34-frontignan",
                "4 conventions.");
        assertThat(ids()).containsExactly("ctg-30-nimes", "ctg-34-frontignan", "ctg-34-montpellier", "ctg-34-sete");
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(ids("--caf", "30")).containsExactly("ctg-30-nimes");
        assertThat(ids("--commune", "34301")).containsExactly("ctg-34-sete");
        assertThat(ids("--epci", "200066355")).containsExactly("ctg-34-sete");
        assertThat(ids("--stage", "in_preparation")).containsExactly("ctg-34-frontignan");
        assertThat(ids("--in-force-on", "2025-06-30")).containsExactly("ctg-30-nimes", "ctg-34-montpellier",
                "ctg-34-sete");
        assertThat(ids("--field", "housing")).containsExactly("ctg-34-sete");
        assertThat(ids("--caf", "34", "--stage", "SIGNED", "--in-force-on", "2026-01-01"))
                .containsExactly("ctg-34-sete");
    }

    @Test
    void endingBeforeADayExcludesThatDay() {
        assertThat(ids("--ending-before", "2026-12-31")).containsExactly("ctg-34-montpellier");
        assertThat(ids("--ending-before", "2027-01-01")).containsExactly("ctg-34-montpellier", "ctg-34-sete");
        assertThat(LocalDate.of(2026, 12, 31)).isEqualTo(DateRange.ofYears(2022, 2026).getTo());
    }

    @Test
    void noMatchIsSaidAndIsNotAnError() {
        Result result = Cli.run("list", "--caf", "2A", "--store", store);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No convention matches.\n");
    }

    @Test
    void aCodeOfTheWrongFormIsBadUsage() {
        Result result = Cli.run("list", "--commune", "3410", "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--commune does not take '3410': give a code such as 34108.");
    }

    @Test
    void aDateOfTheWrongFormIsBadUsage() {
        Result result = Cli.run("list", "--in-force-on", "30/06/2025", "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--in-force-on");
    }

    @Test
    void listsAnH2StoreToo() {
        Cli.run("copy", "--from", store, "--to", Fixtures.h2(dir.resolve("h2")));

        Result result = Cli.run("list", "--caf", "34", "--in-force-on", "2025-06-30", "--store",
                Fixtures.h2(dir.resolve("h2")));

        assertThat(result.out()).contains("ctg-34-montpellier", "ctg-34-sete", "2 conventions.")
                .doesNotContain("ctg-30-nimes");
    }

    @Test
    void anEmptyDefaultStoreIsNotCreatedByReading() {
        Result result = Cli.run("list", "--store", Fixtures.h2(dir.resolve("none")));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("There is no database at", "Commands that write (import, demo, copy --to)"
                + " create it");
        assertThat(dir.resolve("none")).doesNotExist();
    }
}
