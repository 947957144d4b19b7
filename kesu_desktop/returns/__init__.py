"""The monthly return, the contract between a township and the county: the one aggregation of records into the
return's tables (:mod:`.aggregation`, :mod:`.form`), the ledger of exported versions, the signed manifest,
the export that writes both files and locks the month; the workbook (:mod:`.workbook`) and the printable PDF
(:mod:`.pdf`).

May use: ``spreadsheet`` (the shared sheet layout and cell cleaning), ``records``, ``store``, ``reference``,
``base`` and ``db``.
"""
