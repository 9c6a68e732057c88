"""MkDocs hook: fills `<!-- compare:translation-status -->` with the translation status table.

The thin adapter between MkDocs and the `translation` package. It must be listed before
`comparison_hook.py` in mkdocs.yml: that hook treats every other `compare:` marker it meets as
a mistake, so this one has to be replaced first.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

import os
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

import serve_errors
from comparison.fences import lines_outside_code
from page_language import page_language
from site_data import is_nested_build
from translation.status import forget_history, translation_status

MARKER = re.compile(r"^\s*<!--\s*compare:translation-status(?P<rest>.*?)\s*-->\s*$")


def _nav_pages(nav: object) -> list[str]:
    """The page files of mkdocs.yml's `nav:`, in order (`- Title: page.md`, sections)."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    if isinstance(nav, list):
        return [page for item in nav for page in _nav_pages(item)]
    return []


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not is_nested_build(config):
        forget_history()
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "compare:translation-status" not in markdown:
        return markdown
    root = Path(config.config_file_path).resolve().parent
    docs_dir = Path(config.docs_dir).resolve().relative_to(root).as_posix()
    lines: list[str] = []
    for _, line, is_outside_code in lines_outside_code(markdown):
        marker = MARKER.match(line) if is_outside_code else None
        if marker is None:
            lines.append(line)
            continue
        if marker["rest"].strip():
            serve_errors.stop(
                f"{os.path.relpath(page.file.abs_src_path, root)}: "
                "<!-- compare:translation-status --> takes no arguments; "
                f"found '{marker['rest'].strip()}'"
            )
            continue
        status = translation_status(
            root,
            page_language(page, config),
            page_path=page.file.src_uri,
            docs_dir=docs_dir,
            order=_nav_pages(config.nav),
        )
        lines += ["", status, ""]
    return "\n".join(lines) + "\n"
