"""One Japanese term per concept: the data file's `terminology` holds, on every Japanese page."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.model import PreferredTerm
from comparison.terminology import misspellings_in_line, misspellings_in_markdown
from conftest import ROOT

SITE_DATA = load_data(ROOT / "comparison.yml", pages_under(ROOT / "docs"))
TERMS = [
    PreferredTerm(preferred="コンテナ", rejected=["コンテナー"]),
    PreferredTerm(preferred="ハイパーバイザー", rejected=["ハイパーバイザ"]),
]


def test_a_rejected_variant_is_found():
    assert misspellings_in_line("コンテナーを起動します。", TERMS) == [("コンテナー", "コンテナ")]
    found = misspellings_in_markdown("# 見出し\n\n本文のコンテナーです。\n", TERMS)
    assert [str(f) for f in found] == ["line 3: found 'コンテナー'; expected 'コンテナ'"]


def test_the_preferred_term_that_contains_a_rejected_one_is_not_a_hit():
    assert misspellings_in_line("ハイパーバイザーとコンテナ", TERMS) == []
    assert misspellings_in_line("ハイパーバイザの脆弱性", TERMS) == [
        ("ハイパーバイザ", "ハイパーバイザー")
    ]


def test_quotations_code_and_cited_titles_keep_their_own_spelling():
    markdown = (
        "> コンテナーと書く引用\n"
        "`コンテナー` はコード\n"
        "[コンテナーと仮想マシン](https://learn.microsoft.com/ja-jp/x)を参照\n"
        "[^ms]: Microsoft Learn「コンテナーと仮想マシン」\n"
        "```\nコンテナー\n```\n"
    )
    assert misspellings_in_markdown(markdown, TERMS) == []


def japanese_pages() -> list[Path]:
    return sorted(p for p in (ROOT / "docs").rglob("*.md") if not p.name.endswith(".en.md"))


@pytest.mark.parametrize("page", japanese_pages(), ids=lambda p: p.name)
def test_japanese_pages_use_the_preferred_terms(page):
    found = misspellings_in_markdown(page.read_text("utf-8"), SITE_DATA.terminology)
    assert not found, f"{page.relative_to(ROOT)}: " + "; ".join(map(str, found))


def test_the_data_files_japanese_texts_use_the_preferred_terms():
    from comparison.checks import _texts  # every text with its key path

    found = [
        f"{'.'.join(map(str, path))}: {variant} → {preferred}"
        for path, text in _texts(SITE_DATA, ())
        if path[-1] == "ja" and path[0] not in ("sources", "terminology")
        for variant, preferred in misspellings_in_line(text, SITE_DATA.terminology)
    ]
    assert not found


def test_the_site_lists_preferred_terms():
    preferred = {entry.preferred for entry in SITE_DATA.terminology}
    assert {"コンテナ", "ハイパーバイザー"} <= preferred
