"""The readers' tools in a real Chromium: the guide through each flowchart, the full table's
choices, on the real site and on the fixture site, in both languages.

Every path of every tree comes from the data file, so the tests follow the tree as it changes.
A path is opened from its address with all but its last answer, and the last answer is clicked:
one page load per path, however deep the tree grows.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

import test_browser
from browser_support import free_port, serve
from comparison.checks import pages_under
from comparison.generated_words import WORDS
from comparison.loading import load_data
from comparison.model import ComparisonData, DecisionTree
from conftest import FIXTURE_SITE, ROOT, run_mkdocs_build
from test_browser import PAGES, WIDTHS, run_axe

pytestmark = pytest.mark.browser

# The same Chromium and screenshot folder as the other browser tests.
browser = test_browser.browser
screenshot_dir = test_browser.screenshot_dir

LANGUAGE_ROOTS = {"ja": "", "en": "en/"}
Path_ = list[tuple[str, str]]
"""The answers of a path: (question id, "yes" or "no"), from the tree's start."""


def every_path(tree: DecisionTree) -> list[tuple[Path_, str]]:
    """Each path from the start to an outcome, with the outcome's id."""
    found: list[tuple[Path_, str]] = []

    def walk(node: str, steps: Path_) -> None:
        assert len(steps) <= len(tree.questions), f"the tree loops at {node}"
        if node in tree.outcomes:
            found.append((steps, node))
            return
        for answer in ("yes", "no"):
            walk(getattr(tree.questions[node], answer), [*steps, (node, answer)])

    walk(tree.start, [])
    return found


def query(steps: Path_) -> str:
    return ",".join(f"{question}.{answer}" for question, answer in steps)


def flowcharts(site_dir: Path, page_path: str) -> list[tuple[str, str]]:
    """The (tree id, address key) of each flowchart on a built page, in page order."""
    html = (site_dir / page_path / "index.html").read_text("utf-8")
    trees = [f["data-tree"] for f in BeautifulSoup(html, "html.parser").select("figure.flowchart")]
    return [
        (tree, tree if trees[:i].count(tree) == 0 else f"{tree}-{trees[:i].count(tree) + 1}")
        for i, tree in enumerate(trees)
    ]


class Site:
    def __init__(self, url: str, site_dir: Path, data: ComparisonData):
        self.url, self.dir, self.data = url, site_dir, data


@pytest.fixture(scope="module")
def real_site(tmp_path_factory) -> Iterator[Site]:
    port = free_port()
    site_dir = tmp_path_factory.mktemp("guide-site")
    result = run_mkdocs_build(
        ROOT / "mkdocs.yml", site_dir, env={"SITE_URL": f"http://127.0.0.1:{port}/"}
    )
    assert result.returncode == 0, result.stderr
    data = load_data(ROOT / "comparison.yml", pages_under(ROOT / "docs"))
    with serve(site_dir, port) as url:
        yield Site(url, site_dir, data)


