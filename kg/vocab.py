"""IRIs of the kg ontology and the vocabularies it aligns with."""
KG = "https://w3id.org/kg-news/ontology#"
LEX = "https://w3id.org/kg-news/lexicon/"
ID = "https://w3id.org/kg-news/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
DCT = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "kg": KG, "id": ID, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "owl": OWL,
    "prov": PROV, "schema": SCHEMA, "dct": DCT, "wd": WD,
}

RELATIONS = ("leaderOf", "memberOf", "launched", "established", "funds", "partOf", "partnerOf",
             "locatedIn", "operatesIn")


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

# Domain and range of each relation (CONTRACT.md). A fact whose resolved ends do not fit is
# dropped: the pattern misread the sentence.
SIGNATURE = {
    "leaderOf": ({"Person"}, {"Organization", "Fund", "Program"}),
    "memberOf": ({"Person"}, {"Organization", "Fund"}),
    "launched": ({"Organization"}, {"Program"}),
    "established": ({"Organization"}, {"Fund", "Organization"}),
    "funds": ({"Organization", "Fund"}, {"Program", "Fund", "Place"}),
    "partOf": ({"Organization", "Fund", "Program", "Place"}, {"Organization", "Program", "Place"}),
    "partnerOf": ({"Organization", "Fund", "Program"}, {"Organization", "Place"}),
    "locatedIn": ({"Organization", "Place"}, {"Place"}),
    "operatesIn": ({"Organization", "Fund", "Program"}, {"Place"}),
}
# partOf pairs the contract allows: Organization -> Organization; Fund, Program -> Program; Place -> Place.
PART_OF = {("Organization", "Organization"), ("Fund", "Program"), ("Program", "Program"), ("Place", "Place")}
