"""Rebuild kg/data/nouns_de.txt.gz from the german-nouns word list (Wiktionary, CC BY-SA 4.0).

German capitalises every noun, so the recogniser asks "is this capitalised word a common noun?"
("Hotel Zimmer", "Springers Vorstoß"). The list keeps every written form of the common nouns whose
lemma has six letters or more, and drops any form that Wiktionary also lists as a first name,
surname, place or proper name ("Müller", "Wolf", "Zimmer" stay possible names).

Short lemmas collide with names more often: Wiktionary has rare ones ("Griss", "Lid" with its
plural "Lider") that are people's names in the news. Of those, only forms that are frequent German
words are kept (Zipf frequency 3 or more in wordfreq: "Zahl", "Krieg", "Themen"), and of these a
surname in any of Faker's countries or a given name of kg's lists only when it is very frequent
(Zipf 4.5: "Hand", "Fall" stay nouns; "Gates", "Moore", "Khan" stay names).

    pip download german-nouns --no-deps -d /tmp/gn && unzip -o /tmp/gn/*.whl -d /tmp/gn
    pip download wordfreq msgpack ftfy regex langcodes language-data marisa-trie wcwidth locate faker \
        --no-deps -d /tmp/wf && for w in /tmp/wf/*.whl; do unzip -qo $w -d /tmp/wf/x; done
    PYTHONPATH=/tmp/wf/x .venv/bin/python tools/build_nouns_de.py /tmp/gn/german_nouns/nouns.csv  # kg installed

None of these packages is a dependency: german-nouns pins lxml below 5, and the others are needed
only here.
"""
from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

NAMES = {"Nachname", "Vorname", "Toponym", "Eigenname"}
OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "nouns_de.txt.gz"


def _frequent(words: set[str]) -> set[str]:
    """The words that are frequent German words and not, more often, people's names."""
    import importlib
    import pkgutil

    import faker.providers.person as person
    from wordfreq import zipf_frequency

    from kg.recognize.latin import given_names

    surnames: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for attr in ("last_names", "last_names_male", "last_names_female"):
            surnames.update(getattr(provider, attr, None) or ())
    people = surnames | given_names()
    out = set()
    for w in words:
        zipf = zipf_frequency(w, "de")
        if zipf >= 4.5 or zipf >= 3 and w not in people:
            out.add(w)
    return out


def main(csv_path: str) -> None:
    forms: set[str] = set()
    short: set[str] = set()
    names: set[str] = set()
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        for row in rows:
            pos = set(row[1].split(","))
            written = [w for w in [row[0], *row[7:]] if w and " " not in w and w[:1].isupper()]
            if pos == {"Substantiv"}:
                (forms if len(row[0]) >= 6 else short).update(written)
            elif pos & NAMES:
                names.update(written)
    words = sorted(forms - names | _frequent(short - names - forms))
    header = "# German noun forms from german-nouns (Wiktionary DE), CC BY-SA 4.0; see tools/build_nouns_de.py\n"
    OUT.write_bytes(gzip.compress((header + "\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(words)} forms -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
