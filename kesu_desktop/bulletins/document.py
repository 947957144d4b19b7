"""The county bulletin as a file: one unit's signed payload in a small JSON document (``.kesubulletin``), written
atomically by the county and read as untrusted by the township.

A file::

    {"format": "kesu-county-bulletin", "format_version": 1,
     "payload": {"bulletin_id", "issued_at", "county_code", "county_name", "unit_code", "unit_name",
                 "receipts": [{"period", "version", "fingerprint", "received_at", "timeliness", "days_late"}],
                 "send_backs": [{"period", "version", "fingerprint", "reason", "sent_at"}],
                 "shares": [{"plan_code", "plan_name", "target_code", "target_name", "measure_unit", "share",
                             "actual", "status"}],
                 "reference": {"fingerprint", "units", "activity_forms", "training_kinds", "campaigns",
                               "key_projects", "plans"} (kesu_desktop.reference.county_updates),
                 "notice": "…"},
     "public_key": "…", "signature": "…"}

The signature is the county's Ed25519 signature of the payload's canonical bytes (:mod:`kesu_desktop.base.signing`).
Reading checks the size before parsing, the document's shape and every type the township relies on, then the
signature; any failure is one :class:`BulletinRefusedError` with a one-line reason, nothing having been stored.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.safe_write import bytes_writer, write_atomically
from kesu_desktop.base.signing import Signature, sign
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.returns.manifest import SignedManifest

FORMAT, FORMAT_VERSION = "kesu-county-bulletin", 1
SUFFIX = ".kesubulletin"
MAX_BYTES = 2_000_000  # a unit's bulletin of ten years of receipts is under 200 KB

_NOT_READABLE = QT_TRANSLATE_NOOP(
    "Errors", "The file {path} could not be read; check that its drive is still there and try again."
)
_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "The file {path} is {size} bytes, far more than a county bulletin; it is not one, or it is damaged."
)
_NOT_A_BULLETIN = QT_TRANSLATE_NOOP(
    "Errors", "The file {path} is not a county bulletin of KeSu, or it is damaged ({detail}); nothing was changed."
)
_NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors",
    "The bulletin {path} is written in format {version}, newer than this KeSu reads; install the newer version "
    "of KeSu the county uses.",
)
_FORGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The bulletin {path} does not match its signature: it was changed after the county wrote it; ask the county "
    "for a new one. Nothing was changed.",
)


class BulletinRefusedError(KesuError):
    """A bulletin file refused as a whole before anything was stored: unreadable, damaged, forged, or not one."""


class SignedBulletin(SignedManifest):
    """A bulletin's payload with the county's signature (fingerprints as a return's manifest has them)."""

    @property
    def unit_code(self) -> str:
        return str(self.payload["unit_code"])

    @property
    def issued_at(self) -> datetime:
        return datetime.fromisoformat(str(self.payload["issued_at"]))


def write_bulletin(path: Path, payload: dict[str, Any], private_key: bytes) -> Path:
    """Sign ``payload`` and write it to ``path``, whole or not at all."""
    signature = sign(payload, private_key)
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "payload": payload,
        "public_key": signature.public_key,
        "signature": signature.value,
    }
    data = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()
    return write_atomically(path, bytes_writer(data), check=lambda written: _check_written(written, path))


def _check_written(written: Path, path: Path) -> None:
    read_bulletin(written, shown_as=path)


def read_bulletin(path: Path, *, shown_as: Path | None = None) -> SignedBulletin:
    """The bulletin at ``path``, checked as untrusted; raises :class:`BulletinRefusedError`."""
    shown = str(shown_as or path)
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BYTES:
                raise BulletinRefusedError(_TOO_BIG, path=shown, size=size)
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise BulletinRefusedError(_NOT_READABLE, path=shown) from error
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BulletinRefusedError(_NOT_A_BULLETIN, path=shown, detail="not JSON") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BulletinRefusedError(_NOT_A_BULLETIN, path=shown, detail="no bulletin format")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BulletinRefusedError(_NOT_A_BULLETIN, path=shown, detail="no format version")
    if version > FORMAT_VERSION:
        raise BulletinRefusedError(_NEWER_FORMAT, path=shown, version=version)
    payload, key, value = document.get("payload"), document.get("public_key"), document.get("signature")
    if not isinstance(payload, dict) or not isinstance(key, str) or not isinstance(value, str):
        raise BulletinRefusedError(_NOT_A_BULLETIN, path=shown, detail="no signed payload")
    problem = payload_problem(payload)
    if problem is not None:
        raise BulletinRefusedError(_NOT_A_BULLETIN, path=shown, detail=problem)
    bulletin = SignedBulletin(payload, Signature(key, value))
    if not bulletin.is_authentic():
        raise BulletinRefusedError(_FORGED, path=shown)
    return bulletin


_TEXT = ("bulletin_id", "issued_at", "county_code", "county_name", "unit_code", "unit_name", "notice")
_LISTS: dict[str, dict[str, type]] = {
    "receipts": {"period": str, "version": int, "fingerprint": str, "received_at": str, "timeliness": str},
    "send_backs": {"period": str, "version": int, "fingerprint": str, "reason": str, "sent_at": str},
    "shares": {"plan_code": str, "target_code": str, "target_name": str, "measure_unit": str},
}


def payload_problem(payload: dict[str, Any]) -> str | None:
    """What is wrong with a payload's shape (in a few words, for the refusal), or None."""
    for key in _TEXT:
        if not isinstance(payload.get(key), str):
            return f"{key} missing"
    try:
        datetime.fromisoformat(payload["issued_at"])
        uuid.UUID(payload["bulletin_id"])
    except ValueError:
        return "issued_at or bulletin_id malformed"
    for key, fields in _LISTS.items():
        items = payload.get(key)
        if not isinstance(items, list):
            return f"{key} missing"
        for item in items:
            if not isinstance(item, dict):
                return f"{key} malformed"
            for name, kind in fields.items():
                value = item.get(name)
                if not isinstance(value, kind) or isinstance(value, bool):
                    return f"{key}.{name} malformed"
    return _reference_problem(payload.get("reference"))


_REFERENCE_LISTS = ("units", "activity_forms", "training_kinds", "campaigns", "key_projects", "plans")


def _reference_problem(update: object) -> str | None:
    if update is None:
        return None
    if not isinstance(update, dict) or not isinstance(update.get("fingerprint"), str):
        return "reference malformed"
    for key in _REFERENCE_LISTS:
        rows = update.get(key, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) and isinstance(r.get("code"), str) for r in rows):
            return f"reference.{key} malformed"
    for plan in update.get("plans", []):
        targets = plan.get("targets")
        if not isinstance(targets, list) or not all(
            isinstance(t, dict) and isinstance(t.get("code"), str) and isinstance(t.get("figure"), str) for t in targets
        ):
            return "reference.plans malformed"
    return None


def bulletins_for(unit_code: str, folders: Iterable[Path]) -> list[Path]:
    """The bulletin files of ``unit_code`` (named ``{code}_…``, as the county writes them) at the top of each of
    ``folders`` and one folder down (a stick's folder for the returns), the newest name last; a folder that cannot
    be read (a stick pulled out) is passed over."""
    found: list[Path] = []
    for folder in folders:
        for pattern in (f"{unit_code}_*{SUFFIX}", f"*/{unit_code}_*{SUFFIX}"):
            try:
                found += [path for path in folder.glob(pattern) if path.is_file()]
            except OSError:
                continue
    return sorted(set(found), key=lambda path: path.name)
