"""The names of a record's fields as a clerk reads them (context ``Fields``): one glossary for the editors, the
lists, the history, the error messages, the records workbook, the return's registers and the PDF.

:data:`LABELS` names a field wherever the kind of record goes without saying; :func:`label` names it for one
kind of record (活动名称 / 培训名称). Their Chinese is the header of the records workbook's column, letter for
letter (``tests/unit/test_glossary.py``)."""

from __future__ import annotations

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

LABELS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "form_code": QT_TRANSLATE_NOOP("Fields", "Activity form"),
    "target_group_codes": QT_TRANSLATE_NOOP("Fields", "Target groups"),
    "target_group_code": QT_TRANSLATE_NOOP("Fields", "Target group"),
    "campaign_code": QT_TRANSLATE_NOOP("Fields", "Campaign"),
    "key_project_code": QT_TRANSLATE_NOOP("Fields", "Key project"),
    "kind_code": QT_TRANSLATE_NOOP("Fields", "Training kind"),
    "venue": QT_TRANSLATE_NOOP("Fields", "Venue"),
    "organiser": QT_TRANSLATE_NOOP("Fields", "Organiser"),
    "partners": QT_TRANSLATE_NOOP("Fields", "Partner units"),
    "organisation": QT_TRANSLATE_NOOP("Fields", "Training organisation"),
    "participants": QT_TRANSLATE_NOOP("Fields", "Participants (person-times)"),
    "women": QT_TRANSLATE_NOOP("Fields", "Of which women"),
    "volunteers": QT_TRANSLATE_NOOP("Fields", "Volunteers (person-times)"),
    "materials": QT_TRANSLATE_NOOP("Fields", "Materials handed out"),
    "sessions": QT_TRANSLATE_NOOP("Fields", "Sessions"),
    "trainees": QT_TRANSLATE_NOOP("Fields", "Trainees (person-times)"),
    "low_income": QT_TRANSLATE_NOOP("Fields", "Of which low-income"),
    "certified": QT_TRANSLATE_NOOP("Fields", "Certified"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
}

_FOR_RECORD_TYPE = {
    ("activity", "title"): QT_TRANSLATE_NOOP("Fields", "Activity title"),
    ("training", "title"): QT_TRANSLATE_NOOP("Fields", "Training title"),
    ("activity", "venue"): QT_TRANSLATE_NOOP("Fields", "Activity venue"),
    ("training", "venue"): QT_TRANSLATE_NOOP("Fields", "Training venue"),
}


def label(record_type: str, field: str) -> str:
    """The field's name (untranslated, context ``Fields``) on a record of ``record_type`` (activity, training)."""
    return _FOR_RECORD_TYPE.get((record_type, field), LABELS[field])
