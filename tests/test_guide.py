"""The data the readers' script reads, the script's budget, and where the site loads it.

What the script does in a browser is tested in test_guide_browser.py.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from comparison.checks import pages_under
from comparison.flowchart import render_flowchart
from comparison.guide import FILTER_WORDS, GUIDE_WORDS, script_json
from comparison.loading import load_data
from comparison.tables import TableRequest, render_table
from comparison.text import JAPANESE_CHARACTERS
from comparison.words import WORDS
from conftest import FIXTURE_SITE, ROOT, run_mkdocs_build

DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))
SCRIPT = ROOT / "overrides" / "assets" / "javascripts" / "readers.js"
BUDGET = 6 * 1024
"""Bytes, gzipped, for the guide and the table's choices together."""


def reader_data(html: str) -> list[dict]:
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(element.string) for element in soup.select("script.reader-data")]


def test_reader_data_cannot_end_its_element_or_open_a_comment():
    hostile = {"text": "</script><!-- <b>bold</b> & </SCRIPT >"}
    page = f"<div>{script_json(hostile)}<p id='after'>after</p></div>"
    soup = BeautifulSoup(page, "html.parser")
    (element,) = soup.select("script")
    assert json.loads(element.string) == hostile
    assert "<" not in element.string and ">" not in element.string
    assert soup.select_one("#after").get_text() == "after"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_guide_data_is_the_tree_and_the_words_of_the_pages_language(language):
    chart = render_flowchart(DATA, "pick", language, page_path="index.md")
    (data,) = reader_data(chart)
    tree = DATA.decision_trees["pick"]
    assert data["start"] == tree.start
    assert data["questions"] == {key: [q.yes, q.no] for key, q in tree.questions.items()}
    assert data["words"] == {key: WORDS[key][language] for key in GUIDE_WORDS}


def test_english_reader_data_has_no_japanese():
    chart = render_flowchart(DATA, "pick", "en", page_path="index.en.md")
    table = render_table(DATA, TableRequest(), "en", page_path="index.en.md", number=1)
    assert not JAPANESE_CHARACTERS.search(json.dumps(reader_data(chart + table)))


def test_only_the_full_table_carries_the_data_for_choices():
    full = render_table(DATA, TableRequest(), "ja", page_path="index.md", number=1)
    (data,) = reader_data(full)
    assert data["words"] == {key: WORDS[key]["ja"] for key in FILTER_WORDS}
    assert data["joiners"] == ["と", "、"]
    for request in (TableRequest(group="use"), TableRequest(attributes=("walls",))):
        assert reader_data(render_table(DATA, request, "ja", page_path="x.md", number=2)) == []


def test_every_cell_of_a_subject_names_it_and_every_group_is_marked():
    full = render_table(DATA, TableRequest(), "en", page_path="index.en.md", number=1)
    soup = BeautifulSoup(full, "html.parser")
    names = {subject.id: subject.name["en"] for subject in DATA.subjects}
    cells = soup.select("thead th[data-subject], tbody td[data-subject]")
    assert len(cells) == len(names) * (1 + len(DATA.attributes))
    assert all(cell["data-label"] == names[cell["data-subject"]] for cell in cells)
    assert [body["data-group"] for body in soup.select("tbody")] == [g.id for g in DATA.groups]


# ---- The script ----------------------------------------------------------------------------


def test_script_fits_its_budget():
    size = len(gzip.compress(SCRIPT.read_bytes(), compresslevel=9))
    print(f"{SCRIPT.name}: {size} bytes gzipped (budget {BUDGET})")
    assert size <= BUDGET


def test_script_holds_no_words_of_its_own():
    source = SCRIPT.read_text("utf-8")
    assert not JAPANESE_CHARACTERS.search(source)
    for key in GUIDE_WORDS + FILTER_WORDS:
        for text in WORDS[key].values():
            for quoted in (f'"{text}"', f"'{text}'", f"`{text}`"):
                assert quoted not in source, f"{quoted} belongs in words.py"


def test_script_needs_nothing_a_strict_content_security_policy_forbids():
    source = SCRIPT.read_text("utf-8")
    for forbidden in ("eval(", "Function(", "innerHTML", "javascript:", ".style", '"style"'):
        assert forbidden not in source
    for timer in ("setTimeout(", "setInterval("):
        assert f'{timer}"' not in source and f"{timer}'" not in source  # code as a string


# ---- Where the site loads it ---------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("readers-site")
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


def test_the_script_is_loaded_on_the_pages_that_use_it_and_nowhere_else(site):
    using = []
    for html_file in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(html_file.read_text("utf-8"), "html.parser")
        scripts = [s["src"] for s in soup.select("script[src]") if s["src"].endswith("readers.js")]
        has_data = bool(soup.select("script.reader-data"))
        assert len(scripts) == (1 if has_data else 0), html_file
        if scripts:
            served = (html_file.parent / scripts[0]).resolve()
            assert served == site / "assets" / "javascripts" / "readers.js"
            using.append(html_file.relative_to(site).parent.as_posix())
    assert {"choose", "comparison", "en/choose", "en/comparison"} <= set(using)
