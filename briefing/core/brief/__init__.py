"""The briefing: built from an article, its summary and actors (pipeline), edited and saved (document)."""
