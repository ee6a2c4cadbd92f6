"""Relations, amounts and deadlines from sentences written for the tests, in zh, en and de."""
from __future__ import annotations

from decimal import Decimal

from kg.ingest import parse_article
from kg.pipeline import extract


def facts(text: str):
    ex = extract(parse_article(text.encode("utf-8"), "t.txt"))
    rel = {(f.subject.label, f.predicate, f.object.label) for f in ex.facts if f.predicate != "amount"}
    amounts = {(f.subject.label, f.object.money.value, f.object.money.currency, f.deadline)
               for f in ex.facts if f.predicate == "amount"}
    return rel, amounts, ex


def test_chinese_roles_launches_amounts_and_places():
    rel, amounts, ex = facts("标题\n\n比亚迪股份有限公司董事长王传福表示，比亚迪将在2026年前投入50亿元设立新能源人才基金，"
                             "并启动“绿色出行计划”。比亚迪总部位于深圳。\n\n该计划将在广东省深圳市龙华区试点。")
    assert ("王传福", "leaderOf", "比亚迪股份有限公司") in rel
    assert ("比亚迪", "launched", "绿色出行计划") in rel
    assert ("比亚迪", "established", "新能源人才基金") in rel
    assert ("比亚迪", "locatedIn", "深圳") in rel
    assert ("深圳市", "locatedIn", "广东省") in rel
    assert ("新能源人才基金", Decimal(5000000000), "CNY", "2026") in amounts
    for f in ex.facts:  # every fact carries its evidence sentence
        s = ex.document.sentences[f.evidence.sentence]
        assert s.start <= f.subject.start < s.end and f.evidence.rule and 0 < f.evidence.confidence <= 1


def test_chinese_enumeration_items_are_part_of_the_program():
    rel, _, _ = facts("标题\n\n星河集团启动“共享未来十大行动”，行动包括：\n\n一是扶持中小企业。\n\n二是成立20亿元乡村教师发展基金，支持乡村教育。")
    assert ("乡村教师发展基金", "partOf", "共享未来十大行动") in rel


def test_english_roles_lists_and_amount_conversions():
    rel, amounts, _ = facts(
        "Title\n\nNorthwind Holdings launched the “Bright Futures Initiative”, in which the company will invest "
        "20 billion yuan ($2.8 billion) before 2027. Maria Keller, chief executive of Northwind Holdings, leads it. "
        "She serves as a director of several companies, including Harbor Bank, Blue Lake Group and Redwood Capital.")
    assert ("Northwind Holdings", "launched", "Bright Futures Initiative") in rel
    assert ("Maria Keller", "leaderOf", "Northwind Holdings") in rel
    assert {("Maria Keller", "memberOf", o) for o in ("Harbor Bank", "Blue Lake Group", "Redwood Capital")} <= rel
    assert ("Bright Futures Initiative", Decimal(20000000000), "CNY", "2027") in amounts
    assert ("Bright Futures Initiative", Decimal(2800000000), "USD", "2027") in amounts


def test_german_roles_foundings_and_headquarters():
    rel, amounts, _ = facts(
        "Titel\n\nSiemens-Chef Roland Busch sagte, der Konzern mit Sitz in München investiere 500 Millionen Euro in "
        "das Programm „Zukunft Bildung“. Die Nordlicht Stiftung gründete gemeinsam mit der Stadt Wien einen Fonds "
        "für soziale Innovation, der mit 20 Millionen Euro ausgestattet ist.")
    assert ("Roland Busch", "leaderOf", "Siemens") in rel
    assert ("Siemens", "locatedIn", "München") in rel
    assert ("Nordlicht Stiftung", "established", "Fonds für soziale Innovation") in rel
    assert ("Zukunft Bildung", Decimal(500000000), "EUR", None) in amounts


def test_sums_that_are_not_commitments_are_not_attached():
    _, amounts, _ = facts("标题\n\n2018年上半年，贫困县在星河集团平台销售额超过260亿元，网商银行提供贷款超过380亿元。")
    assert not amounts


def test_the_agency_in_a_dateline_and_places_in_a_list_are_no_facts():
    rel, _, _ = facts("Title\n\nSHENZHEN, March 14 (Daily Wire) - Acme Group on Tuesday launched the Green Steel "
                      "Initiative. The courses run in Berlin, Erlangen and Munich. The plant is in Shenzhen, Guangdong.")
    assert ("Acme Group", "launched", "Green Steel Initiative") in rel
    assert not {r for r in rel if r[0] == "Daily Wire"}
    assert ("Berlin", "locatedIn", "Erlangen") not in rel
    assert ("Shenzhen", "locatedIn", "Guangdong") in rel
