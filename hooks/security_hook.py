"""MkDocs hook: fill in each page's Content-Security-Policy (see `content_security`).

Under `mkdocs serve`, MkDocs injects its live-reload script into every page as it serves it,
inline and different each time, so no policy is written there; `mkdocs build` writes it.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

import serve_errors
from content_security import with_policy


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # The template writes the policy only where this says so.
    config.extra["content_security_policy"] = not serve_errors.serving
    return config


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output, page.content or "")


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    return with_policy(output_content) if template_name.endswith(".html") else output_content
