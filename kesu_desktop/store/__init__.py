"""The local data folder and its SQLite store: opening (WAL, foreign keys, the start-up quick check, migrations
handed to Alembic with a copy taken first), integrity checks, backups and restore, the drive the folder sits
on, the installation (unit, role, clerk, signing key) and the optional password.

May use: ``reference``, ``base`` and ``db``.
"""
