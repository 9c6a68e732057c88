"""The readers' tools as the page first shows them, and the data their script reads.

With JavaScript, `overrides/assets/javascripts/readers.js` turns a flowchart into a guide that
asks one question at a time, and lets readers choose what the full comparison table shows. Both
are written here, in the page's language, as the script will show them before any answer or
choice: the page is drawn once, and nothing moves when the script starts. Without JavaScript
the styles hide them (`@media (scripting: none)`) and the whole flowchart and table show.

The script holds no words: the questions and outcomes it shows later are the generated
flowchart's own elements, and its buttons' and announcements' words come from the JSON here.
"""

from __future__ import annotations

import html
import json

from . import inline
from .model import ComparisonData, DecisionTree
from .text import Language
from .words import WORDS, joiners, word

DATA_CLASS = "reader-data"
"""The class of the JSON element; overrides/main.html loads the script on pages that have one."""

GUIDE_WORDS = (
    "yes",
    "no",
    "guide_step",
    "guide_outcome",
    "guide_announce",
    "guide_change",
    "guide_show_all",
    "guide_hide_all",
)
FILTER_WORDS = ("caption_chosen",)


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


def _button(key: str, language: Language, extra: str = "") -> str:
    text = html.escape(word(key, language))
    return f'<button type="button" class="guide__button"{extra}>{text}</button>'


def guide(tree: DecisionTree, language: Language, *, page_path: str) -> str:
    """The guide through `tree` at its first question, and the data to go on from there."""
    data = {
        "start": tree.start,
        "questions": {key: [q.yes, q.no] for key, q in tree.questions.items()},
        "words": _words(GUIDE_WORDS, language),
    }
    question = inline.for_page(tree.questions[tree.start].text[language], page_path)
    return "\n".join(
        [
            '<div class="guide" markdown="block">',
            f'<p class="guide__trail-title" hidden>{html.escape(word("guide_answers", language))}'
            "</p>",
            '<ol class="guide__trail" hidden></ol>',
            '<div class="guide__current" markdown="block">',
            f'<p class="guide__step">{html.escape(word("guide_step", language, n="1"))}</p>',
            f'<p class="guide__question" tabindex="-1" markdown="span">{question}</p>',
            f'<div class="guide__answers">{_button("yes", language)}{_button("no", language)}'
            "</div>",
            "</div>",
            '<div class="guide__controls">'
            + _button("guide_back", language, " hidden")
            + _button("guide_restart", language, " hidden")
            + _button("guide_show_all", language, ' aria-expanded="false"')
            + "</div>",
            '<p class="guide__live" aria-live="polite"></p>',
            script_json(data),
            "</div>",
        ]
    )


def filter_form(data: ComparisonData, language: Language, *, page_path: str) -> str:
    """The full table's choices, every subject and group ticked: which subjects (two or more)
    and which groups of attributes to show."""

    def fieldset(name: str, legend_key: str, fewest: int, options: list[tuple[str, str]]) -> str:
        boxes = "".join(
            f'<p class="comparison-filter__option" markdown="span"><label>'
            f'<input type="checkbox" value="{key}" checked> {inline.for_page(label, page_path)}'
            "</label></p>"
            for key, label in options
        )
        return (
            f'<fieldset class="comparison-filter__set" data-choice="{name}" '
            f'data-fewest="{fewest}" markdown="block">'
            f"<legend>{html.escape(word(legend_key, language))}</legend>{boxes}</fieldset>"
        )

    pair, many = joiners(language)
    return "\n".join(
        [
            '<div class="comparison-filter" markdown="block">',
            fieldset(
                "subjects", "filter_subjects", 2, [(s.id, s.name[language]) for s in data.subjects]
            ),
            fieldset(
                "groups", "filter_groups", 1, [(g.id, g.label[language]) for g in data.groups]
            ),
            script_json({"words": _words(FILTER_WORDS, language), "joiners": [pair, many]}),
            "</div>",
        ]
    )
