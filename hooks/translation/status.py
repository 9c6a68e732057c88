"""The translation status table: each page's last change in each language, outdated ones flagged.

Japanese is the original and English the translation. An English page needs updating when
neither its last change nor its last check (the `Translation-checked:` trailer, see `history`)
had its original's last change in view.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from markdown import Markdown

from comparison.localized_text import Language
from content_rules.reading import DEFAULT_CONFIGS, DEFAULT_EXTENSIONS, PageReader
from content_rules.site import last_read

from .drift import page_pairs
from .history import History, LastChange, Lineage, history_of, last_changes, last_checks
from .status_words import word


@dataclass(frozen=True)
class PageStatus:
    page: str
    """The Japanese page relative to docs/: `choose.md`."""
    titles: dict[Language, str]
    changed: dict[Language, LastChange | None]
    outdated: bool = False
    checked: LastChange | None = None
    """The check that keeps the English page up to date, when its last change does not."""


def _judged(
    page: str,
    titles: dict[Language, str],
    changed: dict[Language, LastChange | None],
    check: LastChange | None,
    lineage: Lineage,
) -> PageStatus:
    japanese, english = changed["ja"], changed["en"]
    if japanese is None or english is None or lineage.has_seen(english, japanese):
        return PageStatus(page, titles, changed)
    if check is not None and lineage.has_seen(check, japanese):
        return PageStatus(page, titles, changed, checked=check)
    return PageStatus(page, titles, changed, outdated=True)


def _title(reader: PageReader, path: str, text: str) -> str | None:
    """The page's first level-1 heading, without its `{#id}`: from the content rules' reading
    of the same text when they have read it (the build has), or read here."""
    page = last_read(path, text) or reader.read(path, "", text)
    for heading in page.outline.headings:
        if heading.level == 1:
            return heading.text.removesuffix(f" {{#{heading.id}}}") if heading.id else heading.text
    return None


def page_statuses(root: Path, docs_dir: str = "docs") -> list[PageStatus]:
    """Every page pair under `root/docs_dir` with its titles and last changes."""
    statuses = []
    reader = PageReader(DEFAULT_EXTENSIONS, DEFAULT_CONFIGS)
    pairs = page_pairs(root, docs_dir)[0]
    history = last_changes(root, [path for pair in pairs for path in (pair.japanese, pair.english)])
    checks, lineage = last_checks(root, [pair.english for pair in pairs])
    for pair in pairs:
        files: dict[Language, str] = {"ja": pair.japanese, "en": pair.english}
        titles = {
            language: _title(reader, path, (root / path).read_text("utf-8", "replace")) or path
            for language, path in files.items()
        }
        changed = {language: history[path] for language, path in files.items()}
        page = posixpath.relpath(pair.japanese, docs_dir)
        statuses.append(_judged(page, titles, changed, checks[pair.english], lineage))
    return statuses


def _cell(change: LastChange | None, language: Language) -> str:
    return change.date if change else word("not_committed", language)


def _english_cell(page: PageStatus, language: Language) -> str:
    if page.checked is not None:
        return word("checked_on", language, date=page.checked.date)
    return _cell(page.changed["en"], language)


def _status(page: PageStatus, language: Language) -> str:
    if None in page.changed.values():
        return word("unknown", language)
    return word("outdated" if page.outdated else "up_to_date", language)


def render_status(
    history: History, statuses: list[PageStatus], language: Language, *, page_path: str
) -> str:
    """Markdown for the status page in `language`; `page_path` is relative to docs/."""
    if history is not History.FULL:
        reason = "shallow" if history is History.SHALLOW else "no_repository"
        return f'!!! note "{word("no_history_title", language)}"\n\n    {word(reason, language)}\n'
    here = posixpath.dirname(page_path)
    # The status next to the page's name: on a phone the dates are what scrolls out of view.
    rows = [
        f"| {word('page', language)} | {word('status', language)} "
        f"| {word('japanese', language)} | {word('english', language)} |",
        "|---|---|---|---|",
    ]
    for page in statuses:
        # Links name the Japanese file; the i18n plugin points them at the reader's language.
        target = posixpath.relpath(page.page, here or ".")
        rows.append(
            f"| [{page.titles[language]}]({target}) | {_status(page, language)} "
            f"| {_cell(page.changed['ja'], language)} | {_english_cell(page, language)} |"
        )
    return "\n".join(rows) + "\n"


def in_order(statuses: list[PageStatus], order: Sequence[str]) -> list[PageStatus]:
    """`statuses` in the order of `order` (pages relative to docs/, as in the nav); the pages
    it does not name last, alphabetically."""
    rank = {page: index for index, page in enumerate(order)}
    return sorted(statuses, key=lambda status: (rank.get(status.page, len(rank)), status.page))


_read_history: dict[tuple[Path, str], tuple[History, list[PageStatus]]] = {}


def forget_history() -> None:
    """At the start of a build: the history may have grown since the last one."""
    _read_history.clear()


def translation_status(
    root: Path,
    language: Language,
    *,
    page_path: str,
    docs_dir: str = "docs",
    order: Sequence[str] = (),
) -> str:
    """The status of the project at `root`, as Markdown in `language`, pages in `order`.

    Both languages' passes of one build read the history once: `forget_history` starts anew.
    """
    key = (root, docs_dir)
    if key not in _read_history:
        history = history_of(root)
        _read_history[key] = (
            history,
            page_statuses(root, docs_dir) if history is History.FULL else [],
        )
    history, statuses = _read_history[key]
    statuses = in_order(statuses, order)
    return render_status(history, statuses, language, page_path=page_path)


def as_elements(markdown: str) -> list[etree.Element]:
    """The status Markdown as elements, for the page's tree: read with the two extensions it
    uses, raw HTML shown as text (page titles come from the pages' headings)."""
    reader = Markdown(extensions=["tables", "admonition"])
    reader.inlinePatterns.deregister("html")
    holder = etree.Element("div")
    reader.parser.parseChunk(holder, markdown.strip("\n"))
    reader.treeprocessors["inline"].run(holder)
    reader.treeprocessors["unescape"].run(holder)
    return list(holder)
