"""The Content-Security-Policy of every built page: the site's own scripts only."""

from __future__ import annotations

import shutil

import pytest

from content_security import inline_scripts, policy_hashes, script_hash, with_policy


def test_inline_scripts_are_those_a_browser_runs():
    html = (
        '<script>a()</script><script src="x.js"></script>'
        '<script type="application/json">{"b": 1}</script><script type="module">c()</script>'
    )
    assert inline_scripts(html) == ["a()", "c()"]


def test_the_policy_lists_the_hash_of_each_inline_script():
    html = "<meta content=\"script-src 'self' CSP-INLINE-SCRIPT-HASHES\"><script>a()</script>"
    # The SHA-256 of "a()", base64: computed independently with `printf 'a()' | sha256sum`.
    assert script_hash("a()") == "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='"
    assert with_policy(html, policy_hashes(html)).startswith(
        "<meta content=\"script-src 'self' 'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='\">"
    )


@pytest.mark.parametrize("path", ["index.html", "en/choose/index.html", "404.html"])
def test_every_built_page_carries_the_policy_first_in_its_head(real_site, path):
    from bs4 import BeautifulSoup

    html = (real_site / path).read_text("utf-8")
    head = BeautifulSoup(html, "html.parser").head
    meta = head.select_one('meta[http-equiv="Content-Security-Policy"]')
    assert meta is not None
    assert head.find("script") is None or meta in head.find("script").find_all_previous("meta")
    policy = dict(part.strip().split(" ", 1) for part in meta["content"].split(";"))
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["object-src"] == "'none'" and policy["base-uri"] == "'self'"
    hashes = {h for h in policy["script-src"].split() if h.startswith("'sha256-")}
    # Every script the theme wrote runs; the policy may name more of the theme's own.
    assert {script_hash(script) for script in inline_scripts(html)} <= hashes


def test_a_script_in_a_pages_content_gets_no_hash(tmp_path):
    from bs4 import BeautifulSoup

    from conftest import FIXTURE_SITE, ROOT, run_mkdocs_build

    site = tmp_path / "source"
    shutil.copytree(FIXTURE_SITE, site)
    page = site / "docs" / "guide" / "deep" / "index.md"
    page.write_text(page.read_text("utf-8") + "\n<script>steal()</script>\n", "utf-8")
    config = site / "mkdocs.yml"
    hooks = f"hooks:\n  - {ROOT / 'hooks' / 'security_hook.py'}\n"
    config.write_text(
        config.read_text("utf-8").replace(
            "theme:\n", "theme:\n  custom_dir: " + str(ROOT / "overrides") + "\n", 1
        )
        + hooks,
        "utf-8",
    )
    result = run_mkdocs_build(config, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "guide" / "deep" / "index.html").read_text("utf-8")
    meta = BeautifulSoup(html, "html.parser").select_one(
        'meta[http-equiv="Content-Security-Policy"]'
    )
    assert "steal()" in html
    assert script_hash("steal()") not in meta["content"]
    theirs = [script for script in inline_scripts(html) if script != "steal()"]
    assert theirs and all(script_hash(script) in meta["content"] for script in theirs)
