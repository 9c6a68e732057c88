"""Split Material's search index, which holds every language, into one index per language.

static-i18n builds every language into one index at `search/search_index.json`, configured
for all languages at once: a Japanese reader then finds English pages, and with Japanese in
the language list the English pipeline misses many English words. Here each language gets
its own index, with only its own pages and only its own language's pipeline, written under
that language's root (`search/…` for the default language, `en/search/…` for English).
Locations in each index are relative to that root, because Material resolves them against
the `base` the page's template gives it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

INDEX_PATH = "search/search_index.json"
"""Where Material writes its index and reads it from, relative to a language's root."""


# Japanese has no spaces, and Material does not segment the query as it segments the text:
# "仮想マシン" typed as one word is one term, while the index holds "仮想" and "マシン", so it
# finds nothing. A zero-width split wherever kanji meets katakana gives the text and the
# query the same cuts (Material's tokenizer accepts zero-length matches in the separator).
_KANJI = "[\u3005\u4e00-\u9fff]"
_KATAKANA = "[\u30a0-\u30ff]"
WORD_BOUNDARIES = {
    "ja": f"(?<={_KANJI})(?={_KATAKANA})|(?<={_KATAKANA})(?={_KANJI})",
}
"""Zero-width separators added to a language's own, where its words meet without a space."""


class SearchIndexError(ValueError):
    """The search index is not shaped as Material writes it."""


@dataclass(frozen=True)
class SearchLanguage:
    """How one language's text is split into words and reduced to search terms."""

    locale: str
    separator: str
    pipeline: tuple[str, ...]


def search_language(locale: str, separator: str, pipeline: Sequence[str]) -> SearchLanguage:
    """A language's search settings: Material's defaults plus its word boundaries, if any."""
    boundaries = WORD_BOUNDARIES.get(locale)
    return SearchLanguage(
        locale=locale,
        separator=f"{separator}|{boundaries}" if boundaries else separator,
        pipeline=tuple(pipeline),
    )


@dataclass(frozen=True)
class LanguageIndex:
    """One language's index and the path, relative to the site, to write it to."""

    locale: str
    path: str
    data: dict[str, Any]


def language_root(locale: str, default_locale: str) -> str:
    """The folder a language's pages live in, relative to the site: `""` or `"en/"`."""
    return "" if locale == default_locale else f"{locale}/"


def _language_of(location: str, others: Sequence[str]) -> str | None:
    for locale in others:
        if location == locale or location.startswith((f"{locale}/", f"{locale}#")):
            return locale
    return None


def split_search_index(
    index: Mapping[str, Any],
    *,
    default: SearchLanguage,
    others: Sequence[SearchLanguage],
) -> list[LanguageIndex]:
    """One index per language: its own entries, locations relative to its root, its pipeline.

    The default language's pages are at the site root; every other language's under
    `<locale>/`. An entry belongs to the language whose folder its location starts with.
    """
    docs = index.get("docs")
    config = index.get("config")
    if not isinstance(docs, list) or not isinstance(config, Mapping):
        raise SearchIndexError(
            "expected an object with 'config' (an object) and 'docs' (a list); found keys: "
            + ", ".join(sorted(map(str, index)))
        )
    other_locales = [language.locale for language in others]
    entries: dict[str, list[dict[str, Any]]] = {default.locale: []}
    entries.update({locale: [] for locale in other_locales})
    for number, entry in enumerate(docs):
        location = entry.get("location") if isinstance(entry, Mapping) else None
        if not isinstance(location, str):
            raise SearchIndexError(f"docs[{number}]: expected an object with a 'location' string")
        locale = _language_of(location, other_locales)
        if locale is None:
            entries[default.locale].append(dict(entry))
        else:
            relative = location.removeprefix(locale).removeprefix("/")
            entries[locale].append({**entry, "location": relative})

    return [
        LanguageIndex(
            locale=language.locale,
            path=language_root(language.locale, default.locale) + INDEX_PATH,
            data={
                "config": {
                    **config,
                    "lang": [language.locale],
                    "separator": language.separator,
                    "pipeline": list(language.pipeline),
                },
                "docs": entries[language.locale],
            },
        )
        for language in (default, *others)
    ]
