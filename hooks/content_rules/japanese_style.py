"""The site's two Japanese style rules, on text as the reader sees it (see CONTRIBUTING).

Spacing: in Japanese text a Latin word (a run of ASCII characters with at least one letter:
`Linux`, `x86`, `Hyper-V`) is separated from a Japanese letter (hiragana, katakana with ー,
kanji) by exactly one half-width space; no space stands next to full-width punctuation
(、。「」（）：・ …). Digits alone are no word (「2つ」). A line break inside a paragraph counts
as that one space, and is never reported next to punctuation. Code is not prose, but a code
span is a word: 「`runc` を使う」.

First mention: on a Japanese page, the first mention of virtual machines in the page's own
prose (not headings, not generated content, not code) is written 「仮想マシン（VM）」.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .reading import Block

JAPANESE_LETTER = re.compile(
    r"[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3005\u3400-\u4dbf\u4e00-\u9fff]"
)
FULL_WIDTH_PUNCTUATION = re.compile(
    r"[\u3001-\u3004\u3008-\u3011\u3014-\u301f\u30fb"
    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
)
_LATIN_WORD = re.compile(r"[!-~]*[A-Za-z][!-~]*")
_SPACES = " \u3000"

FIRST_MENTION = "仮想マシン（VM）"
_MENTION = re.compile(r"仮想マシン|(?<![A-Za-z0-9])VM(?![A-Za-z0-9])")


@dataclass(frozen=True)
class StyleProblem:
    offset: int
    """Where in the block's text, for its line."""
    what: str
    found: str
    expected: str


def _shown(text: str) -> str:
    return text.replace("\n", " ")


def _gap(text: str, start: int, step: int) -> tuple[str, int]:
    """The spaces from `start` going in `step` direction, and the index after them."""
    index = start
    while 0 <= index < len(text) and text[index] in _SPACES + "\n":
        index += step
    gap = text[start:index] if step > 0 else text[index + 1 : start + 1]
    return gap, index


def spacing_problems(block: Block) -> list[StyleProblem]:
    """Every spacing problem of `block`, in reading order."""
    return sorted(_spacing_problems(block), key=lambda problem: problem.offset)


def _spacing_problems(block: Block) -> Iterator[StyleProblem]:
    text = block.text
    what = "spacing between Japanese and Latin words"
    for word in _LATIN_WORD.finditer(text):
        start, end = word.span()
        # A long word is shown by its end next to what follows, by its start before.
        word_end, word_start = word.group()[-12:], word.group()[:12]
        for side, edge in (("after", end), ("before", start - 1)):
            step = 1 if side == "after" else -1
            gap, beyond = _gap(text, edge, step)
            if not 0 <= beyond < len(text):
                continue
            neighbour = text[beyond]
            word_in_code = block.is_code(start) and block.is_code(end - 1)
            if word_in_code and block.is_code(beyond):
                continue
            if not JAPANESE_LETTER.match(neighbour) or "\n" in gap or gap == " ":
                continue
            if side == "after":
                found, expected = word_end + gap + neighbour, word_end + " " + neighbour
            else:
                found, expected = neighbour + gap + word_start, neighbour + " " + word_start
            yield StyleProblem(edge, what, _shown(found), _shown(expected))
    for punctuation in FULL_WIDTH_PUNCTUATION.finditer(text):
        at = punctuation.start()
        if block.is_code(at):
            continue
        for neighbour in (at - 1, at + 1):
            if (
                0 <= neighbour < len(text)
                and text[neighbour] == " "
                and not block.is_code(neighbour)
            ):
                first, last = max(0, min(at, neighbour) - 3), max(at, neighbour) + 3
                found = text[first:last]
                expected = text[first:neighbour] + text[neighbour + 1 : last]
                yield StyleProblem(
                    neighbour,
                    "space next to full-width punctuation",
                    _shown(found),
                    _shown(expected),
                )


def first_mention_problem(blocks: list[Block]) -> tuple[Block, StyleProblem] | None:
    """The first mention of virtual machines in the page's own prose, if it is not written
    「仮想マシン（VM）」."""
    for block in blocks:
        if block.heading or block.footnote:
            continue
        text = block.text
        for mention in _MENTION.finditer(text):
            if block.is_code(mention.start()):
                continue
            if text.startswith(FIRST_MENTION, mention.start()):
                return None
            found = _shown(text[mention.start() : mention.end() + 4])
            what = "first mention of virtual machines"
            return block, StyleProblem(mention.start(), what, found, FIRST_MENTION)
    return None
