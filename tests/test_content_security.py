"""The Content-Security-Policy of every built page: the site's own scripts only."""

from __future__ import annotations

import pytest

from content_security import inline_scripts, script_hash, with_policy


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
    assert with_policy(html).startswith(
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
    assert hashes == {script_hash(script) for script in inline_scripts(html)}


def test_a_script_in_the_pages_content_gets_no_hash():
    content = "<p>Text</p><script>steal()</script>"
    page_html = (
        '<meta content="script-src CSP-INLINE-SCRIPT-HASHES"><script>theme()</script>'
        f"<article>{content}</article>"
    )
    policy = with_policy(page_html, content).split('"')[1]
    assert script_hash("theme()") in policy
    assert script_hash("steal()") not in policy
