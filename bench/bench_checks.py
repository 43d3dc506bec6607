"""Checks as you type (issue 10, item 3): the planning rules engine on one long post, per call.

A 2,000-character post with images (alt text, text in the image, a photo credit) and links is checked
with ``planning_rules.check`` as the post editor does on every keystroke, against a plain regular
expression scan of the same text (URLs, words and hashtags found, nothing judged). The absolute time
per call is what a typist feels: it must stay far below one frame (16.7 ms).
"""

from __future__ import annotations

import re
import sys
import timeit
from pathlib import Path

from common import Result, interleaved

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mtk_admin_desktop.domain.planning_rules import CheckContext, check  # noqa: E402
from mtk_admin_desktop.services.planning import _words  # noqa: E402

_SCAN = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|#\w+|\w+", re.IGNORECASE)

PARAGRAPH = (
    "Kommunestyret i Midt-Telemark behandlet torsdag budsjettet for 2027. Les hele saken på "
    "https://www.midt-telemark.kommune.no/budsjett-2027 og se sakspapirene i "
    "https://www.midt-telemark.kommune.no/dokumenter/budsjett.pdf. Klikk her for opptaket 🎥. "
    "Innbyggerne kan gi innspill fram til 1. desember. #midttelemark #budsjett2027 #kommunestyret "
)


def long_post() -> dict[str, object]:
    """A 2,000-character post with three images and three links, like a busy budget week's post."""
    text = (PARAGRAPH * (2000 // len(PARAGRAPH) + 1))[:2000]
    return {
        "page_id": "p1",
        "planned_at": "2026-11-26T09:00:00+01:00",
        "title": "Budsjett 2027",
        "text": text,
        "kind": "nyhet",
        "status": "klar",
        "responsible": "Kari Hovedadmin",
        "attachments": [
            {
                "type": "image",
                "name": "salen.jpg",
                "alt_text": "Kommunestyresalen med representantene",
                "photographer": "Kari",
                "licence": "CC BY",
            },
            {
                "type": "image",
                "name": "plakat.png",
                "alt_text": "",
                "contains_text": True,
                "image_text": "Budsjettmøte torsdag kl. 18",
            },
            {
                "type": "image",
                "name": "graf.png",
                "alt_text": "Graf over driftsbudsjettet 2023-2027",
                "contains_text": True,
                "image_text": "Driftsbudsjett",
            },
        ],
        "links": [
            {"text": "les mer", "url": "https://www.midt-telemark.kommune.no/budsjett-2027"},
            {"text": "Sakspapirene", "url": "https://www.midt-telemark.kommune.no/dokumenter/budsjett.pdf"},
            {"text": "Opptak av møtet", "url": "https://www.youtube.com/watch?v=abc"},
        ],
        "website": {"mode": "planned"},
        "send_to_communication": 0,
        "archive_worthy": 1,
        "crisis_approved": 0,
    }


def run(runs: int, quick: bool = False) -> list[Result]:  # noqa: ARG001 - same sizes when quick
    post = long_post()
    text = str(post["text"])
    context = CheckContext(
        is_main_page=True, role_of=lambda _page, _person: "hovedadministrator", words=_words()
    )
    assert check(post, context), "the long post must give findings, or the benchmark measures nothing"
    calls = 200

    def engine() -> float:
        return timeit.timeit(lambda: check(post, context), number=calls) / calls

    def regex() -> float:
        return timeit.timeit(lambda: _SCAN.findall(text), number=calls) / calls

    engine()  # warm: compiled patterns, the word list
    value, baseline = interleaved(engine, regex, runs)
    return [
        Result(
            f"checks as you type: rules engine on {len(text)}-char post vs regex scan, per call",
            value * 1e6,
            baseline * 1e6,
            "µs",
            runs,
            None,
            note=f"absolute {value * 1000:.2f} ms per call ({len(check(post, context))} findings)",
        ),
    ]
