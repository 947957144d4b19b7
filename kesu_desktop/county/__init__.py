"""The county office's side: returns arriving on USB sticks, checked as untrusted files (``incoming``), the
units' pinned signing keys (``keys``), the inbox that previews, imports and undoes them (``inbox``), where the
files come from (``sources``), the receipt list of each import (``receipts``), and a whole demo county to look
at (``demo``). It uses the township's own return reading and aggregation (``returns``), so both sides count
alike; nothing here imports the ``cli``."""
