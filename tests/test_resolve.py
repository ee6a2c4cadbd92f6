"""Entity resolution on names written for the tests: what must merge and what must not."""
from __future__ import annotations

from kg.ingest import parse_article
from kg.pipeline import extract
from kg.resolve import resolve


def entities(*articles: tuple[str, str]):
    exs = [extract(parse_article(text.encode("utf-8"), name)) for name, text in articles]
    graph = resolve(exs)
    return graph.entities


def names_of(ents, kind):
    return [{label for _, label in e.labels + e.aliases} for e in ents if e.kind == kind]


def test_fund_named_in_three_languages_is_one_node():
    ents = entities(
        ("zh.txt", "标题\n\n星河集团宣布设立乡村振兴发展基金，规模为50亿元。"),
        ("en.txt", "Title\n\nXinghe Group said it would set up a Rural Revitalisation Development Fund of 5 billion yuan."),
        ("de.txt", "Titel\n\nDie Xinghe Group richtet einen Fonds zur Wiederbelebung ländlicher Räume ein, der mit 5 Mrd. Yuan ausgestattet ist."),
    )
    funds = names_of(ents, "Fund")
    assert len(funds) == 1, funds
    assert {"乡村振兴发展基金", "Rural Revitalisation Development Fund", "Fonds zur Wiederbelebung ländlicher Räume"} <= funds[0]


def test_similar_programs_in_one_language_stay_apart():
    ents = entities(
        ("a.txt", "标题\n\n甲公司启动“乡村医生数字赋能计划”，并投入资金。"),
        ("b.txt", "标题\n\n乙公司启动“数字乡村助力计划”，并投入资金。"),
        ("c.txt", "Title\n\nThe company launched its “Digital Village Support Plan” on Monday."),
    )
    programs = names_of(ents, "Program")
    assert {"乡村医生数字赋能计划"} in programs, programs  # not conflated with the other two
    assert any({"数字乡村助力计划", "Digital Village Support Plan"} <= p for p in programs)


def test_person_by_pinyin_needs_a_shared_organisation():
    ents = entities(
        ("zh.txt", "标题\n\n星河集团董事长李明远表示，公司将继续投入。"),
        ("en.txt", "Title\n\nLi Mingyuan, chairman of Xinghe Group, said the company would invest more."),
        ("other.txt", "Title\n\nLi Mingyuan, a teacher at Harbor School, won a prize for his students."),
    )
    people = names_of(ents, "Person")
    assert {"李明远", "Li Mingyuan"} in people
    assert sum("Li Mingyuan" in p for p in people) == 2  # the teacher is someone else


def test_homophone_places_do_not_merge():
    ents = entities(("a.txt", "标题\n\n公司在长沙县和长沙市分别设立了工厂，并与昌江县合作。"))
    places = names_of(ents, "Place")
    assert not any(len(p) > 1 and {"长沙县", "长沙市"} <= p for p in places)


def test_traditional_and_simplified_merge_and_merge_rules_are_kept():
    ents = entities(("t.txt", "標題\n\n騰訊公司宣布新計劃。"), ("s.txt", "标题\n\n腾讯公司宣布新计划。"))
    tencent = [e for e in ents if e.kind == "Organization"]
    assert len(tencent) == 1 and tencent[0].merge_rules
