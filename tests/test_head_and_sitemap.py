"""What search engines and link previews read: the head, sitemap.xml, and the 404 page.

Built for a site published below a path (`https://example.org/docs/`), so that every
absolute URL must be made from the configured site URL, not assumed to be at `/`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import ROOT, page, run_mkdocs_build

SITE_URL = "https://example.org/docs/"
PAGES = sorted(
    "" if source.stem == "index" else source.relative_to(ROOT / "docs").with_suffix("").as_posix()
    for source in (ROOT / "docs").rglob("*.md")
    if not source.name.endswith(".en.md")
)
XHTML = "{http://www.w3.org/1999/xhtml}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site_dir, env={"SITE_URL": SITE_URL})
    assert result.returncode == 0, result.stderr
    return site_dir


def url_of(path: str) -> str:
    return SITE_URL + (f"{path}/" if path else "")


def test_sitemap_lists_every_page_of_both_languages_with_absolute_alternates(site):
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    entries = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in root.iter(f"{SITEMAP}url")
    }
    expected = {}
    for path in PAGES:
        alternates = {
            "ja": url_of(path),
            "en": url_of(f"en/{path}".rstrip("/")),
            "x-default": url_of(path),
        }
        expected[url_of(path)] = alternates
        expected[url_of(f"en/{path}".rstrip("/"))] = alternates
    assert entries == expected


@pytest.mark.parametrize(
    ("path", "site_name"), [("", "コンテナと仮想マシン"), ("en", "Containers and virtual machines")]
)
def test_each_languages_home_page_is_titled_by_the_sites_name(site, path, site_name):
    head = page(site, path or ".").head
    assert head.title.get_text().strip() == site_name
    assert head.select_one("meta[property='og:title']")["content"] == site_name
    other = page(site, f"{path}/choose".lstrip("/")).head.title.get_text().strip()
    assert other.endswith(f" - {site_name}")


@pytest.mark.parametrize("path", PAGES + [f"en/{p}".rstrip("/") for p in PAGES])
def test_head_has_canonical_and_open_graph_and_no_alternate_links(site, path):
    head = page(site, path or ".").head
    # Material fetches sitemap.xml beside every alternate link in the head: none there.
    assert head.select("link[rel=alternate]") == []
    assert head.select_one("link[rel=canonical]")["href"] == url_of(path)
    description = head.select_one("meta[name=description]")["content"]
    assert head.select_one("meta[property='og:description']")["content"] == description
    title = head.select_one("meta[property='og:title']")["content"]
    assert title and title == head.title.get_text().strip()
    assert head.select_one("meta[property='og:url']")["content"] == url_of(path)


@pytest.mark.parametrize("path", ["", "choose", "en", "en/choose"])
def test_the_switcher_marks_the_other_languages_name_as_that_language(site, path):
    links = page(site, path or ".").select(".md-select__link")
    assert {(link["hreflang"], link.get("lang"), link.get_text().strip()) for link in links} == {
        ("ja", "ja", "日本語"),
        ("en", "en", "English"),
    }


def test_search_dialog_has_a_name_in_the_pages_language(site):
    assert page(site, ".").select_one(".md-search[role=dialog]")["aria-label"] == "検索"
    assert page(site, "en").select_one(".md-search[role=dialog]")["aria-label"] == "Search"


def test_404_page_helps_readers_of_both_languages(site):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / "404.html").read_text("utf-8"), "html.parser")
    japanese, english = soup.select_one("section[lang=ja]"), soup.select_one("section[lang=en]")
    assert "ページが見つかりません" in japanese.get_text()
    assert "Page not found" in english.get_text()
    # Shown at any depth, so its links start at the site's root path.
    assert japanese.select_one("a")["href"] == "/docs/"
    assert english.select_one("a")["href"] == "/docs/en/"
    assert '"base": "/docs/en/"' in soup.select_one("#__config").string


def test_footer_speaks_the_pages_language(site):
    japanese = page(site, ".").select_one(".md-copyright").get_text(" ", strip=True)
    english = page(site, "en").select_one(".md-copyright").get_text(" ", strip=True)
    assert japanese == "文章とデータ：CC BY 4.0。コード：MIT。 Material for MkDocs で作成"
    assert english == "Text and data: CC BY 4.0. Code: MIT. Made with Material for MkDocs"
