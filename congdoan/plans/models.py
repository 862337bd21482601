"""
Congress terms and their targets (chỉ tiêu), and the quotas an executive committee
allocates to its sub-units (giao chỉ tiêu).

A target either names an indicator the system computes from records (see
``indicators``) or is entered by hand with its evidence (``ManualResult``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from congdoan.unions.models import Organisation


class Term(models.Model):
    """The term a congress opens for a union, e.g. 2017–2022, with the congress resolution."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("union"), on_delete=models.PROTECT, related_name="terms"
    )
    name = models.CharField(_("term"), max_length=32, help_text=_("For example 2017–2022."))
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"))
    congress_held_on = models.DateField(_("congress held on"))
    resolution_number = models.CharField(_("resolution number"), max_length=64, blank=True)
    resolution_signed_on = models.DateField(_("resolution signed on"), null=True, blank=True)
    resolution_summary = models.TextField(_("resolution summary"), blank=True)

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["organisation", "-starts_on"]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_on__gt=models.F("starts_on")), name="term_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.name}"

    @property
    def years(self):
        """The calendar years the term covers."""
        return list(range(self.starts_on.year, self.ends_on.year + 1))


class Comparison(models.TextChoices):
    AT_LEAST = "at_least", _("at least")
    AT_MOST = "at_most", _("at most")


class TargetPeriod(models.TextChoices):
    TERM = "term", _("the whole term")
    YEAR = "year", _("each year")


MANUAL_INDICATOR = "manual"


class Target(models.Model):
    """
    A target of a term's resolution: "<comparison> <value> <unit> of <indicator>
    per <period>", e.g. at least 5 outstanding members introduced to the Party in the term.
    """

    term = models.ForeignKey(Term, verbose_name=_("term"), on_delete=models.CASCADE, related_name="targets")
    name = models.CharField(_("target"), max_length=255)
    indicator = models.CharField(
        _("indicator"),
        max_length=64,
        default=MANUAL_INDICATOR,
        help_text=_("What the system counts from records, or entered by hand."),
    )
    comparison = models.CharField(
        _("comparison"), max_length=16, choices=Comparison.choices, default=Comparison.AT_LEAST
    )
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=32, blank=True, help_text=_("For targets entered by hand."))
    period = models.CharField(_("period"), max_length=8, choices=TargetPeriod.choices, default=TargetPeriod.TERM)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["term", "position", "pk"]

    def __str__(self):
        return self.name

    @property
    def is_manual(self):
        return self.indicator == MANUAL_INDICATOR


class Quota(models.Model):
    """The share of a target allocated to a sub-unit, for one year or (year empty) the whole term."""

    target = models.ForeignKey(Target, verbose_name=_("target"), on_delete=models.CASCADE, related_name="quotas")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="quotas"
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    value = models.DecimalField(_("quota"), max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("quota")
        verbose_name_plural = _("quotas")
        ordering = ["target", "organisation", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["target", "organisation", "year"],
                condition=models.Q(year__isnull=False),
                name="one_quota_per_unit_and_year",
            ),
            models.UniqueConstraint(
                fields=["target", "organisation"],
                condition=models.Q(year__isnull=True),
                name="one_quota_per_unit_for_the_term",
            ),
        ]


class ManualResult(models.Model):
    """The result of a hand-entered target for a unit and a year (or the whole term), with its evidence."""

    target = models.ForeignKey(Target, verbose_name=_("target"), on_delete=models.CASCADE, related_name="results")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="target_results"
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    value = models.DecimalField(_("result"), max_digits=12, decimal_places=2)
    evidence = models.TextField(_("evidence"), help_text=_("Where the figure comes from."))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("result entered by hand")
        verbose_name_plural = _("results entered by hand")
        constraints = [
            models.UniqueConstraint(
                fields=["target", "organisation", "year"],
                condition=models.Q(year__isnull=False),
                name="one_result_per_unit_and_year",
            ),
            models.UniqueConstraint(
                fields=["target", "organisation"],
                condition=models.Q(year__isnull=True),
                name="one_result_per_unit_for_the_term",
            ),
        ]
