"""Every page exists in Japanese and in English, and each is written in its own language.

static-i18n quietly builds a missing English page from the Japanese one, so checking the
built files would not notice; these tests read the sources.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from comparison.text import JAPANESE_CHARACTERS
from conftest import ROOT

DOCS = ROOT / "docs"
JAPANESE_PAGES = sorted(p for p in DOCS.rglob("*.md") if not p.name.endswith(".en.md"))
ENGLISH_PAGES = sorted(DOCS.rglob("*.en.md"))


def english_twin(page: Path) -> Path:
    return page.with_name(page.name.removesuffix(".md") + ".en.md")


def prose(page: Path) -> str:
    """The page's text without front matter, code, markers, link targets, HTML tags and
    footnote references (`[^gvisor-security]` cites a source by its id)."""
    text = page.read_text("utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    text = re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.DOTALL | re.MULTILINE)
    text = re.sub(r"<!--.*?-->|`[^`]*`|\]\([^)]*\)|\{[#.][^}]*\}|<[^>]+>|\[\^[^\]]*\]", " ", text)
    return text


def front_matter(page: Path) -> dict:
    match = re.match(r"\A---\n(.*?)\n---\n", page.read_text("utf-8"), flags=re.DOTALL)
    return yaml.safe_load(match.group(1)) if match else {}


def test_there_are_pages():
    assert len(JAPANESE_PAGES) >= 6


def test_every_japanese_page_has_an_english_twin_and_back():
    japanese = {p.relative_to(DOCS).as_posix().removesuffix(".md") for p in JAPANESE_PAGES}
    english = {p.relative_to(DOCS).as_posix().removesuffix(".en.md") for p in ENGLISH_PAGES}
    assert sorted(japanese - english) == [], "Japanese pages without an English twin"
    assert sorted(english - japanese) == [], "English pages without a Japanese original"


@pytest.mark.parametrize("page", ENGLISH_PAGES, ids=lambda p: p.name)
def test_english_pages_are_written_in_english(page):
    found = JAPANESE_CHARACTERS.findall(prose(page) + str(front_matter(page)))
    assert not found, f"{page.name} has Japanese text: {''.join(found)[:40]}"


@pytest.mark.parametrize("page", JAPANESE_PAGES, ids=lambda p: p.name)
def test_japanese_pages_are_written_in_japanese(page):
    text = prose(page)
    japanese = len(JAPANESE_CHARACTERS.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    # Product names and abbreviations are Latin; the sentences around them are not.
    assert japanese > 2 * latin, f"{page.name}: {japanese} Japanese and {latin} Latin letters"


@pytest.mark.parametrize("page", JAPANESE_PAGES + ENGLISH_PAGES, ids=lambda p: p.name)
def test_every_page_has_a_description(page):
    description = front_matter(page).get("description", "")
    assert 50 <= len(description) <= 200 or (page in JAPANESE_PAGES and len(description) >= 30)
