"""The county office's side: returns arriving on USB sticks, checked as untrusted files (``incoming``), the
units' pinned signing keys (``keys``), the inbox that previews, imports and undoes them (``inbox``), where the
files come from (``sources``), the reasons kept with an import (``reasons``), the receipt list of each import
(``receipts``, made of ``receipt_content``, ``receipt_workbook`` and ``receipt_pdf``), and a whole demo county
to look at (``demo``). It uses the township's own return reading and aggregation (``returns``), so both sides
count alike; nothing here imports the ``cli``."""
