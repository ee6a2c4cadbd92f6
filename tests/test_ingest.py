"""Reading articles: formats, metadata, furniture, encodings, languages."""
from __future__ import annotations

import os

import pytest

from kg.errors import DecodeError, InputError
from kg.ingest import iter_files, parse_article, read_article
from kg.text import segment

from conftest import EXAMPLES, SEEDS

HEXO = """
---
title: '测试公司宣布启动乡村计划'
categories:
 - 科技
author: 测试新闻网
date: Thu, 02 Sep 2021 17:43:07 GMT
headimg: 'https://example.org/a.jpg'
---

<div>
<p style="color:#6d6d6d;">测试编辑 王小明</p>
<p>9月2日，测试集团宣布启动“乡村数字计划”。</p>
<p>该计划将在2025年前投入10亿元。</p>
<p class="end"> - THE END -</p>
<p>转载请注明出处：测试新闻网</p>
<p><span>责任编辑：李华</span></p>
</div>
"""


def test_front_matter_markdown_with_html_body():
    a = parse_article(HEXO.encode("utf-8"), "x.md")
    assert a.format == "markdown"
    assert a.title == "测试公司宣布启动乡村计划"
    assert a.date == "2021-09-02"  # RFC 2822 in the front matter
    assert a.author == "测试新闻网"
    assert a.categories == ("科技",)
    assert a.images == ("https://example.org/a.jpg",)
    assert a.lang == "zh"
    assert a.editor == "王小明"  # the byline becomes metadata …
    assert "王小明" not in a.text and "THE END" not in a.text and "转载" not in a.text  # … not text
    assert a.text.startswith(a.title + "\n\n9月2日，测试集团")
    assert "\n\n该计划将在2025年前投入10亿元。" in a.text  # paragraph boundaries kept


def test_iso_date_and_plain_text_title_line():
    a = parse_article(b"---\ntitle: T\ndate: 2023-03-14T09:30:00Z\n---\nBody text of the article here.", "a.md")
    assert a.date == "2023-03-14"
    b = parse_article("Title line\n\nFirst paragraph. Second sentence.\n".encode(), "b.txt")
    assert (b.title, b.format) == ("Title line", "text")
    assert b.text == "Title line\n\nFirst paragraph. Second sentence."


