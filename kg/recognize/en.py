"""English: capitalised names typed by their head word, quoted names, titles around people."""
from __future__ import annotations

import re

from .latin import NOT_ACRONYMS, LatinRecognizer, Tables

ORG_HEADS = frozenset("""Group Holdings Holding Bank Foundation Commission Committee Council Ministry Department
Agency Authority Association Institute University College Company Co Corp Corporation Inc Ltd LLC PLC plc AG SE
Partners Capital Ventures Party Organisation Organization Federation Union Exchange Bureau Office Court Parliament
Assembly Government Administration Airlines Airways Motors Electronics Technologies Technology Systems
Communications Telecom Media Networks Studios Entertainment Pharmaceuticals Appliances Retail Industries Energy
Insurance Securities Society Club Times News Press Daily Academy Institution Alliance League Services
Laboratories Labs Consulting Brothers Investments Trust Reserve Fed FC United Rovers Athletic Wanderers Albion
Hotspur Confederation School Hospital Service Police Force Guard Army Navy Board Ballet Opera Orchestra
Philharmonic Choir Ensemble Centre Center Conservatory Conservatoire RFC RUFC Harriers""".split())
# United, Rovers …: football clubs ("Leeds United"); "United Nations" ends in Nations. RFC, Harriers:
# rugby and athletics clubs ("Neath RFC", "Birchfield Harriers").
ORG_PREFIXES = frozenset("FC AC AS SC".split())
# One capitalised word that names the country's body ("Parliament had only received", "the Kremlin said").
# Not "Treasury": "Treasury yields" are bonds.
LONE_ORGS = frozenset("Parliament Congress Senate Kremlin".split())
# Last words of place names: streets, grounds, parks, natural features, administrative units.
PLACE_HEADS = frozenset("""Street Road Square Avenue Lane Boulevard Bridge Park Stadium Arena Airport Station Harbour
Harbor Bay Beach Island Islands Valley Hill Hills Mountain Mountains Lake River Forest Desert Coast Peninsula County
Province Region District Palace Castle Abbey Cathedral Gardens""".split())
FUND_HEADS = frozenset("Fund Funds fund Endowment".split())
PROGRAM_HEADS = frozenset("""Program Programme Programs Initiative Initiatives Project Projects Plan Campaign Scheme
Strategy Actions Action Mission Challenge Zone""".split())  # not Award/Prize/Week: events
CONNECTORS = frozenset("of for and the to on & de du la der van von da di del".split())  # not "in": "Bank of America in New York"
PARTICLES = frozenset("de du la der van von da di del le".split())
PEERS = frozenset("Lord Lady Baroness Baron Dame Viscount Earl".split())
# Occupations news writes before a name ("presenter Floella Benjamin", "striker Wayne Rooney").
ROLES = frozenset("""presenter actor actress singer star player striker midfielder defender goalkeeper keeper
winger coach captain writer author novelist poet producer rapper comedian designer artist musician guitarist
drummer lawyer barrister solicitor mp councillor scientist researcher teammate colleague fly-half scrum-half
full-back flanker hooker centre prop lock bowler batsman batter jockey driver rider champion seed veteran
filmmaker photographer journalist correspondent reporter columnist economist activist campaigner"""
                   .split())
TITLES = frozenset("""ceo chief executive chairman chairwoman chair president vice president director founder
co-founder minister prime minister secretary spokesman spokeswoman spokesperson analyst economist head boss leader
chancellor governor mayor editor managing director mr mrs ms dr prof professor sir lord chief officer cfo coo strategist
cto general manager manager executive premier senator representative ambassador secretary-general
constable sergeant inspector detective judge justice commissioner""".split()
                   + ["chief executive", "prime minister", "vice president", "managing director", "secretary-general",
                      "general manager", "chief financial officer", "chief operating officer"])
