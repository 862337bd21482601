"""
Emulation movements and campaigns (phong trào thi đua, cuộc vận động) with the units and
members that registered and their results; and the annual evaluation and
classification of each union organisation (đánh giá, xếp loại công đoàn).

The classification scale changed in 2019 (Guide 1294/HD-TLĐ), so every evaluation
stores the scale it was made on (see ``scales``).
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from congdoan.members.models import Member
from congdoan.unions.models import Organisation

from .scales import classification_label, scale_by_code


class MovementKind(models.TextChoices):
    MOVEMENT = "movement", _("Emulation movement")
    CAMPAIGN = "campaign", _("Campaign")


class Movement(models.Model):
    """An emulation movement or campaign launched by ``organisation`` for the units under it."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("launched by"), on_delete=models.PROTECT, related_name="movements"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=MovementKind.choices, default=MovementKind.MOVEMENT)
    name = models.CharField(_("name"), max_length=255)
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("until"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("emulation movement")
        verbose_name_plural = _("emulation movements")
        ordering = ["-started_on", "name"]

    def __str__(self):
        return self.name

    def covers_year(self, year):
        """Whether the movement runs in ``year`` (units register for the years it runs)."""
        return self.started_on.year <= year and (self.ended_on is None or year <= self.ended_on.year)


class Registration(models.Model):
    """
    A unit or a member that registered for a movement in a year, and what came
    of it: the result and the award (danh hiệu, hình thức khen thưởng), if any.
    """

    movement = models.ForeignKey(
        Movement, verbose_name=_("movement"), on_delete=models.CASCADE, related_name="registrations"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="movement_registrations",
        help_text=_("The unit that registered, or the union of the member who did."),
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="movement_registrations",
    )
    registered_on = models.DateField(_("registered on"))
    result = models.CharField(_("result"), max_length=255, blank=True)
    award = models.CharField(_("award"), max_length=255, blank=True)
    award_decision = models.CharField(_("award decision"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["movement", "year", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["movement", "year", "organisation"],
                condition=models.Q(member__isnull=True),
                name="unit_registers_once_a_year",
            ),
            models.UniqueConstraint(
                fields=["movement", "year", "member"],
                condition=models.Q(member__isnull=False),
                name="member_registers_once_a_year",
            ),
        ]


class Evaluation(models.Model):
    """
    The annual evaluation of a union organisation: its criteria with points and the
    classification on ``scale`` (the scale in force that year, kept with it).
    """

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("union"), on_delete=models.PROTECT, related_name="evaluations"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    scale = models.CharField(_("classification scale"), max_length=16)
    classification = models.CharField(_("classification"), max_length=32)
    is_top_class = models.BooleanField(
        _("top class"), default=False, help_text=_("Rated in the highest class of its scale.")
    )
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2, default=0)
    max_points = models.DecimalField(_("maximum points"), max_digits=6, decimal_places=2, default=0)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    decision_number = models.CharField(_("decision number"), max_length=64, blank=True)
    note = models.TextField(_("note"), blank=True)
    evaluated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("annual evaluation")
        verbose_name_plural = _("annual evaluations")
        ordering = ["-year", "organisation"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="one_evaluation_a_year"),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.year}"

    @property
    def scale_definition(self):
        """The scale this evaluation was made on (``scales.Scale``)."""
        return scale_by_code(self.scale)

    @property
    def scale_name(self):
        scale = self.scale_definition
        return scale.name if scale else self.scale

    @property
    def classification_label(self):
        """The classification as users read it, on the evaluation's own scale."""
        return classification_label(self.scale, self.classification)

    @property
    def share(self):
        """The points as a percentage of the maximum (two decimals)."""
        if not self.max_points:
            return None
        return (self.points * 100 / self.max_points).quantize(Decimal("0.01"))


class EvaluationCriterion(models.Model):
    """One line of an evaluation's scoring sheet."""

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=255)
    max_points = models.DecimalField(_("maximum points"), max_digits=6, decimal_places=2)
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2)
    from_quotas = models.BooleanField(
        _("counted from quotas"), default=False, help_text=_("Points computed from the unit's quota results.")
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["evaluation", "position", "pk"]
