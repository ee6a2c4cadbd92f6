"""Recognisers: Document -> typed Mentions with character offsets.

Each language has one module (zh, en, de) and every language shares the lexicon, money and time
recognisers; team sheets (en, de) have one of their own. A recogniser is anything with a `name`,
the `languages` it reads and a `__call__` from Document to Mentions, so a spaCy or LLM recogniser
is one more entry in RECOGNIZERS. Their outputs overlap; `select` keeps one mention per span by
priority, then length, then score.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from ..model import Document, Mention
from . import passes, retype


@runtime_checkable
class Recognizer(Protocol):
    name: str
    languages: frozenset[str]

    def __call__(self, doc: Document) -> Iterable[Mention]: ...


# Between spans of one length: the lexicon knows, patterns infer, part-of-speech tags guess.
PRIORITY = {"lexicon": 3, "quote": 2, "pattern": 2, "title": 2, "context": 2, "dateline": 2, "abbreviation": 2, "pos": 1,
            "money": 3, "time": 3, "lineup": 2}


def _factories() -> dict[str, Callable[[], Recognizer]]:
    from . import de, en, lexicon, money, sheets, time, zh

    return {
        "lexicon": lexicon.LexiconRecognizer,
        "money": money.MoneyRecognizer,
        "time": time.TimeRecognizer,
        "zh": zh.ChineseRecognizer,
        "en": en.EnglishRecognizer,
        "de": de.GermanRecognizer,
        "sheets": sheets.SheetRecognizer,
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
    chosen = select(found + [m for rule in passes.RULES for m in rule(doc, chosen)])
    for stage in retype.RETYPES:
        chosen = stage(doc, chosen)
    return chosen


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
