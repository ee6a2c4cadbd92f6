"""One node per real-world thing: mentions -> entities, across articles, languages and scripts.

Evidence, strongest first, each recorded on the entity as the rule that merged it:
  lexicon      the mention matched a lexicon label (阿里巴巴, Alibaba Group, Alibaba -> one key)
  same-name    the same normalised name and class (traditional folded to simplified)
  in-article   a shorter name of a longer one in the same article (脱贫基金 / 阿里巴巴脱贫基金)
  pinyin       a Chinese person or place name and its romanisation (乌镇 / Wuzhen)
  gloss        names whose English glosses match (共同富裕发展基金 / Common Prosperity development fund)
A merge of short or generic names (person names, two-word glosses) also needs context: an
organisation both sides are linked to. Candidate pairs come from inverted indexes, never from
comparing all pairs.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata
from collections import Counter, defaultdict

from . import gloss
from . import lexicon as lx
from .lang import to_simplified
from .model import ENTITY_CLASSES, Entity, Extraction, Graph, Mention

# A gloss merge needs this much of each bag covered (swept on the seeds' and examples' names:
# 0.75 merges "10 Initiativen zur Förderung…" with 十大行动's long form and keeps
# "科技产业基金" apart from "科技人才基金").
GLOSS_THRESHOLD = 0.75
MIN_GLOSS_HITS = 3  # below this, a gloss match also needs a shared organisation
MAX_BLOCK = 300  # an index key shared by more clusters than this is too common to block on
PLACE_SUFFIX_ZH = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|特别行政区|省|市|县|区|镇|乡)$")
PLACE_WORDS = frozenset("county city province district town village prefecture region provinz stadt "
                        "kreis bezirk landkreis gemeinde".split())
# Legal-form words after a known organisation's name: 腾讯公司 is 腾讯, Tencent Holdings Ltd is Tencent.
LEGAL_SUFFIX_ZH = re.compile(r"(股份有限公司|有限责任公司|有限公司|控股集团|集团公司|控股|集团|公司)$")
LEGAL_SUFFIX_LATIN = frozenset("group holdings holding inc ltd limited corp corporation co company plc ag se gmbh "
                               "kg sa nv llc".split())


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}
        self.rules: dict[str, list[str]] = defaultdict(list)

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, drop = (ra, rb) if ra < rb else (rb, ra)  # deterministic whatever the order
        self.parent[drop] = keep
        self.rules[keep].extend(self.rules.pop(drop, []))
        self.rules[keep].append(rule)


def name_key(m: Mention, lang: str) -> str:
    label = m.label
    if lx.is_han(label):
        label = to_simplified(label)
        label = re.sub(r"^[\d.,]+[万亿]*元?", "", label)  # 200亿共同富裕发展基金
        return "".join(ch for ch in unicodedata.normalize("NFKC", label) if ch.isalnum())
    return " ".join(lx.latin_tokens(label, german=lang == "de"))


def _mention_id(article_id: str, m: Mention) -> str:
    return f"{article_id}:{m.start}:{m.end}:{m.kind}"


def resolve(extractions: list[Extraction] | tuple[Extraction, ...]) -> Graph:
    lex = lx.load()
    uf = _UnionFind()
    mentions: dict[str, tuple[Mention, str]] = {}  # mention id -> (mention, article language)
    for ex in extractions:
        lang = ex.document.article.lang
        for m in ex.mentions:
            if m.kind not in ENTITY_CLASSES:
                continue
            mid = _mention_id(ex.document.article.id, m)
            mentions[mid] = (m, lang)
            key = m.key or _lexicon_by_form(m, lang, lex)
            node = f"lex:{key}" if key else f"name:{m.kind}:{name_key(m, lang)}"
            if not key and (m.kind == "Person" or m.local):
                # Two articles naming 张勇 may name two people: a person's name joins across
                # articles only with context (see _cross); "Parliament" in two articles may be two.
                node += f"@{ex.document.article.id}"
            uf.union(mid, node, "lexicon" if key else "same-name")
    _in_article(extractions, uf)
    context = _context(extractions, uf)
    _cross(mentions, uf, context, lex)
    _in_article(extractions, uf)  # again: cross-lingual merges may have joined the longer names
    return _entities(extractions, mentions, uf, lex)


def _lexicon_by_form(m: Mention, lang: str, lex) -> str | None:
    """An organisation named with a legal form the lexicon does not list (腾讯公司, Haier Group)."""
    if m.kind != "Organization":
        return None
    label = m.label
    if lx.is_han(label):
        stripped = LEGAL_SUFFIX_ZH.sub("", to_simplified(label))
        keys = lex.zh.get(stripped, []) if stripped != label else []
        if stripped != label and not lx.is_han(stripped):  # Alibaba集团
            keys = lex.latin.get(lx.latin_tokens(stripped), [])
    else:
        toks = lx.latin_tokens(label, german=lang == "de")
        core = list(toks)
        while core and core[-1] in LEGAL_SUFFIX_LATIN:
            core.pop()
        keys = (lex.de if lang == "de" else lex.latin).get(tuple(core), []) if core and len(core) < len(toks) else []
    keys = sorted({k for k in keys if lex.entries[k].kind == "Organization"})
    return keys[0] if len(keys) == 1 else None


def _in_article(extractions, uf: _UnionFind) -> None:
    """脱贫基金 after 阿里巴巴脱贫基金, 'Zhang' after 'Zhang Yong': the shorter name, when exactly one
    longer name of the same class in the article ends (or, for people, starts) with it."""
    for ex in extractions:
        lang = ex.document.article.lang
        ms = [m for m in ex.mentions if m.kind in ENTITY_CLASSES and not m.key]
        keys = {(m.kind, name_key(m, lang)) for m in ms}
        for kind, key in sorted(keys):
            if len(key) < 2:
                continue
            longer = {k for kd, k in keys if kd == kind and k != key and _extends(k, key, kind)}
            # The nearest longer form: 十大行动 -> 助力共同富裕十大行动, which both
            # 阿里巴巴助力… and 阿里助力… extend. Two unrelated longer forms (科技发展基金,
            # 乡村发展基金 for 发展基金) leave the short one alone.
            minimal = {k for k in longer if not any(o != k and _extends(k, o, kind) for o in longer)}
            roots = {uf.find(f"name:{kind}:{k}") for k in minimal}
            if len(roots) == 1:  # one longer name, or several already known to be one thing
                uf.union(f"name:{kind}:{key}", roots.pop(), "in-article")


def _extends(long: str, short: str, kind: str) -> bool:
    if " " in long or " " in short:  # Latin names: whole tokens
        lt, st = long.split(), short.split()
        return len(st) < len(lt) and (lt[-len(st):] == st or (kind == "Person" and lt[:len(st)] == st))
    return len(short) >= 2 and long.endswith(short) and kind in ("Fund", "Program", "Organization") and len(short) >= 3


def _context(extractions, uf: _UnionFind) -> dict[str, set[str]]:
    """Cluster -> the organisations (as clusters) it shares a sentence or a fact with."""
    ctx: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        aid = ex.document.article.id
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in ex.mentions:
            if m.kind in ENTITY_CLASSES:
                s = ex.document.sentence_at(m.start)
                if s is not None:
                    by_sentence[s.index].append(m)
        for ms in by_sentence.values():
            orgs = {uf.find(_mention_id(aid, m)) for m in ms if m.kind == "Organization"}
            for m in ms:
                root = uf.find(_mention_id(aid, m))
                ctx[root] |= orgs - {root}
    return ctx


def _romanised(m: Mention, lang: str) -> str | None:
    return _romanise(m.kind, m.label)


@lru_cache(maxsize=200_000)
def _romanise(kind: str, label: str) -> str | None:
    if lx.is_han(label):
        from pypinyin import Style, lazy_pinyin

        simp = to_simplified(label)
        if kind == "Place":
            simp = PLACE_SUFFIX_ZH.sub("", simp) or simp
        elif kind == "Organization":  # 星河集团 / Xinghe Group, 海尔 / Haier
            simp = LEGAL_SUFFIX_ZH.sub("", simp)
            if not simp or not all("\u4e00" <= c <= "\u9fff" for c in simp):
                return None
        syllables = lazy_pinyin(simp, style=Style.NORMAL)
        if kind == "Person" and len(syllables) >= 2:
            return syllables[0] + " " + "".join(syllables[1:])
        return "".join(syllables)
    drop = PLACE_WORDS if kind == "Place" else LEGAL_SUFFIX_LATIN if kind == "Organization" else ()
    tokens = [t for t in lx.latin_tokens(label) if t not in drop]
    if not tokens:
        return None
    if kind == "Person":
        return tokens[0] + " " + "".join(tokens[1:]) if len(tokens) >= 2 else None
    return "".join(tokens)


def _cross(mentions, uf: _UnionFind, context, lex) -> None:
    # People and places: romanisation. A person also needs a shared organisation in context,
    # so two different people called 张勇 stay apart.
    # Romanisation links a Chinese name to a Latin one, never two Chinese names (城市/城镇,
    # 长江/昌江 are homophones, not one thing), and only when one Chinese cluster has that
    # romanisation (长沙县 and 长沙市 both read "changsha": the Latin name stays apart).
    by_roman: dict[tuple[str, str], dict[bool, set[str]]] = defaultdict(lambda: {True: set(), False: set()})
    bags: dict[str, tuple[str, str, gloss.Bag]] = {}
    for mid, (m, lang) in mentions.items():
        if m.local:
            continue  # its name means something else in the next article
        root = uf.find(mid)
        if m.kind in ("Person", "Place") or (m.kind == "Organization" and not m.key):
            roman = _romanised(m, lang)
            if roman:
                by_roman[(m.kind, roman)][lx.is_han(m.label)].add(root)
        elif not m.key and root not in bags:
            bags[root] = (m.kind, "zh" if lx.is_han(m.label) else lang, gloss.bag(m.label, lang))
    spelled: dict[str, set[str]] = defaultdict(set)  # person cluster -> its Chinese spellings
    for mid, (m, lang) in mentions.items():
        if m.kind == "Person" and lx.is_han(m.label):
            spelled[uf.find(mid)].add(to_simplified(m.label))
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for mid, (m, lang) in mentions.items():
        if m.kind in ("Fund", "Program", "Organization"):
            names[uf.find(mid)]["zh" if lx.is_han(m.label) else lang].add(_core_name(m, lang, lex))
    for (kind, roman), sides in sorted(by_roman.items()):
        han = sorted({uf.find(r) for r in sides[True]})
        latin = sorted({uf.find(r) for r in sides[False]} - set(han))
        if kind == "Person":
            _join_people(han, latin, roman, uf, context, spelled)
            continue
        if len(han) != 1 or not latin:
            continue
        if kind == "Organization" and len(roman) < 4:
            continue
        for other in latin:
            uf.union(han[0], other, f"pinyin:{roman}")
    _gloss_merges(bags, uf, context, names)


def _join_people(han: list[str], latin: list[str], roman: str, uf: _UnionFind, context, spelled) -> None:
    """People with one romanised name (张勇 / Zhang Yong, or Zhang Yong in two articles) are one
    person when they share an organisation in context; two Chinese spellings of one reading
    (张勇 / 章勇) are two people."""
    clusters = han + latin
    if len(clusters) > 50:  # a very common name: context alone is too weak
        return
    for i, a in enumerate(clusters):
        for b in clusters[i + 1:]:
            ra, rb = uf.find(a), uf.find(b)
            if ra == rb:
                continue
            if spelled.get(ra) and spelled.get(rb) and not spelled[ra] & spelled[rb]:
                continue
            # contexts were taken before organisations merged: compare current roots
            ca = {uf.find(x) for x in context.get(ra, ())}
            cb = {uf.find(x) for x in context.get(rb, ())}
            if ca & cb:
                uf.union(ra, rb, f"pinyin+context:{roman}")
                context[uf.find(ra)] = ca | cb
                spelled[uf.find(ra)] = spelled.get(ra, set()) | spelled.get(rb, set())


def _gloss_merges(bags, uf: _UnionFind, context, names) -> None:
    """Names in different languages whose glosses match, best pairs first. Within one language
    a gloss match is no evidence (珠三角水资源配置工程 / 金门供水水源保障工程 share most glosses
    and are two projects), and a merge that would give a cluster two unrelated names in one
    language is refused: that stops chains such as 数字乡村助力计划 = Digital Village Support
    Plan = 乡村医生数字赋能计划."""
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for root, (kind, lang, bag) in sorted(bags.items()):
        for word in set().union(*bag) if bag else ():
            index[(kind, word)].append(root)
    candidates, seen = [], set()
    for (kind, word), roots in sorted(index.items()):
        if len(roots) > MAX_BLOCK:
            continue
        for i, a in enumerate(roots):
            for b in roots[i + 1:]:
                if (a, b) in seen or bags[a][1] == bags[b][1]:
                    continue
                seen.add((a, b))
                score, hits, overall = gloss.scores(bags[a][2], bags[b][2])
                if score >= GLOSS_THRESHOLD and hits >= 2:
                    candidates.append((-score, -overall, -hits, a, b))
    for neg_score, _, neg_hits, a, b in sorted(candidates):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or _conflict(names[ra], names[rb]):
            continue
        if -neg_hits < MIN_GLOSS_HITS and not ({uf.find(x) for x in context.get(ra, ())} &
                                               {uf.find(x) for x in context.get(rb, ())}):
            continue
        uf.union(a, b, f"gloss:{-neg_score:.2f}")
        root = uf.find(a)
        merged = defaultdict(set)
        for side in (names[ra], names[rb]):
            for lang, keys in side.items():
                merged[lang] |= keys
        names[root] = merged


def _conflict(a: dict, b: dict) -> bool:
    for lang in set(a) & set(b):
        for x in a[lang]:
            for y in b[lang]:
                if not _related(x, y):
                    return True
    return False


def _related(x: str, y: str) -> bool:
    """One name is the other, ends it, or abbreviates it in order (乡村振兴基金 / 乡村振兴发展基金)."""
    short, long = sorted((x, y), key=len)
    if long.endswith(short):
        return True
    it = iter(long)
    return len(short) >= 4 and all(ch in it for ch in short)


def _core_name(m: Mention, lang: str, lex) -> str:
    """A name without the organisation in front: 阿里巴巴助力… and 阿里助力… are one name."""
    key = name_key(m, lang)
    if lx.is_han(key):
        for length in range(min(len(key) - 2, lex.zh_max), 1, -1):
            keys = lex.zh.get(key[:length])
            if keys and any(lex.entries[k].kind == "Organization" for k in keys):
                return key[length:]
    return key


def _entities(extractions, mentions, uf: _UnionFind, lex) -> Graph:
    members: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
    for mid, (m, lang) in mentions.items():
        members[uf.find(mid)].append((m, lang))
    lex_keys: dict[str, str] = {}  # root -> the lexicon key in its cluster (the smallest, if several)
    for node in list(uf.parent):
        if node.startswith("lex:"):
            root = uf.find(node)
            lex_keys[root] = min(lex_keys.get(root, node[4:]), node[4:])
    assignment: dict[tuple[str, int, int], str] = {}
    entities = []
    for root, ms in sorted(members.items()):
        kinds = Counter(m.kind for m, _ in ms)
        key = lex_keys.get(root)
        entry = lex.get(key) if key else None
        kind = entry.kind if entry else sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        surfaces: dict[str, Counter] = defaultdict(Counter)
        for m, lang in ms:
            surfaces[lang][m.label] += 1
        labels, aliases = [], set()
        for lang in sorted(surfaces):
            pref = next((lb for lg, lb in (entry.pref if entry else ()) if lg == lang), None)
            best = pref or sorted(surfaces[lang].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            labels.append((lang, best))
            aliases.update((lang, s) for s in surfaces[lang] if s != best)
        if entry:
            named = {lg for lg, _ in labels}
            labels.extend((lg, lb) for lg, lb in entry.pref if lg not in named)
        canonical = min(f"{m.kind}:{name_key(m, lang)}" for m, lang in ms)
        eid = key or _entity_id(kind, canonical, labels)
        rules = tuple(sorted(set(uf.rules.get(root, ()))))
        entities.append(Entity(eid, kind, tuple(sorted(labels)), tuple(sorted(aliases)),
                               entry.same_as if entry else (), key, rules))
    # assignment: (article id, start, end) -> entity id
    by_root = {root: e.id for root, e in zip(sorted(members), entities)}
    for ex in extractions:
        aid = ex.document.article.id
        for m in ex.mentions:
            if m.kind in ENTITY_CLASSES:
                assignment[(aid, m.start, m.end)] = by_root[uf.find(_mention_id(aid, m))]
    return Graph(tuple(extractions), tuple(entities), assignment)


def _entity_id(kind: str, canonical: str, labels) -> str:
    """Readable and stable: class, an ASCII slug of the best Latin name (or pinyin), and a hash
    of the cluster's canonical key, which does not depend on input order."""
    latin = next((lb for lg, lb in labels if lg == "en"), None) or next((lb for lg, lb in labels if lg == "de"), None)
    if latin is None:
        from pypinyin import Style, lazy_pinyin

        latin = " ".join(lazy_pinyin(labels[0][1], style=Style.NORMAL)) if labels else ""
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode().lower()).strip("-")[:48]
    digest = hashlib.sha1(f"{kind}|{canonical}".encode("utf-8")).hexdigest()[:8]
    return f"{kind.lower()}-{slug or 'x'}-{digest}"
