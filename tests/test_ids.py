"""Ids: stable ids equal UUIDv5 for any ordinary key and never fail; only the app's own format is an id."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from mtk_admin_desktop.domain.ids import NAMESPACE, is_app_id, new_id, stable_id


@given(st.text(), st.text())
def test_stable_id_is_uuid5_of_kind_and_key(kind: str, key: str) -> None:
    assert stable_id(kind, key) == str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def test_a_key_with_a_lone_surrogate_still_gets_a_stable_id() -> None:
    first = stable_id("page", "facebook.com/\ud800x")
    assert is_app_id(first) and first == stable_id("page", "facebook.com/\ud800x")
    assert first != stable_id("page", "facebook.com/x")


def test_only_the_apps_own_format_is_an_id() -> None:
    good = new_id()
    assert is_app_id(good) and is_app_id(stable_id("post", "x"))
    forged = (good + "\n", good.upper(), "{" + good + "}", "../" + good[3:], good.replace("-", ""), None, 7)
    for bad in forged:
        assert not is_app_id(bad), repr(bad)
