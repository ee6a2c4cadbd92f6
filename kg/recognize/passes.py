"""Second passes over an article's chosen mentions: what one mention shows about the rest of the
text. A name found once is a name wherever it stands (propagate); a surname after the full name is
that person (surnames); officials listed with a known one are people (listed_people). Then the
retyping stages: a city in a team-sport report is its club (clubs), and a party named with a
region is its branch (branches)."""
from __future__ import annotations

import dataclasses
import re

from .. import lexicon as lx
from ..chinese import surnames as zh_surnames
from ..model import Document, Mention
from .latin import DATELINE, inflected_noun, given_names
from .lexicon import Words

_HEADS_ZH = ("基金", "计划", "行动", "项目", "工程", "战略", "倡议")


def propagate(doc: Document, mentions: tuple[Mention, ...]):
    """A name recognised once in an article is a name wherever else it stands there: "十大行动"
    after "阿里巴巴助力共同富裕十大行动", "脱贫基金" after "阿里巴巴脱贫基金" (the name without the
    owner's name in front), "塞西" after "总统阿卜杜勒法塔赫·塞西". Chinese names only where the
    article's words begin and end (王刚 is not in 王刚才)."""
    lex = lx.load()
    text = doc.match_text
    words = Words(doc, lex)
    zh = doc.article.lang == "zh"
    forms: dict[str, str] = {}
    for m in mentions:
        if m.key or m.start < 0 or m.kind not in ("Fund", "Program", "Organization") and not (zh and m.kind == "Person"):
            continue
        if m.kind == "Person":
            name = text[m.start:m.end]
            forms.setdefault(name, m.kind)
            if "·" in name:  # 阿卜杜勒法塔赫·塞西 is 塞西 after the first mention
                forms.setdefault(name.rsplit("·", 1)[1], m.kind)
            continue
        label = text[m.start:m.end] if m.name is None else m.name
        forms.setdefault(label, m.kind)
        if lx.is_han(label):
            for length in range(min(len(label) - 3, lex.zh_max), 1, -1):
                keys = lex.zh.get(label[:length])
                if keys and any(lex.entries[k].kind == "Organization" for k in keys):
                    rest = label[length:]
                    if len(rest) >= 3 and rest.endswith(_HEADS_ZH):
                        forms.setdefault(rest, m.kind)
                    break
    taken = {i for m in mentions if m.kind not in ("Money", "Time") for i in range(max(m.start, 0), max(m.end, 0))}
    for form, kind in sorted(forms.items()):
        if len(form) < (2 if kind == "Person" else 3):
            continue
        latin = not lx.is_han(form)
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            if latin:
                boundary = (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            else:
                boundary = words.fit(pos, end)
            if boundary and not any(i in taken for i in range(pos, end)):
                taken.update(range(pos, end))
                yield Mention(pos, end, doc.article.text[pos:end], kind, 0.5, f"{doc.article.lang}.propagate")
            pos = text.find(form, end)


_SURNAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?$")


def surnames(doc: Document, mentions: tuple[Mention, ...]):
    """After "Tony Blair", "Blair" and "Mr Blair" in the same article are Tony Blair; German
    genitives too ("Klugs" after "Gerald Klug"). News names a person in full once and by surname
    after that: on a hand-checked sample this was most of the person names missed (en and de).
    A surname that is also a known name of something else ("Houston", "Jordan"), a given name, or
    one standing next to another capitalised word ("Cherie Blair", "Blair Witch") is left alone."""
    if doc.article.lang not in ("en", "de"):
        return
    german = doc.article.lang == "de"
    lex, first_names = lx.load(), given_names()
    full: dict[str, set[Mention]] = {}  # surname -> the full-name mentions it may stand for
    for m in mentions:
        words = m.text.replace("’s", "").replace("'s", "").split()
        if m.kind != "Person" or m.start < 0 or len(words) < 2 or not _SURNAME.match(words[-1]):
            continue
        last = words[-1]
        if len(last) >= 3 and last not in first_names and lx.latin_tokens(last) not in lex.latin:
            full.setdefault(last, set()).add(m)
    forms: dict[str, Mention] = {}  # form as written -> the full-name mention it stands for
    for last, ms in full.items():
        if len({m.key or (m.name or m.text) for m in ms}) > 1:
            continue  # two people of that surname in the article ("Tony Blair", "Cherie Blair")
        m = min(ms, key=lambda m: m.start)
        forms[last] = m
        if german and not last.endswith(("s", "x", "z")):
            forms[last + "s"] = m
    taken = {i for m in mentions if m.kind not in ("Money", "Time") for i in range(max(m.start, 0), max(m.end, 0))}
    text = doc.article.text
    if forms:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                             + r")(?![\w-])")
        for hit in pattern.finditer(text):
            start, end = hit.span()
            m = forms[hit.group(1)]
            # A German genitive stands before its noun ("Weidingers Nachfolger"): only what precedes counts.
            genitive = german and not m.text.endswith(hit.group(1))
            if any(i in taken for i in range(start, end)) or _beside_capitalised(text, start, end, not genitive):
                continue
            title = _TITLE_BEFORE.search(text, max(0, start - 8), start)  # "Mr Blair" is Tony Blair, title and all
            yield Mention(title.start() if title else start, end, text[title.start() if title else start:end],
                          "Person", 0.5, f"{doc.article.lang}.surname",
                          key=m.key, name=m.name or m.text.replace("’s", "").replace("'s", ""))
    # A person the article names only by title and surname ("Mr Howard", "Frau Gruber") is that
    # titled name: the title says it is a person, and the surname alone would name nobody.
    for hit in _TITLED.finditer(text):
        start, end = hit.span()
        name = hit.group("name")
        # not "Mr President", "Frau Ministerin", nor "eine Frau Mitte 40" (Frau is also "woman")
        if name in forms or _not_surname(name, german) or any(i in taken for i in range(start, end)) or \
                re.match(r"\s+[A-ZÀ-ÖØ-Þ]", text[end:end + 3]):
            continue
        yield Mention(start, end, hit.group(0), "Person", 0.45, f"{doc.article.lang}.title")


