"""Render one page's Markdown as the site does, without MkDocs: the generator's pure core."""

from __future__ import annotations

from bs4 import BeautifulSoup
from markdown import Markdown

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.model import ComparisonData, Source
from comparison.page_extension import ComparisonExtension, PageContext
from comparison.problems import Problem
from comparison.term_marks import TermFinder
from conftest import FIXTURE_SITE

FIXTURE_DATA = load_data(FIXTURE_SITE / "comparison.yml", pages_under(FIXTURE_SITE / "docs"))

ATLAS = Source.model_validate(
    {
        "id": "atlas",
        "title": "The Atlas of Boxes",
        "publisher": "Example Press",
        "url": "https://example.org/atlas",
        "checked": "2026-11-26",
    }
)
"""A second source for tests that need two, put before the fixture's own in their data."""

# The Markdown extensions of the site's mkdocs.yml that change what a marker or a citation is.
EXTENSIONS = [
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "footnotes",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
]


def render_page(
    markdown: str,
    *,
    language: str = "en",
    page_path: str = "guide/page.en.md",
    data: ComparisonData = FIXTURE_DATA,
    first_line: int = 1,
    glossary_path: str | None = "../glossary.md",
    extension_configs: dict[str, dict] | None = None,
) -> tuple[BeautifulSoup, list[str]]:
    """The page's HTML, parsed, and the problems it reported, each as the build prints it."""
    problems: list[Problem] = []
    extension = ComparisonExtension()
    extension.current = PageContext(
        data=data,
        language=language,
        page_path=page_path,
        shown_as=f"docs/{page_path}",
        source=markdown,
        first_line=first_line,
        terms=TermFinder(data.glossary.terms, language)
        if data.glossary and glossary_path
        else None,
        glossary_path=glossary_path,
        problems=problems,
    )
    html = Markdown(
        extensions=[*EXTENSIONS, extension], extension_configs=extension_configs or {}
    ).convert(markdown)
    return BeautifulSoup(html, "html.parser"), [str(problem) for problem in problems]
