"""What the built site offers beyond its pages: edit links, the published data, translation status.

One real build of the site, with the repository and site addresses set as the deploy workflow
sets them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from comparison.localized_text import JAPANESE_CHARACTERS
from conftest import ROOT, page, run_mkdocs_build
from translation.drift import page_pairs

REPOSITORY = "https://github.com/example-org/example-repo"
# As configure-pages gives it in base_url: no trailing slash.
SITE_URL = "https://example-org.github.io/example-repo"


def build(site_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run_mkdocs_build(ROOT / "mkdocs.yml", site_dir, env)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("published")
    result = build(site_dir, REPOSITORY_URL=REPOSITORY, SITE_URL=SITE_URL)
    assert result.returncode == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "WARNING" in line] == []
    return site_dir


PAIRS = page_pairs(ROOT)[0]


def url_of(source: str) -> str:
    """`docs/guide/index.md` -> `guide`, `docs/choose.md` -> `choose`, `docs/index.md` -> `.`"""
    path = source.removeprefix("docs/").removesuffix(".md").removesuffix("index").rstrip("/")
    return path or "."


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.japanese)
def test_every_page_links_to_its_own_source_file_for_editing(site, pair):
    for path, source, label in (
        (url_of(pair.japanese), pair.japanese, "編集"),
        ("en/" + url_of(pair.japanese).strip("."), pair.english, "Edit this page"),
    ):
        soup = page(site, path)
        link = soup.select_one("a[rel=edit]")
        assert link["href"] == f"{REPOSITORY}/edit/main/{source}"
        assert link["title"] == label


def test_no_page_asks_the_github_api_for_repository_facts(site):
    for html_file in site.rglob("*.html"):
        text = html_file.read_text("utf-8")
        assert "md-source" not in text, html_file
        assert "api.github.com" not in text, html_file


def test_canonical_addresses_come_from_the_site_url(site):
    link = page(site, "en/choose").select_one("link[rel=canonical]")
    assert link["href"] == f"{SITE_URL}/en/choose/"


def test_a_repository_that_is_no_address_stops_the_build(tmp_path):
    result = build(tmp_path / "site", REPOSITORY_URL="OWNER/REPO")
    assert result.returncode == 1
    assert result.stderr == (
        "ERROR   -  mkdocs.yml: extra.repository is 'OWNER/REPO'; expected the repository's "
        "address, https://github.com/OWNER/REPO (set it with the REPOSITORY_URL environment "
        "variable)\n"
    )


def test_the_data_is_published_once_as_json_that_its_schema_accepts(site):
    folder = site / "data"
    assert sorted(p.name for p in folder.iterdir()) == [
        "LICENSE.txt",
        "comparison.json",
        "comparison.schema.json",
    ]
    assert not (site / "en" / "data").exists()
    assert not (ROOT / "docs" / "data").exists()
    schema = json.loads((folder / "comparison.schema.json").read_text("utf-8"))
    assert schema == json.loads((ROOT / "schema" / "comparison.schema.json").read_text("utf-8"))
    data = json.loads((folder / "comparison.json").read_text("utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    # Every text is a ja/en pair in the JSON, even those written as one string in the YAML.
    assert all(set(subject["name"]) == {"ja", "en"} for subject in data["subjects"])


def test_the_licence_note_names_cc_by_in_both_languages(site):
    note = (site / "data" / "LICENSE.txt").read_text("utf-8")
    assert "Creative Commons Attribution 4.0 International (CC BY 4.0)" in note
    assert "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）" in note


def test_translation_status_lists_every_page_in_both_languages(site):
    for path, language, headers in (
        ("translations", "ja", ["ページ", "状態", "日本語（原文）", "英語（翻訳）"]),
        (
            "en/translations",
            "en",
            ["Page", "Status", "Japanese (original)", "English (translation)"],
        ),
    ):
        soup = page(site, path)
        assert soup.html["lang"] == language
        table = soup.select_one("article table")
        assert [th.get_text() for th in table.select("thead th")] == headers
        assert len(table.select("tbody tr")) == len(PAIRS)
        if language == "en":
            assert not JAPANESE_CHARACTERS.search(table.get_text())


def test_a_status_marker_with_arguments_stops_the_build(tmp_path):
    project = tmp_path / "project"
    for part in ("docs", "hooks", "overrides", "schema"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("mkdocs.yml", "comparison.yml"):
        shutil.copy(ROOT / part, project / part)
    # In both languages alike, so that the pages still match each other.
    for name in ("translations.md", "translations.en.md"):
        page_file = project / "docs" / name
        page_file.write_text(
            page_file.read_text("utf-8").replace(
                "<!-- compare:translation-status -->", "<!-- compare:translation-status lang=en -->"
            ),
            "utf-8",
        )
    result = run_mkdocs_build(project / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for page_file in ("docs/translations.md", "docs/translations.en.md"):
        lines = (project / page_file).read_text("utf-8").splitlines()
        line = next(n for n, text in enumerate(lines, 1) if "compare:translation-status" in text)
        assert (
            f"{page_file}:{line}: compare:translation-status lang=en: unknown argument `lang` "
            "for compare:translation-status; expected no arguments" in result.stderr
        )
