"""Prose cites the data file's sources by id; the footnote text comes from the data file."""

from __future__ import annotations

from page_rendering import render_page


def test_a_cited_source_gets_its_footnote_in_the_pages_language():
    soup, found = render_page("Boxes are rigid.[^manual]\n")
    assert found == []
    (note,) = soup.select("div.footnote li")
    assert note["id"] == "fn:manual"
    assert note.p.get_text().startswith("Example Press, The Box Manual (checked 2026-11-26)")
    assert note.select_one("a[href]")["href"] == "https://example.org/manual"

    japanese, _ = render_page("箱は硬い。[^manual] 再び[^manual]\n", language="ja")
    (note,) = japanese.select("div.footnote li")
    assert note.select_one("span[lang=en]").get_text() == "The Box Manual"
    assert "2026-11-26 確認" in note.get_text()
    assert len(japanese.select("sup a.footnote-ref")) == 2


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
