"""Under `mkdocs serve`, a failed build shows its problems in the page the contributor is
looking at, and the site comes back by itself once the problem is fixed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from browser_support import CHROMIUM_FLAGS, chromium_path, free_port, unavailable
from conftest import FIXTURE_SITE, HOOK, ROOT, RULES_HOOK
from serve_errors import error_page

SERVE_HOOK = ROOT / "hooks" / "serve_errors_hook.py"


def test_the_error_page_escapes_every_problem():
    soup = BeautifulSoup(error_page(["docs/x.md:3: found '<script>'"]), "html.parser")
    assert soup.html["lang"] == "en"
    assert not soup.select("main script")
    assert soup.select_one("main li").get_text() == "docs/x.md:3: found '<script>'"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The fixture site under `mkdocs serve` on 127.0.0.1: its address and its folder."""
    site = tmp_path / "source"
    shutil.copytree(FIXTURE_SITE, site)
    config = site / "mkdocs.yml"
    hooks = "".join(f"  - {hook}\n" for hook in (SERVE_HOOK, RULES_HOOK, HOOK))
    watch = "watch:\n  - comparison.yml\n"  # as mkdocs.yml has it: serve watches docs/ alone
    config.write_text(config.read_text("utf-8") + "hooks:\n" + hooks + watch, "utf-8")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "en/", timeout=2).read()
            break
        except OSError:
            assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
    try:
        yield url, site
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.browser
def test_a_broken_build_shows_in_the_page_and_the_site_comes_back(served):
    url, site = served
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install -r requirements.txt)")
    executable = chromium_path()
    data_file = site / "comparison.yml"
    english = site / "docs" / "index.en.md"
    good_data, good_page = data_file.read_text("utf-8"), english.read_text("utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.set_default_timeout(30_000)
        page.goto(url + "en/")
        assert page.locator(".comparison-table").count() == 1

        # A mistake in the data file: the page the contributor looks at shows it.
        data_file.write_text(good_data.replace("group: use", "group: usee"), "utf-8")
        page.wait_for_selector("main.build-problems")
        problems = page.inner_text("main.build-problems")
        assert "comparison.yml:22: attributes[carry].group: unknown group 'usee'" in problems
        # Fixed: the site is back, without a reload by hand.
        data_file.write_text(good_data, "utf-8")
        page.wait_for_selector(".comparison-table")

        # A broken link, which `mkdocs build --strict` fails on, on the Japanese page too.
        page.goto(url)
        english.write_text(good_page + "\nSee [the manual](manual.md).\n", "utf-8")
        page.wait_for_selector("main.build-problems")
        assert "'manual.md'" in page.inner_text("main.build-problems")
        english.write_text(good_page, "utf-8")
        page.wait_for_selector(".comparison-table")
        browser.close()
