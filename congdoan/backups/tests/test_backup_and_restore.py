"""
Backup → wipe → restore brings back the same rows and the same files, on SQLite and on
PostgreSQL (whichever the suite runs on); a restore that must not happen changes nothing.
"""

import hashlib
import io
import json
import re
import shutil
import stat
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from congdoan.accounts.models import User
from congdoan.backups import services
from congdoan.backups.services import BackupError, folder_checksums, make_backup, restore_backup, table_counts
from congdoan.browser_testing import restore_wagtail_roots
from congdoan.conftest import PortalTree
from congdoan.members.models import Member
from congdoan.registry_fixtures import UnionTree, admit

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def installation(transactional_db, settings):
    """A union tree with members, portal pages, a picture in media and a spreadsheet in private uploads."""
    restore_wagtail_roots()  # flushed away by the transactional test before
    unions, portal = UnionTree(), PortalTree()
    admit(unions.transport, given="Bình")
    admit(unions.office, family="Trần", given="Chi")
    User.objects.create_user("tinh", password="pw", organisation=unions.province)
    portal.publish("Hội nghị Ban Chấp hành")
    write(Path(settings.MEDIA_ROOT) / "original_images" / "hoi-nghi.jpg", b"\xff\xd8\xff picture")
    write(Path(settings.MEDIA_ROOT) / "documents" / "nghị quyết.pdf", b"%PDF-1.4 resolution")
    write(Path(settings.PRIVATE_UPLOAD_ROOT) / "imports" / "danh-sach.xlsx", b"PK member list")
    return unions


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def wipe():
    call_command("flush", interactive=False, verbosity=0)
    for root in (settings.MEDIA_ROOT, settings.PRIVATE_UPLOAD_ROOT):
        shutil.rmtree(root, ignore_errors=True)


def manifest_of(archive):
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("manifest.json"))


def test_backup_wipe_restore_gives_the_same_counts_and_checksums(installation, tmp_path):
    counts, checksums = table_counts(), folder_checksums()
    assert counts["members_member"] == 2 and len(checksums) == 3

    archive = make_backup(destination=tmp_path / "backups")

    assert re.fullmatch(r"congdoan-\d{8}-\d{6}\.tar", archive.name)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    manifest = manifest_of(archive)
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["tables"] == counts  # every model table: ours, Wagtail's, auth's
    assert {"accounts_user", "members_member", "wagtailcore_page", "auth_group", "taggit_tag"} <= set(counts)
    assert {name: entry["sha256"] for name, entry in manifest["files"].items() if "/" in name} == checksums

    wipe()
    assert table_counts()["members_member"] == 0 and folder_checksums() == {}

    restore_backup(archive=archive)

    assert table_counts() == counts
    assert folder_checksums() == checksums
    assert sorted(Member.objects.values_list("given_name", flat=True)) == ["Bình", "Chi"]
    private = Path(settings.PRIVATE_UPLOAD_ROOT) / "imports" / "danh-sach.xlsx"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_the_commands_back_up_and_replace_a_database_with_force(installation, tmp_path):
    out = io.StringIO()
    archive = tmp_path / "sao-luu.tar"
    call_command("backup", destination=archive, stdout=out)
    assert "sao-luu.tar" in out.getvalue() and "dữ liệu cá nhân" in out.getvalue()
    with pytest.raises(CommandError, match="đã tồn tại"):
        call_command("backup", destination=archive)
    with pytest.raises(CommandError, match="MEDIA_ROOT"):  # it would be published
        call_command("backup", destination=Path(settings.MEDIA_ROOT) / "sao-luu")
    assert not (Path(settings.MEDIA_ROOT) / "sao-luu").exists()
    counts = table_counts()
    admit(installation.school, given="Dũng")  # a change after the backup, which --force replaces

    with pytest.raises(CommandError, match="Cơ sở dữ liệu không trống"):
        call_command("restore", archive)
    assert table_counts()["members_member"] == 3

    call_command("restore", archive, force=True, stdout=out)
    assert table_counts() == counts
    assert "Đã khôi phục" in out.getvalue()


# Refusals. The archive is made, then the database changes; each damaged copy is refused
# even with --force (so only the check stands in the way), and leaves the database and the
# folders as they changed. One test, so the database is set up once for all of them.


