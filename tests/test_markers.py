"""Markers in page Markdown: where Markdown allows them they draw, in code they are code, and
every mistake is reported with the page file and line."""

from __future__ import annotations

from page_rendering import render_page


def problems(markdown: str, first_line: int = 1) -> list[str]:
    return render_page(markdown, first_line=first_line)[1]


def test_a_marker_is_replaced_and_other_comments_are_kept():
    soup, found = render_page(
        "# Title\n\n<!-- compare:table group=use -->\n\n<!-- a plain comment -->\n"
    )
    assert found == []
    assert soup.select_one("caption").get_text() == "Use: Box vs. Bag"
    assert soup.select_one("h1").find_next_sibling().get("class") == ["comparison-table"]
    assert "<!-- a plain comment -->" in str(soup)


def test_markers_render_inside_admonitions_list_items_and_details():
    markdown = (
        "!!! note\n\n    <!-- compare:table group=use -->\n\n"
        "- item\n\n    <!-- compare:flowchart tree=pick -->\n\n"
        '??? info "More"\n\n    <!-- compare:diagram name=layers -->\n'
    )
    soup, found = render_page(markdown)
    assert found == []
    assert soup.select_one("div.admonition div.comparison-table table") is not None
    assert soup.select_one("ul li figure.flowchart") is not None
    assert soup.select_one("details figure.diagram svg") is not None
    assert not soup.find_all("p", string=True, recursive=True) or "compare:" not in soup.get_text()


def test_markers_in_fenced_and_indented_code_are_code_shown_as_written():
    markdown = (
        "```markdown\n<!-- compare:tabel -->\n```\n\n~~~\n<!-- compare:table -->\n~~~\n\n"
        "Text.\n\n    <!-- compare:table -->\n\nInline `<!-- compare:table -->` too.\n"
    )
    soup, found = render_page(markdown)
    assert found == []
    assert not soup.select("table")
    assert [code.get_text().strip() for code in soup.select("code")] == [
        "<!-- compare:tabel -->",
        "<!-- compare:table -->",
        "<!-- compare:table -->",
        "<!-- compare:table -->",
    ]


def test_a_marker_with_other_text_on_its_line_is_an_error_not_a_shipped_comment():
    soup, found = render_page("Intro.\n\nSee <!-- compare:table --> here.\n")
    assert found == [
        "docs/guide/page.en.md:3: compare:table: the marker shares its line or paragraph with "
        "other text; expected it alone on a line of its own, with a blank line before and after"
    ]
    assert "compare:table" not in str(soup)


def test_a_marker_inside_raw_html_is_an_error():
    found = problems("<div>\n<!-- compare:table -->\n</div>\n")
    assert len(found) == 1 and "a marker inside other HTML is not drawn" in found[0]


def test_the_same_table_flowchart_and_diagram_twice_get_distinct_ids():
    markdown = "\n\n".join(
        [
            "<!-- compare:table -->",
            "<!-- compare:flowchart tree=pick -->",
            "<!-- compare:diagram name=layers -->",
        ]
        * 2
    )
    soup, found = render_page(markdown + "\n")
    assert found == []
    ids = [element["id"] for element in soup.select("[id]")]
    assert len(ids) == len(set(ids))
    assert len(soup.select("table")) == 2 and len(soup.select("figure.flowchart")) == 2
    assert soup.select("tr#attr-walls") and soup.select("tr#attr-walls-2")
    # Each copy's source marks point at its own list of sources.
    for region in soup.select("div.comparison-table"):
        target = region.select_one("sup a")["href"].lstrip("#")
        assert region.find_next_sibling("div", class_="comparison-sources").select_one(f"#{target}")


def test_unknown_marker_names_the_page_and_line():
    assert problems("# T\n\n<!-- compare:tabel -->\n") == [
        "docs/guide/page.en.md:3: compare:tabel: unknown marker 'compare:tabel'; "
        "expected one of: compare:table, compare:flowchart, compare:diagram, compare:glossary"
    ]


def test_the_line_counts_markers_in_code_before_it():
    markdown = "```\n<!-- compare:tabel -->\n```\n\n<!-- compare:tabel -->\n"
    assert problems(markdown, first_line=3) == [
        "docs/guide/page.en.md:7: compare:tabel: unknown marker 'compare:tabel'; "
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
        "<!-- compare:table attributes=walls,roof subjects=box,crate -->\n\n"
        "<!-- compare:table group=colour -->\n\n"
        "<!-- compare:flowchart tree=choose -->\n"
    ) == [
        "docs/guide/page.en.md:1: compare:table attributes=walls,roof subjects=box,crate: "
        "unknown attribute 'roof'; expected one of: walls, carry",
        "docs/guide/page.en.md:3: compare:table group=colour: unknown group 'colour'; "
        "expected one of: shape, use",
        "docs/guide/page.en.md:5: compare:flowchart tree=choose: unknown decision tree 'choose'; "
        "expected one of: pick",
    ]


def test_unknown_and_conflicting_arguments():
    assert problems(
        "<!-- compare:table colour=red -->\n\n"
        "<!-- compare:table group=use attributes=walls -->\n\n"
        "<!-- compare:flowchart -->\n\n"
        "<!-- compare:table group=use trailing words -->\n"
    ) == [
        "docs/guide/page.en.md:1: compare:table colour=red: unknown argument `colour` for "
        "compare:table; expected attributes, group, subjects",
        "docs/guide/page.en.md:3: compare:table group=use attributes=walls: give `attributes` "
        "or `group`, not both",
        "docs/guide/page.en.md:5: compare:flowchart: `tree` names one decision tree; "
        "expected tree=ID with one of: pick",
        "docs/guide/page.en.md:7: compare:table group=use trailing words: cannot read "
        "'trailing words'; expected arguments as key=value, lists separated by commas "
        "(attributes=size,startup)",
    ]


def test_quoted_lists_with_spaces_are_read():
    soup, found = render_page('<!-- compare:table attributes="walls, carry" subjects=bag -->\n')
    assert found == []
    assert len(soup.select("tbody th[scope=row]")) == 2
