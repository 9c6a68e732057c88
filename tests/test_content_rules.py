"""The content rules (hooks/content_rules) on small inputs: each rule finds its mistake, at
its line, and leaves alone what it must. The real site passes the same code in test_pages."""

from __future__ import annotations

import pytest

from comparison.model import PreferredTerm
from content_rules.page_rules import page_problems
from content_rules.reading import PageReader

# The real site's Markdown extensions that decide what is prose, code, a link or a heading.
EXTENSIONS = ["toc", "attr_list", "admonition", "def_list", "footnotes", "md_in_html", "tables"]
READER = PageReader(EXTENSIONS, {}, cited=["kernel-docs"])
TERMS = [PreferredTerm(preferred="コンテナ", rejected=["コンテナー"])]
JA_FRONT = (
    "---\ndescription: 箱と袋を比べるためのテスト用のページで、説明は三十文字を超えています。"
    "\n---\n\n"
)
EN_FRONT = (
    "---\ndescription: A page for the tests, with a description long enough for the rule.\n---\n\n"
)


def problems(body: str, language: str = "ja") -> list[str]:
    front = JA_FRONT if language == "ja" else EN_FRONT
    path = "docs/x.md" if language == "ja" else "docs/x.en.md"
    page = READER.read(path, language, front + body)
    return [str(problem) for problem in page_problems(page, TERMS)]


def spacing(body: str) -> list[str]:
    return [p for p in problems(body) if "spacing" in p or "punctuation" in p]


@pytest.mark.parametrize(
    "written",
    [
        "Linux の VM で動かします。",
        "Kubernetes では Pod ごとに分けます。",
        "`runc` を使います。",
        "**Kata Containers** は速いです。",
        "[Docker](https://docs.docker.com/) の文書です。",
        "2つの箱と10倍の袋、第2の箱です。",
        "仮想マシン（VM）と「Linux」、そして Linux。",
        "行の終わりの Linux\nの次の行は、改行が空白一つの代わりです。",
        "コードの中 `a　b` は文章ではありません。",
        "`設定file` の中は文章ではありません。",
    ],
)
def test_the_spacing_rule_accepts_the_site_style(written):
    assert spacing("仮想マシン（VM）の例です。\n\n" + written) == []


@pytest.mark.parametrize(
    ("written", "found", "expected"),
    [
        ("Linuxの箱です。", "Linuxの", "Linux の"),
        ("`runc`を使います。", "runcを", "runc を"),
        ("**Kata Containers**は速いです。", "Containersは", "Containers は"),
        ("[Docker](https://docs.docker.com/)の文書です。", "Dockerの", "Docker の"),
        ("x86の箱です。", "x86の", "x86 の"),
        ("箱は Linux  で動きます。", "Linux  で", "Linux で"),
        ("箱は Linux\u3000で動きます。", "Linux\u3000で", "Linux で"),
    ],
)
def test_the_spacing_rule_finds_a_missing_or_wrong_space(written, found, expected):
    assert spacing("仮想マシン（VM）の例です。\n\n" + written) == [
        f"docs/x.md:7: spacing between Japanese and Latin words: found '{found}'; "
        f"expected '{expected}'"
    ]


def test_no_space_next_to_full_width_punctuation():
    assert spacing("仮想マシン（VM）の例です。\n\n箱は Linux 、袋は macOS です。") == [
        "docs/x.md:7: space next to full-width punctuation: found 'nux 、袋は'; "
        "expected 'nux、袋は'"
    ]


def test_a_citation_is_no_word():
    assert spacing("仮想マシン（VM）の例です[^kernel-docs]。") == []


def test_the_first_mention_of_virtual_machines():
    assert problems("# 仮想マシン\n\n仮想マシンは重いです。仮想マシン（VM）は…\n") == [
        "docs/x.md:7: first mention of virtual machines: found '仮想マシンは重いで'; "
        "expected '仮想マシン（VM）'"
    ]
    assert problems("# VM の話\n\n`VM` はコード。\n\n仮想マシン（VM）は重く、VM は遅い。\n") == []
    assert problems("箱です。\n\n- 箱は VM で動く。\n") == [
        "docs/x.md:7: first mention of virtual machines: found 'VM で動く'; "
        "expected '仮想マシン（VM）'"
    ]


def test_a_rejected_spelling_outside_quotations_code_and_cited_titles():
    body = (
        "仮想マシン（VM）とコンテナーの話です。\n\n"
        "> コンテナーと書く引用\n\n"
        "`コンテナー` はコードで、[コンテナーと仮想マシン](https://example.org/) は題名です。\n"
    )
    assert problems(body) == ["docs/x.md:5: terminology: found 'コンテナー'; expected 'コンテナ'"]


def test_an_english_page_has_no_japanese():
    body = "# Boxes\n\nA box is a 箱.\n\n`箱` is code.\n"
    assert problems(body, "en") == [
        "docs/x.en.md:7: Japanese on an English page: found '箱'; expected English only"
    ]


def test_a_japanese_page_is_mostly_japanese():
    assert problems("This page is written in English, which is wrong here.\n") == [
        "docs/x.md:4: letters of a Japanese page: found 0 Japanese and 42 Latin letters; "
        "expected more than twice as many Japanese letters as Latin ones"
    ]


def test_descriptions_and_front_matter():
    page = READER.read("docs/x.md", "ja", "---\ndescription: 短い説明\n---\n\n箱です。\n")
    assert [str(p) for p in page_problems(page, TERMS)] == [
        "docs/x.md:2: description: found 4 characters; expected 30 to 200 characters"
    ]
    page = READER.read("docs/x.md", "ja", "---\ndescription: a: b\n---\n\n箱です。\n")
    assert [str(p) for p in page_problems(page, TERMS)][0].startswith(
        "docs/x.md:2:15: front matter: YAML syntax: found ': ' inside a text"
    )


def test_an_id_given_to_two_headings():
    # Front matter, then the body from line 5; a heading in code is an example.
    body = "# 箱 {#boxes}\n\n## 箱の持ち方 {#boxes}\n\n## 袋 {#bags}\n\n    ## 例 {#bags}\n"
    assert problems(body) == [
        "docs/x.md:7: heading id 'boxes': already given on line 5; expected each id once on a page"
    ]


def test_anchors_are_the_explicit_ids_and_the_slugs_of_headings():
    page = READER.read(
        "docs/x.md", "ja", "# Boxes and bags\n\n## 持ち方 {#carry}\n\nText {#note}\n"
    )
    assert {"carry", "boxes-and-bags"} <= page.anchors


def test_a_page_that_is_not_utf8(tmp_path):
    from content_rules.site import Site, read_pages

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "x.md").write_bytes(JA_FRONT.encode() + "仮想マシン（VM）の箱".encode("shift_jis"))
    [page] = read_pages(Site(tmp_path, docs, tmp_path / "comparison.yml", EXTENSIONS))
    assert [str(p) for p in page_problems(page, TERMS)][0] == (
        "docs/x.md:5: encoding: found bytes that are not UTF-8 (shown as \ufffd); "
        "expected a UTF-8 text file"
    )
