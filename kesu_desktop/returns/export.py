"""Exporting a month's return: build the form, sign it, write the workbook and the PDF, record the version and
lock the month — and never leave a finished-looking file the store does not know.

Files are named for the unit, month and version (襄汾县科普月报_新城镇_2024年03月_第1版.xlsx); a correction
says so (…_第2版更正.xlsx), with the reason it was reopened and what changed against the previous version.

The order makes a crash at any moment safe: both files are rendered in memory (so the free space asked for is
what they need), the version is taken in the store (pending) before anything is written, both files are written
under temporary names, read back and checked, then moved into place (the PDF first, the workbook the county
imports last), and only then does the version count. A failure abandons the version and removes what was put
in place; a killed process leaves it pending, and :mod:`.interrupted` settles it at the next
start. A version number is never used twice.

An export is refused for a month that has not begun, for the current month unless ``early`` says the clerk
confirmed it, and while any period-end figure is not filled in unless ``unfilled`` says how to report them
(``zero`` or ``na``; they are then saved as such, so the store and the signed return agree). :func:`preview_pdf`
renders the exact pages of the next export without recording or locking anything. The writers (openpyxl and
reportlab with them) are imported by the functions that write or read a file, so that a window or command that
only names this module starts without them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from kesu_desktop.base.errors import KesuError, ReturnFormatError, ValidationError
from kesu_desktop.base.safe_write import bytes_writer, discard, ensure_free_space, place, stage
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records.figures import NOT_APPLICABLE, Figure, missing_figures, save_figures
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.assemble import build_return_form
from kesu_desktop.returns.form import ReturnForm
from kesu_desktop.returns.ledger import (
    abandon_export,
    differences,
    finish_export,
    next_identity,
    reconcile_exports,
    reserve_export,
    versions,
)
from kesu_desktop.returns.manifest import SignedManifest, build_payload, signed_manifest
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, require_installation, signing_key

FORMATS = ("xlsx", "pdf")
UNFILLED_CHOICES: dict[str, Figure] = {"zero": 0, "na": NOT_APPLICABLE}
SPACE_MARGIN = 512 * 1024
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


class UnfilledFiguresError(KesuError):
    """Period-end figures are not filled in; the export says which, and how to go on."""

    def __init__(self, period: str, codes: list[str], names: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{period}: {count} period-end figures are not filled in ({names}). Fill them in, or mark them not "
                "applicable, before exporting: a stamped return shows 0 or —, never 未填.",
            ),
            period=period,
            count=len(codes),
            names="、".join(names),
        )
        self.codes = tuple(codes)


class EarlyExportError(KesuError):
    """The month is not over yet and the clerk has not confirmed exporting it early."""

    def __init__(self, period: Period) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{period} is not over yet (it ends on {end}). Export it early only if nothing more will be "
                "recorded for it: the export locks the month.",
            ),
            period=period.code,
            end=period.end.isoformat(),
        )


def file_stem(unit_name: str, period: Period, version: int, *, correction: bool) -> str:
    label = "更正" if correction else ""
    return f"襄汾县科普月报_{unit_name}_{period.start.year}年{period.start.month:02d}月_第{version}版{label}"


def check_exportable(period: Period, today: date, *, early: bool) -> None:
    """Refuse a period that is not a month, a month that has not begun, and the current month unless ``early``."""
    if period.kind != "month":
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "Only a month's return can be exported; give a month (2024-03)."))
    if period.start > today:
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP("Errors", "{period} has not begun yet: a month's return is exported once it is over."),
            period=period.code,
        )
    if period.end >= today and not early:
        raise EarlyExportError(period)


def _fill_unfilled(
    session: Session,
    installation: Installation,
    reference: ReferenceData,
    period: Period,
    unfilled: str | None,
) -> None:
    unit_code = installation.setup.unit_code
    missing = missing_figures(session, unit_code, period.code)
    if not missing:
        return
    if unfilled is None:
        names = {indicator.code: indicator.name("zh_CN") for indicator in reference.stock_indicators}
        raise UnfilledFiguresError(period.code, missing, [names.get(code, code) for code in missing])
    if unfilled not in UNFILLED_CHOICES:
        raise ValidationError(
            "unfilled",
            QT_TRANSLATE_NOOP("Errors", "Unfilled figures: choose zero or na (not {value})."),
            value=unfilled,
        )
    figures: dict[str, Figure] = dict.fromkeys(missing, UNFILLED_CHOICES[unfilled])
    save_figures(session, unit_code, period.code, figures, reference, actor=installation.setup.clerk_name)


def _signed_form(
    session: Session, reference: ReferenceData, period: Period, today: date
) -> tuple[Installation, ReturnForm, SignedManifest]:
    """The next version's form and its signed manifest; a correction carries its reason and changes, and one that
    changes nothing is refused."""
    zh = Translator("zh_CN")
    installation = require_installation(session)
    unit_code = installation.setup.unit_code
    identity = next_identity(session, unit_code, period.code, installation.installation_id)
    form = build_return_form(session, reference, installation, period, zh, filled_on=today)
    form = replace(form, version=identity.version, is_correction=identity.is_correction)
    if identity.is_correction:
        previous = versions(session, unit_code, period.code)[-1]
        changes = tuple(differences(previous.payload, build_payload(form, identity), zh))
        if not changes:
            raise KesuError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Nothing has changed since version {version} of {period}, so there is nothing to correct. "
                    "Correct the records first; the month stays open for correction until then.",
                ),
                version=previous.version,
                period=period.code,
            )
        form = replace(form, corrections=changes, correction_reason=previous.reopen_reason or "")
    return installation, form, signed_manifest(form, identity, signing_key(session))


def export_return(
    store: Store,
    reference: ReferenceData,
    period: Period,
    folder: Path,
    *,
    formats: tuple[str, ...] = FORMATS,
    today: date | None = None,
    early: bool = False,
    unfilled: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the month's return into ``folder`` and lock the month; on failure no version counts, no month is
    locked and no file of it is left under its final name."""
    today = today or date.today()
    check_exportable(period, today, early=early)
    unknown = [name for name in formats if name not in FORMATS]
    if unknown or not formats:
        raise KesuError(
            QT_TRANSLATE_NOOP("Errors", "Formats: choose from xlsx and pdf (not {unknown})."), unknown=",".join(unknown)
        )

    from kesu_desktop.returns.pdf.document import check_pdf, render_return_pdf
    from kesu_desktop.returns.workbook.writer import render_return_workbook, workbook_check

    def step(number: int) -> None:
        if progress is not None:
            progress(number, STEPS[number])

    step(0)
    with store.transaction() as session:
        installation = require_installation(session)
        _fill_unfilled(session, installation, reference, period, unfilled)
    with store.reading() as session:
        installation, form, manifest = _signed_form(session, reference, period, today)
    stem = file_stem(form.header.unit_name, period, form.version, correction=form.is_correction)
    rendered: list[tuple[Path, bytes, Callable[[Path], None]]] = []
    if "pdf" in formats:
        pdf = folder / f"{stem}.pdf"
        rendered.append((pdf, render_return_pdf(form, manifest, reference=reference), check_pdf))
    if "xlsx" in formats:
        xlsx = folder / f"{stem}.xlsx"
        rendered.append((xlsx, render_return_workbook(form, manifest, reference), workbook_check(xlsx)))
    for path, _data, _check in rendered:
        if path.exists():
            raise KesuError(
                QT_TRANSLATE_NOOP("Errors", "{file} is already there and is not replaced; choose another folder."),
                file=str(path),
            )
    ensure_free_space(folder, sum(len(data) for _path, data, _check in rendered) + SPACE_MARGIN)
    with store.transaction() as session:
        reserve_export(
            session, manifest, [path for path, _data, _check in rendered], actor=installation.setup.clerk_name
        )
    return_id = str(manifest.payload["return_id"])
    staged: list[Path] = []
    placed: list[Path] = []
    try:
        for path, data, check in rendered:
            step(2 if path.suffix == ".pdf" else 1)
            staged.append(stage(path, bytes_writer(data), check))
        for temporary, (path, _data, _check) in zip(staged, rendered, strict=True):
            place(temporary, path)
            placed.append(path)
        step(3)
        with store.transaction() as session:
            finish_export(session, return_id)
    except BaseException:
        for path in [*staged, *placed]:
            discard(path)
        try:
            with store.transaction() as session:
                abandon_export(session, return_id)
        except KesuError:
            pass  # still pending: settled at the next start (returns/interrupted.py)
        raise
    order = {name: index for index, name in enumerate(FORMATS)}
    files = tuple(sorted(placed, key=lambda path: order[path.suffix[1:]]))
    return ExportResult(files, form.version, manifest.fingerprint, return_id)


def _is_complete(path: Path, fingerprint: str) -> bool:
    from kesu_desktop.returns.pdf.document import check_pdf
    from kesu_desktop.returns.workbook.reader import read_return_workbook

    try:
        if path.suffix == ".xlsx":
            return read_return_workbook(path).manifest.fingerprint == fingerprint
        check_pdf(path)
    except (OSError, KesuError, ReturnFormatError):
        return False
    return True


def settle_pending_exports(store: Store) -> list[str]:
    """Settle the exports a killed process left pending (see :func:`~.ledger.reconcile_exports`); the periods
    and what became of them, for the log. At start this runs through :mod:`.interrupted`."""
    with store.transaction() as session:
        settled = reconcile_exports(session, _is_complete)
    return [f"{item.period} v{item.version}: {item.state}" for item in settled]


def preview_pdf(store: Store, reference: ReferenceData, period: Period, *, today: date | None = None) -> bytes:
    """The pages the next export of ``period`` would print, marked as a preview; nothing is recorded or locked."""
    from kesu_desktop.returns.pdf.document import render_return_pdf

    with store.reading() as session:
        _installation, form, manifest = _signed_form(session, reference, period, today or date.today())
    return render_return_pdf(form, manifest, reference=reference, preview=True)
