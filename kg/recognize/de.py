"""German: every noun is capitalised, so a capital letter is no evidence of a name. Names are
found by their heads (AG, GmbH, Stiftung, Fonds), by titles before people (Präsident, Gründer),
by given names and pinyin, and by quoted names („Cloud Customer Support“)."""
from __future__ import annotations

import re

from .latin import NOT_ACRONYMS, LatinRecognizer, Tables, all_english, given_names, inflected_noun

# English names in German text keep their English heads: "Space Telescope Science Institute",
# "Dickinson College", "Journal of Experimental Biology". None of these is a German word (not
# "Organisation": "der Trend zur Zentralisierung der Organisation").
ENGLISH_HEADS = frozenset("""Institute College University Society Association Council Agency Journal Center Centre
Laboratory Laboratories School Trust Records Studios Authority Organization Technologies Systems Networks Partners
Industries Holdings Labs Solutions Communications Entertainment Pharmaceuticals Airlines Airways Insight""".split())
ORG_HEADS = frozenset("""AG GmbH SE KG KGaA eG e.V. Gruppe Group Holding Bank Stiftung Partei Ministerium Kommission
Verband Universität Institut Behörde Agentur Gewerkschaft Bundesamt Versicherung Verein Konzern Rat
Corporation Inc Ltd Company Foundation FC""".split()) | ENGLISH_HEADS
ORG_PREFIXES = frozenset("FC SC SV VfL VfB TSV KAA AC AS SK SKN SSC FK RB SpVgg TSG".split())
# One word that names a national parliament or its chamber ("im Nationalrat", "das Parlament") or the
# country's central bank ("die Nationalbank"): the article's country's, so local to it. Not "Landtag" or
# "Gemeinderat": every state and town has one; not "Grünen" ("im Grünen" is the countryside).
LONE_ORGS = frozenset("Nationalrat Bundesrat Bundestag Parlament Parlaments Nationalbank Presserat Presserats".split())
# A state's or town's own bodies after its adjective: "im Wiener Landtag", "die Tiroler Landesregierung".
LOCAL_BODIES = frozenset("""Landtag Landtags Landtages Landesregierung Stadtregierung Gemeinderat Gemeinderats
Landesschulrat Landesschulrats""".split())
# Heads German writes before a name: "Universität Tel Aviv", "Hotel Sofitel", "Museum Moderner Kunst".
HEAD_FIRST = frozenset("Universität Hochschule Hotel Museum Klinikum Theater Galerie Verlag Institut".split())
# One-word institutions: "Wirtschaftskammer", "Gesundheitsministerium", "Bundesheer", "Verfassungsgerichtshof".
ORG_SUFFIXES = ("ministerium", "kammer", "behörde", "gericht", "gerichtshof", "verband", "gewerkschaft",
                "kommission", "bundesamt", "heer", "versammlung", "anstalt")  # not -partei: "Landespartei"
