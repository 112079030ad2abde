package io.github.ctglib.jpms.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.RuleViolationException;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.InMemoryConventionRepository;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.spreadsheets.ActionPlanWorkbook;
import io.github.ctglib.spreadsheets.PlanImportResult;
import io.github.ctglib.spreadsheets.SpreadsheetRejectedException;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ctg used from a named module, on the module path: each of its modules is resolved by its own descriptor
 * (not as an automatic module), Frontignan's CTG goes through its lifecycle on the in-memory, JSON and JDBC
 * stores, and a rule violation comes with its French and English messages.
 */
class ModulePathTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-07T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path directory;

    @Test
    void theHostAndCtgAreNamedModules() {
        assertThat(getClass().getModule().isNamed()).as("this test runs inside the host's named module").isTrue();
        assertThat(HostApplication.class.getModule().getName()).isEqualTo("io.github.ctglib.jpms.test");
        assertThat(descriptor(ConventionLifecycle.class).name()).isEqualTo("io.github.ctglib.core");
        assertThat(descriptor(JsonConventionRepository.class).name()).isEqualTo("io.github.ctglib.storage.json");
        assertThat(descriptor(JdbcConventionRepository.class).name()).isEqualTo("io.github.ctglib.storage.jdbc");
        assertThat(descriptor(ActionPlanWorkbook.class).name()).isEqualTo("io.github.ctglib.spreadsheets");
        for (String name : List.of("io.github.ctglib.core", "io.github.ctglib.format.json",
                "io.github.ctglib.storage.json", "io.github.ctglib.storage.jdbc", "io.github.ctglib.spreadsheets")) {
            ModuleDescriptor module = ModuleLayer.boot().findModule(name).orElseThrow().getDescriptor();
            assertThat(module.isAutomatic()).as(name + " is resolved by its module-info").isFalse();
        }
    }

    @Test
    void eachModuleExportsItsDocumentedPackagesOnly() {
        assertThat(exports("io.github.ctglib.core")).containsExactlyInAnyOrder("io.github.ctglib.access",
                "io.github.ctglib.actionplan", "io.github.ctglib.bonus", "io.github.ctglib.convention", "io.github.ctglib.equipment", "io.github.ctglib.examples",
                "io.github.ctglib.lifecycle", "io.github.ctglib.ports", "io.github.ctglib.report",
                "io.github.ctglib.rules", "io.github.ctglib.territory", "io.github.ctglib.vocabulary");
        assertThat(exports("io.github.ctglib.format.json")).containsExactly("io.github.ctglib.format.json");
        assertThat(exports("io.github.ctglib.storage.json")).containsExactly("io.github.ctglib.storage.json");
        assertThat(exports("io.github.ctglib.storage.jdbc")).containsExactly("io.github.ctglib.storage.jdbc");
        assertThat(exports("io.github.ctglib.spreadsheets")).containsExactly("io.github.ctglib.spreadsheets");
        // The SQL scripts are a package of the module that hosts' own Flyway reads: the module is open.
        ModuleDescriptor jdbc = ModuleLayer.boot().findModule("io.github.ctglib.storage.jdbc").orElseThrow()
                .getDescriptor();
        assertThat(jdbc.isOpen()).isTrue();
        assertThat(jdbc.packages()).contains("db.ctg.common");
        assertThat(ModuleLayer.boot().findModule("io.github.ctglib.core").orElseThrow().getDescriptor().isOpen())
                .as("core opens nothing").isFalse();
        assertThat(ModuleLayer.boot().findModule("io.github.ctglib.core").orElseThrow().getDescriptor().opens())
                .isEmpty();
    }

    static Stream<Named<Function<String, ConventionRepository>>> stores() {
        return Stream.of(Named.of("in memory", name -> new InMemoryConventionRepository()),
                Named.of("JSON files", name -> HostApplication.jsonStore(directory.resolve(name))),
                Named.of("JDBC on H2", HostApplication::h2Store));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theLifecycleRunsOnEveryStore(Function<String, ConventionRepository> store) {
        ConventionRepository repository = store.apply("lifecycle");
        HostApplication host = new HostApplication(repository, CLOCK);

        Convention signed = host.signFrontignan();

        assertThat(signed.getStage()).isEqualTo(Stage.SIGNED);
        assertThat(repository.findById(Frontignan.ID)).map(Convention::getStage).contains(Stage.SIGNED);
        assertThat(repository.history(Frontignan.ID)).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPartySigningTwiceIsRefusedInFrenchAndEnglish(Function<String, ConventionRepository> store) {
        ConventionRepository repository = store.apply("twice");
        HostApplication host = new HostApplication(repository, CLOCK);
        Convention signed = host.signFrontignan();

        RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
                () -> host.lifecycle().sign(Frontignan.ID, HostApplication.signing(Frontignan.COMMUNE_NAME),
                        HostApplication.AGENT));

        assertThat(refused).isNotNull();
        Violation twice = refused.violations().stream().filter(v -> v.code().equals(RuleCodes.ALREADY_SIGNED))
                .findFirst().orElseThrow();
        assertThat(twice.messageFr()).contains("« " + Frontignan.COMMUNE_NAME + " » a déjà signé");
        assertThat(twice.messageEn()).contains("'" + Frontignan.COMMUNE_NAME + "' has already signed");
        assertThat(repository.findById(Frontignan.ID).orElseThrow().getVersion())
                .as("nothing stored").isEqualTo(signed.getVersion());
    }

    @Test
    void theActionPlanGoesToAWorkbookAndBackFromTheNamedModule() {
        HostApplication host = new HostApplication(new InMemoryConventionRepository(), CLOCK);
        Convention signed = host.signFrontignan();

        byte[] workbook = host.planWorkbook(Frontignan.ID);
        PlanImportResult unchanged = host.importPlan(Frontignan.ID, workbook);
        SpreadsheetRejectedException refused = catchThrowableOfType(SpreadsheetRejectedException.class,
                () -> host.importPlan(Frontignan.ID, "not a workbook".getBytes(StandardCharsets.UTF_8)));

        assertThat(workbook).startsWith((byte) 'P', (byte) 'K'); // an XLSX file is a zip archive
        assertThat(unchanged.outcome()).isEqualTo(PlanImportResult.Outcome.UNCHANGED);
        assertThat(unchanged.changed()).isFalse();
        assertThat(refused).as("a file that is not a workbook is refused").isNotNull();
        assertThat(refused.getMessage()).contains("plan.xlsx");
        assertThat(host.lifecycle().find(Frontignan.ID).orElseThrow().getVersion()).isEqualTo(signed.getVersion());
    }

    @Test
    void hibernateValidatorReadsTheModelsConstraintsInTheNamedModule() {
        HostApplication host = new HostApplication(new InMemoryConventionRepository(), CLOCK);
        Convention draft = Frontignan.draft();
        Convention tooLong = ImmutableConvention.copyOf(draft).withTitle("t".repeat(Texts.SHORT + 1))
                .withSignatories(ImmutableSignatory.copyOf(draft.getSignatories().get(0))
                        .withName("n".repeat(Texts.SHORT + 1)));

        List<Violation> violations = host.lifecycle().validate(tooLong);

        // A getter of the convention and one of a signatory, through the @Valid list that holds it.
        assertThat(violations).filteredOn(v -> v.code().equals(ConstraintCodes.TEXT_TOO_LONG))
                .extracting(Violation::path).containsExactlyInAnyOrder("title", "signatories[0].name");
        assertThat(violations).filteredOn(v -> v.code().equals(ConstraintCodes.TEXT_TOO_LONG))
                .allSatisfy(v -> assertThat(v.messageFr()).isNotEqualTo(v.messageEn()).isNotBlank());
    }

    private static ModuleDescriptor descriptor(Class<?> type) {
        assertThat(type.getModule().isNamed()).as(type + " is in a named module").isTrue();
        return type.getModule().getDescriptor();
    }

    private static Set<String> exports(String module) {
        return ModuleLayer.boot().findModule(module).orElseThrow().getDescriptor().exports().stream()
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }
}
