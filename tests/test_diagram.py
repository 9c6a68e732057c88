"""The architecture diagram: inline SVG drawn from the data file, in the page's language."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from comparison.checks import pages_under
from comparison.diagram import SMALLEST_SIZE, render_diagram, text_width
from comparison.loading import load_data
from comparison.problems import DataFileError
from comparison.text import JAPANESE_CHARACTERS
from conftest import FIXTURE_SITE

DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))


def drawn(language: str) -> BeautifulSoup:
    return BeautifulSoup(render_diagram(DATA, "layers", language), "html.parser")


def test_one_svg_per_stack_with_its_layers_as_text_in_the_pages_language():
    english, japanese = drawn("en"), drawn("ja")
    assert [svg["data-subject"] for svg in english.select("svg")] == ["box", "bag"]
    box = english.select_one("svg[data-subject=box]")
    # The subject's name, three side-by-side "Goods", then the label and detail of one layer.
    assert [t.get_text() for t in box.select("text")] == [
        "Box",
        "Goods",
        "Goods",
        "Goods",
        "Dividers",
        "cardboard",
        "Box",
    ]
    assert [t.get_text() for t in japanese.select("svg[data-subject=box] text")] == [
        "箱",
        "品物",
        "品物",
        "品物",
        "仕切り",
        "厚紙",
        "箱",
    ]
    assert not JAPANESE_CHARACTERS.search(str(english))
    assert japanese.figcaption.get_text() == "箱と袋の中身"


def test_each_stack_has_a_text_alternative_naming_its_layers_in_order():
    box = drawn("en").select_one("svg[data-subject=box]")
    assert box["role"] == "img"
    title = box.select_one("title")
    assert box["aria-labelledby"] == title["id"]
    assert title.get_text() == "Box, top to bottom: Goods ×3; Dividers (cardboard); Box"
    japanese = drawn("ja").select_one("svg[data-subject=box] title").get_text()
    assert japanese == "箱の構成（上から）：品物×3、仕切り（厚紙）、箱"


def test_repeated_layers_share_the_width_and_the_stack_grows_downwards():
    svg = drawn("en").select_one("svg[data-subject=box]")
    goods = svg.select(".diagram__layer--app rect")
    widths = {float(rect["width"]) for rect in goods}
    assert len(goods) == 3 and len(widths) == 1
    xs = [float(rect["x"]) for rect in goods]
    assert xs == sorted(xs) and xs[0] == 0
    ys = [float(g.rect["y"]) for g in svg.select("g.diagram__layer")]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_label_fits_its_box(language):
    for svg in drawn(language).select("svg"):
        for text in svg.select("g text"):
            box = text.find_previous_sibling("rect")
            room = float(box["width"]) - 2 * 8
            assert text_width(text.get_text(), float(text["font-size"])) <= room, text


def test_a_label_too_long_for_its_box_is_reported(tmp_path):
    data_file = tmp_path / "comparison.yml"
    long_label = "An extremely long label that no narrow box could ever hold"
    data_file.write_text(
        (FIXTURE_SITE / "comparison.yml")
        .read_text("utf-8")
        .replace(
            "{ja: 品物, en: Goods}, kind: app, repeat: 3",
            f"{{ja: 品物, en: {long_label}}}, kind: app, repeat: 3",
        ),
        "utf-8",
    )
    with pytest.raises(DataFileError) as caught:
        load_data(data_file, pages_under(FIXTURE_SITE / "docs"))
    assert [str(p) for p in caught.value.problems] == [
        f"comparison.yml:60: diagrams.layers.stacks[box].layers[0].label.en: '{long_label}' "
        "does not fit its box, even in the smallest type; expected a shorter text or a smaller "
        "`repeat`"
    ]
    assert text_width(long_label, SMALLEST_SIZE) > 300 / 3
