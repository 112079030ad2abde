#!/usr/bin/env python3
"""Convert Etalab's decoupage-administratif package into ctg's bundled geography resource.

Re-run (from the repository root, python3 >= 3.8, standard library only):

    python3 ctg-core/src/build/geography/convert.py \
        /work/shared/ref/etalab-decoupage-administratif-6.0.0.tgz \
        ctg-core/src/main/resources/io/github/ctglib/territory/cog-2026.txt.gz

The first argument is the npm tarball of @etalab/decoupage-administratif (the one above is 6.0.0,
COG 2026, data under Licence Ouverte 2.0). The second argument is optional and defaults to the
resource path above. Optional: --vintage "COG 2026" --source "Etalab decoupage-administratif 6.0.0"
(by default the vintage is COG 2026 and the source is read from the package.json version).
The output is deterministic: records are sorted, the gzip header carries no name and mtime 0, so
re-running on the same tarball gives a byte-identical file. Commit the result together with any change
to this script, and update BundledGeography.RESOURCE if the file name changes.

Format of the resource (gzip'd UTF-8 text, LF line ends, fields separated by TAB, no field contains
a TAB or a line break):

    line 1    #ctg-geography<TAB>3<TAB><vintage><TAB><source><TAB><licence><TAB>communes=N<TAB>epcis=N<TAB>departements=N<TAB>former=N
    E lines   E<TAB><siren><TAB><kind><TAB><name>              every EPCI, sorted by SIREN, before any D line
    D lines   D<TAB><code><TAB><region code><TAB><name>        every département, sorted by code (string order)
    communes  <insee><TAB><population><TAB><epci siren or empty><TAB><commune siren or empty><TAB><name>
              the current communes of the département of the preceding D line, sorted by INSEE code
    F lines   F<TAB><insee><TAB><D or A><TAB><insee of the current commune><TAB><name>
              after every D section, sorted by INSEE code: each former commune, a commune déléguée (D)
              or associée (A) of a commune nouvelle or a fusion-association, with the current commune
              it now belongs to (its chef-lieu in the source)

A commune's département is the D line it follows; an EPCI's members are the communes whose EPCI
field names it (epci.json's memberships, inverted; a commune belongs to at most one EPCI). Population
is the municipal population, 0 when the source gives none (uninhabited TAAF districts, Clipperton).
Only communes of type "commune-actuelle" are kept as communes. A commune déléguée or associée whose
code is also a current commune's (the chef-lieu of a commune nouvelle usually keeps its code) is that
current commune and gets no F line; arrondissements municipaux are left out. The counts in line 1 let
the loader detect a truncated file.

Format history: 1 had no commune SIREN; 2 added it; 3 adds the F lines and the former=N count. The
loader reads version 3 only.
"""

import argparse
import gzip
import io
import json
import sys
import tarfile

DEFAULT_OUTPUT = "ctg-core/src/main/resources/io/github/ctglib/territory/cog-2026.txt.gz"
LICENCE = "Licence Ouverte 2.0 (Etalab)"
FORMAT_VERSION = "3"
# Etalab's types of former communes, and the letter of each in F lines.
FORMER_KINDS = {"commune-deleguee": "D", "commune-associee": "A"}


def read_json(tar, name):
    member = tar.getmember("package/" + name)
    with tar.extractfile(member) as f:
        return json.load(f)


def clean(text, what):
    if not isinstance(text, str) or not text or any(ch in text for ch in "\t\r\n"):
        raise ValueError("unusable %s: %r" % (what, text))
    return text


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball")
    parser.add_argument("output", nargs="?", default=DEFAULT_OUTPUT)
    parser.add_argument("--vintage", default="COG 2026")
    parser.add_argument("--source", default=None)
    args = parser.parse_args(argv)

    with tarfile.open(args.tarball, "r:gz") as tar:
        package = read_json(tar, "package.json")
        communes = read_json(tar, "data/communes.json")
        epcis = read_json(tar, "data/epci.json")
        departements = read_json(tar, "data/departements.json")
    source = args.source or "Etalab decoupage-administratif %s" % package["version"]

    current = {}
    for c in communes:
        if c.get("type") != "commune-actuelle":
            continue
        code = clean(c["code"], "commune code")
        if code in current:
            raise ValueError("duplicate commune " + code)
        current[code] = c

    epci_of = {}
    for e in epcis:
        siren = clean(e["code"], "EPCI SIREN")
        if len(siren) != 9 or not siren.isdigit():
            raise ValueError("malformed SIREN " + siren)
        for m in e["membres"]:
            code = m["code"]
            if code not in current:
                raise ValueError("EPCI %s has member %s which is not a current commune" % (siren, code))
            if code in epci_of:
                raise ValueError("commune %s in two EPCIs: %s, %s" % (code, epci_of[code], siren))
            epci_of[code] = siren

    dep_codes = set()
    by_dep = {}
    for d in departements:
        dep_codes.add(clean(d["code"], "departement code"))
        by_dep[d["code"]] = []
    for code, c in current.items():
        dep = c["departement"]
        if dep not in dep_codes:
            raise ValueError("commune %s in unknown departement %s" % (code, dep))
        by_dep[dep].append(code)

    former = {}
    for c in communes:
        kind = FORMER_KINDS.get(c.get("type"))
        if kind is None:
            continue
        code = clean(c["code"], "former commune code")
        if code in current:
            continue  # the chef-lieu keeps its code: a current commune
        if code in former:
            raise ValueError("duplicate former commune " + code)
        if len(code) != 5:
            raise ValueError("malformed former commune code " + code)
        chef = c.get("chefLieu")
        if chef not in current:
            raise ValueError("former commune %s belongs to %r, which is not a current commune" % (code, chef))
        former[code] = (kind, chef, clean(c["nom"], "former commune name"))

    out = io.StringIO()
    out.write("\t".join([
        "#ctg-geography", FORMAT_VERSION, clean(args.vintage, "vintage"), clean(source, "source"), LICENCE,
        "communes=%d" % len(current), "epcis=%d" % len(epcis), "departements=%d" % len(departements),
        "former=%d" % len(former),
    ]) + "\n")
    for e in sorted(epcis, key=lambda e: e["code"]):
        out.write("E\t%s\t%s\t%s\n" % (e["code"], clean(e["type"], "EPCI kind"), clean(e["nom"], "EPCI name")))
    for d in sorted(departements, key=lambda d: d["code"]):
        out.write("D\t%s\t%s\t%s\n" % (d["code"], clean(d["region"], "region code"), clean(d["nom"], "departement name")))
        for code in sorted(by_dep[d["code"]]):
            c = current[code]
            population = c.get("population", 0)
            if not isinstance(population, int) or population < 0:
                raise ValueError("bad population for %s: %r" % (code, population))
            siren = c.get("siren", "")
            if siren and (len(siren) != 9 or not siren.isdigit()):
                raise ValueError("malformed SIREN %r of commune %s" % (siren, code))
            out.write("%s\t%d\t%s\t%s\t%s\n" % (code, population, epci_of.get(code, ""), siren,
                                                 clean(c["nom"], "commune name")))

    for code in sorted(former):
        kind, chef, name = former[code]
        out.write("F\t%s\t%s\t%s\t%s\n" % (code, kind, chef, name))

    data = out.getvalue().encode("utf-8")
    with open(args.output, "wb") as raw:
        # filename="" and mtime=0: no name, no timestamp in the gzip header, so output is reproducible.
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(data)
    print("wrote %s: %d communes, %d EPCIs, %d departements, %d former communes, %d bytes uncompressed"
          % (args.output, len(current), len(epcis), len(departements), len(former), len(data)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