def _not_surname(word: str, german: bool) -> bool:
    en, de = _latin_tables("en"), _latin_tables("de")
    low = word.lower()
    return low in en.titles or low in de.titles or low in de.roles or any(
        low.endswith(t) for t in de.titles if len(t) > 4) or german and inflected_noun(word)


def listed_people(doc: Document, mentions: tuple[Mention, ...]):
    """Officials named in a 、-list with one of them known: "李干杰、吴政隆、王小洪" after 王小洪
    is found makes the others people too, when they look like Chinese names (a surname, two to
    four characters). Lists of people in Chinese news rarely repeat the title for each name."""
    if doc.article.lang != "zh":
        return
    people = {(m.start, m.end) for m in mentions if m.kind == "Person" and m.start >= 0}
    taken = {i for m in mentions if m.kind not in ("Money", "Time") for i in range(max(m.start, 0), max(m.end, 0))}
    names = zh_surnames()
    for s in doc.sentences:
        if "、" not in s.text or not any(s.start <= a < s.end for a, _ in people):
            continue
        for run in _enumerations(s.tokens):
            if not any((a, b) in people for a, b, _, _ in run):
                continue
            for a, b, word, _ in run:
                if (a, b) in people or any(i in taken for i in range(a, b)):
                    continue
                if 2 <= len(word) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", word) and (word[:1] in names or word[:2] in names):
                    yield Mention(a, b, doc.article.text[a:b], "Person", 0.6, "zh.list")


def _enumerations(tokens):
    """Runs of single tokens joined by 、 (A、B、C)."""
    run = []
    for i, tok in enumerate(tokens):
        if tok[2] == "、":
            continue
        joined_before = i > 0 and tokens[i - 1][2] == "、"
        if run and joined_before:
            run.append(tok)
            continue
        if len(run) > 1:
            yield run
        run = [tok] if i + 1 < len(tokens) and tokens[i + 1][2] == "、" else []
    if len(run) > 1:
        yield run


