"""Mark the first use of each glossary term on a page, in the page's element tree.

Markdown's `abbr` needs spaces around a word, and Japanese sentences have none, so terms are
found in the text itself, as `abbr` does it: in the tree Python-Markdown has built, before it
is written out. The longest form first (コンテナランタイム before コンテナ), once per page,
never inside code, headings, links, table header cells, captions, drawings or lists of
sources. A marked term becomes a link to its glossary entry whose `title` holds the
definition: Material's tooltips show it on hover and on keyboard focus, and a tap or Enter
opens the entry.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick
from markdown import util

from . import inline
from .glossary import term_anchor
from .localized_text import Language
from .model import GlossaryTerm

# Text inside these is never marked: it is code, a heading, already a link, a header cell,
# part of a drawing or of a control.
SKIPPED = frozenset(
    "a abbr button caption code dt figcaption h1 h2 h3 h4 h5 h6 kbd label pre samp script "
    "style svg th title".split()
)

# Nor inside a list of sources, under a table or at the foot of the page: a publisher's name
# there is a reference, not a first use in the text.
SKIPPED_CLASSES = frozenset({"comparison-sources", "footnote"})

_KATAKANA = re.compile("[\u30a0-\u30ff]")
_WORD = re.compile("[A-Za-z0-9_]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
"""Lower case for ASCII letters only, so that every position in a text stays where it was."""


@dataclass(frozen=True)
class _Form:
    text: str
    term: GlossaryTerm
    any_case: bool
    """An English form in lower case matches in any case: "Kernel" starts a sentence."""

    def stands_alone(self, text: str, start: int, end: int) -> bool:
        """True when `text[start:end]` is this form as a word of its own, not part of one."""
        if not self.any_case and text[start:end] != self.text:
            return False
        if _WORD.match(self.text[0]) and start > 0 and _WORD.match(text[start - 1]):
            return False
        if _WORD.match(self.text[-1]) and end < len(text) and _WORD.match(text[end]):
            return False
        # コンテナ is not the first half of コンテナー.
        return not (_KATAKANA.match(self.text[-1]) and text[end : end + 1] == "ー")


class TermFinder:
    """The glossary's terms in one language: built once per build, used on every page.

    An Aho-Corasick automaton finds every form in one pass over a text, longest first where
    forms overlap (コンテナランタイム before コンテナ).
    """

    def __init__(self, terms: list[GlossaryTerm], language: Language) -> None:
        self.automaton = ahocorasick.Automaton()
        for term in terms:
            for text in [term.term[language], *term.also.get(language, [])]:
                form = _Form(text, term, language == "en" and text == text.lower())
                self.automaton.add_word(text.translate(_ASCII_LOWER), form)
        self.automaton.make_automaton()
        self.term_count = len({term.id for term in terms})
        self.tooltips = {term.id: inline.plain_text(term.definition[language]) for term in terms}

    def forms_in(self, text: str) -> Iterator[tuple[int, int, _Form]]:
        """(start, end, form) of each form standing alone in `text`, in reading order."""
        for last, form in self.automaton.iter_long(text.translate(_ASCII_LOWER)):
            start = last - len(form.text) + 1
            if form.stands_alone(text, start, last + 1):
                yield start, last + 1, form


def _has_words(text: str | None) -> bool:
    # Most texts between elements are line breaks: not worth a search.
    return bool(text) and not text.isspace() and not isinstance(text, util.AtomicString)


def _lists_sources(element: etree.Element) -> bool:
    classes = element.get("class")
    return bool(classes) and not SKIPPED_CLASSES.isdisjoint(classes.split())


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
        if element.tag in SKIPPED or self._done() or _lists_sources(element):
            return
        if _has_words(element.text):
            element.text, new = self._split(element.text)
            for position, link in enumerate(new):
                element.insert(position, link)
        for child in list(element):
            if child.tag == "a" and child.get("class") == "glossary-term":
                continue  # made just now
            self._walk(child)
            if not _has_words(child.tail):
                continue
            child.tail, after = self._split(child.tail)
            index = list(element).index(child) + 1
            for offset, link in enumerate(after):
                element.insert(index + offset, link)

    def _split(self, text: str | None) -> tuple[str | None, list[etree.Element]]:
        """`text` up to the first term, and links (with their tails) for the terms in it."""
        if self._done():
            return text, []
        head: str | None = None
        links: list[etree.Element] = []
        position = 0
        for start, end, form in self._finder.forms_in(text):
            if form.term.id in self._marked:
                continue
            self._marked.add(form.term.id)
            piece = text[position:start]
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
            link.text = text[start:end]
            links.append(link)
            position = end
        if not links:
            return text, []
        links[-1].tail = text[position:]
        return head, links
