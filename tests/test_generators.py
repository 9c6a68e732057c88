"""The generators' output as a reader and a screen reader meet it, in both languages."""

from __future__ import annotations

import pytest

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.localized_text import JAPANESE_CHARACTERS
from conftest import FIXTURE_SITE
from page_rendering import ATLAS, FIXTURE_DATA, render_page

ALL = (
    "<!-- compare:table -->\n\n<!-- compare:flowchart tree=pick -->\n\n"
    "<!-- compare:diagram name=layers -->\n"
)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_full_table_has_a_caption_column_and_row_headers_and_anchored_rows(language):
    soup, _ = render_page("<!-- compare:table -->\n", language=language, page_path="index.md")
    table = soup.select_one("div.comparison-table[role=region] table")
    caption_id = soup.select_one("div.comparison-table")["aria-labelledby"]
    assert table.caption["id"] == caption_id
    assert [th.get_text() for th in table.select("thead th")] == (
        ["項目", "箱", "袋"] if language == "ja" else ["Attribute", "Box", "Bag"]
    )
    assert [tr["id"] for tr in table.select("tr[id]")] == ["attr-walls", "attr-carry"]
    assert [th["scope"] for th in table.select("tbody th")] == [
        "rowgroup",
        "row",
        "rowgroup",
        "row",
    ]
    # The subject's page, relative to the page that shows the table.
    assert table.select_one("thead th a")["href"] == "index.md"


@pytest.mark.parametrize(
    ("language", "captions"),
    [
        ("ja", ["箱と袋の比較：壁", "箱と袋の比較：持ち方、壁"]),
        ("en", ["Box vs. Bag: Walls", "Box vs. Bag: How to carry, Walls"]),
    ],
)
def test_tables_of_a_few_chosen_attributes_name_them_so_each_has_its_own_name(language, captions):
    soup, found = render_page(
        "<!-- compare:table attributes=walls -->\n\n"
        "<!-- compare:table attributes=carry,walls -->\n",
        language=language,
    )
    assert found == []
    assert [caption.get_text() for caption in soup.select("caption")] == captions
    names = [
        soup.find(id=region["aria-labelledby"]).get_text()
        for region in soup.select("div.comparison-table[role=region]")
    ]
    assert names == captions


def test_a_table_of_many_chosen_attributes_says_so_in_its_caption():
    walls = FIXTURE_DATA.attributes[0]
    many = [walls.model_copy(update={"id": f"walls-{n}"}) for n in range(5)]
    data = FIXTURE_DATA.model_copy(update={"attributes": many})
    soup, _ = render_page(
        "<!-- compare:table attributes=walls-0,walls-1,walls-2,walls-3,walls-4 -->\n", data=data
    )
    assert soup.caption.get_text() == "Box vs. Bag: key attributes"


def test_values_keep_their_markdown_and_links_point_to_pages_relative_to_the_page():
    soup, _ = render_page("<!-- compare:table -->\n", page_path="guide/deep/index.en.md")
    cell = soup.select_one("tr#attr-walls td[data-subject=box]")
    assert cell.strong.get_text() == "Rigid"
    assert cell.a["href"] == "../index.md#carry"
    assert soup.select_one("tr#attr-walls td[data-subject=bag] code").get_text() == "a|b<c"


def test_a_chosen_table_has_no_row_anchors_and_names_its_choice():
    soup, _ = render_page("<!-- compare:table group=use -->\n", language="ja")
    assert soup.caption.get_text() == "用途：箱と袋の比較"
    assert not soup.select("tr[id^=attr-]")


def test_sources_are_numbered_in_order_and_linked_from_rows():
    soup, _ = render_page("<!-- compare:table -->\n")
    mark = soup.select_one("tr#attr-walls th sup a")
    assert mark.get_text() == "[1]"
    source = soup.select_one(mark["href"])
    assert source.name == "li" and source.a["href"] == "https://example.org/manual"


def test_sources_are_numbered_in_the_order_rows_are_drawn_group_by_group():
    # In the data file `carry` (group `use`) comes first and cites `atlas`; the table draws the
    # `shape` group first, so `walls` and its `manual` are met first.
    walls, carry = FIXTURE_DATA.attributes
    data = FIXTURE_DATA.model_copy(
        update={
            "attributes": [carry.model_copy(update={"sources": ["atlas"]}), walls],
            "sources": [ATLAS, *FIXTURE_DATA.sources],
        }
    )
    soup, found = render_page("<!-- compare:table -->\n", data=data)
    assert found == []
    marks = [
        (tr["id"], a.get_text()) for tr in soup.select("tr[id]") for a in tr.select("th sup a")
    ]
    assert marks == [("attr-walls", "[1]"), ("attr-carry", "[2]")]
    assert [li.a["href"] for li in soup.select("div.comparison-sources li")] == [
        "https://example.org/manual",
        "https://example.org/atlas",
    ]


