"""
Optimistic locking of the back-office edit forms.

Two people may open the same record at once; whoever saves second must not
silently undo the first one's change (nor have the audit log blame them for
"changing it back"). Every edit form therefore carries a version token: a
fingerprint of the record's editable values as the form showed them. The
service that writes compares it, inside its transaction and with the row
locked (``select_for_update``), with the fingerprint of the record as it is
now; if they differ nothing is saved and ``EditConflict`` is raised, which
the view turns into the conflict page (``conflict_response``).

A fingerprint rather than a ``version`` column: no migration on every table,
it also covers records that are a set of rows (a year's quotas, a scoring
sheet, a term's results entered by hand), and it only covers the fields the
person may see and edit, so a change to a field hidden from them neither
blocks them nor reveals itself through the token (an HMAC keyed by the
site's secret, so it cannot be matched against guessed values either).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db.models import Model
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from congdoan.accounts import audit

VERSION_FIELD = "version"
_SALT = "congdoan.backoffice.concurrency.version"


class EditConflict(Exception):
    """
    The record changed since the form was opened; nothing was saved.

    ``current``: the fingerprinted values as they are now ({name: value}),
    for the conflict page; ``labels``: names for values the form has no field
    for; ``audit_fields``: the field names of the audit log that stand for
    them (by default the same names), to find who changed them last.
    """

    def __init__(
        self,
        record: Model | None,
        current: Mapping[str, Any],
        *,
        labels: Mapping[str, Any] | None = None,
        audit_fields: Iterable[str] | None = None,
    ) -> None:
        super().__init__("The record changed since the form was opened.")
        self.record = record
        self.current = dict(current)
        self.labels = dict(labels or {})
        self.audit_fields = set(audit_fields if audit_fields is not None else self.current)


def _as_text(value: object) -> str:
    """One spelling per value, whichever way it was loaded (a Decimal keeps no trailing zeros)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if hasattr(value, "pk"):
        return str(value.pk)
    return str(value)


def fingerprint(values: Mapping[str, Any]) -> str:
    """The version token of a record whose editable values are ``values`` ({name: value})."""
    text = json.dumps({name: _as_text(value) for name, value in values.items()}, sort_keys=True, ensure_ascii=False)
    return salted_hmac(_SALT, text, algorithm="sha256").hexdigest()[:40]


def values_of(instance: Model | None, fields: Iterable[str]) -> dict[str, Any]:
    """``{name: value}`` of ``fields`` of ``instance`` ({} for a record that does not exist yet)."""
    if instance is None:
        return {}
    return {name: getattr(instance, name) for name in fields}


def version_of(instance: Model | None, fields: Iterable[str]) -> str:
    """The version token of ``instance`` over ``fields``."""
    return fingerprint(values_of(instance, fields))


def check_version(
    version: str | None,
    record: Model | None,
    current: Mapping[str, Any],
    *,
    shown: Mapping[str, Any] | None = None,
    **conflict: Any,
) -> None:
    """
    Refuse the write unless ``version`` (the token the form was opened with) is
    the fingerprint of ``current``, the record's values now. Call it inside the
    write's transaction after locking the row, so no other edit can come between
    the check and the save. ``version=None`` is a write by the system itself
    (a service updating a record it has just locked), not from a form.
    ``shown``: the values the conflict page compares, when not all of ``current``.
    """
    if version is not None and version != fingerprint(current):
        raise EditConflict(record, current if shown is None else shown, **conflict)


