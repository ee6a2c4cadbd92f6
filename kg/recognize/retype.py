"""Stages that retype what the recognisers and passes chose, where the article's kind or a
neighbouring name changes what a name is: a city in a team-sport report is its club (clubs), and
a party or a broadcaster named with a region is its branch there (branches)."""
from __future__ import annotations

import dataclasses
import re

from .. import lexicon as lx
from ..model import Document, Mention, entity_positions
from .latin import Tables, dateline_places, given_names, latin_tables


def branches(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A party or a broadcaster named with a region is its branch there: "ÖVP Burgenland", "SPÖ
    Wien", "UKIP Scotland", "BBC Wales". The branch is one organisation, not the body and the
    place. Not "SNP Scotland-wide": a compound goes on from the place."""
    tables = latin_tables(doc.article.lang)
    if tables is None:
        return mentions
    lex, text, out = lx.load(), doc.article.text, []
    for m in mentions:
        prev = out[-1] if out else None
        place = lex.get(m.key) if m.kind == "Place" and m.key else None
        party = lex.get(prev.key) if prev and prev.kind == "Organization" and prev.key else None
        if place and party and place.place_kind in _REGIONS and text[prev.end:m.start] == " " and \
                text[m.end:m.end + 1] != "-" and \
                any(_HAS_BRANCHES.search(label) for label in party.labels()):
            out[-1] = dataclasses.replace(prev, end=m.end, text=text[prev.start:m.end], key=None,
                                          name=text[prev.start:m.end], source=prev.source + "+branch")
            continue
        out.append(m)
    return tuple(out)


_REGIONS = frozenset("state province region county city country autonomous-region".split())
# parties (Volkspartei, Christian Democratic Union) and broadcasters (British Broadcasting
# Corporation, Österreichischer Rundfunk)
_HAS_BRANCHES = re.compile(r"(?i)party|partei|demo[ck]ratic?(?:sche)? union|党$|broadcasting|rundfunk")


def clubs(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """In a report on a team sport a city is mostly its club: "Barkley withdrew from Bath's team",
    "gegen Wolfsburg". A known city or town there is an organisation unless it is named as the
    place (`_the_place`); in any sports report, one followed by a club's people is one ("Perpignan
    centre Jean-Philippe Granclaude"). Countries stay places: a national side is named by its
    country, and the graph keeps the country. A city names a different club in the next report
    (Rapid and Austria are both "Wien"), so the club is local to its article."""
    tables = latin_tables(doc.article.lang)
    sport = tables is not None and sports_report(doc.article.text, tables)
    if not sport:
        return mentions
    lex, text, german = lx.load(), doc.article.text, doc.article.lang == "de"
    datelines = [span for span, _ in dateline_places(text, tables)]
    out: list[Mention] = []
    for m in mentions:
        entry = lex.get(m.key) if m.kind == "Place" and m.key and m.start >= 0 else None
        if entry and entry.place_kind in ("city", "town") and (
                sport == "team" and not _the_place(text, m, tables, datelines)
                or tables.club_cue and tables.club_cue.match(text, m.end)):
            m = _club(m, entry, text, german, tables, out)
        out.append(m)
    return tuple(sorted(out + list(_named_clubs(doc, out, tables)), key=lambda m: (m.start, m.end, m.kind)))


def _club(m: Mention, entry: lx.Entry, text: str, german: bool, tables: Tables, before: list[Mention]) -> Mention:
    """The city mention as its club, with a club prefix before it ("SKN St. Pölten")."""
    tokens = lx.latin_tokens(m.text, german)
    name = next((label for label in entry.labels() if lx.latin_tokens(label, german) == tokens), m.text)
    prefix = re.search(r"(?<![\w-])(\w+) $", text[max(0, m.start - 8):m.start])
    start = m.start
    if prefix and prefix.group(1) in tables.org_prefixes and not any(
            o.end > m.start - len(prefix.group(0)) and o.kind not in ("Money", "Time") for o in before):
        start, name = m.start - len(prefix.group(0)), prefix.group(0) + name
    return dataclasses.replace(m, start=start, text=text[start:m.end], kind="Organization", key=None, name=name,
                               source=m.source + "+club", local=True)


def _named_clubs(doc: Document, mentions: list[Mention], tables: Tables):
    """Clubs no lexicon knows, told by their people: "the Sale player", "The Wasps wing", "Neath
    prop". Not a sentence's first word unless "the" stands before it, and not a known person or
    place ("England captain" is the national side, named by its country), a nationality ("the
    Welsh squad") or a competition ("the Ashes squad", "Ireland's RBS Six Nations squad")."""
    if tables.club_cue is None:
        return
    text, lex = doc.article.text, lx.load()
    taken = entity_positions(mentions)
    for hit in _CLUB_NAME.finditer(text):
        start, end = hit.span("name")
        name = hit.group("name")
        if not tables.club_cue.match(text, end) or any(i in taken for i in range(start, end)):
            continue
        sentence_start = re.search(r"(?:^|[.!?:\"“]\s*|\n\s*)$", text[max(0, start - 3):start]) is not None
        if sentence_start and not hit.group("the") or name.split()[0] in given_names() or \
                name.lower() in tables.not_names or name.lower() in tables.titles or \
                lex.latin.get(lx.latin_tokens(name)) or tables.demonym and tables.demonym.fullmatch(name) or \
                name.split()[-1] in tables.competitions:
            continue
        yield Mention(start, end, name, "Organization", 0.55, f"{doc.article.lang}.club")


_CLUB_NAME = re.compile(r"(?<![\w'’-])(?P<the>[Tt]he )?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-])")


def _the_place(text: str, m: Mention, tables: Tables, datelines: list[tuple[int, int]]) -> bool:
    """Whether a city in a sports report is the place: after a locative word, also in a list
    ("tests in Tel Aviv, Chicago and Athens") or with an adjective between ("im kalifornischen
    Santa Clara"); before a word that makes it part of another name or a description (English
    "the Athens Olympics", "the Glasgow clubs"); or in the dateline ("Turin – Der Stürmer")."""
    # 80 characters: the list pattern backtracks on long runs of capitalised words
    before = _LISTED_AFTER.search(text[max(0, m.start - 80):m.start])
    if before:
        last, previous = before.group(2).lower(), (before.group(1) or "").lower()
        if last in tables.locative or re.fullmatch(r"[a-zäöüß]+(?:e|en|em|er|es)", before.group(2)) and \
                previous in tables.locative:
            return True
    if tables.place_after and tables.place_after.match(text, m.end):
        return True
    return any(a <= m.start and m.end <= b for a, b in datelines)


# the two words before a span, skipping the names listed before it ("in Tel Aviv, Chicago and")
_LISTED_AFTER = re.compile(r"(?:(\w+)\s+)?(\w+)\s+"
                           r"(?:[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*)*\s*(?:,|\band\b|\bund\b)\s*)*$")


def sports_report(text: str, tables: Tables) -> str:
    """The kind of sports report a text is: "sport" when at least 1.5 % of its words (and three
    of them) are words of sports reports, "team" when besides two different words only team sports
    use appear in it, "" when it is none."""
    words = re.findall(r"[\w-]+", text.lower())
    hits = sum(w in tables.sport_words or w.endswith(tables.sport_stems) for w in words)
    if hits < 3 or hits < 0.015 * len(words):
        return ""
    team = {w for w in words if tables.team_words.search(w)}
    return "team" if len(team) >= 2 else "sport"


RETYPES = (branches, clubs)  # a branch first: "Die SPÖ Wien" in a sports report is no club
