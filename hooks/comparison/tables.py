"""Comparison tables: data -> an element tree (a table with a caption, row headers and sources).

Python-Markdown tables cannot carry a caption or row headers, so the table is built as
elements. Cell texts are the data file's inline Markdown, read by `inline`; links in them stay
links to pages (`containers.md`), which MkDocs then rewrites and checks like any other.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass

from . import inline
from .builder import PageIds, add, add_text
from .generated_words import join_names, spaced, word
from .guide import filter_form
from .localized_text import JAPANESE_CHARACTERS, Language
from .model import Attribute, ComparisonData, Source, Subject


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


CAPTION_NAMES_AT_MOST = 4
"""A table of this many chosen attributes or fewer names them in its caption, so that tables
on one page have captions (and names, for screen readers) of their own."""


def caption(data: ComparisonData, request: TableRequest, language: Language) -> str:
    names = join_names(
        [inline.plain_text(s.name[language]) for s in _chosen_subjects(data, request)], language
    )
    if request.group and not request.attributes:
        group = inline.plain_text(data.group(request.group).label[language])
        return spaced(word("caption_group", language, group=group, subjects=names), language)
    if request.attributes and len(request.attributes) <= CAPTION_NAMES_AT_MOST:
        labels = word("attribute_separator", language).join(
            inline.plain_text(a.label[language]) for a in _chosen_attributes(data, request)
        )
        caption = word("caption_attributes", language, subjects=names, attributes=labels)
        return spaced(caption, language)
    if request.attributes:
        return spaced(word("caption_selected", language, subjects=names), language)
    return spaced(word("caption_every_attribute", language, subjects=names), language)


def foreign_language(text: str, language: Language) -> str | None:
    """The language of a source title shown on a page of another language, for `lang`."""
    if language == "ja" and not JAPANESE_CHARACTERS.search(text):
        return "en"
    if language == "en" and JAPANESE_CHARACTERS.search(text):
        return "ja"
    return None


def add_source_link(parent: etree.Element, source: Source, language: Language) -> None:
    """A source's title linked to its page: the Japanese edition on Japanese pages, where there
    is one, and the title marked with its language when that is not the page's."""
    title = source.title[language]
    url = source.url_ja if language == "ja" and source.url_ja else source.url
    link = add(parent, "a", href=url)
    other = foreign_language(title, language)
    if other:
        add(link, "span", title, lang=other)
    else:
        add_text(link, title)


def add_source_name(
    parent: etree.Element, source: Source, language: Language, page_path: str
) -> None:
    """A source by name: its publisher and its linked title."""
    publisher = source.publisher[language]
    other = foreign_language(inline.plain_text(publisher), language)
    inline.append_to(add(parent, "span", lang=other) if other else parent, publisher, page_path)
    add_text(parent, ", ")
    add_source_link(parent, source, language)


def add_source_reference(
    parent: etree.Element, source: Source, language: Language, page_path: str
) -> None:
    """A source in words: publisher, linked title, and when it was checked."""
    checked = (
        word("unverified", language)
        if source.checked == "unverified"
        else word("checked_on", language, date=source.checked)
    )
    add_source_name(parent, source, language, page_path)
    add_text(parent, f" ({checked})")


def _whose(subject: Subject, language: Language) -> dict[str, str]:
    """A subject's cell says whose it is: for readers' choices and for phone cards."""
    return {"data-subject": subject.id, "data-label": inline.plain_text(subject.name[language])}


