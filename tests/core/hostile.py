"""Builders of hostile inputs shared by the robustness tests (issues 12 and 18)."""

from __future__ import annotations

from pathlib import Path


def hostile_markdown(folder: Path, name: str = "hostile.md") -> Path:
    """Write a 3.5 KB Markdown file whose '#' heading line (a word, 3,500 spaces, a word) makes the
    heading pattern in cleaning backtrack cubically: loading it takes far more than a minute today."""
    path = folder / name
    path.write_text("# x" + " " * 3500 + "y\n\nThe council met on Monday. It agreed on a plan.\n", encoding="utf-8")
    return path
