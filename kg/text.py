"""Sentences with character offsets into Article.text, for zh, en and de."""
from __future__ import annotations

import re

from . import chinese
from . import lang as langs
from .model import Article, Document, Sentence, Token

# Chinese sentences end at full-width terminators (and a closing quote right after them).
_ZH_END = re.compile(r"[。！？!?；;…]+[”’」』\"]?")
# English/German: a terminator, optional closing quote/bracket, whitespace, then an opening
# character. Abbreviations below do not end a sentence.
_LATIN_END = re.compile(r"[.!?]+[\"'”’“)\]]*(?=\s+[\"'“„‚(\[]?[A-ZÄÖÜ0-9])")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st co corp inc ltd bros jr sr no vs etc u.s e.g i.e jan feb mar apr jun jul aug "
    "sep sept oct nov dec mrd mio bzw ca z.b d.h u.a usw nr str hr fr abs vgl dt tel gen sen rep gov "
    "mt ft lt col capt sgt ph.d p.m a.m".split()
)
MAX_SENTENCE = 2000  # characters: longer runs are cut at the last comma or space before this


def segment(article: Article) -> Document:
    text = article.text
    match_text = langs.to_simplified(text) if article.lang == "zh" else text
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(_paragraphs(text)):
        for start, end in _split(text, p_start, p_end, article.lang):
            for s, e in _cap(text, start, end):
                tokens = _words(match_text, s, e) if article.lang == "zh" else ()
                sentences.append(Sentence(len(sentences), s, e, text[s:e], p_index, tokens))
    return Document(article=article, sentences=tuple(sentences), match_text=match_text)


def _words(text: str, start: int, end: int) -> tuple[Token, ...]:
    out, pos = [], start
    for word, flag in chinese.tag(text[start:end]):
        out.append(Token(pos, pos + len(word), word, flag))
        pos += len(word)
    return tuple(out)


def _paragraphs(text: str):
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        if m.group().strip():
            yield m.start(), m.end()


def _split(text: str, start: int, end: int, lang: str):
    chunk = text[start:end]
    cuts = []
    if lang == "zh":
        cuts = [m.end() for m in _ZH_END.finditer(chunk)]
    else:
        for m in _LATIN_END.finditer(chunk):
            # the word before the terminator, from a window: searching the whole prefix for "$"
            # would be quadratic in a paragraph's length
            word = re.search(r"([\w.]+)[.!?]*[\"'”’“)\]]*$", chunk[max(0, m.end() - 80): m.end()])
            token = word.group(1).rstrip(".").lower() if word else ""
            # Abbreviations, initials, list markers ("1. Increased …") and German ordinal dates
            # ("10. September") do not end a sentence; a year ("in 2015. The") does.
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or (
                token.isdigit() and len(token) <= 2
            ):
                continue
            cuts.append(m.end())
    prev = 0
    for cut in cuts + [len(chunk)]:
        piece = chunk[prev:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            yield start + prev + lead, start + prev + trail
        prev = cut


def _cap(text: str, start: int, end: int):
    """Extremely long sentences (tables, lists without punctuation) are cut so that every later
    stage stays linear in the article's length."""
    while end - start > MAX_SENTENCE:
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind("，"), window.rfind(","), window.rfind(" "))
        cut = cut + 1 if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
        yield start, start + cut
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end
