"""Property test of the merge: any order, duplicates and chunks of one op set give one state, the model's.

Histories are made by three replicas writing on their own stores and now and then exchanging ops, so
they have real concurrency (edits that did not see each other, deletes racing edits, competing
archive statuses, two first writes of an append-only entry). Then the whole op set is applied to fresh
stores in shuffled orders, with repeats and in chunks, through ``Store.integrate`` (the sync's path).
"""

from __future__ import annotations

import json
import os
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain.oplog import DELETED, Op
from mtk_admin_desktop.storage.store import AppendOnlyError, Store

EXAMPLES = int(os.environ.get("MTK_SYNC_EXAMPLES", "40"))
ROWS = ["row-a", "row-b", "row-c"]


def all_ops(store: Store) -> list[Op]:
    cur = store.db.execute(
        "SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen, author FROM ops"
    )
    return [
        Op(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            json.loads(r[8]) if r[8] is not None else None,
            tuple(json.loads(r[9])),
            tuple(json.loads(r[10])),
            r[11],
        )
        for r in cur.fetchall()
    ]


def canonical_dump(store: Store) -> str:
    """Every materialised row (deleted ones too) of every synced table, the conflicts and the op ids."""
    out: dict[str, Any] = {}
    for name in sorted(store.tables):
        out[name] = [dict(r) for r in store.db.query(f"SELECT * FROM [{name}] ORDER BY id")]
    out["conflicts"] = [
        list(r)
        for r in store.db.execute(
            "SELECT tbl, row_id, field, ops FROM conflicts ORDER BY tbl, row_id, field"
        ).fetchall()
    ]
    out["ops"] = sorted(r[0] for r in store.db.execute("SELECT op_id FROM ops").fetchall())
    return json.dumps(out, sort_keys=True, default=str)


# -- a small reference model of the rules in design/sync.md, written independently of domain.oplog --


def model(
    ops: list[Op], policies: dict[str, dict[str, tuple[str, tuple[Any, ...]]]]
) -> dict[tuple[str, str], dict]:
    """(table, row) -> {"values": {...}, "deleted": bool, "conflicts": set(fields)}."""
    rows: dict[tuple[str, str], list[Op]] = {}
    for op in {o.op_id: o for o in ops}.values():
        rows.setdefault((op.tbl, op.row_id), []).append(op)
    result = {}
    for (tbl, row), row_ops in rows.items():
        fields: dict[str, list[Op]] = {}
        for op in row_ops:
            fields.setdefault(op.field, []).append(op)
        values, conflicts, fronts = {}, set(), {}
        for name, fops in fields.items():
            kind, order = policies.get(tbl, {}).get(name, ("lww", ()))
            superseded = {p for o in fops for p in o.prev}
            if kind == "first":
                values[name] = min(fops, key=lambda o: (o.hlc, o.op_id)).value
                continue
            if kind == "max":

                def rank(o: Op, order: tuple[Any, ...] = order) -> tuple[int, str, str]:
                    return (order.index(o.value) if o.value in order else -1, o.hlc, o.op_id)

                values[name] = max(fops, key=rank).value
                continue
            front = [o for o in fops if o.op_id not in superseded]
            values[name] = max(front, key=lambda o: (o.hlc, o.op_id)).value
            if len({json.dumps(o.value, sort_keys=True) for o in front}) > 1:
                conflicts.add(name)
            fronts[name] = front
        deleted = False
        if values.get(DELETED) is True:
            seen = {s for o in fronts[DELETED] if o.value is True for s in o.seen}
            unseen = [
                o for name, front in fronts.items() if name != DELETED for o in front if o.op_id not in seen
            ]
            if unseen:
                conflicts.add(DELETED)
            else:
                deleted = True
        values.pop(DELETED, None)
        result[(tbl, row)] = {"values": values, "deleted": deleted, "conflicts": conflicts}
    return result


def policies_of(store: Store) -> dict[str, dict[str, tuple[str, tuple[Any, ...]]]]:
    return {
        name: {f: (p.kind, p.order) for f, p in spec.policies().items()}
        for name, spec in store.tables.items()
    }


# -- histories ---------------------------------------------------------------------------------------

action = st.tuples(
    st.integers(0, 2),
    st.sampled_from(["set", "set", "set", "delete", "restore", "exchange", "archive", "entry", "resolve"]),
    st.integers(0, len(ROWS) - 1),
    st.integers(0, 3),
)


