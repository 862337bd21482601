"""Forms of the member registry: the list filter, the member record, transfers."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from congdoan.backoffice.concurrency import VersionedForm
from congdoan.vietnamese.forms import VietnameseDateField

from .models import Member
from .selectors import MemberFilter
from .vocabularies import ETHNIC_GROUPS, MemberStatus, PeriodEnd, Sex


class StatisticsForm(forms.Form):
    ngay = VietnameseDateField(label=_("On"), required=False)

    def chosen_day(self):
        """The day asked for (None: none, or not a date)."""
        return self.cleaned_data.get("ngay") if self.is_valid() else None


class MemberFilterForm(forms.Form):
    """
    The filters of a member list (GET parameters). The export uses the same
    parameters, so it always exports exactly the list on screen.
    """

    q = forms.CharField(label=_("Search"), required=False)
    ngay = VietnameseDateField(label=_("Members on"), required=False)
    trang_thai = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses"))] + list(MemberStatus.choices),
        initial=MemberStatus.ACTIVE,
    )
    gioi_tinh = forms.ChoiceField(label=_("Sex"), required=False, choices=[("", _("All"))] + list(Sex.choices))
    dang_vien = forms.ChoiceField(
        label=_("Party member"),
        required=False,
        choices=[("", _("All")), ("yes", _("Party members")), ("no", _("Not Party members"))],
    )
    dan_toc = forms.ChoiceField(label=_("Ethnicity"), required=False, choices=[("", _("All"))] + ETHNIC_GROUPS)

    def __init__(self, data=None, *, sees_sensitive_data=False, **kwargs):
        if data is not None and "trang_thai" not in data:
            data = data.copy()
            data["trang_thai"] = MemberStatus.ACTIVE
        super().__init__(data, **kwargs)
        if not sees_sensitive_data:
            del self.fields["dang_vien"]
            del self.fields["dan_toc"]

    def criteria(self, organisation):
        """The ``MemberFilter`` these parameters describe (invalid values are ignored)."""
        data = self.cleaned_data if self.is_valid() else {}
        return MemberFilter(
            organisation=organisation,
            day=data.get("ngay"),
            query=data.get("q", ""),
            status=data.get("trang_thai", MemberStatus.ACTIVE) if not data.get("ngay") else "",
            sex=data.get("gioi_tinh", ""),
            party=data.get("dang_vien", ""),
            ethnicity=data.get("dan_toc", ""),
        )


class MemberForm(forms.ModelForm):
    """A member's record; sensitive fields only for roles that may see them."""

    born_on = VietnameseDateField(label=_("date of birth"), required=False)
    joined_union_on = VietnameseDateField(label=_("joined the union on"))
    party_admitted_on = VietnameseDateField(label=_("admitted to the Party on"), required=False)
    party_confirmed_on = VietnameseDateField(label=_("full Party member since"), required=False)
    party_left_on = VietnameseDateField(label=_("no longer a Party member from"), required=False)

    class Meta:
        model = Member
        fields = [
            "family_name", "middle_name", "given_name", "sex", "born_on", "ethnicity", "religion", "citizen_id",
            "phone", "email", "hometown", "education", "qualification", "political_theory", "job_title",
            "workplace_unit", "card_number", "joined_union_on", "party_admitted_on", "party_confirmed_on",
            "party_left_on",
        ]  # fmt: skip

    def validate_unique(self):
        """
        Left to the services (identity_clashes.refuse_taken_numbers): Django's
        own check would say, to anyone and as often as asked, whether a card
        number or citizen ID is recorded anywhere in the country.
        """

    def __init__(self, *args, sees_sensitive_data=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not sees_sensitive_data:
            from .models import SENSITIVE_FIELDS

            for name in SENSITIVE_FIELDS:
                self.fields.pop(name, None)


class MemberEditForm(VersionedForm, MemberForm):
    """A member's record opened for correction: it carries the record's version (see backoffice.concurrency)."""


class TransferForm(forms.Form):
    to = forms.ModelChoiceField(label=_("To union"), queryset=None, required=False)
    outside = forms.BooleanField(label=_("To a union outside this system"), required=False)
    on = VietnameseDateField(label=_("Date"), initial=datetime.date.today)
    note = forms.CharField(label=_("Note (decision, reason)"), required=False, max_length=255)

    def __init__(self, *args, destinations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = destinations

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("to") and not cleaned.get("outside"):
            raise forms.ValidationError(_("Choose the union the member moves to, or tick “outside this system”."))
        return cleaned

    def arguments(self):
        """The arguments of ``services.transfer_member``: ``to`` is None for a union outside this system."""
        data = self.cleaned_data
        return {"to": None if data["outside"] else data["to"], "on": data["on"], "note": data["note"]}


class EndMembershipForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason"),
        choices=[(PeriodEnd.LEFT, PeriodEnd.LEFT.label), (PeriodEnd.DECEASED, PeriodEnd.DECEASED.label)],
    )
    on = VietnameseDateField(label=_("Date"), initial=datetime.date.today)
    note = forms.CharField(label=_("Note"), required=False, max_length=255)

    def arguments(self):
        """The arguments of ``services.end_membership``."""
        data = self.cleaned_data
        return {"reason": PeriodEnd(data["reason"]), "on": data["on"], "note": data["note"]}
