"""Relation patterns, as data. Each pattern runs over a sentence in which every mention has been
replaced by a slot such as ⟦O3⟧ (O organisation, P person, F fund, G program, L place, M money,
T time; the number is the mention's index), so the patterns read like the sentences they match.

A rule is (name, language, regex, predicate, confidence). Named groups say which slots fill
the subject (s) and object (o); a group `title` keeps the role as written.
"""
import re

SLOT = {"Organization": "O", "Person": "P", "Fund": "F", "Program": "G", "Place": "L", "Money": "M", "Time": "T"}
O, P, F, G, L = (rf"⟦{k}\d+⟧" for k in "OPFGL")
ORGLIKE = r"⟦[OFG]\d+⟧"  # a person leads organisations, funds and programs alike
ACTOR = r"⟦[OFG]\d+⟧"

# Titles: which relation they state (contract: leaderOf for heads, memberOf for members).
LEADER_TITLES_ZH = ("董事会主席", "董事局主席", "董事长", "首席执行官", "总裁", "总经理", "秘书长", "主席", "理事长",
                    "会长", "行长", "院长", "校长", "主任", "局长", "部长", "书记", "负责人", "创始人", "CEO", "社长",
                    "总编辑", "掌门人", "首席技术官", "首席运营官", "首席财务官")
MEMBER_TITLES_ZH = ("董事会副主席", "董事局副主席", "副主席", "副董事长", "副总裁", "副总经理", "副秘书长", "董事", "合伙人",
                    "编辑", "记者", "员工", "成员", "研究员", "首席经济学家", "高管", "副院长", "副行长", "独立董事")
LEADER_TITLES_EN = ("chief executive officer", "chief executive", "ceo", "chairman", "chairwoman", "chair", "president",
                    "head", "team leader", "leader", "secretary-general", "secretary general", "founder",
                    "co-founder", "managing director", "boss", "director-general", "governor", "mayor", "chief")
MEMBER_TITLES_EN = ("vice chairman", "vice-chairman", "vice president", "director", "board member", "member",
                    "editor", "employee", "partner", "executive", "analyst", "economist", "spokesman",
                    "spokeswoman", "spokesperson", "officer", "manager")
LEADER_TITLES_DE = ("vorstandsvorsitzender", "vorstandsvorsitzende", "vorsitzender", "vorsitzende", "vorstandschef",
                    "vorstandschefin", "chef", "chefin", "präsident", "präsidentin", "ceo", "chairman", "gründer",
                    "gründerin", "generalsekretär", "generalsekretärin", "leiter", "leiterin", "geschäftsführer",
                    "geschäftsführerin", "group chairman", "bürgermeister", "kanzler", "kanzlerin")
MEMBER_TITLES_DE = ("vizepräsident", "vizepräsidentin", "stellvertretender vorsitzender", "vorstand",
                    "vorstandsmitglied", "direktor", "direktorin", "mitglied", "sprecher", "sprecherin",
                    "aufsichtsrat", "manager", "managerin", "mitarbeiter", "redakteur")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


TITLE_ZH = _alt(LEADER_TITLES_ZH + MEMBER_TITLES_ZH)
TITLE_EN = _alt(LEADER_TITLES_EN + MEMBER_TITLES_EN)
TITLE_DE = _alt(LEADER_TITLES_DE + MEMBER_TITLES_DE)
TITLES_ZH = rf"(?:{TITLE_ZH})(?:(?:兼|、|和|及)(?:{TITLE_ZH}))*"
TITLES_EN = rf"(?i:(?:{TITLE_EN})(?:s)?(?:(?: and |, | & )(?:{TITLE_EN}))*)"
TITLES_DE = rf"(?i:(?:{TITLE_DE})(?:(?: und |, )(?:{TITLE_DE}))*)"