def make_history(actions: list[tuple[int, str, int, int]]) -> tuple[list[Store], list[Op]]:
    replicas = [Store.open(":memory:", author=f"R{i}") for i in range(3)]
    statuses = tuple(replicas[0].spec("archive_status").max_registers["status"])
    for who, kind, row_no, value in actions:
        store, row = replicas[who], ROWS[row_no]
        exists = store.get("shared_settings", row, include_deleted=True) is not None
        if kind == "set":
            store.create("shared_settings", {"key": f"k{row_no}", "value": value}, row_id=row)
        elif kind == "delete" and exists:
            store.delete("shared_settings", row)
        elif kind == "restore" and exists:
            store.restore("shared_settings", row)
        elif kind == "exchange":
            other = replicas[(who + 1 + value % 2) % 3]
            other.integrate(all_ops(store))
        elif kind == "archive":
            store.create(
                "archive_status",
                {"kind": "post", "item_id": row, "status": statuses[value % len(statuses)]},
                row_id=f"arch-{row}",
            )
        elif kind == "entry":
            try:
                store.create(
                    "moderation_entries", {"comment_text": f"text {who}/{value}"}, row_id=f"entry-{row}"
                )
            except AppendOnlyError:
                pass  # the entry exists here already with another text: evidence never changes
        elif kind == "resolve":
            for conflict in store.conflicts("shared_settings"):
                if conflict["field"] != DELETED:
                    store.resolve(conflict["tbl"], conflict["row_id"], conflict["field"], value)
    ops = {op.op_id: op for r in replicas for op in all_ops(r)}
    return replicas, list(ops.values())


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=st.lists(action, min_size=1, max_size=25), seed=st.integers(0, 2**32 - 1))
def test_any_order_duplicates_and_chunks_give_one_state_equal_to_the_model(actions, seed) -> None:
    replicas, ops = make_history(actions)
    rng = random.Random(seed)
    dumps = []
    for _ in range(3):
        order = ops + rng.sample(ops, k=min(len(ops), rng.randrange(0, 5)))  # repeats
        rng.shuffle(order)
        fresh = Store.open(":memory:", author="fresh")
        position = 0
        while position < len(order):
            step = rng.randrange(1, 8)
            fresh.integrate(order[position : position + step])
            position += step
        fresh.integrate(rng.sample(ops, k=min(3, len(ops))))  # a whole segment again changes nothing
        dumps.append((canonical_dump(fresh), fresh))
    assert len({d for d, _ in dumps}) == 1
    fresh = dumps[0][1]
    expected = model(ops, policies_of(fresh))
    for (tbl, row), want in expected.items():
        got = fresh.get(tbl, row, include_deleted=True)
        assert got is not None
        assert bool(got["_deleted"]) == want["deleted"], (tbl, row)
        spec = fresh.spec(tbl)
        for name, value in want["values"].items():
            stored = got[name]
            if name in spec.json_fields or isinstance(value, (dict, list)):
                assert stored == value
            elif isinstance(value, bool):
                assert stored == int(value)
            else:
                assert stored == value, (tbl, row, name)
        conflicts = {c["field"] for c in fresh.conflicts(tbl) if c["row_id"] == row}
        assert conflicts == want["conflicts"], (tbl, row)
    for store in replicas:
        store.close()
    for _, store in dumps:
        store.close()


def test_archive_status_only_moves_forward_whatever_the_clocks() -> None:
    ahead, behind = (
        Store.open(":memory:", wall=lambda: 2_000_000_000_000),
        Store.open(":memory:", wall=lambda: 1_000),
    )
    statuses = tuple(ahead.spec("archive_status").max_registers["status"])
    behind.create("archive_status", {"status": statuses[-1]}, row_id="x")
    ahead.create("archive_status", {"status": statuses[0]}, row_id="x")  # newer clock, lower status
    for a, b in ((ahead, behind), (behind, ahead)):
        b.integrate(all_ops(a))
    assert (
        ahead.get("archive_status", "x")["status"]
        == behind.get("archive_status", "x")["status"]
        == statuses[-1]
    )


def test_a_delete_racing_an_edit_keeps_the_row_and_asks() -> None:
    a, b = Store.open(":memory:"), Store.open(":memory:")
    a.create("shared_settings", {"key": "k", "value": 1}, row_id="r")
    b.integrate(all_ops(a))
    a.delete("shared_settings", "r")
    b.update("shared_settings", "r", {"value": 2})
    a.integrate(all_ops(b))
    b.integrate(all_ops(a))
    for store in (a, b):
        assert store.get("shared_settings", "r")["value"] == 2
        assert [c["field"] for c in store.conflicts()] == [DELETED]
