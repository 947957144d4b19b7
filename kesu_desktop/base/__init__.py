"""The ground every capability stands on, knowing nothing of the domain: typed errors, translation of what the
user reads (the app's compiled catalogue, read without Qt), where files live
(data folder, bundled resources), the log, atomic file writing, Ed25519 signatures, and the checks on an
.xlsx from outside before it is parsed.

May use: the standard library and third-party libraries only; nothing else of ``kesu_desktop``, ``db`` or ``ui``.
"""
