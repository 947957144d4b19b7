"""The local data folder and its SQLite store: opening (WAL, foreign keys, no schema change outside a migration,
the start-up quick check, migrations handed to Alembic with a copy taken first), who has the folder open
(``openers``), the write lock of imports and undos (``write_lock``), integrity checks, backups and restore
(``backups``, ``restore``), the drive the folder sits on, the installation (unit, role, clerk, signing key) and
the optional password.

May use: ``reference``, ``base`` and ``db``.
"""
