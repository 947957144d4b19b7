"""The records spreadsheet in the GUI: template, export, and import with a preview of every row."""
