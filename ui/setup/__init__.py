"""Setting up an installation: the first-run wizard and the form it shares with Settings."""
