"""Money in zh, en and de: value in whole units plus ISO 4217 currency."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..model import Document, Mention, Money

# ---- data -----------------------------------------------------------------------------------
ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
ZH_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_BIG_UNITS = {"万": 10**4, "亿": 10**8, "万亿": 10**12}
ZH_CURRENCY = {"元": "CNY", "人民币": "CNY", "元人民币": "CNY", "块": "CNY", "美元": "USD", "欧元": "EUR",
               "港元": "HKD", "港币": "HKD", "英镑": "GBP", "日元": "JPY", "瑞士法郎": "CHF", "卢布": "RUB",
               "韩元": "KRW", "新台币": "TWD"}
# An amount without a currency word counts as yuan only next to one of these.
ZH_MONEY_CONTEXT = re.compile(r"(投入|投资|资金|出资|捐赠|捐款|捐|募集|融资|拨款|补贴|贷款|销售额|销售|营收|收入|"
                              r"利润|基金|预算|资产|市值|估值|金额|成交额|交易额|注资|援助)")
ZH_COUNTERS = re.compile(r"^(余|多)?(人|个|名|户|件|家|次|所|吨|亩|公里|米|平方|位|辆|台|部|只|头|条|份|项|篇|"
                         r"小时|年|月|天|倍|册|间|座|株|棵|单|笔|张|种|批|款|units?)")
SCALE_EN = {"trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9,
            "million": 10**6, "mn": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
SCALE_DE = {"billionen": 10**12, "billion": 10**12, "bio": 10**12, "milliarden": 10**9, "milliarde": 10**9,
            "mrd": 10**9, "millionen": 10**6, "million": 10**6, "mio": 10**6, "tausend": 10**3, "tsd": 10**3}
CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "us-dollar": "USD",
            "us dollars": "USD", "u.s. dollars": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
            "£": "GBP", "gbp": "GBP", "pounds": "GBP", "pound": "GBP", "pfund": "GBP", "¥": "CNY",
            "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "hk$": "HKD", "hkd": "HKD",
            "chf": "CHF", "franken": "CHF", "swiss francs": "CHF", "francs": "CHF", "yen": "JPY",
            "jpy": "JPY", "rubel": "RUB", "roubles": "RUB", "rubles": "RUB"}

_NUM_EN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM_DE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_CUR_PRE = r"US\$|HK\$|\$|€|£|¥|USD|EUR|GBP|RMB|CNY|CHF|HKD|JPY"
_CUR_POST_EN = r"US dollars|U\.S\. dollars|dollars|yuan|renminbi|euros?|pounds|Swiss francs|francs|yen|roubles|rubles|USD|EUR|RMB|CNY|GBP|CHF|HKD"
_CUR_POST_DE = r"US-Dollar|Dollar|Euro|Yuan|Renminbi|RMB|USD|EUR|CNY|Franken|Pfund|Yen|Rubel|CHF|GBP|HKD"
_SCALE_EN = r"trillion|billion|million|thousand|tn|bn|mn|m|k|b"
_SCALE_DE = r"Billionen|Billion|Milliarden|Milliarde|Mrd\.|Millionen|Million|Mio\.|Tausend|Tsd\."

EN_PATTERNS = [
    re.compile(rf"(?P<cur>{_CUR_PRE})\s?(?P<num>{_NUM_EN})(?:\s?(?P<scale>{_SCALE_EN})\b)?"),
    re.compile(rf"(?P<num>{_NUM_EN})(?:\s?(?P<scale>{_SCALE_EN}))?\s(?P<cur>{_CUR_POST_EN})\b"),
]
DE_PATTERNS = [
    re.compile(rf"(?P<cur>{_CUR_PRE})\s?(?P<num>{_NUM_DE})(?:\s?(?P<scale>{_SCALE_DE})(?!\w))?"),
    re.compile(rf"(?P<num>{_NUM_DE})(?:\s?(?P<scale>{_SCALE_DE}))?\s?(?P<cur>{_CUR_POST_DE}|€|\$)(?!\w)"),
]
_ZH_NUM = r"[\d.,]+|[零〇一二两三四五六七八九十百千]+"
ZH_PATTERN = re.compile(
    rf"(?P<num>{_ZH_NUM})(?P<big>万亿|亿|万)?(?P<cur>元人民币|人民币|元|美元|欧元|港元|港币|英镑|日元|瑞士法郎|卢布|韩元|新台币)?"
)
ZH_PREFIX_CUR = re.compile(r"(?P<cur>人民币|美元|欧元|港元)(?P<num>[\d.,]+)(?P<big>万亿|亿|万)?元?")


class MoneyRecognizer:
    name = "money"
    languages = frozenset({"zh", "en", "de"})

    def __call__(self, doc: Document):
        lang = doc.article.lang
        if lang == "zh":
            yield from _zh(doc.match_text, doc.article.text)
        else:
            text = doc.article.text
            for pattern in (DE_PATTERNS if lang == "de" else EN_PATTERNS):
                for m in pattern.finditer(text):
                    money = _latin_value(m, german=lang == "de")
                    if money:
                        yield Mention(m.start(), m.end(), m.group(), "Money", 0.9, "money.pattern", money=money)


def _latin_value(m: re.Match, german: bool) -> Money | None:
    raw = m.group("num")
    scale_word = (m.group("scale") or "").rstrip(".").lower()
    cur = CURRENCY.get(m.group("cur").lower().replace("-", "-"))
    if cur is None:
        return None
    num = raw.replace(".", "").replace(",", ".") if german else raw.replace(",", "")
    try:
        value = Decimal(num)
    except InvalidOperation:
        return None
    scale = (SCALE_DE if german else SCALE_EN).get(scale_word, 1)
    if scale == 1 and not german and scale_word:
        scale = SCALE_EN.get(scale_word, 1)
    if scale == 1 and value < 1000 and not m.group("scale"):
        # "$5" is a price, not a commitment; keep only sums that can be pledged.
        return None
    return Money((value * scale).quantize(Decimal(1)), cur)


def zh_number(raw: str) -> Decimal | None:
    raw = raw.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", raw):
        return Decimal(raw)
    if not raw or any(c not in ZH_DIGITS and c not in ZH_SMALL_UNITS for c in raw):
        return None
    total, current = 0, 0
    for c in raw:
        if c in ZH_DIGITS:
            current = ZH_DIGITS[c]
        else:
            total += (current or 1) * ZH_SMALL_UNITS[c]
            current = 0
    return Decimal(total + current)


def _zh(match_text: str, text: str):
    for m in ZH_PREFIX_CUR.finditer(match_text):
        value = zh_number(m.group("num"))
        if value is not None:
            scale = ZH_BIG_UNITS.get(m.group("big") or "", 1)
            yield Mention(m.start(), m.end(), text[m.start():m.end()], "Money", 0.9, "money.pattern",
                          money=Money((value * scale).quantize(Decimal(1)), ZH_CURRENCY[m.group("cur")]))
    for m in ZH_PATTERN.finditer(match_text):
        big, cur = m.group("big"), m.group("cur")
        if not big and not cur:
            continue
        value = zh_number(m.group("num"))
        if value is None or value == 0:
            continue
        after = match_text[m.end():m.end() + 4]
        before = match_text[max(0, m.start() - 10):m.start()]
        if not cur:
            # "1.5万人次", "3.5亿用户" are counts; a bare 亿/万 sum is money only where the
            # sentence talks about money.
            if ZH_COUNTERS.match(after) or not (ZH_MONEY_CONTEXT.search(before) or ZH_MONEY_CONTEXT.match(after)):
                continue
            if big == "万" and value < 100 and not ZH_MONEY_CONTEXT.search(before):
                continue
        scale = ZH_BIG_UNITS.get(big or "", 1)
        if not big and value < 100:
            continue
        money = Money((value * scale).quantize(Decimal(1)), ZH_CURRENCY.get(cur or "元", "CNY"))
        yield Mention(m.start(), m.end(), text[m.start():m.end()], "Money", 0.85 if cur else 0.7,
                      "money.pattern", money=money)
