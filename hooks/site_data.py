"""The data file of the site, as every hook reads it: one name, one loader, one cache.

The file is parsed and checked once per change: both language passes, every hook and every
rebuild of `mkdocs serve` share the result until the data file or the list of pages changes.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

import serve_errors
from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.model import ComparisonData
from comparison.problems import ProblemsFound

DATA_FILE = "comparison.yml"
"""The data file, beside mkdocs.yml."""

_checked: dict[Path, tuple[object, ComparisonData]] = {}


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _state(data_file: Path, docs_dir: Path) -> object:
    """What the checks depend on: the data file's version and which pages exist."""
    stat = data_file.stat() if data_file.is_file() else None
    pages = sorted(path.as_posix() for path in docs_dir.rglob("*.md"))
    return (stat and (stat.st_mtime_ns, stat.st_size), pages)


def site_data(config: MkDocsConfig) -> ComparisonData | None:
    """The checked data file of the site that `config` builds. A broken one stops the build;
    under serve, where the problems are shown in the browser instead, it is None."""
    data_file = project_root(config) / DATA_FILE
    docs_dir = Path(config.docs_dir)
    state = _state(data_file, docs_dir)
    cached = _checked.get(data_file)
    if cached is not None and cached[0] == state:
        return cached[1]
    try:
        data = load_data(data_file, pages_under(docs_dir), shown_as=DATA_FILE)
    except ProblemsFound as error:
        serve_errors.stop(str(error))
        return None
    _checked[data_file] = (state, data)
    return data


def is_nested_build(config: MkDocsConfig) -> bool:
    """True inside mkdocs-static-i18n's build of another language, run from the outer build's
    `on_post_build`; its own `building` flag says so (False again once they are done)."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "building", False))
