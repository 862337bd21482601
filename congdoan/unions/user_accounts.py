"""
The admin's user screens with our extra fields: the correspondent's unit, the union
role, and the union a user works for, typed as its code.

They live in ``unions`` and not in ``accounts`` because placing a user needs the
union tree, and ``accounts`` sits below ``unions`` (docs/architecture.md);
``accounts.apps.UsersAdminConfig`` names the viewset by its dotted path.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users import forms as wagtail_user_forms
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .models import Organisation

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


class UserViewSet(WagtailUserViewSet):
    create_template_name = "accounts/users/create.html"
    edit_template_name = "accounts/users/edit.html"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