def rewritten(archive, name, *, change=lambda name, data: data, rename=lambda name: name, add=(), manifest_change=None):
    """
    A copy of the archive with members changed, renamed (in the manifest too) or added (links
    as they are, files listed in the manifest with their checksum, so only their name is wrong).
    """
    copy = archive.with_name(f"{name}.tar")
    manifest = manifest_of(archive)
    with tarfile.open(archive) as source, tarfile.open(copy, "w") as target:
        for member in source.getmembers():
            if member.name == "manifest.json":
                continue
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            manifest["files"][rename(member.name)] = manifest["files"].pop(member.name)
            member.name = rename(member.name)
            target.addfile(member, io.BytesIO(data))
        for member, data in add:
            target.addfile(member, None if data is None else io.BytesIO(data))
            manifest["files"][member.name] = {"sha256": hashlib.sha256(data or b"").hexdigest()}
        if manifest_change:
            manifest_change(manifest)
        data = json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        target.addfile(info, io.BytesIO(data))
    return copy


def flip_last_byte(data):
    return data[:-1] + bytes([data[-1] ^ 1])


def file_member(name, data=b"evil"):
    member = tarfile.TarInfo(name)
    member.size = len(data)
    return member, data


def link_member(name, target="/etc/passwd", kind=tarfile.SYMTYPE):
    member = tarfile.TarInfo(name)
    member.type, member.linkname = kind, target
    return member, None


def damaged_copies(archive):
    """{what is wrong: (the copy, what the refusal says)}."""
    ours = services.DUMP_NAMES[connection.vendor]
    vendor, theirs = next((vendor, name) for vendor, name in services.DUMP_NAMES.items() if name != ours)
    truncated, garbage = archive.with_name("truncated.tar"), archive.with_name("garbage.tar")
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    garbage.write_bytes(b"not an archive at all" * 100)

    def other_vendor(manifest):
        manifest["database"] = {"vendor": vendor, "file": theirs}

    return {
        "truncated": (truncated, "is damaged"),
        "not a tar file": (garbage, "is damaged"),
        "a picture changed": (
            rewritten(
                archive, "picture", change=lambda n, data: flip_last_byte(data) if n.startswith("media/") else data
            ),
            "checksum of media/.* does not match",
        ),
        "the dump changed": (
            rewritten(archive, "dump", change=lambda n, data: flip_last_byte(data) if n == ours else data),
            f"checksum of {re.escape(ours)} does not match",
        ),
        "a file not in the manifest": (
            rewritten(archive, "unlisted", manifest_change=lambda manifest: manifest["files"].popitem()),
            "not the ones its manifest lists",
        ),
        "parent folder": (rewritten(archive, "parent", add=[file_member("../escaped.txt")]), "outside its folder"),
        "absolute path": (rewritten(archive, "absolute", add=[file_member("/tmp/escaped.txt")]), "outside its folder"),
        "up and out": (rewritten(archive, "up", add=[file_member("media/../../escaped.txt")]), "outside its folder"),
        "symbolic link": (rewritten(archive, "symlink", add=[link_member("media/link.jpg")]), "is a link"),
        "hard link": (
            rewritten(archive, "hardlink", add=[link_member("private/link.xlsx", "/etc/passwd", tarfile.LNKTYPE)]),
            "is a link",
        ),
        "another vendor": (
            rewritten(archive, "vendor", rename=lambda n: theirs if n == ours else n, manifest_change=other_vendor),
            f"holds a {vendor} database; this installation uses {connection.vendor}",
        ),
    }


@pytest.mark.usefixtures("in_english")
def test_a_damaged_or_foreign_archive_is_refused_and_changes_nothing(installation, tmp_path):
    archive = make_backup(destination=tmp_path)
    admit(installation.school, given="Dũng")  # after the backup: a restore would take it away
    Path(settings.MEDIA_ROOT, "original_images", "hoi-nghi.jpg").unlink()
    counts, checksums = table_counts(), folder_checksums()

    for wrong, (copy, refusal) in damaged_copies(archive).items():
        with pytest.raises(BackupError, match=refusal):
            restore_backup(archive=copy, force=True)
        assert (table_counts(), folder_checksums()) == (counts, checksums), wrong
    assert not (tmp_path / "escaped.txt").exists() and not Path("/tmp/escaped.txt").exists()
    assert not Path(settings.MEDIA_ROOT, "link.jpg").exists()

    restore_backup(archive=archive, force=True)  # the archive they were made from is fine
    assert table_counts()["members_member"] == counts["members_member"] - 1
