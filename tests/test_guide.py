"""The data the readers' script reads, the script's budget, and where the site loads it.

What the script does in a browser is tested in test_guide_browser.py.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from markdown.serializers import to_html_string

from comparison.generated_words import WORDS
from comparison.guide import FILTER_WORDS, GUIDE_WORDS, script_json
from comparison.localized_text import JAPANESE_CHARACTERS
from conftest import ROOT
from page_rendering import FIXTURE_DATA as DATA
from page_rendering import render_page


def render_flowchart(language: str, page_path: str) -> str:
    return str(
        render_page(
            "<!-- compare:flowchart tree=pick -->\n", language=language, page_path=page_path
        )[0]
    )


def render_table(marker: str, language: str, page_path: str) -> str:
    return str(
        render_page(f"<!-- compare:table{marker} -->\n", language=language, page_path=page_path)[0]
    )


SCRIPT = ROOT / "overrides" / "assets" / "javascripts" / "readers.js"
BUDGET = 6 * 1024
"""Bytes, gzipped, for the guide and the table's choices together."""


def reader_data(html: str) -> list[dict]:
    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(element.string) for element in soup.select("script.reader-data")]


def test_reader_data_cannot_end_its_element_or_open_a_comment():
    hostile = {"text": "</script><!-- <b>bold</b> & </SCRIPT >"}
    page = f"<div>{to_html_string(script_json(hostile))}<p id='after'>after</p></div>"
    soup = BeautifulSoup(page, "html.parser")
    (element,) = soup.select("script")
    assert json.loads(element.string) == hostile
    assert "<" not in element.string and ">" not in element.string
    assert soup.select_one("#after").get_text() == "after"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_guide_data_is_the_tree_and_the_words_of_the_pages_language(language):
    chart = render_flowchart(language, "index.md")
    (data,) = reader_data(chart)
    tree = DATA.decision_trees["pick"]
    assert data["start"] == tree.start
    assert data["questions"] == {key: [q.yes, q.no] for key, q in tree.questions.items()}
    assert data["words"] == {key: WORDS[key][language] for key in GUIDE_WORDS}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_guide_is_written_at_its_first_question_before_the_whole_tree(language):
    """The page shows what the script would, so nothing moves when it takes over."""
    soup = BeautifulSoup(render_flowchart(language, "x.md"), "html.parser")
    figure = soup.select_one("figure.flowchart")
    guide, tree = figure.select_one(":scope > .guide"), figure.select_one(":scope > ol")
    assert guide.find_next_sibling("ol") is tree
    start = DATA.decision_trees["pick"].start
    question = DATA.decision_trees["pick"].questions[start].text[language]
    assert guide.select_one(".guide__question").get_text() == question
    assert guide.select_one(".guide__step").get_text() == WORDS["guide_step"][language].format(n=1)
    answers = guide.select(".guide__answers button")
    assert [b.get_text() for b in answers] == [WORDS[k][language] for k in ("yes", "no")]
    controls = guide.select(".guide__controls button")
    keys = ("guide_back", "guide_restart", "guide_show_all")
    assert [b.get_text() for b in controls] == [WORDS[k][language] for k in keys]
    assert [b.has_attr("hidden") for b in controls] == [True, True, False]
    assert all(b["type"] == "button" for b in answers + controls)
    assert guide.select_one(".guide__live")["aria-live"] == "polite"


def test_english_reader_data_has_no_japanese():
    chart = render_flowchart("en", "index.en.md")
    table = render_table("", "en", "index.en.md")
    soup = BeautifulSoup(chart + table, "html.parser")
    readers = " ".join(e.get_text() for e in soup.select(".guide, .comparison-filter"))
    assert not JAPANESE_CHARACTERS.search(readers + json.dumps(reader_data(chart + table)))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_full_table_comes_with_its_choices_every_box_ticked(language):
    full = render_table("", language, "index.md")
    soup = BeautifulSoup(full, "html.parser")
    form = soup.select_one(".comparison-filter")
    assert form.find_next_sibling("div")["class"] == ["comparison-table"]
    sets = {f["data-choice"]: f for f in form.select("fieldset")}
    assert sets["subjects"]["data-fewest"] == "2" and sets["groups"]["data-fewest"] == "1"
    assert sets["subjects"].legend.get_text() == WORDS["filter_subjects"][language]
    assert sets["groups"].legend.get_text() == WORDS["filter_groups"][language]
    for name, entries in (
        ("subjects", [(s.id, s.name[language]) for s in DATA.subjects]),
        ("groups", [(g.id, g.label[language]) for g in DATA.groups]),
    ):
        labels = sets[name].select("label")
        assert [(lb.input["value"], lb.get_text(strip=True)) for lb in labels] == entries
        assert all(lb.input.has_attr("checked") and lb.input["type"] == "checkbox" for lb in labels)
    (data,) = reader_data(full)
    assert data["words"] == {key: WORDS[key][language] for key in FILTER_WORDS}


def test_only_the_full_table_has_choices():
    for marker in (" group=use", " attributes=walls"):
        table = render_table(marker, "ja", "x.md")
        assert BeautifulSoup(table, "html.parser").select(".comparison-filter, script") == []


def test_every_cell_of_a_subject_names_it_and_every_group_is_marked():
    full = render_table("", "en", "index.en.md")
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
                assert quoted not in source, f"{quoted} belongs in generated_words.py"


def test_script_needs_nothing_a_strict_content_security_policy_forbids():
    source = SCRIPT.read_text("utf-8")
    for forbidden in ("eval(", "Function(", "innerHTML", "javascript:", ".style", '"style"'):
        assert forbidden not in source
    for timer in ("setTimeout(", "setInterval("):
        assert f'{timer}"' not in source and f"{timer}'" not in source  # code as a string


# ---- Where the site loads it ---------------------------------------------------------------


@pytest.fixture(scope="module")
def site(real_site) -> Path:
    return real_site


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
