"""Read a page once, with Python-Markdown, into what the rules look at.

Python-Markdown decides what is prose, code, a link or a heading, with the site's own
extensions and slugs; the rules never guess it from the Markdown with patterns. A page becomes:

- its front matter (keys, values and their lines),
- its blocks of prose (a paragraph, a list item, a table cell, a heading …), each a run of
  pieces that say whether they are code and whether they sit in a link, a quotation,
  a heading or a footnote, with the line of the file each piece starts on,
- the anchors the page has (`{#id}` attributes and the headings' slugs).

Markers, raw HTML and fenced code are not prose: Python-Markdown stashes them, and the stash's
placeholders are dropped here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import yaml
from markdown import Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import ETX, STX

from comparison.yaml_reader import Yaml12Loader, describe_syntax_error
from translation.outline import Heading, Marker, Outline

DEFAULT_EXTENSIONS: list[object] = [
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
    "pymdownx.details", "pymdownx.superfences", "pymdownx.highlight",
]  # fmt: skip
"""The site's extensions, for a reader used without the site's mkdocs.yml at hand."""
DEFAULT_CONFIGS: dict[str, dict] = {"pymdownx.highlight": {"use_pygments": False}}

# Elements that flow inside a block; every other element starts a block of its own.
_INLINE = {
    "a", "abbr", "b", "br", "code", "del", "em", "i", "img", "ins", "kbd", "mark", "s",
    "small", "span", "strong", "sub", "sup", "u",
}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A footnote reference, `[^id]`: the pattern of Python-Markdown's footnotes extension, which
# keeps it inside its `extendMarkdown`; this one runs just before it.
FOOTNOTE_REFERENCE = r"\[\^([^\]]*)\]"
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Piece:
    """A stretch of a block's text, as the reader sees it."""

    text: str
    line: int
    """The line of the file where the piece starts (best effort: found in the source)."""
    code: bool = False
    external_link: bool = False
    """Inside a link to another site: the title of a cited work keeps its own spelling."""


@dataclass(frozen=True)
class Block:
    """A paragraph, list item, table cell, heading …: text that reads as one run."""

    pieces: tuple[Piece, ...]
    heading: bool = False
    """A heading, an admonition's title or a details summary: titles, not sentences."""
    quotation: bool = False
    footnote: bool = False

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    def position(self, offset: int) -> tuple[Piece, int]:
        """The piece holding character `offset` of `text`, and the offset inside it."""
        for piece in self.pieces:
            if offset < len(piece.text):
                return piece, offset
            offset -= len(piece.text)
        return self.pieces[-1], len(self.pieces[-1].text)

    def line_at(self, offset: int) -> int:
        piece, inside = self.position(offset)
        return piece.line + piece.text.count("\n", 0, inside)

    def is_code(self, offset: int) -> bool:
        return self.position(offset)[0].code


@dataclass(frozen=True)
class FrontMatter:
    values: dict[str, object]
    lines: dict[str, int]
    error: tuple[int | None, int | None, str] | None = None
    """(line, column, message) when the front matter is no valid YAML."""


@dataclass(frozen=True)
class Page:
    path: str
    """As messages show it: `docs/choose.md`."""
    language: str
    front_matter: FrontMatter
    blocks: tuple[Block, ...]
    anchors: frozenset[str]
    body_line: int
    """The line where the Markdown after the front matter starts."""
    outline: Outline
    """Headings, markers and front-matter keys: what both languages must share."""


@dataclass
class _Walk:
    source: str
    first_line: int
    cursor: int = 0
    blocks: list[Block] = field(default_factory=list)

    def line_of(self, text: str) -> int:
        """The line of the source where `text` starts, looked for from the last one found."""
        probe = next((part.strip() for part in text.split("\n") if part.strip()), "")[:20]
        found = self.source.find(probe, self.cursor) if probe else -1
        at = found if found >= 0 else self.cursor
        if found >= 0:
            # Text comes in the order of the source: the next piece is further on.
            self.cursor = found + len(probe)
        return self.first_line + self.source.count("\n", 0, at)


