"""MkDocs hooks: give each language its own search index (see `language_search.index`).

mkdocs-static-i18n builds the default language, then, inside that build's `on_post_build`,
builds every other language, and last writes one index of all languages. So the split must
run once, at the very end of the outermost build, when the plugin's own `building` flag is
down again (`site_data.is_nested_build`). The indexes are written as UTF-8, not as
escaped code points: a Japanese reader should not download more for a reason of encoding.

Each pass also tells its templates where its language's root is
(`config.extra.language_root`), so that `overrides/main.html` points the search at the
language's own index.
"""

from __future__ import annotations

import code_reload

code_reload.fresh_start(__file__)

import json
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from language_search.index import (
    INDEX_PATH,
    SearchLanguage,
    language_root,
    search_language,
    split_search_index,
)
from site_data import is_nested_build


def _locales(config: MkDocsConfig) -> tuple[str, list[str]]:
    """The default locale and the other built locales, as static-i18n is configured."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        language = config.theme.get("language") or "en"
        return language, []
    languages = [language for language in i18n.config.languages if language.build]
    default = next(language.locale for language in i18n.config.languages if language.default)
    return default, [language.locale for language in languages if language.locale != default]


_environment: list[Environment] = []
"""The template environment MkDocs renders the pages with: its templates are compiled."""


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    _environment[:] = [env]
    return env


def _search_language(locale: str) -> SearchLanguage:
    # Material's own per-language defaults, so the pipeline here is the one Material means.
    translations = _environment[0].get_template(f"partials/languages/{locale}.html")
    translate = translations.module.t
    pipeline = str(translate("search.config.pipeline")).split(",")
    return search_language(
        locale,
        str(translate("search.config.separator")),
        [step.strip() for step in pipeline if step.strip()],
    )


# After static-i18n's on_config (-100), which sets the language of this pass.
@event_priority(-150)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    default, _ = _locales(config)
    language = config.theme.get("language") or default
    config.extra["language_root"] = language_root(language, default)
    return config


# After static-i18n's on_post_build (-100), which runs the nested builds and then writes the
# index of every language.
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    if is_nested_build(config):
        return
    site = Path(config.site_dir)
    combined = site / INDEX_PATH
    if "search" not in config.plugins and "material/search" not in config.plugins:
        return
    try:
        index = json.loads(combined.read_text("utf-8"))
        default, others = _locales(config)
        split = split_search_index(
            index,
            default=_search_language(default),
            others=[_search_language(locale) for locale in others],
        )
    except (OSError, ValueError) as error:  # SearchIndexError is a ValueError
        raise PluginError(
            f"{combined}: cannot split the search index by language: {error}"
        ) from None
    for language_index in split:
        path = site / language_index.path
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(language_index.data, separators=(",", ":"), ensure_ascii=False)
        path.write_text(text, "utf-8")
