"""One Japanese word per concept: find the spellings the data file's `terminology` rejects.

A rejected spelling counts only as a word of its own: ハイパーバイザ inside ハイパーバイザー is the
preferred term, not a hit. Quotations and the titles of cited works keep their own spelling, so
Markdown block quotes, code and the text of links to other sites are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fences import lines_outside_code
from .model import PreferredTerm

_CODE_SPAN = re.compile(r"(`+).+?\1")
_EXTERNAL_LINK_TEXT = re.compile(r"\[[^\]]*\]\((?:https?:)?//[^)]*\)")
_FOOTNOTE_OR_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s")


@dataclass(frozen=True)
class Misspelling:
    line: int
    found: str
    preferred: str

    def __str__(self) -> str:
        return f"line {self.line}: found '{self.found}'; expected '{self.preferred}'"


def _spans(word: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(word), text)]


def misspellings_in_line(text: str, terminology: list[PreferredTerm]) -> list[tuple[str, str]]:
    """(rejected spelling, preferred term) for each rejected word in `text`."""
    preferred_spans = [span for entry in terminology for span in _spans(entry.preferred, text)]
    found = []
    for entry in terminology:
        for variant in entry.rejected:
            for start, end in _spans(variant, text):
                inside_preferred = any(
                    s <= start and end <= e and (s, e) != (start, end) for s, e in preferred_spans
                )
                if not inside_preferred:
                    found.append((start, variant, entry.preferred))
    return [(variant, preferred) for _, variant, preferred in sorted(found)]


def misspellings_in_markdown(markdown: str, terminology: list[PreferredTerm]) -> list[Misspelling]:
    """Rejected spellings in a page's Markdown, outside quotations, code and cited titles."""
    found: list[Misspelling] = []
    for number, line, is_outside_code in lines_outside_code(markdown):
        if not is_outside_code or line.lstrip().startswith(">"):
            continue
        if _FOOTNOTE_OR_REFERENCE.match(line):
            continue
        prose = _EXTERNAL_LINK_TEXT.sub("", _CODE_SPAN.sub("", line))
        found += [
            Misspelling(number, variant, preferred)
            for variant, preferred in misspellings_in_line(prose, terminology)
        ]
    return found
