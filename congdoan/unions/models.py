"""
The union tree: organisations, the decisions that found and change them, the
events those decisions record, and where each organisation sat in the tree
over time.

The current tree is a materialised path (django-treebeard): "everything under
this province today" is one indexed prefix query. Because unions move and
merge (in 2025 the provinces went from 63 to 34), `AncestryPeriod` also keeps,
for every organisation, each of its ancestors with the dates between which it
was one; "everything under this province on 19/12/2022" is then one indexed
query too, without walking the tree.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from congdoan.vietnamese import collation_bytes, fold, sort_key

from .levels import Level

# The start of time for placements whose beginning nobody recorded.
BEGINNING = datetime.date(1900, 1, 1)


class Decision(models.Model):
    """A numbered decision, cited as "Quyết định số 589/QĐ-LĐLĐ ngày 20/3/2017 của …"."""

    number = models.CharField(_("number"), max_length=64)
    signed_on = models.DateField(_("date signed"))
    issuer = models.CharField(_("issued by"), max_length=255)
    summary = models.CharField(_("summary"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["-signed_on", "number"]
        indexes = [models.Index(fields=["number", "signed_on"])]

    def __str__(self):
        return _("Decision No. %(number)s of %(date)s by %(issuer)s") % {
            "number": self.number,
            "date": self.signed_on.strftime("%d/%m/%Y"),
            "issuer": self.issuer,
        }


class OrganisationStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    DISSOLVED = "dissolved", _("Dissolved")


class Organisation(MP_Node):
    """
    A union organisation at any level, from the confederation to a union group.

    Nothing is deleted: a dissolved or merged union keeps its record, its
    members' history and its events. Change it through ``services``.
    """

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    code = models.CharField(_("code"), max_length=32, unique=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    employer = models.CharField(
        _("employer or agency"),
        max_length=255,
        blank=True,
        help_text=_("The enterprise, agency or unit whose workers this union organises."),
    )
    founded_on = models.DateField(_("founded on"), null=True, blank=True)
    founding_decision = models.ForeignKey(
        Decision,
        verbose_name=_("founding decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=OrganisationStatus.choices, default=OrganisationStatus.ACTIVE
    )
    dissolved_on = models.DateField(_("dissolved on"), null=True, blank=True)
    name_key = models.BinaryField(editable=False, default=b"")
    name_folded = models.CharField(max_length=400, editable=False, default="")

    node_order_by = []

    class Meta:
        verbose_name = _("union organisation")
        verbose_name_plural = _("union organisations")
        indexes = [models.Index(fields=["level", "status"])]
        constraints = [
            # Codes are typed and looked up without regard to case (the admin places a user
            # in a union by its code): "cdcs-x" next to "CDCS-X" would let whoever renames
            # a unit take over the other union's users.
            models.UniqueConstraint(
                Lower("code"),
                name="unions_organisation_code_unique_ignoring_case",
                violation_error_code="code_taken",
                violation_error_message=_("Another union already has this code (codes are compared ignoring case)."),
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = collation_bytes(sort_key(self.name))
        self.name_folded = f" {fold(f'{self.name} {self.short_name} {self.code}')} "
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status == OrganisationStatus.ACTIVE

    @classmethod
    def with_code(cls, code):
        """The organisation whose code is ``code`` ignoring case (at most one: see Meta.constraints), or None."""
        return cls.objects.annotate(code_lower=Lower("code")).filter(code_lower=Lower(models.Value(code))).first()


class AncestryPeriod(models.Model):
    """
    ``ancestor`` was ``organisation`` itself or above it in the tree from
    ``valid_from`` (inclusive) until ``valid_until`` (exclusive; open when null).
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="ancestry_periods")
    ancestor = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="descendant_periods")
    valid_from = models.DateField(default=BEGINNING)
    valid_until = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["ancestor", "valid_from", "valid_until", "organisation"], name="ancestry_by_ancestor"),
            models.Index(fields=["organisation", "valid_until"], name="ancestry_by_organisation"),
        ]


class EventKind(models.TextChoices):
    FOUNDED = "founded", _("Founded")
    RENAMED = "renamed", _("Name changed")
    MOVED = "moved", _("Moved under a new parent")
    MERGED = "merged", _("Merged into another union")
    SPLIT = "split", _("Split")
    DISSOLVED = "dissolved", _("Dissolved")


class OrganisationEvent(models.Model):
    """Something that happened to an organisation, backed by a decision; may be entered after the fact."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(_("event"), max_length=16, choices=EventKind.choices)
    occurred_on = models.DateField(_("date"))
    decision = models.ForeignKey(Decision, verbose_name=_("decision"), on_delete=models.PROTECT, related_name="events")
    old_name = models.CharField(_("previous name"), max_length=255, blank=True)
    new_name = models.CharField(_("new name"), max_length=255, blank=True)
    old_parent = models.ForeignKey(
        Organisation,
        verbose_name=_("previous parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    new_parent = models.ForeignKey(
        Organisation, verbose_name=_("new parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    related_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("related union"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The union merged into, or the union this one was founded from."),
    )
    note = models.TextField(_("note"), blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("organisation event")
        verbose_name_plural = _("organisation events")
        ordering = ["occurred_on", "pk"]


class Position(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice-chair")
    MEMBER = "member", _("Committee member")


class ExecutiveCommittee(models.Model):
    """The executive committee (Ban Chấp hành) a union elects for a term."""

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="committees")
    term_starts_on = models.DateField(_("term starts on"))
    term_ends_on = models.DateField(_("term ends on"), null=True, blank=True)
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("recognising decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("executive committee")
        verbose_name_plural = _("executive committees")
        ordering = ["-term_starts_on"]

    def __str__(self):
        end = self.term_ends_on.year if self.term_ends_on else "…"
        return _("Executive committee, term %(start)s–%(end)s") % {"start": self.term_starts_on.year, "end": end}


class CommitteeSeat(models.Model):
    """One person's seat on an executive committee, with the dates they held it."""

    committee = models.ForeignKey(ExecutiveCommittee, on_delete=models.CASCADE, related_name="seats")
    full_name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=16, choices=Position.choices, default=Position.MEMBER)
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        verbose_name = _("committee seat")
        verbose_name_plural = _("committee seats")
        ordering = ["position", "started_on"]
