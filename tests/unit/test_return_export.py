"""Exporting a return: both files named for unit, month and version, the month locked, and injected failures
(disk full and I/O errors mid-write, the folder vanishing) leave the previous file intact, no stray files,
and nothing recorded."""

from __future__ import annotations

import builtins
import errno
import io
import shutil
from datetime import date
from pathlib import Path

import pytest

from kesu_desktop.base.safe_write import TEMP_PREFIX, WriteError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.locks import PeriodLockedError, locked_version
from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.reference.periods import month_period
from kesu_desktop.returns.export import export_return, file_stem
from kesu_desktop.returns.ledger import reopen, versions
from kesu_desktop.returns.workbook.reader import read_return_workbook, verify_return_workbook
from tests.conftest import UNIT_CODE

MARCH = month_period(2025, 3)
DAY = date(2025, 3, 12)


@pytest.fixture
def store(unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(
            session,
            UNIT_CODE,
            ActivityInput(
                title="=SUM(A1) 科普讲座",
                start_date=DAY,
                end_date=DAY,
                form_code="lecture",
                target_group_codes=("farmers",),
                participants=60,
                women=25,
            ),
            reference,
            actor="王晓燕",
        )
    return unit_store


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_export_writes_both_files_and_locks_the_month(store, reference, out):
    steps = []
    result = export_return(store, reference, MARCH, out, today=date(2025, 4, 2), progress=lambda n, _: steps.append(n))
    stem = "襄汾县科普月报_新城镇_2025年03月_第1版"
    assert _files(out) == [f"{stem}.pdf", f"{stem}.xlsx"]
    assert steps == [0, 1, 2, 3]
    assert result.version == 1
    workbook = read_return_workbook(out / f"{stem}.xlsx")
    assert workbook.manifest.fingerprint == result.fingerprint
    assert verify_return_workbook(out / f"{stem}.xlsx").ok
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") == 1
        assert versions(session, UNIT_CODE, "2025-03")[0].fingerprint == result.fingerprint
    with pytest.raises(PeriodLockedError):
        export_return(store, reference, MARCH, out)


def test_a_correction_is_version_two_and_lists_what_changed(store, reference, out):
    export_return(store, reference, MARCH, out)
    with store.transaction() as session:
        reopen(session, UNIT_CODE, "2025-03", "漏报", actor="a")
        add_activity(
            session,
            UNIT_CODE,
            ActivityInput(
                title="补报讲座",
                start_date=DAY,
                end_date=DAY,
                form_code="lecture",
                target_group_codes=("elderly",),
                participants=30,
            ),
            reference,
            actor="a",
        )
    result = export_return(store, reference, MARCH, out)
    assert result.version == 2
    stem = file_stem("新城镇", MARCH, 2)
    assert stem.endswith("第2版更正")
    manifest = read_return_workbook(out / f"{stem}.xlsx").manifest
    assert manifest.payload["is_correction"] is True
    assert any("补报讲座" in line for line in manifest.payload["corrections"])


def test_only_months_and_known_formats(store, reference, out):
    from kesu_desktop.base.errors import KesuError
    from kesu_desktop.reference.periods import parse_period

    with pytest.raises(KesuError):
        export_return(store, reference, parse_period("2025-Q1"), out)
    with pytest.raises(KesuError):
        export_return(store, reference, MARCH, out, formats=("docx",))
    assert _files(out) == []


class _Failing:
    """A file whose writes fail with ``error`` once ``after`` bytes have gone through."""

    def __init__(self, handle, error_number, after, on_first_write=None):
        self.handle, self.error_number, self.after, self.written = handle, error_number, after, 0
        self.on_first_write = on_first_write

    def write(self, data):
        if self.on_first_write is not None:
            self.on_first_write()
            self.on_first_write = None
        if self.error_number is not None and self.written + len(data) > self.after:
            raise OSError(self.error_number, "injected")
        self.written += len(data)
        return self.handle.write(data)

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def _inject(monkeypatch, error_number, after=2048, on_first_write=None):
    real_open = builtins.open

    def opener(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if TEMP_PREFIX in str(file) and any(flag in mode for flag in "wax"):
            return _Failing(handle, error_number, after, on_first_write)
        return handle

    monkeypatch.setattr(builtins, "open", opener)
    monkeypatch.setattr(io, "open", opener)


@pytest.mark.parametrize("error_number", [errno.ENOSPC, errno.EIO])
def test_a_failure_mid_write_keeps_the_previous_file_and_records_nothing(
    store, reference, out, monkeypatch, error_number
):
    stem = file_stem("新城镇", MARCH, 1)
    previous = out / f"{stem}.xlsx"
    previous.write_bytes(b"the previous good file")
    _inject(monkeypatch, error_number)
    with pytest.raises(WriteError) as caught:
        export_return(store, reference, MARCH, out)
    monkeypatch.undo()
    assert previous.read_bytes() == b"the previous good file"
    assert _files(out) == [previous.name]
    reason = {errno.ENOSPC: "满", errno.EIO: "U盘"}[error_number]
    assert reason in Translator("zh_CN").render(caught.value)
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") is None
        assert versions(session, UNIT_CODE, "2025-03") == []
    export_return(store, reference, MARCH, out)
    assert previous.read_bytes() != b"the previous good file"


def test_the_folder_vanishing_mid_write_is_reported_and_records_nothing(store, reference, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    _inject(monkeypatch, None, on_first_write=lambda: shutil.rmtree(stick))
    with pytest.raises(WriteError):
        export_return(store, reference, MARCH, stick)
    monkeypatch.undo()
    assert not stick.exists()
    with store.reading() as session:
        assert versions(session, UNIT_CODE, "2025-03") == []


def test_a_failure_writing_the_pdf_leaves_no_workbook_locked_in(store, reference, out, monkeypatch):
    import kesu_desktop.returns.export as module

    def broken_pdf(*args, **kwargs):
        raise OSError(errno.EIO, "injected")

    monkeypatch.setattr(module, "write_return_pdf", broken_pdf)
    with pytest.raises(OSError):
        export_return(store, reference, MARCH, out)
    with store.reading() as session:
        assert versions(session, UNIT_CODE, "2025-03") == []


def test_a_month_outside_every_plan_exports(store, reference, out):
    """The seeded plan ends in 2025; a 2026 return has no 有效期至 date and must still be written."""
    with store.transaction() as session:
        add_activity(
            session,
            UNIT_CODE,
            ActivityInput(
                title="新规划期的讲座",
                start_date=date(2026, 1, 8),
                end_date=date(2026, 1, 8),
                form_code="lecture",
                target_group_codes=("youth",),
                participants=50,
            ),
            reference,
            actor="a",
        )
    result = export_return(store, reference, month_period(2026, 1), out, today=date(2026, 2, 2))
    assert len(result.files) == 2
    assert verify_return_workbook(result.files[0]).ok
