"""Translations: catalogues current and complete, loaded, and Qt's own buttons translated too."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtk_admin_desktop import i18n  # noqa: E402
from mtk_admin_desktop.domain.rules import RULES, rule_quote  # noqa: E402
from tools import i18n as i18n_tool  # noqa: E402


@pytest.mark.slow
def test_catalogues_are_current_with_the_sources_and_complete() -> None:
    problems = i18n_tool.check()
    assert problems == [], "\n".join(problems)


def test_every_area_source_file_belongs_to_exactly_one_catalogue() -> None:
    assert i18n_tool.area_of(ROOT / "mtk_admin_desktop/ui/register/register_page.py") == "register"
    assert i18n_tool.area_of(ROOT / "mtk_admin_desktop/storage/schema_planning.py") == "planning"
    assert i18n_tool.area_of(ROOT / "mtk_admin_desktop/services/moderation.py") == "moderation"
    assert i18n_tool.area_of(ROOT / "mtk_admin_desktop/ui/main_window.py") == "core"


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("system", "nb_NO", "nb"), ("system", "no_NO", "nb"), ("system", "nn_NO", "nn"),
    ("system", "en_GB", "en"), ("system", "de_DE", "nb"), ("nn", "en_US", "nn"), ("en", "nb_NO", "en"),
])
def test_language_resolution_defaults_to_bokmal(setting: str, system: str, expected: str) -> None:
    assert i18n.resolve_language(setting, QLocale(system)) == expected


def test_bokmal_and_nynorsk_translate_our_texts_and_qt_standard_buttons(qapp, language) -> None:
    language("nb")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fil"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["Avbryt", "Lagre"]
    language("nn")
    assert QCoreApplication.translate("MainWindow", "Main sections") == "Hovuddelar"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert box.buttons()[0].text() == "Lagra"
    language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_every_rule_quote_is_the_guideline_in_bokmal(qapp, language, shared_dir: Path) -> None:
    """R1–R20: the bokmål quote of a rule uses the guideline's own words where it quotes them."""
    language("nb")
    guideline = (shared_dir / "guidelines" / "retningslinjer-sosiale-medier-2024.txt").read_text("utf-8")
    import re

    ids = set(re.findall(r"^\| (R[0-9.]+) \|", (shared_dir / "RULES.md").read_text("utf-8"), re.M))
    assert len(ids) > 25 and ids <= set(RULES), ids - set(RULES)
    for rule_id in ("R2", "R4", "R7.1", "R10", "R16"):
        quote = i18n.tr_text(rule_quote(rule_id)).rstrip(".")
        assert quote.split(".")[0] in guideline, rule_id


def test_text_placeholders_survive_translation(qapp, language) -> None:
    language("nb")
    assert i18n.tr("App", "The data could not be opened: {error}", error="disk full") == (
        "Dataene kunne ikke åpnes: disk full")
