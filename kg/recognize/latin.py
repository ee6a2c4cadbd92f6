"""What English and German recognition share: capitalised runs, heads, quoted names, person cues.

The language modules supply the word tables (heads, titles, connectors); this module applies them.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..model import Document, Mention

TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w&'’\-]*(?:\.(?=[A-Za-z]\.))?", re.U)
GERMAN_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ungen", "heiten", "keiten", "schaften", "abend", "morgen",
                       "klagen", "tag", "woche", "jahr", "zeit")
# German nouns that stand before a name in apposition ("Nachrichtenagentur Reuters").
APPOSITION_NOUNS = ("agentur", "behörde", "sender", "zeitung", "magazin", "konzern", "hersteller", "plattform",
                    "ligist", "ligisten", "klub", "verein", "vereins", "aufsteiger", "tabellenführer", "rivale", "rivalen")
QUOTED = re.compile(r"[“„\"‚‘]([^“”„\"‚‘’\n]{3,80})[”“\"’‘]")


@dataclass(frozen=True)
class Tables:
    lang: str
    org_heads: frozenset[str]
    fund_heads: frozenset[str]
    program_heads: frozenset[str]
    connectors: frozenset[str]  # lowercase words allowed inside a name: of, for, and, zur, des
    titles: frozenset[str]  # lowercase role words before or after a person's name
    reporting: frozenset[str]  # said, says, sagte
    not_names: frozenset[str]  # capitalised words that start sentences or are common nouns
    establish: re.Pattern  # verbs after which a descriptive fund/program name follows
    launch_context: re.Pattern  # words before a quoted name that make it a program
    org_context: tuple[re.Pattern, ...] = ()  # a capitalised name in group "name" is a company
    org_prefixes: frozenset[str] = frozenset()  # first words of club names: FC, VfL, AC
    org_suffixes: tuple[str, ...] = ()  # endings of one-word institutions: -ministerium, -kammer
    not_acronyms: frozenset[str] = frozenset()  # capitals that name no organisation: GDP, CEO, BIP
    roles: frozenset[str] = frozenset()  # lowercase occupations before a name: presenter, Schauspielerin
    peers: frozenset[str] = frozenset()  # titles that are part of the name: Lord Goldsmith, Baroness Morgan
    particles: frozenset[str] = frozenset()  # lowercase words inside people's names: de Niro, van Gaal
    institution: re.Pattern | None = None  # one word that is an institution's name: Bundeskriminalamt, US-Botschaft
    media: tuple[re.Pattern, ...] = ()  # newspapers named by ordinary words, in group "name": „Presse“, the Guardian
    media_keys: tuple[tuple[str, str], ...] = ()  # such a name -> its lexicon entry ("Presse", "org-die-presse")
    place_heads: frozenset[str] = frozenset()  # last words of place names: Street, Park, Airport, Platz
    place_suffixes: tuple[str, ...] = ()  # endings of one-word places: -gasse, -straße
    not_places: frozenset[str] = frozenset()  # such words that are common nouns: Sackgasse
    sport_words: frozenset[str] = frozenset()  # lowercase words of sports reports: striker, Liga
    sport_stems: tuple[str, ...] = ()  # endings of compounds that are sports words: -liga, -trainer
    team_words: re.Pattern | None = None  # found in words only team sports use: striker, Vereinsgeschichte
    club_cue: re.Pattern | None = None  # after a city, makes it a club in any sports report: "Bath prop"
    head_first: frozenset[str] = frozenset()  # heads before a name: Universität (Tel Aviv), Hotel (Sacher)
    extra_given_names: frozenset[str] = frozenset()  # given names that are words only in other languages
    demonym: re.Pattern | None = None  # nationality words: Welsh, Icelandic, South American
    lone_orgs: frozenset[str] = frozenset()  # one capitalised word that names a body: Parliament, Nationalrat
    dateline: re.Pattern | None = None  # a report's opening place and dash, in group "places": "Graz – "
    dateline_skip: frozenset[str] = frozenset()  # lowercase words that open no dateline: months, numbers, heute
    apposed: re.Pattern | None = None  # a role in apposition after a name, in group "role": ", a bond strategist at"
    competitions: frozenset[str] = frozenset()  # last words of competitions, not clubs: Cup, Ashes, Test
    place_after: re.Pattern | None = None  # after a city in a sports report, keeps it the place: " Olympics"
    occupation_endings: tuple[str, ...] = ()  # of nouns that name an occupation after a nationality: Erfinder
    locative: frozenset[str] = frozenset()  # words before a city that name the place, not its club: in, near
    org_list: re.Pattern | None = None  # a plural trade that opens a list of names: "bands including", "Firmen wie"
    person_list: re.Pattern | None = None  # a plural noun for people that opens a list: "people such as"
    body_words: tuple[str, ...] = ()  # endings of nouns that name a body: Verein, Zentrum, -kammer
    local_heads: tuple[str, ...] = ()  # endings of bodies named with their town: Landesstudio (Wien), -klinikum
    local_bodies: frozenset[str] = frozenset()  # bodies after a place's adjective: (Wiener) Landtag
    ranks: tuple[str, ...] = ()  # stems of adjectives of rank before a bare institution: Oberst(e) (Gerichtshof)


# Capital-letter words that are not organisations, in any news language (units, titles, media
# formats, time zones, diseases, grades, Roman numerals). An unknown acronym otherwise names a body.
NOT_ACRONYMS = frozenset("""CEO CFO COO CTO CIO GDP GNP TV DVD DVDs CD CDs PC PCs MP MPs MEP MEPs AIDS HIV SARS COVID IT AI AM PM BST GMT
CET EST PST UTC VAT IPO DNA ATM ATMs SMS MMS PDF USB LCD HD OK VIP DJ DJs GPS HQ PR CV ID PIN RPG FPS MMO PS
OBE MBE CBE QC KC MA BA MSc PhD MBA SOS PDA PDAs MRT CT EKG BSc AD BC II III IV VI VII VIII IX XI XII USD EUR
GBP CNY RMB JPY CHF SUV SUVs LED LEDs CO NO UV FM VR AR API APIs CPU GPU RAM ROM SIM WiFi NB TB UHF MRI KZ
ICU IVF GCSE GCSEs ISA ISAs LLC PLC AG GmbH SE KG BIP PKW LKW KFZ EM WM KMU AHS HTL BHS NMS""".split())


def latin_tables(lang: str) -> Tables | None:
    """The tables of a language the Latin recogniser reads (en, de), or None."""
    from . import de, en  # they import this module: not at the top

    return {"en": en.TABLES, "de": de.TABLES}.get(lang)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The hand-written list and the one generated from Faker's (tools/build_given_names.py)."""
    lines = [line.strip() for name in ("given_names.txt", "given_names_more.txt")
             for line in resources.data(name).read_text(encoding="utf-8").splitlines()]
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def glossary_nouns() -> frozenset[str]:
    """The German nouns of the glossary (capitalised entries), in their dictionary form."""
    text = resources.data("glossary_de_en.tsv").read_text(encoding="utf-8")
    return frozenset(word for word in (line.split("\t", 1)[0].strip() for line in text.splitlines()[1:])
                     if word[:1].isupper())


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """German common nouns in every written form: the glossary's and the Wiktionary list's
    (data/nouns_de.txt.gz, see tools/build_nouns_de.py). A capitalised German word that is one of
    these is not a name ("Gründung der Kommunistischen Partei", "Springers Vorstoß")."""
    from .. import lexicon as lx

    with resources.data("nouns_de.txt.gz").open("rb") as fh:
        listed = gzip.decompress(fh.read()).decode("utf-8").splitlines()
    # Wiktionary lists some names as nouns too (Microsoft, Siemens, Interpol): a one-word name the
    # lexicon knows is a name
    names = {label for e in lx.load().entries.values() for label in e.labels() if " " not in label}
    return glossary_nouns() | frozenset(w for w in listed if not w.startswith("#") and w not in names)


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    from pypinyin import Style, pinyin_dict

    out = set()
    from pypinyin.style import convert

    for code, readings in pinyin_dict.pinyin_dict.items():
        for r in readings.split(","):
            out.add(convert(r, Style.NORMAL, strict=True).lower())
    return frozenset(s for s in out if s.isalpha())


