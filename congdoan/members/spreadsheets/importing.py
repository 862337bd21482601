"""
Importing members from a spreadsheet into a union: the file is read and
checked (checking.py), then, if every row is right, saved in one transaction:
members, their first membership periods and one audit entry each.

    import_members(organisation=…, file=…, filename=…, user=…)  → ImportOutcome

Speed: the rows are written with multi-row INSERTs (COPY on PostgreSQL).
"""

import datetime
import operator
import uuid
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _json_text

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from congdoan.accounts import audit

from ..models import COUNTED_FIELDS, Member, Membership, derived_name_fields
from ..services import RECORD_FIELDS
from ..vocabularies import PeriodStart
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
        imported = _save(checked, user, filename)
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


def _save(checked, user, filename):
    """
    Members, their first membership periods and their audit entries, in one
    transaction. The rows are written with plain INSERTs (COPY on PostgreSQL):
    what bulk_create would write, without building a model instance per row.
    """
    keys = checked.keys
    position = {key: index for index, key in enumerate(keys)}
    fields = [field for field in Member._meta.concrete_fields if not field.primary_key]
    field_names = [field.name for field in fields]
    # Each record's values, then: organisation id, name key, folded name, and defaults of the columns the file lacks.
    extra = ["organisation_id", "name_key", "name_folded"]
    defaults = [field for field in fields if field.name not in position and field.attname not in extra]
    layout = [*keys, *extra, *(field.name for field in defaults)]
    default_values = [_plain(field.get_default()) for field in defaults]
    pick = operator.itemgetter(
        *(layout.index(field.attname if field.attname in extra else field.name) for field in fields)
    )
    family, middle, given = (position.get(name) for name in ("family_name", "middle_name", "given_name"))
    joined = position["joined_union_on"]
    derived = {}
    member_rows = []
    for _row, organisation_id, values in checked.records:
        name = (values[family], values[middle] if middle is not None else "", values[given])
        names = derived.get(name)
        if names is None:
            names = derived[name] = derived_name_fields(*name)
        member_rows.append(pick([*values, organisation_id, *names, *default_values]))

    audit_data = _audit_data_writer(
        [(name, position[name]) for name in RECORD_FIELDS if name in position],
        _("Imported from the file “%(file)s”.") % {"file": filename},
    )
    log_fields = {field.name: field for field in ModelLogEntry._meta.concrete_fields}
    content_type = ContentType.objects.get_for_model(Member, for_concrete_model=False).pk
    timestamp = log_fields["timestamp"].get_db_prep_value(timezone.now(), connection)
    batch = log_fields["uuid"].get_db_prep_value(uuid.uuid4(), connection)
    user_id = user.pk if user is not None else None

    with transaction.atomic():
        ids = _reserve_ids(Member, len(member_rows))
        _insert(Member, ["id", *(field.column for field in fields)], ((pk, *row) for pk, row in zip(ids, member_rows)))
        counted = operator.itemgetter(*(field_names.index(name) for name in COUNTED_FIELDS))
        _insert(
            Membership,
            ["member_id", "organisation_id", "started_on", "start_reason", "ended_on", "end_reason", "note",
             *COUNTED_FIELDS],
            (
                (pk, organisation_id, values[joined], PeriodStart.JOINED.value, None, "", "", *counted(member_row))
                for pk, (_row, organisation_id, values), member_row in zip(ids, checked.records, member_rows)
            ),
        )  # fmt: skip
        full_name = operator.itemgetter(*(index for index in (family, middle, given) if index is not None))
        _insert(
            ModelLogEntry,
            ["content_type_id", "label", "action", "data", "timestamp", "uuid", "user_id", "revision_id",
             "content_changed", "deleted", "object_id"],
            (
                (content_type, " ".join(part for part in full_name(values) if part), audit.IMPORT,
                 audit_data(values), timestamp, batch, user_id,
                 None, False, False, str(pk))
                for pk, (_row, _organisation_id, values) in zip(ids, checked.records)
            ),
        )  # fmt: skip
    return len(member_rows)


def _plain(value):
    return str(value) if isinstance(value, str) else value  # a choice (an enum) as the plain text the driver knows


def _audit_data_writer(fields, note):
    """
    A function giving, for a record's values, the JSON of the audit entry's
    data: ``{"changes": audit.changes_between({}, audit.snapshot(member, fields)),
    "note": note}`` as ``audit.record`` writes it, assembled from pieces made once.
    """
    prefixes = [(index, '{"field": %s, "before": "", "after": ' % _json_text(name)) for name, index in fields]
    ending = '], "note": %s}' % _json_text(str(note))

    def data(values):
        parts = []
        for index, prefix in prefixes:
            value = values[index]
            if value is None or value == "":
                continue
            parts.append(
                prefix + _json_text(value.isoformat() if isinstance(value, datetime.date) else str(value)) + "}"
            )
        return '{"changes": [' + ", ".join(parts) + ending

    return data


def _reserve_ids(model, count):
    """``count`` new primary keys of ``model``, never used before (call inside the writing transaction)."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, count]
            )
            return [row[0] for row in cursor.fetchall()]
        # SQLite writes one transaction at a time: the ids after the highest ever given are free.
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {connection.ops.quote_name(table)}")
        highest = cursor.fetchone()[0]
        if connection.vendor == "sqlite":
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cursor.fetchone()
            highest = max(highest, row[0] if row else 0)
    return list(range(highest + 1, highest + 1 + count))


def _insert(model, columns, rows):
    """Insert ``rows`` (tuples in the order of ``columns``) into ``model``'s table."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    names = ", ".join(quote(column) for column in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with connection.wrap_database_errors, cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        placeholders = ", ".join(["%s"] * len(columns))
        cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({placeholders})", rows)
