from django import forms
from django.utils.translation import gettext_lazy as _

from congdoan.vietnamese.forms import VietnameseDateField

from .formatting import short_date
from .selectors import report_day


class ReportDayForm(forms.Form):
    """The day a report is made for (``?ngay=dd/mm/yyyy``): today, or the term's end if it is over."""

    ngay = VietnameseDateField(label=_("Report on"), required=False)

    def __init__(self, data, *, term):
        super().__init__(data)
        self.term = term

    def clean_ngay(self):
        day = self.cleaned_data.get("ngay")
        if day and day < self.term.starts_on:
            raise forms.ValidationError(
                _("The term began on %(start)s: choose a day from then on."),
                params={"start": short_date(self.term.starts_on)},
            )
        return day

    @property
    def day(self):
        """The day asked for if it is valid, else the default day."""
        if self.is_valid() and self.cleaned_data.get("ngay"):
            return self.cleaned_data["ngay"]
        return report_day(self.term)
