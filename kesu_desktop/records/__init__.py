"""What a unit records: activities and trainings (their values, validation, the services that add, change, bin
and restore them with a change history), the field glossary, input parsing as clerks type, plausibility
warnings, paged filtered queries with totals, period-end figures (队伍与阵地), month locks, and demo data.

May use: ``store``, ``reference``, ``base`` and ``db``.
"""
