"""A contributor's usual mistakes, each made in a real build of the fixture site: the build
stops with the file, line, key path, what was found and what was expected; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from conftest import build_in_process, page, run_mkdocs_build


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{path.name} no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def failed_build(site: Path, tmp_path: Path) -> str:
    result = run_mkdocs_build(site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    return result.stderr


def problem_lines(stderr: str) -> list[str]:
    return [line.strip()[2:] for line in stderr.splitlines() if line.strip().startswith("- ")]


def test_a_day_that_does_not_exist(fixture_site, tmp_path):
    edit(fixture_site / "comparison.yml", "checked: 2026-11-26", "checked: 2026-02-30")
    assert (
        "comparison.yml:33: sources[manual].checked: found '2026-02-30': there is no such day; "
        "expected a day of the calendar written YYYY-MM-DD"
    ) in problem_lines(failed_build(fixture_site, tmp_path))


def test_japanese_in_an_english_text(fixture_site, tmp_path):
    edit(fixture_site / "comparison.yml", "{ja: 壁, en: Walls}", "{ja: 壁, en: 壁}")
    assert (
        "comparison.yml:16: attributes[walls].label.en: found Japanese ('壁') in an English "
        "text; expected English only (a Japanese source title: mark the source `language: ja`)"
    ) in problem_lines(failed_build(fixture_site, tmp_path))


def test_a_tab_in_the_data_file(fixture_site, tmp_path):
    edit(fixture_site / "comparison.yml", "    group: shape\n", "\tgroup: shape\n")
    assert problem_lines(failed_build(fixture_site, tmp_path)) == [
        "comparison.yml:15:1: YAML syntax: found a tab; expected spaces: indent with spaces"
    ]


def test_a_missing_translation_names_the_file_and_its_original(fixture_site, tmp_path):
    (fixture_site / "docs" / "guide" / "deep" / "index.en.md").unlink()
    assert (
        "docs/guide/deep/index.en.md: missing; docs/guide/deep/index.md has no English "
        "translation" in problem_lines(failed_build(fixture_site, tmp_path))
    )


def test_a_missing_original_names_the_translation(fixture_site, tmp_path):
    (fixture_site / "docs" / "guide" / "deep" / "index.md").unlink()
    assert (
        "docs/guide/deep/index.md: missing; docs/guide/deep/index.en.md has no Japanese "
        "original" in problem_lines(failed_build(fixture_site, tmp_path))
    )


def test_a_data_link_to_a_missing_anchor_is_blamed_on_the_data_file(fixture_site, tmp_path):
    data = fixture_site / "comparison.yml"
    edit(data, "(guide/index.md#carry)", "(guide/index.md#cary)")
    edit(data, "(see the [guide](guide/index.md#carry))", "(see the [guide](guide/index.md#cary))")
    assert problem_lines(failed_build(fixture_site, tmp_path)) == [
        "comparison.yml:18: attributes[walls].values.box.ja: found a link to '#cary', which "
        "docs/guide/index.md does not have; expected one of: _1, carry (did you mean 'carry'?)",
        "comparison.yml:18: attributes[walls].values.box.ja: found a link to '#cary', which "
        "docs/guide/index.en.md does not have; expected one of: carry, guide "
        "(did you mean 'carry'?)",
        "comparison.yml:18: attributes[walls].values.box.en: found a link to '#cary', which "
        "docs/guide/index.md does not have; expected one of: _1, carry (did you mean 'carry'?)",
        "comparison.yml:18: attributes[walls].values.box.en: found a link to '#cary', which "
        "docs/guide/index.en.md does not have; expected one of: carry, guide "
        "(did you mean 'carry'?)",
    ]


def test_every_page_problem_of_both_languages_comes_in_one_run(fixture_site, tmp_path):
    docs = fixture_site / "docs"
    edit(docs / "guide" / "index.md", "# 案内", "# 案内\n\n箱はLinuxで動きます。")
    edit(docs / "guide" / "index.en.md", "# Guide", "# Guide\n\nA bag is a 袋.")
    edit(docs / "index.en.md", "with a table and a flowchart.", "short.")
    edit(docs / "guide" / "deep" / "index.md", "## 袋 {#bags}", "## 袋 {#bags}\n\n肩紐で持ちます。")
    edit(docs / "guide" / "deep" / "index.en.md", "{#bags}", "{#sacks}")
    problems = problem_lines(failed_build(fixture_site, tmp_path))
    assert problems == [
        "docs/guide/deep/index.en.md:7: heading 2: found {#sacks}; expected {#bags}, "
        "as in docs/guide/deep/index.md",
        "docs/guide/deep/index.md:9: terminology: found '肩紐'; expected 'ストラップ'",
        "docs/guide/index.en.md:7: Japanese on an English page: found '袋'; expected English only",
        "docs/guide/index.md:7: spacing between Japanese and Latin words: found 'はLinux'; "
        "expected 'は Linux'",
        "docs/guide/index.md:7: spacing between Japanese and Latin words: found 'Linuxで'; "
        "expected 'Linux で'",
        "docs/index.en.md:2: description: found 48 characters; expected 50 to 200 characters",
        # The data file's links to the anchor that the English page lost:
        "comparison.yml:53: decision_trees.pick.outcomes.bag.page: found a link to '#bags', "
        "which docs/guide/deep/index.en.md does not have; expected one of: bags-in-depth, sacks",
        "comparison.yml:82: glossary.terms[strap].definition.en: found a link to '#bags', "
        "which docs/guide/deep/index.en.md does not have; expected one of: bags-in-depth, sacks",
    ]


def test_spacing_in_a_japanese_text_of_the_data_file(fixture_site, tmp_path):
    edit(fixture_site / "comparison.yml", "{ja: 壁, en: Walls}", "{ja: OSの壁, en: Walls}")
    assert problem_lines(failed_build(fixture_site, tmp_path)) == [
        "comparison.yml:16: attributes[walls].label.ja: spacing between Japanese and Latin "
        "words: found 'OSの'; expected 'OS の'"
    ]


def test_a_first_mention_of_virtual_machines(fixture_site, tmp_path):
    edit(fixture_site / "docs" / "guide" / "index.md", "# 案内", "# 案内\n\n箱は VM に似ています。")
    assert problem_lines(failed_build(fixture_site, tmp_path)) == [
        "docs/guide/index.md:7: first mention of virtual machines: found 'VM に似て'; "
        "expected '仮想マシン（VM）'"
    ]


THIRD_SUBJECT = {
    "subjects:\n": "subjects:\n  - id: tube\n    name: {ja: 筒, en: Tube}\n    page: index.md\n",
    '      bag: {ja: "柔らかい `a|b<c`", en: "Soft `a|b<c`"}\n': (
        '      bag: {ja: "柔らかい `a|b<c`", en: "Soft `a|b<c`"}\n'
        "      tube:\n        ja: 丸い\n        en: Round\n"
    ),
    "      bag: Strap\n": "      bag: Strap\n      tube:\n        ja: 片手\n        en: One hand\n",
    "    stacks:\n": (
        "    stacks:\n      - subject: tube\n        layers:\n"
        "          - label:\n              ja: 筒\n              en: Tube\n"
        "            kind: hardware\n"
    ),
}


def test_a_subject_added_through_the_data_only(fixture_site, tmp_path):
    for old, new in THIRD_SUBJECT.items():
        edit(fixture_site / "comparison.yml", old, new)
    result = run_mkdocs_build(fixture_site / "mkdocs.yml", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    for path, name in ((".", "筒"), ("en", "Tube")):
        built = page(tmp_path / "out", path)
        assert name in [th.get_text() for th in built.select(".comparison-table thead th")]
        stacks = built.select("figure.diagram svg[data-subject]")
        assert sorted(svg["data-subject"] for svg in stacks) == ["bag", "box", "tube"]


def test_a_subject_without_a_stack_is_not_left_out_silently(fixture_site, tmp_path):
    edits = dict(THIRD_SUBJECT)
    del edits["    stacks:\n"]
    for old, new in edits.items():
        edit(fixture_site / "comparison.yml", old, new)
    assert problem_lines(failed_build(fixture_site, tmp_path)) == [
        "comparison.yml:66: diagrams.layers.stacks: no stack for subject 'tube'; expected a "
        "stack for every subject (the diagram would leave it out)"
    ]


def test_serve_shows_the_problem_then_builds_again_once_fixed(fixture_site, tmp_path, caplog):
    # `mkdocs serve` rebuilds in one process: a mistake is a PluginError, never a traceback,
    # and the next build after the fix succeeds.
    data = fixture_site / "comparison.yml"
    edit(data, "checked: 2026-11-26", "checked: 2026-02-30")
    with pytest.raises(Abort):
        build_in_process(fixture_site / "mkdocs.yml", tmp_path / "out")
    assert "comparison.yml:33: sources[manual].checked: found '2026-02-30'" in caplog.text
    assert "Traceback" not in caplog.text
    edit(data, "checked: 2026-02-30", "checked: 2026-11-26")
    build_in_process(fixture_site / "mkdocs.yml", tmp_path / "out")
    assert page(tmp_path / "out", "en").select_one(".comparison-table")


def test_the_rules_run_once_per_build_for_both_languages(fixture_site, tmp_path, monkeypatch):
    # static-i18n builds English inside the Japanese build; the rules have read both
    # languages already by then, so the nested pass does not read the pages again.
    import content_rules.site

    reads = []
    read_pages = content_rules.site.read_pages

    def counted(*args, **kwargs):
        pages = read_pages(*args, **kwargs)
        reads.append(sorted(page.language for page in pages))
        return pages

    monkeypatch.setattr(content_rules.site, "read_pages", counted)
    build_in_process(fixture_site / "mkdocs.yml", tmp_path / "out")
    assert reads == [["en"] * 4 + ["ja"] * 4]
    assert page(tmp_path / "out", "en").html["lang"] == "en"
