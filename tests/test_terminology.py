"""One Japanese term per concept: the data file's `terminology` finds rejected spellings.

Where the rule looks (prose, not quotations, code or cited titles) is tested with the other
content rules in test_content_rules.py; the real site passes them all in test_pages.py.
"""

from __future__ import annotations

from comparison.model import PreferredTerm
from comparison.preferred_terms import misspellings_at, misspellings_in_line
from test_pages import SITE_DATA

TERMS = [
    PreferredTerm(preferred="コンテナ", rejected=["コンテナー"]),
    PreferredTerm(preferred="ハイパーバイザー", rejected=["ハイパーバイザ"]),
]


def test_a_rejected_variant_is_found_with_its_place():
    assert misspellings_in_line("コンテナーを起動します。", TERMS) == [("コンテナー", "コンテナ")]
    assert misspellings_at("本文のコンテナーです。", TERMS) == [(3, "コンテナー", "コンテナ")]


def test_the_preferred_term_that_contains_a_rejected_one_is_not_a_hit():
    assert misspellings_in_line("ハイパーバイザーとコンテナ", TERMS) == []
    assert misspellings_in_line("ハイパーバイザの脆弱性", TERMS) == [
        ("ハイパーバイザ", "ハイパーバイザー")
    ]


def test_the_site_lists_preferred_terms():
    preferred = {entry.preferred for entry in SITE_DATA.terminology}
    assert {"コンテナ", "ハイパーバイザー"} <= preferred
