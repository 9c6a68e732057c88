"""Tell fenced code from the rest of a page's Markdown, line by line.

Markers, headings and words inside fenced code are examples, not content; every reader of a
page's source (markers, citations, terminology, translation outlines) skips them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_FENCE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})")


def lines_outside_code(markdown: str, first_line: int = 1) -> Iterator[tuple[int, str, bool]]:
    """Each line of `markdown` with its number and whether it is outside fenced code.

    A fence line itself counts as code. A fence closes at a line of the same character at least
    as long as the one that opened it, as CommonMark says.
    """
    fence: str | None = None
    for number, line in enumerate(markdown.splitlines(), start=first_line):
        found = _FENCE.match(line)
        if found:
            mark = found["fence"]
            if fence is None:
                fence = mark
            elif mark[0] == fence[0] and len(mark) >= len(fence):
                fence = None
            yield number, line, False
            continue
        yield number, line, fence is None
