"""One Japanese word per concept: find the spellings the data file's `terminology` rejects.

A rejected spelling counts only as a word of its own: ハイパーバイザ inside ハイパーバイザー is the
preferred term, not a hit. Which parts of a page are prose (not quotations, code or the titles
of cited works) is `content_rules`' to say; this module only finds the words.
"""

from __future__ import annotations

from .model import PreferredTerm


def _spans(word: str, text: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(word)
    while start >= 0:
        spans.append((start, start + len(word)))
        start = text.find(word, start + 1)
    return spans


def misspellings_at(text: str, terminology: list[PreferredTerm]) -> list[tuple[int, str, str]]:
    """(offset, rejected spelling, preferred term) for each rejected word in `text`."""
    preferred_spans = [span for entry in terminology for span in _spans(entry.preferred, text)]
    found = []
    for entry in terminology:
        for variant in entry.rejected:
            if variant not in text:
                continue
            for start, end in _spans(variant, text):
                inside_preferred = any(
                    s <= start and end <= e and (s, e) != (start, end) for s, e in preferred_spans
                )
                if not inside_preferred:
                    found.append((start, variant, entry.preferred))
    return sorted(found)


def misspellings_in_line(text: str, terminology: list[PreferredTerm]) -> list[tuple[str, str]]:
    """(rejected spelling, preferred term) for each rejected word in `text`."""
    return [(variant, preferred) for _, variant, preferred in misspellings_at(text, terminology)]
