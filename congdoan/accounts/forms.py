"""The sign-in form (the user screens' forms, which place a user in a union, live in ``unions.user_accounts``)."""

from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


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
