"""kg: news articles in Chinese, English and German -> an RDF knowledge graph with provenance."""

__version__ = "0.1.0"
