"""Errors a user can cause, each with a message for people."""

from __future__ import annotations


class NotAloneError(Exception):
    """Base class: the message is shown to the user as it is."""


class ValidationError(NotAloneError):
    """Input that a form or command refuses; `field` names what is wrong."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class ContentError(NotAloneError):
    """A shipped content file that does not follow its format."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        where = f"{path}: {key}" if key else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.key = key
        self.problem = problem


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
