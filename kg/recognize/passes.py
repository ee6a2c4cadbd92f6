"""Second passes over an article's chosen mentions: what one mention shows about the rest of the
text. A name found once is a name wherever it stands (propagate); a surname after the full name is
that person (surnames), and so is the given name where no one else has it (first_names); a
company or club named in full is named by its first word after that (short_names); officials
listed with a known one are people (listed_people); an acronym in brackets after a body's name is
that body (abbreviations); a known town is a place (gazetteer.places)."""
from __future__ import annotations

import re

from .. import lexicon as lx
from ..chinese import surnames as zh_surnames
from ..gloss import english_words
from ..model import Document, Mention, entity_positions
from . import gazetteer
from .latin import DETERMINED, given_names, inflected_noun, latin_tables
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
    taken = entity_positions(mentions)
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
    lex, given = lx.load(), given_names()
    full: dict[str, set[Mention]] = {}  # surname -> the full-name mentions it may stand for
    for m in mentions:
        words = m.text.replace("’s", "").replace("'s", "").split()
        if m.kind != "Person" or m.start < 0 or len(words) < 2 or not _SURNAME.match(words[-1]):
            continue
        last = words[-1]
        if german and last.endswith("s") and not last.endswith("ss") and m.text == m.label and \
                re.match(r" [A-ZÄÖÜ]", doc.article.text[m.end:m.end + 2]):
            last = last[:-1]  # the genitive before its noun ("Heinz-Christian Straches Partei"): "Strache" after it
        if len(last) >= 3 and last not in given and lx.latin_tokens(last) not in lex.latin:
            full.setdefault(last, set()).add(m)
    forms: dict[str, Mention] = {}  # form as written -> the full-name mention it stands for
    for last, ms in full.items():
        # two people of that surname in the article ("Tony Blair", "Cherie Blair"); not one person
        # in two cases ("Jürg Christandl", "Jürg Christandls")
        if len({m.key or re.sub(r"s$", "", m.label) if german else m.key or m.label for m in ms}) > 1:
            continue
        m = min(ms, key=lambda m: m.start)
        forms[last] = m
        if german and not last.endswith(("s", "x", "z")):
            forms[last + "s"] = m
        particles = re.search(r"(?:\b[a-z]{2,3} )+" + re.escape(last) + "$", m.text)
        if particles:  # "den Haan" after "Joost den Haan", as well as "Haan"
            forms[particles.group()] = m
    taken = entity_positions(mentions)
    text = doc.article.text
    if forms:
        pattern = _whole_words(forms)
        for hit in pattern.finditer(text):
            start, end = hit.span()
            m = forms[hit.group(1)]
            # A German genitive stands before its noun ("Weidingers Nachfolger"): only what precedes counts.
            genitive = german and not m.text.endswith(hit.group(1))
            # (a form that opens with a particle, "den Haan", is set apart from a noun before it)
            if any(i in taken for i in range(start, end)) or _beside_capitalised(
                    text, start, end, not genitive, check_before=hit.group(1)[0].isupper()):
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


def first_names(doc: Document, mentions: tuple[Mention, ...]):
    """After "Jonah Lomu" or "Angela Merkel", "Jonah" or "Angela" alone is that person, where no one
    else in the article has that given name: sport and feature writing call people by it. Not a
    given name that is also a known name ("Victoria", "Jordan"), nor one next to another capitalised
    word (another person's full name)."""
    if doc.article.lang not in ("en", "de"):
        return
    lex, names = lx.load(), given_names()
    owners: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        words = m.label.split()
        if m.kind == "Person" and m.start >= 0 and len(words) > 1 and words[0] in names:
            owners.setdefault(words[0], set()).add(m.key or m.label)
            first.setdefault(words[0], m)
    # not another person's surname: "Charles" after "Charles Kennedy" and "Ray Charles"
    family = _surnames_of(mentions)
    forms = {w: first[w] for w, who in owners.items()
             if len(who) == 1 and len(w) >= 3 and w not in family and lx.latin_tokens(w) not in lex.latin}
    if not forms:
        return
    text, taken = doc.article.text, entity_positions(mentions)
    pattern = _whole_words(forms)
    for hit in pattern.finditer(text):
        start, end = hit.span()
        # a given name that is also a word, at a sentence's start or after an article, is the word:
        # "Mark my words", "the Bill would hand power to Brussels"
        word = hit.group(1).lower() in english_words() and (
            _SENTENCE_START.search(text, max(0, start - 3), start) or DETERMINED.search(text, max(0, start - 12), start))
        if not any(i in taken for i in range(start, end)) and not _beside_capitalised(text, start, end) and not word:
            m = forms[hit.group(1)]
            yield Mention(start, end, hit.group(1), "Person", 0.45, f"{doc.article.lang}.given", key=m.key, name=m.label)