REPORTING = frozenset("said says told added explained noted stated argued warned wrote believes announced".split())
NOT_NAMES = frozenset("""the a an this that these those it its he she they we i in on at for of and but or if as by to
from with after before when while since although though so yet according however meanwhile also mr mrs
increased supporting promoting improving helping raising establishing strengthening see chairman ceo president
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december shares share sales profits profit analysts officials experts overall instead
still today yesterday separately elsewhere earlier later now then finally first second both either neither
liberal democrat democrats dem tory tories labour correspondent former""".split())  # party words: "Liberal Democrat spokesman"
ESTABLISH = re.compile(
    r"\b(?:set(?:ting)? up|establish(?:ed|es|ing)?|creat(?:e|ed|es|ing)|launch(?:ed|es|ing)?|start(?:ed|s|ing)?|"
    r"unveil(?:ed|s|ing)?|found(?:ed|s|ing)?)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?P<name>(?:[A-Za-z][\w\-]*\s+){1,5}(?:fund|programme|program|initiative|plan|scheme|project))\b",
    re.I,
)

LAUNCH_CONTEXT = re.compile(r"\b(launch(?:ed|es|ing)?|announc\w*|unveil\w*|start\w*|initiat\w*|called|named|dubbed)\b", re.I)

# Bounded repeats: a name word is short, and unbounded ones backtrack quadratically on a long token.
_NAME = r"(?P<name>[A-Z][\w&\-]{0,30}[a-z0-9][\w&\-]{0,30}(?: [A-Z][\w&\-]{1,30}){0,2}|[A-Z]{2,6})"
# Nationality and faith adjectives ("an Israeli spokesman", "the Chinese statement", "a Muslim
# group") are not companies.
_DEMONYM = r"(?:[A-Z][a-z]+(?:ese|ian|ish|ean|ic)|Israeli|Arab|Iraqi|Pakistani|Saudi|Yemeni|Kuwaiti|Qatari|Omani|Thai|Greek|Dutch|French|Swiss|Czech|Afghan|Bangladeshi|Nepali|Somali|Emirati|Azerbaijani|Uzbek|Kazakh|Slovak|Welsh|Scottish|Irish|Turkish|American|Mexican|African|European|Asian|Russian|Korean|German|Muslim|Hindu|Sikh|Buddhist)"
_COMPANY = (r"company|firm|group|bank|carmaker|car maker|retailer|airline|maker|giant|operator|insurer|"
            r"publisher|developer|manufacturer|conglomerate|chain|supermarket|brewer|telecoms firm|"
            r"unit|subsidiary|start-up|startup|drugmaker|chipmaker|lender|utility|provider|consultancy|"
            r"regulator|watchdog|charity|label|studio|magazine|newspaper|website|broadcaster|band|quartet|trio|"
            r"search engine|trade group|trade body|think tank|club side|club")
# Jobs held at an organisation: "an economist at AG Edwards & Sons", "a professor at Harvard".
_JOBS = (r"economist|analyst|strategist|researcher|professor|lecturer|partner|director|executive|manager|"
         r"spokesman|spokeswoman|engineer|scientist|consultant|fellow|editor|head|chief|chairman|president")
