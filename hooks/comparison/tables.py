"""Comparison tables: data -> Markdown (HTML whose cells Markdown fills, via `md_in_html`).

Python-Markdown tables cannot carry a caption or row headers, so the table is written as HTML;
cells keep `markdown="span"`, so bold, code and links in values are Markdown's to render, and
MkDocs still rewrites and checks every link.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from . import inline
from .guide import filter_form
from .model import Attribute, ComparisonData, Source, Subject
from .text import JAPANESE_CHARACTERS, Language
from .words import join_names, word


@dataclass(frozen=True)
class TableRequest:
    """What a table marker asks for. No filter at all means the full table."""

    attributes: tuple[str, ...] = ()
    group: str | None = None
    subjects: tuple[str, ...] = ()

    @property
    def is_full(self) -> bool:
        return not (self.attributes or self.group or self.subjects)


def _chosen_attributes(data: ComparisonData, request: TableRequest) -> list[Attribute]:
    if request.attributes:
        by_id = {attribute.id: attribute for attribute in data.attributes}
        return [by_id[attribute_id] for attribute_id in request.attributes]
    if request.group:
        return [a for a in data.attributes if a.group == request.group]
    return list(data.attributes)


def _chosen_subjects(data: ComparisonData, request: TableRequest) -> list[Subject]:
    if request.subjects:
        return [data.subject(subject_id) for subject_id in request.subjects]
    return list(data.subjects)


def caption(data: ComparisonData, request: TableRequest, language: Language) -> str:
    names = join_names([s.name[language] for s in _chosen_subjects(data, request)], language)
    if request.group and not request.attributes:
        return word(
            "caption_group",
            language,
            group=data.group(request.group).label[language],
            subjects=names,
        )
    if request.attributes:
        return word("caption_selected", language, subjects=names)
    return word("caption_every_attribute", language, subjects=names)


def foreign_language(text: str, language: Language) -> str | None:
    """The language of a source title shown on a page of another language, for `lang`."""
    if language == "ja" and not JAPANESE_CHARACTERS.search(text):
        return "en"
    if language == "en" and JAPANESE_CHARACTERS.search(text):
        return "ja"
    return None


def source_link(source: Source, language: Language) -> str:
    """A source's title linked to its page: the Japanese edition on Japanese pages, where there
    is one, and the title marked with its language when that is not the page's."""
    title = source.title[language]
    url = source.url_ja if language == "ja" and source.url_ja else source.url
    other = foreign_language(title, language)
    title_html = (
        f'<span lang="{other}">{html.escape(title)}</span>' if other else html.escape(title)
    )
    return f"[{title_html}]({url})"


def source_reference(source: Source, language: Language, page_path: str) -> str:
    """A source as inline Markdown: publisher, linked title, and when it was checked."""
    checked = (
        word("unverified", language)
        if source.checked == "unverified"
        else word("checked_on", language, date=source.checked)
    )
    publisher = inline.for_page(source.publisher[language], page_path)
    return f"{publisher}, {source_link(source, language)} ({checked})"


def _source_item(source: Source, anchor: str, language: Language, page_path: str) -> str:
    return f'<li id="{anchor}" markdown="span">{source_reference(source, language, page_path)}</li>'


def _subject_attributes(subject: Subject, language: Language) -> str:
    """A subject's cell says whose it is: for readers' choices and for phone cards."""
    name = html.escape(subject.name[language], quote=True)
    return f' data-subject="{subject.id}" data-label="{name}"'


def render_table(
    data: ComparisonData,
    request: TableRequest,
    language: Language,
    *,
    page_path: str,
    number: int,
) -> str:
    """The table for `request`, in `language`, for the page at `page_path` (relative to docs/).

    `number` tells this table from others on the same page in ids it makes.
    """
    attributes = _chosen_attributes(data, request)
    subjects = _chosen_subjects(data, request)
    text = caption(data, request, language)
    caption_id = f"table-{number}-caption"

    # Sources are numbered in the order rows first cite them.
    cited: list[str] = []
    for attribute in attributes:
        cited += [s for s in attribute.sources if s not in cited]
    source_anchor = {source_id: f"table-{number}-source-{source_id}" for source_id in cited}

    def cell(content: str, tag: str = "td", extra: str = "") -> str:
        return f'<{tag}{extra} markdown="span">{content}</{tag}>'

    def row(attribute: Attribute) -> str:
        marks = "".join(
            f"<sup>[[{cited.index(s) + 1}]](#{source_anchor[s]})</sup>" for s in attribute.sources
        )
        label = inline.for_page(attribute.label[language], page_path) + marks
        row_id = f' id="attr-{attribute.id}"' if request.is_full else ""
        values = [
            cell(
                inline.for_page(attribute.values[subject.id][language], page_path),
                extra=_subject_attributes(subject, language),
            )
            for subject in subjects
        ]
        row = (
            f'<tr{row_id} markdown="block">'
            + cell(label, "th", ' scope="row"')
            + "".join(values)
            + "</tr>"
        )
        if attribute.note:
            # The note gets a row of its own, the table's full width: in the header column it
            # would make every row as tall as its longest note.
            note = word("note", language) + inline.for_page(attribute.note[language], page_path)
            row += (
                '\n<tr class="comparison-table__note-row" markdown="block">'
                + cell(
                    f'<span class="comparison-table__note">{note}</span>',
                    extra=f' colspan="{len(subjects) + 1}"',
                )
                + "</tr>"
            )
        return row

    head = cell(word("attribute", language), "th", ' scope="col"') + "".join(
        cell(
            f"[{inline.for_page(s.name[language], page_path)}]"
            f"({inline.relative_link(s.page, page_path)})",
            "th",
            ' scope="col"' + _subject_attributes(s, language),
        )
        for s in subjects
    )
    # Readers choose what the full table shows.
    lines = [filter_form(data, language, page_path=page_path)] if request.is_full else []
    lines += [
        f'<div class="comparison-table" role="region" aria-labelledby="{caption_id}" '
        'tabindex="0" markdown="block">',
        '<table class="comparison-table__table" markdown="block">',
        f'<caption id="{caption_id}" markdown="span">'
        f'<span class="comparison-table__caption">{html.escape(text)}</span></caption>',
        '<thead markdown="block">',
        f'<tr markdown="block">{head}</tr>',
        "</thead>",
    ]
    shown_groups = {attribute.group for attribute in attributes}
    groups_in_order = [group.id for group in data.groups if group.id in shown_groups]
    show_group_rows = len(groups_in_order) > 1 and not request.attributes
    for group_id in groups_in_order if show_group_rows else [None]:
        group_attribute = f' data-group="{group_id}"' if group_id is not None else ""
        lines.append(f'<tbody{group_attribute} markdown="block">')
        if group_id is not None:
            label = inline.for_page(data.group(group_id).label[language], page_path)
            span = len(subjects) + 1
            lines.append(
                f'<tr class="comparison-table__group" markdown="block">'
                f'<th colspan="{span}" scope="rowgroup" markdown="span">{label}</th></tr>'
            )
        lines += [row(a) for a in attributes if group_id is None or a.group == group_id]
        lines.append("</tbody>")
    lines += ["</table>", "</div>"]
    if cited:
        lines += [
            '<div class="comparison-sources" markdown="block">',
            f'<p class="comparison-sources__title">{word("sources", language)}</p>',
            '<ol markdown="block">',
            *(_source_item(data.source(s), source_anchor[s], language, page_path) for s in cited),
            "</ol>",
            "</div>",
        ]
    return "\n".join(lines)
