"""Writing the monthly return as an Excel workbook: what the county receives, reads, prints and imports.

The workbook has a summary sheet (汇总表) laid out as an official statistical form, the detail sheets
(科普活动台账, 培训台账) with every record, and a very hidden sheet with the signed manifest. Writing goes through
:func:`kesu_desktop.base.safe_write.write_atomically`: the file is read back and verified
(:mod:`.reader`) before it takes its final name.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.safe_write import WriteError, bytes_writer, write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.form import ReturnForm
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.workbook.layout import (
    ACTIVITY_LEDGER,
    SUMMARY_SHEET,
    TRAINING_LEDGER,
    payload_shape,
    summary_layout,
)
from kesu_desktop.returns.workbook.ledger import write_ledger
from kesu_desktop.returns.workbook.manifest import add_manifest_sheet
from kesu_desktop.returns.workbook.reader import verify_return_workbook
from kesu_desktop.returns.workbook.style import compose, mark_every_page
from kesu_desktop.returns.workbook.summary import write_summary
from kesu_desktop.spreadsheet.layout import ACTIVITY_LAYOUT, TRAINING_LAYOUT

NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} was not written: reading it back did not give the same return ({problem}). "
    "The previous file, if any, is unchanged.",
)

DEMO_MARK = "演示数据（不是正式报表）"


def _form_shape(form: ReturnForm) -> list[tuple[int, int]]:
    return [(max((len(row.cells) for row in table.rows), default=0), len(table.rows)) for table in form.tables]


def build_workbook(form: ReturnForm, manifest: SignedManifest, reference: ReferenceData) -> Workbook:
    """The workbook in memory; :func:`write_return_workbook` writes it safely."""
    shape = _form_shape(form)
    if payload_shape(manifest.payload["tables"]) != shape:
        raise ValueError("the manifest was not made from this form")
    translator = Translator(form.language)
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = SUMMARY_SHEET
    write_summary(summary, form, manifest, summary_layout(shape), translator)
    header = form.header
    for layout, title, records in (
        (ACTIVITY_LAYOUT, ACTIVITY_LEDGER, form.activities),
        (TRAINING_LAYOUT, TRAINING_LEDGER, form.trainings),
    ):
        sheet = workbook.create_sheet(title)
        heading = compose("{unit}{title}（{period}）", unit=header.unit_name, title=title, period=header.period_label)
        write_ledger(sheet, layout, heading, records, form, reference, translator)
    if form.is_demo:
        for sheet in workbook.worksheets:
            mark_every_page(sheet, DEMO_MARK)
    add_manifest_sheet(workbook, manifest)
    workbook.active = 0
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = "科素填报"
    properties.title = compose(
        "{title}（{unit}，{period}）", title=form.title, unit=header.unit_name, period=header.period_label
    )
    properties.keywords = compose(
        "{id} {fingerprint}", id=manifest.payload.get("return_id", ""), fingerprint=manifest.fingerprint
    )
    return workbook


def render_return_workbook(form: ReturnForm, manifest: SignedManifest, reference: ReferenceData) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    buffer = io.BytesIO()
    build_workbook(form, manifest, reference).save(buffer)
    return buffer.getvalue()


def workbook_check(target: Path) -> Callable[[Path], None]:
    """A check for a workbook written on its way to ``target``: it must verify as a return, every figure shown
    the signed one; a :class:`~kesu_desktop.base.safe_write.WriteError` says what is wrong."""

    def check(written: Path) -> None:
        try:
            verification = verify_return_workbook(written)
        except KesuError as error:
            raise WriteError(NOT_WRITTEN, file=target.name, problem=error.template.format(**error.values)) from error
        if not verification.ok:
            problem = verification.problems[0]
            raise WriteError(NOT_WRITTEN, file=target.name, problem=problem.template.format(**problem.values))

    return check


def write_return_workbook(path: Path, form: ReturnForm, manifest: SignedManifest, *, reference: ReferenceData) -> Path:
    """Write the return workbook to ``path``: built, written beside it, read back and verified, then moved
    into place. A :class:`~kesu_desktop.base.safe_write.WriteError` says why when it could not be."""
    target = Path(path)
    data = render_return_workbook(form, manifest, reference)
    return write_atomically(target, bytes_writer(data), workbook_check(target))