def short_names(doc: Document, mentions: tuple[Mention, ...]):
    """A company or club named in full once goes by its first word after that: "die Admira" after
    "FC Admira Wacker Mödling", "gegen Sturm" after "Sturm Graz", "Goldman" after "Goldman Sachs".
    The word must be the name's own: not an English word ("Golden State"), a German noun or
    adjective ("Wiener Linien", "Europäischen Union"), a given name ("Morgan Stanley"), a head
    ("Hotel Sofitel") or a name the lexicon knows ("Austria Wien"); and it must begin only one of
    the article's organisations ("FC Bayern", "FC Köln")."""
    if doc.article.lang not in ("en", "de"):
        return
    german = doc.article.lang == "de"
    t, text = latin_tables(doc.article.lang), doc.article.text
    owners: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind != "Organization" or m.start < 0:
            continue
        words = m.text.split()
        if len(words) > 1 and words[0] in t.org_prefixes and len(words[0]) < 3:
            words = words[1:]  # "FC Admira Wacker" goes by "Admira"; "VfL Wolfsburg" by "VfL" too
        # "Pläne der Kommission": a name whose second word is a connector opens with a noun
        if len(words) > 1 and words[1][:1].isupper() and _own_word(words[0], text, t, german):
            owners.setdefault(words[0], set()).add(m.key or m.label)
            first.setdefault(words[0], m)
    # one organisation's word, and no person's surname ("Quorvath" after "Peter Quorvath" and "Quorvath Holdings")
    family = _surnames_of(mentions)
    forms = {w: first[w] for w, who in owners.items() if len(who) == 1 and w not in family}
    if german:  # the genitive: "Rapids Sprung"
        forms.update({w + "s": m for w, m in list(forms.items()) if not w.endswith(("s", "x", "z"))})
    if not forms:
        return
    taken = entity_positions(mentions)
    pattern = _whole_words(forms)
    for hit in pattern.finditer(text):
        start, end = hit.span()
        genitive = hit.group(1) not in owners  # a German genitive stands before its noun
        if any(i in taken for i in range(start, end)) or _beside_capitalised(text, start, end, not genitive) or \
                _INDEFINITE.search(text, max(0, start - 8), start):
            continue  # "ein Sturm zog auf" is weather, not Sturm Graz
        m = forms[hit.group(1)]
        yield Mention(start, end, hit.group(1), "Organization", 0.5, f"{doc.article.lang}.short",
                      key=m.key, name=m.label)


def _whole_words(forms) -> re.Pattern:
    """Any of the forms as a whole word (not inside "Hans-Peter" or "Blairite"), the longest first."""
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w-])")


_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“„]\s*)\Z")
_INDEFINITE = re.compile(r"\b(?:[Ee]in|[Ee]ine[mnrs]?|[Kk]ein\w*|im|an?)\s+$")


def _surnames_of(mentions: tuple[Mention, ...]) -> set[str]:
    return {m.label.split()[-1] for m in mentions if m.kind == "Person" and len(m.label.split()) > 1}


# German adjectives, and the "-er" of places' adjectives ("Wiener", "Leipziger"), open names too.
_ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischer", "isches", "sche", "schen", "er", "ale", "alen", "ales")


def _own_word(word: str, text: str, t, german: bool) -> bool:
    """Whether a name's first word is the name's own, not an ordinary word of either language."""
    if len(word) < 3 or not re.fullmatch(r"[A-ZÄÖÜ][\wäöüß&]*[a-zäöüß][\wäöüß&]*", word):
        return False  # acronyms have their own rule
    if len(word) == 3 and word not in t.org_prefixes or (word,) in gazetteer.towns().get(word, ()):
        return False  # "Mac mini"; a town's club or school ("Brixton Academy") is the town alone
    lex = lx.load()
    if t.demonym and t.demonym.fullmatch(word) or not german and word.endswith(("an", "ine")) and any(
            lx.latin_tokens(stem) in lex.latin for stem in (word[:-1], word[:-1] + "a", word[:-2] + "a")):
        return False  # "the Greek tribunal", "European elections", "Ugandan", "Argentine"
    low = word.lower()
    if low in english_words() or word in given_names() or low in t.titles or low in t.roles or low in t.not_names:
        return False
    if word in t.org_heads or word in t.head_first or lx.latin_tokens(word, german) in (lex.de if german else lex.latin):
        return False
    if german and (inflected_noun(word) or low.endswith(_ADJECTIVE_ENDINGS)):
        return False
    return not re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", text)  # "Sturm" is a name; "sturm" is none


def _not_surname(word: str, german: bool) -> bool:
    en, de = latin_tables("en"), latin_tables("de")
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
    taken = entity_positions(mentions)
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


# Titles before a surname; only the abbreviations take a dot ("so die Frau. Ähnlich …" ends a sentence).
_COURTESY = r"(?:Mr|Mrs|Ms|Dr|Prof)\.?|Sir|Herr|Frau"
_TITLE_BEFORE = re.compile(r"(?:\b(?:" + _COURTESY + r")\s+)$")
_TITLED = re.compile(r"\b(?:" + _COURTESY + r") (?P<name>(?:(?:Van|Von|De|Den|Der|Di|Da|La|Le)(?: (?:van|von|de|den|der))* )?"
                     r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)(?![\w-])")
