"""Exporting a return: both files named for unit, month and version, the month locked; refused for a month not
begun, the current month unless confirmed, and while period-end figures are not filled in unless told how to
report them. Injected failures (disk full and I/O errors mid-write, the folder vanishing, the PDF failing, a
kill between the two files) leave no finished-looking file the store does not know, never reuse a version, and
lock nothing; a killed export is settled at the next start. A print preview records and locks nothing."""

from __future__ import annotations

import builtins
import errno
import io
import shutil
from datetime import date
from pathlib import Path

import pytest

from db import models
from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.safe_write import TEMP_PREFIX, WriteError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import NOT_APPLICABLE, read_figures, save_figures
from kesu_desktop.records.locks import PeriodLockedError, locked_version
from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.reference.periods import month_period, parse_period
from kesu_desktop.returns import export as export_module
from kesu_desktop.returns.export import EarlyExportError, UnfilledFiguresError, export_return, file_stem, preview_pdf
from kesu_desktop.returns.interrupted import reconcile_interrupted_exports
from kesu_desktop.returns.ledger import month_statuses, reopen, versions
from kesu_desktop.returns.workbook.reader import read_return_workbook, verify_return_workbook
from tests.conftest import UNIT_CODE

MARCH = month_period(2025, 3)
DAY = date(2025, 3, 12)
APRIL_2ND = date(2025, 4, 2)
STEM_1 = "襄汾县科普月报_新城镇_2025年03月_第1版"


def lecture(title: str = "=SUM(A1) 科普讲座", day: date = DAY, participants: int = 60) -> ActivityInput:
    return ActivityInput(
        title=title,
        start_date=day,
        end_date=day,
        form_code="lecture",
        target_group_codes=("farmers",),
        participants=participants,
        women=25,
    )


def fill_figures(store, reference, period: str) -> None:
    with store.transaction() as session:
        figures = {indicator.code: 3 for indicator in reference.stock_indicators}
        save_figures(session, UNIT_CODE, period, figures, reference, actor="王晓燕")


@pytest.fixture
def bare_store(unit_store, reference):
    """One activity in March 2025, no period-end figures."""
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, lecture(), reference, actor="王晓燕")
    return unit_store


@pytest.fixture
def store(bare_store, reference):
    fill_figures(bare_store, reference, "2025-03")
    return bare_store


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def _states(store) -> list[tuple[int, str]]:
    with store.reading() as session:
        rows = session.query(models.ReturnVersion).order_by(models.ReturnVersion.version)
        return [(row.version, row.state) for row in rows]


def test_export_writes_both_files_and_locks_the_month(store, reference, out):
    steps = []
    result = export_return(store, reference, MARCH, out, today=APRIL_2ND, progress=lambda n, _: steps.append(n))
    assert _files(out) == [f"{STEM_1}.pdf", f"{STEM_1}.xlsx"]
    assert sorted(steps) == [0, 1, 2, 3]
    assert result.version == 1
    assert [path.suffix for path in result.files] == [".xlsx", ".pdf"]
    workbook = read_return_workbook(out / f"{STEM_1}.xlsx")
    assert workbook.manifest.fingerprint == result.fingerprint
    assert workbook.manifest.payload["format_version"] == 2
    assert workbook.manifest.payload["demo"] is False
    assert verify_return_workbook(out / f"{STEM_1}.xlsx").ok
    assert _states(store) == [(1, "exported")]
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") == 1
        assert versions(session, UNIT_CODE, "2025-03")[0].fingerprint == result.fingerprint
        assert versions(session, UNIT_CODE, "2025-03")[0].files == (f"{STEM_1}.pdf", f"{STEM_1}.xlsx")
    with pytest.raises(PeriodLockedError):
        export_return(store, reference, MARCH, out, today=APRIL_2ND)


def test_a_correction_is_the_next_version_and_carries_its_reason_and_changes(store, reference, out):
    export_return(store, reference, MARCH, out, today=APRIL_2ND)
    with store.transaction() as session:
        reopen(session, UNIT_CODE, "2025-03", "漏报一次讲座", actor="a")
        add_activity(session, UNIT_CODE, lecture("补报讲座", participants=30), reference, actor="a")
    result = export_return(store, reference, MARCH, out, today=APRIL_2ND)
    assert result.version == 2
    stem = file_stem("新城镇", MARCH, 2, correction=True)
    assert stem.endswith("第2版更正")
    manifest = read_return_workbook(out / f"{stem}.xlsx").manifest
    assert manifest.payload["is_correction"] is True
    correction = manifest.payload["correction"]
    assert correction["reason"] == "漏报一次讲座"
    assert any("补报讲座" in line for line in correction["changes"])


