"""Issuing a county report: built from the county picture, signed with the county installation's key, written
as a workbook and a PDF side by side, and recorded.

Both files are rendered and read back as temporaries first; the report is recorded (``issued_report``) before
they take their names, and a failure removes whatever was staged or placed and the record with it, so no
finished-looking report exists that the store does not know, and none is half-written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.safe_write import bytes_writer, discard, ensure_free_space, place, stage
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.reports.consolidated import consolidated_report
from kesu_desktop.county.reports.document import KINDS, Report
from kesu_desktop.county.reports.evaluation import evaluation_report
from kesu_desktop.county.reports.pdf import render_report_pdf
from kesu_desktop.county.reports.progress import target_progress_report
from kesu_desktop.county.reports.scorecard import scorecard_report
from kesu_desktop.county.reports.signed import sign_report
from kesu_desktop.county.reports.survey import survey_report
from kesu_desktop.county.reports.workbook import render_report_workbook, report_workbook_check
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.pdf.document import check_pdf
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import require_installation, signing_key

SPACE_MARGIN = 512 * 1024
STEPS = (
    QT_TRANSLATE_NOOP("Reports", "Adding up the figures"),
    QT_TRANSLATE_NOOP("Reports", "Writing the Excel workbook"),
    QT_TRANSLATE_NOOP("Reports", "Writing the PDF"),
    QT_TRANSLATE_NOOP("Reports", "Recording the report"),
)
Progress = Callable[[int, str], None]
YEARLY = ("survey", "scorecard")
"""The kinds made for a whole year only."""

_UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "Kind: choose consolidated, targets, evaluation, survey or scorecard.")
_PERIOD_NEEDED = QT_TRANSLATE_NOOP("Errors", "Period: give the period of the report (2025-03, 2025-Q1 or 2025).")
_YEAR_NEEDED = QT_TRANSLATE_NOOP("Errors", "Period: this report is made for a whole year; give one, such as 2025.")


@dataclass(frozen=True)
class IssuedReport:
    """A report written: its files (workbook first), the fingerprint of its signed payload and of the key."""

    report_id: uuid.UUID
    files: tuple[Path, ...]
    fingerprint: str
    key_fingerprint: str
    report: Report


def make_report(
    session: Session,
    reference: ReferenceData,
    kind: str,
    *,
    period: str | None = None,
    plan_code: str | None = None,
    today: date,
) -> Report:
    """The report of ``kind`` for ``period`` (the evaluation: for the plan ``plan_code``, by default the plan that
    ended most recently), from what the county holds."""
    if kind not in KINDS:
        raise KesuError(_UNKNOWN_KIND)
    if kind == "evaluation":
        return evaluation_report(session, reference, plan_code, today=today)
    if not period:
        raise KesuError(_PERIOD_NEEDED)
    if kind in YEARLY:
        if not (len(period) == 4 and period.isdigit()):
            raise KesuError(_YEAR_NEEDED)
        maker = survey_report if kind == "survey" else scorecard_report
        return maker(session, reference, period, today=today)
    if kind == "consolidated":
        return consolidated_report(session, reference, period, today=today)
    return target_progress_report(session, reference, period, today=today)


def free_names(folder: Path, stem: str) -> tuple[Path, Path]:
    """The workbook's and the PDF's paths in ``folder``: ``stem``, or with the first number (2), (3) … that names
    neither an existing file."""
    number = 1
    while True:
        named = stem if number == 1 else f"{stem}（{number}）"
        paths = (folder / f"{named}.xlsx", folder / f"{named}.pdf")
        if not any(path.exists() for path in paths):
            return paths
        number += 1


def _record(
    session: Session, report_id: uuid.UUID, report: Report, folder: Path, files: list[Path], **facts: str
) -> None:
    session.add(
        models.IssuedReport(
            id=report_id,
            kind=report.kind,
            scope=report.scope,
            made_at=datetime.now(),
            folder=str(folder),
            files=json.dumps([path.name for path in files], ensure_ascii=False),
            **facts,
        )
    )


def issue_report(
    store: Store,
    reference: ReferenceData,
    kind: str,
    folder: Path,
    *,
    period: str | None = None,
    plan_code: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> IssuedReport:
    """Make the report and write its two files into ``folder`` (beside an earlier report of the same name, never
    over it: 汇总表_2025-03（2）.xlsx); a :class:`KesuError` says why when it could not be, and then nothing is
    left or recorded."""

    def step(number: int) -> None:
        if progress is not None:
            progress(number, STEPS[number])

    step(0)
    with store.transaction() as session:
        installation = require_installation(session)
        private_key = signing_key(session)
        report = make_report(session, reference, kind, period=period, plan_code=plan_code, today=today or date.today())
    if installation.is_demo and not report.is_demo:
        report = replace(report, is_demo=True)
    manifest = sign_report(report, private_key)
    folder = Path(folder)
    workbook, pdf = free_names(folder, report.file_stem)
    step(1)
    workbook_bytes = render_report_workbook(report, manifest)
    step(2)
    pdf_bytes = render_report_pdf(report, manifest)
    ensure_free_space(folder, len(workbook_bytes) + len(pdf_bytes) + SPACE_MARGIN)
    report_id = uuid.uuid4()
    staged: list[Path] = []
    placed: list[Path] = []
    recorded = False
    try:
        staged.append(stage(workbook, bytes_writer(workbook_bytes), report_workbook_check(workbook)))
        staged.append(stage(pdf, bytes_writer(pdf_bytes), check_pdf))
        step(3)
        with store.transaction() as session:
            _record(
                session,
                report_id,
                report,
                folder,
                [workbook, pdf],
                made_by=installation.setup.clerk_name,
                fingerprint=manifest.fingerprint,
                key_fingerprint=manifest.key_fingerprint,
            )
        recorded = True
        for temporary, target in zip(staged, (workbook, pdf), strict=True):
            place(temporary, target)
            placed.append(target)
    except BaseException:
        for path in [*staged, *placed]:
            discard(path)
        if recorded:
            with store.transaction() as session:
                session.execute(delete(models.IssuedReport).where(models.IssuedReport.id == report_id))
        raise
    return IssuedReport(report_id, (workbook, pdf), manifest.fingerprint, manifest.key_fingerprint, report)


@dataclass(frozen=True)
class ReportRecord:
    """A report issued earlier, as recorded: for the list of reports on screen."""

    report_id: uuid.UUID
    kind: str
    scope: str
    made_at: datetime
    made_by: str
    fingerprint: str
    files: tuple[Path, ...]


def issued_reports(session: Session, *, limit: int = 200) -> list[ReportRecord]:
    """The reports issued, the newest first."""
    rows = session.scalars(select(models.IssuedReport).order_by(models.IssuedReport.made_at.desc()).limit(limit)).all()
    return [
        ReportRecord(
            row.id,
            row.kind,
            row.scope,
            row.made_at,
            row.made_by,
            row.fingerprint,
            tuple(Path(row.folder) / name for name in json.loads(row.files)),
        )
        for row in rows
    ]
