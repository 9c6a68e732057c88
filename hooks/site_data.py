"""The data file of the site, as every hook reads it: one name, one loader, one cache.

The file is parsed and checked once per change: both language passes, every hook and every
rebuild of `mkdocs serve` share the result until the data file or the list of pages changes
(`comparison.loading` keeps it).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

import serve_errors
from comparison.checks import pages_under
from comparison.loading import DATA_FILE, load_data
from comparison.model import ComparisonData
from comparison.problems import ProblemsFound


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def site_data(config: MkDocsConfig) -> ComparisonData | None:
    """The checked data file of the site that `config` builds, parsed and checked once per
    change of it or of the pages (see `comparison.loading`). A broken one stops the build;
    under serve, where the problems are shown in the browser instead, it is None."""
    try:
        return load_data(
            project_root(config) / DATA_FILE,
            pages_under(Path(config.docs_dir)),
            shown_as=DATA_FILE,
        )
    except ProblemsFound as error:
        serve_errors.stop(str(error))
        return None


def is_nested_build(config: MkDocsConfig) -> bool:
    """True inside mkdocs-static-i18n's build of another language, run from the outer build's
    `on_post_build`; its own `building` flag says so (False again once they are done)."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "building", False))
