"""Portability guard: the site builds strictly with ProperDocs, the maintained MkDocs 1.x fork.

MkDocs 1.x is unmaintained and Material reaches end of life in May 2027. ProperDocs runs the
same plugins and hooks; this test tells the day the site stops building there.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, page


def test_properdocs_builds_the_site_strictly_with_its_hooks(tmp_path):
    site_dir = tmp_path / "site"
    # As the workflow runs it: from the project root, the config file named relatively.
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict"]
        + ["-f", "mkdocs.yml", "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "WARNING" in line] == []
    # The hooks ran, in both languages: generated tables, the status page, the published data.
    for path, language in (("comparison", "ja"), ("en/comparison", "en")):
        soup = page(site_dir, path)
        assert soup.html["lang"] == language
        assert soup.select(".comparison-table tr[id^=attr-]")
    assert page(site_dir, "en/translations").select_one("article table") is not None
    assert (site_dir / "data" / "comparison.json").is_file()
