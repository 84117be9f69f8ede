"""A PostgreSQL server for the benchmarks: DATABASE_URL when given, else a throwaway local one.

The throwaway server is started as the CI script does: `initdb` and `pg_ctl` from the
installed PostgreSQL binaries, in a temporary folder, on a free local port, with trust
authentication and fsync off; as root it runs as the `postgres` user (`runuser`).
"""

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _binaries() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


@contextlib.contextmanager
def server() -> Iterator[tuple[str | None, str]]:
    """(a URL of the server's `postgres` database, or None; how it was obtained or why there is none)."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        yield url, "DATABASE_URL"
        return
    bin_dir = _binaries()
    if bin_dir is None:
        yield None, "no DATABASE_URL and no PostgreSQL binaries installed"
        return
    as_root = os.geteuid() == 0
    if as_root and not shutil.which("runuser"):
        yield None, "running as root without runuser to start PostgreSQL as its own user"
        return
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = tempfile.mkdtemp(prefix="cisreports-bench-pg-")
    data, log, port = os.path.join(folder, "data"), os.path.join(folder, "server.log"), _free_port()
    os.chmod(folder, 0o755)
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    try:
        subprocess.run(
            [*prefix, f"{bin_dir}/initdb", "-D", data, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
            check=True,
            capture_output=True,
            cwd=folder,
        )
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
        subprocess.run(
            [*prefix, f"{bin_dir}/pg_ctl", "-D", data, "-l", log, "-w", "-o", options, "start"],
            check=True,
            capture_output=True,
            cwd=folder,
        )
    except subprocess.CalledProcessError as error:
        lines = (error.stderr or b"").decode(errors="replace").strip().splitlines()
        shutil.rmtree(folder, ignore_errors=True)
        yield None, f"could not start PostgreSQL ({lines[-1] if lines else error})"
        return
    try:
        yield f"postgres://postgres@127.0.0.1:{port}/postgres", f"a local server started from {bin_dir}"
    finally:
        subprocess.run(
            [*prefix, f"{bin_dir}/pg_ctl", "-D", data, "-m", "fast", "stop"],
            check=False,
            capture_output=True,
            cwd=folder,
        )
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def database(server_url: str, name: str) -> Iterator[str]:
    """A fresh database `name` on the server, dropped afterwards; yields its URL."""
    import dj_database_url
    import psycopg2

    config = dj_database_url.parse(server_url)
    admin = psycopg2.connect(
        dbname=config["NAME"] or "postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
        yield f"{server_url.rsplit('/', 1)[0]}/{name}"
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
