"""The glossary page: every term of the data file's glossary as a definition list.

Terms are sorted the way a reader of each language looks them up: Japanese by reading (kana
order, katakana folded into hiragana), English alphabetically.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from . import inline
from .builder import PageIds, add, add_text
from .generated_words import word
from .localized_text import Language
from .model import ComparisonData, GlossaryTerm
from .tables import add_source_name

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


def term_anchor(term_id: str) -> str:
    """The id of a term's entry on the glossary page; pages link to it."""
    return f"term-{term_id}"


def _sort_key(term: GlossaryTerm, language: Language) -> str:
    if language == "ja":
        return (term.reading or term.term.ja).translate(_KATAKANA_TO_HIRAGANA).casefold()
    return term.term.en.casefold()


def render_glossary(
    data: ComparisonData, language: Language, *, page_path: str, ids: PageIds
) -> etree.Element:
    """Every glossary term in `language`, for the page at `page_path` (relative to docs/)."""
    assert data.glossary is not None, "the marker checks that the data file has a glossary"
    glossary = etree.Element("dl", {"class": "glossary"})
    for term in sorted(data.glossary.terms, key=lambda t: _sort_key(t, language)):
        name = add(glossary, "dt", id=ids.claim(term_anchor(term.id)))
        inline.append_to(name, term.term[language], page_path)
        if language == "ja" and term.reading:
            add(name, "span", f"（{term.reading}）", **{"class": "glossary__reading"})
        entry = add(glossary, "dd")
        inline.append_to(add(entry, "p"), term.definition[language], page_path)
        if term.sources:
            sources = add(
                entry, "p", word("glossary_sources", language), **{"class": "glossary__sources"}
            )
            for position, source_id in enumerate(term.sources):
                if position:
                    add_text(sources, word("source_separator", language))
                add_source_name(sources, data.source(source_id), language, page_path)
    return glossary
