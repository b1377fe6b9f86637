"""The PySide6 desktop app (see :mod:`briefing.ui.app`).

Importing this package does nothing else: the PySide6 guard of :mod:`briefing.ui.qtfix`
runs when the app starts (:func:`briefing.ui.app.main`).
"""
