"""The Python-Markdown extension that puts generated content into each page.

Python-Markdown reads the page first; this extension then works on the tree it built, so what
is a comment, a code block or a footnote reference is always the parser's decision:

- A `compare:` comment is raw HTML to Python-Markdown, kept aside in its stash; where the tree
  holds its placeholder alone (a paragraph, a list item, an admonition), the generated
  elements take its place. The same comment in fenced or indented code is code, shown as
  written. A marker sharing its line or paragraph with anything else is an error.
- Every data-file source is offered to the `footnotes` extension as a definition; the page's
  references decide which stay (see `citations`).
- The first use of each glossary term is linked to its entry (see `term_marks`).

Everything runs before MkDocs' own treeprocessors, which then rewrite and check the links
generated here and register the generated ids as anchors. Problems are not raised: they go to
`PageContext.problems`, so one build can report every page's problems at once.
"""

from __future__ import annotations

import functools
import html
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown import Markdown, util
from markdown.extensions import Extension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.treeprocessors import Treeprocessor

from . import citations, markers
from .builder import PageIds
from .generated_words import word
from .localized_text import Language
from .model import ComparisonData
from .problems import Problem
from .tables import add_source_reference
from .term_marks import PageTermMarker, TermFinder

# Priorities among Python-Markdown's treeprocessors: `footnote` builds its list at 50 and
# `inline` reads inline Markdown at 20; `attr_list` runs at 8, MkDocs records anchors at 5 and
# rewrites links at 0.
_OFFER_SOURCES = 55
_NUMBER_FOOTNOTES = 19.5
_WITHDRAW_SOURCES = 17
_INSERT = 7
_MARK_TERMS = 6


@dataclass
class PageContext:
    """The page being rendered, as the hook describes it before Python-Markdown reads it."""

    data: ComparisonData
    language: Language
    page_path: str
    """The page's source relative to `docs/`; generated links are made relative to it."""
    shown_as: str
    """The page file as error messages name it."""
    source: str
    """The Markdown that Python-Markdown reads, to find the line of a problem."""
    first_line: int = 1
    """The line of the page file where `source` starts (after front matter)."""
    terms: TermFinder | None = None
    glossary_path: str | None = None
    """The glossary page relative to `docs/`; None on the glossary itself."""
    problems: list[Problem] = field(default_factory=list)
    more_markers: dict[str, Callable[[], list[etree.Element]]] = field(default_factory=dict)
    """Markers drawn from elsewhere than the data file (see `markers.draw`)."""

    def report(self, needle: str, occurrence: int, where: str, message: str) -> None:
        self.problems.append(
            Problem(self.shown_as, self._line_of(needle, occurrence), where, message)
        )

    def _line_of(self, needle: str, occurrence: int) -> int | None:
        position = -1
        for _ in range(occurrence + 1):
            position = self.source.find(needle, position + 1)
            if position < 0:
                return None
        return self.first_line + self.source.count("\n", 0, position)


def _raw_html(md: Markdown, index: int) -> str:
    """The raw HTML that Python-Markdown kept aside under placeholder `index`, trimmed."""
    raw = md.htmlStash.rawHtmlBlocks[index]
    return raw.strip() if isinstance(raw, str) else ""


def _placeholders(text: str | None) -> list[tuple[int, int, int]]:
    """(start, end, stash index) of each raw-HTML placeholder in `text`."""
    if not text:
        return []
    return [(m.start(), m.end(), int(m.group(1))) for m in util.HTML_PLACEHOLDER_RE.finditer(text)]


def _splice(
    parent: etree.Element,
    element: etree.Element,
    attribute: str,
    start: int,
    end: int,
    holder: etree.Element,
) -> None:
    """Put `holder`'s text and children where `element.text` (or `.tail`) has [start:end]."""
    text = getattr(element, attribute)
    before, after = text[:start], text[end:]
    setattr(element, attribute, before + (holder.text or ""))
    new = list(holder)
    if attribute == "text":
        host, index = element, 0
    else:
        host, index = parent, list(parent).index(element) + 1
    for offset, child in enumerate(new):
        host.insert(index + offset, child)
    if new:
        new[-1].tail = (new[-1].tail or "") + after
    else:
        setattr(element, attribute, getattr(element, attribute) + after)


