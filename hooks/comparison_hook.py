"""MkDocs hooks: the thin adapter between MkDocs' events and the `comparison` package.

mkdocs-static-i18n builds the site once per language, the other languages inside the outer
build's `on_post_build`; each event here runs once per language. The data file is read once
per change (see `site_data`). Problems on pages are collected over every page of both
languages and reported together at the end of the last language's pass.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

import os
from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

import serve_errors
from comparison.inline import relative_link
from comparison.model import ComparisonData
from comparison.page_extension import ComparisonExtension, PageContext
from comparison.problems import MarkerError, Problem
from comparison.term_marks import TermFinder
from page_language import page_language, source_page
from site_data import is_nested_build, project_root, site_data
from translation.status import as_elements, forget_history, translation_status

_data: ComparisonData | None = None
_extension = ComparisonExtension()
_problems: list[Problem] = []
_term_finders: dict[tuple[int, str], TermFinder] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not is_nested_build(config):
        _problems.clear()
        forget_history()  # git history may have grown since the last build of serve
        code_reload.forget_hook_modules()
    global _data
    _data = site_data(config)  # a broken data file stops the build here, every problem listed
    if not any(isinstance(ext, ComparisonExtension) for ext in config.markdown_extensions):
        config.markdown_extensions.append(_extension)
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


def _nav_pages(nav: object) -> list[str]:
    """The page files of mkdocs.yml's `nav:`, in order (`- Title: page.md`, sections)."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    if isinstance(nav, list):
        return [page for item in nav for page in _nav_pages(item)]
    return []


def _translation_status(config: MkDocsConfig, page: Page, language: str) -> Callable[[], list]:
    """What `<!-- compare:translation-status -->` draws on `page`: each page's last change."""
    root = project_root(config)
    docs_dir = Path(config.docs_dir).resolve().relative_to(root).as_posix()

    def draw() -> list:
        status = translation_status(
            root,
            language,
            page_path=page.file.src_uri,
            docs_dir=docs_dir,
            order=_nav_pages(config.nav),
        )
        return as_elements(status)

    return draw


def _term_finder(data: ComparisonData, language: str) -> TermFinder | None:
    if data.glossary is None:
        return None
    key = (id(data), language)
    if key not in _term_finders:
        _term_finders.clear()
        _term_finders[key] = TermFinder(data.glossary.terms, language)
    return _term_finders[key]


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Describe the page to the Markdown extension, which renders it next."""
    data = _data
    if data is None:  # under serve, with a broken data file: the error page shows why
        _extension.current = None
        return markdown
    language = page_language(page, config)
    glossary = data.glossary.page if data.glossary else None
    on_glossary = glossary is not None and source_page(page.file.src_uri) == glossary
    _extension.current = PageContext(
        data=data,
        language=language,
        page_path=page.file.src_uri,
        shown_as=os.path.relpath(page.file.abs_src_path, project_root(config)),
        source=markdown,
        first_line=_first_line_of_body(page.file.content_string, markdown),
        terms=None if on_glossary else _term_finder(data, language),
        glossary_path=None
        if glossary is None or on_glossary
        else relative_link(glossary, page.file.src_uri),
        problems=_problems,
        more_markers={"translation-status": _translation_status(config, page, language)},
    )
    return markdown


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    _extension.current = None
    return html


# Last of all, after static-i18n's on_post_build (-100). The other languages' builds run
# inside the outer one's on_post_build, so the last language's pass sees every page's problems;
# it must report them itself, since a strict build then stops on MkDocs' own warnings first.
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    if not _problems:
        return
    error = MarkerError("Pages cannot be built", list(_problems))
    _problems.clear()
    serve_errors.stop(str(error))
