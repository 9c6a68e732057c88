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
