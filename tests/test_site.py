"""The real site builds strictly, in both languages, with what the data file says."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from comparison.checks import pages_under
from comparison.loading import load_data
from conftest import ROOT, page, run_mkdocs_build

DATA = load_data(ROOT / "comparison.yml", pages_under(ROOT / "docs"))

PAGES = [
    "",
    "virtual-machines",
    "containers",
    "choose",
    "hybrid",
    "in-depth",
    "comparison",
    "glossary",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site_dir)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert warnings == []
    return site_dir


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_built_in_both_languages_with_its_language(site, path):
    japanese, english = page(site, path or "."), page(site, f"en/{path}")
    assert japanese.html["lang"] == "ja"
    assert english.html["lang"] == "en"


@pytest.mark.parametrize("path", PAGES)
def test_language_switcher_goes_to_the_same_page(site, path):
    japanese_url, english_url = f"/{path}/".replace("//", "/"), f"/en/{path}/".replace("//", "/")
    for url, other_language, other_url in (
        (english_url, "ja", japanese_url),
        (japanese_url, "en", english_url),
    ):
        soup = page(site, url.strip("/") or ".")
        link = soup.select_one(f".md-select__link[hreflang={other_language}]")
        assert urljoin(url, link["href"]) == other_url


def test_home_has_the_overview_table_of_the_subjects_its_marker_names(site):
    marker = next(
        line
        for line in (ROOT / "docs" / "index.md").read_text("utf-8").splitlines()
        if line.startswith("<!-- compare:table")
    )
    arguments = dict(part.split("=", 1) for part in marker.split()[2:-1])
    attributes, subjects = arguments["attributes"].split(","), arguments["subjects"].split(",")
    for path, language in (("", "ja"), ("en", "en")):
        table = page(site, path or ".").select_one(".comparison-table table")
        rows = table.select("tbody tr > th[scope=row]")
        labels = [next(a for a in DATA.attributes if a.id == i).label[language] for i in attributes]
        # Each label is followed by its source numbers.
        assert all(
            row.get_text().startswith(label) for row, label in zip(rows, labels, strict=True)
        )
        names = [DATA.subject(i).name[language] for i in subjects]
        assert [th.get_text() for th in table.select("thead th")][1:] == names


def test_the_two_subject_overview_leaves_out_notes_about_sandboxed_runtimes(site):
    about_sandboxes = [a for a in DATA.attributes if a.note and a.note.subject == "sandboxed"]
    assert about_sandboxes, "the data has no note about sandboxed runtimes alone"
    for path in ("", "en"):
        table = page(site, path or ".").select_one(".comparison-table table")
        notes = " ".join(n.get_text() for n in table.select(".comparison-table__note"))
        assert notes, "the overview has no note at all"
        for name in ("gVisor", "Firecracker", "Kata"):
            assert name not in notes


def test_every_source_is_checked_and_the_site_says_so_nowhere(site):
    assert [s.id for s in DATA.sources if s.checked == "unverified"] == []
    for path in ("comparison", "en/comparison"):
        text = page(site, path).get_text()
        assert "未確認" not in text and "not yet verified" not in text


def test_full_comparison_has_every_attribute_with_an_anchor(site):
    import yaml

    data = yaml.safe_load((ROOT / "comparison.yml").read_text("utf-8"))
    ids = [f"attr-{a['id']}" for a in data["attributes"]]
    for path in ("comparison", "en/comparison"):
        rows = page(site, path).select(".comparison-table tr[id]")
        assert sorted(row["id"] for row in rows) == sorted(ids)


def test_choosing_page_has_the_flowchart_in_both_languages(site):
    for path, caption in (("choose", "判断フローチャート"), ("en/choose", "decision flowchart")):
        figure = page(site, path).select_one("figure.flowchart")
        assert caption in figure.figcaption.get_text()
        assert len(figure.select(".flowchart__outcome a")) >= 4


def test_no_page_embeds_an_external_image(site):
    for html_file in site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text("utf-8"), "html.parser")
        for image in soup.select("img[src], image[href], source[srcset]"):
            address = image.get("src") or image.get("href") or image.get("srcset")
            assert not urlsplit(address).netloc, f"{html_file}: {address}"


def test_every_attribute_cites_a_source_checked_on_a_given_day():
    assert len(DATA.attributes) >= 35
    dated = {source.id for source in DATA.sources if source.checked != "unverified"}
    undated = [a.id for a in DATA.attributes if not dated & set(a.sources)]
    assert undated == []


def test_the_full_comparison_shows_every_subject_and_its_sources(site):
    for path in ("comparison", "en/comparison"):
        soup = page(site, path)
        headers = soup.select(".comparison-table thead th")
        assert len(headers) == 1 + len(DATA.subjects)
        assert len(soup.select(".comparison-sources li a[href^='https://']")) >= 10


def test_the_decision_tree_leads_to_each_kind_of_answer(site):
    outcomes = DATA.decision_trees["choose"].outcomes
    assert {o.subject for o in outcomes.values()} <= {s.id for s in DATA.subjects}
    for path in ("choose", "en/choose"):
        figure = page(site, path).select_one("figure.flowchart")
        shown = {p["data-node"] for p in figure.select(".flowchart__outcome")}
        assert shown == set(outcomes)


@pytest.mark.parametrize("path", ["", "hybrid"])
def test_the_architecture_diagram_has_a_stack_per_subject_in_both_languages(site, path):
    for language_path in (path or ".", f"en/{path}"):
        figure = page(site, language_path).select_one("figure.diagram")
        stacks = figure.select("svg[role=img]")
        assert sorted(svg["data-subject"] for svg in stacks) == sorted(s.id for s in DATA.subjects)
        assert all(svg.title.get_text() for svg in stacks)


def test_the_glossary_lists_every_term_and_other_pages_link_to_it(site):
    assert DATA.glossary is not None
    anchors = sorted(f"term-{term.id}" for term in DATA.glossary.terms)
    for glossary_path, home in (("glossary", "."), ("en/glossary", "en")):
        entries = page(site, glossary_path).select("dl.glossary > dt[id]")
        assert sorted(dt["id"] for dt in entries) == anchors
        links = page(site, home).select("a.glossary-term")
        assert links, f"no term is marked on {home}"
        assert all(a["href"].startswith("glossary/#term-") for a in links)
