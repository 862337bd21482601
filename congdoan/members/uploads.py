"""
Where uploads holding personal data (member spreadsheets to import) are kept:
PRIVATE_UPLOAD_ROOT, outside MEDIA_ROOT. MEDIA_ROOT is published as it is
(by the web server, or by SERVE_MEDIA), so a file there is public to anyone
who learns its name; nothing publishes PRIVATE_UPLOAD_ROOT.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateUploadStorage(FileSystemStorage):
    """
    Files under PRIVATE_UPLOAD_ROOT, which has no URL: asking for one is an
    error, so no page can ever link to an upload by mistake. The folder is
    read from the settings each time (a test, or a deployment, may move it).
    """

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_UPLOAD_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private uploads have no URL.")


_PRIVATE_UPLOADS = PrivateUploadStorage(directory_permissions_mode=0o700, file_permissions_mode=0o600)


def private_uploads():
    """The storage of MemberImport.file (a callable, so migrations name it rather than copy its folder)."""
    return _PRIVATE_UPLOADS


def check_private_upload_root(app_configs=None, **kwargs):
    """A PRIVATE_UPLOAD_ROOT inside a published folder would publish the uploads again."""
    from django.core.checks import Error

    private = os.path.abspath(settings.PRIVATE_UPLOAD_ROOT)
    errors = []
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        published = getattr(settings, name, None)
        if published and os.path.commonpath([private, os.path.abspath(published)]) in (
            private,
            os.path.abspath(published),
        ):
            errors.append(
                Error(
                    f"PRIVATE_UPLOAD_ROOT ({private}) and {name} ({published}) overlap: uploads would be public.",
                    hint=f"Put PRIVATE_UPLOAD_ROOT outside {name}.",
                    id="members.E001",
                )
            )
    return errors
