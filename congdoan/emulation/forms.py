"""Forms of emulation: a movement, a registration, its result, the year chooser and the scoring sheet."""

import datetime

from django import forms
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _

from congdoan.backoffice.concurrency import VersionedForm
from congdoan.vietnamese.forms import VietnameseDateField

from . import selectors
from .models import Movement, MovementKind, Registration


class MovementForm(forms.ModelForm):
    started_on = VietnameseDateField(label=_("Starts on"))
    ended_on = VietnameseDateField(label=_("Ends on"), required=False, help_text=_("Leave empty while it goes on."))

    class Meta:
        model = Movement
        fields = ["kind", "name", "started_on", "ended_on", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = MovementKind.choices

    def _post_clean(self):
        # The rules are the service's: no model validation here.
        pass


class MovementEditForm(VersionedForm, MovementForm):
    """A movement opened for correction, with its version (see backoffice.concurrency)."""


class RegistrationForm(forms.Form):
    """A unit, or a member found by union card number, registering for a year."""

    year = forms.TypedChoiceField(label=_("Year"), coerce=int)
    organisation = forms.ModelChoiceField(
        label=_("Unit"), queryset=None, required=False, help_text=_("A unit that registers as a whole.")
    )
    card_number = forms.CharField(
        label=_("Or a member's union card number"),
        max_length=32,
        required=False,
        help_text=_("A member who registers in person (their union is recorded with them)."),
    )
    registered_on = VietnameseDateField(label=_("Registered on"))

    def __init__(self, *args, user, movement, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        years = selectors.registrable_years(movement)
        self.fields["year"].choices = [(year, str(year)) for year in years]
        if (this_year := datetime.date.today().year) in years:
            self.fields["year"].initial = this_year
        self.fields["organisation"].queryset = selectors.registrable_units(user, movement)
        self.fields["registered_on"].initial = datetime.date.today()

    def clean(self):
        cleaned = super().clean()
        unit, card = cleaned.get("organisation"), (cleaned.get("card_number") or "").strip()
        if bool(unit) == bool(card):
            raise forms.ValidationError(_("Choose a unit or type a member's card number (one of the two)."))
        cleaned["member"] = None
        if card:
            member = selectors.member_by_card(self.user, card)
            if member is None:
                self.add_error("card_number", _("No member you may see has this card number."))
            cleaned["member"] = member
        return cleaned


class ResultForm(VersionedForm, forms.ModelForm):
    """What came of a registration, recorded or corrected; with its version (see backoffice.concurrency)."""

    class Meta:
        model = Registration
        fields = ["result", "award", "award_decision"]
        help_texts = {
            "result": _("e.g. “Đạt danh hiệu Lao động giỏi”"),
            "award": _("e.g. “Bằng khen của Tổng Liên đoàn”"),
            "award_decision": _("e.g. 123/QĐ-TLĐ"),
        }

    def _post_clean(self):
        pass


class YearForm(forms.Form):
    nam = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100, required=False)


class EvaluationForm(VersionedForm):
    """The classification of a scoring sheet; its version covers the whole sheet (``version=``)."""

    classification = forms.ChoiceField(label=_("Classification"))
    decided_on = VietnameseDateField(label=_("Decided on"), required=False)
    decision_number = forms.CharField(label=_("Decision number"), max_length=64, required=False)
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args, scale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["classification"].choices = scale.choices()


class CriterionForm(forms.Form):
    name = forms.CharField(label=_("Criterion"), max_length=255, required=False)
    max_points = forms.DecimalField(label=_("Maximum points"), max_digits=6, decimal_places=2, required=False)
    points = forms.DecimalField(label=_("Points"), max_digits=6, decimal_places=2, required=False)

    def clean(self):
        cleaned = super().clean()
        filled = [cleaned.get("name"), cleaned.get("max_points"), cleaned.get("points")]
        if any(value not in (None, "") for value in filled) and not all(value not in (None, "") for value in filled):
            raise forms.ValidationError(
                _("Fill in the criterion, its maximum points and its points, or leave the line empty.")
            )
        return cleaned

    def line(self):
        """``(name, max_points, points)``, or None for an empty line."""
        if not self.cleaned_data.get("name"):
            return None
        return (self.cleaned_data["name"], self.cleaned_data["max_points"], self.cleaned_data["points"])


CriterionFormSet = formset_factory(CriterionForm, extra=2)
