"""Deadlines, periods and dates: 2025年前, before 2025, bis 2025; 9月2日, 去年12月1日, May 2015."""
from __future__ import annotations

import re
from datetime import date

from ..model import Document, Mention

MONTHS_EN = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS_DE = {m: i + 1 for i, m in enumerate(
    "januar februar märz april mai juni juli august september oktober november dezember".split())}
ZH_REL_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}

DEADLINE = [
    (re.compile(r"(?:在|到|至|于)?(?P<y>(?:19|20)\d{2})年(?:底)?(?:之?前|以前|年底前)"), "zh"),
    (re.compile(r"(?:到|至)(?P<y>(?:19|20)\d{2})年(?:底|末)?"), "zh"),
    (re.compile(r"\b(?:before|by|until|through|no later than)(?: the end of)? (?P<y>(?:19|20)\d{2})\b", re.I), "en"),
    (re.compile(r"\b(?:bis|vor)(?: Ende)?(?: zum Jahr| des Jahres)? (?P<y>(?:19|20)\d{2})\b"), "de"),
]
PERIOD_ZH = re.compile(r"(?P<n>[一二三四五六七八九十两\d]+)年(?:内|间|里)?(?=投入|投资|捐|内|间)")
DATE_PATTERNS = [
    (re.compile(r"(?P<rel>今年|去年|前年|明年)?(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|[1-9])月(?P<d>3[01]|[12]\d|[1-9])日"), "zh"),
    (re.compile(r"\b(?P<mn>January|February|March|April|May|June|July|August|September|October|November|December)"
                r"(?: (?P<d>3[01]|[12]\d|[1-9]))?,? (?P<y>(?:19|20)\d{2})\b"), "en"),
    (re.compile(r"\b(?P<d>3[01]|[12]\d|[1-9])\.? (?P<mn>Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
                r"Oktober|November|Dezember) (?P<y>(?:19|20)\d{2})\b"), "de"),
]


class TimeRecognizer:
    name = "time"
    languages = frozenset({"zh", "en", "de"})

    def __call__(self, doc: Document):
        lang = doc.article.lang
        text = doc.match_text if lang == "zh" else doc.article.text
        year = int(doc.article.date[:4]) if doc.article.date else None
        for pattern, plang in DEADLINE:
            if plang == lang:
                for m in pattern.finditer(text):
                    yield Mention(m.start(), m.end(), doc.article.text[m.start():m.end()], "Time", 0.9,
                                  "time.deadline", time_value=m.group("y"), deadline=True)
        for pattern, plang in DATE_PATTERNS:
            if plang != lang:
                continue
            for m in pattern.finditer(text):
                value = _date(m, lang, year)
                if value:
                    yield Mention(m.start(), m.end(), doc.article.text[m.start():m.end()], "Time", 0.9,
                                  "time.date", time_value=value)


def _date(m: re.Match, lang: str, article_year: int | None) -> str | None:
    g = m.groupdict()
    if lang == "zh":
        y = int(g["y"]) if g.get("y") else None
        if y is None and article_year is not None:
            y = article_year + ZH_REL_YEAR.get(g.get("rel") or "今年", 0)
        month, day = int(g["m"]), int(g["d"])
    else:
        months = MONTHS_DE if lang == "de" else MONTHS_EN
        y, month = int(g["y"]), months[g["mn"].lower()]
        day = int(g["d"]) if g.get("d") else None
        if day is None:
            return f"{y:04d}-{month:02d}"
    if y is None:
        return None
    try:
        return date(y, month, day).isoformat()
    except ValueError:
        return None
