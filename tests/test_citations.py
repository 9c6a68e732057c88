"""Prose cites the data file's sources by id; the footnote text comes from the data file."""

from __future__ import annotations

import pytest

from comparison.checks import pages_under
from comparison.citations import add_source_notes
from comparison.loading import load_data
from comparison.problems import MarkerError
from conftest import FIXTURE_SITE

DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))


def cite(markdown: str, language: str = "en") -> str:
    return add_source_notes(
        markdown,
        DATA,
        language,
        page_path="guide/index.md",
        shown_as="docs/guide/index.md",
        first_line=5,
    )


def test_a_cited_source_gets_its_footnote_in_the_pages_language():
    assert cite("Boxes are rigid.[^manual]\n") == (
        "Boxes are rigid.[^manual]\n\n"
        "[^manual]: Example Press, [The Box Manual](https://example.org/manual) "
        "(checked 2026-11-26)\n"
    )
    japanese = cite("箱は硬い。[^manual] 再び[^manual]\n", "ja")
    assert japanese.endswith(
        '[^manual]: Example Press, [<span lang="en">The Box Manual</span>]'
        "(https://example.org/manual) (2026-11-26 確認)\n"
    )
    assert japanese.count("[^manual]:") == 1


def test_footnotes_the_page_defines_and_code_are_left_alone():
    markdown = "Text.[^own] `[^nothing]`\n\n```\n[^nothing]\n```\n\n[^own]: My own note.\n"
    assert cite(markdown) == markdown


def test_an_unknown_footnote_stops_the_build_with_page_and_line():
    with pytest.raises(MarkerError) as caught:
        cite("First line.\n\nSee this.[^manuel]\n")
    assert [str(p) for p in caught.value.problems] == [
        "docs/guide/index.md:7: [^manuel]: no footnote 'manuel' on the page and no source with "
        "that id; expected a definition `[^manuel]: …` or one of the data file's source ids"
    ]
