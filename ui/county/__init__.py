"""The county office's pages: Import (sources, the check's results, past imports with undo and the receipt
list), Units & keys (the units' keys and the dialogs that confirm or revoke one), Completeness (the reporting
status grid, its rules and the chase-up list), Consolidation (the county's totals and their drill-down to units
and records), and Targets (the cockpit of a plan's targets with its charts, and the plans' editor, entries and
shares).
"""
