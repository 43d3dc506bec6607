"""UI of the sync area (status, conflicts, shared-folder settings)."""
