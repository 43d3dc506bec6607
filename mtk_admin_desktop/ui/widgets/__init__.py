"""Small widgets and widget helpers shared by the tabs."""

from PySide6.QtWidgets import QComboBox


def name_combo(combo: QComboBox, name: str) -> None:
    """Give a combo box its accessible name, and its text part too when it is editable: a screen reader
    lands in that line edit, which otherwise has no name of its own."""
    combo.setAccessibleName(name)
    line = combo.lineEdit()
    if line is not None:
        line.setAccessibleName(name)
