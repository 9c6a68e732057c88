"""MkDocs hook: every content rule (`content_rules`), checked once at the start of each build
(`on_config` of the first pass).

mkdocs-static-i18n builds the English site inside the Japanese build's `on_post_build`, after
the Japanese pages are written; so both languages' sources are checked here, before the first
pass writes anything, and not again in the nested pass. A problem stops the build with every
problem of both languages listed, the same list `scripts/check_content.py` and the tests get.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

import serve_errors
from comparison.loading import DATA_FILE
from content_rules.site import ContentProblems, Site, check_site
from site_data import is_nested_build, project_root


def site_of(config: MkDocsConfig) -> Site:
    """Where the site named by `config` keeps its files, and how it reads Markdown."""
    root = project_root(config)
    return Site(
        root=root,
        docs_dir=Path(config.docs_dir),
        data_file=root / DATA_FILE,
        extensions=list(config.markdown_extensions),
        extension_configs=dict(config.mdx_configs),
    )


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Listed first in mkdocs.yml, so that the data file's problems come here, together with
    # the pages', before another hook loads the data.
    if not is_nested_build(config):
        problems = check_site(site_of(config))
        if problems:
            serve_errors.stop(str(ContentProblems("The site's content breaks its rules", problems)))
    return config
