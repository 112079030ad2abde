package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.testsupport.NationalPortfolio;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.ImmutableNote;
import io.github.ctglib.vocabulary.Note;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** A write through {@link ReusableParts} gives exactly the bytes of a write from scratch, whatever changed. */
class ReusablePartsTest {

    private static final ConventionJson JSON = ConventionJson.standard();

    private static Optional<Revision> revision(Convention c) {
        return Optional.of(new Revision(c.getVersion(), Instant.parse("2026-06-01T09:00:00Z"), "agent", "édition"));
    }

    /** Writes {@code c} through {@code parts} and checks the bytes are those written without them. */
    private static byte[] writeAndCompare(Convention c, ReusableParts parts) {
        byte[] reused = JSON.toBytes(c, revision(c), parts);
        assertThat(new String(reused, StandardCharsets.UTF_8))
                .isEqualTo(new String(JSON.toBytes(c, revision(c)), StandardCharsets.UTF_8));
        return reused;
    }

    @Test
    void everyEditOfEveryKindWritesTheBytesOfAWriteFromScratch() {
        List<Convention> portfolio = NationalPortfolio.generate(NationalPortfolio.DEFAULT_SEED);
        List<Convention> sample = new ArrayList<>(IntStream.range(0, portfolio.size()).filter(i -> i % 50 == 0)
                .mapToObj(portfolio::get).toList());
        sample.add(SampleConventions.maximal());
        sample.add(SampleConventions.inEveryScript());
        for (Convention original : sample) {
            ReusableParts parts = new ReusableParts();
            Convention c = original;
            writeAndCompare(c, parts);
            c = ImmutableConvention.copyOf(c).withVersion(c.getVersion() + 1); // every part reused
            writeAndCompare(c, parts);
            if (!c.getActions().isEmpty()) { // one action replaced, the others kept, then their order reversed
                List<ActionSheet> actions = new ArrayList<>(c.getActions());
                actions.set(0, ImmutableActionSheet.copyOf(actions.get(0)).withTitle("Titre revu, « déjà » modifié"));
                c = ImmutableConvention.copyOf(c).withActions(actions);
                writeAndCompare(c, parts);
                Collections.reverse(actions);
                c = ImmutableConvention.copyOf(c).withActions(actions);
                writeAndCompare(c, parts);
            }
            if (!c.getEquipment().isEmpty()) { // one removed
                c = ImmutableConvention.copyOf(c).withEquipment(c.getEquipment().subList(1, c.getEquipment().size()));
                writeAndCompare(c, parts);
            }
            Note note = ImmutableNote.builder().date(LocalDate.of(2026, 6, 1)).text("Comité du 1er juin").build();
            List<Note> notes = new ArrayList<>(c.getNotes());
            notes.add(note);
            notes.add(note); // the same object twice in one list
            c = ImmutableConvention.copyOf(c).withNotes(notes).withTitle(c.getTitle() + " (avenant)");
            writeAndCompare(c, parts);
            c = ImmutableConvention.copyOf(c).withNotes(); // emptied
            writeAndCompare(c, parts);
        }
    }

    @Test
    void thePartsOfAnUnchangedElementAreCopiedNotWrittenAgain() {
        Convention c = SampleConventions.maximal();
        ReusableParts parts = new ReusableParts();
        JSON.toBytes(c, revision(c), parts);
        ActionSheet kept = c.getActions().get(0);
        byte[] first = parts.forWriteWith(JSON).get("actions").get(kept);
        assertThat(first).isNotNull();

        Convention next = ImmutableConvention.copyOf(c).withVersion(c.getVersion() + 1);
        JSON.toBytes(next, revision(next), parts);
        assertThat(parts.forWriteWith(JSON).get("actions").get(kept)).isSameAs(first);

        ActionSheet edited = ImmutableActionSheet.copyOf(kept).withTitle("Autre titre");
        Convention edit = ImmutableConvention.copyOf(next).withActions(List.of(edited));
        JSON.toBytes(edit, revision(edit), parts);
        assertThat(parts.forWriteWith(JSON).get("actions")).containsOnlyKeys(edited); // the old one is dropped
    }

    @Test
    void partsWrittenByAnotherCodecAreNotReused() {
        Convention c = SampleConventions.inEveryScript();
        ReusableParts parts = new ReusableParts();
        JSON.toBytes(c, revision(c), parts);
        ConventionJson escaping = ConventionJson.using(JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());

        byte[] reused = escaping.toBytes(c, revision(c), parts);

        assertThat(reused).isEqualTo(escaping.toBytes(c, revision(c)));
        assertThat(reused).isNotEqualTo(JSON.toBytes(c, revision(c)));
        assertThat(parts.forWriteWith(JSON)).isEmpty();
    }

    @Test
    void writingIntoAContainerAlreadyClosedIsRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var generator = JsonMapper.builder().build().createGenerator(out)) {
            StreamedObject root = StreamedObject.root(generator);
            StreamedObject first = root.putObject("first");
            first.put("a", "1");
            root.putObject("second").put("b", 2);
            assertThatThrownBy(() -> first.put("late", "x")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("after it was closed");
            root.end();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"first\":{\"a\":\"1\"},\"second\":{\"b\":2}}");
    }
}
