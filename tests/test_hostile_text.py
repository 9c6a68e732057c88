"""One hostile text through every generator: whatever the data file says, it stays text.

The data file comes by pull request from anyone. Every text field that a generator shows is
set to the same hostile string, the page is rendered as the site renders it, and the parsed
output must hold the string as text (in cells, captions, SVG, tooltips, footnotes…) and no
markup of its own.
"""

from __future__ import annotations

import json

import pytest

from comparison.model import ComparisonData
from comparison.yaml_reader import read_yaml
from conftest import FIXTURE_SITE
from data_problems import problems_after
from page_rendering import render_page

HOSTILE = "<img src=x onerror=alert(1)> & \" ' `x` ]]> </script> <!-- --> <b>"
SEEN_AS = "<img src=x onerror=alert(1)> & \" ' x ]]> </script> <!-- --> <b>"
"""What a reader sees of it: everything as written, the code span's backticks taken off."""

PAGE = (
    "<!-- compare:table -->\n\n<!-- compare:flowchart tree=pick -->\n\n"
    "<!-- compare:diagram name=layers -->\n\nHostile.[^manual]\n"
)


def _hostile(node, key=""):
    """The fixture data with every shown text (not ids, kinds or addresses) made hostile."""
    if isinstance(node, dict):
        if set(node) == {"ja", "en"}:
            return {"ja": HOSTILE, "en": HOSTILE}
        return {k: _hostile(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_hostile(item, key) for item in node]
    if isinstance(node, str) and key in ("title", "publisher", "name", "bag"):
        return HOSTILE
    return node


@pytest.fixture(scope="module")
def hostile_data() -> ComparisonData:
    raw, _ = read_yaml(FIXTURE_SITE / "comparison.yml", "comparison.yml")
    raw = _hostile(raw)
    raw["glossary"]["terms"][0]["term"] = {"ja": "箱のふた", "en": "hostile"}
    return ComparisonData.model_validate(raw)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_generated_place_shows_the_text_and_adds_no_markup(hostile_data, language):
    soup, found = render_page(
        PAGE + "\nA hostile word, 箱のふた.\n", language=language, data=hostile_data
    )
    assert found == []
    assert not soup.select("img, b, iframe, object")
    # The only scripts are the readers' data, JSON that the hostile text cannot break out of.
    for script in soup.select("script"):
        assert script["type"] == "application/json" and "<" not in script.string
        json.loads(script.string)
    assert any(SEEN_AS in a.get_text() for a in soup.select(".comparison-filter label"))
    places = {
        "caption": soup.select_one("caption"),
        "header cell": soup.select_one("thead th[data-subject] a"),
        "value cell": soup.select_one("td[data-subject=bag]"),
        "row header": soup.select_one("tbody th[scope=row]"),
        "group row": soup.select_one("th[scope=rowgroup]"),
        "note": soup.select_one(".comparison-table__note"),
        "source": soup.select_one(".comparison-sources li"),
        "flowchart caption": soup.select_one("figure.flowchart figcaption"),
        "question": soup.select_one(".flowchart__text"),
        "outcome": soup.select_one(".flowchart__outcome"),
        "svg text": soup.select_one("svg text.diagram__label"),
        "svg title": soup.select_one("svg title"),
        "diagram caption": soup.select_one("figure.diagram figcaption"),
        "footnote": soup.select_one("div.footnote li p"),
    }
    for name, element in places.items():
        assert element is not None, name
        assert SEEN_AS in element.get_text(), name
    term = soup.select_one("a.glossary-term")
    assert term["title"] == SEEN_AS  # an attribute value, quotes and all


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_glossary_shows_the_text_and_adds_no_markup(hostile_data, language):
    soup, found = render_page(
        "<!-- compare:glossary -->\n", language=language, data=hostile_data, glossary_path=None
    )
    assert found == [] and not soup.select("img, script, b")
    assert any(SEEN_AS in dd.get_text() for dd in soup.select("dd"))
    # A source's title is plain text, not Markdown: shown exactly as written.
    assert any(HOSTILE in a.get_text() for a in soup.select("dd .glossary__sources a"))


@pytest.mark.parametrize(
    "target", ["javascript:alert(3)", "data:text/html,<b>x</b>", "vbscript:x", "//evil.example"]
)
def test_a_link_that_is_no_web_address_or_page_is_a_located_error(tmp_path, target):
    assert problems_after(
        tmp_path, "en: A rule of thumb", f'en: "A rule of [thumb]({target})"'
    ) == [
        f"comparison.yml:27: attributes[carry].note.en: link target {target!r} is not allowed; "
        "expected an address starting with https:// or http://, or a page path relative to "
        "docs/ (for example containers.md#kernel)"
    ]


def test_a_refused_link_that_reaches_a_generator_is_no_link(hostile_data):
    raw = hostile_data.model_dump()
    raw["attributes"][0]["values"]["box"] = {
        "ja": "[x](javascript:alert(1))",
        "en": "[x](javascript:alert(1))",
    }
    soup, _ = render_page("<!-- compare:table -->\n", data=ComparisonData.model_validate(raw))
    assert not [a for a in soup.select("a[href]") if "javascript" in a["href"].lower()]


def test_the_message_for_a_javascript_link_reads_as_contributing_quotes_it(tmp_path):
    assert problems_after(
        tmp_path, "en: A rule of thumb", 'en: "A rule of [thumb](javascript:alert(3))"'
    ) == [
        "comparison.yml:27: attributes[carry].note.en: link target 'javascript:alert(3)' is not "
        "allowed; expected an address starting with https:// or http://, or a page path relative "
        "to docs/ (for example containers.md#kernel)"
    ]
