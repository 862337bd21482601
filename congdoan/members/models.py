"""
Union members and the history of their membership.

"Members of union X on date D" and "Party members on date D" are answered
from `Membership` periods and the Party dates, never from the current state
alone. Write through ``services`` (it keeps the history and the audit log).
"""

import datetime
import functools
import pathlib
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from congdoan.unions.models import Organisation
from congdoan.vietnamese import citizen_id_error, collation_bytes, fold, name_sort_key, normalize_citizen_id

from .uploads import private_uploads
from .vocabularies import (
    ETHNIC_GROUPS,
    Education,
    MemberStatus,
    PartyStatus,
    PeriodEnd,
    PeriodStart,
    PoliticalTheory,
    Qualification,
    Religion,
    Sex,
)

CITIZEN_ID_MESSAGES = {
    "NOT_DIGITS": _("A citizen ID has digits only."),
    "LENGTH": _("A citizen ID has exactly 12 digits."),
    "PROVINCE": _("The first three digits are not the code of a province."),
}

# Fields that are sensitive personal data (Decree 13/2023/NĐ-CP): shown only to
# roles that need them, masked elsewhere, left out of exports by default.
SENSITIVE_FIELDS = (
    "citizen_id", "ethnicity", "religion", "born_on", "party_admitted_on", "party_confirmed_on", "party_left_on",
)  # fmt: skip


def validate_citizen_id(value):
    error = citizen_id_error(value)
    if error:
        raise ValidationError(CITIZEN_ID_MESSAGES[error], code=error.lower())


@functools.lru_cache(maxsize=2**16)  # an import of a large workplace repeats many names
def derived_name_fields(family_name, middle_name, given_name):
    """The ``name_key`` (Vietnamese sort order) and ``name_folded`` (search text) of a name."""
    full_name = " ".join(part for part in (family_name, middle_name, given_name) if part)
    return collation_bytes(name_sort_key(family_name, middle_name, given_name)), f" {fold(full_name)} "


