"""The contributor guides give the README's commands and the same marker reference, in both
languages."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from test_workflows import INSTALL_AND_SERVE, TEST

GUIDES = [ROOT / "CONTRIBUTING.md", ROOT / "CONTRIBUTING.ja.md"]


def markers(text: str) -> list[str]:
    return sorted(set(re.findall(r"<!-- compare:[^>]*-->", text)))


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_guides_give_the_readme_commands(guide):
    lines = guide.read_text("utf-8").splitlines()
    assert INSTALL_AND_SERVE in lines
    assert TEST in lines


def test_both_guides_list_the_same_markers_including_the_readme_ones():
    english, japanese = (markers(guide.read_text("utf-8")) for guide in GUIDES)
    assert english == japanese
    readme = (ROOT / "README.md").read_text("utf-8")
    for marker in re.findall(r"^(<!-- compare:[^>]*-->)", readme, re.MULTILINE):
        generic = re.sub(r"=[\w,-]+", "=", marker)
        assert any(re.sub(r"=[\w,-]+", "=", m) == generic for m in english), marker


def test_the_japanese_guide_uses_the_site_terms():
    text = GUIDES[1].read_text("utf-8")
    for term in ("コンテナ", "仮想マシン", "ハイパーバイザー"):
        assert term in text
    for rejected in ("ハイパーバイザ ", "ハイパバイザー", "仮想計算機"):
        assert rejected not in text


def test_the_pull_request_template_lists_the_checks():
    template = (ROOT / ".github" / "pull_request_template.md").read_text("utf-8")
    for command in (TEST, ".venv/bin/mkdocs build --strict", "scripts/check_translations.py"):
        assert command in template


def guide_messages(guide) -> set[str]:
    """The messages a guide quotes in full (code spans starting with a file name)."""
    spans = re.findall(r"``? ?((?:comparison\.yml|docs/)[^`]*?) ?``?(?=[ ,|：、)]|$)", guide)
    return {span for span in spans if "…" not in span}


def test_the_guides_quote_the_same_messages_and_each_is_one_a_test_asserts():
    english, japanese = (guide_messages(guide.read_text("utf-8")) for guide in GUIDES)
    assert english == japanese
    # Each quoted message is asserted, word for word, by a test that makes the mistake.
    # Adjacent string literals are one string; joined, a message split over lines is whole.
    tests = "".join(
        "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', path.read_text("utf-8")))
        for path in (ROOT / "tests").glob("test_*.py")
        if path.name != "test_contributing.py"
    )
    unasserted = [message for message in sorted(english) if message not in tests]
    assert unasserted == []


def test_the_japanese_guide_follows_the_site_spacing_rule():
    from content_rules.japanese_style import spacing_problems
    from content_rules.reading import PageReader

    guide = PageReader(["tables", "attr_list"], {}).read(
        "CONTRIBUTING.ja.md", "ja", GUIDES[1].read_text("utf-8")
    )
    found = [problem.found for block in guide.blocks for problem in spacing_problems(block)]
    assert found == []
