package io.github.ctglib.format.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes one convention as a JSON document of the public format {@value #FORMAT}: the files of
 * the JSON store, the documents of the JDBC store and the interchange document of export and import (see
 * {@link ConventionDocuments}). Thread-safe and immutable.
 *
 * <p>The format, in short (the JSON Schema at {@link #SCHEMA_RESOURCE} says it exactly):
 * <ul>
 *   <li>{@code "format": "ctg-convention/3"} first; a reader refuses other formats and later versions, and
 *       upgrades earlier ones ({@link FormatUpgrades});
 *   <li>English field names, those of the model ({@code title}, {@code caf.departementCode},
 *       {@code actions[].budget[].amount}); enums by their constant names ({@code "EARLY_CHILDHOOD"});
 *   <li>dates ISO ({@code "2024-03-06"}); revision instants ISO in UTC;
 *   <li>decimals (amounts, indicator values) as <em>strings</em> in plain notation ({@code "180000.00"}):
 *       a JSON number is read as a binary double by JavaScript, jq, spreadsheets and Python's default
 *       reader, which rounds large amounts and drops the scale ("180000.00" becomes 180000); a string keeps
 *       every digit and the cents, and this reader refuses a number rather than guess;
 *   <li>strict: a field the format does not define is an error naming it (a misspelt field would otherwise
 *       be dropped silently and lost at the next save).
 * </ul>
 *
 * <p>Limits, enforced by Jackson's {@link StreamReadConstraints} while parsing: {@value #MAX_DOCUMENT_BYTES}
 * bytes per document, {@value #MAX_NESTING_DEPTH} levels of nesting (a convention uses 10), strings of
 * {@value #MAX_STRING_LENGTH} characters (the model's longest text is 20,000: longer ones are reported by
 * the domain rule with their path, absurd ones by the parser), names of {@value #MAX_NAME_LENGTH} characters,
 * numbers of {@value #MAX_NUMBER_LENGTH} digits. Duplicate fields and content after the document are errors.
 *
 * <p>A host's {@link JsonMapper} ({@link #using}) is copied, never changed. The copy keeps the host's
 * settings (character escaping, node factory, features) except what the format fixes: the limits above,
 * duplicate detection, numbers written as numbers, the layout (two-space indent, one array element
 * per line, "\n" line ends, so that files diff well) and leaving the caller's streams open.
 */
public final class ConventionJson {

    /** The format this version writes and reads. */
    public static final String FORMAT = "ctg-convention/3";
    /** The JSON Schema (draft 2020-12) of {@link #FORMAT}, a class-path resource of this jar. */
    public static final String SCHEMA_RESOURCE = "/io/github/ctglib/format/json/ctg-convention-3.schema.json";

    /** The largest document read, in bytes (16 MiB). */
    public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** The longest string value read, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest field name read, in characters. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The longest number read, in digits. */
    public static final int MAX_NUMBER_LENGTH = 20;

    /** The version of {@link #FORMAT}: one more than the upgrades (a test checks the two agree). */
    static final int FORMAT_VERSION = 3;
    private static final Pattern FORMAT_NAME = Pattern.compile("ctg-convention/([0-9]{1,9})");
    private static final String EMPTY = "the document is empty";
    private static final String NOT_AN_OBJECT =
            "a convention document is a JSON object starting with \"format\": \"" + FORMAT + "\"";
    /** Parts of Jackson's messages that say nothing to a reader: the source is named already, offsets unknown. */
    private static final Pattern PARSER_NOISE =
            Pattern.compile("Source: REDACTED \\([^)]*\\); | \\(start marker at \\[byte offset: #UNKNOWN\\]\\)");
    private static final ConventionJson STANDARD = using(JsonMapper.builder().build());

    /** Jackson's words for a duplicate found while building the tree, told as the parser tells it. */
    private static final Pattern DUPLICATE_IN_TREE = Pattern.compile(
            "Duplicate property (\".*\") for `ObjectNode`: not allowed when `[^`]*` enabled");

    private final JsonMapper mapper;
    /** For whole documents: the tree refuses duplicates as it is built (cheaper than the parser's detector). */
    private final JsonFactory readFactory;
    /** For the head scan, which skips most of the document unbuilt: the parser itself refuses duplicates. */
    private final JsonFactory scanFactory;
    private final ObjectWriter writer;

    private ConventionJson(JsonMapper mapper, JsonFactory readFactory, JsonFactory scanFactory, ObjectWriter writer) {
        this.mapper = mapper;
        this.readFactory = readFactory;
        this.scanFactory = scanFactory;
        this.writer = writer;
    }

    /** {@return the codec with Jackson's default mapper} */
    public static ConventionJson standard() {
        return STANDARD;
    }

    /**
     * A codec on a copy of {@code hostMapper}, which is left as it is.
     *
     * @param hostMapper the host's mapper, whose settings the copy keeps except what the format fixes
     * @return the codec
     */
    public static ConventionJson using(JsonMapper hostMapper) {
        Objects.requireNonNull(hostMapper, "hostMapper");
        JsonMapper copy = hostMapper.rebuild()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                // Exact numbers in the tree, so that an error about a number shows it as written.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // Checked by parse() itself, with a message that says what is wrong in words.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        // A mapper's token factory cannot be swapped, so parsing goes through a copy of it with the limits.
        JsonFactory readFactory = copy.tokenStreamFactory().rebuild()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        JsonFactory scanFactory = readFactory.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        LineIndenter indenter = new LineIndenter();
        DefaultPrettyPrinter layout = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        return new ConventionJson(copy, readFactory, scanFactory, copy.writer().with(layout));
    }

    /**
     * Writes {@code convention} as a document of format {@link #FORMAT}; {@code out} is left open.
     *
     * @param convention the convention to write
     * @param out where the document goes
     */
    public void write(Convention convention, OutputStream out) {
        write(convention, Optional.empty(), out);
    }

    /**
     * Reads one convention document.
     *
     * @param in the document, left open
     * @param sourceName names the document in error messages, e.g. its file name
     * @return the convention it holds
     * @throws InvalidDocumentException naming {@code sourceName} and every problem found
     * @throws StorageException         when {@code in} cannot be read
     */
    public Convention read(InputStream in, String sourceName) {
        return readContent(in, sourceName).convention();
    }

    /**
     * Writes {@code convention} with the revision metadata a store keeps beside it; {@code out} is left open.
     *
     * @param convention the convention to write
     * @param revision the revision it is, when a store writes it
     * @param out where the document goes
     */
    public void write(Convention convention, Optional<Revision> revision, OutputStream out) {
        write(convention, revision, out, null);
    }

    private void write(Convention convention, Optional<Revision> revision, OutputStream out, StreamedObject.Reuse reuse) {
        // Streamed, no tree built first: the same bytes, in a third less time (a store serialises on every save).
        try (JsonGenerator generator = writer.createGenerator(out)) {
            StreamedObject root = StreamedObject.root(generator, reuse);
            ConventionDocument.write(convention, revision, root);
            root.end();
        } catch (JacksonException e) {
            throw new StorageException("Could not write convention " + convention.getId() + ": "
                    + e.getOriginalMessage(), e);
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new StorageException("Could not write convention " + convention.getId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The document of {@code convention} (with a store's revision metadata, if given) as UTF-8 bytes.
     *
     * @param convention the convention to write
     * @param revision the revision it is, when a store writes it
     * @return the document's bytes
     */
    public byte[] toBytes(Convention convention, Optional<Revision> revision) {
        StreamedObject.Buffer bytes = new StreamedObject.Buffer(ByteBuffer.allocate(64 * 1024));
        write(convention, revision, bytes, null);
        return bytes.toByteArray();
    }

    /**
     * The same bytes as {@link #toBytes(Convention, Optional)}, written faster when {@code parts} holds the
     * last document of this convention: the elements of its lists that are the very objects written then are
     * copied, not serialised again (see {@link ReusableParts}); {@code parts} then holds this document's.
     *
     * @param convention the convention to write
     * @param revision the revision it is, when a store writes it
     * @param parts the parts of this convention's last document, written with this codec; updated
     * @return the document's bytes
     */
    public byte[] toBytes(Convention convention, Optional<Revision> revision, ReusableParts parts) {
        ByteBuffer document = toBuffer(convention, revision, parts);
        byte[] bytes = new byte[document.remaining()];
        document.get(bytes);
        return bytes;
    }

    /**
     * The bytes of {@link #toBytes(Convention, Optional, ReusableParts)} without their copy into an array: in
     * a direct buffer of {@code parts}, which a {@link java.nio.channels.FileChannel} writes from as it is (it
     * copies an array first). Read-only, and valid until the next write through {@code parts}, which reuses it.
     *
     * @param convention the convention to write
     * @param revision the revision it is, when a store writes it
     * @param parts the parts of this convention's last document, written with this codec; updated
     * @return the document's bytes, from position 0 to the limit
     */
    public ByteBuffer toBuffer(Convention convention, Optional<Revision> revision, ReusableParts parts) {
        StreamedObject.Buffer bytes = new StreamedObject.Buffer(parts.output());
        StreamedObject.Reuse reuse = new StreamedObject.Reuse(bytes, parts.forWriteWith(this));
        write(convention, revision, bytes, reuse);
        parts.replace(this, reuse.next(), bytes.buffer());
        return bytes.content();
    }

    /**
     * {@link #readContent} of a document held in memory.
     *
     * @param bytes the document, UTF-8
     * @param sourceName names the document in error messages
     * @return the convention and the revision metadata it holds
     */
    public ConventionDocument.Content fromBytes(byte[] bytes, String sourceName) {
        return readContent(new ByteArrayInputStream(bytes), sourceName);
    }

    /**
     * Reads a document with the revision metadata a store wrote in it, upgrading an earlier format version.
     *
     * @param in the document, left open
     * @param sourceName names the document in error messages
     * @return the convention and the revision metadata it holds
     * @throws InvalidDocumentException naming {@code sourceName} and every problem found
     */
    public ConventionDocument.Content readContent(InputStream in, String sourceName) {
        JsonNode root = parse(in, sourceName);
        FormatUpgrades.toCurrent(root, checkFormat(root, sourceName));
        TreeReading reading = new TreeReading();
        ConventionDocument.Content content = ConventionDocument.read(root, reading);
        if (content == null || !reading.problems().isEmpty()) {
            throw new InvalidDocumentException(sourceName, reading.problems());
        }
        return content;
    }

    /**
     * Reads what the store's index needs of a document without building its convention: its format and the
     * fields of the summary, from the head of the document. It stops once it has seen them all — the writer
     * puts them first — so a stored document costs a read of its first few kilobytes; a document that lacks
     * some (edited by hand) is scanned to its end. What lies after is checked by {@link #readContent}.
     *
     * @param in the document, left open
     * @param sourceName names the document in error messages
     * @return the summary
     */
    public DocumentSummary scanSummary(InputStream in, String sourceName) {
        ObjectNode part = mapper.createObjectNode();
        parsing(scanFactory, in, sourceName, parser -> {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidDocumentException(sourceName, List.of(first == null ? EMPTY : NOT_AN_OBJECT));
            }
            while (part.size() < DocumentSummary.FIELDS.size() && parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (DocumentSummary.FIELDS.contains(name)) {
                    part.set(name, mapper.readTree(parser));
                } else {
                    parser.skipChildren();
                }
            }
            return part.size() < DocumentSummary.FIELDS.size(); // read to the end: check what follows
        });
        FormatUpgrades.toCurrent(part, checkFormat(part, sourceName));
        TreeReading reading = new TreeReading();
        DocumentSummary summary = DocumentSummary.read(part, reading);
        if (summary == null || !reading.problems().isEmpty()) {
            throw new InvalidDocumentException(sourceName, reading.problems());
        }
        return summary;
    }

    private JsonNode parse(InputStream in, String sourceName) {
        JsonNode[] root = new JsonNode[1];
        parsing(readFactory, in, sourceName, parser -> {
            root[0] = mapper.readTree(parser);
            if (root[0] == null || root[0].isMissingNode()) {
                throw new InvalidDocumentException(sourceName, List.of(EMPTY));
            }
            return true;
        });
        return root[0];
    }

    /**
     * Runs {@code body} on a parser with the format's limits; when it says it read the whole document, checks
     * that nothing follows. Turns the parser's errors into document problems.
     */
    private static void parsing(JsonFactory factory, InputStream in, String sourceName,
            java.util.function.Predicate<JsonParser> body) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            if (body.test(parser) && parser.nextToken() != null) {
                throw new InvalidDocumentException(sourceName, List.of("there is more content after the document"
                        + at(parser.currentTokenLocation()) + "; a file holds one convention"));
            }
        } catch (JacksonIOException e) {
            throw new StorageException("Could not read " + sourceName + ": " + e.getOriginalMessage(), e);
        } catch (StreamConstraintsException e) {
            throw new InvalidDocumentException(sourceName, List.of("it is beyond the limits of format " + FORMAT
                    + " (" + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB, " + MAX_NESTING_DEPTH + " levels of nesting, "
                    + MAX_STRING_LENGTH + " characters per string): " + e.getOriginalMessage()), e);
        } catch (JacksonException e) {
            throw new InvalidDocumentException(sourceName,
                    List.of("it is not valid JSON" + at(e.getLocation()) + ": " + withoutSourceNote(e)), e);
        } catch (UncheckedIOException e) {
            throw new StorageException("Could not read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    private static String withoutSourceNote(JacksonException e) {
        String message = PARSER_NOISE.matcher(e.getOriginalMessage()).replaceAll("");
        return DUPLICATE_IN_TREE.matcher(message).replaceAll("Duplicate Object property $1");
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * A document of another kind or of a later format version is refused before its fields are read.
     *
     * @return the document's format version, at most {@link #FORMAT_VERSION}
     */
    private static int checkFormat(JsonNode root, String sourceName) {
        if (!root.isObject()) {
            throw new InvalidDocumentException(sourceName, List.of(NOT_AN_OBJECT));
        }
        JsonNode format = root.get("format");
        if (format == null) {
            throw new InvalidDocumentException(sourceName, List.of("/: the field \"format\" is missing; a convention"
                    + " document starts with \"format\": \"" + FORMAT + "\""));
        }
        Matcher name = format.isString() ? FORMAT_NAME.matcher(format.stringValue()) : null;
        if (name == null || !name.matches()) {
            throw new InvalidDocumentException(sourceName, List.of("/format: " + format
                    + " is not a ctg convention format; this version reads \"" + FORMAT + "\""));
        }
        int version = Integer.parseInt(name.group(1));
        if (version > FORMAT_VERSION) {
            throw new InvalidDocumentException(sourceName, List.of("/format: it was written in format "
                    + format.stringValue() + ", newer than this version of ctg reads (" + FORMAT
                    + "); upgrade ctg to read it"));
        }
        if (version < 1) {
            throw new InvalidDocumentException(sourceName, List.of("/format: format " + format.stringValue()
                    + " never existed; this version reads \"" + FORMAT + "\" and the versions before it"));
        }
        return version;
    }

    /**
     * A line end and two spaces per level, as Jackson's {@code DefaultIndenter("  ", "\n")} writes them, but
     * from bytes encoded once per level: indenting was a tenth of writing a large document.
     */
    private static final class LineIndenter implements DefaultPrettyPrinter.Indenter {
        private static final SerializableString[] LEVELS = new SerializableString[2 * MAX_NESTING_DEPTH];

        static {
            for (int level = 0; level < LEVELS.length; level++) {
                LEVELS[level] = new SerializedString("\n" + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator generator, int level) {
            generator.writeRaw(level < LEVELS.length ? LEVELS[level] : new SerializedString("\n" + "  ".repeat(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