class Member(models.Model):
    family_name = models.CharField(_("family name"), max_length=64)
    middle_name = models.CharField(_("middle name"), max_length=64, blank=True)
    given_name = models.CharField(_("given name"), max_length=64)
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices)
    born_on = models.DateField(_("date of birth"), null=True, blank=True)
    ethnicity = models.CharField(_("ethnicity"), max_length=2, choices=ETHNIC_GROUPS, default="01")
    religion = models.CharField(_("religion"), max_length=16, choices=Religion.choices, default=Religion.NONE)
    citizen_id = models.CharField(
        _("citizen ID"), max_length=12, unique=True, null=True, blank=True, validators=[validate_citizen_id]
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    email = models.EmailField(_("email"), blank=True)
    hometown = models.CharField(_("hometown"), max_length=255, blank=True)
    education = models.CharField(_("general education"), max_length=16, choices=Education.choices, blank=True)
    qualification = models.CharField(
        _("professional qualification"), max_length=16, choices=Qualification.choices, blank=True
    )
    political_theory = models.CharField(
        _("political theory"), max_length=16, choices=PoliticalTheory.choices, blank=True
    )
    job_title = models.CharField(_("job title"), max_length=255, blank=True)
    workplace_unit = models.CharField(_("workplace unit"), max_length=255, blank=True)
    card_number = models.CharField(_("union card number"), max_length=32, unique=True)
    joined_union_on = models.DateField(_("joined the union on"))
    status = models.CharField(_("status"), max_length=16, choices=MemberStatus.choices, default=MemberStatus.ACTIVE)
    party_admitted_on = models.DateField(
        _("admitted to the Party on"), null=True, blank=True, help_text=_("Probationary Party member from this date.")
    )
    party_confirmed_on = models.DateField(
        _("full Party member since"), null=True, blank=True, help_text=_("Full Party member from this date.")
    )
    party_left_on = models.DateField(
        _("no longer a Party member from"),
        null=True,
        blank=True,
        help_text=_("Expelled, removed from the Party's list, or not recognised as a full member: from this date."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("union"),
        on_delete=models.PROTECT,
        related_name="members",
        help_text=_("The union the member belongs to now (or last belonged to)."),
    )
    name_key = models.BinaryField(editable=False, default=b"")
    name_folded = models.CharField(max_length=200, editable=False, default="")

    class Meta:
        verbose_name = _("union member")
        verbose_name_plural = _("union members")
        indexes = [
            models.Index(fields=["organisation", "status", "name_key"], name="member_list"),
            models.Index(fields=["phone"], name="member_phone"),
        ]

    # Read by congdoan.accounts.sensitive.hidden_fields (history, and any other display of fields).
    sensitive_fields = SENSITIVE_FIELDS

    def __str__(self):
        return self.full_name

    def clean(self):
        if self.citizen_id:
            self.citizen_id = normalize_citizen_id(self.citizen_id)
        if self.party_confirmed_on and not self.party_admitted_on:
            raise ValidationError({"party_admitted_on": _("A full Party member was first admitted as probationary.")})
        if self.party_confirmed_on and self.party_admitted_on and self.party_confirmed_on < self.party_admitted_on:
            raise ValidationError({"party_confirmed_on": _("Full membership cannot come before admission.")})
        if self.party_left_on:
            if not self.party_admitted_on:
                raise ValidationError({"party_left_on": _("Only a member admitted to the Party can leave it.")})
            if self.party_left_on <= self.party_admitted_on:
                raise ValidationError({"party_left_on": _("Leaving the Party must come after admission.")})
            if self.party_confirmed_on and self.party_left_on <= self.party_confirmed_on:
                raise ValidationError({"party_left_on": _("Leaving the Party must come after becoming a full member.")})

    def save(self, *args, **kwargs):
        self.fill_derived_fields()
        super().save(*args, **kwargs)

    def fill_derived_fields(self):
        """
        Normalise the citizen ID and compute the name's sort key and search
        text. ``save()`` calls this; code that uses ``bulk_create`` must too.
        """
        self.citizen_id = normalize_citizen_id(self.citizen_id) if self.citizen_id else None
        self.name_key, self.name_folded = derived_name_fields(self.family_name, self.middle_name, self.given_name)

    @property
    def full_name(self):
        return " ".join(part for part in (self.family_name, self.middle_name, self.given_name) if part)

    def party_status_on(self, day=None):
        """Non-Party, probationary, full or former Party member on ``day`` (today by default)."""
        day = day or datetime.date.today()
        if self.party_left_on and self.party_left_on <= day:
            return PartyStatus.FORMER
        if self.party_confirmed_on and self.party_confirmed_on <= day:
            return PartyStatus.FULL
        if self.party_admitted_on and self.party_admitted_on <= day:
            return PartyStatus.PROBATIONARY
        return PartyStatus.NON_PARTY

    @property
    def party_status(self):
        return self.party_status_on()

    @property
    def ethnicity_name(self):
        return dict(ETHNIC_GROUPS).get(self.ethnicity, "")


# The member fields each membership period carries a copy of (see Membership).
COUNTED_FIELDS = ("sex", "ethnicity", "party_admitted_on", "party_left_on")


class Membership(models.Model):
    """
    A period during which ``member`` belonged to ``organisation``:
    from ``started_on`` (inclusive) until ``ended_on`` (exclusive; open when null).
    """

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="memberships")
    started_on = models.DateField(_("from"))
    start_reason = models.CharField(_("reason"), max_length=16, choices=PeriodStart.choices)
    ended_on = models.DateField(_("until"), null=True, blank=True)
    end_reason = models.CharField(_("reason for ending"), max_length=16, choices=PeriodEnd.choices, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)
    # Copies of the member's fields that statistics count, so that counting a province's
    # 200,000 periods needs no join to the members (members.services keeps them in step).
    sex = models.CharField(max_length=1, choices=Sex.choices, blank=True, editable=False)
    ethnicity = models.CharField(max_length=2, blank=True, editable=False)
    party_admitted_on = models.DateField(null=True, blank=True, editable=False)
    party_left_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("membership period")
        verbose_name_plural = _("membership periods")
        ordering = ["started_on", "pk"]
        indexes = [
            models.Index(fields=["organisation", "started_on", "ended_on"], name="membership_by_union"),
            models.Index(fields=["member", "ended_on"], name="membership_by_member"),
        ]


def _import_file_path(instance, filename):
    """Uploaded spreadsheets get an unguessable name (under PRIVATE_UPLOAD_ROOT/imports/: see uploads)."""
    return f"imports/{uuid.uuid4().hex}{pathlib.Path(filename).suffix.lower()[:8]}"


class ImportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be checked")
    VALIDATING = "validating", _("Checking the file")
    READY = "ready", _("Checked: waiting for confirmation")
    FAILED = "failed", _("Not imported")
    IMPORTING = "importing", _("Importing")
    DONE = "done", _("Imported")


class MemberImport(models.Model):
    """
    One upload of a member spreadsheet into ``organisation``: checked in the
    background, shown for confirmation, then imported in one go (or not at
    all). The file is deleted once the job is over; the outcome stays.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="member_imports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    file = models.FileField(upload_to=_import_file_path, storage=private_uploads, max_length=255, blank=True)
    filename = models.CharField(_("file name"), max_length=255)
    status = models.CharField(_("status"), max_length=16, choices=ImportStatus.choices, default=ImportStatus.PENDING)
    total_rows = models.PositiveIntegerField(null=True, blank=True)
    processed_rows = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    preview = models.JSONField(default=dict, blank=True)
    imported = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    # When a worker last took the job (to check or to import): a job running for longer
    # than MEMBER_IMPORT_TIME_LIMIT has lost its worker (see tasks.purge_stale_imports).
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("member import")
        verbose_name_plural = _("member imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.filename

    @property
    def is_running(self):
        return self.status in (ImportStatus.PENDING, ImportStatus.VALIDATING, ImportStatus.IMPORTING)
