"""Typed errors raised by the core; the GUI and the command line decide how to show them.

Each error carries an English message template marked for translation (context ``Errors``) and the values
to fill in, so the front end can show it in the user's language with :func:`kesu_desktop.base.translation.render`.
"""

from __future__ import annotations

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # typing's own flag without importing typing: the command line's help loads this module
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any


class KesuError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, template: str, **values: Any) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values))


class StoreError(KesuError):
    """The local store cannot be opened or used."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer release whose schema this one does not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was written by a newer version of KeSu (schema {revision}). "
                "Install that version or newer to open it; nothing was changed.",
            ),
            revision=revision,
        )


class DamagedStoreError(StoreError):
    """The database file is damaged: SQLite cannot read it, or its quick check finds broken pages.

    Once the data folder's backups have been searched (``searched``), ``newest_backup`` is the newest one that
    passed its own check, or None when there is none; the front end offers to restore it.
    """

    def __init__(
        self, database: Path, detail: str, newest_backup: Path | None = None, *, searched: bool = False
    ) -> None:
        self.database = database
        self.detail = detail
        self.newest_backup = newest_backup
        self.searched = searched
        values: dict[str, Any] = {"path": str(database), "detail": detail}
        if newest_backup is not None:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} is damaged ({detail}), so KeSu will not open it and has changed nothing. "
                "The newest good backup is {backup}; restore it with 'restore FILE' (the damaged file is kept) "
                "and enter again what was recorded after that backup.",
            )
            values["backup"] = str(newest_backup)
        elif searched:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} is damaged ({detail}), so KeSu will not open it and has changed nothing. "
                "No good backup was found in the data folder; restore one from a USB stick with "
                "'restore FILE', or ask the county office for help.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} is damaged ({detail}), so KeSu will not open it and has changed nothing. "
                "Restore a backup with 'restore FILE'.",
            )
        super().__init__(template, **values)

    def with_backup(self, newest_backup: Path | None) -> DamagedStoreError:
        """The same damage, once the backups were searched: naming the newest good one, if any."""
        return DamagedStoreError(self.database, self.detail, newest_backup, searched=True)


class StoreWriteError(StoreError):
    """The store could not write: the disk is full, read-only or failing. Nothing of the change was kept;
    everything committed before is intact, and the same change can be saved again once the cause is fixed."""


class NotInitialisedError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This data folder is not set up yet. Run 'init' first (or start the app to use the setup wizard).",
            )
        )


class BackupError(KesuError):
    """A backup cannot be made, or a backup cannot be restored."""


class DamagedBackupError(BackupError):
    """A backup file that SQLite cannot read or whose integrity check fails."""


class NewerBackupError(BackupError):
    """A backup made by a newer release whose schema this one does not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This backup was made by a newer version of KeSu (schema {revision}). "
                "Install that version or newer to restore it; nothing was changed.",
            ),
            revision=revision,
        )


class ValidationError(KesuError):
    """Input that cannot be stored. ``field`` is the attribute to fix; ``label`` its English name (context
    ``Fields``), filled into the template as ``{label}`` in the user's language."""

    def __init__(self, field: str, template: str, *, label: str = "", **values: Any) -> None:
        self.field = field
        self.label = label
        super().__init__(template, label=label, **values)


class RecordNotFoundError(KesuError):
    def __init__(self, record_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Record {record_id} does not exist."), record_id=record_id)


class ReferenceDataError(KesuError):
    """A reference data file in ``resources/reference`` is missing or malformed."""


class MissingGlyphError(KesuError):
    """A text to be printed holds a character that no font available for the PDF can draw.

    ``field`` names where the text comes from (a record field such as ``title``, or a part of the form);
    ``label`` is its name as the clerk knows it (a ``Fields`` entry, or the form's own Chinese label).
    """

    def __init__(self, char: str, *, field: str, label: str, text: str) -> None:
        self.char = char
        self.field = field
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label} “{text}”: the character {char} (U+{code}) is in no font on this computer, so the PDF "
                "cannot print it. Write it another way (for example in pinyin) or install a font that has it, "
                "then export again.",
            ),
            label=label,
            text=text,
            char=char,
            code=f"{ord(char):04X}",
        )


class ReturnFormatError(KesuError):
    """A file that is not a KeSu return, or whose machine-readable part is damaged or from a newer version."""
