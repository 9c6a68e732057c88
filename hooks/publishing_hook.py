"""MkDocs hook: what the site offers beyond its pages. The thin adapter for two things:

- "Edit this page" links: `edit_uri` is made from `extra.repository` in mkdocs.yml (set from
  the REPOSITORY_URL environment variable), as an absolute address with no `repo_url`. Material
  then shows the edit button without calling the GitHub API for stars and forks.
- The data file published as JSON with its schema and licence, under `/data/` of the site.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from comparison.publish import write_published
from site_data import is_nested_build, project_root, site_data

BRANCH = "main"
"""Edit links open the file on the branch the site is deployed from."""

_REPOSITORY = re.compile(r"^https?://[^\s/]+/[^\s/]+/[^\s/]+/?$")


def edit_uri(repository: str, docs_dir: str) -> str:
    """`https://github.com/OWNER/REPO` and `docs` -> `.../edit/main/docs/`."""
    return f"{repository.rstrip('/')}/edit/{BRANCH}/{docs_dir}/"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    repository = config.extra.get("repository")
    if not isinstance(repository, str) or not _REPOSITORY.match(repository):
        raise PluginError(
            f"mkdocs.yml: extra.repository is {repository!r}; expected the repository's address, "
            "https://github.com/OWNER/REPO (set it with the REPOSITORY_URL environment variable)"
        )
    # `-f mkdocs.yml` leaves the config path relative; docs_dir is always absolute.
    root = project_root(config)
    docs_dir = Path(config.docs_dir).resolve().relative_to(root).as_posix()
    config.edit_uri = edit_uri(repository, docs_dir)
    return config


def on_post_build(config: MkDocsConfig) -> None:
    # static-i18n runs this once per language, the other languages inside the default one's
    # build, with `site_dir` pointing at their own folder. The data is the same in both: write
    # it once, at the root, from the default language's pass.
    if is_nested_build(config):
        return
    data = site_data(config)
    if data is not None:  # None under serve with a broken data file: the error page says why
        write_published(Path(config.site_dir), data)
