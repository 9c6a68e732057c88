"""Structural drift between each Japanese page `docs/x.md` and its English twin `docs/x.en.md`.

Both pages must have the same headings (count, levels, explicit `{#id}`s), the same markers in
the same order, and the same front-matter keys. Each message names the page, and the heading,
marker or line it is about:

    docs/choose.en.md:17: heading 3: found level 3; expected level 2, as in docs/choose.md
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from comparison.problems import Problem
from content_rules.reading import DEFAULT_CONFIGS, DEFAULT_EXTENSIONS, PageReader

from .outline import Heading, Marker, Outline

ENGLISH_SUFFIX = ".en.md"

T = TypeVar("T", Heading, Marker)


@dataclass(frozen=True)
class PagePair:
    """A page in both languages, as paths relative to the project root (`docs/choose.md`)."""

    japanese: str
    english: str


def english_twin(japanese: str) -> str:
    return japanese.removesuffix(".md") + ENGLISH_SUFFIX


def _id(heading: Heading) -> str:
    return f"{{#{heading.id}}}" if heading.id else "no id"


def _compare_headings(
    o: Sequence[Heading], t: Sequence[Heading], pair: PagePair, first: int
) -> list[Problem]:
    """Headings matched one to one; `first` is the number of the first in the whole page."""
    here, there = pair.english, pair.japanese
    found: list[Problem] = []
    for index, (original, translated) in enumerate(zip(o, t, strict=True), start=first):
        at = f"heading {index}"
        if original.level != translated.level:
            found.append(
                Problem(
                    here,
                    translated.line,
                    at,
                    f"found level {translated.level}; expected level {original.level}, "
                    f"as in {there}",
                )
            )
        if original.id != translated.id:
            found.append(
                Problem(
                    here,
                    translated.line,
                    at,
                    f"found {_id(translated)}; expected {_id(original)}, as in {there}",
                )
            )
    return found


def _compare_markers(
    o: Sequence[Marker], t: Sequence[Marker], pair: PagePair, first: int
) -> list[Problem]:
    here, there = pair.english, pair.japanese
    return [
        Problem(
            here,
            translated.line,
            f"marker {index}",
            f"found '{translated}'; expected '{original}', as in {there} (line {original.line})",
        )
        for index, (original, translated) in enumerate(zip(o, t, strict=True), start=first)
        if original.body != translated.body
    ]


def _align(
    kind: str,
    original: Sequence[T],
    translated: Sequence[T],
    key: Callable[[T], object],
    compare_equal_length: Callable[[Sequence[T], Sequence[T], PagePair, int], list[Problem]],
    pair: PagePair,
) -> list[Problem]:
    """Match two lists in order, report what one has and the other lacks, compare the rest."""
    here, there = pair.english, pair.japanese
    found: list[Problem] = []
    if len(original) != len(translated):
        found.append(
            Problem(
                here,
                None,
                f"{kind}s",
                f"found {len(translated)}; expected {len(original)}, as in {there}",
            )
        )
    matcher = difflib.SequenceMatcher(
        a=[key(item) for item in original], b=[key(item) for item in translated], autojunk=False
    )
    for _operation, o1, o2, t1, t2 in matcher.get_opcodes():
        # Matched and replaced runs are compared one to one as far as both sides go; the rest
        # of the longer side (a deletion, an insertion) has no counterpart.
        paired = min(o2 - o1, t2 - t1)
        found += compare_equal_length(
            original[o1 : o1 + paired], translated[t1 : t1 + paired], pair, o1 + 1
        )
        o1, t1 = o1 + paired, t1 + paired
        for index in range(o1, o2):
            item = original[index]
            found.append(
                Problem(
                    here,
                    None,
                    f"{kind} {index + 1} of {there} (line {item.line})",
                    f"found no counterpart of '{item}'; expected one here",
                )
            )
        for item in translated[t1:t2]:
            found.append(
                Problem(
                    here,
                    item.line,
                    kind,
                    f"found '{item}', which {there} does not have; expected only the {kind}s "
                    f"of {there}",
                )
            )
    return found


def compare_outlines(original: Outline, translated: Outline, pair: PagePair) -> list[Problem]:
    """Every structural difference of the English page from its Japanese original."""
    found = _align(
        "heading",
        original.headings,
        translated.headings,
        lambda h: h.id or f"level {h.level}",
        _compare_headings,
        pair,
    )
    found += _align(
        "marker", original.markers, translated.markers, lambda m: m.body, _compare_markers, pair
    )
    missing = [key for key in original.front_matter_keys if key not in translated.front_matter_keys]
    extra = [key for key in translated.front_matter_keys if key not in original.front_matter_keys]
    if missing or extra:
        found.append(
            Problem(
                pair.english,
                None,
                "front-matter keys",
                f"found {', '.join(translated.front_matter_keys) or 'none'}; expected "
                f"{', '.join(original.front_matter_keys) or 'none'}, as in {pair.japanese}",
            )
        )
    return found


def page_pairs(root: Path, docs_dir: str = "docs") -> tuple[list[PagePair], list[Problem]]:
    """The page pairs under `root/docs_dir`, and a message for each page without its twin."""
    docs = root / docs_dir
    english = {p.relative_to(root).as_posix() for p in docs.rglob(f"*{ENGLISH_SUFFIX}")}
    japanese = {
        p.relative_to(root).as_posix() for p in docs.rglob("*.md") if not p.name.endswith(".en.md")
    }
    pairs, found = [], []
    for page in sorted(japanese):
        twin = english_twin(page)
        if twin in english:
            pairs.append(PagePair(page, twin))
        else:
            found.append(Problem(twin, None, "", f"missing; {page} has no English translation"))
    for page in sorted(english):
        original = page.removesuffix(ENGLISH_SUFFIX) + ".md"
        if original not in japanese:
            found.append(Problem(original, None, "", f"missing; {page} has no Japanese original"))
    return pairs, found


def check_translations(
    root: Path, docs_dir: str = "docs", outline_of: Callable[[str], Outline] | None = None
) -> list[Problem]:
    """Every drift between the Japanese pages under `root/docs_dir` and their English twins.

    `outline_of(path)` gives the outline of a page (path relative to `root`); by default each
    page is read with Python-Markdown and the site's usual extensions."""
    if outline_of is None:
        reader = PageReader(DEFAULT_EXTENSIONS, DEFAULT_CONFIGS)

        def outline_of(path: str) -> Outline:
            return reader.read(path, "", (root / path).read_text("utf-8", "replace")).outline

    pairs, found = page_pairs(root, docs_dir)
    for pair in pairs:
        found += compare_outlines(outline_of(pair.japanese), outline_of(pair.english), pair)
    return found
