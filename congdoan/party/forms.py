"""
Forms of the Party-development pipeline: the list filter, identifying a
candidate, one form per stage, the course and withdrawal. Field names are the
arguments of the services, so the services' messages land on their fields.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from congdoan.backoffice.concurrency import VersionedForm
from congdoan.vietnamese.forms import VietnameseDateField

from .models import Stage
from .selectors import CandidateFilter


class CandidateFilterForm(forms.Form):
    """The filters of a candidate list (GET parameters)."""

    q = forms.CharField(label=_("Name"), required=False)
    buoc = forms.ChoiceField(label=_("Stage"), required=False)
    nam = forms.TypedChoiceField(label=_("Year introduced"), required=False, coerce=int, empty_value=None)
    don_vi = forms.ModelChoiceField(label=_("Unit"), required=False, queryset=None, empty_label=_("All units"))

    def __init__(self, data=None, *, branches, years, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["buoc"].choices = [("", _("All stages"))] + list(Stage.choices)
        self.fields["nam"].choices = [("", _("All years"))] + [(year, str(year)) for year in years]
        self.fields["don_vi"].queryset = branches
        self.fields["don_vi"].label_from_instance = lambda unit: unit.short_name or unit.name
        if not branches:
            del self.fields["don_vi"]

    def criteria(self):
        """The ``CandidateFilter`` these parameters describe (invalid values are ignored)."""
        data = self.cleaned_data if self.is_valid() else {}
        return CandidateFilter(
            stage=data.get("buoc") or "",
            year=data.get("nam"),
            branch=data.get("don_vi"),
            query=data.get("q") or "",
        )


class IdentifyForm(forms.Form):
    card_number = forms.CharField(
        label=_("Union card number"),
        max_length=32,
        help_text=_("The card number of an active member of this union or a unit under it."),
    )
    identified_on = VietnameseDateField(label=_("Identified on"))
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class _StageForm(VersionedForm):
    """
    A form moving a candidacy on; ``stage`` (hidden) is the stage it was opened
    for, ``version`` that of the whole candidacy (``version=``, see backoffice.concurrency).
    """

    stage = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, stage, initial=None, **kwargs):
        super().__init__(*args, initial={**(initial or {}), "stage": stage}, **kwargs)
        self.expected_stage = stage

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("stage") != self.expected_stage:
            # A non-field error: the form shows those, not a hidden field's.
            raise forms.ValidationError(
                _("The candidacy has moved on since this form was opened: check its stage and try again.")
            )
        return cleaned_data

    def arguments(self):
        """The keyword arguments of the service."""
        return {name: value for name, value in self.cleaned_data.items() if name != "stage"}


class CourseFields(forms.Form):
    course_started_on = VietnameseDateField(label=_("Course from"), required=False)
    course_ended_on = VietnameseDateField(label=_("Course until"), required=False)
    certificate_number = forms.CharField(label=_("Course certificate number"), max_length=64, required=False)
    certificate_issued_on = VietnameseDateField(
        label=_("Certificate issued on"), required=False, help_text=_("The certificate is valid for 5 years.")
    )


class FosteringForm(_StageForm, CourseFields):
    on = VietnameseDateField(label=_("Fostering from"))
    field_order = ["on"]


class CourseForm(_StageForm, CourseFields):
    pass


class IntroductionForm(_StageForm):
    on = VietnameseDateField(label=_("Date of the introduction resolution"))
    resolution_number = forms.CharField(
        label=_("Introduction resolution number"), max_length=64, help_text=_("e.g. 05/NQ-CĐCS")
    )
    party_cell = forms.CharField(label=_("Introduced to the party cell"), max_length=255)


class ProcedureForm(_StageForm):
    on = VietnameseDateField(label=_("Admission procedure from"))


class AdmissionForm(_StageForm):
    on = VietnameseDateField(label=_("Admitted on"))
    decision_number = forms.CharField(label=_("Admission decision number"), max_length=64)


class ConfirmationForm(_StageForm):
    on = VietnameseDateField(label=_("Full Party member from"))
    decision_number = forms.CharField(label=_("Confirmation decision number"), max_length=64)


class WithdrawalForm(_StageForm):
    on = VietnameseDateField(label=_("Withdrawn on"))
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


# The form that moves a candidacy into each stage.
STAGE_FORMS = {
    Stage.FOSTERING: FosteringForm,
    Stage.INTRODUCED: IntroductionForm,
    Stage.IN_PROCEDURE: ProcedureForm,
    Stage.ADMITTED: AdmissionForm,
    Stage.CONFIRMED: ConfirmationForm,
}