@pytest.fixture(scope="module")
def fixture_site_served(tmp_path_factory) -> Iterator[Site]:
    """The fixture site with this site's theme overrides and styles, and a page that shows
    its tree twice."""
    source = tmp_path_factory.mktemp("guide-fixture") / "source"
    shutil.copytree(FIXTURE_SITE, source)
    config = yaml.safe_load((source / "mkdocs.yml").read_text("utf-8"))
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    shutil.copytree(ROOT / "docs" / "stylesheets", source / "docs" / "stylesheets")
    config["extra_css"] = ["stylesheets/comparison.css"]
    config["hooks"] = [str(ROOT / "hooks" / "comparison_hook.py")]
    (source / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    for suffix, title in ((".md", "二つ"), (".en.md", "Twice")):
        (source / "docs" / f"twice{suffix}").write_text(
            f"# {title}\n\n<!-- compare:flowchart tree=pick -->\n\n"
            "<!-- compare:flowchart tree=pick -->\n",
            "utf-8",
        )
    site_dir = source.parent / "built"
    result = run_mkdocs_build(source / "mkdocs.yml", site_dir)
    assert result.returncode == 0, result.stderr
    data = load_data(source / "comparison.yml", pages_under(source / "docs"))
    with serve(site_dir, free_port()) as url:
        yield Site(url, site_dir, data)


def new_page(browser, *, width: int = 1280, scheme: str = "light", javascript: bool = True):
    context = browser.new_context(
        viewport={"width": width, "height": 800},
        color_scheme=scheme,
        java_script_enabled=javascript,
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors
    return page


STATE = """
figure => {
  const guide = figure.querySelector('.guide');
  const current = guide.querySelector('.guide__question, .guide__outcome');
  return {
    answers: [...guide.querySelectorAll('.guide__answered .guide__answer')].map(a => a.textContent),
    asked: [...guide.querySelectorAll('.guide__asked')].map(a => a.textContent),
    question: current.classList.contains('guide__question') ? current.textContent : null,
    outcome: current.dataset.outcome || null,
    outcomeLink: current.querySelector('a') ? current.querySelector('a').href : null,
    wholeHidden: figure.querySelector(':scope > ol').hidden,
  };
}
"""


def state(page, index: int = 0) -> dict:
    return page.locator("figure.flowchart").nth(index).evaluate(STATE)


def node_text(page, index: int, node: str) -> str:
    """The text of a node of the whole tree (hidden or not), as the page wrote it."""
    return (
        page.locator("figure.flowchart")
        .nth(index)
        .evaluate(
            "(figure, id) => { const n = figure.querySelector(`:scope > ol [data-node='${id}']`);"
            " return (n.querySelector(':scope > .flowchart__text') || n).textContent }",
            node,
        )
    )


def answer(page, index: int, word: str) -> None:
    figure = page.locator("figure.flowchart").nth(index)
    figure.locator(".guide__answers").get_by_role("button", name=word, exact=True).click()


def without_query(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.path, parts.fragment


def params(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


# ---- Every path, in both languages --------------------------------------------------------


def walk_every_path(browser, site: Site, pages: list[str], language: str) -> int:
    page = new_page(browser)
    walked = 0
    for page_path in pages:
        address = site.url + LANGUAGE_ROOTS[language] + page_path
        for index, (tree_id, key) in enumerate(
            flowcharts(site.dir, LANGUAGE_ROOTS[language] + page_path)
        ):
            tree = site.data.decision_trees[tree_id]
            for steps, outcome in every_path(tree):
                *before, (last_question, last_answer) = steps
                page.goto(f"{address}?{key}={query(before)}", wait_until="domcontentloaded")
                shown = state(page, index)
                assert shown["question"] == node_text(page, index, last_question)
                answer(page, index, WORDS[last_answer][language])
                shown = state(page, index)
                where = f"{address} {key}: {query(steps)}"
                assert shown["outcome"] == outcome, where
                assert shown["answers"] == [WORDS[a][language] for _, a in steps], where
                assert shown["asked"] == [node_text(page, index, q) for q, _ in steps], where
                whole_link = (
                    page.locator("figure.flowchart")
                    .nth(index)
                    .evaluate(
                        "(f, id) => f.querySelector(`:scope > ol [data-node='${id}'] a`).href",
                        outcome,
                    )
                )
                # Same page and heading; a link within the page keeps the answers in its query.
                assert without_query(shown["outcomeLink"]) == without_query(whole_link), where
                assert params(page)[key] == query(steps)
                walked += 1
    assert page.errors == []
    page.context.close()
    return walked


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_path_of_the_real_tree_lands_on_its_outcome(browser, real_site, language):
    walked = walk_every_path(browser, real_site, ["choose/"], language)
    assert walked == sum(len(every_path(t)) for t in real_site.data.decision_trees.values())


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_path_of_the_fixture_trees_lands_on_its_outcome(
    browser, fixture_site_served, language
):
    paths = len(every_path(fixture_site_served.data.decision_trees["pick"]))
    walked = walk_every_path(browser, fixture_site_served, ["", "guide/deep/", "twice/"], language)
    assert walked == 4 * paths  # one tree on two pages, twice on the third


# ---- Address, history, language ------------------------------------------------------------


def longest_path(site: Site, tree_id: str) -> tuple[Path_, str]:
    return max(every_path(site.data.decision_trees[tree_id]), key=lambda path: len(path[0]))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_shared_address_shows_the_same_state_after_a_reload(browser, real_site, language):
    steps, _ = longest_path(real_site, "choose")
    page = new_page(browser)
    page.goto(real_site.url + LANGUAGE_ROOTS[language] + "choose/")
    for _, word in steps[:2]:
        answer(page, 0, WORDS[word][language])
    before = state(page)
    shared = page.url
    assert params(page) == {"choose": query(steps[:2])}
    page.reload()
    assert state(page) == before
    other = new_page(browser)
    other.goto(shared)
    assert state(other) == before
    assert page.errors == other.errors == []
    page.context.close()
    other.context.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_browsers_back_button_steps_back_through_the_questions(browser, real_site, language):
    steps, _ = longest_path(real_site, "choose")
    page = new_page(browser)
    page.goto(real_site.url + LANGUAGE_ROOTS[language] + "choose/")
    for _, word in steps[:3]:
        answer(page, 0, WORDS[word][language])
    for answered in (2, 1, 0):
        page.go_back()
        shown = state(page)
        assert len(shown["answers"]) == answered
        assert shown["question"] == node_text(page, 0, steps[answered][0])
        assert params(page).get("choose", "") == query(steps[:answered])
        assert page.evaluate("document.activeElement.className") == "guide__question"
    page.go_forward()
    assert len(state(page)["answers"]) == 1
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_trail_back_and_start_over_change_answers(browser, real_site, language):
    steps, _ = longest_path(real_site, "choose")
    words = WORDS
    page = new_page(browser)
    page.goto(f"{real_site.url}{LANGUAGE_ROOTS[language]}choose/?choose={query(steps[:3])}")
    guide = page.locator(".guide")
    # Changing the second answer asks the second question again.
    guide.locator(".guide__answered").nth(1).get_by_role("button").click()
    assert state(page)["question"] == node_text(page, 0, steps[1][0])
    assert params(page)["choose"] == query(steps[:1])
    guide.get_by_role("button", name=words["guide_back"][language], exact=True).click()
    assert state(page)["answers"] == []
    assert "choose" not in params(page)
    page.goto(f"{real_site.url}{LANGUAGE_ROOTS[language]}choose/?choose={query(steps[:2])}")
    guide.get_by_role("button", name=words["guide_restart"][language], exact=True).click()
    assert state(page)["question"] == node_text(page, 0, steps[0][0])
    assert page.errors == []
    page.context.close()


def test_an_address_from_an_older_tree_starts_over_quietly(browser, real_site):
    start = real_site.data.decision_trees["choose"].start
    page = new_page(browser)
    for stale in ("no-such-question.yes", f"{start}.maybe", f"{start}.yes,{start}.no"):
        page.goto(f"{real_site.url}en/choose/?choose={stale}#choose-vm")
        shown = state(page)
        assert shown["answers"] == [] and shown["question"] == node_text(page, 0, start)
        assert params(page) == {}
        assert urlsplit(page.url).fragment == "choose-vm"
    assert page.errors == []
    page.context.close()


def test_switching_language_keeps_the_answers(browser, real_site):
    steps, _ = longest_path(real_site, "choose")
    page = new_page(browser)
    page.goto(real_site.url + "choose/")
    answer(page, 0, WORDS[steps[0][1]]["ja"])
    answer(page, 0, WORDS[steps[1][1]]["ja"])
    page.hover(".md-header__option .md-select")
    page.click(".md-select__link[hreflang=en]")
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/en/choose/"
    assert params(page) == {"choose": query(steps[:2])}
    assert state(page)["answers"] == [WORDS[a]["en"] for _, a in steps[:2]]

    # Opened from a shared link, and after Back: the switcher still carries what is shown,
    # and nothing else of the address (here the search's highlighting).
    page.goto(f"{real_site.url}en/choose/?choose={query(steps[:2])}&h=kernel")
    assert language_link(page, "ja") == {"choose": query(steps[:2])}
    answer(page, 0, WORDS[steps[2][1]]["en"])
    assert language_link(page, "ja") == {"choose": query(steps[:3])}
    page.go_back()
    assert params(page) == {"choose": query(steps[:2]), "h": "kernel"}
    assert language_link(page, "ja") == {"choose": query(steps[:2])}
    assert page.errors == []
    page.context.close()


def language_link(page, language: str) -> dict[str, str]:
    """The query of the language switcher's link to `language`."""
    href = page.locator(f".md-select__link[hreflang={language}]").get_attribute("href")
    return {k: v[0] for k, v in parse_qs(urlsplit(urljoin(page.url, href)).query).items()}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_two_flowcharts_on_one_page_keep_their_own_answers(browser, fixture_site_served, language):
    tree = fixture_site_served.data.decision_trees["pick"]
    page = new_page(browser)
    page.goto(fixture_site_served.url + LANGUAGE_ROOTS[language] + "twice/")
    answer(page, 0, WORDS["no"][language])
    answer(page, 1, WORDS["yes"][language])
    assert params(page) == {"pick": f"{tree.start}.no", "pick-2": f"{tree.start}.yes"}
    page.reload()
    assert state(page, 0)["answers"] == [WORDS["no"][language]]
    assert state(page, 1)["answers"] == [WORDS["yes"][language]]
    page.go_back()
    assert state(page, 0)["answers"] == [WORDS["no"][language]]
    assert state(page, 1)["answers"] == []
    assert page.errors == []
    page.context.close()


# ---- Keyboard, screen readers, no JavaScript, print ---------------------------------------

ACTIVE = "document.activeElement"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_path_can_be_finished_with_the_keyboard_alone(browser, real_site, language):
    steps, outcome = longest_path(real_site, "choose")
    words = {key: value[language] for key, value in WORDS.items()}
    page = new_page(browser)
    page.goto(real_site.url + LANGUAGE_ROOTS[language] + "choose/")

    def tab_to_answer(word: str) -> None:
        for _ in range(120):
            page.keyboard.press("Tab")
            if (
                page.evaluate(f"{ACTIVE}.closest('.guide__answers') && {ACTIVE}.textContent")
                == word
            ):
                return
        raise AssertionError(f"Tab never reached the button {word!r}")

    for number, (_, word) in enumerate(steps, start=1):
        tab_to_answer(words[word])
        page.keyboard.press("Enter")
        focused = page.evaluate(f"[{ACTIVE}.classList[0], {ACTIVE}.textContent.trim()]")
        announced = page.locator(".guide__live").text_content()
        if number < len(steps):
            step = words["guide_step"].format(n=number + 1)
            assert focused == ["guide__question", node_text(page, 0, steps[number][0]).strip()]
        else:
            step = words["guide_outcome"]
            assert focused[0].startswith("guide__outcome")
            assert state(page)["outcome"] == outcome
        assert announced == words["guide_announce"].format(step=step, text=focused[1])
    assert page.locator(".guide__live").get_attribute("aria-live") == "polite"
    page.context.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_without_javascript_the_whole_tree_is_shown(browser, real_site, language):
    page = new_page(browser, javascript=False)
    page.goto(real_site.url + LANGUAGE_ROOTS[language] + "choose/")
    tree = real_site.data.decision_trees["choose"]
    assert page.evaluate("matchMedia('(scripting: none)').matches")
    assert not page.locator(".guide").is_visible()
    for question in tree.questions:
        assert page.locator(f"figure.flowchart [data-node='{question}']").first.is_visible()
    for outcome in tree.outcomes:
        assert page.locator(f"figure.flowchart [data-node='{outcome}'] a").first.is_visible()
    page.goto(real_site.url + LANGUAGE_ROOTS[language] + "comparison/?subjects=vm,container")
    cells = page.locator("table [data-subject]")
    assert all(cells.nth(i).is_visible() for i in range(cells.count()))
    assert not page.locator(".comparison-filter").is_visible()
    page.context.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_whole_flowchart_is_one_click_away(browser, real_site, language):
    page = new_page(browser)
    page.goto(real_site.url + LANGUAGE_ROOTS[language] + "choose/")
    tree = real_site.data.decision_trees["choose"]
    assert state(page)["wholeHidden"]
    toggle = page.locator(".guide__controls button[aria-controls]")
    assert toggle.text_content() == WORDS["guide_show_all"][language]
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert not state(page)["wholeHidden"]
    assert toggle.get_attribute("aria-expanded") == "true"
    assert toggle.text_content() == WORDS["guide_hide_all"][language]
    for question in tree.questions:
        assert page.locator(f"figure.flowchart > ol [data-node='{question}']").first.is_visible()
    page.context.close()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_printing_shows_the_outcome_and_the_answers_without_controls(browser, real_site, language):
    steps, outcome = longest_path(real_site, "choose")
    page = new_page(browser)
    page.goto(f"{real_site.url}{LANGUAGE_ROOTS[language]}choose/?choose={query(steps)}")
    page.emulate_media(media="print")
    assert page.locator(f".guide__outcome[data-outcome='{outcome}']").is_visible()
    answers = page.locator(".guide__answered .guide__answer")
    assert answers.count() == len(steps)
    assert all(answers.nth(i).is_visible() for i in range(len(steps)))
    assert page.locator(".guide button:visible").count() == 0
    page.context.close()


LAYOUT_SHIFT = """
() => new Promise(resolve => {
  new PerformanceObserver(list => resolve(list.getEntries().reduce((sum, e) => sum + e.value, 0)))
    .observe({type: 'layout-shift', buffered: true});
  setTimeout(() => resolve(0), 500);  // no entry at all: nothing moved
})
"""


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("language", ["ja", "en"])
def test_nothing_moves_when_the_script_takes_over(browser, real_site, language, width):
    """The page is drawn as the script shows it (Lighthouse counts moves as layout shift)."""
    page = new_page(browser, width=width)
    for path in ("choose/", "comparison/"):
        page.goto(real_site.url + LANGUAGE_ROOTS[language] + path)
        assert page.evaluate(LAYOUT_SHIFT) < 0.01, path
    page.context.close()


def test_the_whole_flowchart_shows_if_the_script_never_comes(browser, real_site):
    page = new_page(browser)
    page.route("**/readers.js", lambda route: route.abort())
    page.goto(real_site.url + "en/choose/")
    whole = page.locator("figure.flowchart > ol")
    assert not whole.is_visible()  # hidden while the script may still come
    whole.wait_for(state="visible", timeout=8_000)
    page.context.close()


# ---- The full table's choices -------------------------------------------------------------

LATIN_TOUCHING_JAPANESE = re.compile(r"[A-Za-z][ぁ-んァ-ヶー一-龯]|[ぁ-んァ-ヶー一-龯][A-Za-z]")


def test_a_chosen_tables_japanese_caption_spaces_latin_and_japanese_words(browser, real_site):
    """Whichever subjects remain, the caption follows the site's spacing rule."""
    page = new_page(browser)
    page.goto(real_site.url + "comparison/")
    filters = page.locator(".comparison-filter")
    for subject in real_site.data.subjects[:-2]:
        filters.get_by_role("checkbox", name=subject.name["ja"], exact=True).uncheck()
    caption = page.locator(".comparison-table caption").text_content()
    assert real_site.data.subjects[-1].name["ja"] in caption
    assert not LATIN_TOUCHING_JAPANESE.search(caption), caption
    page.context.close()


TABLE = """
() => {
  const table = document.querySelector('.comparison-table table');
  const shown = el => el.getClientRects().length > 0;
  return {
    subjects: [...table.querySelectorAll('thead th[data-subject]')].filter(shown)
      .map(th => th.dataset.subject),
    groups: [...table.querySelectorAll('tbody[data-group]')].filter(shown)
      .map(body => body.dataset.group),
    cells: [...table.querySelectorAll('td[data-subject]')].filter(shown)
      .map(td => td.dataset.subject),
    notesAbout: [...table.querySelectorAll('tr.comparison-table__note-row')].filter(shown)
      .map(tr => tr.dataset.subject || ''),
    caption: table.querySelector('caption').textContent,
  };
}
"""


@pytest.mark.parametrize("language", ["ja", "en"])
def test_readers_choose_subjects_and_groups_and_the_address_keeps_them(
    browser, real_site, language
):
    data = real_site.data
    subjects = [s.id for s in data.subjects]
    groups = [g.id for g in data.groups]
    page = new_page(browser)
    page.goto(real_site.url + LANGUAGE_ROOTS[language] + "comparison/")
    everything = page.evaluate(TABLE)
    assert everything["subjects"] == subjects and everything["groups"] == groups
    filters = page.locator(".comparison-filter")
    filters.get_by_role("checkbox", name=data.subjects[-1].name[language], exact=True).uncheck()
    filters.get_by_role("checkbox", name=data.groups[0].label[language], exact=True).uncheck()
    chosen = page.evaluate(TABLE)
    assert chosen["subjects"] == subjects[:-1]
    assert set(chosen["cells"]) == set(subjects[:-1])
    # Notes about the hidden subject go with it; notes about every subject stay.
    about_last = [a for a in data.attributes if a.note and a.note.subject == subjects[-1]]
    assert everything["notesAbout"].count(subjects[-1]) == len(about_last) > 0
    assert subjects[-1] not in chosen["notesAbout"] and "" in chosen["notesAbout"]
    assert chosen["groups"] == groups[1:]
    assert chosen["caption"] != everything["caption"]
    # Generated Japanese spaces Latin and Japanese words apart, as the site writes them.
    assert not re.search(
        r"[A-Za-z][ぁ-んァ-ヶー一-龯]|[ぁ-んァ-ヶー一-龯][A-Za-z]", chosen["caption"]
    )
    assert params(page) == {"subjects": ",".join(subjects[:-1]), "groups": ",".join(groups[1:])}
    if len(subjects) == 3:  # two subjects left: neither can be unchecked
        locked = filters.locator("input:checked[aria-disabled=true]")
        assert locked.count() == 2
        # Still in the tab order, and a click or a space leaves it ticked and the table as it was.
        assert filters.locator("input:disabled").count() == 0
        locked.first.click(force=True)  # Playwright waits for aria-disabled boxes otherwise
        locked.first.focus()
        page.keyboard.press("Space")
        assert locked.first.is_checked() and page.evaluate(TABLE) == chosen
        # Reached by keyboard, a box shows where the focus is.
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.reload()
    assert page.evaluate(TABLE) == chosen
    # Printing prints what is shown, without the choices.
    page.emulate_media(media="print")
    assert page.evaluate(TABLE) == chosen
    assert not filters.is_visible()
    assert page.errors == []
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_a_row_anchor_shows_its_row_whatever_was_chosen(browser, real_site, width):
    data = real_site.data
    row = data.attributes[0]
    others = [g.id for g in data.groups if g.id != row.group]
    page = new_page(browser, width=width)
    page.goto(f"{real_site.url}en/comparison/?groups={others[0]}#attr-{row.id}")
    assert row.group in page.evaluate(TABLE)["groups"]
    box = page.locator(f"#attr-{row.id}").bounding_box()
    assert box and 0 <= box["y"] < 800
    page.context.close()


# ---- Phones: nothing scrolls sideways ------------------------------------------------------

SIDEWAYS = """
() => {
  const found = [];
  if (document.documentElement.scrollWidth > innerWidth) found.push('the page');
  for (const el of document.querySelectorAll(
      '.comparison-table, .comparison-filter, .comparison-filter *, .guide, .guide *')) {
    if (el.clientWidth && el.scrollWidth > el.clientWidth + 1)
      found.push(`${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  return found;
}
"""


def phone_states(site: Site, language: str) -> list[str]:
    root = site.url + LANGUAGE_ROOTS[language]
    steps, _ = longest_path(site, "choose")
    return [
        *[root + page for page in PAGES],
        f"{root}choose/?choose={query(steps[:2])}",
        f"{root}choose/?choose={query(steps)}",
        f"{root}comparison/?subjects={','.join(s.id for s in site.data.subjects[:2])}",
    ]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_no_table_and_no_part_of_the_guide_scrolls_sideways_on_a_phone(
    browser, real_site, language
):
    page = new_page(browser, width=WIDTHS["phone"])
    for address in phone_states(real_site, language):
        page.goto(address, wait_until="domcontentloaded")
        assert page.evaluate(SIDEWAYS) == [], address
        if "/choose/" in address:
            page.locator(".guide__controls button").last.click()  # the whole flowchart
            assert page.evaluate(SIDEWAYS) == [], f"{address} with the whole flowchart"
    page.context.close()


CARDS = """
() => [...document.querySelectorAll('.comparison-table tr[id^="attr-"]')].map(row => {
  const label = row.querySelector('th').getBoundingClientRect();
  return [...row.querySelectorAll('td')].map(td => {
    const box = td.getBoundingClientRect();
    const name = getComputedStyle(td, '::before').content;
    return box.left >= label.left - 1 && box.top >= label.bottom - 1
      && name === JSON.stringify(td.dataset.label);
  });
}).flat()
"""


@pytest.mark.parametrize("language", ["ja", "en"])
def test_on_a_phone_each_attribute_is_a_card_of_names_and_values(browser, real_site, language):
    page = new_page(browser, width=WIDTHS["phone"])
    page.goto(f"{real_site.url}{LANGUAGE_ROOTS[language]}comparison/")
    cards = page.evaluate(CARDS)
    assert len(cards) == len(real_site.data.attributes) * len(real_site.data.subjects)
    assert all(cards), "a value sits beside its label, or without its subject's name"
    page.context.close()


# ---- axe, content security policy, screenshots ---------------------------------------------


def states_to_check(site: Site, language: str) -> list[str]:
    root = site.url + LANGUAGE_ROOTS[language]
    steps, _ = longest_path(site, "choose")
    two = ",".join(s.id for s in site.data.subjects[:2])
    return [
        f"{root}choose/?choose={query(steps[:2])}",
        f"{root}choose/?choose={query(steps)}",
        f"{root}comparison/?subjects={two}&groups={site.data.groups[1].id}",
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_axe_finds_nothing_in_the_guide_and_the_choices(browser, real_site, language, scheme):
    page = new_page(browser, scheme=scheme)
    for address in states_to_check(real_site, language):
        page.goto(address)
        if "/choose/" in address:
            page.locator(".guide__controls button").last.click()  # with the whole flowchart
        violations = run_axe(page)
        assert violations == [], address + json.dumps(violations, ensure_ascii=False, indent=1)
    page.context.close()


def test_the_script_works_under_a_content_security_policy_of_self(browser, real_site):
    """No inline script, eval or style attribute of ours: a policy allowing scripts and
    styles only from the site's files blocks nothing that the readers' script does."""
    page = new_page(browser)
    policy = "script-src 'self'; style-src 'self'"

    def with_policy(route) -> None:
        response = route.fetch()
        route.fulfill(
            response=response, headers={**response.headers, "content-security-policy": policy}
        )

    page.route("**/*", with_policy)
    try:
        page.add_init_script(
            "window.__blocked = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__blocked.push([e.sourceFile, e.violatedDirective, e.blockedURI]))"
        )
        steps, outcome = longest_path(real_site, "choose")
        page.goto(f"{real_site.url}en/choose/?choose={query(steps[:-1])}")
        answer(page, 0, WORDS[steps[-1][1]]["en"])
        assert state(page)["outcome"] == outcome
        page.goto(f"{real_site.url}en/comparison/?groups={real_site.data.groups[0].id}")
        page.locator(".comparison-filter input").first.uncheck()
        blocked = page.evaluate("window.__blocked")
        ours = ("readers.js", "language-switch.js")
        assert [b for b in blocked if (b[0] or "").endswith(ours)] == []
        assert page.evaluate(TABLE)["groups"] == [real_site.data.groups[0].id]
    finally:
        # A request still in the handler (the favicon, say) must finish before the page
        # closes: closing first disposes of its response, and Playwright raises that error
        # in whichever test talks to the browser next, hiding this test's own failure.
        page.unroute_all(behavior="wait")
        page.context.close()


@pytest.mark.parametrize("width", WIDTHS.keys())
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_screenshot_of_the_guide_and_the_choices(
    browser, real_site, screenshot_dir, language, scheme, width
):
    page = new_page(browser, width=WIDTHS[width], scheme=scheme)
    names = ("asking", "outcome", "chosen")
    for address, name in zip(states_to_check(real_site, language), names, strict=True):
        page.goto(address)
        page.locator(".guide, .comparison-filter").first.scroll_into_view_if_needed()
        target = screenshot_dir / f"{language}-guide-{name}-{scheme}-{width}.png"
        page.screenshot(path=str(target))
        assert target.stat().st_size > 10_000
    assert page.errors == []
    page.context.close()
