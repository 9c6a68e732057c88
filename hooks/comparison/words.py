"""Every word the generators write themselves, in each language. Facts live in the data file."""

from __future__ import annotations

from .text import Language

WORDS: dict[str, dict[Language, str]] = {
    "attribute": {"ja": "項目", "en": "Attribute"},
    "yes": {"ja": "はい", "en": "Yes"},
    "no": {"ja": "いいえ", "en": "No"},
    "sources": {"ja": "出典", "en": "Sources"},
    "checked_on": {"ja": "{date} 確認", "en": "checked {date}"},
    "unverified": {"ja": "未確認", "en": "not yet verified"},
    "note": {"ja": "注：", "en": "Note: "},
    "japanese_edition": {"ja": "日本語版", "en": "Japanese edition"},
    "caption_every_attribute": {
        "ja": "{subjects}の比較（全項目）",
        "en": "{subjects}: every attribute",
    },
    "caption_group": {"ja": "{group}：{subjects}の比較", "en": "{group}: {subjects}"},
    "caption_selected": {"ja": "{subjects}の比較（主な項目）", "en": "{subjects}: key attributes"},
    # Architecture diagrams: the text alternative of a stack, read top to bottom.
    "stack_description": {
        "ja": "{name}の構成（上から）：{layers}",
        "en": "{name}, top to bottom: {layers}",
    },
    "list_separator": {"ja": "、", "en": "; "},
    "detail": {"ja": "（{detail}）", "en": " ({detail})"},
    "times": {"ja": "×{count}", "en": " ×{count}"},
    # Glossary
    "glossary_sources": {"ja": "出典：", "en": "Sources: "},
    "source_separator": {"ja": "、", "en": "; "},
}

_JOINERS: dict[Language, tuple[str, str]] = {
    # (between two, between more than two): "A と B", "A、B、C"; "A vs. B", "A vs. B vs. C"
    "ja": ("と", "、"),
    "en": (" vs. ", " vs. "),
}


def word(key: str, language: Language, **fields: str) -> str:
    return WORDS[key][language].format(**fields)


def join_names(names: list[str], language: Language) -> str:
    pair, many = _JOINERS[language]
    return pair.join(names) if len(names) == 2 else many.join(names)