# What may follow a name that context makes an organisation.
_NAME_END = r"(?= ?[.,;:)]| and | in | to | as | for | who | which | said | says |'s |’s )"
ORG_CONTEXT = (
    re.compile(_NAME + r"(?:'s|’s) (?:chief executive|chairman|boss|shares|share price|profits?|sales|revenues?|"
               r"board|founder|president|chief financial officer|takeover|bid)\b"),
    re.compile(r"\b(?i:shares|stake|stakes|investment|holding) in " + _NAME + r"\b"),
    # "Intervoice, the US software firm", "Consob, Italy's stock market regulator"
    re.compile(_NAME + r", (?:the|a|an|[A-Z][a-z]+(?:'s|’s)) (?:[\w'’\-]+ ){0,3}(?:" + _COMPANY + r")\b"),
    re.compile(r"\b(?:" + _COMPANY + r") " + _NAME + r" (?:said|says|has|have|will|is|was|reported|announced|posted)\b"),
    # "The firm, Paion, said"
    re.compile(r"\b[Tt]he (?:" + _COMPANY + r"), " + _NAME + r","),
    # "its Yugansk unit", "the Fox network", "Broadcast magazine said"
    re.compile(r"\b(?:[Ii]ts|[Tt]he|[Tt]heir) (?!" + _DEMONYM + r" )" + _NAME + r" (?:unit|subsidiary|division|arm|network|magazine|newspaper|"
               r"website|label|studio)\b"),
    re.compile(r"(?:^|(?<=[.!?] ))" + _NAME + r" (?:magazine|newspaper|website) (?:said|says|reported|found)\b",
               re.M),
    # "an economist at AG Edwards", "chief economist at Fact and Opinion Economics in New York"
    re.compile(r"\b(?:" + _JOBS + r") at " + _NAME + _NAME_END),
    # "a Sophos spokesman said": someone speaks for the name
    re.compile(r"\b(?:[Aa]n?|[Tt]he) (?!" + _DEMONYM + r" )" + _NAME + r" (?:spokesman|spokeswoman|spokesperson|statement)\b"),
    # "security firm Clearswift", "software maker Sybari Software", "US magazine Mobile PC": a
    # trade before the company
    re.compile(r"\b(?!(?:film|movie|policy|decision|peace|match|camera|tour|network|mine) )(?:[a-z][a-z\-]+ |[A-Z]{2,3} )(?:"
               + _COMPANY + r") " + _NAME + _NAME_END),
)

# A plural trade that opens a list of names: "bands at the festival include", "firms such as",
# "headliners". Not "artists" or "groups": people, and groups of people.
ORG_LIST = re.compile(r"\b(?i:bands|acts|firms|companies|clubs|labels|retailers|banks|lenders|airlines|carriers|"
                      r"publishers|broadcasters|charities|manufacturers|carmakers|brands|websites|networks|insurers|"
                      r"chains|headliners)(?:(?: [a-z-]+){0,4}? (?:include|includes|included|including|such as)| like)\s+"
                      r"|\b(?i:headliners)\s+")
PERSON_LIST = re.compile(r"\b(?i:people|artists|singers|stars|players|actors|actresses|musicians|rappers|writers|"
                         r"authors|politicians|figures|celebrities)(?:(?: [a-z-]+){0,4}? (?:include|includes|"
                         r"included|including|such as)| like)\s+")  # not "people would like Brexit to end"
_PAPERS = r"(?:Sunday |Daily |Evening )?(?:Guardian|Times|Independent|Observer|Mirror|Telegraph|Economist|Herald|Scotsman|Sun)"
MEDIA = (
    # "told the Guardian", "according to the Sunday Times"
    re.compile(r"\b(?:told|to|in|wrote in|according to|quoted in|interview with|for|by) the (?P<name>" + _PAPERS
               + r")(?![\w’'-]| [A-Z])"),
    # "the Times reported", "the Independent newspaper", "the Guardian's"
    re.compile(r"\b[Tt]he (?P<name>" + _PAPERS + r")(?= newspaper| reported| said| says| revealed| claimed|'s|’s)"),
)
MEDIA_KEYS = (("Guardian", "org-the-guardian"), ("Times", "org-the-times"), ("Independent", "org-the-independent"),
              ("Observer", "org-the-observer"), ("Mirror", "org-daily-mirror"), ("Telegraph", "org-daily-telegraph"),
              ("Economist", "org-the-economist"), ("Sun", "org-the-sun"))

