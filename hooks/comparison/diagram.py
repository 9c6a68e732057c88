"""Architecture diagrams: stacks of layers from the data file -> inline SVG, one per subject.

Each stack is its own small SVG so that on a phone the stacks sit one above the other and on
a desktop side by side, without text shrinking past reading size. Labels are `<text>` in the
page's language at one size; a label too long for its box is a data error (see `checks`),
never shrunk. Colours come from CSS classes (`diagram__layer--<kind>`), so the stylesheet
gives them a light and a dark variant. Every SVG has a `<title>` naming its layers in order:
the text alternative a screen reader reads.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as etree

from . import inline
from .builder import PageIds, add
from .generated_words import spaced, word
from .localized_text import Language
from .model import ComparisonData, Diagram, Layer, Stack

WIDTH = 300
NAME_HEIGHT = 30
BOX_HEIGHT = 40
BOX_HEIGHT_WITH_DETAIL = 52
GAP = 6
PADDING = 8
NAME_SIZE = 13.0
LABEL_SIZE = 14.0
DETAIL_SIZE = 11.5


def text_width(text: str, size: float) -> float:
    """A conservative estimate of `text`'s width at font size `size`, without a font at hand.

    Wide (CJK) characters take a full em; others are taken at 0.6 em, wider than the average
    Latin letter of a system sans-serif, so the estimate errs towards room to spare.
    """
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.6 for c in text)


def box_room(layer: Layer) -> float:
    """The width a label of `layer` may take inside its box."""
    return (WIDTH - GAP * (layer.repeat - 1)) / layer.repeat - 2 * PADDING


def too_long(text: str, room: float, size: float = LABEL_SIZE) -> bool:
    """True when `text`, at `size`, would overflow `room`."""
    return text_width(text, size) > room


def _number(value: float) -> str:
    return f"{value:g}"


def _add_text(parent: etree.Element, x: float, y: float, text: str, size: float, css: str) -> None:
    add(
        parent,
        "text",
        text,
        **{
            "class": css,
            "x": _number(x),
            "y": _number(y),
            "font-size": _number(size),
            "text-anchor": "middle",
            "dominant-baseline": "central",
        },
    )


def _add_layer(
    group: etree.Element, layer: Layer, x: float, y: float, width: float, language: Language
) -> None:
    height = BOX_HEIGHT if layer.detail is None else BOX_HEIGHT_WITH_DETAIL
    add(
        group,
        "rect",
        x=_number(x),
        y=_number(y),
        width=_number(width),
        height=_number(height),
        rx="4",
    )
    centre = x + width / 2
    label = inline.plain_text(layer.label[language])
    if layer.detail is None:
        _add_text(group, centre, y + height / 2, label, LABEL_SIZE, "diagram__label")
        return
    _add_text(group, centre, y + 18, label, LABEL_SIZE, "diagram__label")
    detail = inline.plain_text(layer.detail[language])
    _add_text(group, centre, y + 37, detail, DETAIL_SIZE, "diagram__detail")


def _description(stack: Stack, name: str, language: Language) -> str:
    """The layers in words, top to bottom: the SVG's text alternative."""
    layers = []
    for layer in stack.layers:
        text = inline.plain_text(layer.label[language])
        if layer.detail is not None:
            text += word("detail", language, detail=inline.plain_text(layer.detail[language]))
        if layer.repeat > 1:
            text += word("times", language, count=str(layer.repeat))
        layers.append(text)
    description = word(
        "stack_description",
        language,
        name=name,
        layers=word("list_separator", language).join(layers),
    )
    return spaced(description, language)


def _add_stack(
    parent: etree.Element,
    diagram_id: str,
    stack: Stack,
    data: ComparisonData,
    language: Language,
    ids: PageIds,
) -> None:
    name = inline.plain_text(data.subject(stack.subject).name[language])
    title_id = ids.claim(f"diagram-{diagram_id}-{stack.subject}-title")
    svg = add(
        parent,
        "svg",
        **{
            "class": "diagram__stack",
            "data-subject": stack.subject,
            "role": "img",
            "aria-labelledby": title_id,
            "xmlns": "http://www.w3.org/2000/svg",
        },
    )
    add(svg, "title", _description(stack, name, language), id=title_id)
    _add_text(svg, WIDTH / 2, NAME_HEIGHT / 2 - 2, name, NAME_SIZE, "diagram__name")
    y = float(NAME_HEIGHT)
    for layer in stack.layers:
        height = BOX_HEIGHT if layer.detail is None else BOX_HEIGHT_WITH_DETAIL
        width = (WIDTH - GAP * (layer.repeat - 1)) / layer.repeat
        group = add(svg, "g", **{"class": f"diagram__layer diagram__layer--{layer.kind}"})
        for column in range(layer.repeat):
            _add_layer(group, layer, column * (width + GAP), y, width, language)
        y += height + GAP
    total_height = y - GAP + 1
    svg.set("viewBox", f"-1 -1 {WIDTH + 2} {_number(total_height + 1)}")
    svg.set("width", str(WIDTH + 2))
    svg.set("height", _number(total_height + 1))


def render_diagram(
    data: ComparisonData, diagram_id: str, language: Language, *, ids: PageIds
) -> etree.Element:
    """The diagram `diagram_id` as a figure of inline SVGs, in `language`."""
    diagram: Diagram = data.diagrams[diagram_id]
    figure = etree.Element(
        "figure",
        {"class": "diagram", "id": ids.claim(f"diagram-{diagram_id}"), "data-diagram": diagram_id},
    )
    stacks = add(figure, "div", **{"class": "diagram__stacks"})
    for stack in diagram.stacks:
        _add_stack(stacks, diagram_id, stack, data, language, ids)
    add(figure, "figcaption", inline.plain_text(diagram.title[language]))
    return figure
