"""Every word the translation status writes, in each language."""

from __future__ import annotations

from comparison.localized_text import Language

WORDS: dict[str, dict[Language, str]] = {
    "page": {"ja": "ページ", "en": "Page"},
    "japanese": {"ja": "日本語（原文）", "en": "Japanese (original)"},
    "english": {"ja": "英語（翻訳）", "en": "English (translation)"},
    "status": {"ja": "状態", "en": "Status"},
    "up_to_date": {"ja": "最新", "en": "Up to date"},
    "outdated": {
        "ja": "**要更新**：翻訳が原文より古い",
        "en": "**Needs update**: the translation is older than the original",
    },
    # An English page checked against its original after its last change: the check's date.
    "checked_on": {"ja": "{date}（確認済み）", "en": "{date} (checked)"},
    "not_committed": {"ja": "未コミット", "en": "not committed yet"},
    "unknown": {"ja": "不明", "en": "unknown"},
    "no_history_title": {"ja": "更新日を表示できません", "en": "Last changes cannot be shown"},
    "shallow": {
        "ja": "このサイトはGitの履歴の一部だけ（shallow clone）からビルドされたため、"
        "各ページの最終更新日を正しく求められません。誤った日付を出さないよう、表示していません。",
        "en": "This site was built from a shallow clone, which holds only part of the git "
        "history, so the last change of each page cannot be worked out. Rather than show "
        "wrong dates, none are shown.",
    },
    "no_repository": {
        "ja": "このサイトはGitリポジトリではない場所（エクスポートやアーカイブ）から"
        "ビルドされたため、各ページの最終更新日はわかりません。",
        "en": "This site was built from outside a git repository (an export or an archive), "
        "so the last change of each page is not known.",
    },
}


def word(key: str, language: Language, **fields: str) -> str:
    return WORDS[key][language].format(**fields)
