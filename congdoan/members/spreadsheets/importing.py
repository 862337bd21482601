"""
Importing members from a spreadsheet into a union: the file is read and
checked (checking.py), then, if every row is right, saved in one transaction
by the registry's one write path, services.admit_members (the one that
admit_member also goes through): members, their first membership periods and
one audit entry each, written in bulk.

    import_members(organisation=…, file=…, filename=…, user=…)  → ImportOutcome
"""

from dataclasses import dataclass, field

from django.db import IntegrityError
from django.utils.translation import gettext as _

from congdoan.accounts import audit

from ..models import Member
from ..services import RECORD_FIELDS, admit_members
from .checking import FileProblem, RowError, check_file


@dataclass
class ImportOutcome:
    imported: int = 0
    errors: list = field(default_factory=list)  # [RowError]
    total_rows: int = 0


def import_members(*, organisation, file, filename, user, progress=None):
    """
    Import the members of ``file`` into ``organisation`` (or the units the
    file names inside it): all of them, or, if any row is wrong, none.
    """
    try:
        checked = check_file(organisation=organisation, file=file, filename=filename, user=user, progress=progress)
    except FileProblem as problem:
        return ImportOutcome(errors=problem.errors)
    if checked.errors:
        return ImportOutcome(errors=checked.errors, total_rows=checked.total)
    if not checked.records:
        return ImportOutcome(errors=[RowError(None, "", filename, _("The file has no members below the header row."))])
    try:
        imported = _save(checked, organisation, user, filename)
    except IntegrityError:
        # Someone added one of these card numbers or citizen IDs while the file was being read.
        reason = _(
            "A card number or citizen ID of this file was added to the registry meanwhile: check the file again."
        )
        return ImportOutcome(errors=[RowError(None, "", filename, reason)], total_rows=checked.total)
    if progress:
        progress(checked.total, checked.total)
    return ImportOutcome(imported=imported, total_rows=checked.total)


# ---------------------------------------------------------------------------
# Saving


def _save(checked, organisation, user, filename):
    """
    The members of a checked file, through the one write path of the registry
    (services.admit_members): members, first membership periods and audit
    entries in bulk, in one transaction.
    """
    keys = checked.keys
    # Each member built from its values in the order of the model's columns: far quicker than by keyword.
    template = {field.attname: field.get_default() for field in Member._meta.concrete_fields}
    if unknown := {*keys, "organisation_id"} - template.keys():
        raise ValueError(f"Not fields of a member: {', '.join(sorted(unknown))}")
    members = []
    for _row, organisation_id, values in checked.records:
        record = template.copy()
        record.update(zip(keys, values))
        record["organisation_id"] = organisation_id
        members.append(Member(*record.values()))
    return admit_members(
        organisation=organisation,
        members=members,
        user=user,
        logged_fields=[name for name in RECORD_FIELDS if name in keys],
        action=audit.IMPORT,
        note=_("Imported from the file “%(file)s”.") % {"file": filename},
    )
