"""Inline Markdown from the data file: escaping and link rewriting."""

import markdown
import pytest

from comparison import inline


def rendered(text: str) -> str:
    """What Python-Markdown makes of the prepared text, without the paragraph around it."""
    return markdown.markdown(text).removeprefix("<p>").removesuffix("</p>")


def test_raw_html_is_shown_as_text_not_injected():
    assert rendered(inline.for_page("run <script>alert(1)</script>", "index.md")) == (
        "run &lt;script&gt;alert(1)&lt;/script&gt;"
    )


def test_less_than_and_pipe_show_as_themselves_inside_and_outside_code():
    text = inline.for_page("a | b < c and `x|y<z`", "index.md")
    assert rendered(text) == "a | b &lt; c and <code>x|y&lt;z</code>"


def test_code_spans_are_left_for_markdown_to_escape():
    # Escaping inside the span as well would show "&lt;" to the reader.
    assert inline.for_page("`<b>`", "index.md") == "`<b>`"
    assert inline.for_page("``a ` <b>``", "index.md") == "``a ` <b>``"


@pytest.mark.parametrize(
    ("page_path", "expected"),
    [
        ("index.md", "[kernel](containers.md#kernel)"),
        ("index.en.md", "[kernel](containers.md#kernel)"),
        ("guide/choose.md", "[kernel](../containers.md#kernel)"),
        ("guide/deep/choose.en.md", "[kernel](../../containers.md#kernel)"),
    ],
)
def test_page_links_are_rewritten_for_the_page_that_shows_them(page_path, expected):
    assert inline.for_page("[kernel](containers.md#kernel)", page_path) == expected


def test_links_into_a_folder_from_a_page_in_another_folder():
    assert inline.relative_link("guide/a.md#x", "other/b.md") == "../guide/a.md#x"
    assert inline.relative_link("guide/a.md", "guide/b.md") == "a.md"


def test_web_addresses_and_anchors_are_left_alone():
    text = "[spec](https://example.org/a.md) and [here](#top)"
    assert inline.for_page(text, "guide/x.md") == text


def test_links_inside_code_spans_are_neither_rewritten_nor_reported():
    text = "`[a](b.md)` and [c](d.md)"
    assert inline.for_page(text, "guide/x.md") == "`[a](b.md)` and [c](../d.md)"
    assert inline.page_links(text) == ["d.md"]
