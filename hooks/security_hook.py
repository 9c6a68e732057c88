"""MkDocs hook: fill in each page's Content-Security-Policy (see `content_security`).

Under `mkdocs serve`, MkDocs injects its live-reload script into every page as it serves it,
inline and different each time, so no policy is written there; `mkdocs build` writes it.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

import serve_errors
from content_security import SCRIPT_HASHES, THEME_SCRIPTS, policy_hashes, with_policy

_hashes: dict[str, str] = {}
"""The hashes of the theme's inline scripts, by the page's `base_url` (all they depend on
besides the configuration, which is the same for every page of a pass)."""
_page_hashes: dict[str, str] = {}
"""Each page's hashes, from its context to its finished HTML."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _hashes.clear()
    # The template writes the policy only where this says so.
    config.extra["content_security_policy"] = not serve_errors.serving
    return config


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    base_url = context.get("base_url", "")
    if base_url not in _hashes:
        env = config.theme.get_env()
        names = env.list_templates(filter_func=lambda name: name.startswith(THEME_SCRIPTS))
        rendered = "".join(env.get_template(name).render(context) for name in names)
        _hashes[base_url] = policy_hashes(rendered)
    _page_hashes[page.file.src_uri] = _hashes[base_url]
    return context


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output, _page_hashes.pop(page.file.src_uri))


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    # The 404 page is the theme's own template, with no content from a page: all of it counts.
    if template_name.endswith(".html") and SCRIPT_HASHES in output_content:
        return with_policy(output_content, policy_hashes(output_content))
    return output_content
