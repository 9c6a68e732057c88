"""The architecture diagram: inline SVG drawn from the data file, in the page's language."""

from __future__ import annotations

from bs4 import BeautifulSoup
from markdown.serializers import to_html_string

from comparison.builder import PageIds
from comparison.checks import pages_under
from comparison.diagram import render_diagram
from comparison.loading import load_data
from comparison.localized_text import JAPANESE_CHARACTERS
from conftest import FIXTURE_SITE
from data_problems import problems_after

DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))


def drawn(language: str) -> BeautifulSoup:
    return BeautifulSoup(
        to_html_string(render_diagram(DATA, "layers", language, ids=PageIds())), "html.parser"
    )


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


def test_labels_are_drawn_at_one_size_never_shrunk():
    sizes = {text["font-size"] for text in drawn("en").select("g text.diagram__label")}
    assert sizes == {"14"}


def test_a_label_too_long_for_its_box_is_reported(tmp_path):
    long_label = "An extremely long label that no narrow box could ever hold"
    assert problems_after(
        tmp_path,
        "{ja: 品物, en: Goods}, kind: app, repeat: 3",
        f"{{ja: 品物, en: {long_label}}}, kind: app, repeat: 3",
    ) == [
        f"comparison.yml:60: diagrams.layers.stacks[box].layers[0].label.en: '{long_label}' "
        "does not fit its box; expected a shorter text or a smaller "
        "`repeat`"
    ]


def test_a_subject_name_too_long_to_head_its_stack_is_reported(tmp_path):
    long_name = "A bag with a name far too long to stand above a diagram column"
    assert problems_after(tmp_path, "{ja: 袋, en: Bag}", f"{{ja: 袋, en: {long_name}}}") == [
        f"comparison.yml:7: subjects[bag].name.en: '{long_name}' does not fit above its stack "
        "in a diagram; expected a shorter name"
    ]