def render_table(
    data: ComparisonData,
    request: TableRequest,
    language: Language,
    *,
    page_path: str,
    ids: PageIds,
) -> list[etree.Element]:
    """The table for `request` and its list of sources, in `language`, for the page at
    `page_path` (relative to docs/). Every id it makes is claimed from `ids`."""
    attributes = _chosen_attributes(data, request)
    subjects = _chosen_subjects(data, request)
    table_id = ids.claim("table")

    # Rows are drawn group by group when the table shows several groups.
    shown_groups = {attribute.group for attribute in attributes}
    groups_in_order = [group.id for group in data.groups if group.id in shown_groups]
    show_group_rows = len(groups_in_order) > 1 and not request.attributes
    row_groups = (
        [(group_id, [a for a in attributes if a.group == group_id]) for group_id in groups_in_order]
        if show_group_rows
        else [(None, attributes)]
    )

    # Sources are numbered in the order a reader meets them, row by drawn row.
    cited: list[str] = []
    for _, rows in row_groups:
        for attribute in rows:
            cited += [s for s in attribute.sources if s not in cited]
    source_anchor = {s: ids.claim(f"{table_id}-source-{s}") for s in cited}
    source_number = {s: number for number, s in enumerate(cited, start=1)}

    caption_id = ids.claim(f"{table_id}-caption")
    region = etree.Element(
        "div",
        {"class": "comparison-table", "role": "region", "aria-labelledby": caption_id},
    )
    region.set("tabindex", "0")  # a table wider than the screen scrolls by keyboard too
    table = add(region, "table", **{"class": "comparison-table__table"})
    add(
        add(table, "caption", id=caption_id),
        "span",
        caption(data, request, language),
        **{"class": "comparison-table__caption"},
    )
    head_row = add(add(table, "thead"), "tr")
    add(head_row, "th", word("attribute", language), scope="col")
    for subject in subjects:
        header = add(head_row, "th", scope="col", **_whose(subject, language))
        link = add(header, "a", href=inline.relative_link(subject.page, page_path))
        inline.append_to(link, subject.name[language], page_path)

    shown_subjects = {subject.id for subject in subjects}

    def add_row(body: etree.Element, attribute: Attribute) -> None:
        row = add(body, "tr")
        if request.is_full:
            row.set("id", ids.claim(f"attr-{attribute.id}"))
        label = add(row, "th", scope="row")
        inline.append_to(label, attribute.label[language], page_path)
        # A row's marks ascend, [2][4][5], whatever order the data file lists its sources in.
        for source_id in sorted(attribute.sources, key=source_number.__getitem__):
            mark = add(add(label, "sup"), "a", href=f"#{source_anchor[source_id]}")
            mark.text = f"[{source_number[source_id]}]"
        for subject in subjects:
            value = add(row, "td", **_whose(subject, language))
            inline.append_to(value, attribute.values[subject.id][language], page_path)
        if attribute.note and attribute.note.subject in (None, *shown_subjects):
            # The note gets a row of its own, the table's full width: in the header column it
            # would make every row as tall as its longest note.
            # A note about one subject says so: readers who hide the subject hide its notes.
            note_row = add(
                body,
                "tr",
                **{"class": "comparison-table__note-row", "data-subject": attribute.note.subject},
            )
            cell = add(note_row, "td", colspan=str(len(subjects) + 1))
            note = add(cell, "span", word("note", language), **{"class": "comparison-table__note"})
            inline.append_to(note, attribute.note[language], page_path)

    for group_id, rows in row_groups:
        body = add(table, "tbody")
        if group_id is not None:
            body.set("data-group", group_id)
            group_row = add(body, "tr", **{"class": "comparison-table__group"})
            header = add(group_row, "th", colspan=str(len(subjects) + 1), scope="rowgroup")
            inline.append_to(header, data.group(group_id).label[language], page_path)
        for attribute in rows:
            add_row(body, attribute)

    # Readers choose what the full table shows.
    choices = [filter_form(data, language, page_path=page_path)] if request.is_full else []
    if not cited:
        return [*choices, region]
    sources = etree.Element("div", {"class": "comparison-sources"})
    add(sources, "p", word("sources", language), **{"class": "comparison-sources__title"})
    items = add(sources, "ol")
    for source_id in cited:
        item = add(items, "li", id=source_anchor[source_id])
        add_source_reference(item, data.source(source_id), language, page_path)
    return [*choices, region, sources]
