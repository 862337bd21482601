"""
Back up the whole installation into one archive, and bring one back.

An archive is one uncompressed tar file (the PostgreSQL dump is compressed by pg_dump;
pictures and spreadsheets are compressed already):

    database.pgdump    PostgreSQL: `pg_dump --format=custom`, or
    database.sqlite3   SQLite: a copy taken with the sqlite3 backup API
    media/…            settings.MEDIA_ROOT
    private/…          settings.PRIVATE_UPLOAD_ROOT (member spreadsheets: personal data)
    manifest.json      the format, when (UTC), which release, which database, the row
                       count of every model table (every app: ours, Wagtail's, auth…) and
                       the SHA-256 of every other member; written last

The counts and the dump come from one snapshot of the database (PostgreSQL: an exported
REPEATABLE READ snapshot that pg_dump reuses; SQLite: counted in the copy), so they
agree even while people keep working.

A restore checks the whole archive (names, no links, every checksum) before it touches
anything, refuses another database vendor, and refuses a database that holds data (or
media and private folders that hold files) unless told to replace it (`force`). After
restoring it counts the rows again and fails loudly if they differ from the manifest.

These functions read models only generically, through django.apps: they know no app.
"""

import contextlib
import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import tarfile
import tempfile
import tomllib
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import django
import psycopg
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext

from congdoan.vietnamese import VIETNAM

FORMAT = "congdoan-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
FOLDERS = {"media": "MEDIA_ROOT", "private": "PRIVATE_UPLOAD_ROOT"}
OUR_APPS = "congdoan."
_CHUNK = 1024 * 1024
# libpq connection keywords Django may carry in OPTIONS, and the environment variable
# that sets each for pg_dump and pg_restore (nothing secret goes on a command line).
_LIBPQ_ENVIRONMENT = {
    "host": "PGHOST",
    "port": "PGPORT",
    "user": "PGUSER",
    "password": "PGPASSWORD",
    "dbname": "PGDATABASE",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "service": "PGSERVICE",
    "passfile": "PGPASSFILE",
    "options": "PGOPTIONS",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message (translated) is for the operator."""


# Tables and their rows -------------------------------------------------------------


def model_tables(*, ours_only: bool = False) -> list[str]:
    """The table of every installed model (auto-created many-to-many tables included) that exists."""
    existing = set(connection.introspection.table_names())
    tables = {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy
        and (not ours_only or model._meta.app_config.name.startswith(OUR_APPS))
        and model._meta.db_table in existing
    }
    return sorted(tables)


def _count_rows(cursor: Any, tables: list[str]) -> dict[str, int]:
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 - a model's table
        counts[table] = int(cursor.fetchone()[0])
    return counts


def table_counts() -> dict[str, int]:
    """{table: rows} of every model table, as the database holds them now."""
    with connection.cursor() as cursor:
        return _count_rows(cursor, model_tables())


def tables_with_rows() -> list[str]:
    """The tables of our own apps (congdoan.*) that hold at least one row: an empty database has none."""
    occupied = []
    with connection.cursor() as cursor:
        for table in model_tables(ours_only=True):
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")  # noqa: S608
            if cursor.fetchone() is not None:
                occupied.append(table)
    return occupied


# Files -------------------------------------------------------------------------------


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _regular_files(root: Path) -> Iterator[Path]:
    """Regular files under root, sorted; links and special files are left out (never followed)."""
    if not root.is_dir():
        return
    for folder, directories, names in os.walk(root):
        directories.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if stat.S_ISREG(path.lstat().st_mode):
                yield path


def folder_checksums() -> dict[str, str]:
    """{archive name: SHA-256} of the files under MEDIA_ROOT and PRIVATE_UPLOAD_ROOT, as now."""
    return {
        f"{prefix}/{path.relative_to(root).as_posix()}": sha256_of(path)
        for prefix, root in _folders().items()
        for path in _regular_files(root)
    }


def _folders() -> dict[str, Path]:
    return {prefix: Path(getattr(settings, setting)) for prefix, setting in FOLDERS.items()}


class _HashingReader:
    """Hands a file to tarfile and hashes exactly the bytes it copies."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.digest.update(data)
        return data


# Backup -------------------------------------------------------------------------------


def make_backup(*, destination: Path | str) -> Path:
    """
    Write one archive of the database, MEDIA_ROOT and PRIVATE_UPLOAD_ROOT; return its path.

    `destination` is a folder (the archive is named after the time in Vietnam,
    congdoan-YYYYmmdd-HHMMSS.tar) or, ending in .tar, the archive's own path. The archive
    is written beside its final name and renamed once complete, with mode 0600.
    """
    created = timezone.now()
    for setting in ("MEDIA_ROOT", "STATIC_ROOT"):
        published = Path(getattr(settings, setting)).resolve()
        if Path(destination).resolve().is_relative_to(published):
            raise BackupError(
                gettext("%(destination)s is inside %(setting)s, which the web server publishes: choose another folder.")
                % {"destination": destination, "setting": setting}
            )
    target = _archive_path(Path(destination), created)
    if target.exists():
        raise BackupError(gettext("%(path)s already exists.") % {"path": target})
    partial = target.with_name(f".{target.name}.partial")
    vendor = connection.vendor
    if vendor not in DUMP_NAMES:
        raise BackupError(gettext("This database (%(vendor)s) cannot be backed up.") % {"vendor": vendor})
    with tempfile.TemporaryDirectory(prefix="congdoan-backup-") as work:
        dump = Path(work) / DUMP_NAMES[vendor]
        counts = _dump_postgresql(dump) if vendor == "postgresql" else _dump_sqlite(dump)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as output:
                with tarfile.open(fileobj=output, mode="w", format=tarfile.PAX_FORMAT) as tar:
                    files = {dump.name: _add_file(tar, dump, dump.name, mode=0o600)}
                    for prefix, root in _folders().items():
                        for path in _regular_files(root):
                            name = f"{prefix}/{path.relative_to(root).as_posix()}"
                            mode = 0o600 if prefix == "private" else stat.S_IMODE(path.stat().st_mode)
                            files[name] = _add_file(tar, path, name, mode=mode)
                    manifest = _manifest(created=created, vendor=vendor, dump=dump.name, counts=counts, files=files)
                    _add_bytes(tar, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode())
                output.flush()
                os.fsync(output.fileno())
            if target.exists():
                raise BackupError(gettext("%(path)s already exists.") % {"path": target})
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    return target


def _archive_path(destination: Path, created: datetime.datetime) -> Path:
    if destination.suffix == ".tar" and not destination.is_dir():
        folder, name = destination.parent, destination.name
    else:
        folder, name = destination, f"congdoan-{created.astimezone(VIETNAM):%Y%m%d-%H%M%S}.tar"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / name
    number = 1
    while target.exists() and destination.suffix != ".tar":
        number += 1
        target = folder / f"{Path(name).stem}-{number}.tar"
    return target


def _add_file(tar: tarfile.TarFile, path: Path, name: str, *, mode: int) -> dict[str, Any]:
    info = tar.gettarinfo(str(path), arcname=name)
    info.mode, info.uid, info.gid, info.uname, info.gname = mode, 0, 0, "", ""
    with path.open("rb") as file:
        reader = _HashingReader(file)
        tar.addfile(info, reader)  # tarfile only calls read()
    return {"sha256": reader.digest.hexdigest(), "bytes": info.size}


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), 0o600, int(timezone.now().timestamp())
    tar.addfile(info, io.BytesIO(data))


