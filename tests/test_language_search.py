"""One search index per language: the pure splitting, then a real build's two indexes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from language_search.index import (
    SearchIndexError,
    SearchLanguage,
    language_root,
    search_language,
    split_search_index,
)

JAPANESE = SearchLanguage("ja", r"[\s\-]+", ("stemmer",))
ENGLISH = SearchLanguage("en", r"[\s\-]+", ("stopWordFilter",))
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}


def combined(*locations: str) -> dict:
    return {
        "config": {"lang": ["ja", "en"], "separator": "x", "pipeline": [], "fields": FIELDS},
        "docs": [{"location": location, "title": location, "text": ""} for location in locations],
    }


def test_each_language_gets_its_own_pages_with_locations_from_its_root():
    japanese, english = split_search_index(
        combined("", "#summary", "choose/", "en/", "en/#summary", "en/choose/#choose-vm"),
        default=JAPANESE,
        others=[ENGLISH],
    )
    assert japanese.path == "search/search_index.json"
    assert [doc["location"] for doc in japanese.data["docs"]] == ["", "#summary", "choose/"]
    assert english.path == "en/search/search_index.json"
    assert [doc["location"] for doc in english.data["docs"]] == [
        "",
        "#summary",
        "choose/#choose-vm",
    ]
    # The title is kept as it was: only the location moves to the language's root.
    assert english.data["docs"][2]["title"] == "en/choose/#choose-vm"


def test_each_index_has_only_its_own_languages_pipeline():
    japanese, english = split_search_index(combined(), default=JAPANESE, others=[ENGLISH])
    assert japanese.data["config"] == {
        "lang": ["ja"],
        "separator": r"[\s\-]+",
        "pipeline": ["stemmer"],
        "fields": FIELDS,
    }
    assert english.data["config"]["lang"] == ["en"]
    assert english.data["config"]["pipeline"] == ["stopWordFilter"]


def test_a_page_whose_name_starts_like_a_language_stays_in_the_default_language():
    japanese, english = split_search_index(
        combined("english-notes/", "engine/"), default=JAPANESE, others=[ENGLISH]
    )
    assert len(japanese.data["docs"]) == 2
    assert english.data["docs"] == []


def test_splitting_leaves_the_combined_index_as_it_was():
    index = combined("en/choose/")
    split_search_index(index, default=JAPANESE, others=[ENGLISH])
    assert index == combined("en/choose/")


@pytest.mark.parametrize(
    ("index", "message"),
    [
        (
            {"docs": []},
            "expected an object with 'config' (an object) and 'docs' (a list); found keys: docs",
        ),
        (
            {"config": {}, "docs": [{"title": "x"}]},
            "docs[0]: expected an object with a 'location' string",
        ),
    ],
)
def test_an_index_not_shaped_as_material_writes_it_is_an_error(index, message):
    with pytest.raises(SearchIndexError) as error:
        split_search_index(index, default=JAPANESE, others=[ENGLISH])
    assert str(error.value) == message


def test_language_roots():
    assert language_root("ja", "ja") == ""
    assert language_root("en", "ja") == "en/"


def test_japanese_splits_where_kanji_meets_katakana_as_material_splits_the_query():
    separator = re.compile(search_language("ja", r"[\s\-　、。，．]+", ["stemmer"]).separator)
    assert [w for w in separator.split("仮想マシンとコンテナ技術、カーネル") if w] == [
        "仮想",
        "マシンとコンテナ",
        "技術",
        "カーネル",
    ]
    assert search_language("en", r"[\s\-]+", []).separator == r"[\s\-]+"


# ---- A real build ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(real_site) -> Path:
    return real_site


def test_indexes_are_utf_8_without_escaped_code_points(site):
    text = (site / "search" / "search_index.json").read_text("utf-8")
    assert "仮想マシン" in text
    assert "\\u" not in text.replace("\\\\", "")  # an escaped backslash is no escape


def test_the_build_writes_one_index_per_language_of_its_own_pages(site):
    japanese = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    english = json.loads((site / "en" / "search" / "search_index.json").read_text("utf-8"))
    assert japanese["config"]["lang"] == ["ja"]
    assert english["config"]["lang"] == ["en"]
    for index, root, language in ((japanese, site, "ja"), (english, site / "en", "en")):
        pages = {doc["location"].split("#")[0] for doc in index["docs"]}
        # Every page of the site, each once: the other language's pages are not in it.
        assert len(pages) == len(list((ROOT / "docs").rglob("*.en.md")))
        for page in pages:
            built = root / page / "index.html"
            assert f'<html lang="{language}"' in built.read_text("utf-8"), built


def test_english_pages_point_search_at_the_english_index(site):
    for path, base in (("choose", "../"), ("en/choose", "../../en/"), ("en", "../en/")):
        config = (site / path / "index.html").read_text("utf-8").split('id="__config"')[1]
        assert f'"base": "{base}"' in config
