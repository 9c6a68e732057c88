"""Generate the site's comparison tables and decision flowcharts from its data file.

Plain functions of (data, language): nothing here imports MkDocs. `hooks/comparison_hook.py`
connects them to MkDocs' events.

- `model`, `text`: the typed shape of the data file.
- `loading`, `yaml_reader`, `checks`: read it and report every problem, located.
- `markers`: find the markers in a page; `tables` and `flowchart` draw what they name.
- `inline`: make the data's inline Markdown safe and its links right for a page.
- `words`: the words the generators write, per language.
- `guide`: the data and words the readers' script reads from the page (guide, table choices).
"""
