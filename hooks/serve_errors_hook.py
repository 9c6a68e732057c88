"""MkDocs hook: under `mkdocs serve`, a failed build shows its problems in the browser
(see `serve_errors`). Listed first in mkdocs.yml, so that it knows about serve before any
other hook runs, and last at the end of a build."""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

import serve_errors
from site_data import is_nested_build


def on_startup(*, command: str, dirty: bool) -> None:
    serve_errors.serving = command == "serve"


def on_shutdown() -> None:
    serve_errors.serving = False


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    serve_errors.build_started(outer=not is_nested_build(config))
    return config


# After every other hook's on_post_build, the other languages' builds included.
@event_priority(-300)
def on_post_build(config: MkDocsConfig) -> None:
    if not is_nested_build(config):
        serve_errors.build_finished(Path(config.site_dir))
