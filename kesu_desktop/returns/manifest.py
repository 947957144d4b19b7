"""The machine-readable content of a return: what the county imports, and what is signed.

The payload holds the format version, unit, period, return version, creation time, app version, whether
it was made from demo data, every record and every table of the form, the Table 2 mapping it used, and for
a correction the reason and the changes (``docs/return-format.md`` describes each format version). It is
signed with the installation's key; the workbook carries it, and its fingerprint (with the key's) is printed
on the PDF so paper and file can be matched.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kesu_desktop import __version__
from kesu_desktop.base.signing import Signature, fingerprint, key_fingerprint, sign, verify
from kesu_desktop.records.figures import NotApplicable
from kesu_desktop.records.types import Activity, ActivityInput, Training, TrainingInput
from kesu_desktop.returns.form import Cell, ReturnForm

FORMAT = "kesu-monthly-return"


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def signed_cell(cell: Cell) -> int | str | None:
    """A table's cell as the signed payload holds it: a whole number, "not_applicable", or null."""
    return "not_applicable" if isinstance(cell, NotApplicable) else cell


def record_payload(record: Activity | Training) -> dict[str, Any]:
    return payload_record(record.meta.id, record.data)


def payload_record(record_id: uuid.UUID, data: ActivityInput | TrainingInput) -> dict[str, Any]:
    """A record as a return's payload carries it: its number and every field, as plain JSON values."""
    return {"id": str(record_id), **_plain(asdict(data))}


@dataclass(frozen=True)
class ReturnIdentity:
    """What makes one exported return distinct: its id, version, and when and by which installation."""

    return_id: uuid.UUID
    version: int
    is_correction: bool
    created_at: datetime
    installation_id: uuid.UUID


def build_payload(form: ReturnForm, identity: ReturnIdentity) -> dict[str, Any]:
    header = form.header
    return {
        "format": FORMAT,
        "format_version": form.format_version,
        "app_version": __version__,
        "return_id": str(identity.return_id),
        "installation_id": str(identity.installation_id),
        "unit_code": header.unit_code,
        "unit_name": header.unit_name,
        "period": header.period.code,
        "version": identity.version,
        "is_correction": identity.is_correction,
        "created_at": identity.created_at.isoformat(timespec="seconds"),
        "header": {
            "clerk": header.clerk,
            "phone": header.phone,
            "reviewer": header.reviewer,
            "responsible": header.responsible,
            "filled_on": header.filled_on.isoformat(),
        },
        "tables": [
            {
                "number": table.number,
                "rows": [{"code": r.code, "cells": [signed_cell(c) for c in r.cells]} for r in table.rows],
            }
            for table in form.tables
        ],
        "demo": form.is_demo,
        "national_mapping": dict(form.national_mapping),
        "correction": (
            {"reason": form.correction_reason, "changes": list(form.corrections)} if identity.is_correction else None
        ),
        "activities": [record_payload(a) for a in form.activities],
        "trainings": [record_payload(t) for t in form.trainings],
    }


@dataclass(frozen=True)
class SignedManifest:
    payload: dict[str, Any]
    signature: Signature

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.payload)

    @property
    def key_fingerprint(self) -> str:
        return key_fingerprint(self.signature.public_key)

    def is_authentic(self) -> bool:
        return verify(self.payload, self.signature)

    def as_document(self) -> dict[str, Any]:
        return {"payload": self.payload, "public_key": self.signature.public_key, "signature": self.signature.value}

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> SignedManifest:
        return cls(document["payload"], Signature(document["public_key"], document["signature"]))


def signed_manifest(form: ReturnForm, identity: ReturnIdentity, private_key: bytes) -> SignedManifest:
    payload = build_payload(form, identity)
    return SignedManifest(payload, sign(payload, private_key))
