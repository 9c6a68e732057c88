"""The glossary page: every term of the data file's glossary as a definition list.

Terms are sorted the way a reader of each language looks them up: Japanese by reading (kana
order, katakana folded into hiragana), English alphabetically.
"""

from __future__ import annotations

import html

from . import inline
from .model import ComparisonData, GlossaryTerm
from .tables import source_link
from .text import Language
from .words import word

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}


def term_anchor(term_id: str) -> str:
    """The id of a term's entry on the glossary page; pages link to it."""
    return f"term-{term_id}"


def _sort_key(term: GlossaryTerm, language: Language) -> str:
    if language == "ja":
        return (term.reading or term.term.ja).translate(_KATAKANA_TO_HIRAGANA).casefold()
    return term.term.en.casefold()


def _sources(data: ComparisonData, term: GlossaryTerm, language: Language) -> str:
    links = [source_link(data.source(source_id), language) for source_id in term.sources]
    return word("glossary_sources", language) + word("source_separator", language).join(links)


def render_glossary(data: ComparisonData, language: Language, *, page_path: str) -> str:
    """Every glossary term in `language`, for the page at `page_path` (relative to docs/)."""
    assert data.glossary is not None, "the marker checks that the data file has a glossary"
    lines = ['<dl class="glossary" markdown="block">']
    for term in sorted(data.glossary.terms, key=lambda t: _sort_key(t, language)):
        name = html.escape(term.term[language])
        reading = (
            f'<span class="glossary__reading">（{html.escape(term.reading)}）</span>'
            if language == "ja" and term.reading
            else ""
        )
        lines.append(f'<dt id="{term_anchor(term.id)}">{name}{reading}</dt>')
        lines.append('<dd markdown="block">')
        lines.append(
            f'<p markdown="span">{inline.for_page(term.definition[language], page_path)}</p>'
        )
        if term.sources:
            lines.append(
                f'<p class="glossary__sources" markdown="span">{_sources(data, term, language)}</p>'
            )
        lines.append("</dd>")
    lines.append("</dl>")
    return "\n".join(lines)
