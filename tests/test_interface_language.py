"""The titles Markdown extensions write (heading permalinks, footnote back links) are in the
language of the page: a real build of the fixture site with both extensions and the hook."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, page, run_mkdocs_build

HOOK = ROOT / "hooks" / "interface_language_hook.py"


@pytest.fixture
def built(fixture_site: Path, tmp_path: Path) -> Path:
    config = fixture_site / "mkdocs.yml"
    text = config.read_text("utf-8").replace("  - toc\n", "  - toc:\n      permalink: true\n")
    text = text.replace("markdown_extensions:\n", "markdown_extensions:\n  - footnotes\n")
    config.write_text(text + f"  - {HOOK}\n", "utf-8")
    docs = fixture_site / "docs"
    for name, sentence in (("index.md", "脚注のある文です。"), ("index.en.md", "A sentence.")):
        path = docs / name
        path.write_text(path.read_text("utf-8") + f"\n{sentence}[^a]\n\n[^a]: Note.\n", "utf-8")
    site_dir = fixture_site.parent / "built"
    result = run_mkdocs_build(config, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.mark.parametrize(
    ("path", "permalink", "backlink"),
    [
        (".", "この見出しへのリンク", "本文の脚注 1 に戻る"),
        ("en", "Link to this heading", "Back to footnote 1 in the text"),
    ],
)
def test_permalink_and_footnote_titles_are_in_the_page_language(built, path, permalink, backlink):
    soup = page(built, path)
    headings = soup.select("a.headerlink")
    assert headings, "the page has no heading permalinks"
    assert {link["title"] for link in headings} == {permalink}
    backlinks = soup.select("a.footnote-backref")
    assert backlinks, "the page has no footnote back links"
    assert {link["title"] for link in backlinks} == {backlink}
