package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.ports.StorageException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new file written under its name, never over someone else's file; a file replaced leaves no temp file. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileHoldsItsContentAndTheWorkBeforeItsFsyncRuns() throws Exception {
        Path file = dir.resolve("1.json");
        boolean[] ran = {false};
        AtomicFiles.writeNew(file, ByteBuffer.wrap("{}".getBytes(StandardCharsets.UTF_8)), true, () -> ran[0] = true);
        assertThat(file).hasContent("{}");
        assertThat(ran[0]).isTrue();
    }

    @Test
    void aFileAlreadyThereIsRefusedAndKept() throws Exception {
        Path file = Files.writeString(dir.resolve("1.json"), "someone's");
        assertThatThrownBy(() -> AtomicFiles.writeNew(file, ByteBuffer.wrap(new byte[] {'x'}), true, () -> {}))
                .isInstanceOf(StorageException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("move it out of the store");
        assertThat(file).hasContent("someone's");
    }

    @Test
    void aFileReplacedWithoutFsyncLeavesOnlyTheNewContent() throws Exception {
        Path file = Files.writeString(dir.resolve("a.json"), "old");
        AtomicFiles.writeUnsynced(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
