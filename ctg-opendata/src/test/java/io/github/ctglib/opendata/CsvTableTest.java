package io.github.ctglib.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void readsSemicolonsQuotesCrlfAndAByteOrderMark() throws IOException {
        byte[] text = "\uFEFFannee;numcom;\"nom\"\r\n2022;34108;\"Frontignan; la \"\"Peyrade\"\"\"\r\n\r\n2023;34301;\"Sète\r\nport\"\r\n"
                .getBytes(StandardCharsets.UTF_8);
        CsvTable table = CsvTable.read(write("a.csv", text));

        assertThat(table.header()).containsExactly("annee", "numcom", "nom");
        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.isUtf8()).isTrue();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells()).containsExactly("2022", "34108", "Frontignan; la \"Peyrade\"");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).cells().get(2)).isEqualTo("Sète\r\nport");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.column("NUMCOM")).contains(1);
    }

    @Test
    void commasWhenTheHeaderHasNoSemicolon() throws IOException {
        CsvTable table = CsvTable.read(write("b.csv", "CODGEO,TP6021\n34108,17.4\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.rows().get(0).cells()).containsExactly("34108", "17.4");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252() throws IOException {
        CsvTable table = CsvTable.read(write("c.csv", "CODGEO;LIBGEO\n34301;Sète\n".getBytes(Charset.forName("windows-1252"))));

        assertThat(table.isUtf8()).isFalse();
        assertThat(table.rows().get(0).cells()).containsExactly("34301", "Sète");
    }

    @Test
    void aRowOfAnotherWidthIsNamedByItsLine() throws IOException {
        Path file = write("d.csv", "annee;numcom;txcouv_com\n2022;34108;55,2\n2022;34301\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CsvTable.read(file)).isInstanceOfSatisfying(OpenDataException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(3);
        }).hasMessage(file + ":3: this row has 2 fields and the header 3 (fields apart by ';')");
    }

    @Test
    void anUnclosedQuoteAndAnEmptyFileAreErrors() throws IOException {
        Path quote = write("e.csv", "a;b\n1;\"open\n2;3\n".getBytes(StandardCharsets.UTF_8));
        Path empty = write("f.csv", new byte[0]);

        assertThatThrownBy(() -> CsvTable.read(quote)).hasMessage(quote + ":2: a quoted field opened on this line is never closed");
        assertThatThrownBy(() -> CsvTable.read(empty)).hasMessageContaining("empty file");
    }
}
