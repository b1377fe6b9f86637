"""The exception types the core raises for bad input."""


class BriefingError(Exception):
    """Base class of every error the core reports to a user.

    Its message is one clear sentence meant to be shown as it is (in a dialog or
    on one line of the command line); no traceback is needed to understand it.
    """


class LoadError(BriefingError):
    """An article could not be opened: missing, empty, binary, encrypted, broken,
    too large, undecodable or of an unsupported type."""


class SummaryError(BriefingError):
    """A summary could not be made (unknown algorithm, invalid length, no text)."""


class ExportError(BriefingError):
    """A briefing could not be exported (unwritable path, content that cannot fit)."""


class Cancelled(BriefingError):
    """Raised from a progress callback to stop a long computation (the user pressed Cancel)."""