LAUNCH_ZH = r"(?:启动|推出|发起|发布|宣布|实施|开展|派驻|上线|打造|提出|开启|创办)"
ESTABLISH_ZH = r"(?:成立|设立|创立|建立|组建|设|创建|发起设立)"
LAUNCH_EN = r"(?:launch(?:ed|es|ing)?|announc(?:ed|es|ing|e)|start(?:ed|s|ing)?|unveil(?:ed|s|ing)?|initiat(?:ed|es|e|ing)|introduc(?:ed|es|e|ing)|roll(?:ed|s)? out|kick(?:ed|s)? off)"
ESTABLISH_EN = r"(?:set(?:s|ting)? up|establish(?:ed|es|ing)?|found(?:ed|s|ing)?|creat(?:ed|es|e|ing)|form(?:ed|s|ing)?)"
LAUNCH_DE = r"(?:startet|gestartet|starten|lanciert|lancierte|kündigte|angekündigt|stellt|bereitgestellt|einzuführen|eingeführt|führt|initiiert|ins Leben gerufen|rief|präsentiert|vorgestellt)"
ESTABLISH_DE = r"(?:gründet|gegründet|gründete|richtet|eingerichtet|einrichten|schafft|geschaffen|Einrichtung)"
GAP = r"[^。；;!?！？]"

