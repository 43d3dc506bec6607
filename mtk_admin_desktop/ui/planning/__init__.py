"""UI of the planning area."""
