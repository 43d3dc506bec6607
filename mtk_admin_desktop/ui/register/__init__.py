"""UI of the register area."""