class VersionedForm(forms.Form):
    """
    A form that edits an existing record: a hidden version token, set when the
    form is opened and sent back with it. A model form takes it from its
    instance over the fields it edits; other forms are given it (``version=``).
    """

    version = forms.CharField(
        widget=forms.HiddenInput,
        error_messages={
            "required": gettext_lazy("This form is out of date: reload the page and enter your changes again.")
        },
    )

    def __init__(self, *args: Any, version: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._opened_version = version
        # Evaluated when the form is shown: after a subclass has removed the fields the user may not see.
        self.fields[VERSION_FIELD].initial = self._version_when_opened

    def _version_when_opened(self) -> str:
        if self._opened_version is not None:
            return self._opened_version
        instance = getattr(self, "instance", None)
        if instance is None or instance.pk is None:
            raise ImproperlyConfigured(f"{type(self).__name__} needs version= (it has no saved instance)")
        return version_of(instance, self.edited_fields())

    def edited_fields(self) -> list[str]:
        """The names of the fields the form writes: its own, less the version and disabled ones."""
        return [name for name, field in self.fields.items() if name != VERSION_FIELD and not field.disabled]

    def changes(self) -> dict[str, Any]:
        """The cleaned values of ``edited_fields``, for the service."""
        return {name: self.cleaned_data[name] for name in self.edited_fields() if name in self.cleaned_data}

    def submitted_version(self) -> str:
        return self.cleaned_data[VERSION_FIELD]


def last_change(conflict: EditConflict) -> Any:
    """The newest audit entry of the record that changed one of the compared fields (None if the log has none)."""
    if conflict.record is None or conflict.record.pk is None:
        return None
    for entry in audit.entries_for(conflict.record)[:100]:
        changes = (entry.data or {}).get("changes", [])
        if any(change.get("field") in conflict.audit_fields for change in changes):
            return entry
    return None


def _label(name: str, form: forms.BaseForm, conflict: EditConflict) -> Any:
    field = form.fields.get(name)
    if field is not None and field.label and not field.widget.is_hidden:
        return field.label
    if name in conflict.labels:
        return conflict.labels[name]
    if conflict.record is not None:
        try:
            return conflict.record._meta.get_field(name).verbose_name  # type: ignore[union-attr]
        except FieldDoesNotExist:
            pass
    return field.label if field is not None and field.label else name


def _display(name: str, value: object, form: forms.BaseForm, conflict: EditConflict) -> str:
    """``value`` as the person reads it: dates the Vietnamese way, choices by their label."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return _as_text(value)
    field = form.fields.get(name)
    choices = (
        getattr(field, "choices", None) if field is not None and not isinstance(field, forms.ModelChoiceField) else None
    )
    if choices is None and conflict.record is not None:
        try:
            choices = conflict.record._meta.get_field(name).flatchoices or None  # type: ignore[union-attr]
        except FieldDoesNotExist:
            pass
    if choices:
        labels = {str(key): label for key, label in choices}
        return str(labels.get(str(value), value))
    return str(value)


def conflict_rows(
    form: forms.BaseForm,
    conflict: EditConflict,
    hidden_fields: Iterable[str] = (),
    submitted: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """
    One row per compared value: its label, the record's value now, the value
    submitted (None if the form has no field for it) and whether they differ.
    Fields in ``hidden_fields`` (data the reader may not see) are left out.
    ``submitted``: what was submitted, by the names of ``conflict.current``,
    when the form's fields are named otherwise.
    """
    only_current = submitted is not None
    if submitted is None:
        submitted = form.cleaned_data if hasattr(form, "cleaned_data") else {}
    rows = []
    for name, current in conflict.current.items():
        if name in hidden_fields or name == VERSION_FIELD:
            continue
        has_field = name in submitted
        mine = submitted.get(name) if has_field else None
        rows.append(
            {
                "label": _label(name, form, conflict),
                "current": _display(name, current, form, conflict),
                "submitted": _display(name, mine, form, conflict) if has_field else None,
                "changed": has_field and _as_text(current) != _as_text(mine),
            }
        )
    if not only_current:
        # What else was typed (a date of the next stage, say): to be entered again after reloading.
        for name, field in form.fields.items():
            if name in conflict.current or name in hidden_fields or name == VERSION_FIELD or field.widget.is_hidden:
                continue
            if name in submitted and submitted[name] not in (None, ""):
                rows.append(
                    {
                        "label": _label(name, form, conflict),
                        "current": "",
                        "submitted": _display(name, submitted[name], form, conflict),
                        "changed": False,
                    }
                )
    return rows


def conflict_response(
    request: HttpRequest,
    form: forms.BaseForm,
    conflict: EditConflict,
    *,
    back_url: str,
    breadcrumbs_items: Sequence[Any] = (),
    hidden_fields: Iterable[str] = (),
    submitted: Mapping[str, Any] | None = None,
) -> TemplateResponse:
    """
    The conflict page (409): the record now against what was submitted, who
    changed it last and when, a button to reload the record and one to go back.
    """
    entry = last_change(conflict)
    if entry is not None:
        user = entry.user
        who = (user.get_full_name() or user.get_username()) if user is not None else _("the system")
        entry = {"who": who, "when": entry.timestamp}
    return TemplateResponse(
        request,
        "backoffice/conflict.html",
        {
            "header_title": _("This record was changed by someone else while you were editing it"),
            "header_icon": "warning",
            "breadcrumbs_items": list(breadcrumbs_items),
            "rows": conflict_rows(form, conflict, hidden_fields, submitted),
            "last_change": entry,
            "reload_url": request.get_full_path(),
            "back_url": back_url,
        },
        status=409,
    )
