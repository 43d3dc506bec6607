"""UI of the moderation area."""
