"""Two connections at once: a second one in a thread, and a wait until it waits for a lock (PostgreSQL)."""

import threading
import time

import pytest
from django.db import connection, connections
from django.utils import translation


def needs_postgresql() -> None:
    """Skip on SQLite, which lets one writer in at a time: there is no row lock to wait on."""
    if connection.vendor != "postgresql":
        pytest.skip("two writers waiting on row locks need PostgreSQL; SQLite serializes every write")


class InThread:
    """Run `call` in a thread with its own database connection, in the caller's language;
    `.result()` joins and returns or raises."""

    def __init__(self, call) -> None:
        self.language = translation.get_language()
        self.value = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(call,), daemon=True)
        self.thread.start()

    def _run(self, call) -> None:
        try:
            with translation.override(self.language):
                self.value = call()
        except BaseException as error:  # handed to the test by result()
            self.error = error
        finally:
            connections.close_all()

    def result(self, timeout: float = 120):
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the second connection did not finish"
        if self.error is not None:
            raise self.error
        return self.value


def wait_until_another_connection_waits(timeout: float = 60) -> None:
    """Return once another connection waits for a lock this one holds (pg_locks, not a fixed delay)."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()")
            if cursor.fetchone()[0]:
                return
            pause.wait(0.01)
    raise AssertionError("the second connection never waited for the lock")
