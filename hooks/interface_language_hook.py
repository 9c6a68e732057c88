"""Words that Markdown extensions write into every page, in the language being built.

`toc` gives each heading's permalink a `title`, and `footnotes` gives each back link one.
mkdocs-static-i18n refuses per-language `markdown_extensions`, so this hook sets both in
`on_config` of each language's pass, from the language the i18n plugin is building.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

PERMALINK_TITLE = {
    "ja": "この見出しへのリンク",
    "en": "Link to this heading",
}
"""The `title` of the link beside each heading."""

FOOTNOTE_BACKLINK_TITLE = {
    "ja": "本文の脚注 {} に戻る",
    "en": "Back to footnote {} in the text",
}
"""The `title` of the link after each footnote; `{}` is the footnote's number."""


def building_language(config: MkDocsConfig) -> str:
    """The language of this pass: the i18n plugin's, or the theme's when there is no plugin.

    In the first pass the plugin has not chosen yet (its `on_config` runs last), and builds
    its default language.
    """
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return config.theme.get("language")
    return getattr(i18n, "current_language", None) or i18n.default_language


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    language = building_language(config)
    if language not in PERMALINK_TITLE:
        raise PluginError(
            f"interface language: the site is being built in {language!r}; expected one of "
            + ", ".join(PERMALINK_TITLE)
        )
    extensions = {str(extension) for extension in config.markdown_extensions}
    if "toc" in extensions:
        config.mdx_configs.setdefault("toc", {})["permalink_title"] = PERMALINK_TITLE[language]
    if "footnotes" in extensions:
        config.mdx_configs.setdefault("footnotes", {})["BACKLINK_TITLE"] = FOOTNOTE_BACKLINK_TITLE[
            language
        ]
    return config
