"""Golden tests of the pure generators, and the properties the golden files stand for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from comparison.checks import pages_under
from comparison.flowchart import render_flowchart
from comparison.loading import load_data
from comparison.tables import TableRequest, render_table
from comparison.text import JAPANESE_CHARACTERS
from conftest import FIXTURE_SITE

GOLDEN = Path(__file__).parent / "golden"
DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))


def golden(name: str) -> str:
    return (GOLDEN / name).read_text("utf-8")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_full_table_on_a_top_level_page(language):
    output = render_table(DATA, TableRequest(), language, page_path="index.md", number=1)
    assert output + "\n" == golden(f"table-full.{language}.md")


def test_chosen_attributes_and_subjects_two_folders_down():
    request = TableRequest(attributes=("walls",), subjects=("bag",))
    output = render_table(DATA, request, "en", page_path="guide/deep/index.en.md", number=2)
    assert output + "\n" == golden("table-chosen.en.md")


def test_one_group_names_the_group_in_its_caption():
    output = render_table(DATA, TableRequest(group="use"), "ja", page_path="index.md", number=1)
    assert (
        '<caption id="table-1-caption" markdown="span">'
        '<span class="comparison-table__caption">用途：箱と袋の比較</span></caption>'
    ) in output
    assert "attr-" not in output  # only the full table gives rows their citable anchors


@pytest.mark.parametrize("language", ["ja", "en"])
def test_flowchart_one_folder_down(language):
    output = render_flowchart(DATA, "pick", language, page_path=f"guide/index.{language}.md")
    assert output + "\n" == golden(f"flowchart.{language}.md")


def test_flowchart_is_the_same_graph_in_both_languages():
    def graph(language: str) -> list[str]:
        output = render_flowchart(DATA, "pick", language, page_path="index.md")
        return re.findall(r'data-node="([^"]+)"|<(/?(?:ol|ul|li))', output)

    assert graph("ja") == graph("en")


def test_english_output_has_no_japanese_generated_text():
    table = render_table(DATA, TableRequest(), "en", page_path="index.en.md", number=1)
    chart = render_flowchart(DATA, "pick", "en", page_path="index.en.md")
    assert not JAPANESE_CHARACTERS.search(table + chart)


@pytest.mark.parametrize(("columns", "shown"), [(("box",), False), (("box", "bag"), True)])
def test_a_note_about_one_subject_shows_only_where_that_subject_is_a_column(
    tmp_path, columns, shown
):
    text = (FIXTURE_SITE / "comparison.yml").read_text("utf-8")
    about_bags = "    note: {ja: 目安です, en: A rule of thumb, subject: bag}"
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(text.replace("    note: {ja: 目安です, en: A rule of thumb}", about_bags))
    data = load_data(data_file, pages_under(FIXTURE_SITE / "docs"))
    request = TableRequest(attributes=("carry",), subjects=columns)

    def note_rows(table: str) -> list[str]:
        soup = BeautifulSoup(table, "html.parser")
        return [row.get_text() for row in soup.select("tr.comparison-table__note-row")]

    output = render_table(data, request, "en", page_path="index.md", number=1)
    assert note_rows(output) == (["Note: A rule of thumb"] if shown else [])
    # A note about every subject stays in any table.
    everyone = render_table(DATA, request, "en", page_path="index.md", number=1)
    assert note_rows(everyone) == ["Note: A rule of thumb"]
