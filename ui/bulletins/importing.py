"""Importing the county's bulletin and undoing the last one, as the File menu does them.

The bulletin is first checked without storing anything, with the county's key taken as accepted: when that
would pin the key (the first bulletin), the clerk compares its fingerprint first; a refusal is shown with its
reason and changes nothing. What was applied is then said in words. :func:`import_interactive` offers the unit's
newest bulletin on an inserted stick, else asks for the file (starting on the stick), unless it is given one, so
tests drive it without a file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.bulletins.document import SUFFIX, bulletins_for
from kesu_desktop.bulletins.township import (
    APPLIED,
    IDENTICAL,
    OLDER,
    REFUSED,
    BulletinResult,
    import_bulletin,
    newest_payload,
    undo_bulletin,
)
from kesu_desktop.store.drives import removable_drives
from ui.bulletins.key_dialog import CountyKeyDialog
from ui.bulletins.texts import issued_text, reference_change_lines
from ui.i18n import translate
from ui.spreadsheet.files import documents_folder
from ui.state import AppState

BULLETIN_FILTER = QT_TRANSLATE_NOOP("Bulletins", "County bulletins (*{suffix})")
_OUTCOMES = {
    APPLIED: QT_TRANSLATE_NOOP(
        "Bulletins",
        "The county's bulletin of {issued} is applied. The county lists {receipts} of our returns as received "
        "and {send_backs} as sent back for correction.",
    ),
    IDENTICAL: QT_TRANSLATE_NOOP("Bulletins", "The county's bulletin of {issued} is applied already; nothing changed."),
    OLDER: QT_TRANSLATE_NOOP(
        "Bulletins", "The bulletin of {issued} is older than the one applied; it was left alone and nothing changed."
    ),
}


def import_interactive(
    parent: QWidget, state: AppState, translator: Translator, path: Path | None = None
) -> BulletinResult | None:
    """Ask for a bulletin (unless ``path`` is given), check it, confirm a first key, and apply it; the result,
    or None when the clerk cancelled."""
    if path is None:
        path = _choose_file(parent, state)
        if path is None:
            return None
    setup = state.installation.setup
    try:
        with state.store.reading() as session:
            trial = import_bulletin(
                path, session, setup.unit_code, setup.clerk_name, dry_run=True, accept_county_key=True
            )
        if trial.status == REFUSED or trial.bulletin is None:
            return _refused(parent, translator, trial)
        if trial.pins_key and CountyKeyDialog(trial.bulletin, parent).exec() != QDialog.DialogCode.Accepted:
            return None
        if trial.reference_changes and not _changes_accepted(parent, trial):
            return None
        with state.store.transaction() as session:
            result = import_bulletin(path, session, setup.unit_code, setup.clerk_name, accept_county_key=trial.pins_key)
    except KesuError as error:
        QMessageBox.warning(parent, translate("Bulletins", "Bulletin not applied"), translator.render(error))
        return None
    if result.status == REFUSED:
        return _refused(parent, translator, result)
    QMessageBox.information(parent, translate("Bulletins", "County bulletin"), outcome_text(result))
    return result


def _choose_file(parent: QWidget, state: AppState) -> Path | None:
    """The newest bulletin of this unit on an inserted stick, if the clerk takes it; else a file the clerk picks
    (starting on the stick)."""
    drives = [drive.path for drive in removable_drives()]
    found = bulletins_for(state.installation.setup.unit_code, drives)
    if found:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Bulletins", "Import the county's bulletin"),
            translate("Bulletins", "The county's bulletin {file} is on the stick. Import it?").format(
                file=found[-1].name
            ),
            parent=parent,
        )
        take = box.addButton(translate("Bulletins", "&Import it"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(translate("Bulletins", "Choose &another file…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(take)
        box.exec()
        if box.clickedButton() is take:
            return found[-1]
        if box.clickedButton() is not other:
            return None
    start = str(drives[0]) if drives else str(documents_folder())
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Bulletins", "Import the county's bulletin"),
        start,
        translate("Bulletins", BULLETIN_FILTER).format(suffix=SUFFIX),
    )
    return Path(chosen) if chosen else None


def _changes_accepted(parent: QWidget, trial: BulletinResult) -> bool:
    """Whether the clerk applies the bulletin once told what its reference data changes."""
    lines = "\n".join(f"• {line}" for line in reference_change_lines(trial.reference_changes))
    text = translate(
        "Bulletins",
        "The county's bulletin also updates the lists KeSu offers, as the county keeps them:\n\n{changes}\n\n"
        "Records already entered keep what they have. Apply the bulletin?",
    ).format(changes=lines)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, translate("Bulletins", "County bulletin"), text, buttons)
    return answer == QMessageBox.StandardButton.Yes


def _refused(parent: QWidget, translator: Translator, result: BulletinResult) -> BulletinResult:
    reason = translator.render(result.reason) if result.reason is not None else ""
    QMessageBox.warning(parent, translate("Bulletins", "Bulletin not applied"), reason)
    return result


def outcome_text(result: BulletinResult) -> str:
    """What an applied, identical or older bulletin means, in a few sentences."""
    assert result.bulletin is not None
    payload = result.bulletin.payload
    lines = [
        translate("Bulletins", _OUTCOMES[result.status]).format(
            issued=issued_text(str(payload["issued_at"])),
            receipts=len(payload["receipts"]),
            send_backs=len(payload["send_backs"]),
        )
    ]
    if result.status != APPLIED:
        return lines[0]
    if result.pins_key:
        lines.append(
            translate(
                "Bulletins", "The county's key {fingerprint} is kept now: only bulletins it signs are taken."
            ).format(fingerprint=result.bulletin.key_fingerprint)
        )
    if payload["send_backs"]:
        lines.append(
            translate(
                "Bulletins",
                "On the Returns page, reopen each month sent back, correct it and export it again.",
            )
        )
    if payload.get("notice"):
        lines.append(translate("Bulletins", "Notice from the county: {notice}").format(notice=payload["notice"]))
    return "\n\n".join(lines)


def undo_interactive(parent: QWidget, state: AppState, translator: Translator) -> bool:
    """Undo the newest applied bulletin once the clerk confirms; whether one was undone."""
    with state.store.reading() as session:
        payload = newest_payload(session)
    if payload is not None:
        answer = QMessageBox.question(
            parent,
            translate("Bulletins", "Undo the county bulletin"),
            translate(
                "Bulletins",
                "Undo the county's bulletin of {issued}? The Returns page and the Overview then show what the "
                "bulletin before it said, or nothing if it was the first. The county's key stays kept.",
            ).format(issued=issued_text(str(payload["issued_at"]))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        with state.store.transaction() as session:
            undone = undo_bulletin(session, state.installation.setup.clerk_name)
            now = newest_payload(session)
    except KesuError as error:
        QMessageBox.warning(parent, translate("Bulletins", "Nothing undone"), translator.render(error))
        return False
    text = translate("Bulletins", "Undid the county's bulletin of {issued}.").format(
        issued=undone.issued_at.isoformat(sep=" ", timespec="minutes")
    )
    if now is None:
        text += " " + translate("Bulletins", "No bulletin from the county is applied now.")
    else:
        text += " " + translate("Bulletins", "The bulletin of {issued} is shown again.").format(
            issued=issued_text(str(now["issued_at"]))
        )
    QMessageBox.information(parent, translate("Bulletins", "County bulletin undone"), text)
    return True
