"""The frozen dataclasses that flow between pipeline stages (see pipeline.build)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

# The five entity classes of the contract; recognisers also produce "Money" and "Time" values.
ENTITY_CLASSES = ("Organization", "Person", "Fund", "Program", "Place")


@dataclass(frozen=True)
class Article:
    """One input file, cleaned. `text` is what offsets point into: the title, a blank line, the body."""

    id: str  # content hash of the cleaned text and title: same article, same id, any path
    source: str
    format: str  # markdown | text | html
    title: str
    text: str
    lang: str  # zh | en | de | und (another language: kept, not extracted)
    date: str | None = None  # ISO 8601 date
    author: str | None = None
    editor: str | None = None
    publisher: str | None = None
    categories: tuple[str, ...] = ()
    images: tuple[str, ...] = ()
    url: str | None = None


class Token(NamedTuple):
    """A word of a language written without spaces (Chinese), with its part-of-speech tag. A
    named tuple: the recognisers unpack it (start, end, word, pos) in their loops."""

    start: int
    end: int
    text: str  # from Document.match_text (simplified characters)
    pos: str  # jieba's tag: ns place, nt organisation, nr person, v verb, x unknown


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    # The sentence's words, for Chinese (segmented once, read by every recogniser); empty for
    # languages that space their words.
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class Document:
    article: Article
    sentences: tuple[Sentence, ...]
    # Text used for matching: same length as article.text (offsets carry over), traditional
    # Chinese mapped to simplified character by character.
    match_text: str = ""

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(frozen=True)
class Money:
    value: Decimal  # whole units
    currency: str  # ISO 4217


@dataclass(frozen=True)
class Mention:
    """A typed span of an article. `key` names a lexicon entry when the recogniser knows one."""

    start: int
    end: int
    text: str
    kind: str  # one of ENTITY_CLASSES, "Money" or "Time"
    score: float
    source: str  # recogniser and rule that produced it, e.g. "zh.suffix"
    key: str | None = None
    name: str | None = None  # the name proper when `text` carries inflection or a quantity
    money: Money | None = None
    # For TIME: ISO year or date, and whether it is a deadline ("before 2025") or a point in time.
    time_value: str | None = None
    deadline: bool = False
    # The name names different things in different articles ("Wien" the club, "Parliament"): it
    # joins other mentions of its own article only.
    local: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def label(self) -> str:
        return self.name or self.text


@dataclass(frozen=True)
class Evidence:
    article_id: str
    sentence: int  # index into the document's sentences
    start: int  # character offsets of the whole evidence span in article.text
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Fact:
    """A relation or an amount between mentions of one document, before resolution."""

    subject: Mention
    predicate: str  # a contract relation name, or "amount"
    object: Mention
    evidence: Evidence
    role: str | None = None  # the title a leaderOf/memberOf fact was stated with
    deadline: str | None = None  # for amounts


@dataclass(frozen=True)
class Extraction:
    """What the per-document stages produce for one article."""

    document: Document
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    notes: tuple[str, ...] = ()  # e.g. "language not supported: extraction skipped"


@dataclass(frozen=True)
class Entity:
    """One real-world thing after resolution."""

    id: str  # stable local id used in the IRI
    kind: str
    labels: tuple[tuple[str, str], ...]  # (lang, label): the preferred name per language
    aliases: tuple[tuple[str, str], ...]  # (lang, surface form): every other name
    same_as: tuple[str, ...] = ()  # Wikidata IRIs
    key: str | None = None  # lexicon key
    merge_rules: tuple[str, ...] = ()  # how its names were brought together, for inspection


@dataclass(frozen=True)
class Graph:
    """Everything pipeline.build hands to the RDF stage."""

    extractions: tuple[Extraction, ...]
    entities: tuple[Entity, ...]
    # (article id, mention start, mention end) -> entity id
    assignment: dict = field(default_factory=dict)


def entity_positions(mentions) -> set[int]:
    """Character positions inside entity mentions (money and time are values: they may overlap
    names). Second passes look only where nothing was found."""
    return {i for m in mentions if m.kind not in ("Money", "Time") for i in range(max(m.start, 0), max(m.end, 0))}