# One-word federal and state institutions ("Bundeskriminalamt", "Bundesimmobiliengesellschaft",
# "Rechnungshof") and a name joined to an institution ("US-Botschaft", "Griss-Kommission",
# "Hypo-U-Ausschuss"). Not "Bundesregierung" or "Landesgericht" alone: the federal government,
# a regional court, are descriptions.
INSTITUTION = re.compile(
    r"(?:Bundes|Landes)[a-zäöüß]{3,}(?:amt|anstalt|agentur|gesellschaft|polizei|direktion|dienst)"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:rechnungshof|gerichtshof)|Rechnungshof"
    r"|[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*-(?:Botschaft|Kommission|Partei|Ministerium|Behörde|Konsulat|Klub|Fraktion|"
    r"Ausschuss|Untersuchungsausschuss|Stiftung|Verband|Gewerkschaft|Gruppe|Front|Miliz|"
    # named after a person: "Max-Planck-Institut(s)", "Max-Planck-Gesellschaft", "Karl-Franzens-Universität"
    r"Institut|Instituts|Institutes|Gesellschaft|Zentrum|Zentrums|Akademie|Universität|Klinik|Klinikum|Klinikums)"
    # a party's or a company's leagues: "ÖVP-Wirtschaftsbund(s)", "SPÖ-Bauernbund"
    r"|[A-ZÄÖÜ][\wäöüß]*-[A-ZÄÖÜ][a-zäöüß]*bund(?:s|es)?"
)
# Newspapers and magazines named by ordinary words: quoted („Presse“), in the capitals Der
# Standard writes itself in, or after the word for a newspaper ("die Tageszeitung Kurier").
_PAPERS = r"Presse|Kurier|Standard|Krone|Kronen Zeitung|Zeit|Welt|Spiegel|Bild|Falter|Profil|profil|Format|Heute|Kleine"
MEDIA = (
    re.compile(r"[„»\"](?P<name>" + _PAPERS + r")[“«\"]"),
    re.compile(r"(?<![\w„])(?P<name>STANDARD)(?![\w“])"),
    re.compile(r"\b(?:Tageszeitung|Zeitung|Wochenzeitung|Gratiszeitung|Nachrichtenmagazin|Magazin|Wochenmagazin) „?"
               r"(?P<name>" + _PAPERS + r")\b"),
    # A courier is rarely news: "des Kurier", "beim Kurier", "laut Kurier" name the paper even
    # where the corpus lost its quotes.
    re.compile(r"\b(?:[Dd]es|[Dd]em|[Dd]er|[Bb]eim|[Zz]um|[Ii]m|[Vv]om|[Ll]aut) (?P<name>Kurier)\b(?![-„“])"),
    # A mirror is, but it does not report: "berichtet der Spiegel", "sagte er dem Spiegel".
    re.compile(r"\b(?:laut(?: dem)?|(?:berichtet|berichtete|schreibt|schrieb|meldet|meldete) der|"
               r"(?:sagte|sagt) (?:er|sie) dem|gegenüber dem) (?P<name>Spiegel)\b(?!-)"),
)
MEDIA_KEYS = (("Presse", "org-die-presse"), ("Kurier", "org-kurier"), ("Standard", "org-der-standard"),
              ("STANDARD", "org-der-standard"), ("Krone", "org-kronen-zeitung"), ("Kronen Zeitung", "org-kronen-zeitung"),
              ("Zeit", "org-die-zeit"), ("Welt", "org-die-welt"), ("Spiegel", "org-der-spiegel"), ("Bild", "org-bild"),
              ("Falter", "org-falter"), ("Heute", "org-heute-at"), ("Kleine", "org-kleine-zeitung"))
