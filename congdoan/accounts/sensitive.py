"""
Who may see sensitive personal data (Decree 13/2023/NĐ-CP; the Law on Personal
Data Protection) and how much of it: citizen IDs, ethnicity, religion, dates of
birth, Party status and Party dates.

The rules live here, as named functions, so that every screen, export, report and
history display asks the same question the same way. A role that may not see a
field sees no trace of it: not its value, not a masked value, not the row that
would say the field changed (a masked row only for Party members tells who is one).

Models name their sensitive fields in a ``sensitive_fields`` class attribute
(``congdoan.members.models.Member``); a model without it has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db.models import Model

from .scoping import scope_of

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from .models import User

# Below this many people a count of Party members (or of any group defined by
# sensitive data) in a document that leaves the system would point at individuals;
# overridden by settings.SENSITIVE_COUNT_THRESHOLD.
DEFAULT_SMALL_COUNT_THRESHOLD = 5


def sees_sensitive_data(user: User | AnonymousUser) -> bool:
    """
    Whether ``user``'s role may see sensitive data of the members in their scope:
    officials and member-data clerks need it for their work; viewers read without it
    (congdoan.accounts.roles.SEES_SENSITIVE_DATA).
    """
    return scope_of(user).sees_sensitive_data


def sees_sensitive_figures(user: User | AnonymousUser) -> bool:
    """
    Whether ``user`` may see figures drawn from sensitive data (Party members,
    Party development, members by ethnicity or religion) on the statistics page and
    in term reports: the same roles as may see the data itself, since a count per
    unit and per day tells about the people behind it.
    """
    return sees_sensitive_data(user)


def hidden_fields(user: User | AnonymousUser, model: type[Model]) -> frozenset[str]:
    """The fields of ``model`` that ``user`` may not see (empty for roles that see sensitive data)."""
    if sees_sensitive_data(user):
        return frozenset()
    return frozenset(getattr(model, "sensitive_fields", ()))


def visible_changes(
    user: User | AnonymousUser, model: type[Model], changes: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """
    The changes of an audit entry (``[{"field", "before", "after"}]``) that ``user``
    may see: the changes to hidden fields are left out altogether, never masked.
    """
    hidden = hidden_fields(user, model)
    return [change for change in changes if change["field"] not in hidden]


def small_count_threshold() -> int:
    """Counts of people below this are suppressed where they would point at individuals."""
    return getattr(settings, "SENSITIVE_COUNT_THRESHOLD", DEFAULT_SMALL_COUNT_THRESHOLD)


def is_small_count(count: int | None) -> bool:
    """Whether ``count`` people are too few to show (1 to the threshold - 1; none is no one to point at)."""
    return count is not None and 0 < count < small_count_threshold()
