"""UI of the archive area."""
