"""The words of the county inbox: the status of each file considered, what is known of it, and one import's
result, shared by the inbox, its receipt list, the command line and the screens."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

NEW = "new"  # a return the county does not hold yet
IDENTICAL = "identical"  # already held exactly: nothing changes
REPLACES = "replaces"  # a newer version of a held return
OLDER = "older"  # an older version than the one held: ignored
CONFLICT = "conflict"  # same unit, period and version as a held return, different content: refused
INVALID = "invalid"  # refused, with the reason
KEY_TO_CONFIRM = "key_to_confirm"  # signed by a key the county has not confirmed for the unit: waits
SKIPPED = "skipped"  # found by scanning, plainly not a KeSu return
STATUSES = (NEW, IDENTICAL, REPLACES, OLDER, CONFLICT, INVALID, KEY_TO_CONFIRM, SKIPPED)
STORED_STATUSES = (NEW, REPLACES)
"""The statuses of files an import stores."""
FAILING_STATUSES = (CONFLICT, INVALID, KEY_TO_CONFIRM)
"""Any of these makes ``county import`` exit 3."""
STATUS_LABELS = {
    NEW: QT_TRANSLATE_NOOP("Inbox", "New"),
    IDENTICAL: QT_TRANSLATE_NOOP("Inbox", "Already held"),
    REPLACES: QT_TRANSLATE_NOOP("Inbox", "Replaces an older version"),
    OLDER: QT_TRANSLATE_NOOP("Inbox", "Older version (ignored)"),
    CONFLICT: QT_TRANSLATE_NOOP("Inbox", "Conflict (refused)"),
    INVALID: QT_TRANSLATE_NOOP("Inbox", "Invalid (refused)"),
    KEY_TO_CONFIRM: QT_TRANSLATE_NOOP("Inbox", "Key to confirm"),
    SKIPPED: QT_TRANSLATE_NOOP("Inbox", "Skipped (not a return)"),
}
"""How each status reads to the user (context ``Inbox``)."""


@dataclass(frozen=True)
class FileResult:
    """One file considered by the inbox: where it is, what it holds (as far as it could be read), its status and,
    for a file not stored, the reason."""

    file: str
    status: str
    reason: KesuError | None = None
    unit_code: str | None = None
    unit_name: str | None = None
    period: str | None = None
    version: int | None = None
    fingerprint: str | None = None
    key_fingerprint: str | None = None
    sha256: str | None = None
    activities: int = 0
    trainings: int = 0
    early: bool = False
    """A return of the month still running, exported early by the unit (after its confirmation)."""
    public_key: str | None = None
    """The key the return is signed with, so that a waiting key can be confirmed from the file (not kept)."""


@dataclass(frozen=True)
class ImportRecord:
    """One import as the county holds it: when and by whom, what each file came to, and whether it was undone."""

    import_id: uuid.UUID
    started_at: datetime
    actor: str
    results: tuple[FileResult, ...]
    undone_at: datetime | None = None
    undone_by: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)
