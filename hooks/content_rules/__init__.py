"""Every rule about the site's content, run the same way by `mkdocs build`, `mkdocs serve`,
pre-commit (`scripts/check_content.py`) and the tests. Imports nothing from MkDocs.

- `site`: `check_site`, the one entry point: both languages' pages and the data file.
- `reading`: a page read once with Python-Markdown: prose blocks, code, links, anchors.
- `page_rules`: description length, English pages in English, Japanese pages in Japanese,
  the preferred Japanese terms.
- `japanese_style`: spacing between Japanese and Latin words; 「仮想マシン（VM）」 at first mention.
- `data_rules`: the same for the data file's `ja:` texts, and its links to anchors.

The data file's own checks are in `comparison.checks`; translation structure and page pairs in
`translation.drift`. CONTRIBUTING lists every rule with the message it prints.
"""
