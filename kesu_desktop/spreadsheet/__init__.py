"""The canonical records spreadsheet: an Excel template, the export of a unit's records in the same shape, and
the import of such a workbook with a report of every row (see :mod:`.layout` for the shape).

May use: ``records``, ``store``, ``reference``, ``base`` and ``db``.
"""
