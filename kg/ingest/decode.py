"""Bytes to text: BOMs, a declared HTML charset, UTF-8, then GB18030 and Windows-1252 when the
result reads as Chinese or German. Never U+FFFD: an undecodable file is an error naming the offset."""
from __future__ import annotations

import codecs
import re

from ..errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_LATIN1_LETTERS = re.compile(r"[\u00c0-\u00ff\u201e\u201c\u201d\u2013\u2014\u20ac\u00a0-\u00bf]")


def decode(data: bytes, name: str, declared: bool = True) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data, enc, name)
    if declared:
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii").lower()
            try:
                codecs.lookup(enc)
            except LookupError:
                raise DecodeError(f"{name}: unknown declared charset {enc!r}") from None
            if enc in ("gb2312", "gbk"):
                enc = "gb18030"  # a superset: pages declaring GB2312 routinely contain GBK characters
            return _strict(data, enc, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        for enc, looks_right in (("gb18030", _reads_as_chinese), ("cp1252", _reads_as_latin)):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if looks_right(text):
                return text
        raise DecodeError(
            f"{name}: not valid UTF-8 at byte offset {utf8_error.start} "
            f"and not readable as GB18030 or Windows-1252 text"
        ) from None


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise DecodeError(f"{name}: not valid {enc} at byte offset {e.start}") from None


def _reads_as_chinese(text: str) -> bool:
    # GB18030 maps most byte pairs to some character, so a Latin-1 German file "decodes" too;
    # real Chinese has nearly all of its non-ASCII characters in the CJK blocks.
    non_ascii = [c for c in text if ord(c) > 127]
    return bool(non_ascii) and len(_CJK.findall(text)) >= 0.9 * len(non_ascii)


def _reads_as_latin(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 127]
    return len(_LATIN1_LETTERS.findall(text)) >= 0.9 * len(non_ascii) and "\x81" not in text
