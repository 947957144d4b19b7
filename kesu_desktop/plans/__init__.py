"""Plans as data: the county's plans and their targets, kept in the store and edited in the app (``editing``),
a target's shares among units and the figures the county enters for it (``entries``), the rules every change is
checked by (``rules``), what a target counts (``measures``: the measure JSON parsed, checked against the
reference data, described in words and evaluated on a :class:`~kesu_desktop.returns.aggregation.PeriodSummary`),
and a plan as a file to hand on or take in (``files``, read as untrusted). Progress toward the targets is
computed above, in :mod:`kesu_desktop.county.targets.progress`, from what the county holds. Nothing
about a plan stays in code (``docs/targets.md``).

May use: ``returns`` (the summary a records measure is evaluated on), ``reference``, ``base`` and ``db``.
"""
