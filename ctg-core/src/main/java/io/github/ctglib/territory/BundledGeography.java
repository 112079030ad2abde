package io.github.ctglib.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 2026 vintage of the official geography bundled in ctg-core, read from the gzip'd text resource
 * {@value #RESOURCE} (made by {@code ctg-core/src/build/geography/convert.py} from Etalab's
 * découpage administratif 6.0.0; the script documents the format, of which only version 3 is read): its
 * 34,969 current communes, 1,255 EPCIs, 109 départements and 1,992 former communes (communes déléguées or
 * associées whose code is no longer a current commune's).
 *
 * <p>The resource is loaded once, on first use of {@link #instance()}, thread-safely (holder idiom), into a
 * {@link LoadedGeography}, the same in-memory geography {@code Geography.fromEtalab} gives.
 * The instance is immutable and safe to share between threads. Lookups take non-null codes and throw
 * {@link NullPointerException} on {@code null}; an unknown code gives an empty result. Départements
 * are ordered by the natural order of their code ({@code "29" < "2A" < "2B" < "30"}).
 */
final class BundledGeography {

    /** The resource name, relative to this class's package. */
    static final String RESOURCE = "cog-2026.txt.gz";

    private static final Logger LOG = LoggerFactory.getLogger(BundledGeography.class);
    private static final String MAGIC = "#ctg-geography";
    /** Version 3 adds the former communes (F lines); only version 3 is read (convert.py rebuilds the resource). */
    private static final String FORMAT_VERSION = "3";

    /** Lazily loads the bundled resource, once, on first call. */
    private static final class Holder {
        static final Geography INSTANCE;
        static final IllegalStateException FAILURE;

        static {
            Geography loaded = null;
            IllegalStateException failure = null;
            try {
                loaded = load(RESOURCE);
            } catch (IllegalStateException e) {
                failure = e;
            }
            INSTANCE = loaded;
            FAILURE = failure;
        }
    }

    /**
     * The shared instance, loaded on first call.
     *
     * @throws IllegalStateException when the bundled resource is missing or corrupt (on every call)
     */
    static Geography instance() {
        if (Holder.FAILURE != null) {
            throw new IllegalStateException(Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
        return Holder.INSTANCE;
    }

    /**
     * Loads a geography resource of this class's package. Package-private for tests; production code
     * goes through {@link #instance()}.
     *
     * @throws IllegalStateException naming the resource when it is missing or corrupt
     */
    static Geography load(String resource) {
        long start = System.nanoTime();
        InputStream raw = BundledGeography.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("Missing geography resource " + where(resource));
        }
        Geography geography;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            geography = parse(reader);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Corrupt geography resource " + where(resource) + ": " + e.getMessage(), e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Loaded {} from {}: {} communes, {} EPCIs, {} départements, {} former communes in {} ms",
                    geography.vintage(), where(resource),
                    geography.departements().stream().mapToInt(d -> geography.communesOf(d.code()).size()).sum(),
                    geography.epcis().size(), geography.departements().size(), geography.formerCommunes().size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return geography;
    }

    private static String where(String resource) {
        return BundledGeography.class.getPackageName().replace('.', '/') + '/' + resource;
    }

    /** Parses the format written by convert.py; any inconsistency is an {@link IllegalArgumentException}. */
    private static Geography parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException("empty");
        }
        String[] head = header.split("\t");
        if (head.length < 2 || !MAGIC.equals(head[0])) {
            throw new IllegalArgumentException("unexpected header line");
        }
        if (!FORMAT_VERSION.equals(head[1])) {
            throw new IllegalArgumentException("format version " + head[1] + ", expected " + FORMAT_VERSION
                    + ": rebuild it with ctg-core/src/build/geography/convert.py");
        }
        if (head.length != 9) {
            throw new IllegalArgumentException("unexpected header line");
        }
        String vintage = head[2];
        int communeCount = count(head[5], "communes=");
        int epciCount = count(head[6], "epcis=");
        int departementCount = count(head[7], "departements=");
        int formerCount = count(head[8], "former=");

        Map<String, Commune> communes = new HashMap<>(capacity(communeCount));
        Map<String, String[]> epciFields = new HashMap<>(capacity(epciCount));
        Map<String, List<String>> members = new HashMap<>(capacity(epciCount));
        List<String> epciOrder = new ArrayList<>(epciCount);
        Map<String, Departement> departements = new HashMap<>(capacity(departementCount));
        List<Departement> departementList = new ArrayList<>(departementCount);
        Map<String, List<Commune>> byDepartement = new HashMap<>(capacity(departementCount));

        List<FormerCommune> formerList = new ArrayList<>(formerCount);
        String depCode = null;
        List<Commune> depCommunes = null;
        String previous = null;
        int lineNo = 1;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isEmpty()) {
                throw new IllegalArgumentException("empty line " + lineNo);
            }
            char first = line.charAt(0);
            boolean marked = line.length() > 1 && line.charAt(1) == '\t';
            if (first == 'F' && marked) {
                if (depCommunes != null) {
                    byDepartement.put(depCode, List.copyOf(depCommunes));
                    depCommunes = null;
                    previous = null;
                }
                int a = tab(line, 2, lineNo);
                int b = tab(line, a + 1, lineNo);
                int c = tab(line, b + 1, lineNo);
                String code = line.substring(2, a);
                if (previous != null && previous.compareTo(code) >= 0) {
                    throw new IllegalArgumentException("former commune out of order at line " + lineNo);
                }
                previous = code;
                FormerCommune.Kind kind = switch (line.substring(a + 1, b)) {
                    case "D" -> FormerCommune.Kind.DELEGUEE;
                    case "A" -> FormerCommune.Kind.ASSOCIEE;
                    default -> throw new IllegalArgumentException("unknown former commune kind at line " + lineNo);
                };
                Commune current = communes.get(line.substring(b + 1, c));
                if (current == null) {
                    throw new IllegalArgumentException("former commune of an unknown commune at line " + lineNo);
                }
                if (communes.containsKey(code)) {
                    throw new IllegalArgumentException("former commune with a current commune's code at line " + lineNo);
                }
                formerList.add(new FormerCommune(code, line.substring(c + 1), kind, current));
            } else if (!formerList.isEmpty()) {
                throw new IllegalArgumentException("line after the former communes at line " + lineNo);
            } else if (first == 'E' && line.length() > 1 && line.charAt(1) == '\t') {
                if (depCode != null) {
                    throw new IllegalArgumentException("EPCI after a département at line " + lineNo);
                }
                int a = tab(line, 2, lineNo);
                int b = tab(line, a + 1, lineNo);
                String siren = line.substring(2, a);
                if (previous != null && previous.compareTo(siren) >= 0) {
                    throw new IllegalArgumentException("EPCI out of order at line " + lineNo);
                }
                previous = siren;
                epciFields.put(siren, new String[] {siren, line.substring(a + 1, b), line.substring(b + 1)});
                members.put(siren, new ArrayList<>());
                epciOrder.add(siren);
            } else if (first == 'D' && line.length() > 1 && line.charAt(1) == '\t') {
                if (depCommunes != null) {
                    byDepartement.put(depCode, List.copyOf(depCommunes));
                }
                int a = tab(line, 2, lineNo);
                int b = tab(line, a + 1, lineNo);
                String code = line.substring(2, a).intern();
                if (depCode != null && depCode.compareTo(code) >= 0) {
                    throw new IllegalArgumentException("département out of order at line " + lineNo);
                }
                Departement departement = new Departement(code, line.substring(b + 1), line.substring(a + 1, b));
                departements.put(code, departement);
                departementList.add(departement);
                depCode = code;
                depCommunes = new ArrayList<>();
                previous = null;
            } else {
                if (depCode == null) {
                    throw new IllegalArgumentException("commune before any département at line " + lineNo);
                }
                int a = tab(line, 0, lineNo);
                int b = tab(line, a + 1, lineNo);
                int c = tab(line, b + 1, lineNo);
                int d = tab(line, c + 1, lineNo);
                String insee = line.substring(0, a);
                if (previous != null && previous.compareTo(insee) >= 0) {
                    throw new IllegalArgumentException("commune out of order at line " + lineNo);
                }
                previous = insee;
                int population = parseNonNegativeInt(line, a + 1, b, lineNo);
                String siren = null;
                if (c > b + 1) {
                    String[] epci = epciFields.get(line.substring(b + 1, c));
                    if (epci == null) {
                        throw new IllegalArgumentException("unknown EPCI at line " + lineNo);
                    }
                    siren = epci[0]; // share the EPCI's SIREN instance
                    members.get(siren).add(insee);
                }
                String communeSiren = d > c + 1 ? line.substring(c + 1, d) : null;
                Commune commune = new Commune(insee, line.substring(d + 1), depCode, siren, population, communeSiren);
                if (communes.put(insee, commune) != null) {
                    throw new IllegalArgumentException("duplicate commune at line " + lineNo);
                }
                depCommunes.add(commune);
            }
        }
        if (depCommunes != null) {
            byDepartement.put(depCode, List.copyOf(depCommunes));
        }
        if (communes.size() != communeCount || epciFields.size() != epciCount
                || departements.size() != departementCount || formerList.size() != formerCount) {
            throw new IllegalArgumentException("truncated: " + communes.size() + " communes, "
                    + epciFields.size() + " EPCIs, " + departements.size() + " départements, "
                    + formerList.size() + " former communes");
        }

        Map<String, Epci> epcis = new HashMap<>(capacity(epciCount));
        List<Epci> epciList = new ArrayList<>(epciCount);
        for (String siren : epciOrder) {
            String[] f = epciFields.get(siren);
            List<String> memberCodes = members.get(siren);
            memberCodes.sort(null); // a no-op on well-formed data (départements come in INSEE order), kept as a guard
            Epci epci = new Epci(siren, f[2], f[1], memberCodes);
            epcis.put(siren, epci);
            epciList.add(epci);
        }
        return new LoadedGeography(vintage, "the bundled resource", communes.values(), epciList, departementList,
                formerList);
    }

    private static int tab(String line, int from, int lineNo) {
        int i = line.indexOf('\t', from);
        if (i < 0) {
            throw new IllegalArgumentException("missing field at line " + lineNo);
        }
        return i;
    }

    private static int parseNonNegativeInt(String line, int from, int to, int lineNo) {
        if (from >= to || to - from > 9) {
            throw new IllegalArgumentException("bad number at line " + lineNo);
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = line.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new IllegalArgumentException("bad number at line " + lineNo);
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private static int count(String field, String prefix) {
        if (!field.startsWith(prefix)) {
            throw new IllegalArgumentException("unexpected header field " + field);
        }
        return Integer.parseInt(field.substring(prefix.length()));
    }

    private static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }
}
