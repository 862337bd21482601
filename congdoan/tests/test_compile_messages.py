"""tools/compile_messages.py: every catalogue of the project, nested ones included, compiled like msgfmt."""

import gettext

from .test_admin_translations import po_text
from .tools import load_tool

compile_messages = load_tool("compile_messages")


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_it_finds_our_app_and_admin_catalogues_and_skips_hidden_and_generated_directories(tmp_path):
    ours = write(tmp_path / "locale/vi/LC_MESSAGES/django.po", po_text([]))
    app = write(tmp_path / "congdoan/members/locale/vi/LC_MESSAGES/django.po", po_text([]))
    admin = write(tmp_path / "locale/admin/wagtail.admin/vi/LC_MESSAGES/django.po", po_text([]))
    admin_js = write(tmp_path / "locale/admin/wagtail.admin/vi/LC_MESSAGES/djangojs.po", po_text([]))
    write(tmp_path / ".venv/lib/site-packages/wagtail/locale/vi/LC_MESSAGES/django.po", po_text([]))
    write(tmp_path / ".i18n-work/locale/vi/LC_MESSAGES/django.po", po_text([]))
    write(tmp_path / "var/locale/vi/LC_MESSAGES/django.po", po_text([]))
    assert compile_messages.find_catalogues(tmp_path) == sorted([ours, app, admin, admin_js])


def test_untranslated_and_fuzzy_entries_are_left_out_so_the_next_catalogue_answers(tmp_path):
    po_path = write(
        tmp_path / "locale/vi/LC_MESSAGES/djangojs.po",
        po_text(
            [
                ("Save", "Lưu"),
                ("Delete", "Xóa", "fuzzy"),
                ("Edit", ""),
                (("One page", "%(count)s pages"), [""]),
                (("One image", "%(count)s images"), ["%(count)s ảnh"]),
            ]
        ),
    )
    assert compile_messages.compile_catalogue(po_path)
    with po_path.with_suffix(".mo").open("rb") as mo_file:
        catalogue = gettext.GNUTranslations(mo_file)
    assert catalogue.gettext("Save") == "Lưu"
    assert "Delete" not in catalogue._catalog and "Edit" not in catalogue._catalog
    assert ("One page", 0) not in catalogue._catalog
    assert catalogue.ngettext("One image", "%(count)s images", 3) == "%(count)s ảnh"
    assert not compile_messages.compile_catalogue(po_path)  # up to date: not compiled again
