"""The main window's panels: source view, summary editor, actor table, preview, fields."""
