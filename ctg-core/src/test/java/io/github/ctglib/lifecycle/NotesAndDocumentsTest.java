package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static io.github.ctglib.lifecycle.LifecycleAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.DocumentKind;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.vocabulary.Note;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-up journal (notes) and the attached documents, at every stage. */
class NotesAndDocumentsTest {

    private static final String ID = Frontignan.ID;
    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    private static final byte[] PDF = "%PDF-1.7 convention signée".getBytes(StandardCharsets.UTF_8);

    private static DocumentReference signedConvention(byte[] bytes) {
        return DocumentReference.builder().title("Convention signée").kind(DocumentKind.SIGNED_CONVENTION)
                .date(Frontignan.SIGNATURE_DATE).mediaType("application/pdf").size(bytes.length)
                .sha256(DocumentReference.sha256Of(bytes)).location("ged://caf34/ctg/frontignan/convention.pdf")
                .build();
    }

    @Test
    void notesAreAddedToTheConventionAndToAnActionSheetAtEveryStage() {
        ctg.create(Frontignan.draft(), AGENT);
        Note first = Note.builder().date(LocalDate.of(2023, 9, 12)).author("chargée de coopération CTG")
                .text("Premier comité technique : calendrier du diagnostic arrêté").build();
        assertThat(ctg.addNote(ID, first, AGENT).convention().getNotes()).containsExactly(first);

        journey.clock.set("2025-01-20T09:00:00Z");
        journey.repository.delete(ID, ctg.find(ID).orElseThrow().getVersion());
        journey.signed(Frontignan.draft());
        Note onAction = Note.of(LocalDate.of(2025, 1, 20), "Ouverture de 12 places à la crèche Les Mouettes");
        Convention c = ctg.addActionNote(ID, "1.1", onAction, AGENT).convention();
        assertThat(c.action("1.1").orElseThrow().getNotes()).containsExactly(onAction);
        assertThat(journey.repository.history(ID)).last().extracting(io.github.ctglib.ports.Revision::summary)
                .isEqualTo("Note of 2025-01-20 on action 1.1");

        Convention terminated = ctg.terminate(ID, Termination.of(LocalDate.of(2025, 7, 1),
                "Transfert de la compétence à l'intercommunalité"), AGENT).convention();
        assertThat(terminated.getStage()).isEqualTo(Stage.TERMINATED);
        Note after = Note.of(LocalDate.of(2025, 9, 1), "Archives transmises à la CA Sète Agglopôle");
        assertThat(ctg.addNote(ID, after, AGENT).convention().getNotes()).containsExactly(after);
        assertThat(ctg.attachDocument(ID, signedConvention(PDF), AGENT).convention().getDocuments()).hasSize(1);
    }

    @Test
    void aNoteOnAnActionThePlanDoesNotHoldIsRefused() {
        journey.prepared(Frontignan.draft());
        assertRejected(journey.repository, ID, () -> ctg.addActionNote(ID, "9.9", Note.of(LocalDate.of(2023, 10, 1),
                "Note"), AGENT), RuleCodes.ACTION_UNKNOWN, "actions");
    }

    @Test
    void aDocumentIsAttachedByReferenceAndItsBytesMustMatch() {
        journey.signed(Frontignan.draft());
        Convention c = ctg.attachDocument(ID, signedConvention(PDF), new ByteArrayInputStream(PDF), AGENT)
                .convention();
        assertThat(c.getDocuments()).containsExactly(signedConvention(PDF));

        byte[] other = "%PDF-1.7 avenant n° 1".getBytes(StandardCharsets.UTF_8);
        List<Violation> v = assertRejected(journey.repository, ID, () -> ctg.attachDocument(ID, signedConvention(PDF),
                new ByteArrayInputStream(other), AGENT), RuleCodes.DOCUMENT_MISMATCH, "documents[1]");
        assertThat(v.get(0).messageFr()).contains("Convention signée", String.valueOf(other.length),
                DocumentReference.sha256Of(other), DocumentReference.sha256Of(PDF));
        assertThat(v.get(0).messageEn()).contains("Attach the right file");
    }
}
