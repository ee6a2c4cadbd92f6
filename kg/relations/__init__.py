"""Facts between the mentions of one document: relations (rules.RULES), amounts with their owner
and deadline, and the items of enumerated programs. Every fact carries its evidence span."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import ENTITY_CLASSES, Document, Evidence, Fact, Mention, Sentence
from . import rules as R

_SLOT = re.compile(r"⟦([A-Z])(\d+)⟧")
_PRONOUN = {"en": re.compile(r"^(He|She)\b"), "de": re.compile(r"^(Er|Sie)\b(?= [a-zäöü])")}
_TITLE_SPLIT = re.compile(r"兼|、|和|及|,| and | und | & ")


@lru_cache(maxsize=None)
def _compiled(lang: str):
    return [(name, re.compile(rx), pred, conf) for name, lg, rx, pred, conf in R.RULES if lg == lang]


def extract(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Fact, ...]:
    lang = doc.article.lang
    text = doc.match_text if lang == "zh" else doc.article.text
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        s = doc.sentence_at(m.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(m)
    facts: list[Fact] = []
    last_person: Mention | None = None
    last_program: Mention | None = None  # what the article is about when a sentence names no owner
    for s in doc.sentences:
        ms = sorted(by_sentence.get(s.index, []), key=lambda m: (m.start, -m.end))
        dateline = _dateline_end(text, s)
        ms = [m for m in ms if m.start >= dateline]  # the agency in a dateline acts in no fact
        ents = [m for m in ms if m.kind in ENTITY_CLASSES]
        masked, slots = _mask(text, s, ents + [m for m in ms if m.kind == "Money"])
        if lang in _PRONOUN and last_person is not None:
            masked, slots = _resolve_pronoun(masked, slots, last_person, lang)
        sentence_facts = [f for name, rx, pred, conf in _compiled(lang)
                          for f in _apply(rx, masked, slots, s, doc, name, pred, conf)]
        facts.extend(sentence_facts)
        facts.extend(_amounts(doc, s, ms, sentence_facts, lang, last_program))
        people = [m for m in ents if m.kind == "Person"]
        if people:
            last_person = people[-1]
        programs = [m for m in ents if m.kind == "Program"]
        if programs:
            last_program = programs[-1]
    facts.extend(_enumerations(doc, mentions, facts))
    return tuple(_unique(facts))


# "SHENZHEN, March 14 (Reuters) -", "【新华社讯】", "（记者 王明）": who reports, at the start of
# a sentence, is not part of what is reported.
_DATELINE = re.compile(r"\s*(?:[A-ZÀ-Ý][\w.'’ -]{0,40}(?:,[^()\n]{0,40})?\s*\([^()\n]{2,40}\)\s*[-–—:]"
                       r"|【[^】\n]{1,30}】|[（(]记者[^）)\n]{0,30}[）)])")


def _dateline_end(text: str, s: Sentence) -> int:
    m = _DATELINE.match(text, s.start, s.end)
    return m.end() if m else s.start


def _mask(text: str, s: Sentence, ms: list[Mention]):
    out, slots, pos = [], [], s.start
    for m in ms:
        if m.start < pos or m.end > s.end:
            continue  # overlapping value inside an entity: the entity keeps the slot
        out.append(text[pos:m.start])
        out.append(f"⟦{R.SLOT[m.kind]}{len(slots)}⟧")
        slots.append(m)
        pos = m.end
    out.append(text[pos:s.end])
    return "".join(out), slots


def _resolve_pronoun(masked: str, slots: list[Mention], person: Mention, lang: str):
    m = _PRONOUN[lang].match(masked)
    if not m:
        return masked, slots
    return f"⟦P{len(slots)}⟧" + masked[m.end():], slots + [person]


def _slots_in(fragment: str, slots: list[Mention]) -> list[Mention]:
    return [slots[int(i)] for _, i in _SLOT.findall(fragment or "")]


def _apply(rx, masked, slots, s, doc, name, pred, conf):
    pos = 0
    while True:
        m = rx.search(masked, pos)
        if not m:
            return
        pos = m.start() + 1
        groups = m.groupdict()
        subjects = _slots_in(groups.get("s"), slots)
        if "s" not in groups and pred in ("role", "role-list"):
            # "… took over as CEO of X and served as Chairman of Y": each title takes the
            # nearest person before it.
            people = [slots[int(i)] for k, i in _SLOT.findall(masked[:m.start()]) if k == "P"]
            subjects = people[-1:]
        objects = _slots_in(groups.get("o"), slots) + _slots_in(groups.get("olist"), slots)
        if groups.get("olast"):  # a place chain: the most specific place (河北承德市滦平县 -> 滦平县)
            objects += _slots_in(groups["olast"], slots)[-1:]
        if not subjects or not objects:
            continue
        title = (groups.get("title") or "").strip() or None
        predicate = _role_predicate(title) if pred in ("role", "role-list") else pred
        for subj in subjects:
            for obj in objects:
                if subj is obj or (subj.key and subj.key == obj.key) or subj.text == obj.text:
                    continue
                ev = Evidence(doc.article.id, s.index, s.start, s.end, name, conf)
                yield Fact(subj, predicate, obj, ev, role=title)


def _role_predicate(title: str | None) -> str:
    if not title:
        return "memberOf"
    parts = [p.strip().lower() for p in _TITLE_SPLIT.split(title) if p.strip()]
    leaders = {t.lower() for t in R.LEADER_TITLES_ZH + R.LEADER_TITLES_EN + R.LEADER_TITLES_DE}
    return "leaderOf" if any(p in leaders for p in parts) else "memberOf"


def _amounts(doc: Document, s: Sentence, ms: list[Mention], here: list[Fact], lang: str, context_owner):
    """Each amount committed in the sentence goes to the fund or program it stands next to, else
    to what the sentence launched or established, else to a fund or program close by, else to
    the organisation pledging it, else to the program the article is about. A bracketed
    conversion "(15,5 Mrd. USD)" shares its amount's owner. Sums that are not commitments
    (sales, loans, prices) are left alone."""
    text = doc.match_text if lang == "zh" else doc.article.text
    money = [m for m in ms if m.kind == "Money"]
    owners = [m for m in ms if m.kind in ("Fund", "Program")]
    orgs = [m for m in ms if m.kind == "Organization"]
    deadlines = [m for m in ms if m.kind == "Time" and m.deadline]
    commit = R.COMMITMENT[lang]
    # Funds and programs that have their own sum right beside them in this sentence ("a fund
    # with 20 billion yuan") do not take the sentence's other sums.
    has_own = {id(o) for m in money for o in owners
               if (o.start >= m.end and R.MONEY_BEFORE_OWNER.match(text[m.end:o.start]))
               or (o.end <= m.start and R.MONEY_AFTER_OWNER.match(text[o.end:m.start]))}
    previous_owner, previous_end = None, -10
    for m in money:
        owner, rule = None, ""
        if previous_owner is not None and re.fullmatch(r"\s*[（(]\s*", text[previous_end:m.start]):
            owner, rule = previous_owner, "amount.conversion"
        if owner is None:
            after = [o for o in owners if o.start >= m.end and R.MONEY_BEFORE_OWNER.match(text[m.end:o.start])]
            before = [o for o in owners if o.end <= m.start and R.MONEY_AFTER_OWNER.match(text[o.end:m.start])]
            if after:
                owner, rule = after[0], "amount.adjacent"
            elif before:
                owner, rule = before[-1], "amount.adjacent"
        window = text[max(s.start, m.start - R.COMMIT_WINDOW[lang]):min(s.end, m.end + R.COMMIT_WINDOW[lang] // 2)]
        if owner is None and not commit.search(window):
            previous_owner, previous_end = None, m.end
            continue
        if owner is None:  # "投入500亿元启动“…”战略": the program named right after the sum
            after = [o for o in owners if 0 <= o.start - m.end <= R.NEAR_AFTER[lang]]
            if after:
                owner, rule = after[0], "amount.nearest"
        if owner is None:
            launched = [f.object for f in here if f.predicate in ("launched", "established")
                        and f.object.kind in ("Fund", "Program") and id(f.object) not in has_own]
            if launched:
                owner, rule = launched[0], "amount.launched"
        if owner is None:
            before = [o for o in owners if o.end <= m.start]
            if before:
                owner, rule = before[-1], "amount.nearest"
        if owner is None:
            before_orgs = [o for o in orgs if o.end <= m.start]
            if before_orgs:
                owner, rule = before_orgs[-1], "amount.pledge"
        if owner is None and context_owner is not None:
            owner, rule = context_owner, "amount.context"
        previous_end = m.end
        previous_owner = owner
        if owner is None:
            continue
        deadline = None
        if deadlines:
            deadline = min(deadlines, key=lambda d: abs(d.start - m.start)).time_value
        conf = {"amount.adjacent": 0.85, "amount.conversion": 0.85, "amount.launched": 0.75,
                "amount.nearest": 0.6, "amount.pledge": 0.55, "amount.context": 0.5}[rule]
        ev = Evidence(doc.article.id, s.index, s.start, s.end, rule, conf)
        yield Fact(owner, "amount", m, ev, deadline=deadline)


def _enumerations(doc: Document, mentions: tuple[Mention, ...], facts: list[Fact]):
    """Funds and programs set up in the items of an enumeration (一是…十是…, "1. … 10. …") are
    part of the program that was named last before the enumeration began."""
    item = R.ENUM_ITEM.get(doc.article.lang)
    if item is None:
        return
    programs_before: list[Mention] = []
    current: Mention | None = None
    in_items = False
    paragraphs_seen = set()
    item_paragraphs = {s.paragraph for s in doc.sentences if item.match(s.text)}
    for s in doc.sentences:
        starts_item = s.paragraph not in paragraphs_seen and bool(item.match(s.text))
        paragraphs_seen.add(s.paragraph)
        if starts_item and not in_items:
            current = programs_before[-1] if programs_before else None
            in_items = True
        elif not starts_item and s.paragraph not in item_paragraphs and in_items:
            in_items = False
        inside = [m for m in mentions if s.start <= m.start < s.end]
        if in_items and current is not None:
            for m in inside:
                if m.kind in ("Fund", "Program") and m.text != current.text and m.key != current.key or (
                    m.kind in ("Fund", "Program") and m.key is None and m.text != current.text
                ):
                    ev = Evidence(doc.article.id, s.index, s.start, s.end, "enumeration.item", 0.7)
                    yield Fact(m, "partOf", current, ev)
        if not in_items:
            programs_before.extend(m for m in inside if m.kind == "Program")


def _unique(facts):
    seen = set()
    for f in facts:
        k = (f.subject.start, f.subject.end, f.predicate, f.object.start, f.object.end, f.evidence.sentence)
        if k not in seen:
            seen.add(k)
            yield f
