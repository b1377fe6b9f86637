"""briefing: turn a news article into a one-page briefing."""

__version__ = "0.1.0"
