"""Chinese: jieba segmentation with part-of-speech tags, quoted names, name heads and titles.

Rules (all data at the top): a quoted name “…” is typed by its head word or by the head right
after the quote; a run of content words ending in an organisation, fund or program head is a name;
a person is a surname-initial name after a title or before a reporting verb; jieba's dictionary
places (ns) and organisations (nt) are kept when their form is a name's form.
"""
from __future__ import annotations

import re

from .. import lexicon as lx
from ..chinese import frequencies, surnames
from ..model import Document, Mention

# A country's or a state's own bodies: the place alone names them (柬埔寨国会, 田纳西州议会,
# 江苏代表团).
PLACE_BODY_HEADS = ("议会", "国会", "国民议会", "参议院", "众议院", "共产党", "代表团")
ORG_HEADS = ("集团", "公司", "银行", "基金会", "委员会", "研究院", "研究所", "研究中心", "协会", "学会", "大学",
             "学院", "医院", "交易所", "联合会", "商会", "合作社", "俱乐部", "出版社", "电视台", "报社", "日报",
             "政府", "人民政府", "法院", "检察院", "总局", "管理局", "办公室", "交通委", "发改委", "卫健委", "教育局",
             "部", "局", "厅", "委", "署", "科技", "控股", "实验室", "事务所", "联盟", "工作室", "福利院", "海关",
             "突击队", "宣讲团", "钢厂", "理事会", "领导小组", "工作部", "办公厅", "总站") + PLACE_BODY_HEADS
# Heads that are also common words need a proper noun in front (北京市交通委, not 该部).
WEAK_ORG_HEADS = {"部", "局", "厅", "委", "署", "科技", "控股", "联盟", "工作室", "办公室", "政府", "人民政府", "总站"}
FUND_HEADS = ("基金", "专项资金", "资金池")
PROGRAM_HEADS = ("行动计划", "计划", "行动", "项目", "工程", "战略", "倡议", "专项行动", "频道", "方案", "示范区",
                 "大赛", "工程", "活动", "专项", "运动", "试点", "平台")
# Heads that only make a name inside quotes or right after one (“兴农扶贫”频道).
QUOTE_ONLY_HEADS = {"频道", "活动", "平台", "方案", "试点", "运动", "专项"}
LAUNCH_BEFORE_QUOTE = re.compile(r"(启动|推出|发起|实施|开展|派驻|上线|宣布|发布|成立|设立|创立|打造)\s*$")
TITLES = ("董事会主席", "董事局主席", "董事局副主席", "董事会副主席", "董事长", "副董事长", "首席执行官", "首席运营官",
          "首席财务官", "首席技术官", "总裁", "副总裁", "总经理", "副总经理", "秘书长", "副秘书长", "主席", "副主席",
          "创始人", "联合创始人", "董事", "总监", "负责人", "书记", "省长", "市长", "县长", "部长", "局长", "主任",
          "院长", "校长", "行长", "总理", "国家主席", "总书记", "记者", "编辑", "教授", "研究员", "经理", "CEO",
          "COO", "CFO", "CTO", "总统", "首相", "大使", "发言人", "合伙人", "理事长", "会长", "社长", "总编辑",
          "外长", "外交部长", "国防部长", "防长", "国务卿", "国王", "女王", "王储", "议长", "总督", "领导人", "领袖")
# Characters of the standard transliteration of foreign names (新华社《世界人名翻译大辞典》 usage):
# a run of these after a title is a foreign person (总统托卡耶夫, 最高领袖哈梅内伊).
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦包保鲍贝本比毕宾波伯博布查达戴丹道德登迪蒂丁杜多厄恩尔法范菲费芬丰弗福富盖甘冈戈格"
    "贡古瓜哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾黎里利连琳隆卢鲁路伦罗洛马迈曼"
    "毛梅门蒙米莫穆纳卜奈南内尼涅努诺欧帕潘佩彭皮珀普齐奇恰乔切琴丘萨塞桑瑟森沙尚绍舍什舒斯松苏索塔泰坦汤特提图"
    "托瓦万旺威韦维温沃乌武西希锡夏谢辛休雅亚扬耶伊因英尤扎泽詹兹佐卓茨夫娃丝莎娜黛琪申默姆廖列连")