@lru_cache(maxsize=1)
def pinyin_surnames() -> frozenset[str]:
    from pypinyin import Style, lazy_pinyin

    from ..chinese import surnames

    return frozenset("".join(lazy_pinyin(s, style=Style.NORMAL)).capitalize() for s in surnames())


def is_pinyin_word(word: str, max_syllables: int = 2) -> bool:
    w = word.lower().replace("-", "").replace("'", "")
    syl = pinyin_syllables()

    def split(rest: str, n: int) -> bool:
        if not rest:
            return True
        if n == 0:
            return False
        return any(rest[:k] in syl and split(rest[k:], n - 1) for k in range(min(6, len(rest)), 0, -1))

    return bool(w) and split(w, max_syllables)


def is_chinese_name(tokens: list[str]) -> bool:
    """Zhang Yong, Xi Jinping, Shao Xiaofeng: a Chinese surname and a one- or two-syllable name."""
    return (len(tokens) == 2 and tokens[0] in pinyin_surnames() and tokens[1][:1].isupper()
            and tokens[1][1:].islower() and is_pinyin_word(tokens[1]))


def capitalised_runs(text: str, start: int, end: int, t: Tables):
    """Maximal runs of capitalised tokens joined by connectors, as (start, end, tokens)."""
    toks = [(m.start() + start, m.end() + start, m.group()) for m in TOKEN.finditer(text[start:end])]
    i = 0
    while i < len(toks):
        if not _cap(toks[i][2]):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and not _possessive(toks[j][2]):
            gap = text[toks[j][1]:toks[j + 1][0]]
            initial = gap == ". " and j > i and len(toks[j][2]) == 1 and toks[j][2].isupper()  # "Samuel L. Jackson"
            if gap not in (" ", "  ", "-") and gap.strip() not in ("&",) and not initial:  # "Laurent  Mekul"
                break
            nxt = toks[j + 1][2]
            if _cap(nxt):
                j += 1
            elif nxt in t.connectors and j + 2 < len(toks) and _cap(toks[j + 2][2]) and \
                    not toks[j + 2][2].isdigit() and text[toks[j + 1][1]:toks[j + 2][0]] == " " and \
                    toks[j + 2][2].lower() not in t.not_names:
                # "Bank of China" is one name; "Robert Redford in 1981" is a name and a year,
                # "Acme Group on Tuesday" a name and a day.
                j += 2
            elif nxt in t.particles and toks[j][2] in given_names() and (surname := _particled(text, toks, j, t)):
                j = surname  # "Nienke van der Marel", "Joost den Haan": a name ends at its surname
                break  # ("… of Leiden" is another name)
            elif nxt in ("of", "for") and toks[j][2] in t.org_heads and j + 3 < len(toks) and \
                    toks[j + 2][2] == "the" and _cap(toks[j + 3][2]) and not toks[j + 3][2].isdigit() and \
                    text[toks[j + 1][1]:toks[j + 3][0]] == " the ":
                j += 3  # "Royal National Institute of the Blind" (not "Digby Jones of the CBI")
            else:
                break
        words = [x[2] for x in toks[i:j + 1]]
        end_ = toks[j][1]
        if _possessive(words[-1]):  # "Intime Retail Group’s Board" names Intime Retail Group
            words[-1] = words[-1][:-2]
            end_ -= 2
        yield toks[i][0], end_, words
        i = j + 1


def _particled(text: str, toks: list, j: int, t: Tables) -> int:
    """The index of the capitalised surname after a given name and its particles ("van der"), or 0."""
    k = j + 1
    while k < len(toks) and toks[k][2] in t.particles and text[toks[k - 1][1]:toks[k][0]] == " ":
        k += 1
    if k >= len(toks) or not _cap(toks[k][2]) or text[toks[k - 1][1]:toks[k][0]] != " ":
        return 0
    return 0 if t.lang == "de" and inflected_noun(toks[k][2]) else k  # "gab Anna den Brief"