def test_a_rows_source_marks_ascend_whatever_order_the_data_file_lists_them_in():
    # `walls` cites `manual`, met first; `carry` lists `atlas` (new, [2]) before `manual` ([1]).
    walls, carry = FIXTURE_DATA.attributes
    data = FIXTURE_DATA.model_copy(
        update={
            "attributes": [walls, carry.model_copy(update={"sources": ["atlas", "manual"]})],
            "sources": [ATLAS, *FIXTURE_DATA.sources],
        }
    )
    soup, found = render_page("<!-- compare:table -->\n", data=data)
    assert found == []
    marks = [a.get_text() for a in soup.select("tr#attr-carry th sup a")]
    assert marks == ["[1]", "[2]"]


def test_a_note_about_one_subject_names_it_so_readers_can_hide_it_with_the_subject():
    walls, carry = FIXTURE_DATA.attributes
    about_bag = carry.note.model_copy(update={"subject": "bag"})
    data = FIXTURE_DATA.model_copy(
        update={"attributes": [walls, carry.model_copy(update={"note": about_bag})]}
    )
    soup, _ = render_page("<!-- compare:table -->\n", data=data)
    assert [row.get("data-subject") for row in soup.select("tr.comparison-table__note-row")] == [
        "bag"
    ]
    plain, _ = render_page("<!-- compare:table -->\n")
    assert plain.select_one("tr.comparison-table__note-row").get("data-subject") is None


def test_notes_take_a_full_width_row():
    soup, _ = render_page("<!-- compare:table -->\n")
    note = soup.select_one("tr.comparison-table__note-row td")
    assert note["colspan"] == "3" and note.get_text() == "Note: A rule of thumb"


def test_flowchart_is_the_same_graph_in_both_languages():
    def graph(language: str) -> list[tuple[str, str | None]]:
        soup, _ = render_page("<!-- compare:flowchart tree=pick -->\n", language=language)
        return [
            (el.name, el.get("data-node"))
            for el in soup.select("figure.flowchart *")
            if el.name in ("ol", "ul", "li", "p")
        ]

    assert graph("ja") == graph("en")


def test_flowchart_outcomes_link_to_their_pages():
    soup, _ = render_page("<!-- compare:flowchart tree=pick -->\n", page_path="guide/index.en.md")
    outcomes = {p["data-node"]: p.a["href"] for p in soup.select("p.flowchart__outcome")}
    assert outcomes == {"box": "../index.md", "bag": "deep/index.md#bags"}


def test_english_output_has_no_japanese_generated_text():
    soup, found = render_page(ALL, language="en", page_path="index.en.md")
    assert found == [] and not JAPANESE_CHARACTERS.search(soup.get_text())


@pytest.mark.parametrize(("columns", "shown"), [("box", False), ("box,bag", True)])
def test_a_note_about_one_subject_shows_only_where_that_subject_is_a_column(
    tmp_path, columns, shown
):
    text = (FIXTURE_SITE / "comparison.yml").read_text("utf-8")
    about_bags = "    note: {ja: 目安です, en: A rule of thumb, subject: bag}"
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(text.replace("    note: {ja: 目安です, en: A rule of thumb}", about_bags))
    data = load_data(data_file, pages_under(FIXTURE_SITE / "docs"))
    marker = f"<!-- compare:table attributes=carry subjects={columns} -->\n"

    def note_rows(data) -> list[str]:
        soup, _ = render_page(marker, data=data)
        return [row.get_text() for row in soup.select("tr.comparison-table__note-row")]

    assert note_rows(data) == (["Note: A rule of thumb"] if shown else [])
    # A note about every subject stays in any table.
    assert note_rows(FIXTURE_DATA) == ["Note: A rule of thumb"]


def test_generated_japanese_puts_a_space_between_latin_and_japanese_words_only():
    from comparison.generated_words import spaced

    assert spaced("マイクロVMの比較", "ja") == "マイクロ VM の比較"
    assert spaced("CPU・メモリ（VM）", "ja") == "CPU・メモリ（VM）"  # punctuation: no space
    assert spaced("microVM vs. VM", "en") == "microVM vs. VM"