# Python-Markdown marks what it set aside (raw HTML, stashed code, footnote back-links) with
# placeholders between STX and ETX; none of it is prose.
_PLACEHOLDER = re.compile(f"{re.escape(STX)}[^{re.escape(ETX)}]*{re.escape(ETX)}")


def _without_placeholders(text: str) -> str:
    return _PLACEHOLDER.sub("", text)


def _is_external(href: str | None) -> bool:
    return bool(href) and href.startswith(("http://", "https://", "//"))


class _Citation(InlineProcessor):
    """`[^source-id]` of a cited source: a footnote number, as the build will make it."""

    def __init__(self, cited: frozenset[str] | None, md: Markdown):
        super().__init__(FOOTNOTE_REFERENCE, md)
        self._cited = cited
        """The source ids; None while the data file cannot be read: then any id may be one."""

    def handleMatch(  # noqa: N802 (Python-Markdown's name)
        self, m: re.Match[str], data: str
    ) -> tuple[ET.Element | None, int | None, int | None]:
        if self._cited is not None and m.group(1) not in self._cited:
            return None, None, None  # a footnote of the page, or a mistake: the build's to say
        element = ET.Element("sup")
        element.text = "1"
        return element, m.start(0), m.end(0)


class _ExplicitIds(Treeprocessor):
    """Notes the headings that have an id before `toc` gives the others a slug: the ids
    written as `{#id}`, which links rely on in both languages."""

    headings: dict[int, str]

    def run(self, root: ET.Element) -> None:
        self.headings = {
            id(element): element.get("id")
            for element in root.iter()
            if element.tag in _HEADINGS and element.get("id")
        }


def _blocks(root: ET.Element, walk: _Walk) -> None:
    def inline(element: ET.Element, code: bool, external: bool) -> Iterator[tuple[str, bool, bool]]:
        code = code or element.tag == "code"
        external = external or (element.tag == "a" and _is_external(element.get("href")))
        if element.text:
            yield element.text, code, external
        for child in element:
            if child.tag in _INLINE:
                yield from inline(child, code, external)
            if child.tail:
                yield child.tail, code, external

    def visit(element: ET.Element, quotation: bool, footnote: bool) -> None:
        quotation = quotation or element.tag == "blockquote"
        footnote = footnote or "footnote" in (element.get("class") or "").split()
        classes = (element.get("class") or "").split()
        heading = element.tag in _HEADINGS or element.tag == "summary"
        heading = heading or "admonition-title" in classes
        runs: list[tuple[str, bool, bool]] = []

        def flush() -> None:
            pieces = []
            for text, code, external in runs:
                text = _without_placeholders(text)
                if text:
                    pieces.append(Piece(text, walk.line_of(text), code, external))
            if any(piece.text.strip() for piece in pieces):
                walk.blocks.append(Block(tuple(pieces), heading, quotation, footnote))
            runs.clear()

        if element.text:
            runs.append((element.text, element.tag == "code", False))
        for child in element:
            if child.tag in _INLINE:
                runs.extend(inline(child, False, False))
            else:
                flush()
                visit(child, quotation, footnote)
            if child.tail:
                runs.append((child.tail, False, False))
        flush()

    visit(root, False, False)


def _anchors(root: ET.Element) -> frozenset[str]:
    return frozenset(element.get("id") for element in root.iter() if element.get("id"))


def _front_matter(text: str) -> tuple[FrontMatter, str, int]:
    """The front matter, the Markdown after it, and the line where that starts."""
    empty = FrontMatter({}, {})
    if not text.startswith("---"):
        return empty, text, 1
    end = _FRONT_MATTER_END.search(text, 3)
    if end is None:
        return empty, text, 1
    header = text[3 : end.start()]
    error = None
    try:
        values = yaml.load(header, Loader=Yaml12Loader) or {}
    except yaml.YAMLError as problem:
        line, column, message = describe_syntax_error(header, problem)
        error = (line, column, message)
        values = {}
    values = values if isinstance(values, dict) else {}
    lines = {}
    for number, line in enumerate(header.splitlines()[1:], start=2):
        key = line.split(":", 1)[0].strip()
        if key in values and key not in lines and not line[:1].isspace():
            lines[key] = number
    body = text[end.end() :].removeprefix("\n")
    return FrontMatter(values, lines, error), body, text.count("\n", 0, end.end()) + 2


