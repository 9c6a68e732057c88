"""MkDocs hooks: give each language its own search index (see `language_search.index`).

mkdocs-static-i18n builds the default language, then, inside that build's `on_post_build`,
builds every other language, and last writes one index of all languages. So the split must
run once, at the very end of the outermost build: a depth count of nested builds tells when
that is. Each pass also tells its templates where its language's root is
(`config.extra.language_root`), so that `overrides/main.html` points the search at the
language's own index.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from language_search.index import (
    INDEX_PATH,
    SearchLanguage,
    language_root,
    search_language,
    split_search_index,
)

_depth = 0
"""How many builds are running, one inside the other (static-i18n nests them)."""


def _locales(config: MkDocsConfig) -> tuple[str, list[str]]:
    """The default locale and the other built locales, as static-i18n is configured."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        language = config.theme.get("language") or "en"
        return language, []
    languages = [language for language in i18n.config.languages if language.build]
    default = next(language.locale for language in i18n.config.languages if language.default)
    return default, [language.locale for language in languages if language.locale != default]


def _search_language(config: MkDocsConfig, locale: str) -> SearchLanguage:
    # Material's own per-language defaults, so the pipeline here is the one Material means.
    translations = config.theme.get_env().get_template(f"partials/languages/{locale}.html")
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


def on_pre_build(config: MkDocsConfig) -> None:
    global _depth
    _depth += 1


def on_build_error(error: Exception) -> None:
    global _depth
    _depth = 0


# After static-i18n's on_post_build (-100), which runs the nested builds and then writes the
# index of every language.
@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    global _depth
    _depth -= 1
    if _depth > 0:
        return
    _depth = 0
    site = Path(config.site_dir)
    combined = site / INDEX_PATH
    if "search" not in config.plugins and "material/search" not in config.plugins:
        return
    try:
        index = json.loads(combined.read_text("utf-8"))
        default, others = _locales(config)
        split = split_search_index(
            index,
            default=_search_language(config, default),
            others=[_search_language(config, locale) for locale in others],
        )
    except (OSError, ValueError) as error:  # SearchIndexError is a ValueError
        raise PluginError(
            f"{combined}: cannot split the search index by language: {error}"
        ) from None
    for language_index in split:
        path = site / language_index.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(language_index.data, separators=(",", ":")), "utf-8")
