"""The Pages tab: every account the municipality runs, its checklist at a glance, and the detail form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.findings import Finding
from mtk_admin_desktop.domain.records import Page, PageReview, PageRole
from mtk_admin_desktop.domain.register_urls import PLATFORMS
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.register import RegisterRefused
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.base_page import BasePage
from mtk_admin_desktop.ui.register import TAB, page_form
from mtk_admin_desktop.ui.register.page_form import ChecklistView, PageForm
from mtk_admin_desktop.ui.register.page_lists import ReviewsWidget, RolesWidget
from mtk_admin_desktop.ui.register.register_dialogs import (
    ReviewDialog,
    RoleDialog,
    UnsavedDialog,
    YearlyListDialog,
)
from mtk_admin_desktop.ui.register.register_model import (
    COL_COMPLIANCE,
    COL_NAME,
    PagesFilter,
    PagesModel,
    PageSummary,
)
from mtk_admin_desktop.ui.widgets.tables import fit_columns
from mtk_admin_desktop.ui.widgets.unsaved import DraftKeeper, RestoreQuestion
from mtk_admin_desktop.ui.worker import Job, run_job


class RegisterPage(BasePage):
    """Every account the municipality runs (R1), the guideline's checklist per page, roles and reviews."""

    icon_name = TAB.icon_name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = context.register
        self.today = clock.today()
        self._pages: list[Page] = []
        self._roles: list[PageRole] = []
        self._reviews: list[PageReview] = []
        self._reviews_log_for: str | None = None  # whose whole review log the Reviews tab shows
        self._current_id: str | None = None
        self._switching = False
        self._new_mode = False  # the user asked for an empty form (New page): refresh keeps it
        self._columns_fitted = False
        self._post_counts: dict[str, int] | None = None
        self._refused: list[Finding] = []
        self._refused_values: dict[str, Any] = {}
        self._refused_checks: set[tuple[str, str | None]] = set()
        self.jobs: list[Job] = []

        layout = QVBoxLayout(self)

        # -- the toolbar: new page, filters, the yearly list
        bar = QHBoxLayout()
        self.new_button = QPushButton(icon("add"), self.tr("New pa&ge"), self)
        self.new_button.setToolTip(self.tr("Register a new page (Ctrl+N)"))
        self.new_button.clicked.connect(self.primary_action)
        bar.addWidget(self.new_button)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, address, unit, person"))
        self.search.setAccessibleName(self.tr("Search pages"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 2)
        self.unit_filter = self._filter_combo(self.tr("All units"), self.tr("Filter by unit"))
        self.status_filter = self._filter_combo(self.tr("All statuses"), self.tr("Filter by status"))
        for key in rules.STATUSES:
            self.status_filter.addItem(i18n.tr_text(rules.label(rules.STATUS_LABELS, key)), key)
        self.platform_filter = self._filter_combo(self.tr("All platforms"), self.tr("Filter by platform"))
        for key in PLATFORMS:
            self.platform_filter.addItem(i18n.tr_text(rules.label(rules.PLATFORM_LABELS, key)), key)
        for combo in (self.unit_filter, self.status_filter, self.platform_filter):
            bar.addWidget(combo, 1)
        self.findings_filter = QCheckBox(self.tr("&With errors"), self)
        self.review_filter = QCheckBox(self.tr("Due for re&view"), self)
        bar.addWidget(self.findings_filter)
        bar.addWidget(self.review_filter)
        self.yearly_button = QPushButton(self.tr("Year&ly list..."), self)
        self.yearly_button.setToolTip(
            self.tr('"The municipality\'s accounts as of 1 January" as PDF or CSV (R1)')
        )
        self.yearly_button.clicked.connect(self.export_yearly_list)
        bar.addWidget(self.yearly_button)
        layout.addLayout(bar)

        self.register_banner = QLabel(self)
        self.register_banner.setWordWrap(True)
        self.register_banner.setStyleSheet(palette.alert_css())
        self.register_banner.hide()
        layout.addWidget(self.register_banner)

        # -- the table
        self.model = PagesModel(self)
        self.proxy = PagesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Pages"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        # -- the detail: form, roles, reviews, and the checklist beside them
        self.form = PageForm(self)
        self.roles_widget = RolesWidget(self)
        self.reviews_widget = ReviewsWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("&Details"))
        self.tabs.addTab(self.roles_widget, self.tr("R&oles"))
        self.tabs.addTab(self.reviews_widget, self.tr("Revie&ws"))
        self.checklist = ChecklistView(self)
        checklist_box = QGroupBox(self.tr("Checklist (the guideline)"), self)
        box_layout = QVBoxLayout(checklist_box)
        self.checklist_title = QLabel(checklist_box)
        self.checklist_title.setWordWrap(True)
        box_layout.addWidget(self.checklist_title)
        box_layout.addWidget(self.checklist, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.tabs)
        bottom.addWidget(checklist_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 520])  # room for the register's usual dozen pages above the form
        layout.addWidget(splitter, 1)

        # -- wiring
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text.strip()))
        self.unit_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(unit=self.unit_filter.currentData() or "")
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(status=self.status_filter.currentData() or "")
        )
        self.platform_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(platform=self.platform_filter.currentData() or "")
        )
        self.findings_filter.toggled.connect(lambda on: self.proxy.set_filter(only_findings=on))
        self.review_filter.toggled.connect(lambda on: self.proxy.set_filter(only_review_due=on))
        self.form.changed.connect(self.update_checklist)
        self.form.save_requested.connect(self.save)
        self.form.revert_requested.connect(self.revert)
        self.form.status_requested.connect(self.change_status)
        self.form.notice_mail_requested.connect(self.open_notice_mail)
        self.form.notice_sent_requested.connect(self.record_notice_sent)
        self.checklist.field_requested.connect(self._go_to_field)
        self.roles_widget.add_requested.connect(self.add_role)
        self.roles_widget.end_requested.connect(self.end_role)
        self.roles_widget.correct_requested.connect(self.correct_role)
        self.roles_widget.acknowledge_requested.connect(self.acknowledge_role)
        self.reviews_widget.add_requested.connect(self.add_review)
        self.tabs.currentChanged.connect(self._tab_shown)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        # Focus follows the screen: the list, then the Details/Roles/Reviews tabs, then the form and
        # its Save button (the form was built before the tabs, so its fields came first).
        QWidget.setTabOrder(self.table, self.tabs)

        # Nothing typed is lost: the form's edits are kept as a draft while unsaved (a crash, a power
        # cut); a draft left from last time is offered back when the tab opens.
        self.drafts = DraftKeeper(
            context, "page", None, self.form.values, lambda: self.form.dirty, self._draft_title, self
        )
        self.form.changed.connect(self.drafts.touch)
        # Built while the main window is being made (start-up), the tab paints first and reads the
        # register on the next turn of the event loop after that paint (issue 19); built alone (tests)
        # or once the window is showing (a tab opened later) it fills at once. A draft a crash left is
        # offered at once either way (it is one small read, and the form does not need the table).
        self._filled = False
        self._fill_queued = False
        left = self.drafts.service.drafts("page")
        if parent is None or parent.window().isVisible():
            self.refresh()
        else:
            # Reached by the keyboard (or a click) before the queued fill came round: fill now, so the
            # focus lands on a row the user can see.
            self.table.installEventFilter(self)
        self._offer_drafts(left)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn and not self._filled:
            self._queued_fill()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._filled and not self._fill_queued:
            self._fill_queued = True
            QTimer.singleShot(0, self, self._queued_fill)

    def _queued_fill(self) -> None:
        if self._filled:
            return
        if not self.isVisible():  # closed before the queued fill came round: fill when painted again
            self._fill_queued = False
            return
        self.refresh()
        if self.form.dirty:  # a restored draft: its checklist against the other pages, now read
            self.update_checklist()

    @classmethod
    def title(cls) -> str:
        return TAB.title()

    def _filter_combo(self, everything: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, "")
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the pages and their checklists; keeps the selection and any unsaved form edits."""
        self._filled = True
        self.today = clock.today()
        overview = self.service.overview(self.today)
        self._post_counts = self.service.posts_in_last_30_days_by_page(self.today)
        self._pages = [item.page for item in overview]
        summaries = [
            PageSummary(
                page=item.page,
                findings=item.findings,
                main_admins=", ".join(
                    r.person_name for r in rules.main_administrators(item.roles, self.today)
                ),
                last_review=rules.last_review(item.reviews),
                review_due=rules.review_due(item.page, item.reviews, self.today),
            )
            for item in overview
        ]
        self._switching = True
        self.model.set_summaries(summaries)
        self._switching = False
        if not self._columns_fitted and summaries:
            # Once, on the first fill: later refreshes keep the widths the user may have dragged.
            fit_columns(self.table)
            self._columns_fitted = True
        self._fill_units()
        register_findings = self.service.register_findings()
        if register_findings:
            self.register_banner.setText(
                "\n".join(f"{f.rule}: {i18n.tr_text(f.message)}" for f in register_findings)
            )
            self.register_banner.show()
        else:
            self.register_banner.hide()
        if self._current_id and self.model.row_of(self._current_id) >= 0:
            self._select(self._current_id)
            if not self.form.dirty:
                self._load(self._current_id)
        elif (
            not self.form.dirty
            and self.proxy.rowCount() > 0
            and self._current_id is None
            and not self._new_mode
        ):
            # Open on the first page (the main page sorts first) rather than an empty form.
            first = self.model.summary(self.proxy.mapToSource(self.proxy.index(0, 0)).row()).page.id
            self._select(first)
            self._load(first)
        elif not self.form.dirty:
            was_new = self._new_mode
            self._current_id = None
            self._load(None)
            self._new_mode = was_new

    def _draft_title(self) -> str:
        return self.form.name.text().strip() or self.tr("a new page")

    def _offer_drafts(self, left: list[Any]) -> None:
        """Offer the page drafts a crash left (newest first); one can be restored, the rest go."""
        restored = False
        for draft in left:
            if self._filled:
                known = draft.key == "new" or self.model.row_of(draft.key) >= 0
            else:
                known = draft.key == "new" or self.service.page(draft.key) is not None
            if not restored and known and RestoreQuestion.ask(self, draft):
                page_id = None if draft.key == "new" else draft.key
                if page_id:
                    self._select(page_id)
                self._load(page_id)
                self.form.apply_values(draft.values)
                self.drafts.save_now()
                restored = True
            else:
                self.drafts.service.discard("page", draft.key)
        if restored:
            self.status_message.emit(self.tr("The unsaved draft is restored: check it and save."))

    def may_close(self, ask: bool) -> bool:
        """Before the window closes: ask about unsaved edits, or (``ask`` False) keep them as a draft."""
        if not self.form.dirty:
            return True
        if not ask:
            self.drafts.save_now()
            return True
        return self._resolve_unsaved()

    def _fill_units(self) -> None:
        units = self.service.units()
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        while self.unit_filter.count() > 1:
            self.unit_filter.removeItem(1)
        for unit in units:
            self.unit_filter.addItem(unit, unit)
        index = self.unit_filter.findData(chosen)
        self.unit_filter.setCurrentIndex(max(index, 0))
        self.unit_filter.blockSignals(False)
        self.form.set_units(units)

    def _load(self, page_id: str | None) -> None:
        """Show a saved page (or an empty form for a new one) in the form, roles and reviews."""
        page = self.service.page(page_id) if page_id else None
        # The form shows saved values again: an earlier draft is done with (saved or discarded).
        self.drafts.finish()
        self.drafts.key, self.drafts.active = (page.id if page else None), True
        self._current_id = page.id if page else None
        self._refused = []
        self._new_mode = False
        self._roles = self.service.roles(page.id) if page else []
        # The checklist and the review state need the latest review only; the page's whole log (it
        # grows every month) is read when its tab is shown.
        self._reviews = self.service.latest_review(page.id) if page else []
        self._reviews_log_for = None
        self.form.set_page(page)
        self.roles_widget.set_roles(self._roles, enabled=page is not None, today=self.today)
        if self.tabs.currentWidget() is self.reviews_widget:
            self._show_review_log()
        else:
            self.reviews_widget.set_reviews(page, self._reviews, self.today)
        self.tabs.setTabEnabled(1, page is not None)
        self.tabs.setTabEnabled(2, page is not None)
        self.update_checklist()

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.reviews_widget:
            self._show_review_log()

    def _show_review_log(self) -> None:
        """The open page's whole review log in the Reviews tab (read once per page opened)."""
        if self._current_id is None or self._reviews_log_for == self._current_id:
            return
        page = self.service.page(self._current_id)
        self._reviews_log_for = self._current_id
        self.reviews_widget.set_reviews(page, self.service.reviews(self._current_id), self.today)

    def update_checklist(self) -> None:
        """Recompute the checklist from the form as it is now (before saving)."""
        preview = self.form.preview()
        others = [p for p in self._pages if p.id != self._current_id]
        findings: list[Finding] = [f for f in rules.validate_page(preview, others)]
        seen = {(f.rule, f.field) for f in findings}
        # R7.4's "far below its own plan" needs the page's posts of the last 30 days.
        posts = None
        if self._post_counts is not None and self._current_id:
            posts = self._post_counts.get(self._current_id, 0)
        findings += [
            f
            for f in rules.check(preview, self._roles, self._reviews, self.today, posts)
            if (f.rule, f.field) not in seen
        ]
        if any(f.rule == "R19" for f in findings):
            findings = [f for f in findings if f.rule == "R19"]  # nothing else matters for a forbidden app
        findings.sort(key=lambda f: -int(f.severity))
        name = preview.get("name") or self.tr("New page")
        title = self.tr("{name}: 1 finding") if len(findings) == 1 else self.tr("{name}: {count} findings")
        self.checklist_title.setText(title.format(name=name, count=len(findings)))
        reminders = [] if any(f.rule == "R19" for f in findings) else rules.reminders(preview)
        self.checklist.set_findings(findings, reminders)
        self._update_refusal(preview, others)

    def _update_refusal(self, preview: dict[str, Any], others: list[Page]) -> None:
        """The "Not saved" banner keeps only the reasons that still hold: fixing the form clears it."""
        if not self._refused:
            return
        values = self.form.values()
        now = {(f.rule, f.field) for f in rules.validate_page(preview, others)}
        still = []
        for finding in self._refused:
            key = (finding.rule, finding.field)
            if key in self._refused_checks:
                holds = key in now  # a rule the form can judge: as it judges it now
            else:
                # A refusal only the store could judge (e.g. the address is registered already):
                # it holds until its field is changed.
                field = finding.field or ""
                holds = values.get(field) == self._refused_values.get(field) if field in values else True
            if holds:
                still.append(finding)
        if len(still) != len(self._refused):
            self._refused = still
            self.form.show_refusal(still)

    # -- selection -------------------------------------------------------------------------------

    def _select(self, page_id: str) -> None:
        row = self.model.row_of(page_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self._switching = True
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._switching = False

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching:
            return
        source = self.proxy.mapToSource(current)
        page_id = self.model.summary(source.row()).page.id if source.isValid() else None
        if page_id == self._current_id:
            return
        if not self._resolve_unsaved():
            if self._current_id:
                self._select(self._current_id)
            return
        self._load(page_id)

    def _resolve_unsaved(self) -> bool:
        """Ask about unsaved edits; True when it is fine to show something else."""
        if not self.form.dirty:
            return True
        answer = UnsavedDialog.ask(self, self.form.name.text())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def primary_action(self) -> None:
        """New page: an empty form, name field focused."""
        if not self._resolve_unsaved():
            return
        self._switching = True
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        self._switching = False
        self._load(None)
        self._new_mode = True
        self.tabs.setCurrentWidget(self.form)
        self.form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.status_message.emit(
            self.tr("New page: fill in the form and save. It starts awaiting clearance.")
        )

    # -- actions ---------------------------------------------------------------------------------

    def _show_refused(self, refused: RegisterRefused) -> None:
        self._refused = list(refused.findings)
        self._refused_values = self.form.values()
        others = [p for p in self._pages if p.id != self._current_id]
        self._refused_checks = {(f.rule, f.field) for f in rules.validate_page(self.form.preview(), others)}
        self.form.show_refusal(refused.findings)
        self.tabs.setCurrentWidget(self.form)
        first = refused.findings[0]
        if first.field:
            self.form.focus_field(first.field)
        self.status_message.emit(self.tr("Not saved: {reason}").format(reason=i18n.tr_text(first.message)))

    def save(self) -> bool:
        """Save the form (a new page or changes); a refusal is shown with the rule's words."""
        invalid = self.form.invalid_fields()
        if invalid:
            self.tabs.setCurrentWidget(self.form)
            self.form.focus_field(invalid[0])
            self.status_message.emit(
                self.tr("Not saved: the date is not a date. Type it as dd.mm.yyyy, for example 03.12.2026.")
            )
            return False
        try:
            page_id = self.service.save_page(self.form.values(), self._current_id, self.today)
        except RegisterRefused as refused:
            self._show_refused(refused)
            self.update_checklist()
            return False
        self.form.dirty = False
        self._refused = []
        self._current_id = page_id
        self.refresh()
        self._select(page_id)
        self._load(page_id)
        self.status_message.emit(self.tr("Saved {name}.").format(name=self.form.name.text()))
        self.data_changed.emit()
        return True

    def revert(self) -> None:
        self.form.dirty = False
        self._load(self._current_id)

    def _page_action(self, action: Any) -> None:
        """Run a service call on the current page, then reload; refusals go to the banner."""
        if not self._current_id:
            return
        if self.form.dirty and not self.save():
            return
        try:
            action(self._current_id)
        except RegisterRefused as refused:
            self._show_refused(refused)
            return
        self.refresh()
        self._load(self._current_id)
        self.data_changed.emit()

    def change_status(self, new_status: str) -> None:
        self._page_action(lambda page_id: self.service.set_status(page_id, new_status, self.today))

    def open_notice_mail(self) -> None:
        """R7.2: open the filled-in notice in the user's mail program."""
        if not self._current_id:
            return
        if self.form.dirty and not self.save():
            return
        if page_form.open_mail(self.service.notice_mailto(self._current_id)):
            self.status_message.emit(
                self.tr(
                    "The e-mail is ready in your mail program. When it is sent, press "
                    '"Record notice as sent".'
                )
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("Notice e-mail"),
                self.tr(
                    "No mail program could be opened. Send the notice to post@mt.kommune.no "
                    "yourself, then record it as sent."
                ),
            )

    def record_notice_sent(self) -> None:
        self._page_action(lambda page_id: self.service.record_notice_sent(page_id, on=self.today))

    def add_role(self) -> None:
        if not self._current_id:
            return
        has_main = any(
            r.role == "hovedadministrator" for r in rules.current_roles(self._roles, self.today)
        )
        values = RoleDialog.ask(self, "administrator" if has_main else "hovedadministrator")
        if values is None:
            return
        try:
            self.service.add_role(
                self._current_id,
                values["person_name"],
                values["role"],
                values.get("email", ""),
                values.get("acknowledged_on"),
                values.get("from_date"),
            )
        except RegisterRefused as refused:
            QMessageBox.warning(
                self, self.tr("Role not added"), "\n".join(i18n.tr_text(f.message) for f in refused.findings)
            )
            return
        self._after_change()

    def correct_role(self, role_id: str) -> None:
        role = next((r for r in self._roles if r.id == role_id), None)
        if role is None:
            return
        values = RoleDialog.ask(self, role.role or "administrator", role)
        if values is None:
            return
        try:
            self.service.correct_role(role_id, values["person_name"], values.get("email", ""))
        except RegisterRefused as refused:
            QMessageBox.warning(
                self,
                self.tr("Role not changed"),
                "\n".join(i18n.tr_text(f.message) for f in refused.findings),
            )
            return
        self._after_change()

    def end_role(self, role_id: str) -> None:
        self.service.end_role(role_id, self.today)
        self._after_change()

    def acknowledge_role(self, role_id: str) -> None:
        self.service.acknowledge(role_id, self.today)
        self._after_change()

    def add_review(self) -> None:
        if not self._current_id:
            return
        values = ReviewDialog.ask(self, str(self.context.settings.get("user.name") or ""))
        if values is None:
            return
        try:
            self.service.add_review(
                self._current_id, values["reviewed_by"], values.get("note", ""), values.get("reviewed_on")
            )
        except RegisterRefused as refused:
            QMessageBox.warning(
                self,
                self.tr("Review not logged"),
                "\n".join(i18n.tr_text(f.message) for f in refused.findings),
            )
            return
        self._after_change()

    def _after_change(self) -> None:
        """Reload roles/reviews and the table, keeping unsaved form edits."""
        dirty = self.form.dirty
        self.refresh()
        if self._current_id:
            self._roles = self.service.roles(self._current_id)
            self._reviews = self.service.reviews(self._current_id)
            if not dirty:
                self._load(self._current_id)
            else:
                self.roles_widget.set_roles(self._roles, today=self.today)
                self.reviews_widget.set_reviews(
                    self.service.page(self._current_id), self._reviews, self.today
                )
                self._reviews_log_for = self._current_id
                self.update_checklist()
        self.data_changed.emit()

    def _go_to_field(self, name: str) -> None:
        if name == "roles":
            self.tabs.setCurrentWidget(self.roles_widget)
            self.roles_widget.table.setFocus()
        elif name == "reviews":
            self.tabs.setCurrentWidget(self.reviews_widget)
            self.reviews_widget.add_button.setFocus()
        else:
            self.tabs.setCurrentWidget(self.form)
            self.form.focus_field(name)

    # -- the yearly list (R1) --------------------------------------------------------------------

    def export_yearly_list(self) -> None:
        """Ask for the year and file, and write the list off the GUI thread."""
        answer = YearlyListDialog.ask(self, self.today.year)
        if answer is None:
            return
        year, path = answer
        self.write_yearly_list(year, path)

    def write_yearly_list(self, year: int, path: Path) -> Job:
        context = self.context

        def work(job: Job) -> int:
            with context.for_worker() as worker:
                job.check()
                if path.suffix.lower() == ".csv":
                    return worker.register.write_yearly_csv(path, year)
                return worker.register.write_yearly_pdf(path, year)

        self.yearly_button.setEnabled(False)
        job = run_job(
            work, on_done=lambda count: self._yearly_done(count, year, path), on_error=self._yearly_failed
        )
        self.jobs.append(job)
        return job

    def _yearly_done(self, count: int, year: int, path: Path) -> None:
        self.yearly_button.setEnabled(True)
        self.status_message.emit(
            self.tr("The list as of 1 January {year} ({count} accounts) is saved in {path}.").format(
                year=year, count=count, path=str(path)
            )
        )

    def _yearly_failed(self, message: str, _trace: str) -> None:
        self.yearly_button.setEnabled(True)
        QMessageBox.warning(
            self,
            self.tr("Yearly list"),
            self.tr("The list could not be written: {reason}").format(reason=message),
        )


__all__ = ["RegisterPage", "COL_COMPLIANCE"]
