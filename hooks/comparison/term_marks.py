"""Mark the first use of each glossary term on a page, in the page's element tree.

Markdown's `abbr` needs spaces around a word, and Japanese sentences have none, so terms are
found in the text itself, as `abbr` does it: in the tree Python-Markdown has built, before it
is written out. The longest form first (コンテナランタイム before コンテナ), once per page,
never inside code, headings, links, table header cells, captions or drawings. A marked term
becomes a link to its glossary entry whose `title` holds the definition: Material's tooltips
show it on hover and on keyboard focus, and a tap or Enter opens the entry.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown import util

from . import inline
from .glossary import term_anchor
from .model import GlossaryTerm
from .text import Language

# Text inside these is never marked: it is code, a heading, already a link, a header cell,
# part of a drawing or of a control.
SKIPPED = frozenset(
    "a abbr button caption code dt figcaption h1 h2 h3 h4 h5 h6 kbd label pre samp script "
    "style svg th title".split()
)

_KATAKANA = "\u30a0-\u30ff"
_WORD = "A-Za-z0-9_"


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


class TermFinder:
    """The glossary's terms in one language: built once per build, used on every page."""

    def __init__(self, terms: list[GlossaryTerm], language: Language) -> None:
        forms = [
            _Form(text, term)
            for term in terms
            for text in [term.term[language], *term.also.get(language, [])]
        ]
        forms.sort(key=lambda form: len(form.text), reverse=True)
        self.forms = forms
        self.term_count = len({term.id for term in terms})
        alternatives = "|".join(
            f"(?P<f{i}>{_pattern(f.text, language)})" for i, f in enumerate(forms)
        )
        # A look-ahead for the letters a form can start with lets the search skip every other
        # position at once, instead of trying each form there (six times faster on a page).
        first_letters = {c for form in forms for c in (form.text[0].lower(), form.text[0].upper())}
        starts = "".join(re.escape(c) for c in sorted(first_letters))
        self.regex = re.compile(f"(?=[{starts}])(?:{alternatives})")
        self.tooltips = {term.id: inline.plain_text(term.definition[language]) for term in terms}


class PageTermMarker:
    """Marks the first use of each term on one page; links point at `glossary_path#term-…`."""

    def __init__(self, finder: TermFinder, glossary_path: str) -> None:
        self._finder = finder
        self._glossary_path = glossary_path
        self._marked: set[str] = set()

    def mark(self, root: etree.Element) -> None:
        self._walk(root)

    def _done(self) -> bool:
        return len(self._marked) == self._finder.term_count

    def _walk(self, element: etree.Element) -> None:
        # The text before the first child belongs to `element`; each child's tail to `element`
        # too, so both are marked only where `element` allows it.
        if element.tag in SKIPPED or self._done():
            return
        element.text, new = self._split(element.text)
        for position, link in enumerate(new):
            element.insert(position, link)
        for child in list(element):
            if child in new:
                continue
            self._walk(child)
            child.tail, after = self._split(child.tail)
            index = list(element).index(child) + 1
            for offset, link in enumerate(after):
                element.insert(index + offset, link)

    def _split(self, text: str | None) -> tuple[str | None, list[etree.Element]]:
        """`text` up to the first term, and links (with their tails) for the terms in it."""
        if not text or isinstance(text, util.AtomicString) or self._done():
            return text, []
        head: str | None = None
        links: list[etree.Element] = []
        position = 0
        for match in self._finder.regex.finditer(text):
            form = self._finder.forms[int(match.lastgroup[1:])]
            if form.term.id in self._marked:
                continue
            self._marked.add(form.term.id)
            piece = text[position : match.start()]
            if links:
                links[-1].tail = piece
            else:
                head = piece
            link = etree.Element(
                "a",
                {
                    "class": "glossary-term",
                    "href": f"{self._glossary_path}#{term_anchor(form.term.id)}",
                    "title": self._finder.tooltips[form.term.id],
                },
            )
            link.text = match.group(0)
            links.append(link)
            position = match.end()
        if not links:
            return text, []
        links[-1].tail = text[position:]
        return head, links
