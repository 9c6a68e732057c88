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

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.markers import render_markers
from comparison.model import ComparisonData
from comparison.problems import ProblemsFound
from comparison.text import LANGUAGES, Language

DATA_FILE = "comparison.yml"
"""The data file, beside mkdocs.yml."""

_data: ComparisonData | None = None


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
    if not any(isinstance(ext, CaptionIsBlockLevel) for ext in config.markdown_extensions):
        config.markdown_extensions.append(CaptionIsBlockLevel())
    return config


def _language(page: Page, config: MkDocsConfig) -> Language:
    # static-i18n marks each file with the language being built; on a fallback page that
    # differs from the language of the source file, and the build language is the right one.
    language = getattr(page.file, "locale_alternate_of", None) or config.theme.get("language")
    if language not in LANGUAGES:
        raise PluginError(
            f"{page.file.src_uri}: the page's language is {language!r}; expected one of "
            + ", ".join(LANGUAGES)
        )
    return language


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
    try:
        return render_markers(
            markdown,
            _data,
            _language(page, config),
            page_path=page.file.src_uri,
            shown_as=os.path.relpath(page.file.abs_src_path, root),
            first_line=_first_line_of_body(page.file.content_string, markdown),
        )
    except ProblemsFound as error:
        raise PluginError(str(error)) from None