def test_html_page_metadata_and_main_content():
    html = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seite</title>
    <meta name="author" content="Anna Beispiel"><meta property="article:published_time" content="2023-03-15T08:00:00+01:00">
    </head><body><nav><a href="/">Startseite</a> <a href="/x">Wirtschaft</a></nav>
    <main><article><h1>Die Überschrift</h1><p>Die Siemens AG startet ein Programm für die Ausbildung.</p>
    <p>Es ist das zweite Programm in diesem Jahr und wird von der Regierung unterstützt.</p></article></main>
    <aside><h2>Weitere Artikel</h2><p>Anderer Text über etwas anderes</p></aside>
    <footer>© 2023 Beispielverlag</footer></body></html>"""
    a = parse_article(html.encode("utf-8"), "p.html")
    assert a.format == "html" and a.lang == "de"
    assert a.title == "Die Überschrift"
    assert a.author == "Anna Beispiel" and a.date == "2023-03-15"
    assert "Startseite" not in a.text and "Anderer Text" not in a.text and "©" not in a.text
    assert "Siemens AG startet" in a.text


def test_encodings(tmp_path):
    text = "标题\n\n阿里巴巴集团宣布在杭州设立新的基金，用于支持中小企业发展。"
    assert parse_article(b"\xef\xbb\xbf" + text.encode(), "bom.txt").title == "标题"
    gbk = parse_article(text.encode("gb18030"), "gbk.txt")
    assert gbk.title == "标题" and "阿里巴巴集团" in gbk.text and "\ufffd" not in gbk.text
    declared = '<html><head><meta charset="gbk"><title>页</title></head><body><article><p>' + text * 2 + "</p></article></body></html>"
    assert "阿里巴巴" in parse_article(declared.encode("gbk"), "d.html").text
    with pytest.raises(DecodeError, match=r"bad\.txt: .*byte offset 6"):
        parse_article(b"Hello \xff\xfe\x00\x81 world \x81\x82", "bad.txt")


def test_traditional_chinese_is_zh_and_matches_simplified():
    a = parse_article("騰訊宣布計劃\n\n騰訊公司與海爾集團合作，推動綠色製造。".encode(), "t.txt")
    assert a.lang == "zh"
    doc = segment(a)
    assert "腾讯" in doc.match_text and len(doc.match_text) == len(a.text)


def test_other_language_is_kept_but_not_extracted():
    from kg.pipeline import extract

    ex = extract(parse_article("Titre\n\nLe gouvernement français a annoncé un nouveau plan pour les entreprises et les régions.".encode(), "f.txt"))
    assert ex.document.article.lang == "und" and ex.mentions == () and ex.notes


def test_folders_recursive_regular_files_only(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("T\n\nBody.", encoding="utf-8")
    (tmp_path / "two.md").write_text("T2\n\nBody.", encoding="utf-8")
    (tmp_path / "README.md").write_text("docs", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "two.md", tmp_path / "link.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    names = [p.name for p in iter_files([tmp_path])]
    assert names == ["one.txt", "two.md"]
    with pytest.raises(InputError, match="not a regular file"):
        list(iter_files([tmp_path / "fifo.txt"]))
    with pytest.raises(InputError, match="missing"):
        list(iter_files([tmp_path / "missing"]))


def test_sentences_have_exact_offsets():
    for path in iter_files([EXAMPLES]):
        doc = segment(read_article(path))
        assert doc.sentences
        for s in doc.sentences:
            assert doc.article.text[s.start:s.end] == s.text and s.text.strip() == s.text


def test_list_markers_and_ordinals_do_not_end_sentences():
    a = parse_article("T\n\n1. Increased investment in science.\n\nHe became Chairman on 10. September 2019 in Berlin.".encode(), "l.txt")
    texts = [s.text for s in segment(a).sentences]
    assert "1. Increased investment in science." in texts


# ---- the five real seed articles (skipped where ../shared is absent) ------------------------
SEED_FACTS = {
    "000": ("阿里巴巴集团将投入1000亿元助力共同富裕", "2021-09-02", "zh"),
    "001": ("2021世界互联网大会开幕 张勇宣布阿里巴巴制定两大社会责任战略", "2021-09-26", "zh"),
    "002": ("阿里巴巴脱贫基金半年报发布:800余贫困县半年电商销售超260亿", "2018-07-11", "zh"),
    "003": ("Alibaba to Launch a Team to Promote China’s ‘Common Prosperity’", None, "en"),
    "004": ("Alibaba unterstützt Chinas „Gemeinsamen Wohlstand“ mit 15,5 Mrd. US-Dollar", None, "de"),
}


@pytest.mark.parametrize("prefix", sorted(SEED_FACTS))
def test_seed_metadata(prefix):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    path = next(SEEDS.glob(prefix + "_*"))
    a = read_article(path)
    title, date, lang = SEED_FACTS[prefix]
    assert (a.title, a.date, a.lang) == (title, date, lang)
    assert "THE END" not in a.text and "转载请注明出处" not in a.text and "©" not in a.text
    assert "pixabay" not in a.text and "roof 4456833" not in a.text and "封面图片来源" not in a.text


def test_seed_002_related_articles_do_not_reach_the_graph(seeds_out):
    a = read_article(next(SEEDS.glob("002_*")))
    for teaser in ("相关文章", "普通商超的商业传奇故事", "菠萝斑马", "智伴科技", "湖畔大学", "原文发布时间"):
        assert teaser not in a.text
    ttl = (seeds_out / "graph.ttl").read_text(encoding="utf-8")
    for teaser in ("菠萝斑马", "智伴科技", "淄博深发汇源", "无锡高新区", "中国残疾人联合会"):
        assert teaser not in ttl
