"""One search index per language, so that a reader's search stays in the reader's language.

Imports nothing from MkDocs; `hooks/language_search_hook.py` wires it to the build.
"""