def _manifest(
    *, created: datetime.datetime, vendor: str, dump: str, counts: dict[str, int], files: dict[str, Any]
) -> dict[str, Any]:
    database: dict[str, Any] = {"vendor": vendor, "file": dump}
    if vendor == "postgresql":
        database["server_version"] = connection.pg_version  # type: ignore[attr-defined]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created.astimezone(datetime.UTC).isoformat(),
        "release": _release(),
        "django": django.get_version(),
        "wagtail": _package_version("wagtail"),
        "database": database,
        "tables": counts,
        "files": files,
    }


def _package_version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _release() -> dict[str, str | None]:
    """The project's version (pyproject.toml) and commit, where they can be known."""
    base = Path(settings.BASE_DIR)
    version = None
    with contextlib.suppress(OSError, tomllib.TOMLDecodeError, KeyError):
        version = tomllib.loads((base / "pyproject.toml").read_text())["project"]["version"]
    commit = None
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        answer = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=base, capture_output=True, text=True, timeout=5, check=False
        )
        if answer.returncode == 0:
            commit = answer.stdout.strip() or None
    return {"version": version, "commit": commit}


def _dump_sqlite(dump: Path) -> dict[str, int]:
    """Copy the database with SQLite's backup API; count the rows in the copy."""
    tables = model_tables()
    connection.ensure_connection()
    copy = sqlite3.connect(dump)
    try:
        connection.connection.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        return _count_rows(copy.cursor(), tables)
    finally:
        copy.close()