def test_a_correction_that_changes_nothing_is_refused_and_the_month_stays_open(store, reference, out):
    export_return(store, reference, MARCH, out, today=APRIL_2ND)
    with store.transaction() as session:
        reopen(session, UNIT_CODE, "2025-03", "核对", actor="a")
    with pytest.raises(KesuError) as refused:
        export_return(store, reference, MARCH, out, today=APRIL_2ND)
    assert "没有" in Translator("zh_CN").render(refused.value)
    assert len(_files(out)) == 2
    assert _states(store) == [(1, "exported")]
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") is None


def test_only_months_and_known_formats(store, reference, out):
    with pytest.raises(KesuError):
        export_return(store, reference, parse_period("2025-Q1"), out, today=APRIL_2ND)
    with pytest.raises(KesuError):
        export_return(store, reference, MARCH, out, formats=("docx",), today=APRIL_2ND)
    assert _files(out) == []


def test_a_month_that_has_not_begun_is_refused(store, reference, out):
    with pytest.raises(ValidationError) as refused:
        export_return(store, reference, month_period(2025, 5), out, today=APRIL_2ND, early=True)
    assert "2025-05" in Translator("zh_CN").render(refused.value)
    assert _files(out) == [] and _states(store) == []


def test_the_current_month_needs_the_clerks_confirmation(store, reference, out):
    before_the_end = date(2025, 3, 31)
    with pytest.raises(EarlyExportError):
        export_return(store, reference, MARCH, out, today=before_the_end)
    assert _files(out) == [] and _states(store) == []
    assert export_return(store, reference, MARCH, out, today=before_the_end, early=True).version == 1


def test_unfilled_figures_are_named_and_refused(bare_store, reference, out):
    with pytest.raises(UnfilledFiguresError) as refused:
        export_return(bare_store, reference, MARCH, out, today=APRIL_2ND)
    message = Translator("zh_CN").render(refused.value)
    assert "注册科技志愿者" in message and "10" in message
    assert len(refused.value.codes) == len(reference.stock_indicators)
    assert _files(out) == [] and _states(bare_store) == []


@pytest.mark.parametrize(("choice", "expected"), [("zero", 0), ("na", NOT_APPLICABLE)])
def test_unfilled_figures_reported_as_told_are_saved_as_such(bare_store, reference, out, choice, expected):
    with bare_store.transaction() as session:
        save_figures(session, UNIT_CODE, "2025-03", {"schools": 4}, reference, actor="a")
    export_return(bare_store, reference, MARCH, out, today=APRIL_2ND, unfilled=choice)
    with bare_store.reading() as session:
        figures = read_figures(session, UNIT_CODE, "2025-03")
    assert figures["schools"] == 4
    assert {code: value for code, value in figures.items() if code != "schools"} == dict.fromkeys(
        (i.code for i in reference.stock_indicators if i.code != "schools"), expected
    )
    shown = read_return_workbook(out / f"{STEM_1}.xlsx").figures()
    assert all("未填" not in str(value) for values in shown.values() for value in values)


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


