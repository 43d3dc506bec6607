"""Findings: what a check says about a page, a post or a week, named by the rule it applies."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from typing import Any

from mtk_admin_desktop.domain.tr import Text


class Severity(enum.IntEnum):
    """How hard a finding bites (RULES.md): block refuses, error is saved but shown, and so on."""

    INFO = 0
    WARNING = 1
    ERROR = 2
    BLOCK = 3

    @property
    def key(self) -> str:
        """The lower-case name used in JSON output (``block``, ``error``, ``warning``, ``info``)."""
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One rule's verdict on one thing.

    ``rule`` is the id in RULES.md (``R12.4``); ``message`` says what is wrong in the user's terms;
    ``span`` is the (start, end) slice of the text concerned, where there is one; ``field`` names the
    form field concerned so the UI can take the user there.
    """

    rule: str
    severity: Severity
    message: Text
    span: tuple[int, int] | None = None
    field: str | None = None
    data: dict[str, Any] = dataclasses.field(default_factory=dict)

    def to_json(self, translate: Any = None) -> dict[str, Any]:
        """A JSON-friendly dict; ``translate`` maps a :class:`Text` to the user's language."""
        from mtk_admin_desktop.domain.rules import rule_quote

        tr = translate or (lambda t: t.english())
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.key,
            "message": tr(self.message),
            "guideline": tr(rule_quote(self.rule)),
        }
        if self.span is not None:
            out["span"] = list(self.span)
        if self.field is not None:
            out["field"] = self.field
        if self.data:
            out["data"] = self.data
        return out


def worst(findings: list[Finding] | tuple[Finding, ...]) -> Severity | None:
    """The most severe finding's severity, or None for no findings."""
    return max((f.severity for f in findings), default=None)
