"""The data file of the site, as every hook reads it: one name, one loader, one cache."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.model import ComparisonData
from comparison.problems import ProblemsFound

DATA_FILE = "comparison.yml"
"""The data file, beside mkdocs.yml."""


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def site_data(config: MkDocsConfig) -> ComparisonData:
    """The checked data file; read again only when it changed (see `comparison.loading`)."""
    try:
        return load_data(
            project_root(config) / DATA_FILE,
            pages_under(Path(config.docs_dir)),
            shown_as=DATA_FILE,
        )
    except ProblemsFound as error:
        raise PluginError(str(error)) from None


def is_nested_build(config: MkDocsConfig) -> bool:
    """True inside mkdocs-static-i18n's build of another language, run from the outer build's
    `on_post_build`; its own `building` flag says so (False again once they are done)."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "building", False))
