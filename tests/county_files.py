"""Returns as the county receives them, for tests: real ones exported by a unit's store, and forged or
hand-edited copies (a payload changed and re-signed with any key, a visible cell changed)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from db import models
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.signing import new_private_key, sign
from kesu_desktop.county.inbox.sources import Candidate
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period, parse_period
from kesu_desktop.returns.export import export_return
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.workbook.layout import MANIFEST_SHEET, SUMMARY_SHEET, payload_shape, summary_layout
from kesu_desktop.returns.workbook.manifest import add_manifest_sheet
from kesu_desktop.returns.workbook.reader import read_return_workbook
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.moving import attach_to_server
from tests.conftest import new_store
from tests.postgres import county_engine, new_server_database

COUNTY_CODE = "141023000"


def county_store(folder: Path, *, demo: bool = False) -> tuple[Store, ReferenceData]:
    """A county office's folder, its store in the folder's file, or on a new database of the test server when
    ``KESU_TEST_COUNTY_ENGINE=postgresql`` (``python dev.py test-county-on-postgresql``)."""
    if county_engine() == "postgresql":
        attach_to_server(DataDir(folder), new_server_database())
    store, reference = new_store(DataDir(folder))
    with store.transaction() as session:
        save_installation(
            session, Setup(role="county", unit_code=COUNTY_CODE, clerk_name="李明"), reference, is_demo=demo
        )
    return store, reference


def demo_unit(folder: Path, unit_code: str, *, months: int, today: date, seed: int = 1) -> tuple[Store, ReferenceData]:
    """A demo unit folder with ``months`` months of generated records up to ``today``."""
    store, reference = new_store(DataDir(folder))
    with store.transaction() as session:
        save_installation(
            session, Setup(role="unit", unit_code=unit_code, clerk_name="王晓燕"), reference, is_demo=True
        )
        fill_demo(session, reference, months=months, seed=seed, today=today)
    return store, reference


def export(store: Store, reference: ReferenceData, period: str, out: Path, today: date) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    result = export_return(store, reference, parse_period(period), out, formats=("xlsx",), today=today, unfilled="zero")
    return next(path for path in result.files if path.suffix == ".xlsx")


def private_key(store: Store) -> bytes:
    with store.reading() as session:
        row = session.get(models.SigningKey, 1)
        assert row is not None
        return row.private_key


def named(*paths: Path) -> list[Candidate]:
    return [Candidate(path, scanned=False) for path in paths]


def forged(
    source: Path,
    target: Path,
    change: Callable[[dict[str, Any]], None] = lambda payload: None,
    *,
    key: bytes | None = None,
    resign: bool = True,
    cells: dict[str, Any] | None = None,
) -> Path:
    """A copy of ``source`` whose payload ``change`` edited and ``key`` (a fresh key unless given) signed again
    (or, not ``resign``, kept under the old signature), and whose summary sheet shows ``cells`` (coordinate →
    value) instead."""
    manifest = read_return_workbook(source).manifest
    payload = copy.deepcopy(manifest.payload)
    change(payload)
    signature = sign(payload, key if key is not None else new_private_key()) if resign else manifest.signature
    signed = SignedManifest(payload, signature)
    workbook = load_workbook(source)
    del workbook[MANIFEST_SHEET]
    add_manifest_sheet(workbook, signed)
    for coordinate, value in (cells or {}).items():
        workbook[SUMMARY_SHEET][coordinate] = value
    workbook.save(target)
    return target


def edited(source: Path, target: Path, cells: dict[str, Any]) -> Path:
    """A copy of ``source`` with summary cells changed by hand (the signed data untouched)."""
    workbook = load_workbook(source)
    for coordinate, value in cells.items():
        workbook[SUMMARY_SHEET][coordinate] = value
    workbook.save(target)
    return target


def header_cell(source: Path, name: str) -> str:
    """Where the summary sheet shows the header value ``name`` (unit_name, period, …)."""
    tables = read_return_workbook(source).manifest.payload["tables"]
    row, column = summary_layout(payload_shape(tables)).header_value(name)
    return f"{get_column_letter(column)}{row}"


def period_label(period: str) -> str:
    parsed: Period = parse_period(period)
    return parsed.label("zh_CN")
