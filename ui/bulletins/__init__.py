"""The county's bulletin (县回执) at the township: the File menu's import and undo, the dialog in which the clerk
compares the county's key fingerprint at the first bulletin, and what the Returns page and the Overview show of
the newest bulletin applied (each month as the county recorded it, the unit's target shares)."""
