package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.Violation;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg validate FILE…}: reads each interchange document and judges it as the library does, by every rule
 * its stage implies, the territory against the bundled geography; prints each violation as
 * {@code FILE: CODE PATH: message}. The rules against a store are checked when it is imported.
 */
@Command(name = "validate")
final class ValidateCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "ctg.validate.files")
    private List<Path> files;

    @Override
    protected int run() {
        ConventionValidator validator = ConventionValidator.withGeographies(geographies());
        int valid = 0;
        int invalid = 0;
        int unreadable = 0;
        for (Path file : files) {
            Convention convention;
            try {
                convention = DocumentFiles.read(file, text());
            } catch (CliException e) {
                err().println(e.getMessage());
                unreadable++;
                continue;
            }
            List<Violation> violations = validator.validate(convention);
            for (Violation violation : violations) {
                out().println(file + ": " + text().describe(violation));
            }
            if (ConventionValidator.hasErrors(violations)) {
                invalid++;
            } else {
                valid++;
                out().println(file + ": " + text().get("validate.valid", convention.getId()));
            }
        }
        out().println(text().get("validate.summary", text().count(files.size(), "file"), valid, invalid,
                unreadable));
        if (unreadable > 0) {
            return ExitCodes.BAD_INPUT;
        }
        return invalid > 0 ? ExitCodes.REFUSED : ExitCodes.OK;
    }
}
