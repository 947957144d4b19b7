"""The county's totals for a period, broken down by unit, group, form, kind, campaign or key project
(``lines``), and the units and records behind any of its figures (``drilldown``)."""
