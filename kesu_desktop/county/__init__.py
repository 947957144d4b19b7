"""The county office's side, by capability: receiving returns from USB sticks (``inbox``), what the county
holds summed (``held``), who reported and when (``status``), the county's totals and what stands behind them
(``totals``), the progress of a plan's targets (``targets``), and a whole demo county to look at (``demo``).
It uses the township's own return reading and aggregation (``returns``), so both sides count alike, and the
plans as data (``plans``); nothing here imports the ``cli``."""
