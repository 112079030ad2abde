package io.github.ctglib.documents;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The texts of the articles of the convention and of the amendment: two Mustache templates, the project's default
 * French ones ({@link #standard()}) or a CAF's own ({@link #withConventionArticles(Path)},
 * {@link #withAmendmentArticles(Path)}). The variables each template sees are listed in the module's README.
 *
 * <p>A template writes plain text, read line by line: {@code # Article 1 – Objet} is an article heading,
 * {@code ## …} a heading below it, {@code - …} an item of a list, a blank line ends a paragraph (the lines of one
 * paragraph are joined). Values are inserted as they are (no HTML escaping): each format escapes what it needs.
 * A template that does not compile is refused at once with its name and line.
 */
public final class DocumentTemplate {

    private static final String CONVENTION_DEFAULT = "convention-articles.mustache";
    private static final String AMENDMENT_DEFAULT = "amendment-articles.mustache";

    private final String conventionName;
    private final Mustache convention;
    private final String amendmentName;
    private final Mustache amendment;

    private DocumentTemplate(String conventionName, Mustache convention, String amendmentName, Mustache amendment) {
        this.conventionName = conventionName;
        this.convention = convention;
        this.amendmentName = amendmentName;
        this.amendment = amendment;
    }

    /**
     * The project's default French texts.
     *
     * @return the standard template
     */
    public static DocumentTemplate standard() {
        return new DocumentTemplate(CONVENTION_DEFAULT, compile(CONVENTION_DEFAULT, resource(CONVENTION_DEFAULT)),
                AMENDMENT_DEFAULT, compile(AMENDMENT_DEFAULT, resource(AMENDMENT_DEFAULT)));
    }

    /**
     * This template with the convention's articles taken from {@code text}, named {@code name} in error messages.
     *
     * @param name what error messages call the template, e.g. its file
     * @param text the Mustache template
     * @return a copy with these convention articles
     * @throws IllegalArgumentException when the text is not a valid Mustache template (the message names the line)
     */
    public DocumentTemplate withConventionArticles(String name, String text) {
        return new DocumentTemplate(name, compile(name, text), amendmentName, amendment);
    }

    /**
     * This template with the convention's articles read from a UTF-8 file.
     *
     * @param file the Mustache template
     * @return a copy with these convention articles
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public DocumentTemplate withConventionArticles(Path file) {
        return withConventionArticles(file.toString(), read(file));
    }

    /**
     * This template with the amendment's articles taken from {@code text}, named {@code name} in error messages.
     *
     * @param name what error messages call the template, e.g. its file
     * @param text the Mustache template
     * @return a copy with these amendment articles
     * @throws IllegalArgumentException when the text is not a valid Mustache template (the message names the line)
     */
    public DocumentTemplate withAmendmentArticles(String name, String text) {
        return new DocumentTemplate(conventionName, convention, name, compile(name, text));
    }

    /**
     * This template with the amendment's articles read from a UTF-8 file.
     *
     * @param file the Mustache template
     * @return a copy with these amendment articles
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public DocumentTemplate withAmendmentArticles(Path file) {
        return withAmendmentArticles(file.toString(), read(file));
    }

    /**
     * The text of the project's default convention articles, to start a CAF's own from.
     *
     * @return the Mustache text
     */
    public static String standardConventionArticles() {
        return resource(CONVENTION_DEFAULT);
    }

    /**
     * The text of the project's default amendment articles, to start a CAF's own from.
     *
     * @return the Mustache text
     */
    public static String standardAmendmentArticles() {
        return resource(AMENDMENT_DEFAULT);
    }

    String conventionArticles(Map<String, Object> scope) {
        return render(conventionName, convention, scope);
    }

    String amendmentArticles(Map<String, Object> scope) {
        return render(amendmentName, amendment, scope);
    }

    private static String render(String name, Mustache mustache, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, scope).flush();
        } catch (MustacheException e) {
            throw new IllegalArgumentException("The template " + name + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Mustache compile(String name, String text) {
        Objects.requireNonNull(text, "text");
        try {
            return new PlainTextMustacheFactory().compile(new StringReader(text), name);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("The template " + name + " is not a valid Mustache template: "
                    + e.getMessage() + ". Check the {{#section}}…{{/section}} pairs.", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + file + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DocumentTemplate.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource templates/" + name + " in ctg-documents");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mustache writing values as they are: the texts are plain, each writer escapes for its format. */
    private static final class PlainTextMustacheFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("Cannot write " + value, e);
            }
        }
    }
}
