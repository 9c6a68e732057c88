"""Rules for the data file's texts and links that need the pages or Python-Markdown: the
Japanese spacing rule and the preferred terms in every `ja:` text, and links to anchors."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator

from comparison.checks import page_links, texts
from comparison.model import ComparisonData
from comparison.preferred_terms import misspellings_at
from comparison.problems import KeyPath, Problem, did_you_mean
from comparison.yaml_reader import LineMap

from .japanese_style import spacing_problems
from .reading import Block, PageReader

# Titles and publishers of cited works keep their own spelling and spacing; the terminology
# notes discuss spellings, so they quote the rejected ones.
_AS_WRITTEN = {"title", "publisher"}


def _own_words(path: KeyPath) -> bool:
    return not (path[0] == "sources" and len(path) > 2 and path[2] in _AS_WRITTEN)


def japanese_texts(
    data: ComparisonData, lines: LineMap, reader: PageReader, shown_as: str
) -> Iterator[Problem]:
    for path, text in texts(data):
        if path[-1] != "ja" or not _own_words(path):
            continue
        block = reader.read_text(text)
        if block is None:
            continue
        where = (shown_as, lines.line_of(path), lines.name(path))
        for problem in spacing_problems(block):
            yield Problem(
                *where, f"{problem.what}: found '{problem.found}'; expected '{problem.expected}'"
            )
        if path[0] == "terminology":
            continue
        for _, variant, preferred in misspellings_at(_blank_code(block), data.terminology):
            yield Problem(*where, f"terminology: found '{variant}'; expected '{preferred}'")


def _blank_code(block: Block) -> str:
    return "".join(
        " " * len(piece.text) if piece.code or piece.external_link else piece.text
        for piece in block.pieces
    )


def anchors(
    data: ComparisonData,
    lines: LineMap,
    shown_as: str,
    anchors_of: Callable[[str], dict[str, frozenset[str]] | None],
) -> Iterator[Problem]:
    """A link of the data file to `page.md#anchor` needs the anchor on the page in each
    language. `anchors_of(page)` gives {source file: its anchors}, or None for no such page
    (the data checks report that)."""
    for path, target in page_links(data):
        page, _, anchor = target.partition("#")
        known = anchors_of(posixpath.normpath(page)) if anchor else None
        for source_file, found in (known or {}).items():
            if anchor not in found:
                yield Problem(
                    shown_as,
                    lines.line_of(path),
                    lines.name(path),
                    f"found a link to '#{anchor}', which {source_file} does not have; expected "
                    + did_you_mean(anchor, found, f"anchors of {source_file}"),
                )
