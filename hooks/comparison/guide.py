"""What the reader's script needs beside the generated flowchart and table, as JSON in the page.

With JavaScript, `overrides/assets/javascripts/readers.js` turns a flowchart into a guide that
asks one question at a time, and lets readers choose what the full comparison table shows. The
script holds no words: the questions and outcomes it shows are the generated flowchart's own
elements, and its buttons' and announcements' words come from here, in the page's language.
The same elements carry the branches of the tree, so the guide follows the data file.
"""

from __future__ import annotations

import json

from .model import DecisionTree
from .text import Language
from .words import WORDS, joiners

DATA_CLASS = "reader-data"
"""The class of the JSON element; overrides/main.html loads the script on pages that have one."""

GUIDE_WORDS = (
    "yes",
    "no",
    "guide_step",
    "guide_outcome",
    "guide_announce",
    "guide_answers",
    "guide_change",
    "guide_back",
    "guide_restart",
    "guide_show_all",
    "guide_hide_all",
)
FILTER_WORDS = ("filter_subjects", "filter_groups", "caption_chosen")


def script_json(value: object) -> str:
    """`value` as a `<script type="application/json">` element of the reader's data.

    `<`, `>` and `&` are written as JSON escapes, so no text in the data can end the element
    (`</script>`) or open a comment (`<!--`) that swallows the rest of the page.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for character, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(character, escape)
    return f'<script type="application/json" class="{DATA_CLASS}">{text}</script>'


def _words(keys: tuple[str, ...], language: Language) -> dict[str, str]:
    return {key: WORDS[key][language] for key in keys}


def guide_data(tree: DecisionTree, language: Language) -> str:
    """The guide's data for `tree`: where it starts, where each answer leads, its words."""
    return script_json(
        {
            "start": tree.start,
            "questions": {key: [q.yes, q.no] for key, q in tree.questions.items()},
            "words": _words(GUIDE_WORDS, language),
        }
    )


def filter_data(language: Language) -> str:
    """The words the full table's choices need; the subjects and groups are the table's own."""
    pair, many = joiners(language)
    return script_json({"words": _words(FILTER_WORDS, language), "joiners": [pair, many]})
