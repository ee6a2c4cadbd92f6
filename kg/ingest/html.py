"""HTML to text with paragraph boundaries, and the metadata of a full HTML page."""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

# Elements that never hold article text.
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "select", "figcaption", "menu")
# class/id fragments of boxes around the article (trafilatura keeps a longer list in xpaths.py).
_DROP_ATTR = re.compile(
    r"(^|[\s_-])(related|recommend|share|sharing|social|comment|comments|breadcrumb|sidebar|"
    r"advert|ads|promo|newsletter|subscribe|copyright|nav|navbar|menu|footer|header|tags?|bqian)($|[\s_-])",
    re.I,
)
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "section", "article", "main", "blockquote", "figure", "dd", "dt", "pre", "hr"}
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def fragment_to_text(html: str) -> str:
    """Clean an HTML body (a fragment or a whole page's main element) to paragraphs."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return element_to_text(root)


def element_to_text(root) -> str:
    _strip(root)
    parts: list[str] = []
    _walk(root, parts)
    text = "".join(parts)
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(_join_lines(current))
            current = []
    if current:
        paragraphs.append(_join_lines(current))
    return "\n\n".join(paragraphs)


def _join_lines(lines: list[str]) -> str:
    # Wrapped source lines join with a space in English and German, with nothing between two
    # Chinese characters.
    out = lines[0]
    for line in lines[1:]:
        sep = "" if _CJK_CHAR.match(out[-1:]) and _CJK_CHAR.match(line[:1]) else " "
        out += sep + line
    return out


_CJK_CHAR = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _strip(root) -> None:
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(el)
    for el in list(root.iter(*_DROP_TAGS)):
        _remove(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el is root:
            continue
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        if attrs and _DROP_ATTR.search(attrs) and el.tag not in ("body", "html", "main", "article"):
            _remove(el)


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _walk(el, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    block = tag in _BLOCK
    if block:
        parts.append("\n\n" if tag != "br" else "\n")
    if el.text and tag != "br":
        parts.append(el.text)
    for child in el:
        _walk(child, parts)
    if block:
        parts.append("\n\n")
    if el.tail:
        parts.append(el.tail)


def page(html: str) -> dict:
    """Title, metadata and main text of a whole HTML page."""
    doc = lxml.html.document_fromstring(html)
    meta: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key and m.get("content") and key not in meta:
            meta[key] = m.get("content").strip()
    title = meta.get("og:title") or meta.get("twitter:title") or ""
    if not title:
        h1 = doc.find(".//h1")
        t = doc.find(".//title")
        title = (h1.text_content() if h1 is not None else "") or (t.text_content() if t is not None else "")
    lang = (doc.get("lang") or "").split("-")[0].lower() or None
    main = _main_element(doc)
    # The page's own h1 is the title; keep it out of the body so it is not read twice.
    for h1 in main.iter("h1"):
        if h1.text_content().strip() == title.strip():
            _remove(h1)
            break
    return {
        "title": " ".join(title.split()),
        "text": element_to_text(main),
        "author": meta.get("author") or meta.get("article:author") or meta.get("dc.creator"),
        "date": meta.get("article:published_time") or meta.get("date") or meta.get("dc.date")
        or meta.get("pubdate") or _time_element(doc),
        "publisher": meta.get("og:site_name") or meta.get("publisher"),
        "categories": tuple(filter(None, [meta.get("article:section")])) +
        tuple(k.strip() for k in (meta.get("keywords") or "").split(",") if k.strip()),
        "images": tuple(filter(None, [meta.get("og:image")])),
        "url": meta.get("og:url") or _canonical(doc),
        "lang": lang,
    }


def _main_element(doc):
    for path in (".//article", ".//main", ".//*[@role='main']", ".//*[@itemprop='articleBody']"):
        found = doc.find(path)
        if found is not None and len(found.text_content().strip()) > 50:
            return found
    body = doc.find(".//body")
    return body if body is not None else doc


def _time_element(doc) -> str | None:
    t = doc.find(".//time[@datetime]")
    return t.get("datetime") if t is not None else None


def _canonical(doc) -> str | None:
    for link in doc.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            return link.get("href")
    return None