def _libpq_parameters() -> dict[str, str]:
    """The connection Django uses (its current database: the test one under pytest), as libpq keywords."""
    settings_dict = connection.settings_dict
    parameters = {
        "dbname": settings_dict["NAME"],
        "user": settings_dict.get("USER"),
        "password": settings_dict.get("PASSWORD"),
        "host": settings_dict.get("HOST"),
        "port": settings_dict.get("PORT"),
    }
    for key, value in (settings_dict.get("OPTIONS") or {}).items():
        if key in _LIBPQ_ENVIRONMENT:
            parameters[key] = value
    return {key: str(value) for key, value in parameters.items() if value not in (None, "")}


def _libpq_environment() -> dict[str, str]:
    environment = dict(os.environ)
    for variable in _LIBPQ_ENVIRONMENT.values():
        environment.pop(variable, None)
    environment.update({_LIBPQ_ENVIRONMENT[key]: value for key, value in _libpq_parameters().items()})
    return environment


def _postgresql_program(name: str) -> str:
    return shutil.which(name) or f"/usr/bin/{name}"


def _dump_postgresql(dump: Path) -> dict[str, int]:
    """pg_dump in the custom format, from the snapshot in which the rows are counted."""
    tables = model_tables()
    with psycopg.connect(autocommit=True, **_libpq_parameters()) as snapshot_holder:  # type: ignore[arg-type]
        snapshot_holder.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        row = snapshot_holder.execute("SELECT pg_export_snapshot()").fetchone()
        assert row is not None
        counts = _count_rows(snapshot_holder.cursor(), tables)
        command = [
            _postgresql_program("pg_dump"),
            "--format=custom",
            "--no-password",
            f"--snapshot={row[0]}",
            f"--file={dump}",
        ]
        answer = subprocess.run(command, env=_libpq_environment(), capture_output=True, text=True, check=False)
        snapshot_holder.execute("COMMIT")
    if answer.returncode != 0:
        raise BackupError(gettext("pg_dump failed: %(error)s") % {"error": answer.stderr.strip()})
    os.chmod(dump, 0o600)
    return counts


# Restore ------------------------------------------------------------------------------


def restore_backup(*, archive: Path | str, force: bool = False) -> dict[str, Any]:
    """
    Bring back an archive written by make_backup; return its manifest.

    Refuses (BackupError, nothing touched) a damaged archive, a checksum that does not
    match, a member that is a link or would land outside its folder, another database
    vendor, and, unless `force`, a database with rows in any of our apps' tables or media
    and private folders that hold files. `force` replaces what is there. Afterwards the
    rows are counted again: BackupError if any table differs from the manifest.
    """
    path = Path(archive)
    if not path.is_file():
        raise BackupError(gettext("There is no backup archive at %(path)s.") % {"path": path})
    with tempfile.TemporaryDirectory(prefix="congdoan-restore-") as work:
        unpacked = Path(work)
        manifest = _unpack(path, unpacked)
        vendor = manifest["database"]["vendor"]
        if vendor != connection.vendor:
            raise BackupError(
                gettext("This archive holds a %(archive)s database; this installation uses %(database)s.")
                % {"archive": vendor, "database": connection.vendor}
            )
        if connection.in_atomic_block:
            raise BackupError(gettext("A restore cannot run inside a database transaction."))
        if not force:
            _refuse_unless_empty()
        dump = unpacked / manifest["database"]["file"]
        if vendor == "postgresql":
            _restore_postgresql(dump)
        else:
            _restore_sqlite(dump)
        ContentType.objects.clear_cache()
        for alias in settings.CACHES:
            caches[alias].clear()  # pages, menus and routes cached from the data that was there
        for prefix, root in _folders().items():
            _replace_folder(unpacked / prefix, root, private=prefix == "private")
    _verify_counts(manifest["tables"])
    return manifest


def _refuse(reason: str, path: Path) -> BackupError:
    return BackupError(
        gettext("The archive %(path)s is damaged; nothing was restored. %(reason)s") % {"path": path, "reason": reason}
    )


