"""Issue 9: every colour pair of the application's own has WCAG 2.1 AA contrast (4.5:1)."""

from __future__ import annotations

import pytest

from mtk_admin_desktop.ui import palette


def test_contrast_formula_matches_known_values() -> None:
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", sorted(palette.ALL_PAIRS))
def test_own_colour_pair_has_aa_contrast(name: str) -> None:
    pair = palette.ALL_PAIRS[name]
    assert palette.contrast_ratio(pair.fg, pair.bg) >= 4.5, name