# jieba tags of function words: prepositions, conjunctions, particles, adverbs, pronouns, numbers.
FUNCTION_WORDS = frozenset("p c u uj ul uz ug uv ud d r f m q t y e o".split())
REPORTING = re.compile(r"^(表示|说|介绍|指出|认为|称|强调|透露|宣布|出席|发言|回应|坦言|提到|表态|直言|告诉|谈到|分享|"
                       r"坦承|呼吁|解释|补充|承诺)")
PLACE_SUFFIX = re.compile(r"(省|市|县|区|镇|乡|村|自治区|自治州|自治县|州|盟|旗|特别行政区|新区|开发区)$")
# Modifiers that make a generic description, not a name (这一新战略, 国家战略, 两大全新战略).
GENERIC = frozenset("全面 双方 各方 一切 新 全新 该 此 这 这一 那 本 其 各 每 国家 重大 重要 相关 有关 整体 总体 长期 短期 社会责任 "
                    "专门 一系列 上述 多项 多个 一项 一批 新的 该项 其他 其它 我们 他们 自身 全国 地方 各地 首个 "
                    "最大 最新 最高 最长 最早 首条 首座 首批 首次 第一".split())
# jieba tags that can be part of a descriptive name.
NAME_POS = frozenset("n nz ns nt nr nrt nrfg vn v a an b j l i eng ng s vi".split())
STOP_VERBS = frozenset("股东 控股股东 母公司 子公司 旗下 合作伙伴 助推 用以 加强 深化 增进 展现 推进 落实 落到 学习 贯彻 宣传 会见 召开 签署 当选 细化 抓好 做好 办好 "
                       "启动 推出 设立 成立 发起 建立 实施 宣布 投入 包括 加大 打造 开展 提供 获得 参与 支持 "
                       "是 有 为 在 将 进行 推动 发布 表示 介绍 通过 联合 加入 完成 达到 超过 覆盖 如 例如 "
                       "围绕 通过 聚力 继续 落地 促进 帮助 派驻 获悉 称 据 从 上线".split())
# Building verbs end a name only after its builder (国家电网|建设|特高压…工程); after a common noun
# 建设 is part of the name (乡村建设行动, 生态文明建设示范区).
BUILD_VERBS = frozenset("建设 建成 修建 承建".split())
# Operations that end in 行动 without being programs (联合国维和行动, 大规模作战行动).
OPERATIONS = frozenset("作战 军事 维和 救援 搜救 执法 打击 报复 抗议 袭击 空袭 侦察 巡逻 演习 反击 清剿 反恐 营救 "
                       "撤侨 封锁 镇压 示威 罢工".split())
# Nouns that need a modifier before them: a name does not start with one (领域国际科学计划项目 is cut).
BOUND_NOUNS = frozenset("领域 方面 层面 方向 环节 之间 以来 期间 过程".split())
# Last characters of unknown three-character words that are things or places, not given names.
NOT_GIVEN_NAME = frozenset("型记箱游站厂村镇路街桥港湾坳山河湖岭沟乡县市区省号线楼馆园队局部委会所院店场库车机船舰弹"
                           "岛寨堡滩宫称")
# Particles jieba's new-word guess glues to the end of a two-character name (李希等, 王刚对).
GLUED = frozenset("对等说是也将就都又的了被把让给从")  # not 同, 为, 和: they end given names too (周建同)
# jieba dictionary frequency from which a word is a common word, whatever its tag (祝贺 560,
# 田野 360, against 李强 159, 马化腾 18).
COMMON_WORD = 300
MAX_NAME_TOKENS = 6
MAX_NAME_CHARS = 16
_QUOTE = re.compile(r"[“「『\"]([^“”「」『』\"，。,；;！？!?\n]{2,25})[”」』\"]")
_BOOK = re.compile(r"《([^《》\n]{2,30})》")


_HEAD_KIND = {**{h: "Program" for h in PROGRAM_HEADS}, **{h: "Organization" for h in ORG_HEADS},
              **{h: "Fund" for h in FUND_HEADS}, "基金会": "Organization"}
