"""The glossary page, and the marking of each term's first use on other pages."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from comparison.localized_text import JAPANESE_CHARACTERS, Localized
from page_rendering import FIXTURE_DATA, render_page


def glossary(language: str) -> BeautifulSoup:
    page = "glossary.md" if language == "ja" else "glossary.en.md"
    soup, found = render_page(
        "<!-- compare:glossary -->\n", language=language, page_path=page, glossary_path=None
    )
    assert found == []
    return soup


def marked(markdown: str, language: str = "en") -> BeautifulSoup:
    soup, found = render_page(markdown, language=language)
    assert found == []
    return soup


def links(soup: BeautifulSoup) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"]) for a in soup.select("a.glossary-term")]


def test_japanese_terms_are_sorted_by_reading_and_english_ones_alphabetically():
    # Gojūon order of the readings: す (ストラップ) comes before は (箱, 箱のふた).
    assert [dt.contents[0] for dt in glossary("ja").select("dt")] == [
        "ストラップ",
        "箱",
        "箱のふた",
    ]
    assert [dt.get_text() for dt in glossary("en").select("dt")] == ["box", "box lid", "strap"]


def test_entries_have_anchors_readings_definitions_and_sources():
    japanese = glossary("ja")
    box = japanese.select_one("dt#term-box")
    assert box.select_one(".glossary__reading").get_text() == "（はこ）"
    definition = box.find_next_sibling("dd")
    assert definition.p.strong.get_text() == "硬い"
    sources = definition.select_one(".glossary__sources")
    # "Specification" alone would not say whose: the publisher comes first, as under tables.
    assert sources.get_text() == "出典：Example Press, The Box Manual"
    assert sources.select_one("a span[lang=en]").get_text() == "The Box Manual"
    english = glossary("en")
    assert not english.select(".glossary__reading")
    assert not JAPANESE_CHARACTERS.search(english.get_text())
    strap = english.select_one("dt#term-strap").find_next_sibling("dd").p
    assert strap.a["href"] == "guide/deep/index.md#bags"  # relative to the glossary page


def test_the_glossary_does_not_mark_its_own_terms():
    assert not glossary("en").select("a.glossary-term")


def test_the_longest_term_wins_and_each_term_is_marked_once():
    soup = marked("箱のふたを開けた箱と、別の箱。\n", "ja")
    assert links(soup) == [
        ("箱のふた", "../glossary.md#term-box-lid"),
        ("箱", "../glossary.md#term-box"),
    ]
    assert soup.p.get_text() == "箱のふたを開けた箱と、別の箱。"


def test_japanese_terms_are_found_inside_sentences_but_not_as_part_of_a_longer_katakana_word():
    soup = marked("ストラップーは誤り、ストラップが正しい。\n", "ja")
    assert links(soup) == [("ストラップ", "../glossary.md#term-strap")]
    assert soup.a.previous_sibling == "ストラップーは誤り、"


def test_english_terms_match_whole_words_in_any_case_and_listed_other_forms():
    soup = marked("Boxes and a strapless bag; a Strap.\n")
    assert links(soup) == [
        ("Boxes", "../glossary.md#term-box"),
        ("Strap", "../glossary.md#term-strap"),
    ]


@pytest.mark.parametrize(
    "markdown",
    [
        "## A box\n",
        "`box`\n",
        "```\nbox\n```\n",
        "[box](https://example.org)\n",
        "<!-- compare:table attributes=walls -->\n",  # the caption and header cells
        "<!-- compare:flowchart tree=pick -->\n",  # the figcaption
        "<!-- compare:diagram name=layers -->\n",  # SVG text
        "Term\n:   Definition\n",
    ],
)
def test_code_headings_links_header_cells_captions_drawings_and_terms_are_left_alone(markdown):
    source = markdown.replace("box", "strap") if "compare:" not in markdown else markdown
    soup = marked(source)
    for skipped in soup.select("h2, code, pre, caption, th, figcaption, svg, dt"):
        assert not skipped.select("a.glossary-term"), skipped


def test_lists_of_sources_are_left_alone():
    # A publisher named after a term: its first appearance is in the table's sources and in
    # the page's footnotes, neither of which is a use in the text.
    manual = FIXTURE_DATA.sources[0].model_copy(
        update={"publisher": Localized.model_validate({"ja": "箱の会", "en": "Box Makers"})}
    )
    data = FIXTURE_DATA.model_copy(update={"sources": [manual]})
    soup, found = render_page(
        "<!-- compare:table attributes=walls -->\n\nMade by hand.[^manual] A box.\n",
        data=data,
    )
    assert found == []
    assert "Box Makers" in soup.select_one("div.comparison-sources").get_text()
    assert "Box Makers" in soup.select_one("div.footnote").get_text()
    assert not soup.select("div.comparison-sources a.glossary-term, div.footnote a.glossary-term")
    assert [a.get_text() for a in soup.select("p a.glossary-term")] == ["box"]


def test_a_term_in_a_table_cell_is_marked_but_not_in_its_header():
    soup = marked("<!-- compare:table attributes=walls -->\n\nA strap.\n")
    assert not soup.select("th a.glossary-term")
    assert [a.get_text() for a in soup.select("p a.glossary-term")] == ["strap"]


def test_the_definition_is_the_links_plain_text_title():
    soup = marked("a box\n")
    assert soup.a["title"] == "A rigid container."
