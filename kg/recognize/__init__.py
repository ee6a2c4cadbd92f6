"""Recognisers: Document -> typed Mentions with character offsets.

Each language has one module (zh, en, de) and every language shares the lexicon, money and time
recognisers. A recogniser is anything with a `name`, the `languages` it reads and a `__call__`
from Document to Mentions, so a spaCy or LLM recogniser is one more entry in RECOGNIZERS. Their
outputs overlap; `select` keeps one mention per span by priority, then length, then score.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from ..model import Document, Mention


@runtime_checkable
class Recognizer(Protocol):
    name: str
    languages: frozenset[str]

    def __call__(self, doc: Document) -> Iterable[Mention]: ...


# Between spans of one length: the lexicon knows, patterns infer, part-of-speech tags guess.
PRIORITY = {"lexicon": 3, "quote": 2, "pattern": 2, "title": 2, "pos": 1, "money": 3, "time": 3}


def _factories() -> dict[str, Callable[[], Recognizer]]:
    from . import de, en, lexicon, money, time, zh

    return {
        "lexicon": lexicon.LexiconRecognizer,
        "money": money.MoneyRecognizer,
        "time": time.TimeRecognizer,
        "zh": zh.ChineseRecognizer,
        "en": en.EnglishRecognizer,
        "de": de.GermanRecognizer,
    }


_instances: dict[str, Recognizer] = {}


def recognizers(names: Iterable[str] | None = None) -> list[Recognizer]:
    factories = _factories()
    chosen = list(names) if names is not None else list(factories)
    out = []
    for name in chosen:
        if name not in _instances:
            _instances[name] = factories[name]()
        out.append(_instances[name])
    return out


def recognize(doc: Document, names: Iterable[str] | None = None) -> tuple[Mention, ...]:
    if doc.article.lang not in ("zh", "en", "de"):
        return ()
    found: list[Mention] = []
    for r in recognizers(names):
        if doc.article.lang in r.languages:
            found.extend(r(doc))
    chosen = select(found)
    return select(found + list(propagate(doc, chosen)) + list(surnames(doc, chosen)) + list(listed_people(doc, chosen)))


_HEADS_ZH = ("基金", "计划", "行动", "项目", "工程", "战略", "倡议")


def propagate(doc: Document, mentions: tuple[Mention, ...]):
    """A name recognised once in an article is a name wherever else it stands there: "十大行动"
    after "阿里巴巴助力共同富裕十大行动", "脱贫基金" after "阿里巴巴脱贫基金" (the name without the
    owner's name in front)."""
    from .. import lexicon as lx

    lex = lx.load()
    text = doc.match_text
    forms: dict[str, str] = {}
    for m in mentions:
        if m.key or m.kind not in ("Fund", "Program", "Organization") or m.start < 0:
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
        if len(form) < 3:
            continue
        latin = not lx.is_han(form)
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            boundary = not latin or ((pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()))
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
    from .. import lexicon as lx
    from .latin import given_names

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
    if not forms:
        return
    taken = {i for m in mentions if m.kind not in ("Money", "Time") for i in range(max(m.start, 0), max(m.end, 0))}
    text = doc.article.text
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w-])")
    for hit in pattern.finditer(text):
        start, end = hit.span()
        m = forms[hit.group(1)]
        # A German genitive stands before its noun ("Weidingers Nachfolger"): only what precedes counts.
        genitive = german and not m.text.endswith(hit.group(1))
        if any(i in taken for i in range(start, end)) or _beside_capitalised(text, start, end, not genitive):
            continue
        yield Mention(start, end, hit.group(1), "Person", 0.5, f"{doc.article.lang}.surname",
                      key=m.key, name=m.name or m.text.replace("’s", "").replace("'s", ""))


def listed_people(doc: Document, mentions: tuple[Mention, ...]):
    """Officials named in a 、-list with one of them known: "李干杰、吴政隆、王小洪" after 王小洪
    is found makes the others people too, when they look like Chinese names (a surname, two to
    four characters). Lists of people in Chinese news rarely repeat the title for each name."""
    from .zh import surnames as zh_surnames
    from .zh import tag

    if doc.article.lang != "zh":
        return
    people = {(m.start, m.end) for m in mentions if m.kind == "Person" and m.start >= 0}
    taken = {i for m in mentions if m.kind not in ("Money", "Time") for i in range(max(m.start, 0), max(m.end, 0))}
    names, text = zh_surnames(), doc.match_text
    for s in doc.sentences:
        if "、" not in s.text or not any(s.start <= a < s.end for a, _ in people):
            continue
        tokens, pos = [], s.start
        for word, _ in tag(text[s.start:s.end]):
            tokens.append((pos, pos + len(word), word))
            pos += len(word)
        for run in _enumerations(tokens):
            if not any((a, b) in people for a, b, _ in run):
                continue
            for a, b, word in run:
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


_TITLE_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sir|Herr|Frau|Prof)\.?\s+)$")


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


def _priority(m: Mention) -> int:
    family, _, rule = m.source.partition(".")  # "lexicon.zh", "zh.title", "money.pattern"
    return PRIORITY.get(family, PRIORITY.get(rule, 1))


def select(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """Non-overlapping entity mentions (money and time may overlap entities: they are values)."""
    values = [m for m in mentions if m.kind in ("Money", "Time")]
    entities = sorted(
        (m for m in mentions if m.kind not in ("Money", "Time")),
        # The longer span wins (a quoted program name over the company inside it), then the
        # surer source.
        key=lambda m: (-(m.end - m.start), -_priority(m), -m.score, m.start, m.kind),
    )
    taken: set[int] = set()  # character positions already inside a kept mention
    kept = []
    for m in entities:
        span = range(max(m.start, 0), max(m.end, m.start + 1, 0))
        if m.start >= 0 and any(i in taken for i in span):
            continue
        taken.update(span)
        kept.append(m)
    kept.extend(_dedupe(values))
    return tuple(sorted(kept, key=lambda m: (m.start, m.end, m.kind)))


def _dedupe(values: list[Mention]) -> list[Mention]:
    best: dict[tuple[int, int, str], Mention] = {}
    for m in values:
        k = (m.start, m.end, m.kind)
        if k not in best or m.score > best[k].score:
            best[k] = m
    # of two overlapping values of one kind keep the longer ("1000亿元" over "1000亿")
    out = []
    for m in sorted(best.values(), key=lambda m: (-(m.end - m.start), m.start)):
        if not any(o.kind == m.kind and m.start < o.end and o.start < m.end for o in out):
            out.append(m)
    return out
