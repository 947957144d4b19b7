"""Who reported and when: the unit x month grid of a year with its rates (``grid``), the deadline day and each
unit's first month (``rules``), and the chase-up list of missing and late returns (``chase``)."""
