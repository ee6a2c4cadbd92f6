"""The lexicon of well-known things (ontology/lexicon/*.ttl): SKOS labels in zh, en and de,
Wikidata identifiers, and the structure (partOf, locatedIn) that disambiguation uses."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import resources
from .lang import to_simplified
from .vocab import KG, LEX, SKOS

_LATIN_TOKEN = re.compile(r"[\w][\w'’&.\-]*", re.U)


@dataclass(frozen=True)
class Entry:
    key: str  # local name in the lexicon namespace, e.g. "org-alibaba-group"
    kind: str
    pref: tuple[tuple[str, str], ...]  # (lang, label)
    alt: tuple[tuple[str, str], ...]
    same_as: tuple[str, ...]
    part_of: tuple[str, ...] = ()
    located_in: tuple[str, ...] = ()
    place_kind: str = ""  # country, province, city … (kg:placeKind)
    # skos:hiddenLabel (with a language tag; one without is ignored): matched only in articles of
    # that language, never shown ("Home Office"@en is the UK ministry in English; in German it is
    # working from home)
    hidden: tuple[tuple[str, str], ...] = ()

    def labels(self, lang: str | None = None) -> list[str]:
        return [label for lg, label in self.pref + self.alt if lang is None or lg == lang]


def is_han(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)


def latin_tokens(text: str, german: bool = False) -> tuple[str, ...]:
    tokens = _LATIN_TOKEN.findall(text)
    return tuple(norm_token(t, german, final=i == len(tokens) - 1) for i, t in enumerate(tokens))


def norm_token(token: str, german: bool = False, final: bool = True) -> str:
    t = unicodedata.normalize("NFKC", token).casefold().strip(".'’")
    t = t.replace("’", "'")
    if t.endswith("'s") and len(t) > 3:  # possessive: "China's", "Alibaba's"
        t = t[:-2]
    if german:
        if t in _GERMAN_ARTICLES:  # "der Linken" names "Die Linke", "des Standard" "Der Standard"
            return "d"
        t = german_stem(t, final)
    return t


_GERMAN_ARTICLES = frozenset("der die das den dem des".split())


def german_stem(t: str, final: bool = False) -> str:
    """Inflection German puts on names: a genitive -s on the last word (Chinas, Alibabas) and
    adjective endings inside a name (die Kommunistischen Partei). The last word keeps any other
    ending, so "Frankfurter" and "Niederösterreicher" do not become the places."""
    if final:
        if t.endswith("es") and (len(t) > 7 or len(t) > 5 and t[:-2].endswith(("s", "ß", "z", "x", "ch"))):
            return t[:-2]  # "Bundesheeres", "Rechnungshofes", "des Roten Kreuzes"
        return t[:-1] if t.endswith("s") and len(t) > 4 and not t.endswith("ss") else t
    for ending in ("en", "em", "er", "es"):
        if t.endswith(ending) and len(t) > 6:
            return t[:-2]
    if t.endswith(("e", "s", "n")) and len(t) > 4:
        return t[:-1]
    return t


class Lexicon:
    def __init__(self, entries: list[Entry]):
        self.entries = {e.key: e for e in entries}
        self.zh: dict[str, list[str]] = {}
        self.latin: dict[tuple[str, ...], list[str]] = {}
        self.de: dict[tuple[str, ...], list[str]] = {}
        self.case_sensitive: set[tuple[str, str]] = set()  # (label, key) acronyms: "US", "UN"
        for e in entries:
            for _, label in e.pref + e.alt:  # shown labels: a Latin one is matched in en and de text
                self._index(label, e.key, ("zh", "en", "de"))
                if not is_han(label) and label.isupper() and len(label) <= 5:
                    self.case_sensitive.add((label, e.key))
            for lang, label in e.hidden:
                self._index(label, e.key, (lang,))
                if not is_han(label) and label.isupper() and len(label) <= 5:
                    self.case_sensitive.add((label, e.key))  # "IS"@de, not the English "is"
        self.zh_max = max((len(k) for k in self.zh), default=0)
        self.zh_prefixes = {k[:2] for k in self.zh if len(k) >= 2}
        self.latin_max = max((len(k) for k in self.latin), default=0)
        # first tokens of every Latin label: most tokens of a text start no name at all
        self.latin_first = {k[0] for k in self.latin}
        self.de_first = {k[0] for k in self.de}

    def _index(self, label: str, key: str, langs: tuple[str, ...]) -> None:
        if is_han(label):
            if "zh" in langs:
                self.zh.setdefault(to_simplified(label), []).append(key)
            return
        toks = latin_tokens(label)
        if toks and "en" in langs:
            self.latin.setdefault(toks, []).append(key)
        if toks and "de" in langs:
            self.de.setdefault(latin_tokens(label, german=True), []).append(key)

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    import pyoxigraph as ox

    kinds = {KG + k: k for k in ("Organization", "Person", "Fund", "Program", "Place")}
    data: dict[str, dict] = {}
    for file in resources.lexicon_files():
        with file.open("rb") as fh:
            for t in ox.parse(fh, format=ox.RdfFormat.TURTLE):
                s = t.subject.value
                if not s.startswith(LEX):
                    continue
                rec = data.setdefault(s[len(LEX):], {"pref": [], "alt": [], "hidden": [], "same": [], "part": [],
                                                     "loc": []})
                p, o = t.predicate.value, t.object
                if p.endswith("#type") and o.value in kinds:
                    rec["kind"] = kinds[o.value]
                elif p == SKOS + "prefLabel":
                    rec["pref"].append((o.language or "", o.value))
                elif p == SKOS + "altLabel":
                    rec["alt"].append((o.language or "", o.value))
                elif p == SKOS + "hiddenLabel":
                    rec["hidden"].append((o.language or "", o.value))
                elif p == SKOS + "exactMatch":
                    rec["same"].append(o.value)
                elif p == KG + "partOf":
                    rec["part"].append(o.value[len(LEX):])
                elif p == KG + "locatedIn":
                    rec["loc"].append(o.value[len(LEX):])
                elif p == KG + "placeKind":
                    rec["place_kind"] = o.value
    entries = [
        Entry(key, rec["kind"], tuple(sorted(rec["pref"])), tuple(sorted(rec["alt"])),
              tuple(sorted(rec["same"])), tuple(sorted(rec["part"])), tuple(sorted(rec["loc"])),
              rec.get("place_kind", ""), tuple(sorted(rec["hidden"])))
        for key, rec in sorted(data.items()) if "kind" in rec
    ]
    return Lexicon(entries)
