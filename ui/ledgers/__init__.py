"""Bringing a hand-kept ledger (台账) in from the File menu: the clerk's choices for each sheet, a preview of every
row with its status and reasons, fixes typed into the preview, and the all-or-nothing import of the Qt-free
:mod:`kesu_desktop.ledgers`."""
