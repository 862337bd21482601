"""
The audit log of back-office records: who changed what, when, from what to what.

Entries are Wagtail's own log entries (``wagtail.log_actions``), so they also
appear in the admin's site history for superusers; ``data["changes"]`` holds
the before/after value of every field that changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import get_active_log_context, log
from wagtail.models import ModelLogEntry

from .sensitive import visible_changes

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from .models import User

# A change in a log entry: {"field": name, "before": text, "after": text}.
Change = dict[str, str]

CREATE = "congdoan.create"
EDIT = "congdoan.edit"
TRANSFER = "congdoan.transfer"
END_MEMBERSHIP = "congdoan.end_membership"
EVENT = "congdoan.event"
IMPORT = "congdoan.import"

ACTIONS = [
    (CREATE, _("Create record"), _("Record created")),
    (EDIT, _("Edit record"), _("Record edited")),
    (TRANSFER, _("Transfer"), _("Transferred")),
    (END_MEMBERSHIP, _("End membership"), _("Membership ended")),
    (EVENT, _("Record an organisation event"), _("Organisation event recorded")),
    (IMPORT, _("Import from a spreadsheet"), _("Imported from a spreadsheet")),
]


def snapshot(instance: Model, fields: Iterable[str]) -> dict[str, str]:
    """The values of ``fields`` of ``instance``, as JSON-friendly text."""
    return {name: _as_text(getattr(instance, name)) for name in fields}


def apply_edit(
    instance: Model, fields: Iterable[str], changes: Mapping[str, Any], *, strip: bool = False
) -> dict[str, str]:
    """
    Set ``changes`` on ``instance`` (each must be one of ``fields``; text trimmed if
    ``strip``) and return the snapshot of ``fields`` from before, for the log entry
    of the edit (``changes_between(before, snapshot(instance, fields))``).
    """
    before = snapshot(instance, fields)
    for name, value in changes.items():
        if name not in fields:
            raise ValueError(f"{name} is not an editable field of {instance._meta.model_name}")
        setattr(instance, name, value.strip() if strip and isinstance(value, str) else value)
    return before


def changes_between(before: Mapping[str, str], after: Mapping[str, str]) -> list[Change]:
    """``[{"field", "before", "after"}]`` for every field whose value differs."""
    return [
        {"field": name, "before": before.get(name, ""), "after": after.get(name, "")}
        for name in after
        if before.get(name, "") != after.get(name, "")
    ]


def record(
    instance: Model, action: str, user: User | AnonymousUser | None, changes: Iterable[Change] = (), note: object = ""
) -> ModelLogEntry:
    """Add an entry for ``instance`` to the audit log."""
    return log(instance=instance, action=action, user=user, data=_entry_data(list(changes), note))


def record_creation(instance: Model, fields: Iterable[str], user: User | AnonymousUser | None) -> ModelLogEntry:
    """The "created" entry of a new record, with the value of each of ``fields`` as it was created."""
    return record(instance, CREATE, user, changes_between({}, snapshot(instance, fields)))


BULK_BATCH_SIZE = 2000


def record_many(
    instances: Iterable[Model],
    action: str,
    user: User | AnonymousUser | None,
    changes: Iterable[Change] = (),
    note: object = "",
) -> int:
    """
    Add the same entry (``action``, ``changes``, ``note``) for each of ``instances``
    to the audit log, written in batches of inserts: a merger moves tens of
    thousands of members at once and each one's history must still show it,
    without one insert per member. ``instances`` may be an iterator; only each
    one's ``pk`` and ``str()`` are read. Returns how many entries were written.
    """
    data = _entry_data(list(changes), note)
    return _write_entries(((instance, data) for instance in instances), action, user)


def record_creations(
    instances: Iterable[Model],
    fields: Sequence[str],
    user: User | AnonymousUser | None,
    *,
    action: str = CREATE,
    note: object = "",
) -> int:
    """
    The "created" entry of each of ``instances`` (as ``record_creation`` writes
    it: the value of each of ``fields`` as it was created; ``action`` and
    ``note`` for records created otherwise, e.g. imported), written in batches
    of inserts as ``record_many`` writes them. Returns how many were written.
    """
    return _write_entries(
        ((instance, _entry_data(_created(instance, fields), note)) for instance in instances), action, user
    )


def _created(instance: Model, fields: Sequence[str]) -> list[Change]:
    """``changes_between({}, snapshot(instance, fields))``, computed in one pass (an import logs 100,000 of them)."""
    return [
        {"field": name, "before": "", "after": text} for name in fields if (text := _as_text(getattr(instance, name)))
    ]


def _entry_data(changes: list[Change], note: object) -> dict[str, Any]:
    data: dict[str, Any] = {"changes": changes}
    if note:
        data["note"] = str(note)
    return data


_ENTRY_VALUES = {"action", "timestamp", "user_id", "uuid", "content_type_id", "object_id", "label", "data"}


def _write_entries(
    entries: Iterable[tuple[Model, dict[str, Any]]], action: str, user: User | AnonymousUser | None
) -> int:
    """Wagtail's log entries (as ``log()`` writes them) of ``(instance, data)`` pairs, in batches of inserts."""
    context = get_active_log_context()
    user = user or context.user
    timestamp = timezone.now()
    user_id = user.pk if user is not None else None
    content_types: dict[type[Model], int] = {}
    # Each entry built from its values in the order of the model's columns: far quicker than by keyword.
    template = {field.attname: field.get_default() for field in ModelLogEntry._meta.concrete_fields}
    if missing := _ENTRY_VALUES - template.keys():  # a column renamed by a Wagtail upgrade
        raise RuntimeError(f"ModelLogEntry has no {', '.join(sorted(missing))}")
    template.update(action=action, timestamp=timestamp, user_id=user_id, uuid=context.uuid)
    written, batch = 0, []
    for instance, data in entries:
        model = type(instance)
        if model not in content_types:
            content_types[model] = ContentType.objects.get_for_model(instance, for_concrete_model=False).pk
        values = template.copy()
        values.update(
            content_type_id=content_types[model],
            object_id=str(instance.pk),
            label=str(instance) or f"{model.__name__} object ({instance.pk})",
            data=data,
        )
        batch.append(ModelLogEntry(*values.values()))
        if len(batch) >= BULK_BATCH_SIZE:
            ModelLogEntry.objects.bulk_create(batch)
            written, batch = written + len(batch), []
    if batch:
        ModelLogEntry.objects.bulk_create(batch)
        written += len(batch)
    return written


