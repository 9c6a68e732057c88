"""Generate the site's comparison tables, flowcharts, diagrams and glossary from its data file.

Plain functions of (data, language), and one Python-Markdown extension: nothing here imports
MkDocs. `hooks/comparison_hook.py` connects them to MkDocs' events.

- `model`, `localized_text`: the typed shape of the data file.
- `loading`, `yaml_reader`, `checks`: read it and report every problem, located.
- `inline`: the data's inline Markdown, read by Python-Markdown's rules; links checked.
- `builder`: elements and the ids one page hands out.
- `markers`: what a `compare:` comment asks for; `tables`, `flowchart`, `diagram` and
  `glossary` build it.
- `page_extension`: puts it all into a page, with cited sources and glossary terms
  (`citations`, `term_marks`).
- `generated_words`: the words the generators write, per language.
- `guide`: the data and words the readers' script reads from the page (guide, table choices).
- `preferred_terms`: the Japanese spellings the site writes, and those it rejects.
"""
