"""Command-line subcommands, one module per area; each has ``add_commands(subparsers, common)``."""

AREAS = ("register", "planning", "moderation", "archive", "sync", "news")
