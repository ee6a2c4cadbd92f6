"""Chinese words: jieba segmentation and part-of-speech tags, surnames, dictionary frequencies.

Segmentation runs once per article (text.segment puts the words on the Document); the
recognisers read them from there instead of cutting the same sentence again.
"""
from __future__ import annotations

from functools import lru_cache

from . import resources


@lru_cache(maxsize=1)
def tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.posseg.dt


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    text = resources.data("surnames_zh.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def frequencies() -> dict[str, int]:
    """jieba's dictionary: word -> frequency (0 or absent for words jieba does not know)."""
    return tagger().tokenizer.FREQ


def tag(sentence: str):
    """(word, part of speech) with jieba's HMM new-word discovery. jieba.posseg runs a second
    HMM over every unknown stretch (6.6x slower than cut, MEASURED.md); here words come from
    jieba.cut and tags from its dictionary, and an unknown word that starts with a surname is
    taken for a name (nr), anything else unknown is x."""
    t = tagger()
    table = t.word_tag_tab
    names = surnames()
    for word in t.tokenizer.cut(sentence, HMM=True):
        flag = table.get(word)
        if flag is None and word.isascii() and word.isalnum():
            flag = "m" if word.isdigit() else "eng"
        elif flag is None:
            flag = "nr" if 2 <= len(word) <= 3 and (word[:1] in names or word[:2] in names) else "x"
        yield word, flag
