"""Checks across entries of the data file: ids, references, decision trees, links and leftovers.

Each check returns `(key path, message)` pairs; `loading` adds the file and line.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from . import diagram, inline
from .localized_text import JAPANESE_CHARACTERS, LANGUAGES, Localized
from .model import ComparisonData, DecisionTree, Layer
from .problems import KeyPath, did_you_mean

Found = tuple[KeyPath, str]


def _unknown(kind: str, found: str, ids: Iterable[str]) -> str:
    """`unknown subject 'bog'; expected one of: bag, box (did you mean 'bag'?)`."""
    return f"unknown {kind} '{found}'; expected {did_you_mean(found, set(ids), kind + ' ids')}"


def _duplicate_labels(data: ComparisonData) -> Iterator[Found]:
    # Two rows that read the same cannot be told apart by a reader.
    for language in LANGUAGES:
        first: dict[str, int] = {}
        for index, attribute in enumerate(data.attributes):
            label = attribute.label[language]
            if label in first:
                other = data.attributes[first[label]].id
                yield (
                    ("attributes", index, "label", language),
                    f"found the label '{label}' of attribute '{other}' again; "
                    "expected a label of its own for each attribute",
                )
            else:
                first[label] = index


def _english_with_japanese(data: ComparisonData) -> Iterator[Found]:
    # The terminology section is about Japanese spellings and is shown on no page; a source
    # marked `language: ja` is a Japanese work, whose title stays as written.
    titles_as_written = {
        ("sources", index, "title")
        for index, source in enumerate(data.sources)
        if source.language == "ja"
    }
    for path, text in texts(data):
        if path[-1] != "en" or path[0] == "terminology" or path[:3] in titles_as_written:
            continue
        letters = "".join(JAPANESE_CHARACTERS.findall(text))
        if letters:
            yield (
                path,
                f"found Japanese ('{letters[:20]}') in an English text; expected English only "
                "(a Japanese source title: mark the source `language: ja`)",
            )


def _duplicate_ids(data: ComparisonData) -> Iterator[Found]:
    sections: list[tuple[KeyPath, list]] = [
        ((name,), getattr(data, name)) for name in ("subjects", "groups", "attributes", "sources")
    ]
    if data.glossary:
        sections.append((("glossary", "terms"), data.glossary.terms))
    for where, entries in sections:
        section = ".".join(map(str, where))
        counts = Counter(entry.id for entry in entries)
        for index, entry in enumerate(entries):
            if counts[entry.id] > 1:
                count = counts[entry.id]
                yield (
                    (*where, index, "id"),
                    f"duplicate id '{entry.id}' ({count} entries of {section} have it);"
                    " expected each id once",
                )


def _attribute_references(data: ComparisonData) -> Iterator[Found]:
    subject_ids = [subject.id for subject in data.subjects]
    group_ids = {group.id for group in data.groups}
    source_ids = {source.id for source in data.sources}
    for index, attribute in enumerate(data.attributes):
        here: KeyPath = ("attributes", index)
        if attribute.group not in group_ids:
            yield (
                here + ("group",),
                _unknown("group", attribute.group, group_ids),
            )
        for subject_id in attribute.values:
            if subject_id not in subject_ids:
                yield (
                    here + ("values", subject_id),
                    _unknown("subject", subject_id, subject_ids),
                )
        for subject_id in subject_ids:
            if subject_id not in attribute.values:
                yield (
                    here + ("values",),
                    (f"no value for subject '{subject_id}'; expected a value for every subject"),
                )
        if attribute.note and attribute.note.subject and attribute.note.subject not in subject_ids:
            yield (
                here + ("note", "subject"),
                _unknown("subject", attribute.note.subject, subject_ids),
            )
        for position, source_id in enumerate(attribute.sources):
            if source_id not in source_ids:
                yield (
                    here + ("sources", position),
                    _unknown("source", source_id, source_ids),
                )


def _cited_sources(data: ComparisonData) -> Iterator[tuple[KeyPath, str]]:
    for index, attribute in enumerate(data.attributes):
        for position, source_id in enumerate(attribute.sources):
            yield ("attributes", index, "sources", position), source_id
    for index, term in enumerate(data.glossary.terms if data.glossary else []):
        for position, source_id in enumerate(term.sources):
            yield ("glossary", "terms", index, "sources", position), source_id


def _glossary_and_diagram_references(data: ComparisonData) -> Iterator[Found]:
    source_ids = {source.id for source in data.sources}
    subject_ids = {subject.id for subject in data.subjects}
    for path, source_id in _cited_sources(data):
        if path[0] == "glossary" and source_id not in source_ids:
            yield path, _unknown("source", source_id, source_ids)
    for diagram_id, drawing in data.diagrams.items():
        drawn: set[str] = set()
        for index, stack in enumerate(drawing.stacks):
            here: KeyPath = ("diagrams", diagram_id, "stacks", index)
            if stack.subject in drawn and stack.subject in subject_ids:
                yield (
                    here + ("subject",),
                    f"found a second stack for subject '{stack.subject}'; "
                    "expected one stack per subject",
                )
            drawn.add(stack.subject)
            if stack.subject not in subject_ids:
                yield (
                    here + ("subject",),
                    _unknown("subject", stack.subject, subject_ids),
                )
            for position, layer in enumerate(stack.layers):
                yield from _labels_that_overflow(layer, here + ("layers", position))
            yield from _names_that_overflow(data, stack.subject)
        for subject in data.subjects:
            if subject.id not in drawn:
                yield (
                    ("diagrams", diagram_id, "stacks"),
                    f"no stack for subject '{subject.id}'; expected a stack for every subject "
                    "(the diagram would leave it out)",
                )
    for index, entry in enumerate(data.terminology):
        for position, variant in enumerate(entry.rejected):
            if variant == entry.preferred:
                yield (
                    ("terminology", index, "rejected", position),
                    (f"'{variant}' is both preferred and rejected; expected another spelling"),
                )


def _names_that_overflow(data: ComparisonData, subject_id: str) -> Iterator[Found]:
    """A subject's name heads its stack in every diagram that draws it."""
    for index, subject in enumerate(data.subjects):
        for language in LANGUAGES if subject.id == subject_id else ():
            name = subject.name[language]
            if diagram.too_long(name, diagram.WIDTH, diagram.NAME_SIZE):
                yield (
                    ("subjects", index, "name", language),
                    f"'{name}' does not fit above its stack in a diagram; expected a shorter name",
                )