_HEAD_LENGTHS = sorted({len(h) for h in _HEAD_KIND}, reverse=True)
_TITLE_AT_START = re.compile("|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)))
_TITLE_AT_END = re.compile("(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + ")$")


class ChineseRecognizer:
    name = "zh"
    languages = frozenset({"zh"})

    def __call__(self, doc: Document):
        for s in doc.sentences:
            yield from self._heads(doc, s.tokens)
            yield from self._people(doc, s.tokens)
            yield from self._tagged(doc, s.tokens)
            yield from self._partners(doc, s.tokens)
        yield from self._quotes(doc)

    # -- quoted names --------------------------------------------------------------------------
    def _quotes(self, doc: Document):
        text = doc.match_text
        for m in _QUOTE.finditer(text):
            inner, start, end = m.group(1).strip(), m.start(1), m.end(1)
            after = text[m.end():m.end() + 4]
            # the longest head: “乡村振兴”专项资金 is a fund, not a 专项
            head_after = max((h for h in PROGRAM_HEADS + FUND_HEADS if after.startswith(h)), key=len, default=None)
            kind = _kind_of_name(inner, quoted=True)
            if head_after and kind is None and inner in lx.load().zh:
                continue  # “一带一路”倡议: the lexicon names it
            if head_after and kind is None:
                kind = "Fund" if head_after in FUND_HEADS else "Program"
                if head_after in QUOTE_ONLY_HEADS:  # “寒冬送温暖”专项, “兴农扶贫”频道: the quote is the name
                    yield Mention(start, end, doc.article.text[start:end], kind, 0.8, "zh.quote")
                    continue
                # The name with its head: “一县一品”战略 -> 一县一品战略 is one name; offsets cover both.
                yield Mention(start, m.end() + len(head_after), doc.article.text[start:m.end() + len(head_after)],
                              kind, 0.8, "zh.quote", name=inner + head_after)
                continue
            # Launched, a quoted name is a program even without a head; two characters are a
            # slogan or a date (“六一”), not a name.
            if kind is None and len(inner) >= 3 and LAUNCH_BEFORE_QUOTE.search(text[max(0, m.start() - 6):m.start()]):
                kind = "Program"
            if kind:
                yield Mention(start, end, doc.article.text[start:end], kind, 0.8, "zh.quote")
        for m in _BOOK.finditer(text):
            inner = m.group(1)
            kind = _kind_of_name(inner, quoted=True)
            if kind in ("Program", "Fund"):
                yield Mention(m.start(1), m.end(1), doc.article.text[m.start(1):m.end(1)], kind, 0.7, "zh.quote")

    # -- names ending in a head word -----------------------------------------------------------
    def _heads(self, doc: Document, tokens):
        lex = lx.load()
        for i, (start, end, word, flag) in enumerate(tokens):
            kind, head = _head_kind(word)
            if kind is None:
                continue
            if head in QUOTE_ONLY_HEADS:
                continue
            j = i
            while j > 0 and i - j < MAX_NAME_TOKENS:
                ps, pe, pw, pf = tokens[j - 1]
                # 和/与 end a name: joining across them made "思想和行动", "铁杆朋友和全天候战略" on news text
                if pf not in NAME_POS and not (pf == "m" and re.fullmatch(r"[一二三四五六七八九十两]+大", pw)):
                    break
                if pw in STOP_VERBS or pw in GENERIC or end - ps > MAX_NAME_CHARS:
                    break
                if pw in BUILD_VERBS and j >= 2 and (tokens[j - 2][3] in ("nt", "ns", "nz") or tokens[j - 2][2] in lex.zh):
                    break
                j -= 1
            # Numbered programs: 十大行动, 五大工程
            if j > 0 and re.fullmatch(r"[一二三四五六七八九十两\d]+大", tokens[j - 1][2]) is not None:
                j -= 1
            if j > 0 and tokens[j - 1][3] == "m" and re.fullmatch(r"[一二三四五六七八九十]", tokens[j - 1][2]) \
                    and j < i and tokens[j][2] == "大":
                j -= 1
            if j == i:
                continue
            modifiers = tokens[j:i]
            # A name does not start with a verb or an adverb (用以助推…示范区, 全面连接…战略).
            while modifiers and modifiers[0][3] in ("v", "d", "ad", "vd", "p", "c"):
                modifiers = modifiers[1:]
            if not modifiers:
                continue
            # "两大社会责任战略" counts strategies; only "十大行动" itself is a name.
            if re.fullmatch(r"[一二三四五六七八九十两\d]*大", modifiers[0][2]) and len(modifiers) > 1:
                continue
            words = [t[2] for t in modifiers]
            if head in PLACE_BODY_HEADS and not (len(modifiers) == 1 and _place_prefix(words[0] + head) == len(words[0])):
                continue
            if words[0] in BOUND_NOUNS or head == "行动" and words[-1] in OPERATIONS:
                continue
            first = i - len(modifiers)  # index of the name's first token
            if len(words[0]) == 1 and first > 0 and tokens[first - 1][3] in ("m", "r", "q"):
                continue  # 两国发展战略, 各国发展战略: countries' strategies, not a name
            name_start = modifiers[0][0]
            span_end = end
            # "星河集团董事长李明远": a title after it makes a description-like name an organisation.
            titled = kind == "Organization" and head not in WEAK_ORG_HEADS and \
                _TITLE_AT_START.match(doc.match_text, span_end) is not None
            launched = LAUNCH_BEFORE_QUOTE.search(doc.match_text, max(0, name_start - 6), name_start) is not None
            if not titled and not _is_name(words, head, kind, [t[3] for t in modifiers], launched):
                continue
            yield Mention(name_start, span_end, doc.article.text[name_start:span_end], kind, 0.7, "zh.pattern")

    # -- people --------------------------------------------------------------------------------
    def _people(self, doc: Document, tokens):
        names = surnames()
        text = doc.match_text
        for i, (start, end, word, flag) in enumerate(tokens):
            titled = _TITLE_AT_END.search(text, max(0, start - 8), start) is not None
            if titled:
                name = _name_after_title(tokens, i, names)
                if name:
                    yield Mention(start, start + len(name), doc.article.text[start:start + len(name)], "Person",
                                  0.8, "zh.title")
                continue
            if _before_title(tokens, i):  # 莱希总统, 西哈莫尼国王, 王毅外长
                yield Mention(start, end, doc.article.text[start:end], "Person", 0.7, "zh.title")
                continue
            if flag not in ("nr", "nrfg", "nrt") or not 2 <= len(word) <= 4 or not (word[:1] in names or word[:2] in names):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff·]+", word):
                continue
            name = _unglued(word)
            word, end = name, end - (len(word) - len(name))
            if REPORTING.match(text[end:end + 4]):
                yield Mention(start, end, doc.article.text[start:end], "Person", 0.6, "zh.pos")
            elif len(word) == 3 and not frequencies().get(word) and word[2] not in NOT_GIVEN_NAME \
                    and not (i and tokens[i - 1][3] in ("m", "ns")) and not text[start - 1:start].isdigit() \
                    and not (start and text[start - 1] in "“「\"" and text[end:end + 1] and text[end] in "”」\""):
                # A three-character word jieba does not know that starts with a surname is a name
                # (吴政隆, 郑钦文), unless it ends in a noun (海射型, 曹家坳), counts (3万标箱),
                # follows a place (美国毛伊岛) or is quoted (“沙戈荒”).
                yield Mention(start, end, doc.article.text[start:end], "Person", 0.55, "zh.pos")

    # -- dictionary-tagged places and organisations --------------------------------------------
    def _tagged(self, doc: Document, tokens):
        previous_place = False
        for i, (start, end, word, flag) in enumerate(tokens):
            is_place = False
            # jieba tags many ordinary words ns (美丽, 上岗, 深度): a place needs an
            # administrative suffix, or to follow another place (陕西宁陕).
            suffix = PLACE_SUFFIX.search(word)
            # 城市, 山区, 上市 end in a place suffix and are common words: a place needs two
            # characters before its suffix, or to be a rare word right after another place.
            named = suffix is not None and suffix.start() >= 2
            chained = previous_place and suffix is None and frequencies().get(word, 0) < RARE_WORD_FREQ
            if flag == "ns" and len(word) >= 2 and (named or chained):
                nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
                is_place = True
                if _head_kind(nxt)[0] != "Organization":  # 北京 in 北京市交通委 belongs to the organisation
                    yield Mention(start, end, doc.article.text[start:end], "Place", 0.6, "zh.pos")
            elif flag == "nt" and len(word) >= 4 and _kind_of_name(word, quoted=False) == "Organization":
                # 德国大众汽车集团 is a country and a company: the lexicon finds the country, the
                # organisation is the rest.
                cut = _place_prefix(word)
                if len(word) - cut >= 4:
                    yield Mention(start + cut, end, doc.article.text[start + cut:end], "Organization", 0.6, "zh.pos")
            previous_place = is_place or (flag == "ns" and self._known_place(word))

    def _partners(self, doc: Document, tokens):
        """与维吉达尼等合作伙伴: an unknown proper name between 与 and 合作 is an organisation."""
        for i in range(1, len(tokens) - 1):
            start, end, word, flag = tokens[i]
            if tokens[i - 1][2] not in _PARTNER_BEFORE or flag not in ("nr", "nrt", "nz", "nt", "x", "j", "nrfg"):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", word):
                continue
            k = i + 1
            if tokens[k][2] == "等" and k + 1 < len(tokens):
                k += 1
            if _PARTNER_AFTER.match(tokens[k][2]):
                yield Mention(start, end, doc.article.text[start:end], "Organization", 0.55, "zh.context")

    def _known_place(self, word: str) -> bool:
        lex = lx.load()
        return any(lex.entries[k].kind == "Place" for k in lex.zh.get(word, ()))


