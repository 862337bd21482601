"""
Card numbers and citizen IDs are unique across the whole registry, so being
told that one is taken tells its owner's number exists somewhere. Uploading a
file of 200,000 citizen IDs once answered, in seconds, which of them were
recorded, anywhere in the country. So:

- a clash with a member outside the user's part of the tree gets one neutral
  message (no union, no name, no link: the same whatever the member);
- each user may be told of only MEMBER_OUTSIDE_CLASHES_PER_DAY such numbers a
  day; past that a file gets one error for the whole file, naming no row, and
  the member form a refusal that names nothing;
- each user may upload only MEMBER_IMPORT_UPLOADS_PER_HOUR files an hour, so
  finding the clashing rows by uploading halves of a file is slow too.

Clashes inside the user's scope are named as before: the user can see those
members anyway. The counts live in the cache (shared by every process when
REDIS_URL is set).
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from congdoan.accounts.scoping import scope_of
from congdoan.unions.models import Organisation

from .models import Member

logger = logging.getLogger(__name__)

CHECKED_FIELDS = ("card_number", "citizen_id")


def inside_message(field_name):
    if field_name == "card_number":
        return _("A member with this card number is already in the registry.")
    return _("A member with this citizen ID is already in the registry.")


def outside_message(field_name):
    if field_name == "card_number":
        return _(
            "This card number is already recorded for a member outside your union: check it, or ask the upper union."
        )
    return _("This citizen ID is already recorded for a member outside your union: check it, or ask the upper union.")


def too_many_message():
    return _(
        "Too many card numbers or citizen IDs you gave today are already recorded for members outside your union, "
        "so they are no longer pointed out: contact the upper union."
    )


def registered(field_name, values, *, excluding=None):
    """``{value: the tree path of its member's union}`` for those of ``values`` some member has as ``field_name``."""
    quote = connection.ops.quote_name
    member = Member._meta
    column = quote(member.get_field(field_name).column)
    query = (
        f"SELECT m.{column}, o.{quote('path')} FROM {quote(member.db_table)} m "
        f"JOIN {quote(Organisation._meta.db_table)} o ON o.{quote('id')} = m.{quote('organisation_id')} WHERE "
    )
    exclusion, extra = ("", []) if excluding is None else (f" AND m.{quote('id')} <> %s", [excluding])
    found = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"{query}m.{column} = ANY(%s){exclusion}", [list(values), *extra])
            return dict(cursor.fetchall())
        values = list(values)
        chunk = 900  # below SQLite's oldest limit of 999 parameters
        for start in range(0, len(values), chunk):
            part = values[start : start + chunk]
            cursor.execute(f"{query}m.{column} IN ({', '.join(['%s'] * len(part))}){exclusion}", [*part, *extra])
            found.update(cursor.fetchall())
    return found


def scope_for(user):
    """The scope clashes are judged against (None: an internal run without a user, which sees everything)."""
    return None if user is None else scope_of(user)


def is_outside(scope, path):
    """Whether a member of the union at ``path`` lies outside ``scope`` (see scope_for)."""
    return scope is not None and (scope.path is None or not path.startswith(scope.path))


def may_point_out(user, field_name_values):
    """
    Whether ``user`` may be told which of these numbers (``[(field name,
    value)]``, each taken by a member outside their scope) clash. Each distinct
    number counts once a day, so checking the same file again costs nothing.
    """
    if user is None or not field_name_values:
        return True
    budget = settings.MEMBER_OUTSIDE_CLASHES_PER_DAY
    key = f"members:outside-clashes:{user.pk}:{timezone.localdate():%Y%m%d}"
    seen = set(cache.get(key, ()))
    seen.update(_fingerprint(field_name, value) for field_name, value in field_name_values)
    allowed = len(seen) <= budget
    cache.set(key, sorted(seen)[: budget + 1], 25 * 3600)
    if not allowed:
        logger.warning("User %s is past the daily budget of outside clashes", user.pk)
    return allowed


def _fingerprint(field_name, value):
    """A keyed hash, so the cache holds no citizen ID."""
    message = f"{field_name}:{value}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:20]


def take_upload(user):
    """Count one upload of ``user`` this hour; ValidationError once they have had MEMBER_IMPORT_UPLOADS_PER_HOUR."""
    limit = settings.MEMBER_IMPORT_UPLOADS_PER_HOUR
    key = f"members:uploads:{user.pk}:{timezone.now():%Y%m%d%H}"
    cache.add(key, 0, 3600)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, 3600)
        count = 1
    if count > limit:
        raise ValidationError(
            _("You have uploaded %(count)d files in the last hour: wait a while before uploading another.")
            % {"count": limit}
        )


def refuse_taken_numbers(member, user):
    """
    The member form's uniqueness check, under the same rule as the import:
    ValidationError naming the field if ``member``'s card number or citizen ID
    is another member's (neutral, and counted, when that member is out of scope).
    """
    problems, outside, scope = {}, [], scope_for(user)
    for field_name in CHECKED_FIELDS:
        value = getattr(member, field_name)
        if not value:
            continue
        taken = registered(field_name, [value], excluding=member.pk)
        if value not in taken:
            continue
        if is_outside(scope, taken[value]):
            outside.append((field_name, value))
            problems[field_name] = outside_message(field_name)
        else:
            problems[field_name] = inside_message(field_name)
    if outside and not may_point_out(user, outside):
        problems = {name: message for name, message in problems.items() if name not in dict(outside)}
        problems.setdefault("__all__", too_many_message())
    if problems:
        raise ValidationError(problems)
