"""Towns the lexicon does not know, from GeoNames (data/places_geonames.tsv.gz, built by
tools/build_gazetteer.py): every place of 1,000 people in the German-speaking countries and every
city of 15,000 elsewhere, minus names that are also words or people's names.

A town is weaker evidence than the lexicon or a person's name: it is looked up as a second pass,
only where nothing else was found, and a surname found by another pass wins over it."""
from __future__ import annotations

import gzip
import re
from functools import lru_cache

from .. import resources
from ..model import Document, Mention, entity_positions
from .latin import common_nouns, given_names, inflected_noun, latin_tables

# Words without their dot: a dot ends a sentence ("in Gablitz.") or an abbreviation ("St. Georgen"),
# and a name's words are compared without it.
_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*|[a-zäöüß]+")


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the names (as word tuples, without dots: "St" "Georgen") that start with it,
    longest first."""
    with resources.data("places_geonames.tsv.gz").open("rb") as fh:
        lines = gzip.decompress(fh.read()).decode("utf-8").splitlines()
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for line in lines:
        if line and not line.startswith("#"):
            words = tuple(w.rstrip(".") for w in line.split("\t", 1)[0].split())
            by_first.setdefault(words[0], set()).add(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def places(doc: Document, mentions: tuple[Mention, ...]):
    """Known towns standing alone as a name: "Gablitz, Gerasdorf und Mauerbach", "in Zwölfaxing".
    Not inside a longer capitalised name ("Markus Gablitz", "Pico Rivera Bank"), and in German not
    a word that is also a noun."""
    lang = doc.article.lang
    if lang not in ("en", "de"):
        return
    text, table, german = doc.article.text, towns(), lang == "de"
    taken = entity_positions(mentions)
    places_end = {m.end for m in mentions if m.kind == "Place"}
    places_at = {m.start for m in mentions if m.kind == "Place"}
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        hit = next((n for n in table.get(tokens[i][2], ()) if _matches(tokens, i, n, text)), None)
        if hit is None:
            i += 1
            continue
        start, end = tokens[i][0], tokens[i + len(hit) - 1][1]
        if not any(k in taken for k in range(start, end)) and _alone(tokens, i, i + len(hit), text, german) and (
                german or _placed(text, start, end, places_at, places_end)):
            yield Mention(start, end, text[start:end], "Place", 0.4, f"{lang}.gazetteer")
        i += len(hit)


# English capitalises every name, and towns share names with adjectives, awards and films
# ("Olympic", "the Brits", "Constantine"): in English a town needs a word that places it.
_EN_LOCATIVE = re.compile(r"\b(?:in|at|near|from|outside|around|to|into|across|via|between|close to|"
                          r"(?:north|south|east|west|outskirts|suburbs?) of)\s+$")  # not "the success of Garfield"
_EN_PLACE_NOUN = re.compile(r" (?:region|province|district|county|area|town|city|village|valley|suburb)\b")
_AND = re.compile(r"(?:,| and) $")
_STATE_AFTER = re.compile(r", ?")


def _placed(text: str, start: int, end: int, places_at: set[int], places_end: set[int]) -> bool:
    """"in Brownsville", "the Tiaret region", "Brownsville, Texas", "Cardiff, Bangor and Aberystwyth"
    (a list goes on from a place; not "Tom and Garfield")."""
    if _EN_LOCATIVE.search(text, max(0, start - 20), start) or _EN_PLACE_NOUN.match(text, end):
        return True
    joined = _AND.search(text, max(0, start - 5), start)
    if joined and joined.start() in places_end:
        return True
    after = _STATE_AFTER.match(text, end)
    return bool(after) and after.end() in places_at


def _matches(tokens, i: int, name: tuple[str, ...], text: str) -> bool:
    """Whether the tokens from i on spell the name: "St. Georgen" is "St" "Georgen" after a dot."""
    if i + len(name) > len(tokens):
        return False
    for k, word in enumerate(name):
        gap = text[tokens[i + k - 1][1]:tokens[i + k][0]] if k else " "
        if tokens[i + k][2] != word or gap not in (" ", ". "):
            return False
    return True


def _alone(tokens, i: int, j: int, text: str, german: bool) -> bool:
    """Whether the words i..j are a name of their own, not part of a longer one or a noun; nor a
    sentence that opens with a function word ("Weil der Stadt das Geld fehlt", "May Pen")."""
    not_names = latin_tables("de" if german else "en").not_names
    word = tokens[i][2]
    if word.lower() in not_names or j - i == 1 and (word in given_names() or german and (
            word in common_nouns() or inflected_noun(word))):
        return False
    for k, near in ((i - 1, text[tokens[i - 1][1]:tokens[i][0]] if i else ""),
                    (j, text[tokens[j - 1][1]:tokens[j][0]] if j < len(tokens) else "")):
        if 0 <= k < len(tokens) and near == " " and tokens[k][2][:1].isupper():
            other = tokens[k][2]
            if other.lower() in not_names:
                continue  # "In Gablitz", "Die Gablitzer"
            if other in given_names() or not german or not inflected_noun(other):
                return False  # "Markus Gablitz", "Pico Rivera Bank"; not "Gemeinde Gablitz"
    return True
