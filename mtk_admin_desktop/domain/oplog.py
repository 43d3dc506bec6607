"""Operations and the per-field merge: the pure rules behind the store and the sync (design/sync.md).

Every change is an :class:`Op` on one field of one row. ``prev`` lists the ops on that field the writer
had seen and supersedes. The *frontier* of a field is the set of its ops that no other op lists in
``prev``; the value is the frontier's greatest by (timestamp, op id); two or more different values in the
frontier are a conflict, kept and shown, never thrown away. Deletion is the register ``_deleted``; a delete
also lists in ``seen`` the ops of the other fields it had seen, and an edit it had not seen keeps the row
alive ("deleted here, edited there"). Everything here depends only on the *set* of ops: order and
duplicates change nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

DELETED = "_deleted"


@dataclass(frozen=True)
class Op:
    """One change of one field of one row, as written once and never changed."""

    op_id: str
    device: str
    dev_seq: int
    hlc: str
    tbl: str
    row_id: str
    kind: str  # "set" or "del" (del sets the _deleted register, True or False)
    field: str
    value: Any
    prev: tuple[str, ...] = ()
    seen: tuple[str, ...] = ()
    author: str = ""

    def order_key(self) -> tuple[str, str]:
        return (self.hlc, self.op_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op_id, "dev": self.device, "seq": self.dev_seq, "hlc": self.hlc,
            "tbl": self.tbl, "row": self.row_id, "kind": self.kind, "field": self.field,
            "value": self.value, "prev": list(self.prev), "seen": list(self.seen), "author": self.author,
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Op:
        """Parse a JSON dict; raises KeyError/TypeError/ValueError on malformed input."""
        kind = d["kind"]
        if kind not in ("set", "del"):
            raise ValueError(f"unknown op kind {kind!r}")
        return cls(
            op_id=str(d["op"]), device=str(d["dev"]), dev_seq=int(d["seq"]), hlc=str(d["hlc"]),
            tbl=str(d["tbl"]), row_id=str(d["row"]), kind=kind, field=str(d["field"]),
            value=d.get("value"), prev=tuple(map(str, d.get("prev", ()))),
            seen=tuple(map(str, d.get("seen", ()))), author=str(d.get("author", "")),
        )


@dataclass(frozen=True)
class FieldPolicy:
    """How a field merges: ``lww`` (frontier, conflicts kept), ``first`` (append-only), ``max``."""

    kind: str = "lww"
    order: tuple[Any, ...] = ()  # for "max": the values from lowest to highest


LWW = FieldPolicy()
FIRST = FieldPolicy("first")


@dataclass
class FieldState:
    """The merged state of one field: its value, the frontier, and the competing ops if in conflict."""

    value: Any
    frontier: list[Op]
    conflict: list[Op] = field(default_factory=list)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def frontier(ops: Iterable[Op]) -> list[Op]:
    """The ops that no other op (on the same field) supersedes, sorted newest first."""
    ops = list({op.op_id: op for op in ops}.values())
    superseded = {p for op in ops for p in op.prev}
    return sorted((op for op in ops if op.op_id not in superseded), key=Op.order_key, reverse=True)


def resolve_field(ops: Sequence[Op], policy: FieldPolicy = LWW) -> FieldState:
    """Merge the ops of one field by its policy. ``ops`` must all concern the same field."""
    if len(ops) == 1:
        # One op (most fields of most rows) is the value and the frontier under every policy; only an
        # op that lists itself in ``prev`` is not (it supersedes itself: the general rule below).
        op = ops[0]
        if policy.kind != "lww" or op.op_id not in op.prev:
            return FieldState(op.value, [op])
    unique = list({op.op_id: op for op in ops}.values())
    if not unique:
        return FieldState(None, [])
    if policy.kind == "first":
        first = min(unique, key=Op.order_key)
        return FieldState(first.value, [first])
    if policy.kind == "max":
        rank = {_canonical(v): i for i, v in enumerate(policy.order)}
        best = max(unique, key=lambda op: (rank.get(_canonical(op.value), -1), op.order_key()))
        return FieldState(best.value, [best])
    front = frontier(unique)
    # One op in the frontier (the usual case) cannot disagree with itself: skip encoding its value.
    conflict = front if len(front) > 1 and len({_canonical(op.value) for op in front}) > 1 else []
    return FieldState(front[0].value, front, conflict)


@dataclass
class RowState:
    """The merged state of one row."""

    values: dict[str, Any]
    deleted: bool
    created: str  # hlc of the first op
    updated: str  # hlc of the newest op
    conflicts: dict[str, list[Op]]
    delete_conflict: list[Op]  # edits a delete had not seen: "deleted here, edited there"


def resolve_row(ops: Iterable[Op], policies: Mapping[str, FieldPolicy] | None = None) -> RowState:
    """Merge every op of one row into its values, deletion state and conflicts."""
    policies = policies or {}
    by_field: dict[str, list[Op]] = {}
    all_ops = list({op.op_id: op for op in ops}.values())
    for op in all_ops:
        by_field.setdefault(op.field, []).append(op)
    values: dict[str, Any] = {}
    conflicts: dict[str, list[Op]] = {}
    fronts: dict[str, list[Op]] = {}
    for name, field_ops in by_field.items():
        if name == DELETED:
            continue
        state = resolve_field(field_ops, policies.get(name, LWW))
        values[name] = state.value
        fronts[name] = state.frontier if policies.get(name, LWW).kind == "lww" else []
        if state.conflict:
            conflicts[name] = state.conflict
    deleted = False
    delete_conflict: list[Op] = []
    if DELETED in by_field:
        dstate = resolve_field(by_field[DELETED])
        if dstate.conflict:
            conflicts[DELETED] = dstate.conflict
        if dstate.value is True:
            seen = {s for op in dstate.frontier if op.value is True for s in op.seen}
            unseen = [op for front in fronts.values() for op in front if op.op_id not in seen]
            if unseen:
                delete_conflict = sorted(unseen, key=Op.order_key)
            else:
                deleted = True
    hlcs = sorted(op.hlc for op in all_ops)
    return RowState(values, deleted, hlcs[0] if hlcs else "", hlcs[-1] if hlcs else "",
                    conflicts, delete_conflict)
