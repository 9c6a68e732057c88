"""The real site builds strictly, in both languages, with what the data file says."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest

from conftest import ROOT, page, run_mkdocs_build

PAGES = ["", "virtual-machines", "containers", "choose", "hybrid", "comparison"]


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


def test_home_has_the_seed_overview_table_with_two_subjects(site):
    for path, first in (("", "仮想化の対象"), ("en", "What is virtualized")):
        table = page(site, path or ".").select_one(".comparison-table table")
        rows = table.select("tbody tr > th[scope=row]")
        assert len(rows) == 9
        assert rows[0].get_text().startswith(first)
        assert len(table.select("thead th")) == 3


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
        text = html_file.read_text("utf-8")
        assert "raw.githubusercontent.com" not in text, html_file
