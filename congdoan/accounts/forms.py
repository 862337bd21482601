"""Admin forms for users: Wagtail's own, plus the correspondent's unit and the union role; the sign-in form."""

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.users import forms as wagtail_user_forms

EXTRA_FIELDS = {"unit_name", "union_role"}


class UnionPlacementMixin(forms.Form):
    """
    The union a user works for, typed as its code: a select listing every
    union of the country would not fit on a page.
    """

    organisation_code = forms.CharField(
        label=_("union organisation (code)"),
        required=False,
        help_text=_("The code of the union this person works for; they see it and everything under it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.organisation_id:
            self.initial.setdefault("organisation_code", self.instance.organisation.code)

    @property
    def shown_organisation_code(self):
        """
        The code the form was shown with, sent back in a hidden field (see the templates):
        a code can be given to another union while the form is open.
        """
        if self.is_bound and self.add_initial_prefix("organisation_code") in self.data:
            return self.data[self.add_initial_prefix("organisation_code")]
        return self.initial.get("organisation_code", "")

    def organisation_code_changed(self):
        """Whether the administrator typed another code than the one they were shown."""
        typed = (self.data.get(self.add_prefix("organisation_code")) or "").strip()
        return typed != (self.shown_organisation_code or "").strip()

    def clean(self):
        from congdoan.unions.models import Organisation

        cleaned = super().clean()
        code = (cleaned.get("organisation_code") or "").strip()
        organisation = None
        if self.instance.pk and not self.organisation_code_changed():
            # Saving a user for another reason never moves them to another union, even
            # if their union's code has meanwhile been given to another one.
            organisation = self.instance.organisation
        elif code:
            organisation = Organisation.with_code(code)
            if organisation is None:
                self.add_error("organisation_code", _("No union has the code “%(code)s”.") % {"code": code})
        if cleaned.get("union_role") and not code:
            self.add_error("organisation_code", _("A role in the union needs the union it is held in."))
        cleaned["organisation"] = organisation
        return cleaned

    def save(self, commit=True):
        self.instance.organisation = self.cleaned_data.get("organisation")
        return super().save(commit=commit)


class UserCreationForm(UnionPlacementMixin, wagtail_user_forms.UserCreationForm):
    class Meta(wagtail_user_forms.UserCreationForm.Meta):
        fields = wagtail_user_forms.UserCreationForm.Meta.fields | EXTRA_FIELDS


class UserEditForm(UnionPlacementMixin, wagtail_user_forms.UserEditForm):
    class Meta(wagtail_user_forms.UserEditForm.Meta):
        fields = wagtail_user_forms.UserEditForm.Meta.fields | EXTRA_FIELDS


class LoginForm(WagtailLoginForm):
    """
    Wagtail's sign-in form, with its password field labelled in the user's language,
    and saying so when too many failed attempts have blocked signing in.

    Wagtail redefines the password field without a label, so Django labels it with the
    field's name, "Password", in every language (WAGTAILADMIN_USER_LOGIN_FORM).
    Axes refuses a locked-out attempt inside authenticate(), which the form would report
    as a wrong password: a person who then types the right one would never learn why.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label

    def clean(self):
        from .lockout import is_locked_out, lockout_message

        try:
            return super().clean()
        except ValidationError:
            if self.request is not None and is_locked_out(self.request):
                raise ValidationError(lockout_message(), code="locked_out") from None
            raise
