"""Subcommands of the archive area (see the area's issue)."""

from __future__ import annotations

import argparse


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add this area's subcommands; each sets handler to a function(args) -> exit code."""
