"""Recognisers: Document -> typed Mentions with character offsets.

Each language has one module (zh, en, de) and every language shares the lexicon, money and time
recognisers. A recogniser is anything with a `name`, the `languages` it reads and a `__call__`
from Document to Mentions, so a spaCy or LLM recogniser is one more entry in RECOGNIZERS. Their
outputs overlap; `select` keeps one mention per span by priority, then length, then score.
"""
from __future__ import annotations

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
    return select(found + list(propagate(doc, select(found))))


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
