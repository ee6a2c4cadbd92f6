"""Mentions of lexicon entries in any of the three languages (longest match first)."""
from __future__ import annotations

import re

from .. import chinese
from .. import lexicon as lx
from ..model import Document, Mention, Token
from ..text import ABBREVIATIONS
from .zh import TRANSLITERATION

# Latin letters only: in "Alibaba集团" the Latin name ends where the Chinese begins.
# A lower-case article before a label that starts with one ("the Times", "der Linken").
_ARTICLE = re.compile(r"(?:the|der|die|das|den|dem|des) ")
_LATIN = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ÿ][A-Za-z0-9À-ÖØ-öø-ÿ'’&.\-]*")


class LexiconRecognizer:
    name = "lexicon"
    languages = frozenset({"zh", "en", "de"})

    def __init__(self, lexicon: lx.Lexicon | None = None):
        self.lex = lexicon or lx.load()

    def __call__(self, doc: Document):
        yield from self._han(doc)
        yield from self._latin(doc)

    def _han(self, doc: Document):
        text, lex = doc.match_text, self.lex
        words = Words(doc, lex)
        country_end = -1, -1  # where the last country named ends, and where it starts
        i, n = 0, len(text)
        while i < n - 1:
            if text[i:i + 2] not in lex.zh_prefixes:
                i += 1
                continue
            for length in range(min(lex.zh_max, n - i), 1, -1):
                keys = lex.zh.get(text[i:i + length])
                if keys and _glued_abbreviation(words, i, i + length, lex.entries[_pick(keys, lex)]):
                    # 俄国防部: jieba reads 俄国|防部, but 俄 is Russia and 国防部 its ministry
                    yield Mention(i - 1, i + length, doc.article.text[i - 1:i + length], "Organization", 0.8,
                                  "zh.pattern")
                    i += length
                    break
                if keys and words.fit(i, i + length):
                    key = _pick(keys, lex)
                    entry = lex.entries[key]
                    foreign = _foreign_body(words, i, i + length, entry, country_end)
                    start, end = i, i + length
                    if foreign is not None:
                        # 俄罗斯国防部, 美国务院: another country's ministry, not China's
                        yield Mention(foreign, i + length, doc.article.text[foreign:i + length], "Organization",
                                      0.8, "zh.pattern")
                    else:
                        official = _OFFICIAL.match(text, end) if entry.place_kind == "country" else None
                        if official:  # 哈萨克斯坦共和国, 阿拉伯埃及共和国: the country by its official name
                            end = official.end()
                            start -= len(_ARAB) if text[start - len(_ARAB):start] == _ARAB else 0
                        elif text[start] == "《" and "》" in text[start:end]:
                            start, end = start + 1, text.index("》", start)  # 《求是》杂志: the title is the name
                        yield Mention(start, end, doc.article.text[start:end], entry.kind,
                                      0.95, "lexicon.zh", key=key)
                    if entry.place_kind == "country" and key != CHINA:
                        country_end = end, start  # 哈萨克斯坦共和国外交部: the ministry follows the official name
                    i = max(i + length, end)
                    break
            else:
                i += 1

    def _latin(self, doc: Document):
        text = doc.article.text
        german = doc.article.lang == "de"
        table = self.lex.de if german else self.lex.latin
        first = self.lex.de_first if german else self.lex.latin_first
        tokens = [(m.start(), m.end(), m.group()) for m in _LATIN.finditer(text)]
        normed = [lx.norm_token(t, german, final=False) for _, _, t in tokens]
        finals = [lx.norm_token(t, german, final=True) for _, _, t in tokens]
        # breaks[k]: a sentence end or line break between token k and k+1 (no name runs across)
        breaks = [any(c in text[a[1]:b[0]] for c in "\n.,;:()") or _sentence_end(a[2])
                  for a, b in zip(tokens, tokens[1:])]
        i = 0
        while i < len(tokens):
            if normed[i] not in first and finals[i] not in first and "-" not in tokens[i][2]:
                i += 1
                continue
            for length in range(min(self.lex.latin_max, len(tokens) - i), 0, -1):
                window = tokens[i:i + length]
                if any(breaks[i:i + length - 1]):
                    continue
                keys = table.get(tuple(normed[i:i + length - 1]) + (finals[i + length - 1],))
                if not keys:
                    continue
                start, end = window[0][0], window[-1][1]
                article = _ARTICLE.match(text, start, end)
                if length > 1 and article:
                    # "the Times" mid-sentence names The Times (the article is not the name);
                    # "the Times Square crowd" does not. So "der Linken" names Die Linke.
                    rest = text[article.end():end].rstrip(".")
                    if re.match(r" [A-ZÄÖÜ]", text[end:end + 2]) or german and (
                            not rest.endswith(("e", "en")) or _common_noun(rest)):
                        # German names with an article are parties named by an adjective ("die Linke",
                        # "den Freiheitlichen"); "in den Spiegel", "die Presse" are nouns
                        continue
                    start = article.end()
                surface = text[start:end].rstrip(".")
                if surface.endswith(("'s", "’s")):  # the possessive is not part of the name
                    surface = surface[:-2]
                end = start + len(surface)
                keys = [k for k in keys if self._case_ok(surface, k, german) and (not german or self._whole(surface, k))]
                if not keys:
                    continue
                key = _pick(keys, self.lex)
                name = None
                labels = self.lex.entries[key].labels()
                if german and surface[-1:] == "s" and not any(lb.casefold() == surface.casefold() for lb in labels):
                    # genitive: "Chinas" names China, "Bundesheeres" the Bundesheer
                    stem = lx.latin_tokens(surface, german=True)
                    name = next((lb for lb in labels if lx.latin_tokens(lb, german=True) == stem), surface[:-1])
                yield Mention(start, end, surface, self.lex.entries[key].kind, 0.9, "lexicon.latin",
                              key=key, name=name)
                i += length
                break
            else:
                # German compounds with a name in front: "Siemens-Chef", "Alibaba-Gründer".
                head, dash, tail = tokens[i][2].partition("-")
                # Not an adjective ("US-amerikanische", "SPÖ-naher") or a currency ("US-Dollar").
                named = dash and head[:1].isupper() and not (german and (tail[:1].islower() or tail.startswith(_CURRENCIES)))
                keys = table.get((lx.norm_token(head, german),)) if named else None
                keys = [k for k in keys or () if self._case_ok(head, k, german)]
                if keys:
                    key = _pick(keys, self.lex)
                    start = tokens[i][0]
                    # "Wien-Ottakring", "Berlin-Kreuzberg": a town's district, named with the town (not
                    # "Wien-Salzburg", a line between two towns)
                    inner = [k for k in table.get((lx.norm_token(tail, german),), ())
                             if self._case_ok(tail, k, german) and key in self.lex.entries[k].part_of]
                    if inner:
                        inner_key = _pick(inner, self.lex)
                        surface = tokens[i][2].rstrip(".")
                        yield Mention(start, start + len(surface), surface, "Place", 0.85, "lexicon.latin", key=inner_key)
                        i += 1
                        continue
                    yield Mention(start, start + len(head), head, self.lex.entries[key].kind, 0.85,
                                  "lexicon.latin", key=key)
                i += 1

    def _whole(self, surface: str, key: str) -> bool:
        """Whether the German surface's last word is some label's last word, inflected or not:
        stemming makes "Wale" (whales) look like "Wales", but a name loses no letter."""
        last = lx.norm_token(surface.rsplit(None, 1)[-1], final=False)
        entry = self.lex.entries[key]
        return any(last.startswith(lx.norm_token(lb.rsplit(None, 1)[-1], final=False))
                   for lb in entry.labels() + [label for _, label in entry.hidden] if lb.strip())

    def _case_ok(self, surface: str, key: str, german: bool) -> bool:
        entry = self.lex.entries[key]
        # hidden labels of this article's language only ("Uno"@de is the UN in German, a game in English)
        labels = entry.labels() + [label for lang, label in entry.hidden if lang == ("de" if german else "en")]
        if surface in labels:  # written exactly as a label is the name ("eBay"; "Uno" as well as "UNO")
            return True
        if any((lb, key) in self.lex.case_sensitive for lb in labels if lb.casefold() == surface.casefold()):
            # "US" must be upper case (not "us"); "Uefa", "Nato" as some newsrooms write them.
            return surface.isupper() or (len(surface) >= 4 and surface == surface.capitalize())
        # Names are capitalised: "china" or "shell" in running text is not a name, and "The
        # economist said" does not name The Economist: each capitalised word of some label is
        # capitalised in the text too.
        if not (surface[:1].isupper() or surface[:1].isdigit()):
            return False
        words = surface.split()
        if len(words) == 1:
            return True
        shapes = [lb.split() for lb in labels if len(lb.split()) == len(words)]
        return not shapes or any(all(w[:1].isupper() or not lw[:1].isupper() for w, lw in zip(words, shape))
                                 for shape in shapes)


_CURRENCIES = ("Dollar",)  # a country's name before them is a currency's: "US-Dollar", "Hongkong-Dollar"


def _sentence_end(token: str) -> bool:
    """Whether a token's dot ends a sentence ("… nannte ihn Kleiner Marco. Rubio sagte"), which
    no label runs across; an initial ("J.") or an abbreviation the sentence splitter knows ("Co.",
    "Dr. Oetker", "St. Pölten") does not."""
    word = token[:-1]
    return token.endswith(".") and len(word) > 1 and "." not in word and word.casefold() not in ABBREVIATIONS


def _common_noun(words: str) -> bool:
    from .latin import inflected_noun

    return all(inflected_noun(w) for w in words.split())


class Words:
    """Whether a lexicon match [i, j) agrees with the article's words. A match must start and end
    where jieba's words do: 北京 in 永定河|北京|段 is the city, 河北 across 永定河|北京 is not a
    province, 东海 in 东海岸 is no sea, 中国银行 in 中国|银行业 no bank, 滴滴 in 点点滴滴 no
    company. Inside one word a match may stand beside a suffix of places and bodies (北京 in 北京市,
    黄河 in 黄河流域) or beside another known name (德国 in 德国大众汽车集团); a word jieba made up
    (HMM, not in its dictionary) is no evidence either way."""

    def __init__(self, doc: Document, lex: lx.Lexicon):
        self.text, self.lex = doc.match_text, lex
        self.starts: set[int] = set()
        self.ends: set[int] = set()
        self.owner: dict[int, Token] = {}
        for s in doc.sentences:
            for t in s.tokens:
                self.starts.add(t.start)
                self.ends.add(t.end)
                for k in range(t.start, t.end):
                    self.owner[k] = t
        self.freq = chinese.frequencies() if self.owner else {}

    def fit(self, i: int, j: int) -> bool:
        text = self.text
        if 0 < i and j < len(text) and all(c in TRANSLITERATION for c in text[i - 1:j + 1]):
            return False  # inside a longer transliterated name: 吉达 (Jeddah) in 维吉达尼, 拉法 in 阿拉法特
        if not self.owner:
            return True  # Chinese inside an English or German article: no words to check against
        return self._start_fits(i) and self._end_fits(j)

    def is_word(self, i: int, j: int) -> bool:
        return i in self.starts and j in self.ends

    def _start_fits(self, i: int) -> bool:
        t = self.owner.get(i)
        if i in self.starts or t is None or not self.freq.get(t.text):
            return True
        return self._word(self.text[t.start:i])

    def _end_fits(self, j: int) -> bool:
        t = self.owner.get(j - 1)
        if j in self.ends or t is None or not self.freq.get(t.text):
            return True
        rest = self.text[j:t.end]
        if self.text[j - 1] == "城" and rest.startswith("市"):
            return False  # 莱斯特城 (Leicester City) in 莱斯特|城市: the city, not the club
        return bool(_SUFFIXES.match(rest)) or any(self._word(rest[:n]) for n in range(len(rest), 1, -1))

    def _word(self, piece: str) -> bool:
        """A known name or a dictionary word of two characters or more: jieba's dictionary holds
        compounds of a name and a word (德国大众汽车集团, 中央政治局常委); a single character
        beside a match is a morpheme of one word (银行业, 东海岸, 新浪潮)."""
        return piece in self.lex.zh or len(piece) >= 2 and self.freq.get(piece, 0) > 0


_SUFFIXES = re.compile(r"^(?:[省市县区镇乡村州盟旗岛]|自治|特别|新区|地区|流域|沿岸|境内|集团|公司|大学|银行|政府|人民|族|籍|人|方|军|队|党|局|部|委|厅)")


_ARAB = "阿拉伯"  # before an official name: 阿拉伯埃及共和国, 阿拉伯叙利亚共和国
# What follows a country's short name in its official one: 伊朗伊斯兰共和国, 哈萨克斯坦共和国, 泰王国.
_OFFICIAL = re.compile(r"(?:伊斯兰|联邦|民主|人民|社会主义|合作)*(?:共和国|王国|合众国)")  # not 联邦 alone: 美国联邦政府

CHINA = "place-china"
# The Chinese state's bodies are named without the country (外交部, 国防部, 国务院); written
# after another country, or its one-character abbreviation (美, 俄), they are that country's.
GOVERNMENT_HEADS = ("部", "院", "局", "署", "委员会", "办公室", "议会", "央行")
COUNTRY_ABBREVIATIONS = frozenset("美俄日韩英法德意以伊乌朝印巴土澳加越菲泰")


def _foreign_body(words: Words, start: int, end: int, entry: lx.Entry, country: tuple[int, int]) -> int | None:
    """Where a foreign country's body starts, when the match at start..end is a bare Chinese
    government body written right after another country; None otherwise."""
    if entry.kind != "Organization" or not words.text[start:end].endswith(GOVERNMENT_HEADS):
        return None
    if country[0] == start:
        return country[1]
    # the abbreviation is a word of its own (俄|国防部), not the end of another (欧美|国…)
    if words.text[start - 1:start] in COUNTRY_ABBREVIATIONS and words.is_word(start - 1, start):
        return start - 1
    return None


def _glued_abbreviation(words: Words, start: int, end: int, entry: lx.Entry) -> bool:
    """Whether a bare government body follows a country's one-character abbreviation that the
    segmenter glued to its first character (俄国|防部, 美国|务院)."""
    return entry.kind == "Organization" and words.text[start:end].endswith(GOVERNMENT_HEADS) and \
        words.text[start - 1:start] in COUNTRY_ABBREVIATIONS and not words.fit(start, end) and \
        words.fit(start - 1, end)


def _pick(keys: list[str], lex: lx.Lexicon) -> str:
    # One label, several entries: prefer the more specific kind for the news genre, then the key.
    order = {"Organization": 0, "Person": 1, "Place": 2, "Fund": 3, "Program": 4}
    return min(keys, key=lambda k: (order.get(lex.entries[k].kind, 9), k))
