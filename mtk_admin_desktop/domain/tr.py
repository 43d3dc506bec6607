"""Marking user-visible text in Qt-free code so lupdate finds it and the UI translates it later.

The domain must not import Qt, yet its messages must reach the user in bokmål, nynorsk or English.
Texts are written in English, marked with ``QT_TRANSLATE_NOOP(context, text)`` (a name lupdate
recognises), carried as :class:`Text` and translated at display time by ``services.i18n.tr_text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; lupdate extracts it under ``context``."""
    return text


@dataclass(frozen=True)
class Text:
    """A translatable text: the context, the English source and named ``{placeholders}``."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """The English text with its placeholders filled (for logs and the English UI); a placeholder
        whose value is a Text itself is filled with that text."""
        if not self.params:
            return self.source
        params = {k: v.english() if isinstance(v, Text) else v for k, v in self.params.items()}
        return self.source.format(**params)