def _labels_that_overflow(layer: Layer, here: KeyPath) -> Iterator[Found]:
    room = diagram.box_room(layer)
    for field, size in (("label", diagram.LABEL_SIZE), ("detail", diagram.DETAIL_SIZE)):
        text = getattr(layer, field)
        for language in LANGUAGES if text else ():
            if diagram.too_long(text[language], room, size):
                yield (
                    here + (field, language),
                    (
                        f"'{text[language]}' does not fit its box; "
                        "expected a shorter text"
                        + (" or a smaller `repeat`" if layer.repeat > 1 else "")
                    ),
                )


def _tree_problems(tree_id: str, tree: DecisionTree, subject_ids: set[str]) -> Iterator[Found]:
    here: KeyPath = ("decision_trees", tree_id)
    nodes = set(tree.questions) | set(tree.outcomes)
    for both in sorted(set(tree.questions) & set(tree.outcomes)):
        yield (
            here + ("outcomes", both),
            (f"'{both}' is both a question and an outcome; expected distinct ids"),
        )
    if tree.start not in tree.questions:
        yield (
            here + ("start",),
            (
                f"start '{tree.start}' is not a question; expected "
                + did_you_mean(tree.start, set(tree.questions), "questions")
            ),
        )
    for question_id, question in tree.questions.items():
        for answer in ("yes", "no"):
            target = getattr(question, answer)
            if target not in nodes:
                yield (
                    here + ("questions", question_id, answer),
                    (
                        f"branch points nowhere: '{target}' is no question or outcome of this tree;"
                        " expected " + did_you_mean(target, nodes, "questions and outcomes")
                    ),
                )
    for outcome_id, outcome in tree.outcomes.items():
        if outcome.subject not in subject_ids:
            yield (
                here + ("outcomes", outcome_id, "subject"),
                _unknown("subject", outcome.subject, subject_ids),
            )

    # Walk from the start, following only branches that point somewhere.
    reached: set[str] = set()
    on_path: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        if node in on_path:
            cycles.append(on_path[on_path.index(node) :] + [node])
            return
        if node in reached or node not in nodes:
            return
        reached.add(node)
        if node in tree.questions:
            on_path.append(node)
            visit(tree.questions[node].yes)
            visit(tree.questions[node].no)
            on_path.pop()

    broken = any(
        getattr(question, answer) not in nodes
        for question in tree.questions.values()
        for answer in ("yes", "no")
    )
    if tree.start in tree.questions and not broken:
        # With a branch pointing nowhere, what lies behind it is reported once, as that branch.
        visit(tree.start)
        for cycle in cycles:
            yield (
                here + ("questions", cycle[0]),
                (
                    "the questions form a cycle (" + " → ".join(cycle) + "); "
                    "expected every path to end at an outcome"
                ),
            )
        for section, ids in (("questions", tree.questions), ("outcomes", tree.outcomes)):
            for node in ids:
                if node not in reached:
                    yield (
                        here + (section, node),
                        (
                            f"no path from the start '{tree.start}' reaches '{node}';"
                            " expected every question and outcome to be reachable"
                        ),
                    )


