package io.github.ctglib.territory;

import io.github.ctglib.territory.GeographyFileException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a vintage of the official geography from Etalab's {@code @etalab/decoupage-administratif} package: the
 * npm tarball as published ({@code decoupage-administratif-6.0.0.tgz}), its unpacked folder, or its {@code data}
 * folder. It reads {@code data/communes.json}, {@code data/epci.json} and {@code data/departements.json} (and
 * {@code package.json} and {@code README.md} for the version and its year when present), the way
 * {@code ctg-core/src/build/geography/convert.py} reads them for the bundled resource, so that the bundled
 * vintage and the same package loaded here are equal.
 *
 * <p>Checked before anything is returned: every file is strict JSON of the expected shape; every commune code is
 * an INSEE code, once; every SIREN (EPCIs', communes') passes the Luhn check; every EPCI member is a current
 * commune, in one EPCI only; every commune's département exists; every former commune belongs to a current one.
 * Every problem names the file, the line and the column; any problem and nothing is loaded.
 */
final class EtalabGeography {

    private static final Logger LOG = LoggerFactory.getLogger(EtalabGeography.class);

    static final String COMMUNES = "communes.json";
    static final String EPCIS = "epci.json";
    static final String DEPARTEMENTS = "departements.json";
    private static final List<String> DATA_FILES = List.of(COMMUNES, EPCIS, DEPARTEMENTS);
    private static final String CURRENT = "commune-actuelle";
    private static final Map<String, FormerCommune.Kind> FORMER_KINDS =
            Map.of("commune-deleguee", FormerCommune.Kind.DELEGUEE, "commune-associee", FormerCommune.Kind.ASSOCIEE);
    /** A row of the package README's table of vintages: "| 2026  | 6.0.0  | …". */
    private static final Pattern VINTAGE_ROW = Pattern.compile("^\\|\\s*(\\d{4})\\s*\\|\\s*([0-9][0-9A-Za-z.\\-]*)\\s*\\|",
            Pattern.MULTILINE);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    /** The files of the package, by name ({@code communes.json}…), and the name to show for each. */
    private final Map<String, byte[]> contents = new HashMap<>();
    private final Map<String, String> shownNames = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private EtalabGeography() {}

