"""Real builds of the small fixture site, read back with an HTML parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from comparison.localized_text import JAPANESE_CHARACTERS
from conftest import build_in_process, page, run_mkdocs_build


@pytest.fixture
def built(fixture_site: Path, tmp_path: Path) -> Path:
    site_dir = tmp_path / "built"
    result = run_mkdocs_build(fixture_site / "mkdocs.yml", site_dir)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return site_dir


def generated_text(soup: BeautifulSoup) -> str:
    parts = soup.select(".comparison-table, .comparison-sources, figure.flowchart")
    assert parts, "the page has no generated table or flowchart"
    return " ".join(part.get_text(" ", strip=True) for part in parts)


def test_each_language_has_its_tables_and_flowcharts_in_its_own_language(built):
    japanese, english = page(built, "."), page(built, "en")
    assert japanese.html["lang"] == "ja" and english.html["lang"] == "en"

    assert japanese.select_one("caption").get_text() == "箱と袋の比較（全項目）"
    assert english.select_one("caption").get_text() == "Box vs. Bag: every attribute"
    assert [th.get_text() for th in english.select("thead th")] == ["Attribute", "Box", "Bag"]
    assert [th.get_text() for th in japanese.select("thead th")] == ["項目", "箱", "袋"]
    assert english.select_one("figure.flowchart figcaption").get_text() == "Box or bag"
    assert japanese.select_one("figure.flowchart figcaption").get_text() == "箱か袋か"
    assert not JAPANESE_CHARACTERS.search(generated_text(english))
    for path in ("en/guide", "en/guide/deep"):
        assert not JAPANESE_CHARACTERS.search(generated_text(page(built, path)))


def test_tables_are_accessible(built):
    table = page(built, "en").select_one("table")
    assert table.select_one("caption").get_text(strip=True)
    header_cells = table.select("thead th")
    assert all(th.get("scope") == "col" and th.get_text(strip=True) for th in header_cells)
    row_headers = table.select("tbody tr:not(.comparison-table__group) > th")
    assert [th.get("scope") for th in row_headers] == ["row", "row"]
    assert [tr["id"] for tr in table.select("tr[id]")] == ["attr-walls", "attr-carry"]


def test_values_keep_markdown_and_show_html_pipes_and_less_than_as_text(built):
    english = page(built, "en")
    walls = english.select_one("#attr-walls")
    assert walls.select_one("td strong").get_text() == "Rigid"
    assert walls.select("td code")[-1].get_text() == "a|b<c"
    carry = english.select_one("#attr-carry td")
    assert carry.get_text() == "Both hands <b>only</b> | always"
    assert carry.find("b") is None


def test_links_point_to_the_page_in_the_same_language_at_any_depth(built):
    top = page(built, "en").select_one("#attr-walls td a")["href"]
    assert top == "guide/#carry"
    deep = page(built, "en/guide/deep")
    outcome_links = [a["href"] for a in deep.select(".flowchart__outcome a")]
    assert outcome_links == ["../../", "./#bags", "../../"]
    japanese_deep = page(built, "guide/deep")
    assert [a["href"] for a in japanese_deep.select(".flowchart__outcome a")] == outcome_links
    assert [a.get_text() for a in japanese_deep.select(".flowchart__outcome a")] == [
        "箱",
        "袋に入れる",
        "箱",
    ]


def test_sources_are_listed_under_the_table_with_their_date(built):
    item = page(built, "en").select_one(".comparison-sources li")
    assert item.get_text() == "Example Press, The Box Manual (checked 2026-11-26)"
    assert item.a["href"] == "https://example.org/manual"
    japanese = page(built, ".").select_one(".comparison-sources li")
    assert japanese.select_one("a span[lang=en]").get_text() == "The Box Manual"


def test_a_changed_fact_and_a_new_attribute_reach_both_languages_without_a_page_edit(
    fixture_site: Path, tmp_path: Path
):
    config, data_file = fixture_site / "mkdocs.yml", fixture_site / "comparison.yml"
    build_in_process(config, tmp_path / "first")
    assert page(tmp_path / "first", "en").select_one("#attr-carry td + td").get_text() == "Strap"

    # The same process builds again, as `mkdocs serve` does after an edit of the data file.
    text = data_file.read_text("utf-8").replace("bag: Strap", "bag: Shoulder strap")
    text = text.replace(
        "sources:\n  - id: manual",
        "  - id: handles\n    group: use\n    label: {ja: 取っ手, en: Handles}\n"
        "    values:\n      box: {ja: なし, en: None}\n      bag: {ja: 二つ, en: Two}\n"
        "sources:\n  - id: manual",
    )
    data_file.write_text(text, "utf-8")
    build_in_process(config, tmp_path / "second")

    for path, expected in (("en", ["Handles", "None", "Two"]), (".", ["取っ手", "なし", "二つ"])):
        soup = page(tmp_path / "second", path)
        assert soup.select_one("#attr-carry td + td").get_text() == "Shoulder strap"
        assert [cell.get_text() for cell in soup.select("#attr-handles > *")] == expected


def test_bad_data_stops_the_build_with_its_message_and_no_traceback(fixture_site, tmp_path):
    data_file = fixture_site / "comparison.yml"
    data_file.write_text(
        data_file.read_text("utf-8").replace("        no: soft\n", "        no: nowhere\n"),
        "utf-8",
    )
    result = run_mkdocs_build(fixture_site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "comparison.yml:42: decision_trees.pick.questions.heavy.no: branch points nowhere: "
        "'nowhere' is no question or outcome of this tree" in result.stderr
    )


def test_a_bad_marker_stops_the_build_naming_page_and_line(fixture_site, tmp_path):
    # Misspelt alike in both languages, so that the pages still match each other.
    for name in ("index.md", "index.en.md"):
        guide = fixture_site / "docs" / "guide" / name
        text = guide.read_text("utf-8")
        guide.write_text(
            text.replace("compare:table group=use", "compare:tabel group=use"), "utf-8"
        )
    result = run_mkdocs_build(fixture_site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "docs/guide/index.md:9: compare:tabel group=use: unknown marker" in result.stderr


def test_glossary_terms_link_their_first_use_to_the_entry_in_the_same_language(built):
    for path, glossary_path, expected in (
        # Captions and header cells are skipped: the first uses are in the table's body cells
        # (English "Strap") and in the paragraph, where 箱のふた is found before 箱 inside it.
        (
            ".",
            "glossary",
            [
                ("箱のふた", "glossary/#term-box-lid"),
                ("箱", "glossary/#term-box"),
                ("ストラップ", "glossary/#term-strap"),
            ],
        ),
        (
            "en",
            "en/glossary",
            [
                ("Strap", "glossary/#term-strap"),
                ("box lid", "glossary/#term-box-lid"),
                ("box", "glossary/#term-box"),
            ],
        ),
    ):
        soup = page(built, path)
        terms = [(a.get_text(), a["href"]) for a in soup.select("article a.glossary-term")]
        assert terms == expected
        entries = page(built, glossary_path)
        for _, href in terms:
            assert entries.select_one("#" + href.partition("#")[2]) is not None
        assert not entries.select("a.glossary-term"), "the glossary does not link to itself"


def test_the_diagram_is_drawn_in_each_language(built):
    english = page(built, "en").select_one("figure.diagram")
    japanese = page(built, ".").select_one("figure.diagram")
    assert [svg["data-subject"] for svg in english.select("svg")] == ["box", "bag"]
    assert english.select_one("svg text").get_text() == "Box"
    assert japanese.select_one("svg text").get_text() == "箱"
    assert not JAPANESE_CHARACTERS.search(english.get_text())