# Words of sports reports: an article dense with them is about sport, and there a city names its
# club ("Bath prop Duncan Bell", "spells at Barcelona"). On the BBC corpus, 1.5 % of an article's
# words picks its sport section with P 0.89 / R 0.92.
SPORT_WORDS = frozenset("""match matches goal goals league cup season coach striker midfielder defender scored
champions championship squad rugby football tennis cricket tournament semi-final quarter-final fixture penalty
tries referee premiership manager club clubs fans kick-off injury captain players victory defeat draw win wins won
beat beaten seed seeded olympic olympics athletics sprint marathon wicket innings unbeaten title final finals"""
                        .split())
# Words only team sports use (two different ones make a team-sport report): there, not at a
# tennis or athletics meeting, a city is a club. Not "boss", "side" or "transfer": a bank's results
# use them. On the BBC corpus this picks 44 % of the sport section, and 10 other articles, most
# of them on football clubs' finances.
TEAM_WORDS = re.compile(r"(?:strikers?|midfielders?|defenders?|goalkeepers?|keepers?|managers?|premiership|league|"
                        r"clubs?|squad|fixtures?|kick-off|props?|fly-half|scrum-half|wingers?|tries|relegation|"
                        r"touchline|half-time)$")
# What follows a club's name in any sports report: "Perpignan centre Jean-Philippe Granclaude",
# "Leicester's Harry Ellis", "Bath's team".
CLUB_CUE = re.compile(r"(?:'s|’s)? (?:team|side|squad|coach|manager|boss|striker|midfielder|defender|goalkeeper|keeper|"
                      r"winger|forward|prop|centre|wing|flanker|hooker|lock|fly-half|scrum-half|full-back|captain|"
                      r"player|players|fans|supporters|chairman)\b|(?:'s|’s) [A-Z][a-z]+ [A-Z]")
LOCATIVE = frozenset("in near outside around across throughout stadium".split())
# After a city, part of another name or a description: "the Athens Olympics", "the Glasgow clubs".
PLACE_AFTER = re.compile(r" (?:[A-Z]|(?:clubs|teams|sides)\b)")
# Last words of competitions, which the words for a club's people also follow ("the Ashes squad").
COMPETITIONS = frozenset("League Premiership Nations Cup Championship Series Open Games Hemisphere Ashes Test Slam "
                         "Trophy Tour Masters Olympics Shield Final".split())
# A role in apposition after a name: ", deputy chief economist at", ", a bond strategist at".
APPOSED = re.compile(r", (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+)(?:\s+(?:at|of|for|with)\b|\s*[,.;()]|\s*$)",
                     re.M)

# Endings of words that name a body, for a name an acronym defines: "Save Our Homes Association
# (SOHA)", not "Consumer Price Index (CPI)".
BODY_WORDS = tuple(sorted({h.lower() for h in ORG_HEADS if len(h) > 3} | {
    "society", "trust", "league", "network", "alliance", "forum", "board", "service", "services", "centre",
    "center", "school", "campaign", "coalition", "movement", "front", "army", "brigade"}))

TABLES = Tables("en", ORG_HEADS, FUND_HEADS, PROGRAM_HEADS, CONNECTORS, TITLES, REPORTING, NOT_NAMES, ESTABLISH,
                LAUNCH_CONTEXT, ORG_CONTEXT, ORG_PREFIXES, not_acronyms=NOT_ACRONYMS, roles=ROLES, peers=PEERS,
                particles=PARTICLES, media=MEDIA, media_keys=MEDIA_KEYS, place_heads=PLACE_HEADS,
                sport_words=SPORT_WORDS, team_words=TEAM_WORDS, club_cue=CLUB_CUE,
                locative=LOCATIVE, lone_orgs=LONE_ORGS, demonym=re.compile(r"(?:[A-Z][a-z]+ )?" + _DEMONYM),
                apposed=APPOSED, competitions=COMPETITIONS, place_after=PLACE_AFTER, org_list=ORG_LIST,
                person_list=PERSON_LIST, body_words=BODY_WORDS)


class EnglishRecognizer(LatinRecognizer):
    name = "en"
    languages = frozenset({"en"})
    tables = TABLES
