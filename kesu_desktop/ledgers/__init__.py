"""Bringing in the ledgers (台账) clerks already keep, in whatever layout each clerk chose: a file read as
untrusted into plain grids (:mod:`.sheets`), the header and each column's field found (:mod:`.layout`), every
cell read exactly or with the reason it cannot be (:mod:`.values`), and every row given its status, the ledger's
own totals checked (:mod:`.rows`). Nothing that cannot be read exactly is guessed.

May use: ``records``, ``store``, ``reference``, ``base`` and ``db``.
"""
