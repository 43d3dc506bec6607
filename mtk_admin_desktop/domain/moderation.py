"""Moderation entries (R7.5, R13, R14): the grounds rule, canonical content, hashing and chain checks.

Pure Python: the service signs and stores; this module says what an entry is, whether it may be saved,
what exactly its hash covers, and which entries of a chain do not hold.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mtk_admin_desktop.domain.findings import Finding, Severity
from mtk_admin_desktop.domain.rules import rule_quote
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

_CTX = "Moderation"

ACTIONS = ("deleted", "hidden", "reported", "kept_with_reply", "user_blocked")
GROUNDS = ("personangrep", "navngir_tredjepersoner", "i_strid_med_norsk_lov")
MAIN_ADMIN_ROLE = "hovedadministrator"
#: the longest comment text accepted (a comment thread pasted whole can be long; 1 MB is plenty)
MAX_TEXT = 1_000_000

ACTION_LABELS = {
    "deleted": QT_TRANSLATE_NOOP("Moderation", "Deleted"),
    "hidden": QT_TRANSLATE_NOOP("Moderation", "Hidden"),
    "reported": QT_TRANSLATE_NOOP("Moderation", "Reported to the platform"),
    "kept_with_reply": QT_TRANSLATE_NOOP("Moderation", "Kept, with a reply"),
    "user_blocked": QT_TRANSLATE_NOOP("Moderation", "User blocked"),
}
GROUND_LABELS = {
    "personangrep": QT_TRANSLATE_NOOP("Moderation", "Personal attack"),
    "navngir_tredjepersoner": QT_TRANSLATE_NOOP("Moderation", "Names third parties"),
    "i_strid_med_norsk_lov": QT_TRANSLATE_NOOP("Moderation", "Breaks Norwegian law"),
}
NO_GROUND_LABEL = QT_TRANSLATE_NOOP("Moderation", "No ground")

#: the fields whose values the entry hash covers, in no particular order (the JSON is key-sorted)
HASHED_FIELDS = (
    "page_id",
    "post_ref",
    "comment_author",
    "comment_text",
    "comment_posted_at",
    "action",
    "ground",
    "justification",
    "moderator",
    "moderator_role",
    "approved_by",
    "screenshots",
    "corrects_id",
    "archive_worthy",
    "archive_reason",
    "created_at",
    "prev_hash",
    "signer_device",
    "chain_seq",
)
#: fields that never change once saved (the store refuses it): everything the hash covers and the seal
CORE_FIELDS = frozenset(HASHED_FIELDS) | {"entry_hash", "signature"}


def action_text(action: str) -> Text:
    """The action's label, translatable."""
    return Text(_CTX, ACTION_LABELS.get(action, action))


def ground_text(ground: str | None) -> Text:
    """The ground's label, translatable (``No ground`` for None)."""
    if not ground:
        return Text(_CTX, NO_GROUND_LABEL)
    return Text(_CTX, GROUND_LABELS.get(ground, ground))


@dataclass
class EntryDraft:
    """What the moderator fills in before an entry is saved (the service adds time, role and seal)."""

    page_id: str
    action: str
    comment_text: str = ""
    comment_author: str = ""
    comment_posted_at: str | None = None
    post_ref: str = ""
    ground: str | None = None
    justification: str = ""
    moderator: str = ""
    approved_by: str = ""
    screenshots: list[str] = field(default_factory=list)
    #: images chosen but not stored yet (the form stores them only once the entry may be saved)
    pending_screenshots: int = 0
    corrects_id: str | None = None
    archive_worthy: bool = False
    archive_reason: str = ""