RULES = [
    # --- roles ------------------------------------------------------------------------------
    ("zh.role", "zh", rf"(?P<o>{ORGLIKE})(?:的)?(?P<title>{TITLES_ZH})(?P<s>{P})", "role", 0.9),
    ("zh.role-list", "zh", rf"(?P<o>{ORGLIKE})的(?:[两三四五六七八九十\d]+位)?(?P<title>{TITLES_ZH})[，,：:](?:{O}?(?:{TITLES_ZH}))?(?P<s>{P})", "role", 0.75),
    ("zh.role-list2", "zh", rf"(?P<o>{ORGLIKE})的(?:[两三四五六七八九十\d]+位)?(?P<title>{TITLES_ZH})[，,：:]{GAP}{{0,30}}?(?:与|和|、)(?:{O}?(?:{TITLES_ZH}))?(?P<s>{P})", "role", 0.7),
    ("en.role-of", "en", rf"(?P<s>{P}),? (?:who is |is |was |as |currently |now |the |a |its |also |officially )*(?P<title>{TITLES_EN}) (?:of|at) (?:the )?(?P<o>{ORGLIKE})", "role", 0.9),
    ("en.role-as", "en", rf"\b(?:served as|serves as|became|become|took over as|was named|named|appointed|as) (?:the |a |its )?(?P<title>{TITLES_EN}) (?:of|at) (?:the )?(?P<o>{ORGLIKE})", "role", 0.8),
    ("en.role-before", "en", rf"(?P<o>{ORGLIKE})(?:'s|’s)? (?P<title>{TITLES_EN}) (?P<s>{P})", "role", 0.85),
    ("en.role-list", "en", rf"(?P<s>{P}){GAP}{{0,40}}?(?P<title>{TITLES_EN}) of {GAP}{{0,80}}?including (?P<olist>(?:{O}(?:, | and |, and ))*{O})", "role-list", 0.75),
    ("de.role-of", "de", rf"(?P<s>{P}), (?:der |die )?(?P<title>{TITLES_DE}) (?:von |der |des |bei )(?P<o>{ORGLIKE})", "role", 0.85),
    ("de.role-before", "de", rf"(?P<o>{ORGLIKE})(?:-| )?(?P<title>{TITLES_DE}) (?P<s>{P})", "role", 0.85),
    ("de.title-person-of", "de", rf"(?P<title>{TITLES_DE}) (?P<s>{P}) (?:von |vom |bei |der |des )(?:der |dem |den )?(?P<o>{ORGLIKE})", "role", 0.8),
    ("de.role-title", "de", rf"(?P<title>{TITLES_DE}) (?:von |der |des )?(?P<o>{ORGLIKE}),? (?P<s>{P})", "role", 0.8),
    # --- launches and foundings ---------------------------------------------------------------
    ("zh.launch", "zh", rf"(?P<s>{O}){GAP}{{0,60}}?{LAUNCH_ZH}{GAP}{{0,20}}?(?P<o>{G})", "launched", 0.8),
    ("zh.establish", "zh", rf"(?P<s>{O}){GAP}{{0,30}}?{ESTABLISH_ZH}{GAP}{{0,20}}?(?P<o>⟦[FO]\d+⟧)", "established", 0.8),
    ("en.launch", "en", rf"(?P<s>{O}){GAP}{{0,80}}?{LAUNCH_EN}{GAP}{{0,50}}?(?P<o>{G})", "launched", 0.75),
    ("en.establish", "en", rf"(?P<s>{O}){GAP}{{0,80}}?{ESTABLISH_EN}{GAP}{{0,30}}?(?P<o>⟦[FO]\d+⟧)", "established", 0.75),
    ("de.launch", "de", rf"(?P<s>{O}){GAP}{{0,100}}?{LAUNCH_DE}{GAP}{{0,80}}?(?P<o>{G})", "launched", 0.65),
    ("de.establish", "de", rf"(?P<s>{O}){GAP}{{0,80}}?{ESTABLISH_DE}{GAP}{{0,60}}?(?P<o>{F})", "established", 0.7),
    ("de.financing", "de", rf"(?P<s>{O}){GAP}{{0,60}}?(?:Finanzierung von) (?:den |die |das )?(?P<o>⟦[GF]\d+⟧)", "funds", 0.6),
    ("zh.funds", "zh", rf"(?P<s>⟦[OF]\d+⟧){GAP}{{0,20}}?(?:投资|资助|出资支持|注资|捐资|拨款支持)(?:了)?(?P<o>⟦[GFL]\d+⟧)", "funds", 0.6),
    ("en.funds", "en", rf"(?P<s>⟦[OF]\d+⟧){GAP}{{0,40}}?\b(?:invest(?:s|ed|ing)? (?:[^.;⟦]{{0,30}}? )?in|financ(?:es|ed|ing)|fund(?:s|ed|ing)|bankroll(?:s|ed)?) (?:the )?(?P<o>⟦[GFL]\d+⟧)", "funds", 0.6),
    ("de.funds", "de", rf"(?P<s>⟦[OF]\d+⟧){GAP}{{0,40}}?\b(?:investiert (?:[^.;⟦]{{0,30}}? )?in|finanziert|fördert) (?:den |die |das |dem )?(?P<o>⟦[GFL]\d+⟧)", "funds", 0.6),
    # --- structure ----------------------------------------------------------------------------
    ("zh.subsidiary", "zh", rf"(?P<o>{O})旗下(?:的)?(?P<s>{O})", "partOf", 0.9),
    ("zh.partner", "zh", rf"(?P<s>{ACTOR})(?:{GAP}{{0,20}}?)(?:与|和|同|携手|联合)(?:(?P<o>{O})|(?P<olast>(?:{L})+)){GAP}{{0,16}}?(?:合作|签署|签约|携手|共建|共同)", "partnerOf", 0.8),
    ("zh.operates-where", "zh", rf"^(?:在|于){GAP}{{0,12}}?(?P<olast>(?:{L})+)[，,](?:{O})*(?P<s>⟦[OFG]\d+⟧)", "operatesIn", 0.6),
    ("en.partner", "en", rf"(?P<s>{ACTOR}){GAP}{{0,60}}?(?:in partnership with|partnered with|partnering with|teamed up with|in cooperation with|together with|cooperat(?:e|es|ed|ing) with|joint venture with) (?:the )?(?P<o>⟦[OL]\d+⟧)", "partnerOf", 0.8),
    ("de.partner", "de", rf"(?P<s>{ACTOR}){GAP}{{0,60}}?(?:gemeinsam mit|zusammen mit|in Zusammenarbeit mit|in Kooperation mit|kooperiert mit) (?:der |dem |den )?(?P<o>⟦[OL]\d+⟧)", "partnerOf", 0.8),
    ("zh.hq", "zh", rf"(?P<s>{O}){GAP}{{0,8}}?(?:总部位于|总部设在|总部在|位于|坐落于)(?P<o>{L})", "locatedIn", 0.85),
    ("en.hq", "en", rf"(?P<s>{O}){GAP}{{0,30}}?(?:headquartered in|based in|headquarters in|head office in) (?P<o>{L})", "locatedIn", 0.85),
    ("de.hq", "de", rf"(?P<s>{O}){GAP}{{0,30}}?(?:mit Hauptsitz in|mit Sitz in|Hauptsitz in|Sitz in|mit Zentrale in) (?P<o>{L})", "locatedIn", 0.85),
    ("zh.place-chain", "zh", rf"(?P<o>{L})(?P<s>{L})", "locatedIn", 0.8),
    # "Shenzhen, Guangdong"; not a list ("in Berlin, Erlangen and Munich")
    ("en.place-chain", "en", rf"(?<!⟧, )(?P<s>{L}), (?P<o>{L})(?!,? (?:and |or )?⟦L)", "locatedIn", 0.6),
    ("zh.operates", "zh", rf"(?P<s>⟦[FG]\d+⟧){GAP}{{0,20}}?(?:在|于|落地|覆盖|深耕|走进|进入|扎根|助力|帮助)(?P<olast>(?:{L})+)", "operatesIn", 0.6),
    ("en.operates", "en", rf"(?P<s>⟦[FG]\d+⟧){GAP}{{0,60}}?\b(?:in|across|for|to) (?:the )?(?:province of |city of )?(?P<o>{L})", "operatesIn", 0.5),
    ("de.operates", "de", rf"(?P<s>⟦[FG]\d+⟧){GAP}{{0,120}}?\b(?:in|nach|für)\b{GAP}{{0,25}}?(?P<o>{L})", "operatesIn", 0.5),
]

