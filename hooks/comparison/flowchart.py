"""Decision flowcharts: a decision tree -> a nested list that CSS draws as a flowchart.

The drawing is the list itself, so it needs no diagram script, reads as text to a screen
reader, and wraps at any width. Every item carries `data-node` with its key in the data file,
so the Japanese and the English chart are the same graph.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from . import inline
from .builder import PageIds, add
from .generated_words import word
from .guide import guide
from .localized_text import Language
from .model import ComparisonData, DecisionTree


def render_flowchart(
    data: ComparisonData, tree_id: str, language: Language, *, page_path: str, ids: PageIds
) -> etree.Element:
    """The decision tree `tree_id` in `language`, for the page at `page_path`."""
    tree: DecisionTree = data.decision_trees[tree_id]

    def add_node(parent: etree.Element, node_id: str) -> None:
        if node_id in tree.outcomes:
            outcome = tree.outcomes[node_id]
            subject = data.subject(outcome.subject)
            box = add(
                parent,
                "p",
                **{"class": "flowchart__outcome", "data-node": node_id, "data-subject": subject.id},
            )
            link = add(box, "a", href=inline.relative_link(outcome.page or subject.page, page_path))
            inline.append_to(link, (outcome.label or subject.name)[language], page_path)
            return
        question = tree.questions[node_id]
        step = add(parent, "ol", **{"class": "flowchart__step"})
        item = add(step, "li", **{"class": "flowchart__question", "data-node": node_id})
        text = add(item, "p", **{"class": "flowchart__text"})
        inline.append_to(text, question.text[language], page_path)
        answers = add(item, "ul", **{"class": "flowchart__answers"})
        for answer in ("yes", "no"):
            branch = add(
                answers, "li", **{"class": f"flowchart__answer flowchart__answer--{answer}"}
            )
            add(branch, "p", word(answer, language), **{"class": "flowchart__label"})
            add_node(branch, getattr(question, answer))

    figure = etree.Element(
        "figure",
        {"class": "flowchart", "id": ids.claim(f"flowchart-{tree_id}"), "data-tree": tree_id},
    )
    caption = add(figure, "figcaption")
    inline.append_to(caption, tree.title[language], page_path)
    figure.append(guide(tree, language, page_path=page_path))  # the tree one question at a time
    add_node(figure, tree.start)
    return figure
