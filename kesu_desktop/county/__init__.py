"""The county office's side: returns arriving on USB sticks, checked as untrusted files (``incoming``), the
units' pinned signing keys (``keys``), the inbox that previews, imports and undoes them (``inbox``), where the
files come from (``sources``), the reasons kept with an import (``reasons``), the receipt list of each import
(``receipts``, made of ``receipt_content``, ``receipt_workbook`` and ``receipt_pdf``), the county's totals and their
drill-down to units and records (``totals``, ``drilldown``), the reporting status of each unit and month
(``status``, with the deadline and first months of ``reporting_rules``) and its chase-up list (``chase_list``,
written by ``chase_workbook``, ``chase_pdf`` and ``chase_files``), the progress of a plan's targets
(``progress``, each rule in ``target_rules``), the figures kept beside each held return
(``return_figures``), kept current with their rollups (``rollups``) and read through ``held``, and a whole demo
county
to look at (``demo``). It uses the township's own return reading and aggregation (``returns``), so both sides
count alike; nothing here imports the ``cli``."""