def check_draft(
    draft: EntryDraft, moderator_role: str | None, page_exists: bool = True, corrected_exists: bool = True
) -> list[Finding]:
    """The rules an entry must meet before it is saved (R7.5, R13, R14); BLOCK findings refuse it."""
    out: list[Finding] = []
    if not draft.page_id or not page_exists:
        out.append(
            Finding(
                "R13",
                Severity.BLOCK,
                Text(_CTX, QT_TRANSLATE_NOOP("Moderation", "Choose the page where the comment was.")),
                field="page_id",
            )
        )
    if draft.action not in ACTIONS:
        out.append(
            Finding(
                "R13",
                Severity.BLOCK,
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP("Moderation", "Unknown action {action}."),
                    {"action": draft.action},
                ),
                field="action",
            )
        )
    if draft.ground is not None and draft.ground not in GROUNDS:
        out.append(
            Finding(
                "R13",
                Severity.BLOCK,
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP("Moderation", "Unknown ground {ground}."),
                    {"ground": draft.ground},
                ),
                field="ground",
            )
        )
    if draft.action == "deleted" and draft.ground not in GROUNDS:
        out.append(
            Finding(
                "R13",
                Severity.BLOCK,
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Moderation",
                        "A comment may only be deleted for one of the three grounds: personal attack, "
                        "naming third parties, or breaking Norwegian law.",
                    ),
                ),
                field="ground",
                data={"quote": rule_quote("R13").source},
            )
        )
    if not draft.comment_text.strip() and not (draft.screenshots or draft.pending_screenshots):
        out.append(
            Finding(
                "R7.5",
                Severity.BLOCK,
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Moderation", "Document what was there: give the comment's text or add a screenshot."
                    ),
                ),
                field="comment_text",
            )
        )
    if len(draft.comment_text) > MAX_TEXT:
        out.append(
            Finding(
                "R7.5",
                Severity.BLOCK,
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Moderation",
                        "The comment text is longer than {limit} characters; add a screenshot instead.",
                    ),
                    {"limit": MAX_TEXT},
                ),
                field="comment_text",
            )
        )
    if not draft.moderator.strip():
        out.append(
            Finding(
                "R13",
                Severity.BLOCK,
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Moderation", "The moderator's name is missing: set your name in Settings."
                    ),
                ),
                field="moderator",
            )
        )
    if draft.corrects_id is not None and not corrected_exists:
        out.append(
            Finding(
                "R13",
                Severity.BLOCK,
                Text(_CTX, QT_TRANSLATE_NOOP("Moderation", "The entry to correct does not exist.")),
                field="corrects_id",
            )
        )
    if draft.action == "deleted" and moderator_role != MAIN_ADMIN_ROLE and draft.moderator.strip():
        if draft.approved_by.strip():
            message = Text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Moderation",
                    "{moderator} is not main administrator of this page; the deletion was "
                    "approved by {approver}.",
                ),
                {"moderator": draft.moderator, "approver": draft.approved_by},
            )
        else:
            message = Text(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Moderation",
                    "{moderator} is not main administrator of this page: name the main "
                    "administrator who approved the deletion.",
                ),
                {"moderator": draft.moderator},
            )
        out.append(
            Finding("R13", Severity.WARNING, message, field="approved_by", data={"role": moderator_role})
        )
    if draft.archive_worthy and draft.action != "deleted" and not draft.archive_reason.strip():
        out.append(
            Finding(
                "R14",
                Severity.WARNING,
                Text(_CTX, QT_TRANSLATE_NOOP("Moderation", "Say why the entry has documentation value.")),
                field="archive_reason",
            )
        )
    return out


# -- canonical content and hashes ------------------------------------------------------------------


