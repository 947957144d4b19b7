"""The names the ledger dialog shows for the statuses of a ledger row (context ``Ledger``, as the command line
shows them) and for the fields a column can be, in the user's language (context ``LedgerDialog``, or ``Fields``
where the record editors name the field already)."""

from __future__ import annotations

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.ledgers.rows import STATUS_NAMES
from kesu_desktop.records.fields import LABELS
from ui.i18n import translate

KIND_NAMES = {
    "activity": QT_TRANSLATE_NOOP("LedgerDialog", "Activities"),
    "training": QT_TRANSLATE_NOOP("LedgerDialog", "Trainings"),
}
NOT_IMPORTED = QT_TRANSLATE_NOOP("LedgerDialog", "not imported")
_OWN_FIELDS = {
    "date": QT_TRANSLATE_NOOP("LedgerDialog", "Date (or first and last day)"),
    "form": QT_TRANSLATE_NOOP("LedgerDialog", "Activity form (as written)"),
    "content": QT_TRANSLATE_NOOP("LedgerDialog", "Training content"),
}
_RECORD_FIELDS = {"organiser": {"training": "organisation"}}


def status_name(status: str) -> str:
    return translate("Ledger", STATUS_NAMES.get(status, status))


def field_name(kind: str, field: str | None) -> str:
    """What a column of a ``kind`` ledger read as ``field`` becomes; "not imported" for None."""
    if field is None:
        return translate("LedgerDialog", NOT_IMPORTED)
    if field in _OWN_FIELDS:
        return translate("LedgerDialog", _OWN_FIELDS[field])
    field = _RECORD_FIELDS.get(field, {}).get(kind, field)
    return translate("Fields", LABELS[field]) if field in LABELS else field
