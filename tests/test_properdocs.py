"""Portability guard: the site builds strictly with ProperDocs, the maintained MkDocs 1.x fork.

MkDocs 1.x is unmaintained and Material reaches end of life in May 2027. ProperDocs runs the
same plugins and hooks; this test tells the day the site stops building there.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, page, run_mkdocs_build


def test_properdocs_builds_the_site_strictly_with_its_hooks(tmp_path):
    site_dir = tmp_path / "site"
    # As the workflow runs it: from the project root, the config file named relatively.
    result = run_mkdocs_build(Path("mkdocs.yml"), site_dir, program="properdocs", cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "WARNING" in line] == []
    # The hooks ran, in both languages: generated tables, the status page, the published data.
    for path, language in (("comparison", "ja"), ("en/comparison", "en")):
        soup = page(site_dir, path)
        assert soup.html["lang"] == language
        assert soup.select(".comparison-table tr[id^=attr-]")
    assert page(site_dir, "en/translations").select_one("article table") is not None
    assert (site_dir / "data" / "comparison.json").is_file()
