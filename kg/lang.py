"""Language of an article, and the traditional-to-simplified map used for matching Chinese."""
from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
# Function words that are frequent in one language and rare in the other.
_EN = frozenset("the of and to in is that for on with as was by at from are it be has have which "
                "will said this an not but its were their been".split())
_DE = frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch "
                "wird werden sind bei nach aus wie noch einer über zur zum hat am vom beim sagte sei habe "
                "wurde einen einem eines".split())


def detect(text: str, hint: str | None = None) -> str:
    """zh, en, de, or 'und' for anything else (kept, but not extracted)."""
    sample = text[:5000]
    han = len(_HAN.findall(sample))
    if _KANA_HANGUL.search(sample) and len(_KANA_HANGUL.findall(sample)) > 0.1 * max(han, 1):
        return "und"
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    if han >= 20 or (han and han >= len(words)):
        return "zh"
    en = sum(w in _EN for w in words)
    de = sum(w in _DE for w in words) + sum(1 for w in words if any(c in w for c in "äöüß"))
    if max(en, de) >= 3 or (words and max(en, de) >= 0.1 * len(words)):
        return "en" if en >= de else "de"
    if hint in ("zh", "en", "de"):
        return hint
    return "und"


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    # Character-level only, so that offsets survive: zhconv's phrase table may change lengths.
    import warnings

    with warnings.catch_warnings():  # zhconv imports the deprecated pkg_resources
        warnings.simplefilter("ignore")
        from zhconv import zhconv as z
    if z.zhcdicts is None:
        z.loaddict()

    table = {}
    for trad, simp in z.zhcdicts["zh2Hans"].items():
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[ord(trad)] = simp
    return table


def to_simplified(text: str) -> str:
    """Same length as `text`: traditional characters replaced one by one."""
    return text.translate(_t2s_table())