# ("Mr Van de Vijver": a capitalised particle; "Herr der Lage", "Frau von Welt" are no names)


def _beside_capitalised(text: str, start: int, end: int, check_after: bool = True, check_before: bool = True) -> bool:
    """Whether a capitalised word stands right before (not a courtesy title, not a sentence start)
    or right after the span."""
    if check_after and re.match(r"\s+[A-ZÀ-ÖØ-Þ]", text[end:end + 3]):
        return True
    if not check_before:
        return False
    before = text[max(0, start - 30):start]
    if _TITLE_BEFORE.search(before):
        return False
    prev = re.search(r"([\w’'-]+)\s+$", before)
    return bool(prev and prev.group(1)[:1].isupper() and not re.search(r"[.!?:\"“„]\s*[\w’'-]+\s+$", before))


_ABBREVIATION = re.compile(r" ?\((?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü&]{1,9})\)")


def abbreviations(doc: Document, mentions: tuple[Mention, ...]):
    """An acronym in brackets after a body's name is that body, there and wherever the article
    uses it again: "der Bank Austria (BA)", "the Financial Services Authority (FSA)". The acronym
    carries the full name, so that both are one node."""
    if doc.article.lang not in ("en", "de"):
        return
    text = doc.article.text
    taken = entity_positions(mentions)
    unknown: dict[str, set[int]] = {}  # an acronym found on its own ("FSA", no key) gives way once it is known
    for o in mentions:
        if o.key is None and o.start >= 0:
            unknown.setdefault(o.text, set()).update(range(o.start, o.end))
    seen: set[str] = set()
    named = [(m, _ABBREVIATION.match(text, m.end)) for m in mentions
             if m.kind in ("Organization", "Fund", "Program") and m.start >= 0]
    for m, hit in named + list(_defined(doc, mentions)):
        if not hit or hit.group("abbr") in seen:
            continue
        abbr = hit.group("abbr")
        initials = {w[:1].upper() for w in re.split(r"[\s-]+", m.label) if w}
        if sum(c.isupper() for c in abbr) < 2 or abbr == m.label or abbr[0] not in initials:
            continue  # "(Wien)", "(dpa)"-like remarks are no abbreviation of the name
        seen.add(abbr)
        if m.source.endswith(".defined"):
            yield m
        own = unknown.get(abbr, set())
        for use in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])", text):
            if not any(i in taken and i not in own for i in range(*use.span())):
                taken.update(range(*use.span()))
                yield Mention(use.start(), use.end(), abbr, m.kind, 0.7, f"{doc.article.lang}.abbreviation",
                              key=m.key, name=m.label)


def _defined(doc: Document, mentions: tuple[Mention, ...]):
    """Names that an acronym in brackets defines, where no rule found the name: "des Vereins für
    Konsumenteninformation (VKI)", "dem Europäischen Zentrum für erneuerbare Energie (EEE)". The
    name starts with the acronym's first letter and holds at least two of its letters as initials;
    it names a body (in German, a word for one: Verein, Zentrum, -kammer) and no person."""
    t = latin_tables(doc.article.lang)
    text, german = doc.article.text, doc.article.lang == "de"
    ends = {m.end for m in mentions}
    for hit in _ABBREVIATION.finditer(text):
        abbr = hit.group("abbr")
        if hit.start() in ends or abbr in t.not_acronyms:
            continue
        words = list(_WORDS_BEFORE.finditer(text, max(0, hit.start() - 120), hit.start()))
        words = [w for w in words if not re.search(r"[.;:!?()\n]", text[w.end():hit.start()])]  # this sentence's
        for k in range(max(0, len(words) - 8), len(words) - 1):  # the longest name first
            phrase = words[k:]
            first = phrase[0].group()
            if first[0] != abbr[0] or first.lower() in t.connectors or first in given_names():
                continue
            tokens = [w.group() for w in phrase]
            # "für erneuerbare Energie": German adjectives inside a name are lower-case
            if not all(w[:1].isupper() or w in t.connectors or german and w.endswith(("e", "en", "er", "es"))
                       for w in tokens):
                continue
            letters = iter(w[0].upper() for w in tokens)
            if sum(1 for c in abbr.upper() if any(c == x for x in letters)) < min(2, len(abbr)):
                continue
            if t.body_words and not any(w.lower().rstrip("s").endswith(t.body_words) for w in tokens):
                continue
            start, end = phrase[0].start(), phrase[-1].end()
            yield Mention(start, end, text[start:end], "Organization", 0.6, f"{doc.article.lang}.defined"), hit
            break


_WORDS_BEFORE = re.compile(r"[\w’'-]+")


RULES = (propagate, surnames, first_names, short_names, listed_people, abbreviations, gazetteer.places)
