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

import json
import xml.etree.ElementTree as etree

from . import inline
from .builder import add
from .generated_words import WORDS, joiners, spacing_pattern, word
from .localized_text import Language
from .model import ComparisonData, DecisionTree

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


def script_json(value: object) -> etree.Element:
    """`value` as a `<script type="application/json">` element of the reader's data.

    `<`, `>` and `&` are written as JSON escapes, so no text in the data can end the element
    (`</script>`) or open a comment (`<!--`) that swallows the rest of the page. (The page's
    serializer writes a script's text as it is.)
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for character, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(character, escape)
    element = etree.Element("script", {"type": "application/json", "class": DATA_CLASS})
    element.text = text
    return element


def _words(keys: tuple[str, ...], language: Language) -> dict[str, str]:
    return {key: WORDS[key][language] for key in keys}


def _button(parent: etree.Element, key: str, language: Language, **attributes: str) -> None:
    add(
        parent,
        "button",
        word(key, language),
        type="button",
        **{"class": "guide__button"},
        **attributes,
    )


def guide(tree: DecisionTree, language: Language, *, page_path: str) -> etree.Element:
    """The guide through `tree` at its first question, and the data to go on from there."""
    data = {
        "start": tree.start,
        "questions": {key: [q.yes, q.no] for key, q in tree.questions.items()},
        "words": _words(GUIDE_WORDS, language),
    }
    box = etree.Element("div", {"class": "guide"})
    add(box, "p", word("guide_answers", language), **{"class": "guide__trail-title"}, hidden="")
    add(box, "ol", **{"class": "guide__trail"}, hidden="")
    current = add(box, "div", **{"class": "guide__current"})
    add(current, "p", word("guide_step", language, n="1"), **{"class": "guide__step"})
    question = add(current, "p", **{"class": "guide__question"}, tabindex="-1")
    inline.append_to(question, tree.questions[tree.start].text[language], page_path)
    answers = add(current, "div", **{"class": "guide__answers"})
    _button(answers, "yes", language)
    _button(answers, "no", language)
    controls = add(box, "div", **{"class": "guide__controls"})
    _button(controls, "guide_back", language, hidden="")
    _button(controls, "guide_restart", language, hidden="")
    _button(controls, "guide_show_all", language, **{"aria-expanded": "false"})
    add(box, "p", **{"class": "guide__live", "aria-live": "polite"})
    box.append(script_json(data))
    return box


def filter_form(data: ComparisonData, language: Language, *, page_path: str) -> etree.Element:
    """The full table's choices, every subject and group ticked: which subjects (two or more)
    and which groups of attributes to show."""
    form = etree.Element("div", {"class": "comparison-filter"})

    def fieldset(name: str, legend_key: str, fewest: int, options: list[tuple[str, str]]) -> None:
        choices = add(
            form,
            "fieldset",
            **{"class": "comparison-filter__set", "data-choice": name, "data-fewest": str(fewest)},
        )
        add(choices, "legend", word(legend_key, language))
        for key, label in options:
            option = add(choices, "p", **{"class": "comparison-filter__option"})
            box = add(option, "label")
            add(box, "input", type="checkbox", value=key, checked="")
            box[-1].tail = " "
            inline.append_to(box, label, page_path)

    fieldset("subjects", "filter_subjects", 2, [(s.id, s.name[language]) for s in data.subjects])
    fieldset("groups", "filter_groups", 1, [(g.id, g.label[language]) for g in data.groups])
    pair, many = joiners(language)
    form.append(
        script_json(
            {
                "words": _words(FILTER_WORDS, language),
                "joiners": [pair, many],
                # Where the caption of a chosen table takes a space (「マイクロ VM の比較」).
                "spacing": spacing_pattern(language),
            }
        )
    )
    return form