# "Board of Directors", "Council of Governors": a company's organ, not a named organisation.
_GOVERNING = frozenset("Directors Governors Trustees Supervisors Management Regents Overseers".split())
_SITE = re.compile(r"(?<![\w.@/-])[A-Za-z][\w-]{2,30}\.(?:de|at|ch|com|org|net|co\.uk)(?![\w.-]*\w)")


@lru_cache(maxsize=4)
def _peer_pattern(peers: frozenset[str]) -> re.Pattern:
    titles = "|".join(sorted(peers))
    return re.compile(r"\b(" + titles + r") ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)(?![\w’'-])")


# Subject pronouns (en, de), and German articles: after a verb of saying they, not the name before,
# are the speaker ("Vorwürfe gegen Müller, sagte er", "In Wien sagte der Sprecher").
_PRONOUNS = frozenset("he she they it we i er sie es wir ich man der die das den ein eine".split())


@lru_cache(maxsize=1)
def _lexicon_surnames() -> frozenset[str]:
    """Last words of the people the lexicon knows ("Trump", "Merkel")."""
    from .. import lexicon as lx

    return frozenset(label.split()[-1] for e in lx.load().entries.values() if e.kind == "Person"
                     for label in e.labels() if " " in label and not lx.is_han(label))


@lru_cache(maxsize=2)  # the article being read: every run of it asks
def _quoted_surnames(text: str, reporting: frozenset[str]) -> frozenset[str]:
    """Single capitalised words the article quotes as a speaker ("said Hewitt.", "Hewitt said",
    "sagte Müller."): a two-word name ending in one of them is a person's name. Not "Home Office
    sagte er": a pronoun after the verb is the speaker."""
    verbs = "|".join(sorted(reporting))
    pronouns = "|".join(sorted(_PRONOUNS))
    found = re.findall(r"\b(?:" + verbs + r") ([A-ZÀ-Þ][a-zß-ÿ]+)[.,]|\b([A-ZÀ-Þ][a-zß-ÿ]+) (?:"
                       + verbs + r")\b(?! (?:" + pronouns + r")\b)", text)
    return frozenset(a or b for a, b in found)


def _german_noun(token: str, nouns: frozenset[str] | None = None) -> bool:
    return token in (common_nouns() if nouns is None else nouns) or token.lower().endswith(GERMAN_NOUN_ENDINGS)


def _lexicon_kinds(name: str, german: bool) -> set[str]:
    """The kinds of the lexicon entries a name matches ("Kurdistans" in German: Place)."""
    from .. import lexicon as lx

    lex = lx.load()
    return {lex.entries[k].kind for k in (lex.de if german else lex.latin).get(lx.latin_tokens(name, german), ())}


def inflected_noun(token: str, frequent: bool = False) -> bool:
    """A noun in any form: "Gewinne", "Konzerns", "Banken"; with `frequent`, only the glossary's
    everyday nouns count, not rare ones that are also names ("der Autozulieferer Magna").
    Endings are stripped only to reach a glossary noun: the Wiktionary list has every form
    already, and stripping against it would make nouns of names ("Schneider" is no "Schneid")."""
    everyday = glossary_nouns()
    return _german_noun(token, everyday if frequent else None) or any(
        token.endswith(e) and token[:-len(e)] in everyday for e in ("e", "n", "s", "en", "es", "er", "ern"))


# A given name or a surname as news writes it: "Wibisono", "Ramber-Koller" (not "iPhone", "MX4").
_NAME_SHAPE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]{2,})?")
DETERMINED = re.compile(r"\b(?:[Tt]he|an?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+$")  # an English article before a word
_COURTESY = frozenset("mr mrs ms dr sir herr frau prof lord lady dame baroness".split())
# English titles that are also adjectives or nouns inside names ("General Election", "Chief Constable").
_NAME_WORDS_EN = frozenset("general chief head vice executive officer chair leader boss manager editor director founder"
                           .split())


@lru_cache(maxsize=4)
def _title_endings(t: Tables) -> tuple[str, ...]:
    """Titles that end German compounds: "Landeshauptmann", "Parteichef", "Vizekanzler"."""
    return tuple(x for x in t.titles if len(x) > 4)


def _list_items(text: str, pos: int, german: bool):
    """(start, name) of each name of a list from pos on: names joined by commas, the last one
    after "and"/"und" ("…, Keane and Foo Fighters")."""
    more = 1  # 1: a comma came, more may follow; -1: the conjunction came, one more follows
    while more and (item := _LIST_ITEM.match(text, pos)):
        name, start, sep = item.group("name"), item.start("name"), (item.group("sep") or "").strip(" ,")
        owner = re.match(r"[A-Z][a-z]+(?:'s|’s) ", name)  # "Germany's TUI": the firm, not its country
        if owner and "Place" in _lexicon_kinds(owner.group()[:-3], german=False):
            name, start = name[owner.end():], start + owner.end()
        if german and " " in name and inflected_noun(name.rsplit(" ", 1)[1]):
            name = name.rsplit(" ", 1)[0]  # "Firmen wie Google Fahrzeuge entwickelt"
        if name:
            yield start, name
        more = 0 if item.group("sep") is None or more == -1 else -1 if sep in ("and", "und", "or", "oder") else 1
        pos = item.end()


# One name of a list and what joins it to the next: "Queens of the Stone Age, ", "Keane and ".
_LIST_ITEM = re.compile(r"(?P<name>(?:The )?[A-ZÀ-ÖØ-Þ][\w'’&\-]{0,30}(?: (?:of the |of |& )?[A-ZÀ-ÖØ-Þ][\w'’&\-]{0,30}){0,5})"
                        r"(?P<sep>, and |, und |, | and | und | or | oder )?")