_PARTNER_BEFORE = frozenset("与 和 同 携手 联合".split())
_PARTNER_AFTER = re.compile(r"^(合作|签约|签署|联手|共建|达成|共同)")


RARE_WORD_FREQ = 500  # jieba dictionary frequency below which a word is a name more than a noun


def _name_after_title(tokens, i: int, names: frozenset[str]) -> str | None:
    """The person right after a title: one token (张勇, 邵晓锋), or a one-character surname token
    and the given name after it (jieba splits 蔡崇信 into 蔡 / 崇信)."""
    han = re.compile(r"[\u4e00-\u9fff·]+")
    word, flag = tokens[i][2], tokens[i][3]
    if not han.fullmatch(word) or REPORTING.match(word):
        return None
    if flag.startswith("v"):  # 总书记强调: a verb, not a name; but jieba tags 托 of 托卡耶夫 v
        return _transliterated(tokens, i)
    if flag in FUNCTION_WORDS or flag in ("a", "ad", "an"):  # 总统和外长, 主任关于, 发言人强烈谴责
        return None
    if len(word) > 1 and (frequencies().get(word) or 0) >= COMMON_WORD and not (
            i + 1 < len(tokens) and (REPORTING.match(tokens[i + 1][2]) or tokens[i + 1][3] == "x")):
        # 总书记祝贺大会: jieba tags 祝贺 nr, but it is a common word; 主任李娜表示 is a name
        return _transliterated(tokens, i)
    if 2 <= len(word) <= 3 and (word[:1] in names or word[:2] in names):
        return _unglued(word)
    if flag in ("nr", "nrt") and 2 <= len(word) <= 5:
        # 总统莱希: jieba knows the transliterated name (nrt), or the start of it (拉赫|蒙).
        longer = _transliterated(tokens, i)
        return longer if longer and len(longer) > len(word) else word
    if len(word) == 1 and word in names and i + 1 < len(tokens):
        nxt, nxt_flag = tokens[i + 1][2], tokens[i + 1][3]
        if han.fullmatch(nxt) and len(nxt) <= 2 and nxt_flag not in FUNCTION_WORDS and not _TITLE_AT_START.match(nxt):
            return word + nxt
    return _transliterated(tokens, i)


