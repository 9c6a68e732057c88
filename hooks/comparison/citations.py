"""Cite the data file's sources in page prose: `[^gvisor-security]` becomes a footnote.

A page cites a source by its id as a Markdown footnote reference and writes no definition;
the definition is generated here from the data file, in the page's language, so a title, an
address or a "checked" date is written once. A footnote reference that is neither defined on
the page nor a source id stops the build instead of showing as literal text.
"""

from __future__ import annotations

import re

from .fences import lines_outside_code
from .model import ComparisonData
from .problems import MarkerError, Problem
from .tables import source_reference
from .text import Language

_REFERENCE = re.compile(r"\[\^(?P<id>[^\]\s]+)\](?!:)")
_DEFINITION = re.compile(r"^ {0,3}\[\^(?P<id>[^\]\s]+)\]:", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+).+?\1")


def add_source_notes(
    markdown: str,
    data: ComparisonData,
    language: Language,
    *,
    page_path: str,
    shown_as: str,
    first_line: int = 1,
) -> str:
    """`markdown` with a footnote definition for each source it cites by id."""
    defined = set(_DEFINITION.findall(markdown))
    sources = {source.id for source in data.sources}
    # Blank out code so examples are not read as citations; offsets and lines stay put.
    prose = "\n".join(
        line if is_outside_code else " " * len(line)
        for _, line, is_outside_code in lines_outside_code(markdown)
    )
    searchable = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), prose)
    cited: list[str] = []
    problems: list[Problem] = []
    for match in _REFERENCE.finditer(searchable):
        note_id = match["id"]
        if note_id in defined or note_id in cited:
            continue
        if note_id in sources:
            cited.append(note_id)
            continue
        line = first_line + searchable.count("\n", 0, match.start())
        problems.append(
            Problem(
                shown_as,
                line,
                match.group(0),
                f"no footnote '{note_id}' on the page and no source with that id; expected a "
                "definition `[^" + note_id + "]: …` or one of the data file's source ids",
            )
        )
    if problems:
        raise MarkerError(f"Citations in {shown_as} cannot be resolved", problems)
    if not cited:
        return markdown
    notes = [
        f"[^{source_id}]: {source_reference(data.source(source_id), language, page_path)}"
        for source_id in cited
    ]
    return markdown.rstrip("\n") + "\n\n" + "\n".join(notes) + "\n"
