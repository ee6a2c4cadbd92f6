"""Rebuild kg/data/nouns_de.txt.gz from the german-nouns word list (Wiktionary, CC BY-SA 4.0).

German capitalises every noun, so the recogniser asks "is this capitalised word a common noun?"
("Hotel Zimmer", "Springers Vorstoß"). The list keeps every written form of the common nouns whose
lemma has six letters or more, and drops any form that Wiktionary also lists as a first name,
surname, place or proper name ("Müller", "Wolf", "Zimmer" stay possible names). Short lemmas are
left out: their plurals collide with names ("Lider", "Griss"), and the glossary holds the common
short ones.

    pip download german-nouns --no-deps -d /tmp/gn && unzip -o /tmp/gn/*.whl -d /tmp/gn
    python tools/build_nouns_de.py /tmp/gn/german_nouns/nouns.csv

The package itself is not a dependency: it pins lxml below 5.
"""
from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

NAMES = {"Nachname", "Vorname", "Toponym", "Eigenname"}
OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "nouns_de.txt.gz"


def main(csv_path: str) -> None:
    forms: set[str] = set()
    names: set[str] = set()
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        for row in rows:
            pos = set(row[1].split(","))
            written = [w for w in [row[0], *row[7:]] if w and " " not in w and w[:1].isupper()]
            if pos == {"Substantiv"}:
                if len(row[0]) >= 6:
                    forms.update(written)
            elif pos & NAMES:
                names.update(written)
    words = sorted(forms - names)
    header = "# German noun forms from german-nouns (Wiktionary DE), CC BY-SA 4.0; see tools/build_nouns_de.py\n"
    OUT.write_bytes(gzip.compress((header + "\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(words)} forms -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