def _decision_trees(data: ComparisonData) -> Iterator[Found]:
    subject_ids = {subject.id for subject in data.subjects}
    for tree_id, tree in data.decision_trees.items():
        yield from _tree_problems(tree_id, tree, subject_ids)


def texts(node: object, path: KeyPath = ()) -> Iterator[tuple[KeyPath, str]]:
    """Every text of the data, with its key path (`…, 'label', 'en'`)."""
    if isinstance(node, Localized):
        yield path + ("ja",), node.ja
        yield path + ("en",), node.en
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from texts(getattr(node, name), path + (name,))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from texts(item, path + (index,))
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from texts(item, path + (key,))


def page_links(data: ComparisonData) -> Iterator[tuple[KeyPath, str]]:
    """Every link of the data file to a page of the site, with its key path."""
    for index, subject in enumerate(data.subjects):
        yield ("subjects", index, "page"), subject.page
    if data.glossary:
        yield ("glossary", "page"), data.glossary.page
    for tree_id, tree in data.decision_trees.items():
        for outcome_id, outcome in tree.outcomes.items():
            if outcome.page:
                yield ("decision_trees", tree_id, "outcomes", outcome_id, "page"), outcome.page
    for path, text in texts(data, ()):
        for target in inline.page_links(text):
            yield path, target


def _refused_links(data: ComparisonData) -> Iterator[Found]:
    """Links in texts may only point to the web or to pages: never `javascript:` or `data:`."""
    for path, text in texts(data):
        for target in inline.link_targets(text):
            problem = inline.link_problem(target)
            if problem:
                yield path, problem


def _missing_pages(data: ComparisonData, page_exists: Callable[[str], bool]) -> Iterator[Found]:
    for path, target in page_links(data):
        page = target.partition("#")[0]
        if not page_exists(page):
            yield (
                path,
                (
                    f"links to a missing page '{page}'; expected a page under docs/ "
                    "in both languages (for example containers.md with containers.en.md)"
                ),
            )


def _unused(data: ComparisonData) -> Iterator[Found]:
    used_groups = {attribute.group for attribute in data.attributes}
    for index, group in enumerate(data.groups):
        if group.id not in used_groups:
            yield (
                ("groups", index, "id"),
                (f"group '{group.id}' has no attribute; expected every group to be used"),
            )
    cited = {source_id for _, source_id in _cited_sources(data)}
    for index, source in enumerate(data.sources):
        if source.id not in cited:
            yield (
                ("sources", index, "id"),
                (f"source '{source.id}' is cited nowhere; expected every source to be cited"),
            )


@dataclass(frozen=True)
class PagesUnder:
    """The pages under a docs folder, relative to it, as the data file's page links are checked
    against: a page and its English twin must both exist. A value, so that the checks of an
    unchanged data file against an unchanged set of pages can be kept (see `loading`)."""

    pages: frozenset[str]

    def __call__(self, page: str) -> bool:
        page = posixpath.normpath(page)
        return page in self.pages and page.removesuffix(".md") + ".en.md" in self.pages


def pages_under(docs_dir: Path) -> PagesUnder:
    """The pages under `docs_dir` as they are now."""
    return PagesUnder(frozenset(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")))


def check(data: ComparisonData, page_exists: Callable[[str], bool]) -> list[Found]:
    """Every problem across entries of `data`."""
    return [
        *_duplicate_ids(data),
        *_attribute_references(data),
        *_glossary_and_diagram_references(data),
        *_refused_links(data),
        *_decision_trees(data),
        *_missing_pages(data, page_exists),
        *_unused(data),
        *_duplicate_labels(data),
        *_english_with_japanese(data),
    ]
