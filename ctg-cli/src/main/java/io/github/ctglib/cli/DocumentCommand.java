package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.documents.BilanFormat;
import io.github.ctglib.documents.CtgDocuments;
import io.github.ctglib.documents.DocumentTemplate;
import io.github.ctglib.documents.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ctg document convention|amendment|bilan ID …}: the paper of a convention — the convention and an amendment
 * as ODT, DOCX or PDF, the yearly bilan as PDF or HTML — written whole or not at all.
 */
@Command(name = "document", subcommands = {DocumentCommand.ConventionDocument.class,
        DocumentCommand.AmendmentDocument.class, DocumentCommand.BilanDocument.class})
final class DocumentCommand extends CliCommand {

    @Spec
    private CommandSpec spec;

    /** {@code ctg document} without a document: the usage, and the exit code of bad usage. */
    @Override
    protected int run() {
        spec.commandLine().usage(err());
        return ExitCodes.BAD_INPUT;
    }

    /** What the three documents share: the convention's id, the output file, the store. */
    abstract static class Subcommand implements Callable<Integer> {

        @ParentCommand
        DocumentCommand document;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "ctg.document.id")
        String id;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
                descriptionKey = "ctg.document.output")
        Path output;

        @Mixin
        StoreOption store;

        @Override
        public final Integer call() {
            Convention convention;
            try (Store opened = document.openStore(store.uri, Stores.Access.READ)) {
                convention = document.requireConvention(opened, id);
            }
            String extension = write(convention);
            document.out().println(document.text().get("document.done", what(convention), extension, output));
            return ExitCodes.OK;
        }

        /** Checks the request against the convention, writes the file, returns the format's extension. */
        abstract String write(Convention convention);

        /** The document named in the confirmation: "la convention ctg-34-…", "l'avenant n°1 de …". */
        abstract String what(Convention convention);

        Messages text() {
            return document.text();
        }

        /** The format asked, or the one of the file's extension. */
        <E extends Enum<E>> E format(E asked, Class<E> formats, String names) {
            if (asked != null) {
                return asked;
            }
            String name = output.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
            for (E format : formats.getEnumConstants()) {
                if (format.name().equals(extension)) {
                    return format;
                }
            }
            throw CliException.badInput(text().get("document.format.unknown", output, names));
        }

        CtgDocuments documents(Path template, boolean amendment) {
            CtgDocuments documents = CtgDocuments.standard();
            if (template == null) {
                return documents;
            }
            try {
                DocumentTemplate standard = DocumentTemplate.standard();
                return documents.withTemplate(amendment ? standard.withAmendmentArticles(template)
                        : standard.withConventionArticles(template));
            } catch (UncheckedIOException | IllegalArgumentException e) {
                throw CliException.badInput(text().get("document.template.unusable", template, e.getMessage()), e);
            }
        }

        void writeWhole(WholeFile.Content content) {
            try {
                WholeFile.write(output, content);
            } catch (IOException | UncheckedIOException e) {
                throw CliException.badInput(text().get("document.failed", output, e.getMessage()), e);
            } catch (IllegalArgumentException e) {
                // A template that fails on this convention (a section over a value it cannot iterate…).
                throw CliException.badInput(text().get("document.template.failed", e.getMessage()), e);
            }
        }
    }

    /** {@code ctg document convention ID -o FILE [--format odt|docx|pdf] [--template FILE]}. */
    @Command(name = "convention")
    static final class ConventionDocument extends Subcommand {

        @Option(names = "--format", paramLabel = "odt|docx|pdf", descriptionKey = "ctg.document.format")
        Format format;

        @Option(names = "--template", paramLabel = "FILE", descriptionKey = "ctg.document.convention.template")
        Path template;

        @Override
        String write(Convention convention) {
            Format chosen = format(format, Format.class, "odt, docx, pdf");
            CtgDocuments documents = documents(template, false);
            writeWhole(out -> documents.convention(convention, chosen, out));
            return chosen.extension();
        }

        @Override
        String what(Convention convention) {
            return text().get("document.what.convention", convention.getId());
        }
    }

    /** {@code ctg document amendment ID N -o FILE [--format odt|docx|pdf] [--template FILE]}. */
    @Command(name = "amendment")
    static final class AmendmentDocument extends Subcommand {

        @Parameters(index = "1", paramLabel = "N", descriptionKey = "ctg.document.amendment.number")
        int number;

        @Option(names = "--format", paramLabel = "odt|docx|pdf", descriptionKey = "ctg.document.format")
        Format format;

        @Option(names = "--template", paramLabel = "FILE", descriptionKey = "ctg.document.amendment.template")
        Path template;

        @Override
        String write(Convention convention) {
            if (convention.getAmendments().stream().noneMatch(a -> a.getNumber() == number)) {
                String known = convention.getAmendments().stream().map(a -> "n°" + a.getNumber())
                        .collect(Collectors.joining(", "));
                throw CliException.refused(known.isEmpty()
                        ? text().get("document.amendment.none", convention.getId(), number)
                        : text().get("document.amendment.unknown", convention.getId(), number, known));
            }
            Format chosen = format(format, Format.class, "odt, docx, pdf");
            CtgDocuments documents = documents(template, true);
            writeWhole(out -> documents.amendment(convention, number, chosen, out));
            return chosen.extension();
        }

        @Override
        String what(Convention convention) {
            return text().get("document.what.amendment", number, convention.getId());
        }
    }

    /** {@code ctg document bilan ID --year Y -o FILE [--format pdf|html]}. */
    @Command(name = "bilan")
    static final class BilanDocument extends Subcommand {

        @Option(names = "--year", paramLabel = "Y", required = true, descriptionKey = "ctg.document.bilan.year")
        int year;

        @Option(names = "--format", paramLabel = "pdf|html", descriptionKey = "ctg.document.bilan.format")
        BilanFormat format;

        @Override
        String write(Convention convention) {
            int from = convention.getValidity().getFrom().getYear();
            int to = convention.getValidity().getTo().getYear();
            if (year < from || year > to) {
                throw CliException.refused(text().get("document.bilan.year", year, convention.getId(), from, to));
            }
            BilanFormat chosen = format(format, BilanFormat.class, "pdf, html");
            CtgDocuments documents = CtgDocuments.standard();
            writeWhole(out -> documents.bilan(convention, year, chosen, out));
            return chosen.extension();
        }

        @Override
        String what(Convention convention) {
            return text().get("document.what.bilan", year, convention.getId());
        }
    }
}
