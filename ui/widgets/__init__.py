"""Small reusable input widgets for the record screens."""
