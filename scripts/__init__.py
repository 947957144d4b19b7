"""Maintenance scripts run by developers (not part of the app)."""
