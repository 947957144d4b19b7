"""Reference data and time: the units, activity forms, target groups, campaigns, training kinds, key projects,
the plans and their targets (read from ``resources/reference``, mirrored into the store), and the periods a
report covers (month, quarter, year, plan to date).

May use: ``base`` and ``db``.
"""