# Places named by their kind: "Montecuccoli-Platz", "Domgasse", "Mariahilfer Straße".
# Not "Platz" ("der Regierung Platz machen") and no one-word "-straße" (Zufahrtsstraße, Einkaufsstraße).
PLACE_HEADS = frozenset("Straße Gasse Allee Park Brücke Bahnhof Stadion Insel Kai".split())
PLACE_SUFFIXES = ("gasse", "-Straße", "-Gasse", "-Platz", "-Park", "-Allee", "-Brücke")
# Compounds on -gasse/-straße that are common nouns (often figurative: "in eine Sackgasse").
NOT_PLACES = frozenset("""Sackgasse Einbahnstraße Landstraße Seitenstraße Nebenstraße Autostraße Bundesstraße
Schnellstraße Umgehungsstraße Seitengasse Durchzugsstraße Wohnstraße Hauptverkehrsstraße""".split())
FUND_HEADS = frozenset("Fonds Fund Sonderfonds Entwicklungsfonds Stiftungsfonds".split())
PROGRAM_HEADS = frozenset("""Programm Programme Initiative Initiativen Projekt Plan Aktion Kampagne Strategie Offensive
Program Initiative Project""".split())
# What a person has rather than founds: a genitive name before them is the owner ("Straches Partei").
POSSESSIONS = PROGRAM_HEADS | {"Partei", "Regierung", "Kabinett", "Fonds"}
# Adjectives of rank before a bare institution make its name: "der Oberste Gerichtshof", "die Höchste
# Instanz" (not "Welche Kammer", "Zuständige Gericht" at a sentence's start).
RANKS = ("Oberst", "Höchst", "Zentral", "Ständig", "Europäisch", "International")
CONNECTORS = frozenset("für zur zum der des und von & of for and".split())
TITLES = frozenset("""präsident präsidentin ceo chef chefin vorsitzender vorsitzende vorstandsvorsitzender
vorstandsvorsitzende vorstandschef vorstandschefin gründer gründerin kanzler kanzlerin minister ministerin
bürgermeister bürgermeisterin generalsekretär generalsekretärin direktor direktorin sprecher sprecherin chairman
leiter leiterin geschäftsführer geschäftsführerin premier premierminister staatschef regierungschef
landeshauptmann abgeordneter herr frau dr prof analyst ökonom kardinal papst bischof erzbischof pfarrer
trainer kapitän""".split())
PARTICLES = frozenset("von van der de da di zu den ten ter dos del".split())
# Occupations written before a name ("Schauspielerin Nina Proll", "Stürmer Marc Janko").
ROLES = frozenset("""schauspieler schauspielerin sänger sängerin regisseur regisseurin autor autorin schriftsteller
schriftstellerin spieler spielerin stürmer verteidiger torhüter tormann goalie coach anwalt anwältin
rechtsanwalt rechtsanwältin abgeordnete politiker politikerin kollege kollegin moderator moderatorin künstler
künstlerin forscher forscherin wissenschafter wissenschafterin wissenschaftler wissenschaftlerin ökonomin
parteichef parteichefin klubobmann klubobfrau landesrat landesrätin stadtrat stadträtin staatssekretär
staatssekretärin sektionschef sektionschefin generaldirektor generaldirektorin intendant intendantin obmann
obfrau teamchef cheftrainer cheftrainerin kapitänin journalist journalistin fotograf fotografin
musiker musikerin komponist komponistin dirigent dirigentin mittelfeldspieler legionär
richter richterin staatsanwalt staatsanwältin verteidigerin experte expertin""".split())
REPORTING = frozenset("sagte sagt erklärte betonte meinte kündigte schrieb teilte".split())
NOT_NAMES = frozenset("""der die das den dem des ein eine einer eines einem einen und oder aber im in am an auf aus
bei mit nach von vor zu zur zum für über unter durch gegen wie wenn als auch so dass es er sie wir ich man zu
dieser diese dieses jeder jede alle viele mehr nun doch noch schon laut um seit bis sein seine seiner seinen ihr
ihre ihrer ihren unser unsere deren dessen seite vize ex top super weil denn obwohl damit falls sobald nachdem
während bevor sodass ohne""".split())
# "Fonds zur Entwicklung des gemeinsamen Wohlstands", "10 Initiativen zur Förderung des
# „gemeinsamen Wohlstands“": a head, a linking preposition, then articles, adjectives and nouns,
# ending on a noun. Only a fund, or a numbered set of initiatives, is named this way; "Initiativen
# zur Unterstützung junger Unternehmer" is a description.
_NP_WORD = r"[„“]?(?:des|der|den|dem|die|das|eines|einer|[a-zäöüß]+(?:en|er|es|em|e)|[A-ZÄÖÜ][\wäöüß\-]+)[“]?"
ESTABLISH = re.compile(
    r"(?P<name>\b(?:Fonds|Sonderfonds|Fund|\d+ (?:Initiativen|Programme|Projekte|Maßnahmen|Aktionen))"
    r" (?:zur|zum|für|der|des) (?:" + _NP_WORD + r" ){0,5}[„“]?[A-ZÄÖÜ][\wäöüß\-]+[“]?)"
)