def entries_for(instance: Model) -> QuerySet[ModelLogEntry]:
    """The audit entries of ``instance``, newest first, with their users."""
    return ModelLogEntry.objects.for_instance(instance).select_related("user").order_by("-timestamp", "-pk")


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def readable_entries(instance: Model, user: User | AnonymousUser) -> list[dict[str, Any]]:
    """
    The audit entries of ``instance`` as ``user``'s history page shows them: action,
    user, time, note and changes with field labels and choice labels.

    Changes to fields ``user`` may not see (``sensitive.visible_changes``) are left
    out, never masked: a masked row would still say that the field has a value (a
    Party date only Party members have). An entry whose every change was left out
    (an edit of those fields alone) is left out too, for the same reason.
    """
    model = type(instance)
    entries = []
    for entry in entries_for(instance):
        data = entry.data or {}
        recorded = data.get("changes", [])
        shown = visible_changes(user, model, recorded)
        if recorded and not shown:
            continue
        changes = [
            {
                "label": _field_label(model, change["field"]),
                "before": _value_label(model, change["field"], change["before"]),
                "after": _value_label(model, change["field"], change["after"]),
            }
            for change in shown
        ]
        entries.append({"entry": entry, "changes": changes, "note": data.get("note", "")})
    return entries


def _field_label(model: type[Model], name: str) -> Any:
    try:
        return model._meta.get_field(name).verbose_name  # type: ignore[union-attr]
    except FieldDoesNotExist:  # a field since removed
        return name


def _value_label(model: type[Model], name: str, value: str) -> Any:
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return value
    if field.choices and value:  # type: ignore[union-attr]
        return dict(field.flatchoices).get(value, value)  # type: ignore[union-attr]
    if value and len(value) == 10 and value[4] == "-" and value[7] == "-":  # ISO date
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
    return value
