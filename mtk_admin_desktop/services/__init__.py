"""Application services: what the UI and the command line do, on top of storage and domain (no widgets)."""
