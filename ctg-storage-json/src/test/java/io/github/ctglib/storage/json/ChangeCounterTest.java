package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter is rewritten in place: a record torn by a concurrent write must never read as a value. */
class ChangeCounterTest {

    @TempDir
    Path dir;

    @Test
    void aRecordReadsBackAsItsValueAndHasAFixedWidth() {
        for (long value : new long[] {0, 7, 8, 99, 100, Long.MAX_VALUE}) {
            String record = ChangeCounter.record(value);
            assertThat(record).hasSize(ChangeCounter.RECORD_LENGTH);
            assertThat(ChangeCounter.parse(record)).isEqualTo(value);
        }
    }

    @Test
    void everyMixOfTwoSuccessiveRecordsIsEitherOneOfThemOrUnknown() {
        for (long old : new long[] {8, 9, 98, 99, 999_999}) {
            byte[] before = ChangeCounter.record(old).getBytes(StandardCharsets.US_ASCII);
            byte[] after = ChangeCounter.record(old + 1).getBytes(StandardCharsets.US_ASCII);
            // Any subset of bytes taken from the new record: try each prefix, suffix and single byte.
            for (int cut = 0; cut <= before.length; cut++) {
                assertOldNewOrUnknown(mix(before, after, 0, cut), old);
                assertOldNewOrUnknown(mix(before, after, cut, before.length), old);
                if (cut < before.length) {
                    assertOldNewOrUnknown(mix(before, after, cut, cut + 1), old);
                }
            }
        }
    }

    @Test
    void aRecordStillBeingWrittenOverAnEmptyOrShorterFileIsUnknown() {
        String record = ChangeCounter.record(1234);
        for (int length = 0; length < record.length() - 1; length++) {
            assertThat(ChangeCounter.parse(record.substring(0, length))).as("prefix %d", length)
                    .isEqualTo(ChangeCounter.UNKNOWN);
        }
        // The head of a new record over the counter "1234\n" of an older ctg.
        assertThat(ChangeCounter.parse("  34\n")).isEqualTo(ChangeCounter.UNKNOWN);
    }

    @Test
    void aBareNumberWrittenByHandOrByAnOlderCtgIsReadAndDamageIsUnknown() {
        assertThat(ChangeCounter.parse("7\n")).isEqualTo(7);
        assertThat(ChangeCounter.parse("")).isEqualTo(ChangeCounter.UNKNOWN);
        assertThat(ChangeCounter.parse("x\n")).isEqualTo(ChangeCounter.UNKNOWN);
        assertThat(ChangeCounter.parse("-4\n")).isEqualTo(ChangeCounter.UNKNOWN);
        assertThat(ChangeCounter.parse(ChangeCounter.record(8).replace('8', '6'))).isEqualTo(ChangeCounter.UNKNOWN);
    }

    @Test
    void writesInPlaceAndCutsALongerFileToOneRecord() throws IOException {
        Path file = dir.resolve(".ctg-store.changes");
        Files.writeString(file, "12" + " ".repeat(100) + "garbage\n");
        ChangeCounter counter = new ChangeCounter(file);
        Object identity = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        assertThat(counter.read()).isEqualTo(ChangeCounter.UNKNOWN);
        counter.settle();
        long settled = counter.read();
        assertThat(ChangeCounter.isSettled(settled)).isTrue();
        assertThat(counter.beginWrite()).isEqualTo(settled);
        assertThat(counter.read()).isEqualTo(settled + 1);
        assertThat(counter.endWrite(settled)).isEqualTo(settled + 2);

        assertThat(counter.read()).isEqualTo(settled + 2);
        assertThat(Files.size(file)).isEqualTo(ChangeCounter.RECORD_LENGTH);
        assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(identity);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriteBegunAgainWithoutEndingIsTakenAsDeadAndTheCounterStaysOrdered() {
        ChangeCounter counter = new ChangeCounter(dir.resolve(".ctg-store.changes"));
        long first = counter.beginWrite();
        assertThat(counter.read()).isEqualTo(first + 1);

        // The first write never ended (its writer failed before endWrite): the next one starts past it.
        long second = counter.beginWrite();
        assertThat(second).isEqualTo(first + 2);
        assertThat(counter.read()).isEqualTo(second + 1);
        assertThat(counter.endWrite(second)).isEqualTo(second + 2);
        assertThat(counter.read()).isEqualTo(second + 2);
        assertThat(ChangeCounter.isSettled(counter.read())).isTrue();
    }

    @Test
    void aLinkInPlaceOfTheCounterIsRefusedAndNothingOutsideIsWritten() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "someone's file\n");
        Path file = Files.createSymbolicLink(dir.resolve(".ctg-store.changes"), outside);
        ChangeCounter counter = new ChangeCounter(file);

        assertThatThrownBy(counter::beginWrite).isInstanceOf(StorageException.class)
                .hasMessageContaining("symbolic link").hasMessageContaining("Remove the link");
        assertThat(Files.readString(outside)).isEqualTo("someone's file\n");
    }

    private static String mix(byte[] before, byte[] after, int from, int to) {
        byte[] mixed = before.clone();
        System.arraycopy(after, from, mixed, from, to - from);
        return new String(mixed, StandardCharsets.US_ASCII);
    }

    private static void assertOldNewOrUnknown(String record, long old) {
        assertThat(ChangeCounter.parse(record)).as("%s", record).isIn(old, old + 1, ChangeCounter.UNKNOWN);
    }
}
