"""The Returns page and its dialogs: month statuses, preview, export to a USB stick, reopening for correction."""
