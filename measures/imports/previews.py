"""The admin's uploaded files between preview and confirmation: kept in a folder of their own, expired."""

import contextlib
import os
import re
import tempfile
import time
import uuid
from pathlib import Path

from django.conf import settings
from import_export.tmp_storages import TempFolderStorage

FOLDER_NAME = "cisreports-import-previews"
# The names this storage gives: anything else sent back by a confirm form is refused.
NAME = re.compile(r"[0-9a-f]{32}")


def preview_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / FOLDER_NAME
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


class PreviewExpired(Exception):
    """The file of a preview is gone (expired or already imported): it must be uploaded again."""


class PreviewStorage(TempFolderStorage):
    """A previewed upload in `preview_folder()`, named by a random hex id; written chunk by chunk."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if self.name is not None and not NAME.fullmatch(self.name):
            # The name comes back from the browser: never a path of its choosing.
            raise PreviewExpired(self.name)

    def get_full_path(self):
        return str(preview_folder() / self.name)

    def save_chunks(self, chunks) -> None:
        self.name = uuid.uuid4().hex
        with open(self.get_full_path(), "wb") as file:
            for chunk in chunks:
                file.write(chunk)

    def read(self):
        try:
            return super().read()
        except FileNotFoundError as error:
            raise PreviewExpired(self.name) from error

    def remove(self):
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.get_full_path())


def preview_remove(name: str | None) -> None:
    """Remove the file of a preview that was refused or is done with."""
    if name and NAME.fullmatch(name):
        PreviewStorage(name=name).remove()


def previews_expire(*, max_age: int | None = None, now: float | None = None) -> int:
    """Remove previews older than `max_age` seconds (IMPORT_PREVIEW_MAX_AGE); how many were removed."""
    max_age = settings.IMPORT_PREVIEW_MAX_AGE if max_age is None else max_age
    now = time.time() if now is None else now
    removed = 0
    for path in preview_folder().iterdir():
        try:
            if NAME.fullmatch(path.name) and now - path.stat().st_mtime > max_age:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue  # removed meanwhile by a confirmation or another cleanup
    return removed
