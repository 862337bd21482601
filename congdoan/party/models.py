"""
The Party-development pipeline (công tác phát triển đảng viên): a union finds an
outstanding member, fosters them, introduces them to the Party, and follows their
admission.

A candidacy keeps the date of every stage it reached, so its stage on any past
day is known (``stage_on``) and reports count from dates, never from a current
flag. Write through ``services``: it enforces the order of stages and dates and
updates the member's Party status.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from congdoan.members.models import Member
from congdoan.unions.models import Organisation

# A Party-awareness course certificate is valid for five years.
CERTIFICATE_VALID_YEARS = 5
# Probation lasts twelve months before confirmation as a full member.
PROBATION_MONTHS = 12
# Age at introduction.
MINIMUM_AGE, MAXIMUM_AGE = 18, 60


def months_after(day, months):
    """The same day ``months`` later (the month's last day if it has no such day: 31/1 + 1 → 28/2 or 29/2)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def age_on(born_on, day):
    """Age in full years on ``day`` of someone born on ``born_on``."""
    return day.year - born_on.year - ((day.month, day.day) < (born_on.month, born_on.day))


class Stage(models.TextChoices):
    IDENTIFIED = "identified", _("Identified")
    FOSTERING = "fostering", _("Fostering")
    INTRODUCED = "introduced", _("Introduced to the Party")
    IN_PROCEDURE = "in_procedure", _("In admission procedure")
    ADMITTED = "admitted", _("Admitted (probationary)")
    CONFIRMED = "confirmed", _("Full Party member")
    WITHDRAWN = "withdrawn", _("Withdrawn or not admitted")


# The stages in the order a candidacy goes through them, and the date field that
# records when it entered each one.
STAGE_ORDER = [
    Stage.IDENTIFIED,
    Stage.FOSTERING,
    Stage.INTRODUCED,
    Stage.IN_PROCEDURE,
    Stage.ADMITTED,
    Stage.CONFIRMED,
]
STAGE_DATE_FIELD = {
    Stage.IDENTIFIED: "identified_on",
    Stage.FOSTERING: "fostering_started_on",
    Stage.INTRODUCED: "introduced_on",
    Stage.IN_PROCEDURE: "procedure_started_on",
    Stage.ADMITTED: "admitted_on",
    Stage.CONFIRMED: "confirmed_on",
    Stage.WITHDRAWN: "withdrawn_on",
}


class Candidate(models.Model):
    """One member's candidacy for the Party, found and followed by ``organisation``."""

    member = models.ForeignKey(
        Member, verbose_name=_("member"), on_delete=models.PROTECT, related_name="party_candidacies"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("union"),
        on_delete=models.PROTECT,
        related_name="party_candidates",
        help_text=_("The union that found the candidate (the member's union then)."),
    )
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices, default=Stage.IDENTIFIED)

    identified_on = models.DateField(_("identified on"))
    fostering_started_on = models.DateField(_("fostering from"), null=True, blank=True)
    # The Party-awareness course (lớp bồi dưỡng nhận thức về Đảng).
    course_started_on = models.DateField(_("course from"), null=True, blank=True)
    course_ended_on = models.DateField(_("course until"), null=True, blank=True)
    certificate_number = models.CharField(_("course certificate number"), max_length=64, blank=True)
    certificate_issued_on = models.DateField(_("certificate issued on"), null=True, blank=True)
    # Introduction by the union's executive committee (nghị quyết giới thiệu).
    introduced_on = models.DateField(_("introduced on"), null=True, blank=True)
    introduction_resolution = models.CharField(_("introduction resolution number"), max_length=64, blank=True)
    party_cell = models.CharField(_("introduced to the party cell"), max_length=255, blank=True)
    procedure_started_on = models.DateField(_("admission procedure from"), null=True, blank=True)
    admitted_on = models.DateField(_("admitted on"), null=True, blank=True)
    admission_decision = models.CharField(_("admission decision number"), max_length=64, blank=True)
    confirmed_on = models.DateField(_("full member from"), null=True, blank=True)
    confirmation_decision = models.CharField(_("confirmation decision number"), max_length=64, blank=True)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    withdrawn_at_stage = models.CharField(_("withdrawn at stage"), max_length=16, choices=Stage.choices, blank=True)
    withdrawal_reason = models.TextField(_("reason"), blank=True)
    note = models.TextField(_("note"), blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("Party candidate")
        verbose_name_plural = _("Party candidates")
        ordering = ["identified_on", "pk"]
        indexes = [
            models.Index(fields=["organisation", "stage"], name="candidate_by_union"),
            models.Index(fields=["organisation", "introduced_on"], name="candidate_introduced"),
        ]
        constraints = [
            # One candidacy at a time per member: a new one only after the last was confirmed or withdrawn.
            models.UniqueConstraint(
                fields=["member"],
                condition=~models.Q(stage__in=["confirmed", "withdrawn"]),
                name="one_open_candidacy_per_member",
            ),
        ]

    def __str__(self):
        return str(self.member)

    @property
    def certificate_valid_until(self):
        """The last day the course certificate is valid (five years after issue)."""
        issued = self.certificate_issued_on
        if issued is None:
            return None
        try:
            return issued.replace(year=issued.year + CERTIFICATE_VALID_YEARS) - datetime.timedelta(days=1)
        except ValueError:  # 29 February
            return issued.replace(year=issued.year + CERTIFICATE_VALID_YEARS, day=28)

    @property
    def probation_ends_on(self):
        """The first day a probationary member may be confirmed (twelve months after admission)."""
        if self.admitted_on is None:
            return None
        return months_after(self.admitted_on, PROBATION_MONTHS)

    @property
    def is_open(self):
        """Still on its way: neither confirmed nor withdrawn."""
        return self.stage not in (Stage.CONFIRMED, Stage.WITHDRAWN)

    @property
    def entered_stage_on(self):
        """The day the candidacy entered its current stage."""
        return getattr(self, STAGE_DATE_FIELD[Stage(self.stage)])

    def stage_on(self, day):
        """The stage the candidacy was in on ``day`` (None before it was identified)."""
        if self.identified_on > day:
            return None
        if self.withdrawn_on and self.withdrawn_on <= day:
            return Stage.WITHDRAWN
        reached = Stage.IDENTIFIED
        for stage in STAGE_ORDER:
            entered = getattr(self, STAGE_DATE_FIELD[stage])
            if entered and entered <= day:
                reached = stage
        return reached
