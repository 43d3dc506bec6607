"""Words that depend on a number: Qt's plural forms (``%n`` in the catalogues), English included.

Write the call with its literal source so the translation tool sees it, e.g.
``english_plural(QCoreApplication.translate("Ctx", "%n warning(s)", None, n), n)``. Bokmål and
nynorsk get their plural forms from the catalogues (``<numerusform>``); English is the source language
without a catalogue, so its ``(s)`` is resolved here: "1 warning", "7 warnings".
"""

from __future__ import annotations


def english_plural(text: str, count: int) -> str:
    """``text`` with an untranslated ``(s)`` made singular or plural for ``count``."""
    return text.replace("(s)", "" if count == 1 else "s")