def _inject(monkeypatch, error_number, after=2048, on_first_write=None, only=""):
    real_open = builtins.open

    def opener(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if TEMP_PREFIX in str(file) and str(file).endswith(only) and any(flag in mode for flag in "wax"):
            return _Failing(handle, error_number, after, on_first_write)
        return handle

    monkeypatch.setattr(builtins, "open", opener)
    monkeypatch.setattr(io, "open", opener)


@pytest.mark.parametrize("error_number", [errno.ENOSPC, errno.EIO])
@pytest.mark.parametrize("failing", [".pdf", ".xlsx"])
def test_a_failure_mid_write_leaves_no_file_locks_nothing_and_never_reuses_the_version(
    store, reference, out, monkeypatch, error_number, failing
):
    _inject(monkeypatch, error_number, only=failing)
    with pytest.raises(WriteError) as caught:
        export_return(store, reference, MARCH, out, today=APRIL_2ND)
    monkeypatch.undo()
    assert _files(out) == []
    reason = {errno.ENOSPC: "满", errno.EIO: "U盘"}[error_number]
    assert reason in Translator("zh_CN").render(caught.value)
    assert _states(store) == [(1, "abandoned")]
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") is None
        assert versions(session, UNIT_CODE, "2025-03") == []
        assert month_statuses(session, UNIT_CODE, 2025, APRIL_2ND)[2].state != "exported"
    result = export_return(store, reference, MARCH, out, today=APRIL_2ND)
    assert result.version == 2
    assert _files(out) == ["襄汾县科普月报_新城镇_2025年03月_第2版.pdf", "襄汾县科普月报_新城镇_2025年03月_第2版.xlsx"]
    assert read_return_workbook(result.files[0]).manifest.payload["is_correction"] is False


def test_an_existing_file_of_the_same_name_is_never_replaced(store, reference, out):
    stranger = out / f"{STEM_1}.xlsx"
    stranger.write_bytes(b"someone else's file")
    with pytest.raises(KesuError):
        export_return(store, reference, MARCH, out, today=APRIL_2ND)
    assert stranger.read_bytes() == b"someone else's file"
    assert _files(out) == [stranger.name] and _states(store) == []


def test_the_folder_vanishing_mid_write_is_reported_and_locks_nothing(store, reference, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    _inject(monkeypatch, None, on_first_write=lambda: shutil.rmtree(stick))
    with pytest.raises(WriteError):
        export_return(store, reference, MARCH, stick, today=APRIL_2ND)
    monkeypatch.undo()
    assert not stick.exists()
    assert _states(store) == [(1, "abandoned")]


def test_a_failure_placing_the_workbook_removes_the_pdf_already_placed(store, reference, out, monkeypatch):
    real_place = export_module.place

    def place(temporary: Path, target: Path) -> None:
        if target.suffix == ".xlsx":
            raise WriteError("injected {file}", file=target.name)
        real_place(temporary, target)

    monkeypatch.setattr(export_module, "place", place)
    with pytest.raises(WriteError):
        export_return(store, reference, MARCH, out, today=APRIL_2ND)
    assert _files(out) == []
    assert _states(store) == [(1, "abandoned")]


def _left_as_a_kill_leaves_it(store) -> None:
    """The state a process killed after placing its files, before counting the export, leaves behind."""
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE return_version SET state = 'pending'")


def test_a_kill_between_the_two_files_is_settled_at_the_next_start(store, reference, out):
    export_return(store, reference, MARCH, out, today=APRIL_2ND)
    (out / f"{STEM_1}.xlsx").unlink()  # killed after the PDF was placed, before the workbook was
    _left_as_a_kill_leaves_it(store)
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") == 1  # a pending export locks while it is written
    assert reconcile_interrupted_exports(store) == ["2025-03 v1: abandoned"]
    assert _files(out) == []  # the PDF alone would look finished: removed
    assert _states(store) == [(1, "abandoned")]
    assert reconcile_interrupted_exports(store) == []
    assert export_return(store, reference, MARCH, out, today=APRIL_2ND).version == 2


def test_a_kill_after_both_files_are_in_place_counts_the_export_at_the_next_start(store, reference, out):
    export_return(store, reference, MARCH, out, today=APRIL_2ND)
    _left_as_a_kill_leaves_it(store)
    assert reconcile_interrupted_exports(store) == ["2025-03 v1: exported"]
    assert _states(store) == [(1, "exported")]
    assert _files(out) == [f"{STEM_1}.pdf", f"{STEM_1}.xlsx"]


def test_a_pending_export_whose_workbook_is_not_the_signed_one_is_abandoned(store, reference, out):
    export_return(store, reference, MARCH, out, today=APRIL_2ND)
    workbook = out / f"{STEM_1}.xlsx"
    workbook.write_bytes(workbook.read_bytes()[:-200])  # cut short, as by a stick pulled out mid-write
    _left_as_a_kill_leaves_it(store)
    assert reconcile_interrupted_exports(store) == ["2025-03 v1: abandoned"]
    assert _files(out) == []


def test_a_pending_export_on_a_stick_that_is_gone_is_abandoned(store, reference, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    export_return(store, reference, MARCH, stick, today=APRIL_2ND)
    shutil.rmtree(stick)
    _left_as_a_kill_leaves_it(store)
    assert reconcile_interrupted_exports(store) == ["2025-03 v1: abandoned"]


def test_free_space_asked_for_is_what_the_files_need(store, reference, out, monkeypatch):
    asked = []
    monkeypatch.setattr(export_module, "ensure_free_space", lambda folder, needed: asked.append(needed))
    result = export_return(store, reference, MARCH, out, today=APRIL_2ND)
    written = sum(path.stat().st_size for path in result.files)
    assert written < asked[0] <= written + export_module.SPACE_MARGIN


def test_a_print_preview_records_and_locks_nothing(store, reference, out):
    pdf = preview_pdf(store, reference, MARCH, today=APRIL_2ND)
    assert pdf.startswith(b"%PDF-")
    assert _states(store) == []
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") is None
    assert export_return(store, reference, MARCH, out, today=APRIL_2ND).version == 1


def test_a_month_outside_every_plan_exports(store, reference, out):
    """The seeded plan ends in 2025; a 2026 return has no 有效期至 date and must still be written."""
    with store.transaction() as session:
        add_activity(session, UNIT_CODE, lecture("新规划期的讲座", date(2026, 1, 8)), reference, actor="a")
    fill_figures(store, reference, "2026-01")
    result = export_return(store, reference, month_period(2026, 1), out, today=date(2026, 2, 2))
    assert len(result.files) == 2
    assert verify_return_workbook(result.files[0]).ok
