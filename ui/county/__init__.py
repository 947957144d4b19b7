"""The county office's pages: Import (sources, the check's results, past imports with undo and the receipt
list), Units & keys (the units' keys and the dialogs that confirm or revoke one), Targets. Completeness and
consolidation are still placeholder pages that say the feature comes in a later version.
"""
