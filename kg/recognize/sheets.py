"""Team sheets and result lists (en, de): sport reports name players by initial and surname ("G
Murphy, B O'Driscoll, S Horgan") or by surname alone in lines of their own ("Phillips, Amankwaah,
Coles, Hill, Fortune, Murray (Anyinsah 59)", "Salzburg: Walke – Schwegler, Caleta-Car, Ulmer").
No cue but the shape of the line says these are people, so the shape is checked closely."""
from __future__ import annotations

import bisect
import re

from ..model import Document, Mention
from .latin import CALENDAR_WORDS, _lexicon_kinds, inflected_noun

# A player by initial and surname: "G Murphy", "B O'Driscoll", "R van Persie".
LINEUP_NAME = re.compile(r"(?<![\w.’'-])[A-Z]\.? (?:(?:[A-Z]['’]|Mc|Mac|de |van |von )?[A-Z][a-zà-öø-ÿ]+"
                         r"(?:-[A-Z][a-zà-öø-ÿ]+)?)(?![\w’'-])")
# A player on a team sheet: a surname, with an initial or a given name before it at most.
_UP, _LOW = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f"  # with Latin Extended-A: "Matić", "Hadžić"
_ITEM = re.compile(rf"(?<![\w'’-])(?:[A-Z]\.? |[{_UP}][{_LOW}]+ )?(?:Mc|Mac|O['’])?[{_UP}][{_LOW}]+"
                   rf"(?:-[{_UP}][{_LOW}]+)?(?![\w'’-])")
# The label before a team sheet's names: "Bristol City:", "Subs Not Used:", "Salzburg:".
_LABEL = re.compile(r"[^:\n]{1,40}:\s*")
# Labels of a team sheet's other lists (substitutes, bookings, scorers, referee), in English and German.
_SHEET_LABELS = ("sub", "booked", "sent off", "goal", "scorer", "referee", "ersatz", "tore", "karte", "schiedsrichter",
                 "torschütze", "ausschluss")
_FIVE_ITEMS = re.compile(r"^(?:[^\n,–]*[,–]){4}", re.M)  # four separators on a line (linear: no overlap)
_BRACKETED = re.compile(r"\([^()]*\)")


class SheetRecognizer:
    name = "sheets"
    languages = frozenset({"en", "de"})

    def __call__(self, doc: Document):
        yield from lineups(doc)
        yield from squads(doc)


def lineups(doc: Document):
    """Three or more players by initial and surname in one sentence are people."""
    text, lang = doc.article.text, doc.article.lang
    for s in doc.sentences:
        hits = list(LINEUP_NAME.finditer(text, s.start, s.end))
        if len(hits) >= 3:
            for m in hits:
                yield Mention(m.start(), m.end(), m.group(0), "Person", 0.6, f"{lang}.lineup")


def squads(doc: Document):
    """Five or more names by surname and nothing else (a label, minutes, brackets) make a team
    sheet, if the lexicon knows at most one of them and most are no ordinary words or towns (not
    "France, Germany, Italy", "Politics, Business, Health", "Monday, Wednesday"); after one,
    shorter lists ("Subs Not Used: Orr, Brown.", "Lita 45, 52.") are players too, unless the
    lexicon knows the name ("Venue: Old Trafford.")."""
    text, lang = doc.article.text, doc.article.lang
    if not _FIVE_ITEMS.search(text):
        return  # no line lists five things
    sheet = False
    for part_start, part_end in _parts(text):
        label = _LABEL.match(text, part_start, part_end)
        body = text[label.end() if label else part_start:part_end]
        offset = part_end - len(body)
        items = _names(body)
        rest = _ITEM.sub("", _BRACKETED.sub("", body))
        if not items or re.search(r"[^\s,.;:–\-\d/]", rest):
            sheet = sheet and not body.strip()  # prose ends a team sheet; a blank line does not
            continue
        known = [bool(_lexicon_kinds(m.group(), lang == "de")) for m in items]
        names = sum(not _ordinary(m.group(), lang) for m in items) * 2 >= len(items)  # mostly no words
        opens = len(items) >= 5 and sum(known) <= 1 and names
        # after a sheet: its other lists, unlabelled or labelled as such ("Subs Not Used:", "Tore:")
        goes_on = sheet and names and (label is None or any(w in label.group().lower() for w in _SHEET_LABELS))
        sheet = opens or goes_on
        if sheet:
            for m, k in zip(items, known):
                if not k:
                    yield Mention(offset + m.start(), offset + m.end(), m.group(), "Person", 0.6, f"{lang}.lineup")


def _names(body: str) -> list[re.Match]:
    """The names outside brackets, and substitutes in them with their minute: "(Anyinsah 59)",
    "(75. Hwang)"; not "(Essex)"."""
    brackets = [(b.start(), b.end(), bool(re.search(r"\d", b.group()))) for b in _BRACKETED.finditer(body)]
    starts = [b[0] for b in brackets]
    out = []
    for m in _ITEM.finditer(body):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= brackets[k][1] or brackets[k][2]:
            out.append(m)
    return out


def _ordinary(word: str, lang: str) -> bool:
    """An ordinary word or a town, which a list of names mostly is not: "Business", "Monday",
    "Montag", "Tewkesbury"."""
    from ..gloss import english_words
    from .gazetteer import towns

    return word.lower() in english_words() or word in CALENDAR_WORDS or word in towns() or \
        lang == "de" and inflected_noun(word)


def _parts(text: str):
    """Lines, and the sentences of a line ("…, Gillespie. Subs Not Used: Orr, Brown."), as
    (start, end); not split inside brackets ("Reyna (75. Hwang)")."""
    start, depth = 0, 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")") if c in "()" else 0
        if c == "\n" or c == "." and depth <= 0 and text[i + 1:i + 2] == " ":
            yield start, i + (c == ".")
            start, depth = i + 1, 0 if c == "\n" else depth
    yield start, len(text)
