"""Rules for one page, each a function of the page as read (see `reading`) giving problems."""

from __future__ import annotations

import re
from collections.abc import Iterator

from comparison.localized_text import JAPANESE_CHARACTERS
from comparison.model import PreferredTerm
from comparison.preferred_terms import misspellings_at
from comparison.problems import Problem

from .japanese_style import first_mention_problem, spacing_problems
from .reading import Block, Page

DESCRIPTION_LENGTH = {"ja": (30, 200), "en": (50, 200)}
"""Characters of the front matter's `description` (search engines show about this much)."""

_LATIN_LETTER = re.compile(r"[A-Za-z]")


def utf8(page: Page) -> Iterator[Problem]:
    for block in page.blocks:
        if "\ufffd" in block.text:
            yield Problem(
                page.path,
                block.line_at(block.text.index("\ufffd")),
                "encoding",
                "found bytes that are not UTF-8 (shown as \ufffd); expected a UTF-8 text file",
            )
            return


def front_matter(page: Page) -> Iterator[Problem]:
    if page.front_matter.error:
        line, column, message = page.front_matter.error
        yield Problem(page.path, line or 1, "front matter: YAML syntax", message, column)


def description(page: Page) -> Iterator[Problem]:
    shortest, longest = DESCRIPTION_LENGTH[page.language]
    text = page.front_matter.values.get("description")
    line = page.front_matter.lines.get("description", 1)
    expected = f"expected {shortest} to {longest} characters"
    if not isinstance(text, str) or not text.strip():
        yield Problem(
            page.path, 1, "description", f"found none in the front matter; {expected} there"
        )
    elif not shortest <= len(text.strip()) <= longest:
        yield Problem(
            page.path, line, "description", f"found {len(text.strip())} characters; {expected}"
        )


def english_only(page: Page) -> Iterator[Problem]:
    """An English page shows no Japanese: not in its prose, headings or front matter."""
    for key, value in page.front_matter.values.items():
        letters = "".join(JAPANESE_CHARACTERS.findall(str(value)))
        if letters:
            yield Problem(
                page.path,
                page.front_matter.lines.get(key, 1),
                f"front matter `{key}` of an English page",
                f"found Japanese ('{letters[:20]}'); expected English only",
            )
    for block in page.blocks:
        for match in JAPANESE_CHARACTERS.finditer(block.text):
            if block.is_code(match.start()):
                continue
            letters = "".join(JAPANESE_CHARACTERS.findall(block.text[match.start() :]))
            yield Problem(
                page.path,
                block.line_at(match.start()),
                "Japanese on an English page",
                f"found '{letters[:20]}'; expected English only",
            )
            break


def mostly_japanese(page: Page) -> Iterator[Problem]:
    """A Japanese page is written in Japanese: product names aside, letters are Japanese."""
    prose = "".join(piece.text for block in page.blocks for piece in block.pieces if not piece.code)
    japanese = len(JAPANESE_CHARACTERS.findall(prose))
    latin = len(_LATIN_LETTER.findall(prose))
    if japanese <= 2 * latin:
        yield Problem(
            page.path,
            page.body_line,
            "letters of a Japanese page",
            f"found {japanese} Japanese and {latin} Latin letters; "
            "expected more than twice as many Japanese letters as Latin ones",
        )


def _prose_for_terminology(block: Block) -> str:
    # Quotations, code and the titles of cited works (links to other sites) keep their
    # own spelling; they are blanked, so offsets (and lines) stay right.
    return "".join(
        " " * len(piece.text) if piece.code or piece.external_link else piece.text
        for piece in block.pieces
    )


def preferred_terms(page: Page, terminology: list[PreferredTerm]) -> Iterator[Problem]:
    for block in page.blocks:
        if block.quotation or block.footnote:
            continue
        text = _prose_for_terminology(block)
        for offset, variant, preferred in misspellings_at(text, terminology):
            yield Problem(
                page.path,
                block.line_at(offset),
                "terminology",
                f"found '{variant}'; expected '{preferred}'",
            )


def japanese_style(page: Page) -> Iterator[Problem]:
    for block in page.blocks:
        for problem in spacing_problems(block):
            yield Problem(
                page.path,
                block.line_at(problem.offset),
                problem.what,
                f"found '{problem.found}'; expected '{problem.expected}'",
            )
    located = first_mention_problem(list(page.blocks))
    if located:
        block, problem = located
        yield Problem(
            page.path,
            block.line_at(problem.offset),
            problem.what,
            f"found '{problem.found}'; expected '{problem.expected}'",
        )


def heading_ids(page: Page) -> Iterator[Problem]:
    """An id given to two headings: a link to the second one would land on the first, and the
    language switcher carries such links to the other language."""
    first_given: dict[str, int] = {}
    for heading in page.outline.headings:
        if heading.id is None:
            continue
        if heading.id in first_given:
            yield Problem(
                page.path,
                heading.line,
                f"heading id '{heading.id}'",
                f"already given on line {first_given[heading.id]}; expected each id once on a page",
            )
        else:
            first_given[heading.id] = heading.line


def page_problems(page: Page, terminology: list[PreferredTerm]) -> list[Problem]:
    """Every problem of one page, in the order of the rules above."""
    found = [*utf8(page), *(list(front_matter(page)) or description(page)), *heading_ids(page)]
    if page.language == "en":
        found += english_only(page)
    else:
        found += mostly_japanese(page)
        found += preferred_terms(page, terminology)
        found += japanese_style(page)
    return found
