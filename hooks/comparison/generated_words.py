"""Every word the generators write themselves, in each language. Facts live in the data file."""

from __future__ import annotations

import re

from .localized_text import Language

WORDS: dict[str, dict[Language, str]] = {
    "attribute": {"ja": "項目", "en": "Attribute"},
    "yes": {"ja": "はい", "en": "Yes"},
    "no": {"ja": "いいえ", "en": "No"},
    "sources": {"ja": "出典", "en": "Sources"},
    "footnotes_title": {"ja": "本文の脚注", "en": "Notes to the text"},
    "checked_on": {"ja": "{date} 確認", "en": "checked {date}"},
    "unverified": {"ja": "未確認", "en": "not yet verified"},
    "note": {"ja": "注：", "en": "Note: "},
    "caption_every_attribute": {
        "ja": "{subjects}の比較（全項目）",
        "en": "{subjects}: every attribute",
    },
    "caption_group": {"ja": "{group}：{subjects}の比較", "en": "{group}: {subjects}"},
    "caption_selected": {"ja": "{subjects}の比較（主な項目）", "en": "{subjects}: key attributes"},
    "caption_attributes": {
        "ja": "{subjects}の比較：{attributes}",
        "en": "{subjects}: {attributes}",
    },
    "attribute_separator": {"ja": "、", "en": ", "},
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
    # The step-by-step guide through a flowchart (hooks/comparison/guide.py hands these to the
    # page's script; {n} and {text} are filled in there).
    "guide_step": {"ja": "質問{n}", "en": "Question {n}"},
    "guide_outcome": {"ja": "結果", "en": "Result"},
    "guide_announce": {"ja": "{step}：{text}", "en": "{step}: {text}"},
    "guide_answers": {"ja": "これまでの回答", "en": "Your answers"},
    "guide_change": {"ja": "答え直す", "en": "Change"},
    "guide_back": {"ja": "一つ前の質問へ", "en": "Back"},
    "guide_restart": {"ja": "最初からやり直す", "en": "Start over"},
    "guide_show_all": {"ja": "フローチャート全体を表示", "en": "Show the whole flowchart"},
    "guide_hide_all": {"ja": "フローチャート全体を隠す", "en": "Hide the whole flowchart"},
    # Choosing what the full comparison table shows.
    "filter_subjects": {"ja": "比べる対象（2つ以上）", "en": "Compare (two or more)"},
    "filter_groups": {"ja": "表示する項目", "en": "Show attributes about"},
    "caption_chosen": {
        "ja": "{subjects}の比較（選んだ項目）",
        "en": "{subjects}: chosen attributes",
    },
}

_JOINERS: dict[Language, tuple[str, str]] = {
    # (between two, between more than two): "A と B", "A、B、C"; "A vs. B", "A vs. B vs. C"
    "ja": ("と", "、"),
    "en": (" vs. ", " vs. "),
}


def word(key: str, language: Language, **fields: str) -> str:
    return WORDS[key][language].format(**fields)


# Japanese letters: hiragana, katakana with ー (not the middle dot ・, which is punctuation), kanji.
_JAPANESE_LETTER = "[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u9fff]"
_LATIN_MEETS_JAPANESE = re.compile(
    f"(?<=[A-Za-z])(?={_JAPANESE_LETTER})|(?<={_JAPANESE_LETTER})(?=[A-Za-z])"
)


def spacing_pattern(language: Language) -> str | None:
    """Where generated text of `language` takes a space between words (a regular expression
    that the readers' script uses too), or None."""
    return _LATIN_MEETS_JAPANESE.pattern if language == "ja" else None


def spaced(text: str, language: Language) -> str:
    """Generated Japanese text with a space where a Latin word meets a Japanese one, as the
    site writes it (「マイクロ VM の比較」); other languages as they are."""
    return _LATIN_MEETS_JAPANESE.sub(" ", text) if language == "ja" else text


def join_names(names: list[str], language: Language) -> str:
    pair, many = _JOINERS[language]
    return pair.join(names) if len(names) == 2 else many.join(names)


def joiners(language: Language) -> tuple[str, str]:
    """What `join_names` puts between two names, and between more than two."""
    return _JOINERS[language]