# German occupations by their ending: "Politologe", "Fotograf", "Journalistin", "Ingenieur".
_OCCUPATIONS_DE = ("loge", "login", "graf", "grafin", "ist", "istin", "eur", "eurin")
_SURNAME_SHAPE = re.compile(r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")
# Months and days, in English and German: no one's name ("sagte der Journalist Mittwoch").
CALENDAR_WORDS = frozenset("""January February March April May June July August September October November December
Januar Jänner Februar März Mai Juni Juli Oktober Dezember Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag""".split())

DATELINE_WITHIN = 600  # characters: a report's dateline follows its title and lead sentence


def dateline_places(text: str, t: Tables) -> list[tuple[tuple[int, int], str]]:
    """The places of a report's dateline, as ((start, end), name): "Wien/Güssing – Am Anfang",
    one per report near its start; not "Zwei Schlechtwettergebiete – ", "Heute – " or a person
    ("Peter Müller – der neue Chef")."""
    m = t.dateline.search(text, 0, DATELINE_WITHIN) if t.dateline else None
    if m is None:
        return []
    first = m.group("places").split()[0]
    low = first.lower()
    alone = "/" not in m.group("places")  # "Maria Enzersdorf/London" are places; "Peter Müller" alone may be a man
    if low in t.not_names or low in t.dateline_skip or inflected_noun(first) or alone and first in given_names() or \
            re.search(r"\b(?:dr|prof|mag|ing|st)\.\s*$", text[max(0, m.start() - 6):m.start()], re.I):
        return []
    found, pos = [], m.start("places")
    for part in m.group("places").split("/"):
        words = part.split()
        if words and not any(w.lower() in t.dateline_skip or w.isdigit() or w.lower() in t.titles for w in words):
            found.append(((pos, pos + len(part)), part))
        pos += len(part) + 1
    return found


def _without_trailing_nouns(text: str, toks: list[str], start: int, end: int) -> tuple[int, list[str]]:
    """A German run of more than two words without the common nouns at its end ("Regie-Debüt" too),
    and its new end."""
    while len(toks) > 2 and _german_noun(toks[-1].rsplit("-", 1)[-1]):
        at = _last_token(text, toks[-1], start, end)
        if at < 0:
            break
        end, toks = _end_before(text, at, " -"), toks[:-1]
    return end, toks


def _end_before(text: str, at: int, gap: str) -> int:
    """Where the text before `at` ends, without the gap characters before `at` (no copy of the text)."""
    while at > 0 and text[at - 1] in gap:
        at -= 1
    return at


def _last_token(text: str, token: str, start: int, end: int) -> int:
    """Where the last whole-word `token` starts in text[start:end] ("des" in "des Banater
    Tieflandes" is the first word, not the end of the last); -1 when it is not there."""
    found = [m.start() for m in re.compile(r"(?<![\w-])" + re.escape(token) + r"(?!\w)").finditer(text, start, end)]
    return found[-1] if found else -1


def all_english(words: list[str]) -> bool:
    """Whether every word is an ordinary English word (CC-CEDICT's glosses)."""
    from ..gloss import english_words

    return all(w.lower() in english_words() for w in words)


def _possessive(token: str) -> bool:
    return token.endswith(("'s", "’s")) and len(token) > 3


def _cap(token: str) -> bool:
    # "Channel 4", "Windows 95" carry a number; a score or a range ("6-7", "7-5") ends a name.
    return token[:1].isupper() or (token[:1].isdigit() and len(token) <= 4 and "-" not in token)


class LatinRecognizer:
    tables: Tables

    def __call__(self, doc: Document):
        t = self.tables
        text = doc.article.text
        for s in doc.sentences:
            for start, end, toks in capitalised_runs(text, s.start, s.end, t):
                yield from self._classify(doc, s.start, start, end, toks)
        yield from self._quoted(doc)
        yield from self._descriptive(doc)
        yield from self._context_orgs(doc)
        yield from self._listed(doc)
        yield from self._peers(doc)
        yield from self._media(doc)
        yield from self._sites(doc)
        yield from self._datelines(doc)

    def _datelines(self, doc: Document):
        """German reports open with where they were written: "Graz – ", "Wien/Güssing – ",
        "St. Georgen im Attergau – ". Each name there is a place (the lexicon keeps the ones it knows)."""
        for (start, end), name in dateline_places(doc.article.text, self.tables):
            yield Mention(start, end, name, "Place", 0.6, f"{self.tables.lang}.dateline")

    def _sites(self, doc: Document):
        """News sites named by their domain ("derStandard.at", "golem.de", "Change.org"): the site
        is an organisation; a web address (www., http, a path after it) is not a name."""
        text = doc.article.text
        for m in _SITE.finditer(text):
            if text[max(0, m.start() - 8):m.start()].endswith(("//", "www.", "@")) or text[m.end():m.end() + 1] == "/":
                continue
            yield Mention(m.start(), m.end(), m.group(), "Organization", 0.6, f"{self.tables.lang}.pattern")

    def _media(self, doc: Document):
        """Newspapers whose names are ordinary words ("Presse", "Times", "Standard") are named
        only where the text marks them as titles: quoted, in capitals, after "the" in a
        reporting phrase, or after "Zeitung"."""
        from .. import lexicon as lx

        text, keys, entries = doc.article.text, dict(self.tables.media_keys), lx.load().entries
        for pattern in self.tables.media:
            for m in pattern.finditer(text):
                key = keys.get(m.group("name"))
                yield Mention(m.start("name"), m.end("name"), m.group("name"), "Organization", 0.7,
                              f"{self.tables.lang}.context", key=key if key in entries else None)

    def _peers(self, doc: Document):
        """British peers and dames are named with their title: "Lord Goldsmith", "Baroness
        Morgan". The title is part of the name; a role after it ("Lord Chancellor") is not a name."""
        if not self.tables.peers:
            return
        text = doc.article.text
        pattern = _peer_pattern(self.tables.peers)
        for m in pattern.finditer(text):
            name = m.group(2)
            if name.lower() in self.tables.titles or name.lower() in self.tables.not_names:
                continue
            yield Mention(m.start(), m.end(), m.group(0), "Person", 0.75, f"{self.tables.lang}.title")

    def _context_orgs(self, doc: Document):
        """Company names no lexicon lists, told by what surrounds them: "shares in Absa",
        "Bioware's chief executive", "Intervoice, the US software firm", "der Autobauer Tesla"."""
        text = doc.article.text
        for pattern in self.tables.org_context:
            for m in pattern.finditer(text):
                name = m.group("name")
                if self.tables.lang == "de" and " " in name and inflected_noun(name.rsplit(" ", 1)[1]):
                    name = name.rsplit(" ", 1)[0]  # "das Studio DontNod Spieler": the name, then a noun
                if not self._not_a_company(name):
                    yield Mention(m.start("name"), m.start("name") + len(name), name, "Organization", 0.6,
                                  f"{self.tables.lang}.context")

    def _listed(self, doc: Document):
        """Every name of a list that a plural noun introduces: "bands at the festival include
        Queens of the Stone Age, The Killers, Keane and Foo Fighters", "Firmen wie Google und
        Apple" are organisations; "people such as Matisse and Stravinsky" are people."""
        t = self.tables
        text = doc.article.text
        for cues, kind in ((t.org_list, "Organization"), (t.person_list, "Person")):
            for cue in cues.finditer(text) if cues else ():
                for start, name in _list_items(text, cue.end(), t.lang == "de"):
                    bare = name.removeprefix("The ")  # "The Killers": the article is part of a band's name
                    if kind == "Organization" and (self._not_a_company(bare) or bare.split()[0] in given_names()):
                        continue
                    if kind == "Person" and (self._not_a_company(bare) or self._known_as(bare, "Organization", "Place")):
                        continue  # "stars such as Coldplay"; a noun or a title is no name either
                    yield Mention(start, start + len(name), name, kind, 0.6, f"{t.lang}.context")

    def _known_as(self, name: str, *kinds: str) -> bool:
        return bool(_lexicon_kinds(name, german=self.tables.lang == "de") & set(kinds))

    def _not_a_company(self, name: str) -> bool:
        t, words = self.tables, name.split()
        if "-based " in name or name.endswith(("-based", "-listed")) or name in t.not_acronyms or \
                self._known_other(name):
            return True  # "Hong Kong-based Hutchison Whampoa", "the TV network", "Trump-Sprecher"
        first = words[0].lower()
        if words[0] in given_names() or first in t.not_names or first in t.titles:  # "rival Chancellor Gordon Brown"
            return True
        if t.lang != "de":
            return False
        # German nouns after the trade ("Mittwochabend", "der Konzern Gewinne machte", "Beschäftigten")
        # and a place's genitive ("Arbeiterpartei Kurdistans")
        return name.lower().endswith(GERMAN_NOUN_ENDINGS) or all(inflected_noun(w, frequent=True) for w in words) or \
            words[0].endswith("s") and "Place" in _lexicon_kinds(words[0], german=True) or \
            len(words) == 1 and name.endswith(("en", "ern"))

    def _classify(self, doc: Document, sent_start: int, start: int, end: int, toks: list[str]):
        t = self.tables
        text = doc.article.text
        # Drop a sentence-initial function word, a common noun or a title: "The", "Die",
        # "Increased", "Präsident" (Xi Jinping), "CEO" (Daniel Zhang).
        head = self._institution_of_title(toks[0])
        if head:  # "Wirtschaftskammer-Präsident Christoph Leitl": the chamber, then its president
            yield Mention(start, start + len(head), head, "Organization", 0.6, f"{t.lang}.pattern")
        while toks and self._droppable(toks[0], toks[1] if len(toks) > 1 else ""):
            start = text.index(toks[0], start) + len(toks[0])
            toks = toks[1:]
            if toks:  # the next word, past any gap (" ", "-", " & ")
                start = text.index(toks[0], start)
        if not toks:
            return
        if ("and" in toks or "und" in toks) and len(toks) > 3:
            cut = max(i for i, x in enumerate(toks) if x in ("and", "und"))
            if (toks[cut - 1] in t.org_heads or toks[0] in given_names() or toks[0] in t.org_prefixes) \
                    and cut + 1 < len(toks):
                # "Blue Lake Group and Redwood Capital", "FC Cologne and Bayer Leverkusen" are two
                # names; "Ministry of Industry and Information Technology" is one.
                at = text[start:end].rfind(" " + toks[cut] + " ")
                if at >= 0:
                    yield from self._classify(doc, sent_start, start, start + at, toks[:cut])
                    yield from self._classify(doc, sent_start, start + at + len(toks[cut]) + 2, end, toks[cut + 1:])
                    return
        club = len(toks) >= 2 and toks[0] in t.org_prefixes  # "FC Barcelona", "VfL Wolfsburg"
        if club and t.lang == "de":  # "FC Chelsea Interesse": the club and the noun after it
            end, toks = _without_trailing_nouns(text, toks, start, end)
        if not club and len(toks) == 2 and toks[0].endswith(("e", "er", "en")) and (self._institution(toks[1]) or (
                toks[1].lower().rstrip("s").endswith(t.org_suffixes) and t.ranks and toks[0].startswith(t.ranks))):
            # "Unabhängige Opferschutzkommission", "der Oberste Gerichtshof": an adjective and the
            # institution (not a town's: "Grazer Gericht")
            club = True
        elif not club and len(toks) >= 2 and (t.local_heads and toks[0].lower().endswith(t.local_heads) or
                                              self._acronym(toks[0], text, start, end)) and self._town(" ".join(toks[1:])):
            club = True  # "Universitätsklinikum Freiburg", "Landesstudio Wien", "LKH Graz": the town's own
        elif not club and len(toks) >= 2 and toks[1] in t.local_bodies and toks[0].endswith("er") and (
                len(toks) == 2 or toks[2] in t.connectors) and any(
                self._town(place) for place in (toks[0][:-2], toks[0][:-1], toks[0][:-3] + "en")):
            # "Wiener Landtag", "Tiroler Landesregierung", "Kärntner Landtag"; "des Wiener Landtags zur Aufhebung"
            end, toks, club = text.index(toks[1], start) + len(toks[1]), toks[:2], True
        elif not club and self._institution(toks[0]):
            # "Wirtschaftskammer", "Gesundheitsministerium Österreich": German builds institutions
            # into one word ("Ärztekammer Blockadehaltung" is the chamber and a noun).
            # "Max-Planck-Institut für Astronomie" is one name; not "EU-Kommission für Reformen" (a body
            # that has a name already, and what it is for)
            named_for = 2 < len(toks) <= 5 and toks[1] in ("für", "of", "for") and not toks[0].split("-")[0].isupper()
            if (len(toks) > 2 or len(toks) == 2 and _german_noun(toks[1])) and not named_for:
                end, toks = start + len(toks[0]), toks[:1]  # "Ärztekammer Blockadehaltung": the chamber
            club = len(toks) <= 2 or named_for
        if club:
            yield Mention(start, end, text[start:end], "Organization", 0.6, f"{t.lang}.pattern")
            return
        if len(toks) == 1 and self._acronym(toks[0], text, start, end):
            yield Mention(start, end, toks[0], "Organization", 0.5, f"{t.lang}.acronym")
            return
        if self._head_of(toks):
            yield Mention(start, end, text[start:end], "Organization", 0.7, f"{t.lang}.pattern")
            return
        head = toks[-1]
        kind = None
        if head in t.fund_heads:
            kind = "Fund"
        elif head in t.program_heads:
            kind = "Program"
        elif head in t.org_heads or head.rstrip(".") in t.org_heads:
            kind = "Organization"
        if kind and len(toks) >= 2:
            yield Mention(start, end, text[start:end], kind, 0.7, f"{t.lang}.pattern")
            return
        if len(toks) == 1 and toks[0] in t.lone_orgs:  # "Parliament": each country's, so local to the article
            yield Mention(start, end, text[start:end], "Organization", 0.7, f"{t.lang}.pattern", local=True)
            return
        if kind:
            return
        if self._place_name(toks):
            yield Mention(start, end, text[start:end], "Place", 0.6, f"{t.lang}.pattern")
            return
        if "and" in toks or "und" in toks:
            # "Intime Retail Group and Weibo": two names joined by a conjunction.
            cut = max(i for i, x in enumerate(toks) if x in ("and", "und"))
            at = text[start:end].rfind(" " + toks[cut] + " ")
            if at < 0:
                return
            left_end = start + at
            right_start = left_end + len(toks[cut]) + 2
            yield from self._classify(doc, sent_start, start, left_end, toks[:cut])
            yield from self._classify(doc, sent_start, right_start, end, toks[cut + 1:])
            return
        if len(toks) > 2 and not toks[-1][:1].isalpha() and (at := _last_token(text, toks[-1], start, end)) > start:
            # "gegen den Italiener Paolo Lorenzi 7:6": a score or a count after a name
            end, toks = _end_before(text, at, " \t"), toks[:-1]
        person = self._person(doc, start, end, toks)
        if person is None and len(toks) == 1:
            # "Landeshauptmann Niessl", "coach Wenger": the title before the run was dropped or is lower-case
            before = re.search(r"([\w-]+) +$", text[max(0, start - 40):start])
            if before and self._title_word(before.group(1)):
                person = self._titled_surname(doc, start, end, toks[0])
        if person is None and len(toks) > 2:
            # "Group Chairman und CEO Daniel Zhang": the name is the run's tail.
            # "Forscherin Nienke van der Marel": from a given name with particles after it too
            given_at = [len(toks) - g for g, x in enumerate(toks[1:-2], 1) if x in given_names() and toks[g + 1] in t.particles]
            for n in sorted({3, 2, *given_at}, reverse=True):
                tail_start = _last_token(text, toks[-n], start, end) if n <= len(toks) else -1
                if tail_start >= 0 and toks[-n].lower() not in t.titles:  # not "Minister John Prescott"
                    person = self._person(doc, tail_start, end, toks[-n:])
                    if person:
                        break
        if person is None and len(toks) >= 2 and self._title_word(toks[-2]):
            # "während der Politologe Filzmaier": a title the run kept, then the surname
            person = self._titled_surname(doc, _last_token(text, toks[-1], start, end), end, toks[-1])
        if person is None and t.lang == "en" and len(toks) == 2 and start > sent_start and "&" not in text[start:end] \
                and not DETERMINED.search(text, max(0, start - 12), start) and self._name_shaped(toks):
            # not at a sentence's start, not after an article ("the Stade Toulousain"), no "&" ("Starsky & Hutch")
            person = Mention(start, end, text[start:end], "Person", 0.45, f"{t.lang}.shape")
        if person:
            yield person

    def _name_shaped(self, toks: list[str]) -> bool:
        """Two English words that can only be a given name and a surname: "Jimi Hendrix", "Leroy
        Lita", "Makarim Wibisono". Neither is an English word (nor its plural: "Belgrave
        Harriers"), a word the lexicon or the gazetteer knows, or a demonym. Only for English: in
        German text every noun is capitalised, and too many nouns and foreign phrases look so."""
        from ..gloss import english_words
        from .gazetteer import towns

        t, words = self.tables, english_words()
        for x in toks:
            low = x.lower()
            if not _NAME_SHAPE.fullmatch(x) or low in words or low in t.not_names or x in towns() or \
                    _lexicon_kinds(x, False) or t.demonym and (t.demonym.fullmatch(x) or t.demonym.fullmatch(x[:-1])):
                return False
            if low.endswith("s") and (low[:-1] in words or low.endswith("es") and low[:-2] in words):
                return False
        return True

    def _known_other(self, name: str) -> bool:
        """Whether the lexicon knows the name as a person or a place (a surname counts too)."""
        kinds = _lexicon_kinds(name, german=self.tables.lang == "de")
        return bool(kinds & {"Person", "Place"}) or name in _lexicon_surnames()

    def _place_name(self, toks: list[str]) -> bool:
        """A place named by its kind: "Lansdowne Road", "Silicon Valley" (not "Richard Hill"), or
        one word naming a street or square: "Domgasse", "Montecuccoli-Platz" (not "Sackgasse")."""
        t = self.tables
        if len(toks) >= 2:
            return toks[-1] in t.place_heads and not any(x in t.connectors for x in toks) and \
                toks[0] not in given_names()
        suffix = next((x for x in t.place_suffixes if toks[0].endswith(x)), None)
        return bool(suffix) and len(toks[0]) > len(suffix) + 2 and toks[0] not in t.not_places and \
            not inflected_noun(toks[0])

    def _town(self, name: str) -> bool:
        from .gazetteer import towns

        words = tuple(w.rstrip(".") for w in name.split())
        return "Place" in _lexicon_kinds(name, self.tables.lang == "de") or words in towns().get(words[0], ())

    def _institution(self, token: str) -> bool:
        t = self.tables
        # the genitive too: "des Wirtschaftsministeriums", "des Arbeitsamtes"
        if t.org_suffixes and re.sub(r"e?s$", "", token).endswith(t.org_suffixes) and len(token) > 8:
            return True
        if t.institution is None or not t.institution.fullmatch(token):
            return False
        left = token.split("-", 1)[0]
        # "US-Botschaft", "Griss-Kommission"; not "Regierungs-Kommission" (a noun in front)
        return "-" not in token or left.isupper() or left in given_names() or not any(
            w in common_nouns() or _german_noun(w) for w in (left, left[:-1] if left.endswith("s") else left))

    def _institution_of_title(self, token: str) -> str | None:
        """The institution in a title compound ("Wirtschaftskammer-Präsident"), or None."""
        head, dash, tail = token.partition("-")
        tail = tail.lower()
        if dash and (tail in self.tables.titles or tail in self.tables.roles) and self._institution(head):
            return head
        return None

    def _head_of(self, toks: list[str]) -> bool:
        """Names with the head first: English "Confederation of British Industry", "London School
        of Economics", "Department for Education and Skills"; German "Universität Tel Aviv",
        "Hotel Sofitel" (not "Hotel Zimmer": a noun after the head is no name)."""
        t = self.tables
        if t.lang == "de" and len(toks) >= 2 and toks[0] in t.head_first and not inflected_noun(toks[1]) and \
                toks[1].lower() not in t.not_names:
            return True
        for k in range(len(toks) - 2):  # English, and English names in German text
            named = toks[k + 3] if toks[k + 2] == "the" and k + 3 < len(toks) else toks[k + 2]  # "of the Blind"
            if toks[k] in t.org_heads and toks[k + 1] in ("of", "for") and named[:1].isupper() \
                    and named not in _GOVERNING:
                return True
        return False

    def _acronym(self, token: str, text: str, start: int, end: int) -> bool:
        """An unknown acronym (BSA, MPAA, CICIG, ÖAMTC) names an organisation, unless it is a known
        non-name or the text around it is in capitals too (a shouted headline)."""
        if not (2 <= len(token) <= 6 and token.isupper() and token.isalpha()) or token in self.tables.not_acronyms:
            return False
        from .. import lexicon as lx

        if lx.latin_tokens(token) in lx.load().latin:
            return False  # the lexicon recogniser decides: "US" is a place
        around = text[max(0, start - 20):start] + text[end:end + 20]
        letters = [c for c in around if c.isalpha()]
        return sum(c.isupper() for c in letters) < len(letters) / 2

    def _droppable(self, token: str, following: str) -> bool:
        low = token.lower()
        if self._institution_of_title(token) or low.endswith("-based"):
            return True  # "Wirtschaftskammer-Präsident" before a name, "Gibraltar-based Menatep Group"
        # A German common noun opens a phrase, not a name, when a genitive follows ("Gründung
        # der Kommunistischen Partei"); "Allianz Stiftung" keeps its first word.
        return low in self.tables.not_names or low in self.tables.connectors or low in self.tables.titles or (
            self.tables.lang == "de" and inflected_noun(token) and following in self.tables.connectors
            and following not in ("of", "for") and not self._institution(token)) or (
            # "die Behörde CICIG", "die Nachrichtenagentur Reuters": a noun in apposition to the name
            # (not "Nordlicht AG": a legal form after a noun makes the company's name)
            self.tables.lang == "de" and following[:1].isupper() and (
                following.isupper() and following not in self.tables.org_heads and token in common_nouns()
                or low.endswith(APPOSITION_NOUNS)))

    def _person(self, doc: Document, start: int, end: int, toks: list[str]) -> Mention | None:
        t = self.tables
        text = doc.article.text
        if t.lang == "de":  # "Hermann Schützenhöfers Eignung": a genitive name runs into the noun it qualifies
            end, toks = _without_trailing_nouns(text, toks, start, end)
        # "Robert de Niro", "Louis van Gaal": a particle inside a name that starts with a given name.
        particled = len(toks) >= 3 and toks[0] in given_names() and all(x in t.particles for x in toks[1:-1])
        if not 2 <= len(toks) <= (4 if particled else 3) or not particled and any(x.lower() in t.connectors for x in toks):
            return None
        if any(not particled and not x[:1].isupper() or x.isupper() and len(x) > 1 for x in toks):
            return None
        first = toks[0].lower()
        if len(toks) > 2 and (first in t.roles or toks[0] not in given_names() and toks[1] in given_names() or
                               t.lang == "de" and first.endswith(tuple(t.titles))):
            # "Kommissionssprecher Herwig Hösele", "Führer Ali Chamenei": the name starts at the given
            # name or after the title; the caller tries the run's tail
            return None
        if len(toks) == 2 and toks[0] not in given_names() and self._title_word(toks[0]):
            return None  # "Ex-Trainer Zollner": the caller takes the surname after the title
        compound = toks[0].rsplit("-", 1)[-1]
        if len(toks) > 2 and "-" in toks[0] and compound not in given_names():
            return None  # "IT-Beratungsfirma Crisp Research": a noun compound, not "Hans-Peter"
        if any(x.lower() in t.titles for x in toks[1:]):
            return None  # "Russlands Präsident Putin": a title inside is no name
        if t.lang == "de" and toks[0] not in given_names() and toks[0] not in t.extra_given_names and (
                inflected_noun(toks[0]) or re.search(r"(?:isch|lich|sch)(?:e|er|en|es)$", toks[0])):
            # "so Forensiker Havranek", "Bayerische Motorenwerke, deutscher Autobauer": a noun or an
            # adjective is no given name; the caller tries the tail
            return None
        before = text[max(0, start - 40):start].lower().rstrip(" ,")
        after = text[end:end + 40].lower().lstrip(" ,")
        last_word = re.search(r"([\w\-]+)$", before)
        # English titles are whole words ("champ" does not end in "mp"); German ones end compounds
        # ("Parteichef", "Vizekanzler").
        titled = any(before.endswith(w) and (t.lang == "de" or not before[-len(w) - 1:-len(w)].isalnum())
                     for w in t.titles) or \
            bool(last_word and last_word.group(1) in t.roles)
        said = after.split(" ")[:2]
        # A title after the name, "Müller sagte" (not "im Home Office, sagte er": a pronoun after
        # the verb is the speaker), "said Lleyton Hewitt", or a surname quoted elsewhere ("Hewitt said").
        # (a whole title, inflected or not: "dramatisch" does not start with the title "dr")
        described = any(after.startswith(w) and re.match(re.escape(w) + r"(?:e|en|in|innen|s|es)?\b", after)
                        for w in t.titles) or self._apposed_role(text, end) or \
            said[0] in t.reporting and (len(said) < 2 or said[1].strip(".,") not in _PRONOUNS) or \
            before.rsplit(" ", 1)[-1] in t.reporting or toks[-1] in _quoted_surnames(text, t.reporting)
        given = toks[0] in given_names() or toks[0] in t.extra_given_names
        # Chinese and Korean names put the surname first: "Zhang Yong", "Park Geun-hye"
        chinese = is_chinese_name(toks) or len(toks) == 2 and "-" in toks[1] and toks[1] in given_names() and \
            len(toks[0]) <= 5
        if not (given or chinese or titled) and t.lang == "en" and all_english(toks):
            # ordinary English words and no title: "organiser Mean Fiddler", "Iron Maiden's Bruce Dickinson"
            # (not "actor Will Smith")
            return None
        if given or chinese or titled and described:
            score = 0.85 if (titled or described) else 0.65
            return Mention(start, end, text[start:end], "Person", score, f"{t.lang}.title" if titled else f"{t.lang}.pos")
        if titled or described:
            # Only a title or a verb of saying: a company told by its trade ("die Firma X sagte") wins.
            return Mention(start, end, text[start:end], "Person", 0.6 if titled else 0.55, f"{t.lang}.title")
        return None

    def _title_word(self, word: str) -> bool:
        """A title or an occupation written before a surname: "Trainer", "coach", and in German
        compounds too: "Landeshauptmann", "ÖVP-Kandidatin", "Politologe", "Fotograf"."""
        t = self.tables
        low = word.lower()
        tail = low.rsplit("-", 1)[-1]
        if low in _COURTESY:
            return False  # "Mr Scott" is a name, title and all: passes.surnames takes it
        if t.lang != "de" and not word.islower() and (low in t.roles or low in _NAME_WORDS_EN):
            return False  # "Star Trek", "General Election", "Vice City": capitalised, the word is part of a name
        if low in t.titles or tail in t.titles or low in t.roles or tail in t.roles:
            return True
        return t.lang == "de" and word[:1].isupper() and low.endswith(_title_endings(t) + _OCCUPATIONS_DE)

    def _titled_surname(self, doc: Document, start: int, end: int, token: str) -> Mention | None:
        """One word after a title is a surname when it can be nothing else: not a noun ("Präsident
        Wahlkampf"), not a known place or body ("Präsident Frankreichs"), not itself a title."""
        t = self.tables
        low = token.lower()
        if start < 0 or len(token) < 3 or not _SURNAME_SHAPE.fullmatch(token) or low in t.not_names or \
                token in CALENDAR_WORDS or \
                low in t.titles or low in t.roles or t.demonym and t.demonym.fullmatch(token):
            return None
        if t.lang == "de" and (inflected_noun(token) or re.search(r"(?:isch|lich|sch)(?:e|er|en|es)$", token)):
            return None
        if _lexicon_kinds(token, german=t.lang == "de") - {"Person"}:
            return None
        return Mention(start, end, doc.article.text[start:end], "Person", 0.6, f"{t.lang}.title")

    def _apposed_role(self, text: str, end: int) -> bool:
        """Whether a role in apposition follows the name: "Parul Jain, deputy chief economist at
        Nomura", "Van Rourke, a bond strategist at Popular Securities", "Gareth Thomas, the Wales
        captain)"."""
        t = self.tables
        m = t.apposed.match(text, end) if t.apposed else None
        role = m.group("role").lower() if m else ""
        nationality = m and "nationality" in t.apposed.groupindex and m.group("nationality")
        return role in t.titles or role in t.roles or bool(nationality) and role.endswith(t.occupation_endings) \
            and m.group("role")[:1].isupper()

    def _quoted(self, doc: Document):
        t = self.tables
        text = doc.article.text
        for m in QUOTED.finditer(text):
            inner = m.group(1).strip()
            words = inner.split()
            if not words or not words[0][:1].isupper() or len(words) > 12:
                continue
            # English names end in their head; German ones may start with it („Plan zur …“).
            head = words[0] if t.lang == "de" and (words[0] in t.fund_heads or words[0] in t.program_heads) else words[-1]
            before = text[max(0, m.start() - 30):m.start()].split()
            head_before = before[-1] if before else ""
            if head in t.fund_heads:
                kind = "Fund"
            elif head in t.program_heads or head_before.lower() in {h.lower() for h in t.program_heads}:
                kind = "Program"
            elif head in t.org_heads:
                kind = "Organization"
            elif t.launch_context.search(" ".join(before[-5:])):
                kind = "Program"  # "announced the official launch of its “Ten Actions …”"
            else:
                continue
            yield Mention(m.start(1), m.end(1), inner, kind, 0.8, f"{t.lang}.quote")

    def _descriptive(self, doc: Document):
        """Lower-case descriptive names after an establishing verb: 'set up a common prosperity
        development fund', 'einen Fonds zur Entwicklung des gemeinsamen Wohlstands'."""
        text = doc.article.text
        for m in self.tables.establish.finditer(text):
            name = m.group("name").strip()
            kind = None
            words = name.split()
            # English names end in their head ("development fund"), German ones start with it
            # ("Fonds zur Entwicklung …").
            for word in [words[-1]] + words:
                w = word.lower()
                if w in {h.lower() for h in self.tables.fund_heads}:
                    kind = "Fund"
                elif w in {h.lower() for h in self.tables.program_heads}:
                    kind = "Program"
                if kind:
                    break
            if kind:
                start = m.start("name")
                clean = " ".join(name.replace("„", "").replace("“", "").replace("”", "").split())
                yield Mention(start, start + len(name), name, kind, 0.6, f"{self.tables.lang}.pattern",
                              name=clean if clean != name else None)
