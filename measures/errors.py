"""The error of a write the rules refuse, carrying the message for the user."""


class WorkflowError(Exception):
    """A change or transition the rules refuse; the message tells the user why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