    /**
     * Loads the package at {@code path}.
     *
     * @param path a {@code .tgz}/{@code .tar.gz}/{@code .tar} file, or a folder holding the JSON files (directly,
     *             in {@code data/} or in {@code package/data/})
     * @param year the vintage's year; empty to read it from the package's README table of vintages
     * @throws IOException             when a file cannot be read
     * @throws GeographyFileException  when the files are not a consistent geography (every problem listed)
     */
    static Geography load(Path path, OptionalInt year) throws IOException {
        long start = System.nanoTime();
        EtalabGeography reader = new EtalabGeography();
        if (Files.isDirectory(path)) {
            reader.readFolder(path);
        } else if (Files.isRegularFile(path)) {
            reader.readArchive(path);
        } else {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        Geography geography = reader.build(path, year);
        LOG.info("Loaded {} from {} in {} ms", geography, path, (System.nanoTime() - start) / 1_000_000);
        return geography;
    }

    // ------------------------------------------------------------------------------------------- the files

    private void readFolder(Path folder) throws IOException {
        Path data = folder;
        for (Path candidate : List.of(folder, folder.resolve("data"), folder.resolve("package").resolve("data"))) {
            if (Files.isRegularFile(candidate.resolve(COMMUNES))) {
                data = candidate;
                break;
            }
        }
        for (String name : DATA_FILES) {
            Path file = data.resolve(name);
            shownNames.put(name, file.toString());
            if (Files.isRegularFile(file)) {
                contents.put(name, Files.readAllBytes(file));
            }
        }
        Path root = data.getParent() != null && data.getFileName().toString().equals("data") ? data.getParent() : data;
        for (String name : List.of("package.json", "README.md")) {
            Path file = root.resolve(name);
            if (Files.isRegularFile(file)) {
                contents.put(name, Files.readAllBytes(file));
                shownNames.put(name, file.toString());
            }
        }
    }

    /** A tar archive, gzip'd or not: 512-byte headers, each entry padded to 512 bytes (POSIX ustar). */
    private void readArchive(Path archive) throws IOException {
        byte[] raw = Files.readAllBytes(archive);
        byte[] tar = raw;
        if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16)) {
                tar = in.readAllBytes();
            }
        }
        for (String name : DATA_FILES) {
            shownNames.put(name, archive + "!package/data/" + name);
        }
        int offset = 0;
        String longName = null;
        while (offset + 512 <= tar.length) {
            if (isZeroBlock(tar, offset)) {
                break;
            }
            String name = longName != null ? longName : tarName(tar, offset);
            longName = null;
            long size = octal(tar, offset + 124, 12, archive);
            char type = (char) tar[offset + 156];
            int body = offset + 512;
            if (size < 0 || body + size > tar.length) {
                throw new IOException(archive + ": truncated tar archive (entry " + name + ")");
            }
            if (type == 'x') {
                longName = paxPath(new String(tar, body, (int) size, StandardCharsets.UTF_8));
            } else if (type == 'L') {
                longName = new String(tar, body, (int) size, StandardCharsets.UTF_8).replace("\0", "");
            } else if (type == '0' || type == '\0') {
                String base = name.substring(name.lastIndexOf('/') + 1);
                boolean inData = name.endsWith("data/" + base);
                boolean atRoot = name.indexOf('/') == name.lastIndexOf('/');
                if ((inData && DATA_FILES.contains(base)) || (atRoot && (base.equals("package.json")
                        || base.equals("README.md")))) {
                    byte[] content = new byte[(int) size];
                    System.arraycopy(tar, body, content, 0, (int) size);
                    contents.put(base, content);
                    shownNames.put(base, archive + "!" + name);
                }
            }
            offset = body + (int) ((size + 511) / 512 * 512);
        }
        if (contents.isEmpty()) {
            throw new IOException(archive + ": not an Etalab decoupage-administratif package (a .tgz holding"
                    + " package/data/communes.json, epci.json and departements.json) nor a folder of those files");
        }
    }

    private static boolean isZeroBlock(byte[] tar, int offset) {
        for (int i = offset; i < offset + 512; i++) {
            if (tar[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String tarName(byte[] tar, int offset) {
        String name = cString(tar, offset, 100);
        String prefix = cString(tar, offset + 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String cString(byte[] tar, int from, int length) {
        int end = from;
        while (end < from + length && tar[end] != 0) {
            end++;
        }
        return new String(tar, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] tar, int from, int length, Path archive) throws IOException {
        String field = cString(tar, from, length).trim();
        try {
            return field.isEmpty() ? 0 : Long.parseLong(field, 8);
        } catch (NumberFormatException e) {
            throw new IOException(archive + ": not a tar archive (bad entry size \"" + field + "\")", e);
        }
    }

    /** The {@code path} record of a pax extended header ("27 path=package/data/x.json\n"), or null. */
    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------- the content

    private Geography build(Path path, OptionalInt year) {
        Map<String, JsonText.Node> parsed = new LinkedHashMap<>();
        for (String name : DATA_FILES) {
            byte[] content = contents.get(name);
            if (content == null) {
                problem(name, 0, 0, "missing: the package's data folder has no " + name);
                continue;
            }
            try {
                JsonText.Node root = JsonText.parse(utf8(content));
                if (!(root.value() instanceof List)) {
                    problem(name, root, "a JSON array was expected at the top of the file");
                } else {
                    parsed.put(name, root);
                }
            } catch (CharacterCodingException e) {
                problem(name, 0, 0, "not UTF-8 text");
            } catch (JsonText.SyntaxException e) {
                problem(name, e.line, e.column, "not JSON: " + e.getMessage());
            }
        }
        String version = version();
        OptionalInt vintageYear = year.isPresent() ? year : yearOf(version);
        if (vintageYear.isEmpty()) {
            problem(contents.containsKey("README.md") ? "README.md" : "package.json", 0, 0,
                    "the vintage's year is not known" + (version == null ? "" : " for version " + version)
                            + ": give it (Geography.fromEtalab(path, year), ctg --geography-year YEAR)");
        }
        if (problems.isEmpty()) {
            Geography geography = geography(parsed, "COG " + vintageYear.getAsInt(),
                    "Etalab decoupage-administratif" + (version == null ? "" : " " + version));
            if (problems.isEmpty()) {
                return geography;
            }
        }
        throw new GeographyFileException(problems);
    }

    private Geography geography(Map<String, JsonText.Node> parsed, String vintage, String source) {
        Map<String, Departement> departements = new TreeMap<>();
        for (JsonText.Node item : items(parsed.get(DEPARTEMENTS), DEPARTEMENTS)) {
            String code = text(item, "code", DEPARTEMENTS);
            String region = text(item, "region", DEPARTEMENTS);
            String name = text(item, "nom", DEPARTEMENTS);
            if (code != null && region != null && name != null
                    && departements.put(code, new Departement(code, name, region)) != null) {
                problem(DEPARTEMENTS, item, "département " + code + " listed twice");
            }
        }

        List<JsonText.Node> communeItems = items(parsed.get(COMMUNES), COMMUNES);
        Map<String, JsonText.Node> current = new LinkedHashMap<>();
        for (JsonText.Node item : communeItems) {
            if (CURRENT.equals(text(item, "type", COMMUNES))) {
                String code = inseeCode(item, "code", COMMUNES);
                if (code != null && current.put(code, item) != null) {
                    problem(COMMUNES, item, "commune " + code + " listed twice");
                }
            }
        }

        Map<String, String> epciOf = new HashMap<>();
        List<String[]> epciFields = new ArrayList<>();
        Map<String, List<String>> members = new HashMap<>();
        for (JsonText.Node item : items(parsed.get(EPCIS), EPCIS)) {
            String siren = siren(item, "code", EPCIS, true);
            String kind = text(item, "type", EPCIS);
            String name = text(item, "nom", EPCIS);
            JsonText.Node membres = field(item, "membres", EPCIS, true);
            boolean whole = siren != null && kind != null && name != null && membres != null;
            if (whole && members.containsKey(siren)) {
                problem(EPCIS, item, "EPCI " + siren + " listed twice");
                whole = false;
            }
            List<String> codes = new ArrayList<>();
            if (whole) {
                members.put(siren, codes);
                epciFields.add(new String[] {siren, kind, name});
            }
            JsonText.Node given = field(item, "code", EPCIS, false);
            String epci = siren != null ? siren
                    : given != null && given.value() instanceof String raw ? raw : "at line " + item.line();
            // the members are checked even when the EPCI's own fields are wrong, so that every problem is told
            for (JsonText.Node member : items(membres, EPCIS)) {
                String code = text(member, "code", EPCIS);
                if (code == null) {
                    continue;
                }
                if (!current.containsKey(code)) {
                    problem(EPCIS, member, "member " + code + " of EPCI " + epci + " is not a current commune of "
                            + COMMUNES);
                } else if (epciOf.containsKey(code)) {
                    problem(EPCIS, member, "commune " + code + " is a member of two EPCIs: " + epciOf.get(code)
                            + " and " + epci);
                } else if (whole) {
                    epciOf.put(code, siren);
                    codes.add(code);
                }
                siren(member, "siren", EPCIS, false);
            }
        }

        Map<String, Commune> communes = new LinkedHashMap<>();
        current.forEach((code, item) -> {
            String name = text(item, "nom", COMMUNES);
            String departement = text(item, "departement", COMMUNES);
            int population = population(item);
            String siren = siren(item, "siren", COMMUNES, false);
            if (departement != null && !departements.containsKey(departement)) {
                problem(COMMUNES, field(item, "departement", COMMUNES, true),
                        "commune " + code + " is in département " + departement + ", which " + DEPARTEMENTS
                                + " does not list");
            } else if (name != null && departement != null && population >= 0) {
                communes.put(code, new Commune(code, name, departement, epciOf.get(code), population, siren));
            }
        });

        Map<String, FormerCommune> formers = new TreeMap<>();
        for (JsonText.Node item : communeItems) {
            FormerCommune.Kind kind = FORMER_KINDS.get(text(item, "type", COMMUNES));
            if (kind == null) {
                continue;
            }
            String code = inseeCode(item, "code", COMMUNES);
            if (code == null || current.containsKey(code)) {
                continue; // the chef-lieu keeps its code: a current commune
            }
            String name = text(item, "nom", COMMUNES);
            String chefLieu = text(item, "chefLieu", COMMUNES);
            if (name == null || chefLieu == null) {
                continue;
            }
            Commune commune = communes.get(chefLieu);
            if (commune == null) {
                if (!current.containsKey(chefLieu)) {
                    problem(COMMUNES, field(item, "chefLieu", COMMUNES, true), "former commune " + code
                            + " belongs to " + chefLieu + ", which is not a current commune");
                }
            } else if (formers.put(code, new FormerCommune(code, name, kind, commune)) != null) {
                problem(COMMUNES, item, "former commune " + code + " listed twice");
            }
        }

        List<Epci> epcis = new ArrayList<>();
        for (String[] f : epciFields) {
            List<String> codes = members.get(f[0]);
            codes.sort(null);
            epcis.add(new Epci(f[0], f[2], f[1], codes));
        }
        return new LoadedGeography(vintage, source, communes.values(), epcis, departements.values(),
                formers.values());
    }

    private List<JsonText.Node> items(JsonText.Node array, String file) {
        if (array == null) {
            return List.of();
        }
        if (!(array.value() instanceof List<?> list)) {
            problem(file, array, "a JSON array was expected");
            return List.of();
        }
        List<JsonText.Node> objects = new ArrayList<>(list.size());
        for (Object element : list) {
            JsonText.Node node = (JsonText.Node) element;
            if (node.value() instanceof Map) {
                objects.add(node);
            } else {
                problem(file, node, "a JSON object was expected");
            }
        }
        return objects;
    }

    @SuppressWarnings("unchecked")
    private JsonText.Node field(JsonText.Node object, String key, String file, boolean required) {
        JsonText.Node value = ((Map<String, JsonText.Node>) object.value()).get(key);
        if ((value == null || value.isNull()) && required) {
            problem(file, object, "\"" + key + "\" is missing");
            return null;
        }
        return value == null || value.isNull() ? null : value;
    }

    /** A non-blank string member, or null (a problem recorded when it is missing or not a string). */
    private String text(JsonText.Node object, String key, String file) {
        JsonText.Node value = field(object, key, file, true);
        if (value == null) {
            return null;
        }
        if (!(value.value() instanceof String s) || s.isBlank()) {
            problem(file, value, "\"" + key + "\" must be a non-empty string, found " + shown(value));
            return null;
        }
        return s;
    }

    private String inseeCode(JsonText.Node object, String key, String file) {
        String code = text(object, key, file);
        if (code != null && !InseeCode.isWellFormed(code)) {
            problem(file, field(object, key, file, true), "\"" + key + "\" is not an INSEE commune code: " + code);
            return null;
        }
        return code;
    }

    /** A SIREN that passes the Luhn check; absent or empty when not {@code required}, it is null. */
    private String siren(JsonText.Node object, String key, String file, boolean required) {
        JsonText.Node value = field(object, key, file, required);
        if (value == null || (!required && "".equals(value.value()))) {
            return null;
        }
        if (!(value.value() instanceof String s) || !Siren.isWellFormed(s)) {
            problem(file, value, "\"" + key + "\" is not a SIREN (9 digits passing the Luhn check): " + shown(value));
            return null;
        }
        return s;
    }

    /** The municipal population, 0 when absent (uninhabited TAAF districts, Clipperton); -1 on a problem. */
    private int population(JsonText.Node commune) {
        JsonText.Node value = field(commune, "population", COMMUNES, false);
        if (value == null) {
            return 0;
        }
        if (value.value() instanceof java.math.BigDecimal number && number.signum() >= 0) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        problem(COMMUNES, value, "\"population\" must be a whole number of 0 or more, found " + shown(value));
        return -1;
    }

    private static String shown(JsonText.Node value) {
        Object v = value.value();
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof List) {
            return "an array";
        }
        if (v instanceof Map) {
            return "an object";
        }
        return String.valueOf(v);
    }

    private String version() {
        byte[] packageJson = contents.get("package.json");
        if (packageJson == null) {
            return null;
        }
        Matcher m = VERSION.matcher(new String(packageJson, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    /** The year the package's README gives to {@code version} in its table of vintages ("| 2026 | 6.0.0 |"). */
    private OptionalInt yearOf(String version) {
        byte[] readme = contents.get("README.md");
        if (version == null || readme == null) {
            return OptionalInt.empty();
        }
        Matcher m = VINTAGE_ROW.matcher(new String(readme, StandardCharsets.UTF_8));
        while (m.find()) {
            if (m.group(2).equals(version)) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private static String utf8(byte[] content) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    }

    private void problem(String file, JsonText.Node at, String message) {
        problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), message);
    }

    private void problem(String file, int line, int column, String message) {
        if (problems.size() < GeographyFileException.MAX_PROBLEMS) {
            problems.add(new Problem(shownNames.getOrDefault(file, file), line, column, message));
        }
    }
}