def _in_document_order(element: etree.Element, raw_of: Callable[[int], str], in_code: bool = False):
    """(text, is code) for every text of `element`'s tree, in the order a reader meets it.

    Fenced code is kept aside as raw HTML by `superfences`; its text counts as code.
    """
    in_code = in_code or element.tag in ("code", "pre")
    yield from _with_stashed_code(element.text, raw_of, in_code)
    for child in element:
        yield from _in_document_order(child, raw_of, in_code)
        yield from _with_stashed_code(child.tail, raw_of, in_code)


def _with_stashed_code(text: str | None, raw_of: Callable[[int], str], in_code: bool):
    if not text:
        return
    yield text, in_code
    for _, _, index in _placeholders(text):
        raw = raw_of(index)
        if raw.startswith(("<pre", '<div class="highlight')):
            yield html.unescape(raw), True


def _occurrences(root: etree.Element, raw_of: Callable[[int], str], stashed: int) -> dict[int, int]:
    """For each raw-HTML placeholder, how many times its HTML was met before it, as code or
    as raw HTML: the same count in the page's source finds its line."""
    counts = {raw_of(index): 0 for index in range(stashed)}
    counts.pop("", None)
    found: dict[int, int] = {}
    for text, is_code in _in_document_order(root, raw_of):
        if is_code:
            for needle in counts:
                counts[needle] += text.count(needle)
            continue
        for _, _, index in _placeholders(text):
            needle = raw_of(index)
            found[index] = counts.get(needle, 0)
            counts[needle] = found[index] + 1
    return found


class _Insert(Treeprocessor):
    """Replaces marker and source placeholders with generated elements."""

    def __init__(self, md: Markdown, page: PageContext, source_slots: dict[int, str]) -> None:
        super().__init__(md)
        self.page = page
        self.source_slots = source_slots

    def run(self, root: etree.Element) -> None:
        ids = PageIds(element.get("id") for element in root.iter() if element.get("id"))
        places = [
            (parent, child, attribute, (start, end), index)
            for parent in root.iter()
            for child in parent
            for attribute in ("text", "tail")
            for start, end, index in _placeholders(getattr(child, attribute))
        ]
        # Everything is drawn (ids claimed in reading order) before the tree changes, so that
        # a problem's line can still be found by counting in the tree as Markdown left it.
        drawn = [self._draw(*place, ids) for place in places]
        problems = [
            (place, outcome)
            for place, outcome in zip(places, drawn, strict=True)
            if isinstance(outcome, str)
        ]
        if problems:
            occurrences = _occurrences(root, self._raw, len(self.md.htmlStash.rawHtmlBlocks))
            for (*_, index), message in problems:
                comment = self._raw(index)
                self.page.report(comment, occurrences.get(index, 0), _body(comment), message)
        for place, outcome in reversed(list(zip(places, drawn, strict=True))):
            parent, child, attribute, span, _ = place
            if isinstance(outcome, str):
                _splice(parent, child, attribute, *span, etree.Element("span"))
            elif isinstance(outcome, list):
                _put_block(parent, child, outcome)
            elif outcome is not None:
                _splice(parent, child, attribute, *span, outcome)

    def _raw(self, index: int) -> str:
        return _raw_html(self.md, index)

    def _draw(
        self,
        parent: etree.Element,
        child: etree.Element,
        attribute: str,
        span: tuple[int, int],
        index: int,
        ids: PageIds,
    ) -> etree.Element | list[etree.Element] | str | None:
        """What goes in the placeholder's place: inline content to splice in (a holder
        element), block elements to put instead of it, a problem, or None to leave it."""
        page = self.page
        if index in self.source_slots:
            holder = etree.Element("span")
            source = page.data.source(self.source_slots[index])
            add_source_reference(holder, source, page.language, page.page_path)
            return holder
        comment = self._raw(index)
        text = getattr(child, attribute)
        alone = attribute == "text" and not len(child) and text.strip() == text[span[0] : span[1]]
        try:
            marker = markers.parse_comment(comment)
            if marker is None:
                if markers.mentions_marker(comment):
                    raise markers.Unusable(
                        "a marker inside other HTML is not drawn; expected the marker as an "
                        "HTML comment on a line of its own"
                    )
                return None
            if not alone:
                raise markers.Unusable(
                    "the marker shares its line or paragraph with other text; expected it "
                    "alone on a line of its own, with a blank line before and after"
                )
            return markers.draw(
                marker,
                page.data,
                page.language,
                page_path=page.page_path,
                ids=ids,
                more=page.more_markers,
            )
        except markers.Unusable as error:
            return str(error)