LAUNCH_CONTEXT = re.compile(r"\b(start\w*|lanciert\w*|angekündigt|kündigte|genannt|namens|Projekt|Programm|Initiative|Aktion)\b")

_NAME = r"(?P<name>[A-ZÄÖÜ][\wäöüß&\-]{0,30}[a-zäöüß0-9][\wäöüß&\-]{0,30}(?: [A-ZÄÖÜ][\wäöüß&\-]{1,30}){0,1}|[A-ZÄÖÜ]{2,6})"
# Trades that stand before a company's name, alone or as the end of a compound ("der Konzern
# Siemens", "der IT-Beratungsfirma Crisp Research", "des Chipherstellers Infineon"). Not "Gruppe":
# "eine Gruppe Jugendlicher", "die Ausgabengruppe Restaurants".
_TRADES = ("konzern hersteller autobauer händler versicherer mobilfunker zulieferer anbieter betreiber fluglinie "
           "airline fluggesellschaft partei firma dienstleister unternehmen portal plattform sender startup start-up "
           "entwickler kette holding agentur beratung investor verlag blog onlinedienst netzwerk reederei "
           "brauerei fachblatt fachjournal fachzeitschrift zeitschrift webseite website studio bewegung label "
           "investmenthaus auktionshaus modehaus bankhaus verlagshaus videothek").split()
_TRADES_ALONE = ("Bank",)  # compounds on -bank are mostly not banks: Datenbank, Blutbank


def _trade_pattern() -> str:
    """A trade word alone ("Konzern") or ending a compound ("IT-Beratungsfirma", "Chipherstellers")."""
    alone = [w.capitalize() for w in _TRADES] + list(_TRADES_ALONE)
    compound = [r"[A-ZÄÖÜ][\wäöüß\-]*[" + w[0] + w[0].upper() + "]" + w[1:] for w in _TRADES]
    return "(?:" + "|".join(sorted(alone + compound, key=len, reverse=True)) + ")(?:s|es|n|en)?"


ORG_CONTEXT = (
    re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en|im|beim|vom|zum|zur|[Ee]ine[rsmn]?|[Ee]in) "
               r"(?:[a-zäöüß\-]+(?:e|en|er|es) )?" + _trade_pattern() + " " + _NAME + r"\b"),
    re.compile(r"\b(?:Aktien|Anteile|Beteiligung) (?:an|von|der) " + _NAME + r"\b"),
    # "Tesla-Chef", "Sophos-Sprecher", "Wirecard-Aktie": a company's people and shares in one word
    re.compile(r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\wäöüß&]*[a-zäöüß0-9])-(?:Sprecher|Sprecherin|Chef|Chefin|Gründer|Gründerin|"
               r"Vorstand|Vorstandschef|Konzernchef|Aktie|Aktien|Tochter|Mutterkonzern|Manager|Managerin)\b"),
)

# A plural trade that opens a list of names: "Firmen wie Google und Apple", "Konzerne wie".
ORG_LIST = re.compile(r"\b(?:Bands|Firmen|Unternehmen|Konzerne|Banken|Klubs|Vereine|Parteien|Sender|Airlines|"
                      r"Fluglinien|Marken|Hersteller|Anbieter|Plattformen|Onlinedienste|Autobauer|Versicherer)"
                      r"(?: wie| etwa|,? darunter)\s+")  # not "Die Unternehmen, wie Minister Blümel sagte"

PERSON_LIST = re.compile(r"\b(?:Künstler|Künstlerinnen|Sänger|Sängerinnen|Stars|Spieler|Spielerinnen|Schauspieler|"
                         r"Schauspielerinnen|Musiker|Politiker|Politikerinnen|Autoren|Autorinnen|Persönlichkeiten)"
                         r"(?: wie| etwa|,? darunter)\s+")

