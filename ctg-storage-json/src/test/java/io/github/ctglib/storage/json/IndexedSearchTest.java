package io.github.ctglib.storage.json;

import static io.github.ctglib.storage.json.Samples.copy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index only narrows: every search answers exactly as {@link ConventionQuery#matches}, before and after changes. */
class IndexedSearchTest {

    private static final List<String> DEPARTEMENTS = List.of("34", "30", "2A", "974");
    private static final List<List<String>> TERRITORIES = List.of(List.of("34108"), List.of("34108", "34301"),
            List.of("30189"), List.of("2A004", "34301"), List.of("97411"));
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2019, 6, 1), LocalDate.of(2023, 1, 1),
            LocalDate.of(2024, 12, 31), LocalDate.of(2026, 12, 31), LocalDate.of(2028, 12, 31), LocalDate.of(2030, 1, 1));

    @TempDir
    Path dir;

    @Test
    void searchesAnswerAsTheReferenceSemanticsThroughChangesAndInAnotherStoreObject() {
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        List<Convention> saved = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            saved.add(store.save(sample(i), Samples.change("Création")));
        }
        assertSearchesMatch(store, saved);

        List<Convention> changed = new ArrayList<>();
        for (Convention c : saved) {
            int n = Integer.parseInt(c.getId().substring(4));
            if (n % 4 == 0) {
                store.delete(c.getId(), c.getVersion());
            } else if (n % 4 == 1) {
                changed.add(store.save(copy(c).withStage(Stage.CLOSED)
                        .withTerritory(Territory.builder().addCommuneCode("30189").build())
                        .withCaf(Caf.of("CAF du Gard", "30")), Samples.change("Changement")));
            } else {
                changed.add(c);
            }
        }
        assertSearchesMatch(store, changed);
        assertSearchesMatch(JsonConventionRepository.open(dir), changed);
    }

    private static void assertSearchesMatch(JsonConventionRepository store, List<Convention> all) {
        for (ConventionQuery query : queries()) {
            List<Convention> expected = all.stream().filter(query::matches)
                    .sorted(Comparator.comparing(Convention::getId)).collect(Collectors.toList());
            assertThat(store.search(query)).as(query.toString()).containsExactlyElementsOf(expected);
        }
        assertThat(store.streamAll().collect(Collectors.toList()))
                .containsExactlyElementsOf(all.stream().sorted(Comparator.comparing(Convention::getId))
                        .collect(Collectors.toList()));
    }

    private static List<ConventionQuery> queries() {
        List<ConventionQuery> queries = new ArrayList<>();
        queries.add(ConventionQuery.all());
        TERRITORIES.stream().flatMap(List::stream).distinct().forEach(c -> queries.add(ConventionQuery.byCommune(c)));
        queries.add(ConventionQuery.byCommune("75056"));
        DEPARTEMENTS.forEach(d -> queries.add(ConventionQuery.builder().cafDepartement(d).build()));
        queries.add(ConventionQuery.builder().epciSiren(Frontignan.EPCI).build());
        queries.add(ConventionQuery.builder().epciSiren("000000000").build());
        queries.add(ConventionQuery.builder().epciSiren(MONTPELLIER_METROPOLE).build()); // a second EPCI
        for (Stage stage : Stage.values()) {
            queries.add(ConventionQuery.builder().stage(stage).build());
        }
        for (ActionField field : ActionField.values()) {
            queries.add(ConventionQuery.builder().field(field).build());
        }
        for (LocalDate day : DAYS) {
            queries.add(ConventionQuery.builder().inForceOn(day).build());
            queries.add(ConventionQuery.builder().endingFrom(day).build());
            queries.add(ConventionQuery.builder().endingTo(day).build());
            queries.add(ConventionQuery.builder().endingFrom(day).endingTo(day.plusYears(2)).build());
            queries.add(ConventionQuery.builder().inForceOn(day).endingTo(day.plusYears(1)).communeCode("34301").build());
        }
        queries.add(ConventionQuery.builder().communeCode("34108").stage(Stage.SIGNED).cafDepartement("34").build());
        queries.add(ConventionQuery.builder().field(ActionField.DISABILITY).cafDepartement("2A").build());
        return queries;
    }

    private static final String MONTPELLIER_METROPOLE = "243400017";

    /** Frontignan's draft, varied in what the searches look at; every variant keeps the domain rules. */
    private static Convention sample(int i) {
        int start = 2020 + i % 5;
        ImmutableConvention c = Samples.frontignan(String.format("ctg-%02d", i))
                .withCaf(Caf.of("CAF " + i, DEPARTEMENTS.get(i % DEPARTEMENTS.size())))
                .withTerritory(Territory.builder().addAllCommuneCodes(TERRITORIES.get(i % TERRITORIES.size()))
                        .addAllEpciSirens(i % 3 == 0 ? List.of(Frontignan.EPCI)
                                : i % 3 == 1 ? List.of(Frontignan.EPCI, MONTPELLIER_METROPOLE) : List.of()).build())
                .withStage(Stage.values()[i % Stage.values().length])
                .withValidity(DateRange.of(LocalDate.of(start, 1 + i % 12, 1), LocalDate.of(start + 4, 12, 31)));
        return i % 2 == 0 ? c.withFields(addDisability(c)) : c;
    }

    private static List<FieldOfAction> addDisability(Convention c) {
        List<FieldOfAction> fields = new ArrayList<>(c.getFields());
        fields.add(FieldOfAction.of(ActionField.DISABILITY));
        return fields;
    }
}