def canonical_content(entry: Mapping[str, Any], entry_id: str) -> bytes:
    """The exact bytes the entry hash covers: the entry id and the hashed fields as sorted ASCII JSON.

    ASCII escapes keep any text (control characters, lone surrogates, RTL marks) byte-for-byte stable.
    """
    content: dict[str, Any] = {"id": entry_id}
    for name in HASHED_FIELDS:
        value = entry.get(name)
        if name == "screenshots":
            value = list(value or [])
        elif name in ("archive_worthy", "chain_seq"):
            value = int(value or 0)
        content[name] = value
    return json.dumps(content, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")


def entry_hash(entry: Mapping[str, Any], entry_id: str) -> str:
    """SHA-256 (hex) of the canonical content, which includes the screenshots' hashes and prev_hash."""
    return hashlib.sha256(canonical_content(entry, entry_id)).hexdigest()


# -- verification ----------------------------------------------------------------------------------

PROBLEM_TEXTS = {
    "hash": QT_TRANSLATE_NOOP("Moderation", "its content does not match its hash (changed after saving)"),
    "signature": QT_TRANSLATE_NOOP(
        "Moderation", "its signature does not hold (changed after signing, hashes recomputed?)"
    ),
    "no_key": QT_TRANSLATE_NOOP("Moderation", "it is signed, but its device's public key is missing"),
    "chain": QT_TRANSLATE_NOOP(
        "Moderation",
        "it does not follow the previous entry of its device (an entry before it was removed or changed)",
    ),
    "fork": QT_TRANSLATE_NOOP(
        "Moderation", "another entry of the same device has the same place in the chain"
    ),
    "gap": QT_TRANSLATE_NOOP("Moderation", "entries before it in its device's chain are missing"),
    "deleted": QT_TRANSLATE_NOOP(
        "Moderation", "it is marked deleted, but moderation entries are never deleted"
    ),
    "screenshot_changed": QT_TRANSLATE_NOOP(
        "Moderation", "screenshot {sha} has changed (its bytes no longer match its hash)"
    ),
    "screenshot_missing": QT_TRANSLATE_NOOP("Moderation", "screenshot {sha} is missing"),
    "unsigned": QT_TRANSLATE_NOOP("Moderation", "unsigned (saved without a keyring): hash and chain only"),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "Moderation", "the public key stored for this device is not the one in this computer's keyring"
    ),
    "unsigned_known_key": QT_TRANSLATE_NOOP(
        "Moderation",
        "it is unsigned, but its device signs its entries and no later signed entry covers it "
        "(signature removed?)",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Moderation",
        "entries of device {device} up to number {seq} were seen on this laptop, but only {present} "
        "are here (the newest entries were removed)",
    ),
    "tampered": QT_TRANSLATE_NOOP(
        "Moderation",
        "a change to this saved entry arrived through the shared folder and was refused "
        "(tampering; from device {device}, {when})",
    ),
}
#: problems that are reported but do not make the log fail verification
NOTES = frozenset({"unsigned"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one entry: its id, the kind (a key of PROBLEM_TEXTS) and details."""

    entry_id: str
    kind: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def is_failure(self) -> bool:
        return self.kind not in NOTES

    def text(self) -> Text:
        return Text(_CTX, PROBLEM_TEXTS[self.kind], dict(self.params))


def _seq(entry: Mapping[str, Any]) -> int:
    value = entry.get("chain_seq")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _safe_hash(entry: Mapping[str, Any], entry_id: str) -> str | None:
    try:
        return entry_hash(entry, entry_id)
    except (TypeError, ValueError, RecursionError):
        return None


def verify_entries(
    entries: Sequence[Mapping[str, Any]],
    check_signature: Callable[[Mapping[str, Any]], bool | None],
    check_blob: Callable[[str], str],
    known_keys: frozenset[str] = frozenset(),
    witnessed: Mapping[str, int] | None = None,
) -> list[Problem]:
    """Check every entry's hash, signature, chain and screenshots; return what does not hold.

    ``check_signature(entry)`` returns True/False, or None when the device's key is unknown;
    ``check_blob(sha)`` returns ``"ok"``, ``"changed"`` or ``"missing"``. Entries include deleted rows.
    ``known_keys``: devices whose public key is known. Their unsigned entries fail unless a later signed
    entry of the same device covers them through the chain (entries made before the device had a
    key); a known key with no entry at all means its entries were removed. ``witnessed``: the highest
    chain position ever seen here per device; fewer entries than that fail as ``missing``.
    """
    problems: list[Problem] = []
    by_device: dict[str, list[Mapping[str, Any]]] = {}
    newest_signed: dict[str, int] = {}
    for entry in entries:
        if entry.get("signature"):
            device = str(entry.get("signer_device") or "")
            newest_signed[device] = max(newest_signed.get(device, 0), _seq(entry))
    for entry in entries:
        entry_id = str(entry["id"])
        device = str(entry.get("signer_device") or "")
        if entry.get("_deleted"):
            problems.append(Problem(entry_id, "deleted"))
        if _safe_hash(entry, entry_id) != entry.get("entry_hash"):
            problems.append(Problem(entry_id, "hash"))
        if entry.get("signature"):
            ok = check_signature(entry)
            if ok is None:
                problems.append(Problem(entry_id, "no_key"))
            elif not ok:
                problems.append(Problem(entry_id, "signature"))
        elif device in known_keys and newest_signed.get(device, 0) <= _seq(entry):
            problems.append(Problem(entry_id, "unsigned_known_key"))
        else:
            problems.append(Problem(entry_id, "unsigned"))
        for sha in entry.get("screenshots") or []:
            state = check_blob(str(sha))
            if state == "changed":
                problems.append(Problem(entry_id, "screenshot_changed", {"sha": str(sha)[:12]}))
            elif state == "missing":
                problems.append(Problem(entry_id, "screenshot_missing", {"sha": str(sha)[:12]}))
        by_device.setdefault(device, []).append(entry)
    for chain in by_device.values():
        problems.extend(_verify_chain(chain))
    expected = dict(witnessed or {})
    for device in known_keys:
        expected.setdefault(device, 1)  # a key is published with the device's first signed entry
    for device, seq in sorted(expected.items()):
        present = max((_seq(e) for e in by_device.get(device, [])), default=0)
        if present < seq:
            params = {"device": device[:8], "seq": seq, "present": present}
            problems.append(Problem(device, "missing", params))
    return problems


def _verify_chain(chain: Iterable[Mapping[str, Any]]) -> list[Problem]:
    """Within one device: sequence 1, 2, 3… without gaps or doubles, each pointing at the one before."""
    problems: list[Problem] = []
    ordered = sorted(chain, key=lambda e: (_seq(e), str(e["id"])))
    by_seq: dict[int, list[Mapping[str, Any]]] = {}
    for entry in ordered:
        by_seq.setdefault(_seq(entry), []).append(entry)
    for seq, group in by_seq.items():
        if len(group) > 1:
            problems.extend(Problem(str(e["id"]), "fork", {"seq": seq}) for e in group)
    expected = 1
    for seq in sorted(by_seq):
        group = by_seq[seq]
        if seq != expected:
            problems.extend(Problem(str(e["id"]), "gap", {"seq": seq}) for e in group)
        before = by_seq.get(seq - 1, [])
        for entry in group:
            prev = entry.get("prev_hash") or None
            if seq == 1:
                if prev is not None:
                    problems.append(Problem(str(entry["id"]), "chain"))
            elif before and prev not in {b.get("entry_hash") for b in before}:
                problems.append(Problem(str(entry["id"]), "chain"))
        expected = seq + 1
    return problems


# -- display ---------------------------------------------------------------------------------------

_ISOLATE_START, _ISOLATE_END = "\u2068", "\u2069"


def visible_text(text: str, limit: int | None = None) -> str:
    """Text safe to show: control characters made visible, and the direction isolated (RTL, bidi tricks).

    Line breaks and tabs are kept for multi-line display; with ``limit`` the text is one line, shortened.
    """
    out: list[str] = []
    for ch in text:
        if ch in "\n\t" and limit is None:
            out.append(ch)
        elif ch == "\n":
            out.append(" ⏎ ")
        elif ord(ch) < 0x20:
            out.append(chr(0x2400 + ord(ch)))  # the Control Pictures block: ␀ ␁ …
        elif ch == "\x7f":
            out.append("\u2421")
        elif unicodedata.category(ch) in ("Cs", "Co") or unicodedata.category(ch) == "Cc":
            out.append("\ufffd")
        elif ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            # Directional overrides in evidence can disguise text: show them, do not obey them.
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
        if limit is not None and len(out) > limit:
            out = out[:limit] + ["…"]
            break
    return _ISOLATE_START + "".join(out) + _ISOLATE_END