# Endings of nouns that name a body ("Verein für Konsumenteninformation", "Gesundheitskasse").
BODY_WORDS = ("verein", "verband", "zentrum", "institut", "gesellschaft", "amt", "kammer", "kasse", "bund", "rat",
              "akademie", "stiftung", "partei", "ministerium", "kommission", "behörde", "anstalt", "agentur", "bank",
              "gruppe", "union", "liga", "front", "bewegung", "organisation", "komitee", "netzwerk", "forum",
              "hochschule", "universität", "klinik", "fonds", "werk", "werke", "betrieb", "konzern", "holding",
              "allianz", "initiative", "dienst", "gericht", "gerichtshof", "versicherung", "börse", "senat")

# Words of sports reports (see en.SPORT_WORDS), and endings that make a compound one of them
# ("Bundesliga", "Auswärtssieg", "Cheftrainer"). On 10kGNAD, 1.5 % of an article's words picks
# its Sport section with P 0.93 / R 0.74.
SPORT_WORDS = frozenset("""spiel spiele spiels tor tore toren liga saison trainer stürmer meister meisterschaft
tabelle punkte niederlage sieg siege cup fußball elfmeter mannschaft team verein klub match runde finale olympia
rennen etappe tennis kader treffer torhüter teamchef titel partie remis gegner fans weltcup turnier torschütze
goalie abfahrt slalom wm em tabellenführer heimspiel auswärtsspiel länderspiel""".split())
# not -spiel: Beispiel, Schauspiel
SPORT_STEMS = ("liga", "trainer", "sieg", "meister", "saison", "niederlage", "meisterschaft", "mannschaft",
               "turnier", "finale", "torhüter", "stürmer")
# Words only team sports use, inside compounds too ("Champions-League-Viertelfinale",
# "Juventus-Stürmer"); not "Verein" or "Klub" (a club of members, a parliamentary party). On
# 10kGNAD two different ones pick 44 % of the Sport section and one other article.
TEAM_WORDS = re.compile(r"liga|league|stürmer|torhüter|tormann|mittelfeld|torschütze|elfmeter|rückspiel|"
                        r"hinspiel|heimspiel|auswärtsspiel|legionär|abstiegskampf|tabellenführ")
LOCATIVE = frozenset("in im nahe nach über stadion".split())  # "nach London gereist", "Stadion Wiener Neustadt"
# Given names data/given_names.txt leaves out as English words ("Christian Democrats"): German
# writes those words in lower case ("christlich", "ernst", "reiner").
GIVEN_NAMES = frozenset("Christian Ernst Till Reiner Beat".split())
# A report opens with where it was written: one to four words ("St. Georgen im Attergau"), places
# joined by "/", then a dash, at a paragraph's start or after the lead sentence.
_PLACE_WORD = r"(?:St\.|[A-ZÄÖÜ][\wäöüß'’-]*)"
_PLACE_WORDS = _PLACE_WORD + r"(?: (?:" + _PLACE_WORD + r"|an der|am|im|bei|ob|in der)){0,3}"
DATELINE = re.compile(r"(?:^|(?<=[.!?] ))(?P<places>" + _PLACE_WORDS + r"(?:/" + _PLACE_WORDS + r")*) [–—-] ", re.M)
DATELINE_SKIP = frozenset("""januar jänner februar märz april mai juni juli august september oktober november dezember
ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend heute gestern morgen""".split())
# A role in apposition after a name: ", der Wiener Bürgermeister,", ", Sprecher von", or any
# occupation after a nationality: "Ernő Rubik, ungarischer Erfinder (*1944)".
APPOSED = re.compile(r", (?:(?:der|die|das|ein|eine)\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:(?P<nationality>[a-zäöü-]*(?:isch|deutsch)(?:e|er|en|es)?)\s+)?(?P<role>[\w-]+)"
                     r"(?:\s+(?:bei|von|der|des)\b|\s*[,.;()]|\s*$)", re.M)
