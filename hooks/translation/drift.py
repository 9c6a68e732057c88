"""Structural drift between each Japanese page `docs/x.md` and its English twin `docs/x.en.md`.

Both pages must have the same headings (count, levels, explicit `{#id}`s), the same markers in
the same order, and the same front-matter keys. Each message names the page, and the heading,
marker or line it is about:

    docs/choose.en.md:17: heading 3 is level 2 in docs/choose.md but level 3 here
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from comparison.problems import Problem

from .outline import Heading, Marker, Outline, read_outline

ENGLISH_SUFFIX = ".en.md"

T = TypeVar("T", Heading, Marker)


@dataclass(frozen=True)
class PagePair:
    """A page in both languages, as paths relative to the project root (`docs/choose.md`)."""

    japanese: str
    english: str


def english_twin(japanese: str) -> str:
    return japanese.removesuffix(".md") + ENGLISH_SUFFIX


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


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
                    "",
                    f"{at} is level {original.level} in {there} but level {translated.level} here",
                )
            )
        if original.id != translated.id:
            found.append(
                Problem(
                    here,
                    translated.line,
                    "",
                    f"{at} has {_id(original)} in {there} but {_id(translated)} here",
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
            "",
            f"marker {index} is '{translated}' here but '{original}' in {there} "
            f"(line {original.line})",
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
                "",
                f"{_plural(len(translated), kind)} here but {len(original)} in {there}",
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
                    "",
                    f"{kind} {index + 1} of {there} (line {item.line}), "
                    f"'{item}', has no counterpart here",
                )
            )
        for item in translated[t1:t2]:
            found.append(
                Problem(here, item.line, "", f"{kind} '{item}' has no counterpart in {there}")
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
        parts = ([f"missing here: {', '.join(missing)}"] if missing else []) + (
            [f"only here: {', '.join(extra)}"] if extra else []
        )
        found.append(
            Problem(
                pair.english,
                None,
                "",
                f"front-matter keys differ from {pair.japanese}: " + "; ".join(parts),
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


def check_translations(root: Path, docs_dir: str = "docs") -> list[Problem]:
    """Every drift between the Japanese pages under `root/docs_dir` and their English twins."""
    pairs, found = page_pairs(root, docs_dir)
    for pair in pairs:
        found += compare_outlines(
            read_outline((root / pair.japanese).read_text("utf-8")),
            read_outline((root / pair.english).read_text("utf-8")),
            pair,
        )
    return found
