"""The built site in a real Chromium: what a reader's browser does with every page.

Each page, in both languages, loads without a console error, a failed request or a request to
another origin, and axe-core finds no WCAG A/AA violation, light and dark. Search lists the
page's language only and finds every key term. Flowcharts and diagrams are laid out at phone
and desktop widths. Screenshots are written for a person to look at (the folder is printed).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser_support import (
    AXE_TAGS,
    CHROMIUM_FLAGS,
    axe_script,
    chromium_path,
    free_port,
    serve,
    unavailable,
)
from conftest import ROOT, SCREENSHOTS, run_mkdocs_build

pytestmark = pytest.mark.browser

DOCS = ROOT / "docs"
PAGES = sorted(
    "" if page.stem == "index" else f"{page.relative_to(DOCS).with_suffix('').as_posix()}/"
    for page in DOCS.rglob("*.md")
    if not page.name.endswith(".en.md")
)
"""Every page's path below its language's root: "", "choose/", …"""

LANGUAGE_ROOTS = {"ja": "", "en": "en/"}
EVERY_PAGE = [root + page for root in LANGUAGE_ROOTS.values() for page in PAGES] + ["404.html"]

KEY_TERMS = {
    "ja": ["カーネル", "ハードウェア", "コンテナ", "ハイパーバイザー", "仮想マシン"],
    "en": ["kernel", "hardware", "container", "hypervisor", "isolation"],
}
SCREENSHOT_PAGES = ["", "choose/", "comparison/"]
WIDTHS = {"phone": 360, "desktop": 1280}


def language_of(path: str) -> str:
    return "en" if path.startswith("en/") else "ja"


@pytest.fixture(scope="module")
def site_url(tmp_path_factory) -> Iterator[str]:
    """The site, built for the address it is served at, on 127.0.0.1."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site_dir = tmp_path_factory.mktemp("browser-site")
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site_dir, env={"SITE_URL": url})
    assert result.returncode == 0, result.stderr
    with serve(site_dir, port) as served:
        assert served == url
        yield url


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install -r requirements.txt)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class PageWatch:
    """Everything a page did that a reader would count as broken."""

    def __init__(self, page, origin: str):
        self.problems: list[str] = []
        self.requests: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} {r.failure}"))
        page.on("request", self._request(origin))
        page.on("response", self._response)

    def _console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text} at {message.location}")

    def _request(self, origin: str):
        def record(request) -> None:
            self.requests.append(request.url)
            parts = urlsplit(request.url)
            if parts.scheme in ("http", "https") and f"{parts.scheme}://{parts.netloc}" != origin:
                self.problems.append(f"request to another origin: {request.url}")

        return record

    def _response(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")


def open_page(browser, url: str, *, width: int = 1280, scheme: str = "light"):
    """A fresh page at `url`, watched from before its first request; returns (page, watch)."""
    context = browser.new_context(
        viewport={"width": width, "height": 800}, color_scheme=scheme, locale="en-US"
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    watch = PageWatch(page, origin)
    page.goto(url, wait_until="networkidle")
    return page, watch


def run_axe(page) -> list[dict]:
    # Evaluated through the browser's developer protocol: a <script> tag added to the page
    # would (rightly) be refused by the page's Content-Security-Policy.
    page.evaluate(axe_script().read_text("utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        {
            "rule": violation["id"],
            "help": violation["help"],
            "where": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]


def search(page, term: str) -> list[str]:
    """Type `term` into Material's search; the result links, once the count is shown."""
    opener = page.locator("label.md-header__button[for=__search]")
    if opener.is_visible():  # phones: a button opens the search; wide screens show the box
        opener.click()
    box = page.locator("input.md-search__input")
    box.fill(term)
    # Material searches on key events; fill() alone sends none.
    box.press("End")
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "placeholder => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() && !m.textContent.includes(placeholder) }",
        arg=page.evaluate(
            "JSON.parse(document.getElementById('__config').textContent)"
            ".translations['search.result.placeholder']"
        ),
    )
    assert meta.inner_text()
    return page.eval_on_selector_all(
        ".md-search-result__item > a", "links => links.map(link => link.href)"
    )


# ---- Every page, clean and accessible ------------------------------------------------------


def test_the_pages_tested_are_the_pages_in_the_sitemap(site_url):
    """The tested list comes from the sources; the sitemap lists every page the build made."""
    import urllib.request

    with urllib.request.urlopen(site_url + "sitemap.xml") as response:
        sitemap = response.read().decode("utf-8")
    listed = sorted(
        loc.split(site_url, 1)[1]
        for loc in sitemap.split("<loc>")[1:]
        for loc in [loc.split("</loc>")[0]]
    )
    assert listed == sorted(EVERY_PAGE[:-1])


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_page_loads_cleanly_from_this_site_only(browser, site_url, path):
    page, watch = open_page(browser, site_url + path)
    page.wait_for_timeout(300)  # late requests: the search worker's scripts
    assert watch.problems == []
    assert any(url.endswith("search/search_index.json") for url in watch.requests)
    page.context.close()


@pytest.mark.parametrize("language", LANGUAGE_ROOTS)
def test_the_content_security_policy_refuses_a_script_slipped_into_the_page(
    browser, site_url, language
):
    page, watch = open_page(browser, site_url + LANGUAGE_ROOTS[language] + "choose/")
    refused = page.evaluate(
        """() => new Promise(resolve => {
            document.addEventListener("securitypolicyviolation",
                event => resolve(event.effectiveDirective), {once: true});
            window.__ran = false;
            const script = document.createElement("script");
            script.textContent = "window.__ran = true";
            document.body.append(script);
            setTimeout(() => resolve(null), 2000);
        })"""
    )
    assert refused == "script-src-elem"
    assert page.evaluate("window.__ran") is False
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", EVERY_PAGE)
def test_axe_finds_no_violation(browser, site_url, path, scheme):
    page, _ = open_page(browser, site_url + path, scheme=scheme)
    violations = run_axe(page)
    page.context.close()
    assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_page_does_not_scroll_sideways_on_a_phone(browser, site_url, path):
    page, _ = open_page(browser, site_url + path, width=WIDTHS["phone"])
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    page.context.close()
    assert overflow <= 0


# ---- Languages -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("language", ["ja", "en"])
def test_language_switcher_lands_on_the_same_page(browser, site_url, language, path):
    other = "en" if language == "ja" else "ja"
    page, _ = open_page(browser, site_url + LANGUAGE_ROOTS[language] + path)
    page.hover(".md-header__option .md-select")
    page.click(f".md-select__link[hreflang={other}]")
    page.wait_for_load_state()
    assert page.url == site_url + LANGUAGE_ROOTS[other] + path
    assert page.evaluate("document.documentElement.lang") == other
    page.context.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_language_switcher_keeps_the_section_the_reader_is_at(browser, site_url, language):
    other = "en" if language == "ja" else "ja"
    address = site_url + LANGUAGE_ROOTS[language] + "in-depth/"
    page, _ = open_page(browser, address)
    first, second = page.eval_on_selector_all(
        "article h2[id]", "headings => headings.slice(0, 2).map(h => h.id)"
    )
    page.context.close()
    # Opened from a link to a section, then moved on to the next one by the table of contents.
    page, _ = open_page(browser, f"{address}#{first}")
    switcher = f".md-select__link[hreflang={other}]"
    assert urlsplit(page.eval_on_selector(switcher, "a => a.href")).fragment == first
    page.locator(f".md-sidebar--secondary a[href='#{second}']").click()
    page.wait_for_function(  # the link follows at the `hashchange` event, after the click
        "([link, id]) => new URL(document.querySelector(link).href).hash === '#' + id",
        arg=[switcher, second],
    )
    page.hover(".md-header__option .md-select")
    page.locator(switcher).click()
    page.wait_for_url(site_url + LANGUAGE_ROOTS[other] + f"in-depth/#{second}")
    page.wait_for_load_state()
    assert page.evaluate(f"document.getElementById('{second}').getBoundingClientRect().top") < 200
    page.context.close()


def test_language_switcher_keeps_the_tables_choices_and_the_row(browser, site_url):
    page, _ = open_page(browser, site_url + "en/comparison/")
    row = page.eval_on_selector("tr[id^='attr-']", "row => row.id")
    group = page.eval_on_selector("tr[id^='attr-']", "row => row.closest('tbody').dataset.group")
    page.goto(site_url + f"en/comparison/?groups={group}#{row}")
    href = urlsplit(page.locator(".md-select__link[hreflang=ja]").get_attribute("href"))
    assert (href.path, href.query, href.fragment) == ("/comparison/", f"groups={group}", row)
    page.context.close()


@pytest.mark.parametrize(
    ("language", "term"), [(lang, term) for lang, terms in KEY_TERMS.items() for term in terms]
)
def test_key_term_is_found_in_the_pages_language_only(browser, site_url, language, term):
    page, watch = open_page(browser, site_url + LANGUAGE_ROOTS[language] + "choose/")
    results = search(page, term)
    page.context.close()
    assert results, f"no result for {term!r}"
    paths = [urlsplit(url).path for url in results]
    in_language = [path for path in paths if (language_of(path.lstrip("/")) == language)]
    assert paths == in_language, f"results in the other language for {term!r}"
    assert watch.problems == []


@pytest.mark.parametrize(
    "path", [root + page for root in LANGUAGE_ROOTS.values() for page in PAGES]
)
def test_search_on_every_page_lists_that_language_only(browser, site_url, path):
    """A word both languages use ("Docker") must list only the page's language."""
    language = language_of(path)
    page, _ = open_page(browser, site_url + path)
    results = search(page, "Docker")
    page.context.close()
    assert results
    assert {language_of(urlsplit(url).path.lstrip("/")) for url in results} == {language}


# ---- Flowcharts and diagrams ---------------------------------------------------------------

# Every box that holds text must be at least as large as its text, and inside its figure.
LAYOUT_PROBLEMS = """
() => {
  const problems = [];
  const figures = [...document.querySelectorAll("figure.flowchart, figure.diagram")];
  for (const figure of figures) {
    const box = figure.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) problems.push(`${figure.className}: no size`);
    for (const el of figure.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      const kind = el.className.baseVal ?? el.className;  // SVG elements: an SVGAnimatedString
      const name = `${figure.className} ${el.tagName.toLowerCase()}.${kind}`;
      if (r.left < box.left - 1 || r.right > box.right + 1)
        problems.push(`${name} "${el.textContent.trim().slice(0, 30)}" sticks out of the figure`);
      if (!(el instanceof SVGElement) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth)
        problems.push(`${name} "${el.textContent.trim().slice(0, 30)}" overflows its box`);
    }
  }
  return {count: figures.length, problems};
}
"""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize(
    "path", [root + page for root in LANGUAGE_ROOTS.values() for page in PAGES]
)
def test_flowcharts_and_diagrams_are_laid_out(browser, site_url, path, width):
    page, _ = open_page(browser, site_url + path, width=width)
    layout = page.evaluate(LAYOUT_PROBLEMS)
    page.context.close()
    assert layout["problems"] == []
    if path.endswith("choose/"):
        assert layout["count"] >= 1, "the choosing page lost its flowchart"


# ---- Screenshots for a person --------------------------------------------------------------


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory, request) -> Path:
    configured = os.environ.get("SCREENSHOT_DIR")
    folder = Path(configured) if configured else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    request.config.stash[SCREENSHOTS] = folder  # printed at the end of the run
    return folder


@pytest.mark.parametrize("width", WIDTHS.keys())
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path", [root + page for root in LANGUAGE_ROOTS.values() for page in SCREENSHOT_PAGES]
)
def test_screenshot(browser, site_url, screenshot_dir, path, scheme, width):
    page, watch = open_page(browser, site_url + path, width=WIDTHS[width], scheme=scheme)
    page_name = path.removeprefix("en/").strip("/") or "home"
    target = screenshot_dir / f"{language_of(path)}-{page_name}-{scheme}-{width}.png"
    page.screenshot(path=str(target), full_page=True)
    page.context.close()
    assert target.stat().st_size > 10_000
    assert watch.problems == []