def _unpack(path: Path, work: Path) -> dict[str, Any]:
    """Check every member, extract into `work`, check every checksum; the manifest."""
    try:
        with tarfile.open(path, mode="r:*") as tar:
            members = tar.getmembers()
            names = [member.name for member in members]
            for member in members:
                _check_member(member, path)
            if len(set(names)) != len(names):
                raise _refuse(gettext("A file appears twice in it."), path)
            if MANIFEST not in names:
                raise _refuse(gettext("It has no manifest."), path)
            manifest_file = tar.extractfile(MANIFEST)
            assert manifest_file is not None
            manifest = _check_manifest(json.loads(manifest_file.read().decode()), path)
            if set(names) - {MANIFEST} != set(manifest["files"]):
                raise _refuse(gettext("Its files are not the ones its manifest lists."), path)
            tar.extractall(work, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _refuse(str(error), path) from error
    for name, expected in manifest["files"].items():
        if sha256_of(work / name) != expected["sha256"]:
            raise _refuse(gettext("The checksum of %(name)s does not match the manifest.") % {"name": name}, path)
    return manifest


def _check_member(member: tarfile.TarInfo, path: Path) -> None:
    name = PurePosixPath(member.name)
    if not (member.isfile() or member.isdir()):
        raise _refuse(gettext("%(name)s is a link or a special file.") % {"name": member.name}, path)
    if name.is_absolute() or ".." in name.parts or "\\" in member.name:
        raise _refuse(gettext("%(name)s would be written outside its folder.") % {"name": member.name}, path)
    if member.isfile() and member.name != MANIFEST and member.name not in DUMP_NAMES.values():
        if name.parts[0] not in FOLDERS or len(name.parts) < 2:
            raise _refuse(gettext("%(name)s is not part of a backup.") % {"name": member.name}, path)


def _check_manifest(manifest: Any, path: Path) -> dict[str, Any]:
    try:
        well_formed = (
            manifest["format"] == FORMAT
            and isinstance(manifest["tables"], dict)
            and all(isinstance(count, int) for count in manifest["tables"].values())
            and isinstance(manifest["files"], dict)
            and all(isinstance(entry["sha256"], str) for entry in manifest["files"].values())
            and DUMP_NAMES.get(manifest["database"]["vendor"]) == manifest["database"]["file"]
            and manifest["database"]["file"] in manifest["files"]
        )
    except (KeyError, TypeError):
        well_formed = False
    if not well_formed:
        raise _refuse(gettext("Its manifest is not one this program writes."), path)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            gettext("This archive is in format %(found)s; this release reads format %(known)s.")
            % {"found": manifest.get("format_version"), "known": FORMAT_VERSION}
        )
    return dict(manifest)


def _refuse_unless_empty() -> None:
    occupied = tables_with_rows()
    if occupied:
        raise BackupError(
            gettext(
                "The database is not empty (%(tables)s hold data); nothing was restored. "
                "Restore into an empty database, or give --force to replace what it holds."
            )
            % {"tables": ", ".join(occupied[:5]) + (", …" if len(occupied) > 5 else "")}
        )
    for root in _folders().values():
        if next(_regular_files(root), None) is not None:
            raise BackupError(
                gettext(
                    "%(folder)s holds files; nothing was restored. Empty it, or give --force to replace what it holds."
                )
                % {"folder": root}
            )


def _restore_sqlite(dump: Path) -> None:
    """Copy the archived database over the current one with SQLite's backup API."""
    name = connection.settings_dict["NAME"]
    connection.close()
    source = sqlite3.connect(dump)
    target = sqlite3.connect(name, timeout=30)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def _restore_postgresql(dump: Path) -> None:
    """
    pg_restore into the current database, in one transaction: whatever the dump holds is
    dropped first if it exists (--clean --if-exists), so the database may be freshly
    created or migrated; if anything fails, nothing changes.
    """
    connection.close()  # holds no lock while tables are dropped and created again
    command = [
        _postgresql_program("pg_restore"),
        "--no-owner",
        "--no-acl",
        "--clean",
        "--if-exists",
        "--single-transaction",
        "--exit-on-error",
        "--no-password",
        f"--dbname={connection.settings_dict['NAME']}",
        str(dump),
    ]
    answer = subprocess.run(command, env=_libpq_environment(), capture_output=True, text=True, check=False)
    if answer.returncode != 0:
        raise BackupError(
            gettext("pg_restore failed; the database was left as it was: %(error)s") % {"error": answer.stderr.strip()}
        )


def _replace_folder(source: Path, root: Path, *, private: bool) -> None:
    """Make `root` hold exactly the archived files (private ones: 0700 folders, 0600 files)."""
    root.mkdir(mode=0o700 if private else 0o755, parents=True, exist_ok=True)
    for entry in list(root.iterdir()):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    if source.is_dir():
        shutil.copytree(source, root, dirs_exist_ok=True)
    if private:
        for folder, _directories, names in os.walk(root):
            os.chmod(folder, 0o700)
            for name in names:
                os.chmod(Path(folder) / name, 0o600)


def _verify_counts(expected: dict[str, int]) -> None:
    existing = set(connection.introspection.table_names())
    missing = sorted(set(expected) - existing)
    with connection.cursor() as cursor:
        found = _count_rows(cursor, sorted(set(expected) & existing))
    differences = [f"{table}: {expected[table]} → {found[table]}" for table in found if found[table] != expected[table]]
    differences += [f"{table}: {expected[table]} → —" for table in missing]
    if differences:
        raise BackupError(
            gettext("The restored database does not match the archive's manifest: %(differences)s")
            % {"differences": "; ".join(differences)}
        )
