"""Typed records at the service boundary (issue 14): the register and moderation services hand out
:mod:`~mtk_admin_desktop.domain.records`, not ``dict[str, Any]``, and a record cannot be read like a dict.

Read from the annotations (``inspect``), so a method added later that returns pages or entries as dicts
fails here rather than in a review.
"""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from mtk_admin_desktop.domain import records
from mtk_admin_desktop.services.moderation import ModerationService
from mtk_admin_desktop.services.planning import PlanningService
from mtk_admin_desktop.services.register import PageOverview, RegisterService

#: (service, method, the record its return annotation names)
TYPED = [
    (RegisterService, "pages", "Page"),
    (RegisterService, "page", "Page"),
    (RegisterService, "page_by_url", "Page"),
    (RegisterService, "main_page", "Page"),
    (RegisterService, "pages_as_of", "Page"),
    (RegisterService, "due_for_review", "Page"),
    (RegisterService, "roles", "PageRole"),
    (RegisterService, "current_roles", "PageRole"),
    (RegisterService, "reviews", "PageReview"),
    (RegisterService, "latest_review", "PageReview"),
    (PlanningService, "pages", "Page"),
    (PlanningService, "all_pages", "Page"),
    (PlanningService, "page", "Page"),
    (PlanningService, "main_page", "Page"),
    (ModerationService, "pages", "Page"),
    (ModerationService, "page", "Page"),
    (ModerationService, "entry", "ModerationEntry"),
    (ModerationService, "entries", "ModerationEntry"),
    (ModerationService, "entries_window", "ModerationEntry"),
    (ModerationService, "corrections_of", "ModerationEntry"),
]

#: Methods of these services that still return plain rows, and why (each one a choice, not an oversight).
STILL_ROWS = {
    (RegisterService, "prepare"),  # the values a save writes (a mapping of the editable fields)
    (ModerationService, "screenshot_info"),  # a screenshots row: not a record
    (ModerationService, "archive_details"),  # the archive area's status row
    (ModerationService, "tamper_findings"),  # sync_trust findings
}


def _return_annotation(cls: type, name: str) -> str:
    annotation = inspect.signature(getattr(cls, name)).return_annotation
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


@pytest.mark.parametrize(("cls", "name", "record"), TYPED, ids=lambda v: getattr(v, "__name__", v))
def test_pages_and_entries_leave_the_services_as_records(cls: type, name: str, record: str) -> None:
    annotation = _return_annotation(cls, name)
    where = f"{cls.__name__}.{name} -> {annotation}"
    assert "dict[" not in annotation and "Mapping[" not in annotation, where
    assert record in annotation, where


@pytest.mark.parametrize("cls", [RegisterService, ModerationService], ids=lambda c: c.__name__)
def test_no_other_public_method_returns_rows_as_dicts(cls: type) -> None:
    dict_returning = {
        name
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and "dict[str, Any]" in _return_annotation(cls, name)
    }
    allowed = {name for owner, name in STILL_ROWS if owner is cls}
    assert dict_returning <= allowed, f"returns dict[str, Any]: {sorted(dict_returning - allowed)}"


def test_the_overview_holds_records() -> None:
    kinds = {f.name: str(f.type) for f in dataclasses.fields(PageOverview)}
    assert kinds["page"] == "Page"
    assert kinds["roles"] == "list[PageRole]" and kinds["reviews"] == "list[PageReview]"


@pytest.mark.parametrize("record", sorted(records.TABLES.values(), key=lambda r: r.__name__), ids=str)
def test_a_record_cannot_be_read_like_a_dict(record: type[records.Record]) -> None:
    for name in ("__getitem__", "get", "__contains__", "keys", "items"):
        assert not hasattr(record, name), f"{record.__name__}.{name}: read its fields as attributes"
    instance = record.from_row({"id": "x"})
    with pytest.raises(TypeError):
        instance["id"]  # type: ignore[index]
