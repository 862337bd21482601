"""The checks production.py runs before it lets the site start."""

from django.core.exceptions import ImproperlyConfigured

KNOWN_UNSAFE_SECRET_KEYS = {
    "",
    "dev-only-not-secret-congdoan",
    "test-only-not-secret-congdoan",
    "change-me",
    "changeme",
    "secret",
}


def refuse_unsafe_configuration(debug, secret_key, allowed_hosts):
    """Raise ImproperlyConfigured for each way production would be unsafe."""
    problems = []
    if debug:
        problems.append("DEBUG must be off in production (unset DEBUG or set DEBUG=0).")
    if secret_key in KNOWN_UNSAFE_SECRET_KEYS or secret_key.startswith("django-insecure") or len(secret_key) < 50:
        problems.append("SECRET_KEY must be set to a long random value (at least 50 characters).")
    if not allowed_hosts:
        problems.append("ALLOWED_HOSTS must list the site's host names (comma-separated).")
    if problems:
        raise ImproperlyConfigured("Refusing to start: " + " ".join(problems))


def refuse_unknown_release(release):
    """
    Raise ImproperlyConfigured when the running release is unknown: the portal's cached
    pages and page objects are keyed by it, and a deploy must not reuse the old ones.
    """
    if not release:
        raise ImproperlyConfigured(
            "Refusing to start: RELEASE must name the deployed release (the git commit, say) "
            "when the code is not a git checkout."
        )
