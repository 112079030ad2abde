package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionDocuments;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ctg export ID [-o FILE]}: the convention as an interchange document, on stdout or in a file. */
@Command(name = "export")
final class ExportCommand extends CliCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "ctg.export.id")
    private String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "ctg.export.output")
    private Path output;

    @Mixin
    private StoreOption store;

    @Override
    protected int run() {
        Convention convention;
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            convention = requireConvention(opened, id);
        }
        if (output == null) {
            ByteArrayOutputStream document = new ByteArrayOutputStream();
            ConventionDocuments.write(convention, document);
            out().print(document.toString(StandardCharsets.UTF_8));
            out().flush();
        } else {
            WholeFiles.write(output, text(), out -> ConventionDocuments.write(convention, out));
            out().println(text().get("export.done", convention.getId(), convention.getVersion(), output));
        }
        return ExitCodes.OK;
    }
}
