"""Architecture diagrams: stacks of layers from the data file -> inline SVG, one per subject.

Each stack is its own small SVG so that on a phone the stacks sit one above the other and on
a desktop side by side, without text shrinking past reading size. Labels are `<text>` in the
page's language; colours come from CSS classes (`diagram__layer--<kind>`), so the stylesheet
gives them a light and a dark variant. Every SVG has a `<title>` naming its layers in order:
the text alternative a screen reader reads.
"""

from __future__ import annotations

import html
import math
import unicodedata
from dataclasses import dataclass

from .model import ComparisonData, Diagram, Layer, Stack
from .text import Language
from .words import word

WIDTH = 300
NAME_HEIGHT = 30
BOX_HEIGHT = 40
BOX_HEIGHT_WITH_DETAIL = 52
GAP = 6
PADDING = 8
LABEL_SIZE = 14.0
DETAIL_SIZE = 11.5
SMALLEST_SIZE = 9.0


def text_width(text: str, size: float) -> float:
    """A conservative estimate of `text`'s width at font size `size`, without a font at hand.

    Wide (CJK) characters take a full em; others are taken at 0.6 em, wider than the average
    Latin letter of a system sans-serif, so the estimate errs towards room to spare.
    """
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.6 for c in text)


def fitting_size(text: str, size: float, room: float) -> float:
    """`size`, or the smaller size at which `text` fits in `room`, but never below legibility."""
    width = text_width(text, size)
    if width <= room:
        return size
    return max(SMALLEST_SIZE, math.floor(size * room / width * 10) / 10)  # rounded down


def box_room(layer: Layer) -> float:
    """The width a label of `layer` may take inside its box."""
    return (WIDTH - GAP * (layer.repeat - 1)) / layer.repeat - 2 * PADDING


def too_long(text: str, room: float) -> bool:
    """True when `text` would overflow `room` even at the smallest legible size."""
    return text_width(text, SMALLEST_SIZE) > room


@dataclass(frozen=True)
class _Box:
    x: float
    y: float
    width: float
    height: float


def _text(x: float, y: float, text: str, size: float, css_class: str) -> str:
    return (
        f'<text class="{css_class}" x="{x:g}" y="{y:g}" font-size="{size:g}" '
        f'text-anchor="middle" dominant-baseline="central">{html.escape(text)}</text>'
    )


def _layer(layer: Layer, box: _Box, language: Language) -> list[str]:
    room = box_room(layer)
    label = layer.label[language]
    centre = box.x + box.width / 2
    parts = [
        f'<rect x="{box.x:g}" y="{box.y:g}" width="{box.width:g}" height="{box.height:g}" rx="4"/>'
    ]
    if layer.detail is None:
        parts.append(
            _text(
                centre,
                box.y + box.height / 2,
                label,
                fitting_size(label, LABEL_SIZE, room),
                "diagram__label",
            )
        )
    else:
        detail = layer.detail[language]
        parts.append(
            _text(
                centre, box.y + 18, label, fitting_size(label, LABEL_SIZE, room), "diagram__label"
            )
        )
        parts.append(
            _text(
                centre,
                box.y + 37,
                detail,
                fitting_size(detail, DETAIL_SIZE, room),
                "diagram__detail",
            )
        )
    return parts


def _description(stack: Stack, name: str, language: Language) -> str:
    """The layers in words, top to bottom: the SVG's text alternative."""
    layers = []
    for layer in stack.layers:
        text = layer.label[language]
        if layer.detail is not None:
            text += word("detail", language, detail=layer.detail[language])
        if layer.repeat > 1:
            text += word("times", language, count=str(layer.repeat))
        layers.append(text)
    return word(
        "stack_description",
        language,
        name=name,
        layers=word("list_separator", language).join(layers),
    )


def _stack_svg(diagram_id: str, stack: Stack, data: ComparisonData, language: Language) -> str:
    name = data.subject(stack.subject).name[language]
    title_id = f"diagram-{diagram_id}-{stack.subject}-title"
    body: list[str] = []
    y = float(NAME_HEIGHT)
    for layer in stack.layers:
        height = BOX_HEIGHT if layer.detail is None else BOX_HEIGHT_WITH_DETAIL
        width = (WIDTH - GAP * (layer.repeat - 1)) / layer.repeat
        body.append(f'<g class="diagram__layer diagram__layer--{layer.kind}">')
        for column in range(layer.repeat):
            body += _layer(layer, _Box(column * (width + GAP), y, width, height), language)
        body.append("</g>")
        y += height + GAP
    total_height = y - GAP + 1
    name_size = fitting_size(name, 15.0, WIDTH)
    return "\n".join(
        [
            f'<svg class="diagram__stack" data-subject="{stack.subject}" role="img" '
            f'aria-labelledby="{title_id}" viewBox="-1 -1 {WIDTH + 2} {total_height + 1:g}" '
            f'width="{WIDTH + 2}" height="{total_height + 1:g}" xmlns="http://www.w3.org/2000/svg">',
            f'<title id="{title_id}">{html.escape(_description(stack, name, language))}</title>',
            _text(WIDTH / 2, NAME_HEIGHT / 2 - 2, name, name_size, "diagram__name"),
            *body,
            "</svg>",
        ]
    )


def render_diagram(data: ComparisonData, diagram_id: str, language: Language) -> str:
    """The diagram `diagram_id` as a figure of inline SVGs, in `language`."""
    diagram: Diagram = data.diagrams[diagram_id]
    stacks = [_stack_svg(diagram_id, stack, data, language) for stack in diagram.stacks]
    return "\n".join(
        [
            f'<figure class="diagram" id="diagram-{diagram_id}" data-diagram="{diagram_id}">',
            '<div class="diagram__stacks">',
            *stacks,
            "</div>",
            f"<figcaption>{html.escape(diagram.title[language])}</figcaption>",
            "</figure>",
        ]
    )