OCCUPATION_ENDINGS = ("er", "erin", "ist", "istin", "loge", "login", "eur", "euse", "ant", "antin", "ent", "entin")

# Bodies named by their kind and their town: "Landesstudio Wien", "Universitätsklinikum Freiburg",
# "Weltmuseum Wien", "Unfallkrankenhaus Linz". Alone, the word is a description.
LOCAL_HEADS = ("museum", "klinikum", "krankenhaus", "spital", "studio", "theater", "oper", "bibliothek",
               "festspiele", "philharmoniker", "symphoniker", "universität", "hochschule")

TABLES = Tables("de", ORG_HEADS, FUND_HEADS, PROGRAM_HEADS, CONNECTORS, TITLES, REPORTING, NOT_NAMES, ESTABLISH,
                LAUNCH_CONTEXT, ORG_CONTEXT, ORG_PREFIXES, ORG_SUFFIXES, not_acronyms=NOT_ACRONYMS, roles=ROLES,
                particles=PARTICLES, institution=INSTITUTION, media=MEDIA, media_keys=MEDIA_KEYS,
                place_heads=PLACE_HEADS, place_suffixes=PLACE_SUFFIXES, not_places=NOT_PLACES,
                sport_words=SPORT_WORDS, sport_stems=SPORT_STEMS, team_words=TEAM_WORDS,
                locative=LOCATIVE, head_first=HEAD_FIRST, extra_given_names=GIVEN_NAMES,
                lone_orgs=LONE_ORGS, dateline=DATELINE, dateline_skip=DATELINE_SKIP, apposed=APPOSED,
                occupation_endings=OCCUPATION_ENDINGS, org_list=ORG_LIST,
                person_list=PERSON_LIST, body_words=BODY_WORDS, local_heads=LOCAL_HEADS,
                local_bodies=LOCAL_BODIES, ranks=RANKS)


class GermanRecognizer(LatinRecognizer):
    name = "de"
    languages = frozenset({"de"})
    tables = TABLES

    def _classify(self, doc, sent_start, start, end, toks):
        # Capitalised runs in German are nouns: only heads that cannot be common nouns
        # (AG, GmbH, Stiftung) type a run; the rest is left to people cues and the lexicon.
        text = doc.article.text
        while len(toks) > 2 and toks[-1] in ENGLISH_HEADS and toks[0] not in ENGLISH_HEADS and (
                inflected_noun(toks[0].rsplit("-", 1)[-1]) or toks[0].lower() in NOT_NAMES) and not all_english(toks[:2]):
            # "die britische Gelehrtengesellschaft Royal Society", "Onlinespiele-Entwickler Dalian Zeus
            # Entertainment": the German noun describes the name (English words German borrows as nouns
            # stay English before English words: "Space Telescope Science Institute")
            start = text.index(toks[0], start) + len(toks[0])
            start += len(text[start:]) - len(text[start:].lstrip(" "))
            toks = toks[1:]
        if len(toks) >= 3 and toks[-2] in ("der", "des", "dem") and toks[-1] in ORG_HEADS:
            return  # "Assets der Bank", "Linie der Partei": a noun of a bank or a party, no name
        if len(toks) >= 3 and toks[-1] in POSSESSIONS and toks[-2].endswith("s") and \
                any(x in given_names() or x in GIVEN_NAMES for x in toks[:-2]):
            # "Heinz-Christian Straches Partei", "Christian Kerns Plan": a person's party or plan (not
            # "die Carl Zeiss Stiftung": foundations and groups are named after people)
            end = text.rindex(toks[-2], start, end) + len(toks[-2])
            toks = toks[:-1]
        for m in super()._classify(doc, sent_start, start, end, toks):
            # an English name runs longer: "Monthly Notices of the Royal Astronomical Society"
            if m.kind == "Person" or len(m.text.split()) <= 4 or m.text.split()[-1] in ENGLISH_HEADS:
                yield m
