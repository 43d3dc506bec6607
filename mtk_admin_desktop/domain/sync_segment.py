"""Segment files of the shared folder: gzip'd JSON lines with a header, the ops and a checked footer.

A segment holds a run of one device's operations (gapless ``dev_seq``). It is written once and never
changed. The file is ``header`` + one line per op + ``footer``; the footer carries the count and the
SHA-256 of everything before it (the *body*), and the header names the share, device, segment number,
the body hash of the previous segment (a chain) and the op range. The encoding is deterministic (gzip
mtime 0, canonical JSON), so the owner can regenerate a damaged segment byte for byte.

Pure Python: the engine in ``services/sync_engine.py`` does the file work.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from mtk_admin_desktop.domain.oplog import Op
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

FORMAT = 1  # segment and SYNCROOT format this code writes and reads
ROOT_DIR = "mtk-admin-sync"
ROOT_MARKER = "SYNCROOT.json"
_SHA = re.compile(r"^[0-9a-f]{64}$")

# Limits on what is read from the share (docs/sync.md "Limits on reading"). A writer cuts segments so
# their body stays under SEGMENT_TARGET_BODY (one op larger than that gets a segment of its own); a
# reader refuses a file above MAX_SEGMENT_FILE and stops decompressing past MAX_SEGMENT_BODY.
SEGMENT_TARGET_BODY = 8 * 1024 * 1024
MAX_SEGMENT_BODY = 48 * 1024 * 1024
MAX_SEGMENT_FILE = 48 * 1024 * 1024
MAX_BLOB = 128 * 1024 * 1024
MAX_MARKER = 64 * 1024


class SegmentError(ValueError):
    """A segment file that fails a check; ``reason`` is a short code, ``text`` a message for people."""

    def __init__(self, reason: str, text: Text) -> None:
        super().__init__(text.english())
        self.reason = reason
        self.text = text


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def seg_name(seq: int, repair: int = 0) -> str:
    """File name of segment ``seq`` (``repair`` > 0: the owner's re-upload of a damaged one)."""
    return f"{seq:012d}.jsonl.gz" if repair == 0 else f"{seq:012d}.r{repair}.jsonl.gz"


def seg_path(device: str, seq: int, repair: int = 0) -> str:
    return f"devices/{device}/seg/{seg_name(seq, repair)}"


def blob_path(sha256: str) -> str:
    return f"blobs/{sha256[:2]}/{sha256[2:4]}/{sha256}"


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and bool(_SHA.match(text))


@dataclass(frozen=True)
class Segment:
    """A decoded, checked segment."""

    share: str
    device: str
    seq: int
    prev: str  # body hash of segment seq-1 ("" for the first)
    first: int  # first dev_seq
    last: int  # last dev_seq
    ops: tuple[Op, ...]
    body_sha: str
    key: str = ""  # the writer's Ed25519 public key (base64), in the header; "" for an unsigned segment
    sig: str = ""  # the footer's signature (base64) over signed_segment_message(body_sha)


def signed_segment_message(body_sha: str) -> bytes:
    """What a device signs for a segment: its body hash (the body names share, device, number, key)."""
    return b"mtk-admin-segment:v1:" + body_sha.encode("ascii")


def encode_segment(
    share: str,
    device: str,
    seq: int,
    prev: str,
    ops: Sequence[Op],
    key: str = "",
    sign: Callable[[bytes], str] | None = None,
) -> tuple[bytes, str]:
    """The file bytes of a segment and its body hash. ``ops`` are one device's, in dev_seq order.

    With ``key`` (the public key, base64) and ``sign`` (makes a base64 Ed25519 signature), the header
    names the key and the footer carries the signature of the body hash. Ed25519 signatures are
    deterministic, so a signed segment too is the same bytes every time it is made.
    """
    if not ops:
        raise ValueError("a segment holds at least one op")
    header: dict[str, Any] = {
        "type": "header",
        "format": FORMAT,
        "share": share,
        "device": device,
        "seq": seq,
        "prev": prev,
        "count": len(ops),
        "first": ops[0].dev_seq,
        "last": ops[-1].dev_seq,
    }
    if key and sign is not None:
        header["key"] = key
    lines = [_canonical(header)] + [_canonical(op.to_json()) for op in ops]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    body_sha = hashlib.sha256(body).hexdigest()
    footer_data: dict[str, Any] = {"type": "footer", "count": len(ops), "sha256": body_sha}
    if key and sign is not None:
        footer_data["sig"] = sign(signed_segment_message(body_sha))
    footer = (_canonical(footer_data) + "\n").encode("utf-8")
    return gzip.compress(body + footer, compresslevel=6, mtime=0), body_sha


def _bad(reason: str, source: str, **params: Any) -> SegmentError:
    return SegmentError(reason, Text("Sync", source, params))


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Decompress gzip ``data`` (CRC checked) to at most ``limit`` bytes; :class:`SegmentError` otherwise.

    A few kilobytes of gzip can expand to gigabytes: the output is read in steps and given up past
    the limit, so memory stays bounded whatever the file says.
    """
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as fh:
            raw = fh.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise _bad(
            "gzip",
            QT_TRANSLATE_NOOP("Sync", "damaged or incomplete file ({detail})"),
            detail=str(exc) or exc.__class__.__name__,
        ) from None
    if len(raw) > limit:
        raise _bad(
            "too_large",
            QT_TRANSLATE_NOOP("Sync", "the file unpacks to more than {limit} MB"),
            limit=limit // (1024 * 1024),
        )
    return raw


# What json.loads runs (the default decoder's scanner), without its per-call wrapping.
_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _load_line(line: str) -> Any:
    """``json.loads(line)``, faster for the usual line (one JSON value, nothing around it)."""
    try:
        value, end = _SCAN(line, 0)
    except StopIteration:
        return json.loads(line)  # raises the error json.loads gives
    return value if end == len(line) else json.loads(line)


_OP_FIELDS = ("op_id", "device", "dev_seq", "hlc", "tbl", "row_id", "kind", "field", "value", "prev", "seen",
              "author")


def _op_of(d: Any) -> Op:
    """``Op.from_json(d)`` for a decoded op line; the usual one (every part of its JSON type) built
    without conversions: a first pull makes 100,000 of them."""
    if type(d) is not dict:
        return Op.from_json(d)
    get = d.get
    parts = (get("op"), get("dev"), get("seq"), get("hlc"), get("tbl"), get("row"), get("kind"), get("field"),
             get("value"), get("prev", ()), get("seen", ()), get("author", ""))
    op_id, device, dev_seq, hlc, tbl, row_id, kind, name, _value, prev, seen, author = parts
    if not (
        type(op_id) is str and type(device) is str and type(dev_seq) is int and type(hlc) is str
        and type(tbl) is str and type(row_id) is str and (kind == "set" or kind == "del")
        and type(kind) is str and type(name) is str and type(author) is str
        and type(prev) is list and type(seen) is list
        and all(type(ref) is str for ref in prev) and all(type(ref) is str for ref in seen)
    ):
        return Op.from_json(d)  # converts what it can, raises for what it cannot
    op = object.__new__(Op)
    # The fields of the frozen dataclass, as its __init__ sets them (with prev and seen as tuples).
    op.__dict__.update(zip(_OP_FIELDS, (*parts[:9], tuple(prev), tuple(seen), author), strict=True))
    return op


_OP_KEYS = frozenset(
    {"op", "dev", "seq", "hlc", "tbl", "row", "kind", "field", "value", "prev", "seen", "author"}
)
# The key under which an op decoded from a segment line keeps the JSON text of its value as the line
# held it (in the op's ``__dict__``, beside the dataclass fields: not a field, so equality, hashing,
# ``replace`` and ``to_json`` ignore it). The log stores that text instead of encoding the value again.
WIRE = "_wire"


def _line_op(line: str) -> Op:
    """``_op_of(_load_line(line))``, keeping the JSON text of the value (:data:`WIRE`) when it can be
    cut from the line with certainty.

    The text is kept only if the line is an object with exactly the op's keys, and the last
    ``"value":`` in it is followed by one JSON value that ends right before the line's closing brace.
    That is the object's last member (a member of a nested object or list ends before an inner
    closing bracket; inside a string, ``"value":`` can only end a key, and no key of the op's set
    holds a quote), and its key is ``value``: the text is exactly what ``op.value`` was parsed from.
    """
    d = _load_line(line)
    if type(d) is not dict or d.keys() != _OP_KEYS:
        return _op_of(d)
    op_id, device, dev_seq, hlc, tbl, row_id = d["op"], d["dev"], d["seq"], d["hlc"], d["tbl"], d["row"]
    kind, name, value, prev, seen = d["kind"], d["field"], d["value"], d["prev"], d["seen"]
    author = d["author"]
    if not (
        type(op_id) is str and type(device) is str and type(dev_seq) is int and type(hlc) is str
        and type(tbl) is str and type(row_id) is str and (kind == "set" or kind == "del")
        and type(kind) is str and type(name) is str and type(author) is str
        and type(prev) is list and type(seen) is list
    ):
        return _op_of(d)
    try:
        # Items of a decoded JSON list are JSON values: joining them fails for anything but text.
        if prev:
            "".join(prev)
        if seen:
            "".join(seen)
    except TypeError:
        return _op_of(d)
    op = object.__new__(Op)
    # The fields of the frozen dataclass as its __init__ sets them (prev and seen as tuples), and the
    # value's text when it is certain (see above).
    fields = {"op_id": op_id, "device": device, "dev_seq": dev_seq, "hlc": hlc, "tbl": tbl, "row_id": row_id,
              "kind": kind, "field": name, "value": value, "prev": tuple(prev), "seen": tuple(seen),
              "author": author}
    start = line.rfind('"value":') + 8
    if start > 8:
        try:
            end = _SCAN(line, start)[1]
        except (StopIteration, ValueError, RecursionError):
            end = -1
        if end == len(line) - 1 and line[end] == "}":
            fields[WIRE] = line[start:end]
    object.__setattr__(op, "__dict__", fields)
    return op


def wire_text(op: Op) -> str | None:
    """The JSON text of ``op.value`` as its segment line held it, or None (not from a segment line)."""
    text: str | None = op.__dict__.get(WIRE)
    return text


# A JSON escape of a UTF-16 surrogate (\\uD800-\\uDFFF): the only way a lone surrogate gets into a
# decoded string (the body itself is strict UTF-8).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(lines: list[str]) -> bool:
    """True if a line decodes to text with a lone surrogate (``"\\ud800"``): no database can store it
    (SQLite refuses it with an encoding error), so such a file is refused whole, as malformed, instead
    of failing every sync from then on. A surrogate *pair* decodes to one character and is fine."""
    for line in lines:
        if "\\u" in line and _SURROGATE_ESCAPE.search(line):
            try:
                json.dumps(json.loads(line), ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                return True
            except (ValueError, RecursionError):
                continue  # malformed in another way: the checks below say so
    return False


def decode_segment(data: bytes, share: str, device: str, seq: int) -> Segment:
    """Check and decode a segment that should be ``device``'s number ``seq`` on ``share``.

    Raises :class:`SegmentError` for a truncated or damaged file (gzip CRC), a missing or wrong footer,
    a header that disagrees with the file's name, or ops that are not the header's gapless range.
    """
    raw = gunzip_bounded(data, MAX_SEGMENT_BODY)
    if not raw.endswith(b"\n"):
        raise _bad("footer", QT_TRANSLATE_NOOP("Sync", "the file has no footer (incomplete)"))
    cut = raw.rfind(b"\n", 0, len(raw) - 1) + 1
    body, footer_line = raw[:cut], raw[cut:]
    try:
        footer = json.loads(footer_line)
        lines = body.decode("utf-8").split("\n")[:-1]
        header = json.loads(lines[0]) if lines else None
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _bad("json", QT_TRANSLATE_NOOP("Sync", "the file is not valid JSON lines")) from None
    if not isinstance(footer, dict) or footer.get("type") != "footer":
        raise _bad("footer", QT_TRANSLATE_NOOP("Sync", "the file has no footer (incomplete)"))
    if _has_lone_surrogate(lines):
        raise _bad("op", QT_TRANSLATE_NOOP("Sync", "an operation in the file is malformed"))
    body_sha = hashlib.sha256(body).hexdigest()
    if footer.get("sha256") != body_sha:
        raise _bad("checksum", QT_TRANSLATE_NOOP("Sync", "the checksum does not match the content"))
    if not isinstance(header, dict) or header.get("type") != "header":
        raise _bad("header", QT_TRANSLATE_NOOP("Sync", "the file has no header"))
    if not isinstance(header.get("format"), int) or header["format"] > FORMAT:
        raise _bad(
            "format",
            QT_TRANSLATE_NOOP("Sync", "written by a newer version of the program (format {found})"),
            found=header.get("format"),
        )
    if header.get("share") != share or header.get("device") != device or header.get("seq") != seq:
        raise _bad("header", QT_TRANSLATE_NOOP("Sync", "the header does not match the file's place"))
    count = len(lines) - 1
    if header.get("count") != count or footer.get("count") != count or count < 1:
        raise _bad("count", QT_TRANSLATE_NOOP("Sync", "the number of operations does not match"))
    try:
        ops = tuple([_line_op(line) for line in lines[1:]])
        first, last, prev = int(header["first"]), int(header["last"]), str(header["prev"])
    except (KeyError, TypeError, ValueError, RecursionError):
        raise _bad("op", QT_TRANSLATE_NOOP("Sync", "an operation in the file is malformed")) from None
    expected = list(range(first, last + 1))
    if [op.dev_seq for op in ops] != expected or any(op.device != device for op in ops):
        raise _bad("range", QT_TRANSLATE_NOOP("Sync", "the operations are not the device's gapless sequence"))
    key, sig = header.get("key", ""), footer.get("sig", "")
    if not isinstance(key, str) or not isinstance(sig, str) or bool(key) != bool(sig) or len(key + sig) > 400:
        raise _bad("signature", QT_TRANSLATE_NOOP("Sync", "the file's signature is malformed"))
    return Segment(share, device, seq, prev, first, last, ops, body_sha, key, sig)


def op_size(op: Op) -> int:
    """Bytes the op takes in a segment body (its canonical JSON line)."""
    return len(_canonical(op.to_json()).encode("utf-8")) + 1


def fit_ops(ops: Sequence[Op], target: int = SEGMENT_TARGET_BODY) -> list[Op]:
    """The leading ops whose lines stay within ``target`` bytes (at least one op)."""
    size = 0
    for count, op in enumerate(ops):
        size += op_size(op)
        if size > target and count > 0:
            return list(ops[:count])
    return list(ops)


def looks_foreign(data: bytes, share: str, device: str, seq: int) -> bool:
    """True if ``data`` (found under a segment name of ``device``) cannot be a segment this program
    wrote for that place, even a damaged one: not gzip at all, or its first line is complete and is
    not the header for (share, device, seq). A file that might be a damaged copy of ours is not foreign.
    """
    if len(data) >= 2 and data[:2] != b"\x1f\x8b":
        return True
    try:
        head = zlib.decompressobj(wbits=31).decompress(data, 4096)
    except zlib.error:
        return False
    if b"\n" not in head:
        return False
    try:
        header = json.loads(head.split(b"\n", 1)[0])
    except (ValueError, RecursionError):
        return True
    return not (
        isinstance(header, dict)
        and header.get("type") == "header"
        and header.get("share") == share
        and header.get("device") == device
        and header.get("seq") == seq
    )


def blob_refs(value: Any) -> list[str]:
    """SHA-256 strings a ``blob_fields`` value refers to: a sha, a list of shas, or dicts with ``sha256``.

    JSON text of such a list is understood too (a field may hold it undecoded).
    """
    if isinstance(value, str):
        if is_sha256(value):
            return [value]
        if value.startswith("["):
            try:
                return blob_refs(json.loads(value))
            except ValueError:
                return []
        return []
    found: list[str] = []
    if isinstance(value, list):
        for item in value:
            if is_sha256(item):
                found.append(item)
            elif isinstance(item, dict) and is_sha256(item.get("sha256")):
                found.append(item["sha256"])
    return found


def refs_of_ops(ops: Iterable[Op], blob_fields: dict[str, frozenset[str]]) -> list[str]:
    """Every blob the ops refer to, each once, in first-seen order."""
    seen: dict[str, None] = {}
    for op in ops:
        if op.field in blob_fields.get(op.tbl, frozenset()):
            for sha in blob_refs(op.value):
                seen.setdefault(sha, None)
    return list(seen)


def root_marker(share_id: str, created_at: str, created_by: str) -> bytes:
    """The bytes of a new ``SYNCROOT.json``."""
    return (
        json.dumps(
            {
                "app": "mtk-admin-desktop",
                "format": FORMAT,
                "share_id": share_id,
                "created_at": created_at,
                "created_by": created_by,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    ).encode("utf-8")


def parse_root_marker(data: bytes) -> dict[str, Any]:
    """The content of ``SYNCROOT.json``; raises :class:`SegmentError` if it is not ours or too new."""
    try:
        marker = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _bad("root", QT_TRANSLATE_NOOP("Sync", "the shared folder's marker file is damaged")) from None
    if not isinstance(marker, dict) or not isinstance(marker.get("share_id"), str):
        raise _bad("root", QT_TRANSLATE_NOOP("Sync", "the shared folder's marker file is damaged"))
    if not isinstance(marker.get("format"), int) or marker["format"] > FORMAT:
        raise _bad(
            "too_new",
            QT_TRANSLATE_NOOP(
                "Sync",
                "the shared folder was made by a newer version of the program (format {found}); "
                "update this program",
            ),
            found=marker.get("format"),
        )
    return marker
