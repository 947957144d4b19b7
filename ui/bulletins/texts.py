"""The words the township's pages use for the newest county bulletin: when it was issued and by whom, and what
the county recorded of a month's return (received on time or late, or sent back with its reason), and what its
reference data changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.bulletins.township import SENT_BACK, CountyMonth
from kesu_desktop.reference.county_updates import ADDED, CHANGED, RETIRED, ReferenceChange
from ui.i18n import translate

_TIMELINESS = {
    "on_time": QT_TRANSLATE_NOOP("Bulletins", "received {date} (on time)"),
    "late": QT_TRANSLATE_NOOP("Bulletins", "received {date} (late)"),
}


def issued_text(iso: str) -> str:
    """``2024-05-10T09:00:00`` as ``2024-05-10 09:00``."""
    return iso.replace("T", " ")[:16]


def county_month_text(month: CountyMonth, latest_version: int | None) -> str:
    """What the county recorded of the month, naming the version when the unit has exported a newer one since."""
    if month.state == SENT_BACK:
        text = translate("Bulletins", "sent back: {reason}").format(reason=month.reason or "")
    else:
        template = _TIMELINESS.get(month.timeliness or "", QT_TRANSLATE_NOOP("Bulletins", "received {date}"))
        text = translate("Bulletins", template).format(date=(month.received_at or "")[:10])
    if latest_version is not None and latest_version != month.version:
        text = translate("Bulletins", "{text} (version {version})").format(text=text, version=month.version)
    return text


def county_month_tooltip(month: CountyMonth, exported: tuple[int, str] | None) -> str:
    """The month as the county recorded it, in full: when, which version and fingerprint, the reason; and a
    warning when the county's fingerprint is not that of the version this unit exported (``exported``: version,
    fingerprint)."""
    lines = [
        translate("Bulletins", "Received by the county {time}: version {version}, fingerprint {fingerprint}").format(
            time=issued_text(month.received_at or ""), version=month.version, fingerprint=month.fingerprint
        )
    ]
    if month.state == SENT_BACK:
        lines.append(translate("Bulletins", "sent back: {reason}").format(reason=month.reason or ""))
    if exported is not None and exported[0] == month.version and exported[1] != month.fingerprint:
        lines.append(
            translate(
                "Bulletins",
                "The county holds another file of this version than the one exported here (fingerprint {ours}); "
                "call the county office.",
            ).format(ours=exported[1])
        )
    return "\n".join(lines)


def bulletin_source(payload: dict[str, Any] | None) -> str:
    """The line saying which bulletin the county's column comes from, and its notice if any."""
    if payload is None:
        return translate(
            "Bulletins",
            "No bulletin from the county has been imported yet (File ▸ Import the county's bulletin…); the County "
            "column fills in once one is.",
        )
    line = translate("Bulletins", "The County column comes from the bulletin of {issued} by {county}.").format(
        issued=issued_text(str(payload["issued_at"])), county=payload.get("county_name", "")
    )
    notice = str(payload.get("notice") or "")
    if notice:
        line += " " + translate("Bulletins", "Notice: {notice}").format(notice=notice)
    return line


_TABLES = {
    "units": QT_TRANSLATE_NOOP("Bulletins", "unit"),
    "activity_forms": QT_TRANSLATE_NOOP("Bulletins", "activity form"),
    "training_kinds": QT_TRANSLATE_NOOP("Bulletins", "training kind"),
    "campaigns": QT_TRANSLATE_NOOP("Bulletins", "campaign"),
    "key_projects": QT_TRANSLATE_NOOP("Bulletins", "key project"),
    "plans": QT_TRANSLATE_NOOP("Bulletins", "plan"),
}
_CHANGES = {
    ADDED: QT_TRANSLATE_NOOP("Bulletins", "new {table}: {name}"),
    CHANGED: QT_TRANSLATE_NOOP("Bulletins", "{table} changed: {name}"),
    RETIRED: QT_TRANSLATE_NOOP(
        "Bulletins", "{table} no longer to be chosen (kept on the records that have it): {name}"
    ),
}
SHOWN_CHANGES = 15


def reference_change_lines(changes: Sequence[ReferenceChange]) -> list[str]:
    """A line per change the county's reference data makes (the first :data:`SHOWN_CHANGES`, then how many more)."""
    lines = [
        translate("Bulletins", _CHANGES[change.change]).format(
            table=translate("Bulletins", _TABLES.get(change.table, change.table)), name=change.name
        )
        for change in changes[:SHOWN_CHANGES]
    ]
    if len(changes) > SHOWN_CHANGES:
        lines.append(translate("Bulletins", "… and {count} more").format(count=len(changes) - SHOWN_CHANGES))
    return lines
