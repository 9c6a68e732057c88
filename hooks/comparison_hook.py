"""MkDocs hooks: the thin adapter between MkDocs' events and the `comparison` package.

mkdocs-static-i18n builds the site once per language, so each event here runs once per
language; nothing is kept between passes but the parsed data file, keyed by its modification
time (see `comparison.loading`).
"""

from __future__ import annotations

import os
from pathlib import Path

from markdown import Markdown
from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from comparison.checks import pages_under
from comparison.citations import add_source_notes
from comparison.loading import load_data
from comparison.markers import render_markers
from comparison.model import ComparisonData
from comparison.problems import ProblemsFound
from comparison.term_marks import TermMarker
from comparison.text import LANGUAGES, Language
from page_language import page_language

DATA_FILE = "comparison.yml"
"""The data file, beside mkdocs.yml."""

_data: ComparisonData | None = None
_term_markers: dict[Language, TermMarker] = {}


class CaptionIsBlockLevel(Extension):
    """Let `md_in_html` read `<caption markdown="span">` as a block of its own.

    Python-Markdown does not count `caption` as a block-level tag, and wraps it in `<p>`.
    """

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        if "caption" not in md.block_level_elements:
            md.block_level_elements.append("caption")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _data
    root = Path(config.config_file_path).parent
    try:
        _data = load_data(root / DATA_FILE, pages_under(Path(config.docs_dir)), shown_as=DATA_FILE)
    except ProblemsFound as error:
        raise PluginError(str(error)) from None
    _term_markers.clear()
    if _data.glossary:
        for language in LANGUAGES:
            _term_markers[language] = TermMarker(_data.glossary.terms, language)
    if not any(isinstance(ext, CaptionIsBlockLevel) for ext in config.markdown_extensions):
        config.markdown_extensions.append(CaptionIsBlockLevel())
    return config


def _first_line_of_body(source: str, markdown: str) -> int:
    """The line of the page file where `markdown` starts.

    MkDocs hands hooks the Markdown without its front matter; errors should still name the
    line of the file.
    """
    body_starts = source.rfind(markdown.strip())
    if body_starts <= 0:
        return 1
    leading_newlines = markdown.count("\n", 0, len(markdown) - len(markdown.lstrip()))
    return max(1, source.count("\n", 0, body_starts) + 1 - leading_newlines)


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _data is not None, "on_config loads the data before any page is read"
    root = Path(config.config_file_path).parent
    where = {
        "page_path": page.file.src_uri,
        "shown_as": os.path.relpath(page.file.abs_src_path, root),
        "first_line": _first_line_of_body(page.file.content_string, markdown),
    }
    language = page_language(page, config)
    try:
        # Citations first: the lines they report are the lines of the file as written.
        markdown = add_source_notes(markdown, _data, language, **where)
        return render_markers(markdown, _data, language, **where)
    except ProblemsFound as error:
        raise PluginError(str(error)) from None


def _in_language(page: str, language: Language) -> str:
    """The source file of `page` (as the data file names it) in `language`: x.md or x.en.md."""
    return page if language == "ja" else page.removesuffix(".md") + f".{language}.md"


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Link the first use of each glossary term on the page to its entry."""
    if _data is None or _data.glossary is None:
        return html
    language = page_language(page, config)
    glossary = files.get_file_from_path(_in_language(_data.glossary.page, language))
    if glossary is None or glossary.src_uri == page.file.src_uri:
        return html  # the glossary does not link its own terms to itself
    glossary_url = glossary.url

    def href_for(anchor: str) -> str:
        return get_relative_url(glossary_url, page.url) + "#" + anchor

    return _term_markers[language].mark(html, href_for)
