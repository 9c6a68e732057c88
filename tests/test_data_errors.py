"""Each class of bad data file gives a clear, located message; all problems come at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.problems import DataFileError
from conftest import FIXTURE_SITE

GOOD_DATA = (FIXTURE_SITE / "comparison.yml").read_text("utf-8")
DOCS = FIXTURE_SITE / "docs"


def problems_in(tmp_path: Path, text: str) -> list[str]:
    """The problem lines reported for a data file with `text`."""
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(text, "utf-8")
    with pytest.raises(DataFileError) as caught:
        load_data(data_file, pages_under(DOCS))
    return [str(problem) for problem in caught.value.problems]


def edited(old: str, new: str) -> str:
    assert old in GOOD_DATA, f"the fixture data no longer contains {old!r}"
    return GOOD_DATA.replace(old, new, 1)


def test_the_fixture_data_is_valid(tmp_path):
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(GOOD_DATA, "utf-8")
    data = load_data(data_file, pages_under(DOCS))
    assert [s.id for s in data.subjects] == ["box", "bag"]


def test_missing_file(tmp_path):
    with pytest.raises(DataFileError) as caught:
        load_data(tmp_path / "nowhere.yml", pages_under(DOCS))
    assert [str(p) for p in caught.value.problems] == [
        "nowhere.yml: file: not found; expected the data file at this path"
    ]


def test_empty_file(tmp_path):
    assert problems_in(tmp_path, "# only a comment\n") == [
        "comparison.yml: file: is empty; expected a mapping with `subjects`, `attributes` …"
    ]


def test_yaml_syntax_error_names_the_line(tmp_path):
    text = edited("    label: {ja: 壁, en: Walls}", "    label: {ja: 壁, en: Walls")
    [problem] = problems_in(tmp_path, text)
    assert problem.startswith("comparison.yml:")
    assert "is not valid YAML" in problem
    line = int(problem.split(":")[1])
    assert 16 <= line <= 17, problem  # the broken mapping is on line 16


def test_top_level_must_be_a_mapping(tmp_path):
    assert problems_in(tmp_path, "- a\n- b\n") == [
        "comparison.yml:1: file: found list; expected a mapping with `subjects`, `groups`, "
        "`attributes` …"
    ]


def test_missing_english_text_names_the_key_path_and_line(tmp_path):
    text = edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:16: attributes[0].label.en: the English text is missing; "
        "expected both `ja:` and `en:`"
    ]


def test_missing_japanese_text(tmp_path):
    text = edited("label: {ja: 形, en: Shape}", "label: {en: Shape}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:10: groups[0].label.ja: the Japanese text is missing; "
        "expected both `ja:` and `en:`"
    ]


def test_plain_string_with_japanese_would_leak_into_english_pages(tmp_path):
    text = edited("      bag: Strap", "      bag: 肩ひも")
    [problem] = problems_in(tmp_path, text)
    assert problem.startswith("comparison.yml:26: attributes[1].values.bag: found '肩ひも': ")
    assert "write it as `ja:` and `en:`" in problem


def test_unknown_key_lists_the_expected_keys(tmp_path):
    text = edited("    group: shape\n", "    grop: shape\n")
    problems = problems_in(tmp_path, text)
    assert (
        "comparison.yml:15: attributes[0].grop: unknown key `grop`; expected one of: "
        "id, group, label, values, note, sources"
    ) in problems
    assert (
        "comparison.yml:14: attributes[0].group: `group` is missing; expected a value for it"
        in problems
    )


def test_badly_formed_id(tmp_path):
    assert problems_in(tmp_path, edited("- id: walls", "- id: Thick Walls")) == [
        "comparison.yml:14: attributes[0].id: found 'Thick Walls'; expected an id of lowercase "
        "letters and digits joined by single hyphens (for example shared-kernel)"
    ]


def test_duplicate_ids(tmp_path):
    text = edited("  - id: carry\n", "  - id: walls\n")
    assert (
        "comparison.yml:21: attributes[1].id: duplicate id 'walls' (2 entries of attributes "
        "have it); expected each id once" in problems_in(tmp_path, text)
    )


def test_duplicate_mapping_keys_are_not_silently_overwritten(tmp_path):
    text = edited("        no: soft\n", "        no: soft\n        no: box\n")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:43: decision_trees.pick.questions.heavy.no: this key is given twice; "
        "expected each key once (the second would silently replace the first)"
    ]


def test_unknown_subject_and_missing_value(tmp_path):
    text = edited("      bag: Strap", "      bog: Strap")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:26: attributes[1].values.bog: unknown subject 'bog'; "
        "expected one of: bag, box",
        "comparison.yml:24: attributes[1].values: no value for subject 'bag'; "
        "expected a value for every subject",
    ]


def test_note_about_an_unknown_subject(tmp_path):
    text = edited(
        "    note: {ja: 目安です, en: A rule of thumb}",
        "    note: {ja: 目安です, en: A rule of thumb, subject: bog}",
    )
    assert problems_in(tmp_path, text) == [
        "comparison.yml:27: attributes[1].note.subject: unknown subject 'bog'; "
        "expected one of: bag, box",
    ]


def test_unknown_group_and_source(tmp_path):
    text = edited("    group: use", "    group: usage").replace("[manual]", "[manuel]")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:20: attributes[0].sources[0]: unknown source 'manuel'; "
        "expected one of: manual",
        "comparison.yml:22: attributes[1].group: unknown group 'usage'; "
        "expected one of: shape, use",
        "comparison.yml:79: glossary.terms[1].sources[0]: unknown source 'manuel'; "
        "expected one of: manual",
        "comparison.yml:11: groups[1].id: group 'use' has no attribute; "
        "expected every group to be used",
        "comparison.yml:29: sources[0].id: source 'manual' is cited nowhere; "
        "expected every source to be cited",
    ]


def test_branch_that_points_nowhere(tmp_path):
    text = edited("        no: soft", "        no: sfot")
    problems = problems_in(tmp_path, text)
    assert problems[0] == (
        "comparison.yml:42: decision_trees.pick.questions.heavy.no: branch points nowhere: "
        "'sfot' is no question or outcome of this tree; expected one of: bag, box, heavy, soft"
    )
    # With the branch broken, the question behind it is out of reach too; both are reported.
    assert problems[1:] == [
        "comparison.yml:43: decision_trees.pick.questions.soft: no path from the start 'heavy' "
        "reaches 'soft'; expected every question and outcome to be reachable",
        "comparison.yml:50: decision_trees.pick.outcomes.bag: no path from the start 'heavy' "
        "reaches 'bag'; expected every question and outcome to be reachable",
    ]


def test_cycle(tmp_path):
    text = edited("        no: box\n", "        no: heavy\n")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:39: decision_trees.pick.questions.heavy: the questions form a cycle "
        "(heavy → soft → heavy); expected every path to end at an outcome"
    ]


def test_outcome_that_no_path_reaches(tmp_path):
    text = edited("        yes: bag\n", "        yes: box\n")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:50: decision_trees.pick.outcomes.bag: no path from the start 'heavy' "
        "reaches 'bag'; expected every question and outcome to be reachable"
    ]


def test_start_that_is_no_question(tmp_path):
    problems = problems_in(tmp_path, edited("start: heavy", "start: box"))
    assert problems[0] == (
        "comparison.yml:37: decision_trees.pick.start: start 'box' is not a question; "
        "expected one of: heavy, soft"
    )


def test_link_to_a_missing_page(tmp_path):
    text = edited("page: guide/deep/index.md#bags", "page: guide/shallow.md#bags").replace(
        "[guide](guide/index.md#carry)", "[guide](guides/index.md#carry)"
    )
    assert problems_in(tmp_path, text) == [
        "comparison.yml:53: decision_trees.pick.outcomes.bag.page: links to a missing page "
        "'guide/shallow.md'; expected a page under docs/ in both languages "
        "(for example containers.md with containers.en.md)",
        "comparison.yml:18: attributes[0].values.box.en: links to a missing page "
        "'guides/index.md'; expected a page under docs/ in both languages "
        "(for example containers.md with containers.en.md)",
    ]


def test_every_problem_is_reported_at_once(tmp_path):
    text = (
        edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁}")
        .replace("label: {ja: 形, en: Shape}", "label: {en: Shape}")
        .replace("checked: 2026-11-26", "checked: last week")
    )
    problems = problems_in(tmp_path, text)
    assert len(problems) == 3
    assert problems[2] == (
        "comparison.yml:33: sources[0].checked: found 'last week'; "
        "expected a date written YYYY-MM-DD, or unverified"
    )


def test_the_error_message_counts_and_lists_the_problems(tmp_path):
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁}"), "utf-8")
    with pytest.raises(DataFileError) as caught:
        load_data(data_file, pages_under(DOCS))
    assert str(caught.value) == (
        "The data file comparison.yml is not valid (1 problem):\n"
        "  - comparison.yml:16: attributes[0].label.en: the English text is missing; "
        "expected both `ja:` and `en:`"
    )