def _unglued(word: str) -> str:
    """A new three-character word ending in a particle is a two-character name: jieba's guess
    glues the particle on (李希|等)."""
    return word[:2] if len(word) == 3 and word[2] in GLUED and not frequencies().get(word) else word


def _place_prefix(word: str) -> int:
    """The length of a country or region the lexicon knows at the start of `word`, or 0."""
    lex = lx.load()
    for n in range(min(len(word) - 1, 8), 1, -1):
        if any(lex.entries[k].kind == "Place" for k in lex.zh.get(word[:n], ())):
            return n
    return 0


def _before_title(tokens, i: int) -> bool:
    """A name right before a title: a word jieba knows as a person's name (nr, nrt), or an
    unknown word in transliteration characters, that no lexicon entry claims (伊朗总统 is the
    country's president)."""
    word, flag = tokens[i][2], tokens[i][3]
    if i + 1 >= len(tokens) or tokens[i + 1][2] not in TITLES or not 2 <= len(word) <= 6:
        return False
    named = flag in ("nr", "nrfg", "nrt") or flag == "x" and all(c in TRANSLITERATION for c in word)
    return named and re.fullmatch(r"[\u4e00-\u9fff·]+", word) is not None and word not in lx.load().zh


def _transliterated(tokens, i: int) -> str | None:
    """A foreign name in transliteration characters, over as many tokens as jieba cut it into
    (托卡耶夫, 哈梅内伊, 西哈莫尼); three characters at least, so that 2-character words made of
    common characters are not taken."""
    name = ""
    for _, _, word, _ in tokens[i:i + 6]:
        if not all(c in TRANSLITERATION or c == "·" for c in word) or len(name + word) > 12:
            break
        name += word
    return name if len(name) >= 3 and not name.startswith("·") else None


