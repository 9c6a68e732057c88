"""The glossary page, and the marking of each term's first use on other pages."""

from __future__ import annotations

from bs4 import BeautifulSoup

from comparison.checks import pages_under
from comparison.glossary import render_glossary
from comparison.loading import load_data
from comparison.term_marks import TermMarker
from comparison.text import JAPANESE_CHARACTERS
from conftest import FIXTURE_SITE

DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))
TERMS = DATA.glossary.terms


def glossary(language: str) -> BeautifulSoup:
    return BeautifulSoup(render_glossary(DATA, language, page_path="glossary.md"), "html.parser")


def marked(html: str, language: str) -> BeautifulSoup:
    output = TermMarker(TERMS, language).mark(html, lambda anchor: f"../glossary/#{anchor}")
    return BeautifulSoup(output, "html.parser")


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
    assert (
        box.find_next_sibling("dd").p.get_text() == "**硬い**入れ物です。"
    )  # Markdown's to render
    sources = box.find_next_sibling("dd").select_one(".glossary__sources")
    assert sources.get_text() == "出典：[The Box Manual](https://example.org/manual)"
    assert sources.select_one("span[lang=en]").get_text() == "The Box Manual"
    english = glossary("en")
    assert not english.select(".glossary__reading")
    assert not JAPANESE_CHARACTERS.search(str(english))
    strap = english.select_one("dt#term-strap").find_next_sibling("dd").p.get_text()
    assert "[bags](guide/deep/index.md#bags)" in strap  # docs-relative link, rewritten per page


def test_the_longest_term_wins_and_each_term_is_marked_once():
    soup = marked("<p>箱のふたを開けた箱と、別の箱。</p>", "ja")
    assert links(soup) == [
        ("箱のふた", "../glossary/#term-box-lid"),
        ("箱", "../glossary/#term-box"),
    ]
    assert soup.p.get_text() == "箱のふたを開けた箱と、別の箱。"


def test_japanese_terms_are_found_inside_sentences_but_not_as_part_of_a_longer_katakana_word():
    soup = marked("<p>ストラップーは誤り、ストラップが正しい。</p>", "ja")
    assert links(soup) == [("ストラップ", "../glossary/#term-strap")]
    assert soup.a.previous_sibling == "ストラップーは誤り、"


def test_english_terms_match_whole_words_in_any_case_and_listed_other_forms():
    soup = marked("<p>Boxes and a strapless bag; a Strap.</p>", "en")
    assert links(soup) == [("Boxes", "../glossary/#term-box"), ("Strap", "../glossary/#term-strap")]


def test_code_headings_links_header_cells_captions_and_drawings_are_left_alone():
    html = (
        "<h2>A box</h2><p><code>box</code> <a href='x'>box</a></p>"
        "<table><caption>box</caption><tr><th>box</th><td>box</td></tr></table>"
        "<svg><text>strap</text></svg><p>strap</p>"
    )
    soup = marked(html, "en")
    assert links(soup) == [("box", "../glossary/#term-box"), ("strap", "../glossary/#term-strap")]
    assert soup.select_one("td a.glossary-term") is not None
    assert soup.h2.a is None and soup.th.a is None and soup.caption.a is None


def test_the_definition_is_the_links_plain_text_title():
    soup = marked("<p>a box</p>", "en")
    assert soup.a["title"] == "A rigid container."
