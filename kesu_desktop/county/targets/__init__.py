"""The progress of a plan's targets: the facts read once and the plan's progress put together (``progress``),
and each rule that turns them into a target's actual, expected, forecast and status (``rules``)."""
