"""The PySide6 desktop app (see :mod:`briefing.ui.app`)."""

from .qtfix import protect_singletons

# Before any widget exists: the installed PySide6 may lose references to None/True (see qtfix).
protect_singletons()
