package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.testsupport.ChildJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile documents are refused within 256 MB of heap: read by a child JVM that has no more. */
class HostileDocumentsMemoryTest {

    @TempDir
    Path temp;

    @Test
    void hostileDocumentsAreRefusedWithin256MegabytesOfHeap() throws Exception {
        Path store = temp.resolve("store");
        OutsideTheStoreTest.writeHostileDocuments(store);
        ChildJvm.Launcher plain = ChildJvm.Launcher.plain(HostileReading.class);
        List<String> command = new ArrayList<>(plain.command());
        command.add(1, "-Xmx256m");

        try (ChildJvm child = ChildJvm.start(new ChildJvm.Launcher(command, plain.mainClass()),
                temp.resolve("child.err"), store.toString())) {
            assertThat(child.remainingLines()).containsExactly("refused ctg-deep", "refused ctg-long",
                    "refused ctg-twice", "refused ctg-utf", "problems 4");
            assertThat(child.waitFor()).isZero();
        }
    }
}
