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

_hashes: dict[tuple, str] = {}
"""The hashes of the theme's inline scripts for each page context they depend on."""
_page_hashes: dict[str, str] = {}
"""Each page's hashes, from its context to its finished HTML."""
_environments: dict[tuple[str, ...], tuple[object, list[str]]] = {}
"""The theme's template environment and script templates, by the theme's folders: compiling
the templates once per process, not once per page or pass."""


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # The template writes the policy only where this says so.
    config.extra["content_security_policy"] = not serve_errors.serving
    return config


def _theme(config: MkDocsConfig) -> tuple[object, list[str]]:
    folders = tuple(config.theme.dirs)
    if folders not in _environments:
        env = config.theme.get_env()
        names = env.list_templates(filter_func=lambda name: name.startswith(THEME_SCRIPTS))
        _environments[folders] = (env, names)
    return _environments[folders]


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    # What the script templates read: the page's base address, the features, the scope.
    key = (
        tuple(config.theme.dirs),
        context.get("base_url", ""),
        repr(config.theme.get("features")),
        repr(config.extra.get("scope")),
    )
    if key not in _hashes:
        env, names = _theme(config)
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