_COURTESY = "Mr|Mrs|Ms|Dr|Sir|Herr|Frau|Prof"  # titles before a surname
_TITLE_BEFORE = re.compile(r"(?:\b(?:" + _COURTESY + r")\.?\s+)$")
_TITLED = re.compile(r"\b(?:" + _COURTESY + r")\.? (?P<name>(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+"
                     r"(?:[-'’][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)(?![\w-])")


def _beside_capitalised(text: str, start: int, end: int, check_after: bool = True) -> bool:
    """Whether a capitalised word stands right before (not a courtesy title, not a sentence start)
    or right after the span."""
    if check_after and re.match(r"\s+[A-ZÀ-ÖØ-Þ]", text[end:end + 3]):
        return True
    before = text[max(0, start - 30):start]
    if _TITLE_BEFORE.search(before):
        return False
    prev = re.search(r"([\w’'-]+)\s+$", before)
    return bool(prev and prev.group(1)[:1].isupper() and not re.search(r"[.!?:\"“„]\s*[\w’'-]+\s+$", before))


def clubs(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """In a report on a team sport a city is mostly its club: "Barkley withdrew from Bath's team",
    "gegen Wolfsburg". A known city or town there is an organisation unless it is named as the
    place (`_the_place`); in any sports report, one followed by a club's people is one ("Perpignan
    centre Jean-Philippe Granclaude"). Countries stay places: a national side is named by its
    country, and the graph keeps the country."""
    tables = _latin_tables(doc.article.lang)
    sport = tables is not None and sports_report(doc.article.text, tables)
    if not sport:
        return mentions
    lex, text, german = lx.load(), doc.article.text, doc.article.lang == "de"
    datelines = [(d.start("places"), d.end("places")) for d in DATELINE.finditer(text)]
    out = []
    for m in mentions:
        entry = lex.get(m.key) if m.kind == "Place" and m.key and m.start >= 0 else None
        if entry and entry.place_kind in ("city", "town") and (
                sport == "team" and not _the_place(text, m, tables.locative, german, datelines)
                or tables.club_cue and tables.club_cue.match(text, m.end)):
            tokens = lx.latin_tokens(m.text, german)
            name = next((label for label in entry.labels() if lx.latin_tokens(label, german) == tokens), m.text)
            prefix = re.search(r"(?<![\w-])(\w+) $", text[max(0, m.start - 8):m.start])  # "SKN St. Pölten"
            start = m.start
            if prefix and prefix.group(1) in tables.org_prefixes and not any(
                    o.end > m.start - len(prefix.group(0)) and o.kind not in ("Money", "Time") for o in out):
                start, name = m.start - len(prefix.group(0)), prefix.group(0) + name
            m = dataclasses.replace(m, start=start, text=text[start:m.end], kind="Organization", key=None, name=name,
                                    source=m.source + "+club")
        out.append(m)
    return tuple(sorted(out + list(_named_clubs(doc, out, tables)), key=lambda m: (m.start, m.end, m.kind)))


def _named_clubs(doc: Document, mentions: list[Mention], tables):
    """Clubs no lexicon knows, told by their people: "the Sale player", "The Wasps wing", "Neath
    prop". Not a sentence's first word unless "the" stands before it, and not a known person or
    place ("England captain" is the national side, named by its country)."""
    if tables.club_cue is None:
        return
    text, lex = doc.article.text, lx.load()
    taken = {i for m in mentions if m.kind not in ("Money", "Time") for i in range(max(m.start, 0), max(m.end, 0))}
    for hit in _CLUB_NAME.finditer(text):
        start, end = hit.span("name")
        name = hit.group("name")
        if not tables.club_cue.match(text, end) or any(i in taken for i in range(start, end)):
            continue
        sentence_start = re.search(r"(?:^|[.!?:\"“]\s*|\n\s*)$", text[max(0, start - 3):start]) is not None
        if sentence_start and not hit.group("the") or name.split()[0] in given_names() or \
                name.lower() in tables.not_names or name.lower() in tables.titles or \
                lex.latin.get(lx.latin_tokens(name)) or tables.demonym and tables.demonym.fullmatch(name) or \
                name.endswith(_COMPETITIONS):
            continue  # "the Welsh squad", "Ireland's RBS Six Nations squad", "Southern Hemisphere side"
        yield Mention(start, end, name, "Organization", 0.55, f"{doc.article.lang}.club")


_COMPETITIONS = ("League", "Premiership", "Nations", "Cup", "Championship", "Series", "Open", "Games", "Hemisphere")
_CLUB_NAME = re.compile(r"(?<![\w'’-])(?P<the>[Tt]he )?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-])")


def _the_place(text: str, m: Mention, locative: frozenset[str], german: bool, datelines: list[tuple[int, int]]) -> bool:
    """Whether a city in a sports report is the place: after a locative word, also in a list
    ("tests in Tel Aviv, Chicago and Athens"); in English before a capitalised word, as part of
    an event's name ("the Athens Olympics", "the Dubai Tennis Championships"; German capitalises
    nouns: "Barcelonas A-Team"); or as the dateline at the start of a paragraph ("Turin – Der
    Stürmer", "Wien/Güssing – Am Anfang")."""
    before = _LISTED_AFTER.search(text[max(0, m.start - 80):m.start])
    if before and before.group(1).lower() in locative:
        return True
    if not german and re.match(r" (?:[A-Z]|(?:clubs|teams|sides)\b)", text[m.end:m.end + 7]):  # "the Glasgow clubs"
        return True
    return any(a <= m.start and m.end <= b for a, b in datelines)


# the word before a span, skipping an adjective ("im kalifornischen") and the names listed before
# it ("in Tel Aviv, Chicago and")
_LISTED_AFTER = re.compile(r"(\w+)\s+(?:[a-zäöüß]+(?:e|en|em|er|es)\s+)?"
                           r"(?:[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*)*\s*(?:,|\band\b|\bund\b)\s*)*$")


def sports_report(text: str, tables) -> str:
    """The kind of sports report a text is: "sport" when at least 1.5 % of its words (and three
    of them) are words of sports reports, "team" when two of those are words only team sports
    use, "" when it is none."""
    words = re.findall(r"[\w-]+", text.lower())
    hits = sum(w in tables.sport_words or w.endswith(tables.sport_stems) for w in words)
    if hits < 3 or hits < 0.015 * len(words):
        return ""
    return "team" if sum(bool(tables.team_words.search(w)) for w in words) >= 2 else "sport"


def _latin_tables(lang: str):
    from . import de, en  # the language modules import this module's neighbours: not at the top

    return {"en": en.TABLES, "de": de.TABLES}.get(lang)


def branches(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A party named with a region is its branch there: "ÖVP Burgenland", "SPÖ Wien", "UKIP
    Scotland". The branch is one organisation, not the party and the place."""
    if doc.article.lang not in ("en", "de"):
        return mentions
    lex, text, out = lx.load(), doc.article.text, []
    for m in mentions:
        prev = out[-1] if out else None
        place = lex.get(m.key) if m.kind == "Place" and m.key else None
        party = lex.get(prev.key) if prev and prev.kind == "Organization" and prev.key else None
        if place and party and place.place_kind in _REGIONS and text[prev.end:m.start] == " " and \
                any(_PARTY.search(label) for label in party.labels()):
            out[-1] = dataclasses.replace(prev, end=m.end, text=text[prev.start:m.end], key=None,
                                          name=text[prev.start:m.end], source=prev.source + "+branch")
            continue
        out.append(m)
    return tuple(out)


_REGIONS = frozenset("state province region county city country autonomous-region".split())
_PARTY = re.compile(r"(?i)party|partei|demo[ck]ratic?(?:sche)? union|党$")  # Volkspartei, Christian Democratic Union


RULES = (propagate, surnames, listed_people)
# Stages that retype what was chosen, after all the rules have added theirs.
RETYPES = (clubs, branches)
