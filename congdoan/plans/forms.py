"""Forms of terms and targets: the term and its resolution, a target, quotas, results entered by hand, the ranking's filter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from congdoan.backoffice.concurrency import VersionedForm
from congdoan.unions.levels import Level
from congdoan.vietnamese.forms import VietnameseDateField

from .indicators import indicator_choices
from .models import Comparison, Target, TargetPeriod, Term


class TermForm(forms.ModelForm):
    starts_on = VietnameseDateField(label=_("Term starts on"))
    ends_on = VietnameseDateField(label=_("Term ends on"))
    congress_held_on = VietnameseDateField(label=_("Congress held on"))
    resolution_signed_on = VietnameseDateField(label=_("Resolution signed on"), required=False)

    class Meta:
        model = Term
        fields = [
            "name",
            "congress_held_on",
            "starts_on",
            "ends_on",
            "resolution_number",
            "resolution_signed_on",
            "resolution_summary",
        ]
        widgets = {"resolution_summary": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"resolution_number": _("e.g. 01/NQ-ĐH")}

    def _post_clean(self):
        # The rules across fields and terms are the service's: no model validation here.
        pass


class TermEditForm(VersionedForm, TermForm):
    """A term opened for correction, with its version (see backoffice.concurrency)."""


class TargetForm(forms.ModelForm):
    indicator = forms.ChoiceField(
        label=_("Indicator"), help_text=_("What the system counts from records, or entered by hand.")
    )

    class Meta:
        model = Target
        fields = ["name", "indicator", "comparison", "value", "period", "unit"]
        help_texts = {"unit": _("Only for a target entered by hand, e.g. “members” or “%”.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = indicator_choices()
        self.fields["comparison"].choices = Comparison.choices
        self.fields["period"].choices = TargetPeriod.choices

    def _post_clean(self):
        pass


class TargetEditForm(VersionedForm, TargetForm):
    """A target opened for correction (or removal), with its version (see backoffice.concurrency)."""


class QuotaForm(VersionedForm):
    """One quota per direct sub-unit of the term's union; its version is that of the allocation shown (``version=``)."""

    def __init__(self, *args, units, initial_values, **kwargs):
        super().__init__(*args, **kwargs)
        self.units = list(units)
        for unit in self.units:
            self.fields[self.field_name(unit)] = forms.DecimalField(
                label=unit.name,
                required=False,
                min_value=0,
                max_digits=12,
                decimal_places=2,
                initial=initial_values.get(unit.pk),
                disabled=not unit.is_active,
            )

    @staticmethod
    def field_name(unit):
        return f"don_vi_{unit.pk}"

    def allocation(self):
        """``{unit: value}`` of the units with a quota (a dissolved unit keeps the one it had)."""
        values = {unit: self.cleaned_data.get(self.field_name(unit)) for unit in self.units}
        return {unit: value for unit, value in values.items() if value is not None}


class YearChoiceForm(forms.Form):
    nam = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, term, whole_term=True, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(year, str(year)) for year in term.years]
        if whole_term:
            choices = [("", _("The whole term"))] + choices
        self.fields["nam"].choices = choices


class ManualResultForm(VersionedForm):
    """A result entered by hand; its version covers every result of the target (``version=``), as any of them may be chosen."""

    organisation = forms.ModelChoiceField(label=_("Unit"), queryset=None, empty_label=None)
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)
    value = forms.DecimalField(label=_("Result"), min_value=0, max_digits=12, decimal_places=2)
    evidence = forms.CharField(
        label=_("Evidence"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Where the figure comes from: a report, a decision, a list…"),
    )

    def __init__(self, *args, target, units, **kwargs):
        super().__init__(*args, **kwargs)
        term = target.term
        self.fields["organisation"].queryset = units
        years = [(year, str(year)) for year in term.years]
        if target.period == TargetPeriod.TERM:
            years = [("", _("The whole term"))] + years
        self.fields["year"].choices = years
        self.fields["year"].required = target.period == TargetPeriod.YEAR


class DayForm(forms.Form):
    ngay = VietnameseDateField(label=_("On"), required=False)

    def asked_day(self):
        """The day asked for (None: none, or not a valid one); the selectors default it."""
        return self.cleaned_data.get("ngay") if self.is_valid() else None


RANKED_LEVELS = [Level.UPPER, Level.SECTOR, Level.GRASSROOTS, Level.MEMBER_UNION, Level.BRANCH]


class RankingForm(DayForm):
    cap = forms.ChoiceField(
        label=_("Units of level"),
        required=False,
        choices=[(level.value, level.label) for level in RANKED_LEVELS],
        initial=Level.GRASSROOTS,
    )

    def asked_level(self):
        """The level asked for (None: none; the ranking defaults to grassroots unions)."""
        return self.cleaned_data.get("cap") or None if self.is_valid() else None
