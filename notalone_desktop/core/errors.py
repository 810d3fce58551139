"""Errors a user can cause, each with a message for people."""

from __future__ import annotations


class NotAloneError(Exception):
    """Base class: the message is shown to the user as it is."""


class ValidationError(NotAloneError):
    """Input that a form or command refuses; `field` names what is wrong."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class Invalid(ValidationError):
    """A value that breaks a rule (core/validation.py): `file` (may be empty), `field` and `problem`, shown as
    `file: field: problem`."""

    def __init__(self, field: str, problem: str, file: str = "") -> None:
        location = ": ".join(part for part in (file, field) if part)
        super().__init__(f"{location}: {problem}" if location else problem, field)
        self.file = file
        self.problem = problem

    def in_file(self, file: str) -> Invalid:
        """The same problem, now naming the file it was found in."""
        return Invalid(self.field, self.problem, file)


class ContentError(Invalid):
    """A content file that does not follow its format: `path: key: problem`."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        super().__init__(key, problem, path)
        self.path = path
        self.key = key


class DatabaseProblem(NotAloneError):
    """The database file cannot be used as it is; the message says why and what to do."""

    def __init__(self, path: str, problem: str, advice: str) -> None:
        super().__init__(f"{problem} ({path}). {advice}")
        self.path = path
        self.problem = problem
        self.advice = advice


class DataDirProblem(NotAloneError):
    """The data dir cannot be created or written."""


class AlreadyRunning(NotAloneError):
    """Another Not Alone window has this data dir open."""
