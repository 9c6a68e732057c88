"""Inline Markdown of the data file: read by Python-Markdown's own rules, links checked."""

import pytest
from markdown.serializers import to_html_string

from comparison import inline


def html(text: str) -> str:
    return to_html_string(inline.parse(text)).removeprefix("<span>").removesuffix("</span>")


def test_raw_html_is_shown_as_text_not_injected():
    assert html("run <script>alert(1)</script>") == "run &lt;script&gt;alert(1)&lt;/script&gt;"


def test_code_spans_follow_python_markdowns_backtick_rules():
    # A double-backtick span holds single backticks: everything in it is code, escaped once.
    assert html("``a`<img src=x onerror=alert(1)>` ``") == (
        "<code>a`&lt;img src=x onerror=alert(1)&gt;`</code>"
    )
    assert html("a | b < c and `x|y<z`") == "a | b &lt; c and <code>x|y&lt;z</code>"


def test_emphasis_code_and_links_are_elements():
    element = inline.parse("**bold** `code` [link](https://example.org)")
    assert [child.tag for child in element] == ["strong", "code", "a"]


@pytest.mark.parametrize(
    ("page_path", "expected"),
    [
        ("index.md", "containers.md#kernel"),
        ("index.en.md", "containers.md#kernel"),
        ("guide/choose.md", "../containers.md#kernel"),
        ("guide/deep/choose.en.md", "../../containers.md#kernel"),
    ],
)
def test_page_links_are_rewritten_for_the_page_that_shows_them(page_path, expected):
    import xml.etree.ElementTree as etree

    cell = inline.append_to(etree.Element("td"), "[kernel](containers.md#kernel)", page_path)
    assert cell.find("a").get("href") == expected


def test_web_addresses_are_left_alone():
    assert (
        inline.relative_link("https://example.org/a.md", "guide/x.md") == "https://example.org/a.md"
    )


def test_links_inside_code_spans_are_neither_links_nor_reported():
    text = "`[a](b.md)` and [c](d.md)"
    assert inline.page_links(text) == ["d.md"]
    assert inline.link_targets("`[x](javascript:alert(1))`") == []


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(3)",
        "JavaScript:alert(3)",
        "data:text/html,x",
        "vbscript:x",
        "#top",
        "/absolute.md",
        "../outside.md",
        "mailto:a@example.org",
        "page.html",
        "ftp://example.org",
    ],
)
def test_link_targets_other_than_web_addresses_and_pages_are_refused(target):
    assert inline.link_problem(target) is not None


@pytest.mark.parametrize(
    "target",
    ["https://example.org/a?b=c#d", "http://example.org", "containers.md", "guide/x.md#anchor-1"],
)
def test_web_addresses_and_page_paths_are_allowed(target):
    assert inline.link_problem(target) is None


def test_plain_text_drops_markup_but_keeps_what_a_reader_sees():
    assert inline.plain_text("A **rigid** [box](x.md) `<b>`") == "A rigid box <b>"
