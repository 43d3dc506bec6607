"""The typed records (domain/records.py) and the storage schema say the same thing about every field."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mtk_admin_desktop.domain import records
from mtk_admin_desktop.domain.planning import POST_FIELDS
from mtk_admin_desktop.storage import schema


def _spec(table: str) -> schema.TableSpec:
    for area in schema.AREAS:
        for spec in schema.area_module(area).TABLES:
            if spec.name == table:
                return spec
    raise AssertionError(f"no TableSpec for {table}")


@pytest.mark.parametrize("table", sorted(records.TABLES))
def test_the_schema_declares_exactly_the_record_fields_with_their_types(table: str) -> None:
    record = records.TABLES[table]
    spec = _spec(table)
    names = records.stored_fields(record)
    assert sorted(spec.fields) == sorted(names)
    for name in names:
        sql_type, is_json = records.stored_type(record, name)
        assert spec.fields[name].upper() == sql_type, name
        assert (name in spec.json_fields) == is_json, name


@pytest.mark.parametrize("table", sorted(records.TABLES))
def test_the_migrated_database_has_a_column_for_every_record_field(store, table: str) -> None:
    columns = set(store.db[table].columns_dict)
    record = records.TABLES[table]
    assert {f.name for f in dataclasses.fields(record)} - {f.name for f in _bookkeeping(record)} <= columns
    assert {f.metadata[records.META] for f in _bookkeeping(record)} <= columns


def _bookkeeping(record: type[records.Record]) -> list[dataclasses.Field]:
    return [f for f in dataclasses.fields(record) if records.META in f.metadata]


def test_post_fields_come_from_the_one_declaration() -> None:
    assert POST_FIELDS == tuple(f.name for f in dataclasses.fields(records.Post) if f.name != "id")


def test_a_stored_row_becomes_a_typed_record(store) -> None:
    page_id = store.create("pages", {"name": "Biblioteket", "is_main": 1, "group_size": 25})
    page = records.Page.from_row(store.get("pages", page_id))
    assert page.id == page_id and page.name == "Biblioteket"
    assert page.is_main is True and page.is_group is False and page.group_size == 25
    assert page.purpose == "" and page.activity_frequency is None
    assert records.Page.from_row(page.values() | {"id": page.id}) == page
    assert page.created and records.Page.from_row(page.row()).created == page.created


anything = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                     st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers()))


@given(st.dictionaries(st.sampled_from([f.name for f in dataclasses.fields(records.Post)]), anything))
def test_any_odd_row_still_gives_a_record_of_the_declared_types(row) -> None:
    post = records.Post.from_row({"id": "x", **row})
    assert isinstance(post.title, str) and isinstance(post.archive_worthy, bool)
    assert isinstance(post.attachments, list) and isinstance(post.links, list)
    assert post.website is None or isinstance(post.website, dict)
