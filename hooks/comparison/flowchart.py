"""Decision flowcharts: a decision tree -> a nested list that CSS draws as a flowchart.

The drawing is the list itself, so it needs no diagram script, reads as text to a screen
reader, and wraps at any width. Every item carries `data-node` with its key in the data file,
so the Japanese and the English chart are the same graph.
"""

from __future__ import annotations

import html

from . import inline
from .guide import guide
from .model import ComparisonData, DecisionTree
from .text import Language
from .words import word


def render_flowchart(
    data: ComparisonData, tree_id: str, language: Language, *, page_path: str
) -> str:
    """The decision tree `tree_id` in `language`, for the page at `page_path`."""
    tree: DecisionTree = data.decision_trees[tree_id]
    lines: list[str] = []

    def node(node_id: str) -> None:
        if node_id in tree.outcomes:
            outcome = tree.outcomes[node_id]
            subject = data.subject(outcome.subject)
            label = inline.for_page((outcome.label or subject.name)[language], page_path)
            target = inline.relative_link(outcome.page or subject.page, page_path)
            lines.append(
                f'<p class="flowchart__outcome" data-node="{node_id}" '
                f'data-subject="{subject.id}" markdown="span">[{label}]({target})</p>'
            )
            return
        question = tree.questions[node_id]
        lines.append('<ol class="flowchart__step" markdown="block">')
        lines.append(f'<li class="flowchart__question" data-node="{node_id}" markdown="block">')
        text = inline.for_page(question.text[language], page_path)
        lines.append(f'<p class="flowchart__text" markdown="span">{text}</p>')
        lines.append('<ul class="flowchart__answers" markdown="block">')
        for answer in ("yes", "no"):
            lines.append(
                f'<li class="flowchart__answer flowchart__answer--{answer}" markdown="block">'
            )
            lines.append(f'<p class="flowchart__label">{html.escape(word(answer, language))}</p>')
            node(getattr(question, answer))
            lines.append("</li>")
        lines.extend(["</ul>", "</li>", "</ol>"])

    title = html.escape(tree.title[language])
    lines.append(
        f'<figure class="flowchart" id="flowchart-{tree_id}" data-tree="{tree_id}" '
        'markdown="block">'
    )
    lines.append(f"<figcaption>{title}</figcaption>")
    lines.append(guide(tree, language, page_path=page_path))  # the tree one question at a time
    node(tree.start)
    lines.append("</figure>")
    return "\n".join(lines)
