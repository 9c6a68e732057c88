"""Which language a page is being built in: shared by the MkDocs hooks of this project."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from comparison.localized_text import LANGUAGES, Language


def page_language(page: Page, config: MkDocsConfig) -> Language:
    """The language of the build that renders `page`.

    mkdocs-static-i18n marks each file with the language being built. On a fallback page that
    differs from the language of the source file, and the build language is the right one.
    """
    language = getattr(page.file, "locale_alternate_of", None) or config.theme.get("language")
    if language not in LANGUAGES:
        raise PluginError(
            f"{page.file.src_uri}: the page's language is {language!r}; expected one of "
            + ", ".join(LANGUAGES)
        )
    return language


def source_page(src_uri: str) -> str:
    """The page as the data file names it, whatever the language of its file:
    `guide/x.en.md` -> `guide/x.md`."""
    for language in LANGUAGES:
        suffix = f".{language}.md"
        if src_uri.endswith(suffix):
            return src_uri.removesuffix(suffix) + ".md"
    return src_uri
