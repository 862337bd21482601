"""
The audit log of back-office records: who changed what, when, from what to what.

Entries are Wagtail's own log entries (``wagtail.log_actions``), so they also
appear in the admin's site history for superusers; ``data["changes"]`` holds
the before/after value of every field that changed.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

CREATE = "congdoan.create"
EDIT = "congdoan.edit"
TRANSFER = "congdoan.transfer"
END_MEMBERSHIP = "congdoan.end_membership"
EVENT = "congdoan.event"
IMPORT = "congdoan.import"

ACTIONS = [
    (CREATE, _("Create"), _("Created")),
    (EDIT, _("Edit"), _("Edited")),
    (TRANSFER, _("Transfer"), _("Transferred")),
    (END_MEMBERSHIP, _("End membership"), _("Membership ended")),
    (EVENT, _("Record an organisation event"), _("Organisation event recorded")),
    (IMPORT, _("Import"), _("Imported")),
]


def snapshot(instance, fields):
    """The values of ``fields`` of ``instance``, as JSON-friendly text."""
    return {name: _as_text(getattr(instance, name)) for name in fields}


def changes_between(before, after):
    """``[{"field", "before", "after"}]`` for every field whose value differs."""
    return [
        {"field": name, "before": before.get(name, ""), "after": after.get(name, "")}
        for name in after
        if before.get(name, "") != after.get(name, "")
    ]


def record(instance, action, user, changes=(), note=""):
    """Add an entry for ``instance`` to the audit log."""
    data = {"changes": list(changes)}
    if note:
        data["note"] = str(note)
    return log(instance=instance, action=action, user=user, data=data)


def entries_for(instance):
    """The audit entries of ``instance``, newest first, with their users."""
    return ModelLogEntry.objects.for_instance(instance).select_related("user").order_by("-timestamp", "-pk")


def _as_text(value):
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