# Enumerated items of a program: 一是…十是…, "1. … 10. …".
ENUM_ITEM = {
    "zh": re.compile(r"^\s*(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、．]|（[一二三四五六七八九十\d]+）)"),
    "en": re.compile(r"^\s*(?:\d+[.)]|[a-z][.)])\s"),
    "de": re.compile(r"^\s*(?:\d+[.)]|[a-z][.)])\s"),
}
# Money right next to a fund or program belongs to it: "成立200亿共同富裕发展基金", "fund of 20
# billion yuan", "20 Mrd. RMB schweren Fonds".
MONEY_BEFORE_OWNER = re.compile(r"^(?:的|规模的|元的|\s*(?:schweren|starken|umfassenden)?\s*)?$")
MONEY_AFTER_OWNER = re.compile(r"^\s*(?:of|with|worth|totalling|totaling|mit|von|in Höhe von|规模为|规模达|总额|，规模)?\s*$")

# An amount without an owner next to it is a commitment only near one of these words (sales,
# loans and prices are not commitments).
COMMITMENT = {
    "zh": re.compile(r"投入|投资|出资|捐|资金|基金|设立|成立|承诺|拨|注资|援助|扶持|专项|规模|计划"),
    "en": re.compile(r"invest|pledg|commit|donat|\bfund|set up|establish|allocat|earmark|spend|provid|financ", re.I),
    "de": re.compile(r"investi|Zusage|zugesagt|bereit|Finanzierung|finanzier|Fonds|schwer|Höhe von|spende|stellt|Förder", re.I),
}
COMMIT_WINDOW = {"zh": 12, "en": 80, "de": 80}
NEAR_AFTER = {"zh": 8, "en": 30, "de": 30}  # characters between an amount and the fund or program it is for
