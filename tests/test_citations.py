"""Prose cites the data file's sources by id; the footnote text comes from the data file."""

from __future__ import annotations

import pytest

from page_rendering import ATLAS, FIXTURE_DATA, render_page


def test_a_cited_source_gets_its_footnote_in_the_pages_language():
    soup, found = render_page("Boxes are rigid.[^manual]\n")
    assert found == []
    (note,) = soup.select("div.footnote li")
    assert note["id"] == "fn:manual"
    assert note.p.get_text().startswith("Example Press, The Box Manual (checked 2026-11-26)")
    assert note.select_one("a[href]")["href"] == "https://example.org/manual"

    japanese, _ = render_page("箱は硬い。[^manual] 再び[^manual]\n", language="ja")
    (note,) = japanese.select("div.footnote li")
    assert [span.get_text() for span in note.select("span[lang=en]")] == [
        "Example Press",
        "The Box Manual",
    ]
    assert "2026-11-26 確認" in note.get_text()
    assert len(japanese.select("sup a.footnote-ref")) == 2


def test_the_footnote_list_has_a_title_in_the_pages_language():
    for language, title in (("en", "Notes to the text"), ("ja", "本文の脚注")):
        soup, _ = render_page("Boxes.[^manual]\n", language=language)
        first = soup.select_one("div.footnote > :not(hr)")
        assert first.name == "p" and first.get_text() == title


def test_uncited_sources_leave_no_footnotes():
    soup, found = render_page("No citations here, but a [^ bracket.\n")
    assert found == [] and not soup.select("div.footnote")


def test_footnotes_the_page_defines_and_code_are_left_alone():
    markdown = (
        "Text.[^own] `[^nothing]`\n\n```\n[^nothing]\n```\n\n"
        "    [^nothing]\n\n[^own]: My own note.\n"
    )
    soup, found = render_page(markdown)
    assert found == []
    assert [li["id"] for li in soup.select("div.footnote li")] == ["fn:own"]
    assert soup.select_one("div.footnote li").p.get_text().startswith("My own note.")


def test_an_unknown_footnote_is_reported_with_page_and_line():
    _, found = render_page(
        "First line.\n\n```\n[^manuel]\n```\n\nSee this.[^manuel]\n", first_line=5
    )
    assert found == [
        "docs/guide/page.en.md:11: [^manuel]: no footnote 'manuel' on the page and no source "
        "with that id; expected a definition `[^manuel]: …` or one of the data file's source ids"
    ]


def test_footnotes_are_numbered_in_the_order_the_page_cites_them():
    # Every source is offered to the footnotes extension as a definition, in the data file's
    # order: that must not make the first citation on a page number 2 (here `atlas` comes
    # first in the data file and is cited last).
    data = FIXTURE_DATA.model_copy(update={"sources": [ATLAS, *FIXTURE_DATA.sources]})
    soup, found = render_page(
        "Boxes.[^manual] Mine.[^own] Maps.[^atlas]\n\n[^own]: My note.\n", data=data
    )
    assert found == []
    references = soup.select("sup a.footnote-ref")
    assert [a.get_text() for a in references] == ["1", "2", "3"]
    assert [a["href"] for a in references] == ["#fn:manual", "#fn:own", "#fn:atlas"]
    notes = soup.select("div.footnote > ol > li")
    assert [li["id"] for li in notes] == ["fn:manual", "fn:own", "fn:atlas"]
    assert notes[2].p.get_text().startswith("Example Press, The Atlas of Boxes")

    # Python-Markdown reads a list item's inline text after the paragraphs around the list;
    # readers meet the list first.
    soup, found = render_page(
        "- Maps.[^atlas]\n\nBoxes.[^manual] Mine.[^own]\n\n[^own]: My note.\n", data=data
    )
    assert found == []
    references = soup.select("sup a.footnote-ref")
    assert [(a["href"], a.get_text()) for a in references] == [
        ("#fn:atlas", "1"),
        ("#fn:manual", "2"),
        ("#fn:own", "3"),
    ]
    assert [li["id"] for li in soup.select("div.footnote > ol > li")] == [
        "fn:atlas",
        "fn:manual",
        "fn:own",
    ]


def numbers_and_list(soup) -> tuple[list[tuple[str, str]], list[str]]:
    references = [(a["href"], a.get_text()) for a in soup.select("sup a.footnote-ref")]
    return references, [li["id"] for li in soup.select("div.footnote > ol > li")]


def test_footnotes_cited_inside_footnotes_come_after_the_footnote_that_cites_them():
    markdown = (
        "Text.[^b] More.[^a]\n\n"
        "[^a]: Note a, see[^x].\n[^b]: Note b, see[^y].\n[^x]: Note x.\n[^y]: Note y.\n"
    )
    soup, found = render_page(markdown)
    assert found == []
    references, listed = numbers_and_list(soup)
    # In reading order: the text's b and a, then b's note (y), then a's note (x).
    assert references == [("#fn:b", "1"), ("#fn:a", "2"), ("#fn:y", "3"), ("#fn:x", "4")]
    assert listed == ["fn:b", "fn:a", "fn:y", "fn:x"]


@pytest.mark.parametrize(
    ("configs", "shown", "first_item"),
    [
        ({"USE_DEFINITION_ORDER": False}, ["1", "2"], "fn:own"),
        ({"SUPERSCRIPT_TEXT": "[{}]"}, ["[1]", "[2]"], "fn:own"),
        ({"UNIQUE_IDS": True}, ["1", "2"], "-own"),
    ],
)
def test_reading_order_holds_whatever_the_footnotes_extension_is_told(configs, shown, first_item):
    soup, found = render_page(
        "- A list.[^own]\n\nText.[^manual]\n\n[^own]: My note.\n",
        extension_configs={"footnotes": configs},
    )
    assert found == []
    assert [a.get_text() for a in soup.select("sup a.footnote-ref")] == shown
    assert [li["id"] for li in soup.select("div.footnote > ol > li")][0].endswith(first_item)
    backlinks = [a["title"] for a in soup.select("div.footnote a.footnote-backref")]
    assert backlinks == [f"Jump back to footnote {n} in the text" for n in (1, 2)]


def test_a_site_without_sources_still_numbers_and_titles_its_pages_footnotes():
    data = FIXTURE_DATA.model_copy(update={"sources": []})
    soup, found = render_page(
        "- A list.[^one]\n\nText.[^two]\n\n[^two]: Second.\n[^one]: First.\n", data=data
    )
    assert found == []
    assert numbers_and_list(soup) == (
        [("#fn:one", "1"), ("#fn:two", "2")],
        ["fn:one", "fn:two"],
    )
    assert soup.select_one("div.footnote p.footnote-title").get_text() == "Notes to the text"
