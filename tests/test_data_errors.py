"""Each class of bad data file gives a clear, located message; all problems come at once."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.problems import DataFileError
from comparison.yaml_reader import describe_syntax_error
from conftest import FIXTURE_SITE

GOOD_DATA = (FIXTURE_SITE / "comparison.yml").read_text("utf-8")
DOCS = FIXTURE_SITE / "docs"
PAGES = pages_under(DOCS)


def write(tmp_path: Path, text: str) -> Path:
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(text, "utf-8")
    return data_file


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


def test_yaml_syntax_error_names_the_line_and_column_in_plain_words(tmp_path):
    text = edited("    label: {ja: 壁, en: Walls}", "    label: {ja: 壁, en: Walls")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:17:11: YAML syntax: found the '{' of line 16 not closed; "
        "expected '}' on its line"
    ]


def test_a_tab_in_the_indentation_says_indent_with_spaces(tmp_path):
    text = edited("    group: shape\n", "\tgroup: shape\n")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:15:1: YAML syntax: found a tab; expected spaces: indent with spaces"
    ]


def test_a_key_out_of_line_says_how_to_indent(tmp_path):
    text = edited("    group: shape\n", "   group: shape\n")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:15:4: YAML syntax: found a line whose indentation does not line up with "
        "the lines above; expected the keys of one entry lined up, indented with spaces"
    ]


def test_a_colon_inside_braces_says_how_to_write_the_text(tmp_path):
    text = edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁, en: Walls: thick}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:16:29: YAML syntax: found ':' inside the {…} of line 16; expected ',' "
        "or '}'; quote the text, or write ja:/en: on lines of their own"
    ]


def test_a_comma_inside_braces_is_no_unknown_key_but_a_hint(tmp_path):
    text = edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁, en: Walls, thick ones}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:16: attributes[walls].label.thick ones: found a key `thick ones` in a "
        "ja/en text; expected only `ja:` and `en:` (a comma inside {…} starts a new key: quote "
        "the text, or write ja:/en: on lines of their own)"
    ]


def test_top_level_must_be_a_mapping(tmp_path):
    assert problems_in(tmp_path, "- a\n- b\n") == [
        "comparison.yml:1: file: found list; expected a mapping with `subjects`, `groups`, "
        "`attributes` …"
    ]


def test_missing_english_text_names_the_key_path_and_line(tmp_path):
    text = edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:16: attributes[walls].label.en: the English text is missing; "
        "expected both `ja:` and `en:`"
    ]


def test_missing_japanese_text(tmp_path):
    text = edited("label: {ja: 形, en: Shape}", "label: {en: Shape}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:10: groups[shape].label.ja: the Japanese text is missing; "
        "expected both `ja:` and `en:`"
    ]


def test_plain_string_with_japanese_would_leak_into_english_pages(tmp_path):
    text = edited("      bag: Strap", "      bag: 肩ひも")
    [problem] = problems_in(tmp_path, text)
    assert problem.startswith("comparison.yml:26: attributes[carry].values.bag: found '肩ひも': ")
    assert "write it as `ja:` and `en:`" in problem


def test_unknown_key_lists_the_expected_keys(tmp_path):
    text = edited("    group: shape\n", "    grop: shape\n")
    problems = problems_in(tmp_path, text)
    assert (
        "comparison.yml:15: attributes[walls].grop: unknown key `grop`; expected one of: "
        "id, group, label, values, note, sources (did you mean 'group'?)"
    ) in problems
    assert (
        "comparison.yml:14: attributes[walls].group: `group` is missing; expected a value for it"
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
        "comparison.yml:21: attributes[walls].id: duplicate id 'walls' (2 entries of attributes "
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
        "comparison.yml:26: attributes[carry].values.bog: unknown subject 'bog'; "
        "expected one of: bag, box (did you mean 'box'?)",
        "comparison.yml:24: attributes[carry].values: no value for subject 'bag'; "
        "expected a value for every subject",
    ]


def test_note_about_an_unknown_subject(tmp_path):
    text = edited(
        "    note: {ja: 目安です, en: A rule of thumb}",
        "    note: {ja: 目安です, en: A rule of thumb, subject: bog}",
    )
    assert problems_in(tmp_path, text) == [
        "comparison.yml:27: attributes[carry].note.subject: unknown subject 'bog'; "
        "expected one of: bag, box (did you mean 'box'?)",
    ]


def test_unknown_group_and_source(tmp_path):
    text = edited("    group: use", "    group: usage").replace("[manual]", "[manuel]")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:20: attributes[walls].sources[0]: unknown source 'manuel'; "
        "expected one of: manual (did you mean 'manual'?)",
        "comparison.yml:22: attributes[carry].group: unknown group 'usage'; "
        "expected one of: shape, use (did you mean 'use'?)",
        "comparison.yml:79: glossary.terms[box].sources[0]: unknown source 'manuel'; "
        "expected one of: manual (did you mean 'manual'?)",
        "comparison.yml:11: groups[use].id: group 'use' has no attribute; "
        "expected every group to be used",
        "comparison.yml:29: sources[manual].id: source 'manual' is cited nowhere; "
        "expected every source to be cited",
    ]


def test_branch_that_points_nowhere_is_reported_once(tmp_path):
    text = edited("        no: soft", "        no: sfot")
    # What lies behind the broken branch is not reported again as out of reach.
    assert problems_in(tmp_path, text) == [
        "comparison.yml:42: decision_trees.pick.questions.heavy.no: branch points nowhere: "
        "'sfot' is no question or outcome of this tree; expected one of: bag, box, heavy, soft "
        "(did you mean 'soft'?)"
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
        "comparison.yml:18: attributes[walls].values.box.en: links to a missing page "
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
        "comparison.yml:33: sources[manual].checked: found 'last week'; "
        "expected a date written YYYY-MM-DD, or unverified"
    )


def test_the_error_message_counts_and_lists_the_problems(tmp_path):
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁}"), "utf-8")
    with pytest.raises(DataFileError) as caught:
        load_data(data_file, pages_under(DOCS))
    assert str(caught.value) == (
        "The data file comparison.yml is not valid (1 problem):\n"
        "  - comparison.yml:16: attributes[walls].label.en: the English text is missing; "
        "expected both `ja:` and `en:`"
    )


@pytest.mark.parametrize("written", ["2026-02-30", '"2026-02-30"'])
def test_a_day_that_does_not_exist_is_located_quoted_or_not(tmp_path, written):
    text = edited("checked: 2026-11-26", f"checked: {written}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:33: sources[manual].checked: found '2026-02-30': there is no such day; "
        "expected a day of the calendar written YYYY-MM-DD"
    ]


def test_a_day_more_than_a_day_ahead_is_in_the_future(tmp_path):
    today = datetime.datetime.now(datetime.UTC).date()
    later = (today + datetime.timedelta(days=3)).isoformat()
    latest = (today + datetime.timedelta(days=1)).isoformat()
    assert problems_in(tmp_path, edited("checked: 2026-11-26", f"checked: {later}")) == [
        f"comparison.yml:33: sources[manual].checked: found '{later}': this day is in the "
        "future; expected the day you compared the facts with the source, "
        f"{latest} at the latest"
    ]
    # Tomorrow is a contributor's today in another time zone.
    load_data(write(tmp_path, edited("checked: 2026-11-26", f"checked: {latest}")), PAGES)


def test_a_date_in_another_form(tmp_path):
    assert problems_in(tmp_path, edited("checked: 2026-11-26", "checked: 26.11.2026")) == [
        "comparison.yml:33: sources[manual].checked: found '26.11.2026'; "
        "expected a date written YYYY-MM-DD, or unverified"
    ]


def test_japanese_in_an_english_text(tmp_path):
    text = edited("label: {ja: 壁, en: Walls}", "label: {ja: 壁, en: 壁の厚さ}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:16: attributes[walls].label.en: found Japanese ('壁の厚さ') in an "
        "English text; expected English only (a Japanese source title: mark the source "
        "`language: ja`)"
    ]


def test_a_japanese_source_title_is_marked_in_the_data(tmp_path):
    japanese_title = "title: {ja: 箱の手引き, en: 箱の手引き}"
    with_title = edited("title: The Box Manual", japanese_title)
    assert problems_in(tmp_path, with_title) == [
        "comparison.yml:30: sources[manual].title.en: found Japanese ('箱の手引き') in an "
        "English text; expected English only (a Japanese source title: mark the source "
        "`language: ja`)"
    ]
    marked = with_title.replace(japanese_title, japanese_title + "\n    language: ja")
    load_data(write(tmp_path, marked), PAGES)


def test_a_terminology_note_may_quote_japanese_in_english(tmp_path):
    # Notes on Japanese spellings are shown on no page; they name the spellings they discuss.
    text = edited(
        "    rejected: [ストラップー, 肩紐]\n",
        "    rejected: [ストラップー, 肩紐]\n    note:\n      ja: 肩紐とは書かない\n"
        "      en: Do not write 肩紐\n",
    )
    load_data(write(tmp_path, text), PAGES)


def test_a_reading_in_romaji(tmp_path):
    assert problems_in(tmp_path, edited("reading: はこ\n", "reading: hako\n")) == [
        "comparison.yml:76: glossary.terms[box].reading: found 'hako'; expected a reading in "
        "hiragana (for example かそうましん), by which the glossary is sorted"
    ]


def test_two_attributes_with_the_same_label(tmp_path):
    text = edited("label: {ja: 持ち方, en: How to carry}", "label: {ja: 壁, en: How to carry}")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:23: attributes[carry].label.ja: found the label '壁' of attribute "
        "'walls' again; expected a label of its own for each attribute"
    ]


def test_a_subject_without_a_stack_and_a_stack_twice(tmp_path):
    text = edited("      - subject: bag\n", "      - subject: box\n")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:63: diagrams.layers.stacks[box].subject: found a second stack for "
        "subject 'box'; expected one stack per subject",
        "comparison.yml:57: diagrams.layers.stacks: no stack for subject 'bag'; expected a "
        "stack for every subject (the diagram would leave it out)",
    ]


def test_a_stack_for_an_unknown_subject(tmp_path):
    text = edited("      - subject: bag\n", "      - subject: bog\n")
    assert problems_in(tmp_path, text) == [
        "comparison.yml:63: diagrams.layers.stacks[bog].subject: unknown subject 'bog'; "
        "expected one of: bag, box (did you mean 'box'?)",
        "comparison.yml:57: diagrams.layers.stacks: no stack for subject 'bag'; expected a "
        "stack for every subject (the diagram would leave it out)",
    ]


def test_a_long_list_of_ids_gives_the_closest_instead(tmp_path):
    extra_sources = "".join(
        f"  - id: source-number-{n}\n    title: T\n    publisher: P\n"
        f"    url: https://example.org/{n}\n    checked: unverified\n"
        for n in range(12)
    )
    text = edited("sources:\n", "sources:\n" + extra_sources).replace(
        "sources: [manual]", "sources: [manual, source-numbr-3]", 1
    )
    problems = problems_in(tmp_path, text)
    assert problems[0] == (
        "comparison.yml:20: attributes[walls].sources[1]: unknown source 'source-numbr-3'; "
        "expected one of the 13 source ids; did you mean 'source-number-3'?"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a:\n\tb: 1\n", (2, 1, "found a tab; expected spaces: indent with spaces")),
        (
            "a: `x`\n",
            (
                1,
                4,
                "found a text starting with '`'; expected it in quotes (\"…\"), since YAML "
                "reserves that character",
            ),
        ),
        ('a: "x\n', (1, 4, 'found a " that is never closed; expected a closing "')),
        (
            "a: [1,\nb: 2\n",
            (3, 1, "found the '[' of line 1 not closed; expected ']' on its line"),
        ),
    ],
)
@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_syntax_errors_read_the_same_from_libyaml_and_from_python(text, expected, loader):
    with pytest.raises(yaml.YAMLError) as caught:
        yaml.load(text, Loader=getattr(yaml, loader))
    assert describe_syntax_error(text, caught.value) == expected
