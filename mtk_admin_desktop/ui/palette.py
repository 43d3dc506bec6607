"""The application's own colours (badges, meters, calendar cards), in one place, each pair AA-contrast.

Everything else follows the system palette (light, dark, high contrast). Our own colours are always
used as *pairs* (text on background), chosen so the pair itself has at least 4.5:1 contrast (WCAG 2.1
AA) whatever the theme around it; ``tests/test_a11y_contrast.py`` checks every pair here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """A foreground colour on a background colour (``#rrggbb``)."""

    fg: str
    bg: str

    def css(self) -> str:
        return f"color: {self.fg}; background-color: {self.bg};"


# Findings and compliance: severity badges (always with an icon and a word beside the colour).
SEVERITY: dict[str, Pair] = {
    "block": Pair("#ffffff", "#7a0000"),
    "error": Pair("#ffffff", "#b3261e"),
    "warning": Pair("#1f1300", "#f6c343"),
    "info": Pair("#ffffff", "#1a5fb4"),
    "ok": Pair("#ffffff", "#1e6b34"),
}

# Status chips (post status, page status, archive status).
STATUS: dict[str, Pair] = {
    "neutral": Pair("#1b1b1b", "#e4e4e4"),
    "draft": Pair("#1b1b1b", "#fff1c2"),
    "ready": Pair("#0b3d1a", "#cdebd4"),
    "done": Pair("#ffffff", "#1e6b34"),
    "cancelled": Pair("#3d3d3d", "#f0f0f0"),
    "on_hold": Pair("#ffffff", "#8a3b00"),
    "pending": Pair("#1f1300", "#f6c343"),
}

# Quota meter for R11 (within, near, over the weekly limit).
QUOTA: dict[str, Pair] = {
    "under": Pair("#0b2a4a", "#d6e6f7"),
    "within": Pair("#ffffff", "#1e6b34"),
    "over": Pair("#ffffff", "#b3261e"),
}

# Calendar cards per page kind.
CARD: dict[str, Pair] = {
    "main": Pair("#0b2a4a", "#dbe9f8"),
    "unit": Pair("#1b1b1b", "#eef0f2"),
    "selected": Pair("#ffffff", "#0b5394"),
}

# Row tints of the compliance column (Sider): dark text on a light tint; icon and word carry it too.
TINT: dict[str, Pair] = {
    "block": Pair("#1b1b1b", "#f6d5d3"),
    "error": Pair("#1b1b1b", "#fbe3e1"),
    "warning": Pair("#1b1b1b", "#fdf0d5"),
    "info": Pair("#1b1b1b", "#e3edf9"),
    "ok": Pair("#1b1b1b", "#e3f3e6"),
}

# A message that something was refused or failed (form banners, error lines in dialogs); ALERT_BORDER
# frames it, so the box stands out from a dark or a light window alike.
ALERT = Pair("#5c0f0a", "#fbe3e1")
ALERT_BORDER = "#b3261e"

# The full-screen region selector: its own dark backdrop, the instruction text and the marking frame.
OVERLAY: dict[str, Pair] = {
    "text": Pair("#ffffff", "#202020"),
    "mark": Pair("#ffd200", "#202020"),
}
#: the veil over the part of the screenshot that will not be kept (#aarrggbb: black at 43 %)
OVERLAY_DIM = "#6e000000"

# The border of a calendar card (a non-text edge; the card's own pair carries the text contrast).
CARD_BORDER = "#7a7a7a"


def alert_css(selector: str = "QLabel") -> str:
    """Style sheet of an alert box: the ALERT pair, a border and some padding."""
    return (f"{selector} {{ {ALERT.css()} border: 1px solid {ALERT_BORDER}; border-radius: 3px; "
            f"padding: 6px; font-weight: bold; }}")


ALL_PAIRS: dict[str, Pair] = {
    **{f"tint.{k}": v for k, v in TINT.items()},
    **{f"overlay.{k}": v for k, v in OVERLAY.items()},
    "alert": ALERT,
    **{f"severity.{k}": v for k, v in SEVERITY.items()},
    **{f"status.{k}": v for k, v in STATUS.items()},
    **{f"quota.{k}": v for k, v in QUOTA.items()},
    **{f"card.{k}": v for k, v in CARD.items()},
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb``."""
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio between two colours (1.0 to 21.0)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
