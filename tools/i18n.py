"""Maintain the translation catalogues: ``update`` (lupdate), ``release`` (lrelease), ``check``.

Each area (core, register, planning, moderation, archive, sync) has its own ``i18n/<area>_<lang>.ts``
for bokmål and nynorsk, so the areas are translated independently. English is the source language.

    python tools/i18n.py update [AREA ...]   # refresh the .ts files from the sources
    python tools/i18n.py release             # compile every .ts to .qm
    python tools/i18n.py check               # fail if a catalogue is stale or has unfinished entries
    python tools/i18n.py fill LANG FILE.json # set translations: {"Context": {"source": "translation"}}
    python tools/i18n.py todo AREA LANG      # print the unfinished entries as such a JSON skeleton
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mtk_admin_desktop"
I18N = ROOT / "i18n"
AREAS = ("core", "register", "planning", "moderation", "archive", "sync", "news", "today")
LANGUAGES = ("nb", "nn")


def area_of(path: Path) -> str:
    """The area a source file belongs to: by a folder of that name or a file name that names it."""
    rel = path.relative_to(PACKAGE)
    for area in AREAS[1:]:
        if area in rel.parts[:-1]:
            return area
        stem = rel.stem
        if stem == area or stem.startswith(area + "_") or stem.endswith("_" + area):
            return area
    return "core"


def sources(area: str) -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if area_of(p) == area)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def lupdate(area: str, ts: Path) -> None:
    files = [str(p) for p in sources(area)]
    command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)]
    subprocess.run(command, check=True)


def update(areas: list[str]) -> None:
    for area in areas:
        for lang in LANGUAGES:
            ts = I18N / f"{area}_{lang}.ts"
            if not ts.exists():
                ts.write_text(
                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="{lang}_NO" sourcelanguage="en"></TS>\n', encoding="utf-8")
            lupdate(area, ts)
            print(f"updated {ts.relative_to(ROOT)}")


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def check() -> list[str]:
    """Problems: stale catalogues (lupdate would change them) and unfinished or missing translations."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for area in AREAS:
            for lang in LANGUAGES:
                ts = I18N / f"{area}_{lang}.ts"
                if not ts.exists():
                    if sources(area):
                        problems.append(f"{ts.name}: missing")
                    continue
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                lupdate(area, copy)
                if not filecmp.cmp(ts, copy, shallow=False):
                    problems.append(
                        f"{ts.name}: out of date with the sources (run tools/i18n.py update {area})")
                text = ts.read_text(encoding="utf-8")
                unfinished = text.count('type="unfinished"')
                if unfinished:
                    problems.append(f"{ts.name}: {unfinished} unfinished translation(s)")
    return problems


def _catalogues(lang: str) -> list[Path]:
    return sorted(I18N.glob(f"*_{lang}.ts"))


def fill(lang: str, mapping_file: Path) -> int:
    """Write translations from a JSON mapping into every ``*_<lang>.ts`` that has those messages."""
    import json
    import xml.etree.ElementTree as ET

    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    count = 0
    for ts in _catalogues(lang):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = mapping.get(name, {}).get(source)
                if translation is None:
                    continue
                element = message.find("translation")
                if element is None:
                    element = ET.SubElement(message, "translation")
                if message.get("numerus") == "yes" and isinstance(translation, list):
                    for child in list(element):
                        element.remove(child)
                    element.text = None
                    for form in translation:
                        ET.SubElement(element, "numerusform").text = form
                else:
                    element.text = translation
                element.attrib.pop("type", None)
                changed = True
                count += 1
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def todo(area: str, lang: str) -> dict[str, dict[str, str]]:
    import xml.etree.ElementTree as ET

    out: dict[str, dict[str, str]] = {}
    ts = I18N / f"{area}_{lang}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            element = message.find("translation")
            if element is not None and element.get("type") == "unfinished":
                out.setdefault(context.findtext("name") or "", {})[message.findtext("source") or ""] = ""
    return out


def main(argv: list[str]) -> int:
    if argv and argv[0] == "fill" and len(argv) == 3:
        print(f"{fill(argv[1], Path(argv[2]))} translation(s) written")
        return 0
    if argv and argv[0] == "todo" and len(argv) == 3:
        import json

        print(json.dumps(todo(argv[1], argv[2]), ensure_ascii=False, indent=2))
        return 0
    if not argv or argv[0] not in ("update", "release", "check"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update(argv[1:] or list(AREAS))
    elif argv[0] == "release":
        release()
    else:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
