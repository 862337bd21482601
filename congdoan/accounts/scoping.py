"""
Which part of the union tree a user may see, and what they may do there.

Every back-office query starts from ``scope_of(user)``: a user sees their own
organisation and everything below it (a prefix of the tree path), a superuser
sees everything, anyone else nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from django.db.models import Model, QuerySet

from .roles import MANAGES_MEMBERS, MANAGES_ORGANISATIONS, SEES_SENSITIVE_DATA

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from .models import User

_M = TypeVar("_M", bound=Model)


class _InTheTree(Protocol):
    """A node of the union tree (``unions.models.Organisation``, a layer above: not imported here)."""

    path: str


@dataclass(frozen=True)
class Scope:
    """A user's reach: the tree path their subtree starts with (None: no reach) and their rights there."""

    path: str | None
    organisation_id: int | None = None
    manages_organisations: bool = False
    manages_members: bool = False
    sees_sensitive_data: bool = False

    @property
    def reaches_anything(self) -> bool:
        return self.path is not None

    def covers(self, organisation: _InTheTree) -> bool:
        """Whether ``organisation`` lies in this scope (the user's union or below it)."""
        return self.path is not None and organisation.path.startswith(self.path)

    def filter(self, queryset: QuerySet[_M, Any], path_field: str = "path") -> QuerySet[_M, Any]:
        """Narrow ``queryset`` to the rows whose ``path_field`` lies in this scope."""
        if self.path is None:
            return queryset.none()
        if self.path == "":
            return queryset
        return queryset.filter(**{f"{path_field}__startswith": self.path})


NO_SCOPE = Scope(path=None)


def scope_of(user: User | AnonymousUser) -> Scope:
    """The part of the union tree ``user`` may see, and what they may do there."""
    if not user.is_authenticated or not user.is_active:
        return NO_SCOPE
    if user.is_superuser:
        return Scope(path="", manages_organisations=True, manages_members=True, sees_sensitive_data=True)
    organisation = user.organisation
    if organisation is None or not user.union_role:
        return NO_SCOPE
    role = user.union_role
    return Scope(
        path=organisation.path,
        organisation_id=organisation.pk,
        manages_organisations=role in MANAGES_ORGANISATIONS,
        manages_members=role in MANAGES_MEMBERS,
        sees_sensitive_data=role in SEES_SENSITIVE_DATA,
    )
