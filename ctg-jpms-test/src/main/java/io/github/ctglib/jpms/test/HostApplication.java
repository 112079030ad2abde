package io.github.ctglib.jpms.test;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.Signing;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.spreadsheets.ActionPlanImport;
import io.github.ctglib.spreadsheets.ActionPlanWorkbook;
import io.github.ctglib.spreadsheets.PlanImportResult;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What a modular host does with ctg: it opens a store, builds the lifecycle over it and takes Frontignan's CTG
 * from its draft to every party's signature, through ctg's exported API only.
 */
public final class HostApplication {

    /** The agent every command is made by. */
    public static final String AGENT = "agent:caf34.ctg";

    private final ConventionLifecycle ctg;
    private final Clock clock;

    /**
     * The host over {@code repository}, its time from {@code clock}.
     *
     * @param repository where the conventions are kept
     * @param clock the time of every change
     */
    public HostApplication(ConventionRepository repository, Clock clock) {
        this.ctg = ConventionLifecycle.builder(repository).clock(clock).build();
        this.clock = clock;
    }

    /**
     * A JSON-file store in {@code directory}.
     *
     * @param directory the store's directory, created when missing
     * @return the store
     */
    public static ConventionRepository jsonStore(Path directory) {
        return JsonConventionRepository.open(directory);
    }

    /**
     * A JDBC store in the in-memory H2 database {@code name}, its schema created by ctg's own migrations.
     *
     * @param name the database's name, new for each store
     * @return the store
     */
    public static ConventionRepository h2Store(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return JdbcConventionRepository.builder(dataSource).build();
    }

    /** {@return the lifecycle the host drives} */
    public ConventionLifecycle lifecycle() {
        return ctg;
    }

    /**
     * Frontignan's CTG created, diagnosed, planned, sent for signatures and signed by every party, the commune
     * last.
     *
     * @return the signed convention, as stored
     */
    public Convention signFrontignan() {
        Convention draft = Frontignan.draft();
        ctg.create(draft, AGENT);
        ctg.recordDiagnostic(draft.getId(), draft.getDiagnostic(), AGENT);
        ctg.planActions(draft.getId(), draft.getActions(), AGENT);
        Convention current = ctg.requestSignatures(draft.getId(), AGENT).convention();
        List<Signatory> parties = new ArrayList<>(draft.getSignatories());
        parties.sort((a, b) -> Boolean.compare(a.getName().equals(Frontignan.COMMUNE_NAME),
                b.getName().equals(Frontignan.COMMUNE_NAME)));
        for (Signatory party : parties) {
            current = ctg.sign(draft.getId(), signing(party.getName()), AGENT).convention();
        }
        return current;
    }

    /**
     * Every representative of {@code party} signing on the party's day of Frontignan's CTG.
     *
     * @param party the signatory's name
     * @return the signing
     */
    public static Signing signing(String party) {
        return Signing.byEveryRepresentative(party, Frontignan.signatureDateOf(party), Frontignan.mandateOf(party));
    }

    /**
     * The action plan of stored convention {@code id} as the XLSX workbook a CAF agent edits (ctg-spreadsheets).
     *
     * @param id the convention's id
     * @return the workbook's bytes
     */
    public byte[] planWorkbook(String id) {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        ActionPlanWorkbook.write(ctg.find(id).orElseThrow(), workbook);
        return workbook.toByteArray();
    }

    /**
     * A workbook of the action plan read back into convention {@code id}, every cell checked.
     *
     * @param id the convention's id
     * @param workbook the workbook's bytes
     * @return what the import found and stored
     */
    public PlanImportResult importPlan(String id, byte[] workbook) {
        return ActionPlanImport.builder(ctg, clock).actor(AGENT).build()
                .run(id, new ByteArrayInputStream(workbook), "plan.xlsx");
    }
}
