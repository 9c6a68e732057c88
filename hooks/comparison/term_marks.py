"""Mark the first use of each glossary term on a page, in the page's finished HTML.

Markdown's `abbr` needs spaces around a word, and Japanese sentences have none, so terms are
found in the text itself: the longest form first (コンテナランタイム before コンテナ), once per
page, never inside code, headings, links, table header cells or drawings. A marked term becomes
a link to its glossary entry whose `title` holds the definition: Material's tooltips show it on
hover and on keyboard focus, and a tap or Enter opens the entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from .glossary import term_anchor
from .model import GlossaryTerm
from .text import Language

# Text inside these is never marked: it is code, a heading, already a link, a header cell,
# part of a drawing or of a control.
SKIPPED = frozenset(
    {
        "a",
        "abbr",
        "button",
        "caption",
        "code",
        "dt",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "kbd",
        "label",
        "pre",
        "samp",
        "script",
        "style",
        "svg",
        "th",
        "title",
    }
)

_KATAKANA = "\u30a0-\u30ff"
_WORD = "A-Za-z0-9_"

_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class _Form:
    text: str
    term: GlossaryTerm


def _pattern(form: str, language: Language) -> str:
    """A regular expression for `form` as a word of its own."""
    body = re.escape(form)
    if language == "en" and form == form.lower():
        body = f"(?i:{body})"  # "Kernel" at the start of a sentence is the same term
    before = f"(?<![{_WORD}])" if re.match(f"[{_WORD}]", form) else ""
    after = f"(?![{_WORD}])" if re.search(f"[{_WORD}]$", form) else ""
    if re.search(f"[{_KATAKANA}]$", form):
        after = "(?!ー)"  # コンテナ is not the first half of コンテナー
    return before + body + after


def plain_text(markdown: str) -> str:
    """A definition as the plain text a tooltip shows: no emphasis, code marks or link targets."""
    return _MARKDOWN_LINK.sub(r"\1", markdown).replace("**", "").replace("`", "")


class TermMarker:
    """Finds the glossary's terms in pages of one language."""

    def __init__(self, terms: list[GlossaryTerm], language: Language) -> None:
        self.language = language
        forms = [
            _Form(text, term)
            for term in terms
            for text in [term.term[language], *term.also.get(language, [])]
        ]
        forms.sort(key=lambda form: len(form.text), reverse=True)
        self._forms = forms
        self._term_count = len({term.id for term in terms})
        self._regex = re.compile(
            "|".join(f"(?P<f{i}>{_pattern(f.text, language)})" for i, f in enumerate(forms))
        )

    def mark(self, page_html: str, href_for: Callable[[str], str]) -> str:
        """`page_html` with each term's first use linked to `href_for(anchor)`."""
        soup = BeautifulSoup(page_html, "html.parser")
        marked: set[str] = set()
        for text_node in list(soup.find_all(string=True)):
            if len(marked) == self._term_count:
                break  # every term is marked: the rest of the page stays as it is
            if type(text_node) is not NavigableString:
                continue  # comments, doctype, CDATA: subclasses of NavigableString
            if any(parent.name in SKIPPED for parent in text_node.parents):
                continue
            self._mark_in(soup, text_node, marked, href_for)
        return str(soup)

    def _mark_in(
        self,
        soup: BeautifulSoup,
        text_node: NavigableString,
        marked: set[str],
        href_for: Callable[[str], str],
    ) -> None:
        text = str(text_node)
        pieces: list[str | Tag] = []
        position = 0
        for match in self._regex.finditer(text):
            form = self._forms[int(match.lastgroup[1:])]
            if form.term.id in marked:
                continue
            marked.add(form.term.id)
            link = soup.new_tag(
                "a",
                attrs={
                    "class": "glossary-term",
                    "href": href_for(term_anchor(form.term.id)),
                    "title": plain_text(form.term.definition[self.language]),
                },
            )
            link.string = match.group(0)
            pieces += [text[position : match.start()], link]
            position = match.end()
        if not pieces:
            return
        pieces.append(text[position:])
        for piece in pieces:
            if isinstance(piece, str) and not piece:
                continue
            text_node.insert_before(piece if isinstance(piece, Tag) else NavigableString(piece))
        text_node.extract()
