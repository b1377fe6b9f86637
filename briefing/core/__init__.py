"""The headless core of briefing: loading, cleaning, summarizing, actors, PDF.

Nothing under ``briefing.core`` imports Qt; every function here runs in a plain
shell, a test or CI without a display.
"""
