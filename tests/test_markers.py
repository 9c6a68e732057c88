"""Markers in page Markdown: what they draw, and the errors a contributor gets."""

from __future__ import annotations

import pytest

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.markers import render_markers
from comparison.problems import MarkerError
from conftest import FIXTURE_SITE

DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))


def render(markdown: str, language: str = "en", first_line: int = 1) -> str:
    return render_markers(
        markdown,
        DATA,
        language,
        page_path="guide/page.en.md",
        shown_as="docs/guide/page.en.md",
        first_line=first_line,
    )


def problems(markdown: str, first_line: int = 1) -> list[str]:
    with pytest.raises(MarkerError) as caught:
        render(markdown, first_line=first_line)
    return [str(problem) for problem in caught.value.problems]


def test_markers_are_replaced_and_other_lines_kept():
    output = render("# Title\n\n<!-- compare:table group=use -->\n\n<!-- a plain comment -->\n")
    assert output.startswith('# Title\n\n\n<div class="comparison-table"')
    assert (
        '<caption id="table-1-caption" markdown="span">'
        '<span class="comparison-table__caption">Use: Box vs. Bag</span></caption>'
    ) in output
    assert output.endswith("\n<!-- a plain comment -->\n")


def test_tables_on_one_page_get_distinct_ids():
    output = render("<!-- compare:table group=use -->\n<!-- compare:table group=shape -->\n")
    assert 'id="table-1-caption"' in output and 'id="table-2-caption"' in output


def test_quoted_lists_with_spaces_are_read():
    output = render('<!-- compare:table attributes="walls, carry" subjects=bag -->\n')
    assert output.count('<tr markdown="block"><th scope="row"') == 2


def test_markers_inside_fenced_code_are_examples():
    markdown = "```markdown\n<!-- compare:tabel -->\n```\n\n~~~\n<!-- compare:table -->\n~~~\n"
    assert render(markdown) == markdown


def test_unknown_marker_names_the_page_and_line():
    assert problems("# T\n\n<!-- compare:tabel -->\n") == [
        "docs/guide/page.en.md:3: compare:tabel: unknown marker 'compare:tabel'; "
        "expected one of: compare:table, compare:flowchart, compare:diagram, compare:glossary"
    ]


def test_misspelt_prefix_is_an_error_not_a_comment():
    assert problems("<!-- compere:table -->\n", first_line=5) == [
        "docs/guide/page.en.md:5: compere:table: unknown marker prefix 'compere:'; "
        "expected 'compare:'"
    ]


def test_marker_without_a_colon_is_an_error():
    assert problems("<!-- compare table -->\n") == [
        "docs/guide/page.en.md:1: compare table: 'compare table' is not a marker; "
        "expected `compare:NAME key=value …`"
    ]


def test_unknown_ids_are_named_with_what_exists():
    assert problems(
        "<!-- compare:table attributes=walls,roof subjects=box,crate -->\n"
        "<!-- compare:table group=colour -->\n"
        "<!-- compare:flowchart tree=choose -->\n"
    ) == [
        "docs/guide/page.en.md:1: compare:table attributes=walls,roof subjects=box,crate: "
        "unknown attribute 'roof'; expected one of: walls, carry",
        "docs/guide/page.en.md:2: compare:table group=colour: unknown group 'colour'; "
        "expected one of: shape, use",
        "docs/guide/page.en.md:3: compare:flowchart tree=choose: unknown decision tree 'choose'; "
        "expected one of: pick",
    ]


def test_unknown_subject_is_named():
    assert problems("<!-- compare:table subjects=crate -->\n") == [
        "docs/guide/page.en.md:1: compare:table subjects=crate: unknown subject 'crate'; "
        "expected one of: box, bag"
    ]


def test_unknown_and_conflicting_arguments():
    assert problems(
        "<!-- compare:table colour=red -->\n"
        "<!-- compare:table group=use attributes=walls -->\n"
        "<!-- compare:flowchart -->\n"
        "<!-- compare:table group=use trailing words -->\n"
    ) == [
        "docs/guide/page.en.md:1: compare:table colour=red: unknown argument `colour` for "
        "compare:table; expected attributes, group, subjects",
        "docs/guide/page.en.md:2: compare:table group=use attributes=walls: give `attributes` "
        "or `group`, not both",
        "docs/guide/page.en.md:3: compare:flowchart: `tree` names one decision tree; "
        "expected tree=ID with one of: pick",
        "docs/guide/page.en.md:4: compare:table group=use trailing words: cannot read "
        "'trailing words'; expected arguments as key=value, lists separated by commas "
        "(attributes=size,startup)",
    ]
