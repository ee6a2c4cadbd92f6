"""Files in, Articles out: front-matter Markdown, plain text and HTML pages in zh, en and de."""
from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import datetime, date
from email.utils import parsedate_to_datetime
from pathlib import Path

import yaml

from .. import lang as langs
from ..errors import InputError
from ..model import Article
from . import furniture, html
from .decode import decode

ARTICLE_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml"}
_HTML_PAGE = re.compile(r"^\s*(<!doctype html|<html[\s>])", re.I)
_TAG = re.compile(r"<(p|div|span|br|strong|a|img|h[1-6]|ul|li|table)[\s>/]", re.I)
MAX_BYTES = 50 * 1024 * 1024
_NOT_ARTICLES = re.compile(r"^(readme|license|licence|sources|changelog)(\.\w+)?$", re.I)


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Regular files under the given files and folders, sorted; symlinks and FIFOs are skipped."""
    for raw in paths:
        path = Path(raw)
        try:
            st = path.lstat()
        except OSError as e:
            raise InputError(f"{raw}: {e.strerror or 'cannot be read'}") from None
        if stat.S_ISLNK(st.st_mode):
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path)
        elif stat.S_ISREG(st.st_mode):
            yield path
        else:
            raise InputError(f"{raw}: not a regular file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        raise InputError(f"{folder}: {e.strerror or 'cannot be listed'}") from None
    for entry in entries:
        # Hidden files, and the README/LICENSE that corpora and example folders carry.
        if entry.name.startswith(".") or _NOT_ARTICLES.match(entry.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file(follow_symlinks=False) and (
            Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES or not Path(entry.name).suffix
        ):
            yield Path(entry.path)


def read_article(path: Path) -> Article:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // 2**20} MiB, not an article")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or 'cannot be read'}") from None
    return parse_article(data, str(path))


def parse_article(data: bytes, source: str) -> Article:
    text = decode(data, source).replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    suffix = Path(source).suffix.lower()
    fields: dict = {}
    if _front_matter_start(text) is not None:
        fields = _markdown(text, source)
        fmt = "markdown"
    elif suffix in (".html", ".htm", ".xhtml") or _HTML_PAGE.match(text):
        fields = html.page(text)
        fmt = "html"
    else:
        fields = _plain(text)
        fmt = "text"
    return _assemble(fields, source, fmt)


def _front_matter_start(text: str) -> int | None:
    stripped = text.lstrip("\n \t")
    if stripped.startswith("---\n"):
        return len(text) - len(stripped)
    return None


def _markdown(text: str, source: str) -> dict:
    start = _front_matter_start(text) + 4
    end = text.find("\n---", start - 1)
    if end < 0:
        raise InputError(f"{source}: front matter opened with '---' is never closed")
    try:
        meta = yaml.safe_load(text[start:end]) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(f"{source}: front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise InputError(f"{source}: front matter is not a mapping of fields")
    body = text[end + 4:].lstrip("-").lstrip("\n")
    body_text = html.fragment_to_text(body) if _TAG.search(body) else _markdown_to_text(body)
    images = [meta.get(k) for k in ("headimg", "thumbnail", "cover", "image", "images")]
    flat_images = []
    for item in images:
        flat_images.extend(item if isinstance(item, list) else [item])
    categories = meta.get("categories") or meta.get("tags") or []
    if isinstance(categories, str):
        categories = [categories]
    return {
        "title": _str(meta.get("title")),
        "text": body_text,
        "author": _str(meta.get("author")),
        "date": meta.get("date"),
        "categories": tuple(_str(c) for c in categories if c is not None),
        "images": tuple(_str(i) for i in flat_images if i),
        "url": _str(meta.get("link") or meta.get("url")),
        "lang": _str(meta.get("lang") or meta.get("language")),
    }


def _markdown_to_text(body: str) -> str:
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)  # images
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)  # links keep their text
    body = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]\s|\d+\.\s)\s*", "", body, flags=re.M)
    body = re.sub(r"(\*\*|__|`)", "", body)
    return body


def _plain(text: str) -> dict:
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip() if lines else ""
    return {"title": title, "text": "\n".join(lines[1:])}


def _str(value) -> str | None:
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _assemble(fields: dict, source: str, fmt: str) -> Article:
    title = _clean_line(fields.get("title") or "")
    body, editor, body_date = _remove_furniture(fields.get("text") or "")
    if not title and body:
        first, _, rest = body.partition("\n\n")
        title, body = first.strip(), rest
    text = f"{title}\n\n{body}" if title else body
    lang = langs.detect(text, hint=fields.get("lang"))
    when = _iso_date(fields.get("date")) or _iso_date(body_date)
    author = fields.get("author")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Article(
        id=digest, source=source, format=fmt, title=title, text=text, lang=lang, date=when,
        author=author, editor=editor, publisher=fields.get("publisher"),
        categories=tuple(fields.get("categories") or ()), images=tuple(fields.get("images") or ()),
        url=fields.get("url"),
    )


def _clean_line(s: str) -> str:
    return " ".join(s.split())


def _remove_furniture(body: str) -> tuple[str, str | None, str | None]:
    editor = None
    found_date = None
    kept: list[str] = []
    for line in body.split("\n"):
        if furniture.CUT_FROM.match(line):
            break
        m = furniture.DATE_LINE.match(line)
        if m:
            found_date = found_date or m.group("date")
            continue
        for pattern in furniture.EDITOR:
            m = pattern.match(line)
            if m:
                editor = editor or m.group("name").strip()
                break
        else:
            if not any(p.search(line) for p in furniture.DROP):
                kept.append(line.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return text, editor, found_date


def _iso_date(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    try:
        return parsedate_to_datetime(s).date().isoformat()  # RFC 2822: "Thu, 02 Sep 2021 17:43:07 GMT"
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    m = re.match(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None


def read_all(paths: Iterable[str | os.PathLike]) -> list[Article]:
    return [read_article(p) for p in iter_files(paths)]