class PageReader:
    """One Markdown instance with the site's extensions, reset for each page it reads."""

    def __init__(
        self,
        extensions: Iterable[object],
        configs: dict[str, dict],
        cited: Iterable[str] | None = (),
    ):
        self._markdown = Markdown(extensions=list(extensions), extension_configs=configs)
        self.settings = (
            repr(list(extensions)),
            repr(sorted(configs.items())),
            None if cited is None else frozenset(cited),
        )
        """What a page's reading depends on besides its text: equal settings, equal pages."""
        # A page cites a source by its id as a footnote without a definition; the build writes
        # the definition. Here a citation reads as the footnote number it becomes.
        self._markdown.inlinePatterns.register(
            _Citation(None if cited is None else frozenset(cited), self._markdown),
            "content-rules-citation",
            176,
        )
        self._explicit = _ExplicitIds(self._markdown)
        self._explicit.headings = {}
        self._markdown.treeprocessors.register(self._explicit, "content-rules-ids", 6)

    def _tree(self, markdown: str) -> ET.Element:
        """The finished tree (ids and slugs set): `Markdown.convert` up to its serializer,
        whose HTML nothing here reads."""
        md = self._markdown
        md.reset()
        self._explicit.headings = {}
        if not markdown.strip():
            return ET.Element("div")
        md.lines = markdown.split("\n")
        for preprocessor in md.preprocessors:
            md.lines = preprocessor.run(md.lines)
        root = md.parser.parseDocument(md.lines).getroot()
        for treeprocessor in md.treeprocessors:
            replaced = treeprocessor.run(root)
            if replaced is not None:
                root = replaced
        return root

    def _outline(self, root: ET.Element, walk: _Walk, front_matter: FrontMatter) -> Outline:
        headings = []
        for element in root.iter():
            if element.tag not in _HEADINGS:
                continue
            text = "".join(element.itertext()).strip()
            explicit = self._explicit.headings.get(id(element))
            written = f"{text} {{#{explicit}}}" if explicit else text
            line = walk.line_of(text) if text else walk.line_of("#")
            headings.append(Heading(line, int(element.tag[1]), written, explicit))
        markers = []
        marker_walk = _Walk(walk.source, walk.first_line)
        for stashed in self._markdown.htmlStash.rawHtmlBlocks:
            comment = str(stashed).strip()
            if not (comment.startswith("<!--") and comment.endswith("-->")):
                continue
            body = " ".join(comment.removeprefix("<!--").removesuffix("-->").split())
            if body.startswith("compare:"):
                markers.append(Marker(marker_walk.line_of(body), body))
        markers.sort(key=lambda marker: marker.line)
        return Outline(tuple(headings), tuple(markers), tuple(front_matter.values))

    def read(self, path: str, language: str, text: str) -> Page:
        front_matter, body, first_line = _front_matter(text)
        root = self._tree(body)
        walk = _Walk(body, first_line)
        _blocks(root, walk)
        outline = self._outline(root, _Walk(body, first_line), front_matter)
        return Page(
            path, language, front_matter, tuple(walk.blocks), _anchors(root), first_line, outline
        )

    def read_text(self, text: str) -> Block | None:
        """A text of the data file (inline Markdown) as one block, its lines counted from 0.

        Only the inline patterns run (code spans, emphasis, links), as for a table cell."""
        self._markdown.reset()
        root = ET.Element("div")
        ET.SubElement(root, "p").text = text
        self._markdown.treeprocessors["inline"].run(root)
        walk = _Walk(text, 0)
        _blocks(root, walk)
        if not walk.blocks:
            return None
        return Block(tuple(piece for block in walk.blocks for piece in block.pieces))