def _head_kind(word: str) -> tuple[str | None, str | None]:
    """The kind a name ending in `word` has: the word is a head (基金, 集团) or ends in one of
    two characters or more (交通委员会 ends in 委员会); program heads only as whole words
    (行动 yes, 流动 no)."""
    for n in _HEAD_LENGTHS:
        if len(word) < n:
            continue
        tail = word[-n:]
        kind = _HEAD_KIND.get(tail)
        if kind and (len(word) == n or (n >= 2 and kind != "Program")):
            return kind, tail
    return None, None


def _kind_of_name(name: str, quoted: bool) -> str | None:
    if name.endswith("基金会"):
        return "Organization"
    if name.endswith(FUND_HEADS):
        return "Fund"
    if name.endswith(PROGRAM_HEADS):
        return "Program"
    if name.endswith(tuple(h for h in ORG_HEADS if h not in WEAK_ORG_HEADS)):
        return "Organization"
    return None


def _known_inside(phrase: str) -> bool:
    """Whether the lexicon knows a name inside the phrase (乡村振兴 in 乡村振兴行动)."""
    lex = lx.load()
    return any(phrase[i:j] in lex.zh for i in range(len(phrase)) for j in range(i + 2, min(len(phrase), i + lex.zh_max) + 1))


def _is_name(words: list[str], head: str, kind: str, flags: list[str], launched: bool = False) -> bool:
    modifier = "".join(words)
    if len(modifier) < 2 or modifier in GENERIC or any(w in TITLES for w in words):
        return False  # 美俄总统布达佩斯会晤计划: a plan of presidents is an event, not a name
    if kind == "Organization":
        # An organisation's name has a proper noun in it (a place, a brand); "科技公司" and
        # "上市公司" are descriptions, and a verb makes it a clause (…学习贯彻党, …会见…委员会).
        if any(f.startswith("v") and f != "vn" for f in flags):
            return False
        if head in WEAK_ORG_HEADS:
            return any(f in ("ns", "nt", "eng") for f in flags)  # 北京市交通委, TCL科技
        proper = any(f in ("ns", "nt", "nz", "nrt", "eng", "j") for f in flags)
        return proper or head in ("基金会", "研究院", "委员会") and len(modifier) >= 4
    # Funds and programs carry descriptive names (共同富裕发展基金): require two words or a
    # four-character modifier, and no verb at the very start ("扶持…计划" is a phrase, not a name).
    if flags and flags[0] == "v" and len(words) == 1:
        return False
    if re.fullmatch(r"[一二三四五六七八九十两\d]+大", modifier):
        return True  # 十大行动
    # A program is named by something of its own: a place or a body (滇中引水工程), a coined or
    # abbreviated word (医养结合), a number of years (三年行动计划), or a launch (启动乡村振兴行动).
    # Common words alone describe it: 特高压直流输电工程, 沙漠光伏项目, 中华民族伟大复兴战略.
    # ("j" of one character is a place's abbreviation: 滇, 粤; 光伏 is a common word)
    own = kind == "Fund" or launched or any(f in ("ns", "nt", "nz", "nrt", "nr", "eng") for f in flags) or \
        any(f == "j" and len(w) == 1 for w, f in zip(words, flags)) or \
        re.search(r"[一二三四五六七八九十两]+年", modifier) is not None or _known_inside(modifier)
    return own and (len(words) >= 2 or len(modifier) >= 4)
