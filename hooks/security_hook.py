"""MkDocs hook: fill in each page's Content-Security-Policy (see `content_security`).

Under `mkdocs serve`, MkDocs injects its live-reload script into every page as it serves it,
inline and different each time, so no policy is written there; `mkdocs build` writes it.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

import serve_errors
from content_security import SCRIPT_HASHES, THEME_SCRIPTS, policy_hashes, with_policy

_hashes: dict[tuple, str] = {}
"""The hashes of the theme's inline scripts for each page context they depend on."""
_page_hashes: dict[str, str] = {}
"""Each page's hashes, from its context to its finished HTML."""
_environment: list = []
"""The template environment MkDocs renders the pages with (set by `on_env`), and the names of
the theme's script templates: the templates it compiles for the pages serve the hashes too."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # The template writes the policy only where this says so.
    config.extra["content_security_policy"] = not serve_errors.serving
    return config


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    # The script templates by their folder, not by `env.list_templates()`: that walks every
    # file of the theme, its thousands of icons included.
    names = sorted(
        {
            f"{THEME_SCRIPTS}{template.name}"
            for folder in config.theme.dirs
            for template in (Path(folder) / THEME_SCRIPTS).glob("*.html")
        }
    )
    _environment[:] = [env, names]
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # What the script templates read: the page's base address, the features, the scope.
    key = (
        tuple(config.theme.dirs),
        context.get("base_url", ""),
        repr(config.theme.get("features")),
        repr(config.extra.get("scope")),
    )
    if key not in _hashes:
        env, names = _environment
        rendered = "".join(env.get_template(name).render(context) for name in names)
        _hashes[key] = policy_hashes(rendered)
    _page_hashes[page.file.src_uri] = _hashes[key]
    return context


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output, _page_hashes.pop(page.file.src_uri))


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    # The 404 page is the theme's own template, with no content from a page: all of it counts.
    if template_name.endswith(".html") and SCRIPT_HASHES in output_content:
        return with_policy(output_content, policy_hashes(output_content))
    return output_content
