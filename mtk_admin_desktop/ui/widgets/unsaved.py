"""Nothing typed is lost: "Save the changes?" before an editor closes, and autosaved drafts.

- :class:`UnsavedQuestion` asks *Lagre / Forkast / Avbryt* (Save / Discard / Cancel).
- :class:`DraftKeeper` saves an editor's fields to the local drafts table a moment after each change
  (debounced) and removes the draft when the editor is saved or its changes discarded.
- :class:`RestoreQuestion` offers a draft left by a crash or a power cut when the editor opens again.
- :class:`AskBeforeDiscard` is the one close/Esc/Cancel behaviour every editor dialog shares.

Each question is a class with ``ask`` so tests can replace it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.drafts import Draft, DraftService

#: how long after the last change a draft is written (typing is not slowed by a write per key)
AUTOSAVE_MS = 1500


class UnsavedQuestion:
    """ "Save the changes to …?" with Save, Discard and Cancel."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str:
        """``save``, ``discard`` or ``cancel``."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Unsaved", "Unsaved changes"))
        question = QCoreApplication.translate("Unsaved", "Save the changes to {name}?")
        box.setText(question.format(name=name or "-"))
        box.setInformativeText(
            QCoreApplication.translate(
                "Unsaved", "Discard throws away what you typed; Cancel goes back to it."
            )
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        box.button(buttons.Save).setText(QCoreApplication.translate("Unsaved", "&Save"))
        box.button(buttons.Discard).setText(QCoreApplication.translate("Unsaved", "&Discard"))
        box.button(buttons.Cancel).setText(QCoreApplication.translate("Unsaved", "Cancel"))
        answer = box.exec()
        if answer == buttons.Save:
            return "save"
        if answer == buttons.Discard:
            return "discard"
        return "cancel"


class RestoreQuestion:
    """ "A draft was not saved (the program closed). Restore it?" """

    @classmethod
    def ask(cls, parent: QWidget | None, draft: Draft) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Unsaved", "Restore draft"))
        box.setText(
            QCoreApplication.translate(
                "Unsaved",
                "An unsaved draft of {name} from {time} was kept when the program closed. Restore it?",
            ).format(name=draft.title or "-", time=draft_time(draft))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Unsaved", "No: the draft is thrown away and the saved version is shown."
            )
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.No)
        box.button(buttons.Yes).setText(QCoreApplication.translate("Unsaved", "&Restore"))
        box.button(buttons.No).setText(QCoreApplication.translate("Unsaved", "&Throw away"))
        box.setDefaultButton(buttons.Yes)
        box.setEscapeButton(buttons.Yes)  # Esc keeps the draft for later rather than losing it
        return box.exec() == buttons.Yes


def draft_time(draft: Draft) -> str:
    """When the draft was written, as dd.mm.åååå HH:MM in Oslo time."""
    try:
        moment = dt.datetime.fromisoformat(draft.saved_at).astimezone(clock.OSLO)
    except ValueError:
        return draft.saved_at
    return moment.strftime("%d.%m.%Y %H:%M")


class DraftKeeper(QObject):
    """Autosaves one editor's fields (a moment after each change) and drops them when done.

    ``values()`` gives the fields as JSON-able data, ``dirty()`` whether they differ from the saved
    record, ``title()`` a name for the question shown after a crash.
    """

    def __init__(
        self,
        context: AppContext,
        kind: str,
        key: str | None,
        values: Callable[[], dict[str, Any]],
        dirty: Callable[[], bool],
        title: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = DraftService(context)
        self.kind, self.key = kind, key
        self._values, self._dirty, self._title = values, dirty, title
        self.active = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

    def pending(self) -> Draft | None:
        """A draft left from an earlier session (a crash), if any."""
        return self.service.get(self.kind, self.key)

    def touch(self, *_: object) -> None:
        """Something changed: write the draft a moment from now."""
        if self.active:
            self.timer.start()

    def save_now(self) -> None:
        if not self.active:
            return
        try:
            if self._dirty():
                self.service.save(self.kind, self.key, self._values(), self._title())
            else:
                self.service.discard(self.kind, self.key)
        except Exception:  # noqa: BLE001 - a failed autosave must never cost the form itself
            return

    def rekey(self, key: str | None) -> None:
        """The record got an id (a new one was saved): later drafts belong to it."""
        self.service.discard(self.kind, self.key)
        self.key = key

    def finish(self) -> None:
        """The editor was saved or its changes discarded: no draft is kept."""
        self.timer.stop()
        self.active = False
        try:
            self.service.discard(self.kind, self.key)
        except Exception:  # noqa: BLE001 - the store may be closing
            return


class AskBeforeDiscard(QDialog):
    """A dialog that asks *Lagre / Forkast / Avbryt* before typed work is thrown away.

    Esc, Cancel and the window's close button (a spontaneous close) ask when :meth:`needs_asking`;
    a close by the program (the application quitting) keeps the autosaved draft instead, so it is
    offered again when the editor next opens. Subclasses set ``self.drafts`` (a :class:`DraftKeeper`)
    and give :meth:`needs_asking`, :meth:`draft_title` and :meth:`save_from_question`.
    """

    _quiet_close = False
    drafts: DraftKeeper

    def needs_asking(self) -> bool:
        """True when closing now would lose something typed."""
        raise NotImplementedError

    def draft_title(self) -> str:
        """What the question calls the record ("the post", a page's name …)."""
        raise NotImplementedError

    def save_from_question(self) -> None:
        """The person chose Save: save as the dialog's own Save button does."""
        raise NotImplementedError

    def closeEvent(self, event: QCloseEvent) -> None:
        self._quiet_close = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._quiet_close = False

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before anything typed is thrown away."""
        if self._quiet_close:
            self.drafts.save_now()
            self.drafts.active = False
            super().reject()
            return
        if self.needs_asking():
            answer = UnsavedQuestion.ask(self, self.draft_title())
            if answer == "cancel":
                return
            if answer == "save":
                self.save_from_question()
                return
        self.drafts.finish()
        super().reject()
