"""Forms of the union tree: details, new units, events backed by decisions, executive committees."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from congdoan.backoffice.concurrency import VersionedForm
from congdoan.vietnamese.forms import VietnameseDateField

from .levels import unit_levels
from .models import CommitteeSeat, ExecutiveCommittee, Organisation

DETAIL_FIELDS = ["name", "short_name", "code", "address", "phone", "email", "employer"]


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = DETAIL_FIELDS

    def clean_code(self):
        """Codes are unique ignoring case (Organisation.Meta.constraints): say so on the field."""
        code = self.cleaned_data["code"].strip()
        other = Organisation.with_code(code)
        if other is not None and other.pk != self.instance.pk:
            raise ValidationError(CODE_TAKEN, code="code_taken")
        return code


CODE_TAKEN = _("Another union already has this code (codes are compared ignoring case).")


class OrganisationEditForm(VersionedForm, OrganisationForm):
    """
    An organisation's details opened for correction, with their version (see
    backoffice.concurrency). The name shows but is not edited here: a change of
    name is an event backed by a decision.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].disabled = True
        self.fields["name"].help_text = _("A change of name is an event backed by a decision: use “Rename”.")


class DecisionFields(forms.Form):
    """The decision behind a change: number, date signed, issuer."""

    decision_number = forms.CharField(label=_("Decision number"), max_length=64, help_text=_("e.g. 589/QĐ-LĐLĐ"))
    decision_date = VietnameseDateField(label=_("Decision date"))
    decision_issuer = forms.CharField(label=_("Issued by"), max_length=255)


class NewUnitForm(OrganisationForm):
    level = forms.ChoiceField(label=_("Level"))
    founded_on = VietnameseDateField(label=_("Founded on"), required=False)
    decision_number = forms.CharField(label=_("Founding decision number"), max_length=64, required=False)
    decision_date = VietnameseDateField(label=_("Decision date"), required=False)
    decision_issuer = forms.CharField(label=_("Issued by"), max_length=255, required=False)

    class Meta(OrganisationForm.Meta):
        fields = ["level", *DETAIL_FIELDS]

    def __init__(self, *args, parent, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [(level.value, level.label) for level in unit_levels(parent.level)]

    def clean(self):
        cleaned = super().clean()
        decision_parts = [cleaned.get("decision_number"), cleaned.get("decision_date"), cleaned.get("decision_issuer")]
        if any(decision_parts) and not all(decision_parts):
            raise forms.ValidationError(_("A decision needs its number, its date and who issued it."))
        return cleaned


class EventForm(DecisionFields):
    """
    An event of the tree. ``targets``: the unions it may lead to, for the form
    whose ``target_field`` picks one (a move's new parent, a merger's union).
    """

    occurred_on = VietnameseDateField(label=_("Takes effect on"))
    target_field: str | None = None

    def __init__(self, *args, targets=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.target_field:
            self.fields[self.target_field].queryset = targets


class RenameForm(EventForm):
    new_name = forms.CharField(label=_("New name"), max_length=255)


class MoveForm(EventForm):
    new_parent = forms.ModelChoiceField(label=_("New parent union"), queryset=None)
    target_field = "new_parent"


class MergeForm(EventForm):
    into = forms.ModelChoiceField(label=_("Merge into"), queryset=None)
    target_field = "into"


class SplitForm(EventForm):
    parts = forms.CharField(
        label=_("New unions"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line: code; name"),
    )
    dissolve = forms.BooleanField(label=_("The original union ends"), required=False, initial=True)

    def clean_parts(self):
        parts = []
        for number, line in enumerate(self.cleaned_data["parts"].splitlines(), 1):
            if not line.strip():
                continue
            code, separator, name = line.partition(";")
            if not separator or not code.strip() or not name.strip():
                raise forms.ValidationError(_("Line %(number)d is not “code; name”.") % {"number": number})
            parts.append({"code": code.strip(), "name": name.strip()})
        if len(parts) < 2:
            raise forms.ValidationError(_("A split gives at least two unions."))
        return parts


class DissolveForm(EventForm):
    pass


class CommitteeForm(forms.ModelForm):
    """An executive committee's term with its seats (``seats``: a formset, valid with the form)."""

    term_starts_on = VietnameseDateField(label=_("Term starts on"))
    term_ends_on = VietnameseDateField(label=_("Term ends on"), required=False)

    class Meta:
        model = ExecutiveCommittee
        fields = ["term_starts_on", "term_ends_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seats = SeatFormSet(self.data if self.is_bound else None)

    def is_valid(self):
        return super().is_valid() and self.seats.is_valid()

    def filled_seats(self):
        """The seats typed in (a row without a name is left blank, not an error)."""
        return [seat for seat in (form.cleaned_data for form in self.seats.forms) if seat.get("full_name")]


class SeatForm(forms.ModelForm):
    started_on = VietnameseDateField(label=_("From date"))
    ended_on = VietnameseDateField(label=_("Until date"), required=False)

    class Meta:
        model = CommitteeSeat
        fields = ["full_name", "position", "started_on", "ended_on"]


SeatFormSet = inlineformset_factory(ExecutiveCommittee, CommitteeSeat, form=SeatForm, extra=5, can_delete=False)
