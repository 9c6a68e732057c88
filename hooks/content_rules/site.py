"""Every content rule over the whole site: both languages' pages and the data file.

`check_site` is the one entry point: the MkDocs hook (`hooks/content_rules_hook.py`) calls it
at the start of each build, `scripts/check_content.py` (pre-commit) and the tests call it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from comparison import markers
from comparison.checks import pages_under
from comparison.loading import load_data_and_lines
from comparison.model import ComparisonData
from comparison.problems import Problem, ProblemsFound
from comparison.yaml_reader import LineMap
from translation.drift import ENGLISH_SUFFIX, check_translations

from . import data_rules
from .page_rules import page_problems
from .reading import Page, PageReader


@dataclass(frozen=True)
class Site:
    """Where the site's files are, and how its Markdown is read."""

    root: Path
    """The project: mkdocs.yml's folder. Messages show paths relative to it."""
    docs_dir: Path
    data_file: Path
    extensions: list[object] = field(default_factory=list)
    """Python-Markdown extensions by name, with `extension_configs`, as in mkdocs.yml."""
    extension_configs: dict[str, dict] = field(default_factory=dict)


def _shown(site: Site, path: Path) -> str:
    return path.resolve().relative_to(site.root.resolve()).as_posix()


def _language(path: Path) -> str:
    return "en" if path.name.endswith(ENGLISH_SUFFIX) else "ja"


def _reader_settings(site: Site) -> tuple[list[object], dict[str, dict]]:
    # The site's extensions, minus what costs time and changes no word: syntax highlighting
    # and permalinks. inlinehilite would stash code spans away from the tree.
    configs = {name: dict(config) for name, config in site.extension_configs.items()}
    if "pymdownx.highlight" in site.extensions:
        configs.setdefault("pymdownx.highlight", {})["use_pygments"] = False
    if "toc" in configs:
        configs["toc"]["permalink"] = False
    names = [name for name in site.extensions if isinstance(name, str)]
    return [name for name in names if name != "pymdownx.inlinehilite"], configs


def read_pages(
    site: Site, cited: Iterable[str] = (), reader: PageReader | None = None
) -> list[Page]:
    """Every page of both languages, each read once; `cited` are the ids a page may cite as
    footnotes without defining them (the data file's sources)."""
    reader = reader or PageReader(*_reader_settings(site), cited=cited)
    pages = []
    for path in sorted(site.docs_dir.rglob("*.md")):
        # Bytes that are not UTF-8 become U+FFFD, which a page rule reports.
        text = path.read_text("utf-8", "replace")
        shown = _shown(site, path)
        # `mkdocs serve` rebuilds after every save: read again only the pages that changed.
        key = (text, reader.settings)
        cached = _read.get(shown)
        if cached is None or cached[0] != key:
            cached = _read[shown] = (key, reader.read(shown, _language(path), text))
        pages.append(cached[1])
    return pages


_read: dict[str, tuple[object, Page]] = {}
"""Each page as last read, with what its reading depended on."""


def last_read(shown: str, text: str) -> Page | None:
    """The page at `shown` as the rules last read it, if that was `text`."""
    cached = _read.get(shown)
    return cached[1] if cached is not None and cached[0][0] == text else None


_checked_texts: dict[str, tuple[ComparisonData, list[Problem]]] = {}


def _data_texts(
    data: ComparisonData, lines: LineMap, reader: PageReader, shown_as: str
) -> list[Problem]:
    # `loading` keeps the parsed data while the file is unchanged; so can this, for the
    # rebuilds of `mkdocs serve` after an edit of a page.
    cached = _checked_texts.get(shown_as)
    if cached is None or cached[0] is not data:
        cached = (data, list(data_rules.japanese_texts(data, lines, reader, shown_as)))
        _checked_texts[shown_as] = cached
    return cached[1]


def _translation_problems(site: Site, pages: list[Page]) -> list[Problem]:
    docs = site.docs_dir.resolve().relative_to(site.root.resolve()).as_posix()
    outlines = {page.path: page.outline for page in pages}
    return check_translations(site.root, docs, outlines.__getitem__)


def _generated_anchors(page: Page, data: ComparisonData) -> frozenset[str]:
    """The row anchors (`attr-<id>`) that a full table on `page` will give it."""
    full_table = any(_is_full_table(str(marker)) for marker in page.outline.markers)
    return frozenset(f"attr-{a.id}" for a in data.attributes) if full_table else frozenset()


def _is_full_table(comment: str) -> bool:
    """Read as the build reads markers (`comparison.markers`); a bad one is the build's to say."""
    try:
        marker = markers.parse_comment(comment)
    except markers.Unusable:
        return False
    return marker is not None and marker.name == "table" and not marker.arguments


def check_site(site: Site) -> list[Problem]:
    """Every problem of content, both languages and the data file, in one list."""
    shown_data = _shown(site, site.data_file)
    try:
        data, lines = load_data_and_lines(
            site.data_file, pages_under(site.docs_dir), shown_as=shown_data
        )
    except ProblemsFound as error:
        # The pages' own rules still run: one run lists every problem it can. Which footnote
        # references cite a source is not known: any may.
        pages = read_pages(site, reader=PageReader(*_reader_settings(site), cited=None))
        found = _translation_problems(site, pages) + list(error.problems)
        for page in pages:
            found += page_problems(page, [])
        return found
    reader = PageReader(*_reader_settings(site), cited=[source.id for source in data.sources])
    pages = read_pages(site, reader=reader)
    found = _translation_problems(site, pages)
    for page in pages:
        found += page_problems(page, data.terminology)
    found += _data_texts(data, lines, reader, shown_data)

    by_source = {page.path: page.anchors | _generated_anchors(page, data) for page in pages}
    docs = _shown(site, site.docs_dir)

    def anchors_of(page: str) -> dict[str, frozenset[str]] | None:
        japanese = f"{docs}/{page}"
        english = japanese.removesuffix(".md") + ENGLISH_SUFFIX
        if japanese not in by_source or english not in by_source:
            return None
        return {japanese: by_source[japanese], english: by_source[english]}

    found += data_rules.anchors(data, lines, shown_data, anchors_of)
    return found


class ContentProblems(ProblemsFound):
    """The site's content breaks its rules."""