def _put_block(parent: etree.Element, child: etree.Element, new: list[etree.Element]) -> None:
    """Generated blocks instead of the paragraph `child`, or inside a list item or the like."""
    if child.tag != "p":
        child.text = None
        child.extend(new)
        return
    position = list(parent).index(child)
    parent.remove(child)
    for offset, element in enumerate(new):
        parent.insert(position + offset, element)
    if new:
        new[-1].tail = child.tail


def _body(comment: str) -> str:
    found = markers.COMMENT.match(comment)
    body = found["body"] if found else comment
    return body if len(body) <= 60 else body[:57] + "…"


class _FootnoteStep(Treeprocessor):
    """A step on the page's footnotes; `slots` maps the placeholders of offered sources to
    their ids, shared by the steps of one page and `_Insert`."""

    def __init__(
        self, md: Markdown, page: PageContext, footnotes: FootnoteExtension, slots: dict[int, str]
    ) -> None:
        super().__init__(md)
        self.page, self.footnotes, self.slots = page, footnotes, slots


class _OfferSources(_FootnoteStep):
    """Before the inline text is read: every data-file source the page does not define itself
    becomes a footnote, its text a placeholder that `_Insert` fills in (`slots`)."""

    def run(self, root: etree.Element) -> None:
        citations.offer_sources(self.footnotes, self.page.data, self._slot)

    def _slot(self, source_id: str) -> str:
        placeholder = self.md.htmlStash.store("")
        self.slots[int(util.HTML_PLACEHOLDER_RE.search(placeholder).group(1))] = source_id
        return placeholder


class _NumberFootnotes(_FootnoteStep):
    """After the inline text is read: footnotes numbered and listed in reading order, under a
    title in the page's language (see `citations`)."""

    def run(self, root: etree.Element) -> None:
        title = word("footnotes_title", self.page.language)
        citations.number_in_reading_order(root, self.footnotes, title)


class _WithdrawUncited(_FootnoteStep):
    """After the inline text is read: the offered sources no reference used are taken out,
    and a reference left unresolved is reported."""

    def run(self, root: etree.Element) -> None:
        citations.withdraw_uncited(root, self.footnotes, list(self.slots.values()))
        # Met in document order, code included: the same count in the source finds the line.
        seen: dict[str, int] = {}
        raw_of = functools.partial(_raw_html, self.md)
        for text, is_code in _in_document_order(root, raw_of):
            for match in citations.UNRESOLVED.finditer(text):
                note = match.group(0)
                occurrence = seen.get(note, 0)
                seen[note] = occurrence + 1
                if is_code:
                    continue
                self.page.report(
                    note,
                    occurrence,
                    note,
                    f"no footnote '{match['id']}' on the page and no source with that id; "
                    f"expected a definition `[^{match['id']}]: …` or one of the data file's "
                    "source ids",
                )


class _MarkTerms(Treeprocessor):
    def __init__(self, md: Markdown, marker: PageTermMarker) -> None:
        super().__init__(md)
        self.marker = marker

    def run(self, root: etree.Element) -> None:
        self.marker.mark(root)


class ComparisonExtension(Extension):
    """Generated content for the page that `current` describes; the hook sets it per page."""

    def __init__(self) -> None:
        super().__init__()
        self.current: PageContext | None = None

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        page = self.current
        if page is None:
            return
        slots: dict[int, str] = {}
        footnotes = next(
            (e for e in md.registeredExtensions if isinstance(e, FootnoteExtension)), None
        )
        if footnotes is not None and "[^" in page.source:
            if page.data.sources:
                md.treeprocessors.register(
                    _OfferSources(md, page, footnotes, slots), "compare-sources", _OFFER_SOURCES
                )
                md.treeprocessors.register(
                    _WithdrawUncited(md, page, footnotes, slots),
                    "compare-cited",
                    _WITHDRAW_SOURCES,
                )
            md.treeprocessors.register(
                _NumberFootnotes(md, page, footnotes, slots),
                "compare-footnote-numbers",
                _NUMBER_FOOTNOTES,
            )
        md.treeprocessors.register(_Insert(md, page, slots), "compare-insert", _INSERT)
        if page.terms is not None and page.glossary_path is not None:
            marker = PageTermMarker(page.terms, page.glossary_path)
            md.treeprocessors.register(_MarkTerms(md, marker), "compare-terms", _MARK_TERMS)
