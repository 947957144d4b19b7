"""Exporting a month's return: build the form, sign it, write the workbook and the PDF safely, then record
the version and lock the month — all or nothing.

Files are named for the unit, month and version (襄汾县科普月报_新城镇_2024年03月_第1版.xlsx); a correction
says so (…_第2版更正.xlsx) and lists what changed against the previous version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.safe_write import ensure_free_space
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.form import build_return_form
from kesu_desktop.returns.ledger import differences, next_identity, record_export, versions
from kesu_desktop.returns.manifest import build_payload, signed_manifest
from kesu_desktop.returns.pdf.document import write_return_pdf
from kesu_desktop.returns.workbook.writer import write_return_workbook
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import require_installation, signing_key

FORMATS = ("xlsx", "pdf")
SPACE_NEEDED = 20 * 1024 * 1024
STEPS = (
    QT_TRANSLATE_NOOP("Export", "Adding up the month"),
    QT_TRANSLATE_NOOP("Export", "Writing the Excel workbook"),
    QT_TRANSLATE_NOOP("Export", "Writing the PDF"),
    QT_TRANSLATE_NOOP("Export", "Recording the version"),
)
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    version: int
    fingerprint: str
    return_id: str


def file_stem(unit_name: str, period: Period, version: int) -> str:
    correction = "更正" if version > 1 else ""
    return f"襄汾县科普月报_{unit_name}_{period.start.year}年{period.start.month:02d}月_第{version}版{correction}"


def export_return(
    store: Store,
    reference: ReferenceData,
    period: Period,
    folder: Path,
    *,
    formats: tuple[str, ...] = FORMATS,
    today: date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the month's return into ``folder`` and lock the month; on failure nothing is recorded or locked."""
    if period.kind != "month":
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "Only a month's return can be exported; give a month (2024-03)."))
    unknown = [name for name in formats if name not in FORMATS]
    if unknown or not formats:
        raise KesuError(
            QT_TRANSLATE_NOOP("Errors", "Formats: choose from xlsx and pdf (not {unknown})."), unknown=",".join(unknown)
        )

    def step(number: int) -> None:
        if progress is not None:
            progress(number, STEPS[number])

    ensure_free_space(folder, SPACE_NEEDED)
    step(0)
    zh = Translator("zh_CN")
    with store.transaction() as session:
        installation = require_installation(session)
        unit_code = installation.setup.unit_code
        identity = next_identity(session, unit_code, period.code, installation.installation_id)
        form = build_return_form(session, reference, installation, period, zh, filled_on=today or date.today())
        form = replace(form, version=identity.version)
        if identity.is_correction:
            previous = versions(session, unit_code, period.code)[-1].payload
            form = replace(form, corrections=tuple(differences(previous, build_payload(form, identity), zh)))
        manifest = signed_manifest(form, identity, signing_key(session))
        stem = file_stem(form.header.unit_name, period, identity.version)
        written: list[Path] = []
        if "xlsx" in formats:
            step(1)
            written.append(write_return_workbook(folder / f"{stem}.xlsx", form, manifest, reference=reference))
        if "pdf" in formats:
            step(2)
            written.append(write_return_pdf(folder / f"{stem}.pdf", form, manifest, reference=reference))
        step(3)
        record_export(session, manifest, [path.name for path in written], actor=installation.setup.clerk_name)
    return ExportResult(tuple(written), identity.version, manifest.fingerprint, str(identity.return_id))
