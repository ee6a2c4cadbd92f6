"""Page furniture: lines that belong to the page, not to the article. Kept as data; matched per line.

Observed in the seeds and the corpus: Hexo posts end with "- THE END -", a repost notice and an
editor line; Aliyun community pages append "相关文章" with teasers of other stories; German pages
put image credits ("pixabay.com ©…") and file-name captions ("roof 4456833 1280") between paragraphs.
"""
import re

# Everything from a line matching one of these to the end of the text is another story's teaser.
CUT_FROM = re.compile(
    r"^\s*(相关文章|相关阅读|相关新闻|延伸阅读|推荐阅读|热门推荐|猜你喜欢|更多精彩|"
    r"related (articles|stories|news|posts)|read more|more on this story|you may also like|"
    r"weitere artikel|mehr zum thema|das könnte sie auch interessieren|lesen sie auch)\s*[:：]?\s*$",
    re.I,
)

# Lines that are dropped wherever they stand.
DROP = [re.compile(p, re.I) for p in (
    r"^\s*-*\s*the end\s*-*\s*$",
    r"^\s*(image|img|图片|photo|foto|bild)\s*$",
    r"^\s*(转载请注明|本文来自|原文发布时间|版权声明|免责声明|声明：|来源：|点击查看|阅读原文|扫码)",
    r"(封面)?图片来源[:：]",
    r"^\s*(photo|image|picture|foto|bild|bildquelle|quelle)\s*[:：]",
    r"©|\(c\)\s|creative commons|all rights reserved|alle rechte vorbehalten",
    r"^\s*see also\s*:",
    r"^\s*[\w\-]+ \d{5,} \d{3,4}\s*$",  # image file names used as captions: "roof 4456833 1280"
    r"^\s*\|\s*$",
    r"^\s*\d+\s+\d+\s*$",  # view/comment counters
)]

# Editor and author lines: the name is kept as article metadata, the line is dropped.
EDITOR = [re.compile(p) for p in (
    r"^\s*(?:责任编辑|编辑|责编|每经编辑|主编|记者)\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*$",
    r"^\s*\S{1,6}编辑\s+(?P<name>[\u4e00-\u9fff·]{2,4})\s*$",
    r"^\s*(?:edited by|editor:|redaktion:|redakteur:)\s*(?P<name>[A-Z][\w.\- ]{2,40})\s*$",
)]

# Publication dates stated in the body of plain-text pages ("原文发布时间为:2018-07-11").
DATE_LINE = re.compile(
    r"^\s*(?:原文发布时间(?:为)?|发布时间|发布日期|published(?: on)?|veröffentlicht(?: am)?)\s*[:：]?\s*"
    r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})",
    re.I,
)
