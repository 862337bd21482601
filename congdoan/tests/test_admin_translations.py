"""
The admin speaks Vietnamese: tools/translations_check.py on the shipped catalogues, the
check's own rules on tiny made-up catalogues, and how Django finds our catalogues
(LOCALE_PATHS, the admin's JavaScript catalogue).
"""

import json
import re

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .tools import ROOT, load_tool

check = load_tool("translations_check")


def test_every_admin_catalogue_is_translated_with_its_placeholders():
    """The same check as `make translations-check`: 98 % of every catalogue, nothing broken."""
    report = check.run()
    passed = report.ok
    assert passed, "\n" + check.format_report(report)


# The check's rules, on made-up catalogues ------------------------------------------------

HEADER = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: {language}\\n"
"Plural-Forms: {plural_forms}\\n"

"""


def po_text(entries, language="vi", plural_forms="nplurals=1; plural=0;"):
    """A .po file: entries are (msgid, msgstr), (msgid, msgstr, "fuzzy") or ((singular, plural), [msgstr…])."""
    text = HEADER.format(language=language, plural_forms=plural_forms)
    for entry in entries:
        msgid, msgstr, *flags = entry
        if flags:
            text += f"#, {', '.join(flags)}\n"
        if isinstance(msgid, tuple):
            text += f"msgid {json.dumps(msgid[0], ensure_ascii=False)}\n"
            text += f"msgid_plural {json.dumps(msgid[1], ensure_ascii=False)}\n"
            for index, string in enumerate(msgstr):
                text += f"msgstr[{index}] {json.dumps(string, ensure_ascii=False)}\n"
        else:
            text += f"msgid {json.dumps(msgid, ensure_ascii=False)}\nmsgstr {json.dumps(msgstr, ensure_ascii=False)}\n"
        text += "\n"
    return text


def english(entries):
    return [(msgid, [""] * 2 if isinstance(msgid, tuple) else "") for msgid in entries]


@pytest.fixture
def make_catalogue(tmp_path):
    """A source catalogue of `msgids` and our translation of it, as a check.Catalogue."""

    def make(msgids, translations, name="wagtail.example", **header):
        source = tmp_path / "en" / f"{name}.po"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(po_text(english(msgids), language="en", plural_forms="nplurals=2; plural=(n != 1);"))
        target = tmp_path / "admin" / name / "vi" / "LC_MESSAGES" / "django.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(po_text(translations, **header))
        return check.Catalogue(name, "django", source, target)

    return make


MSGIDS = [f"Message number {number}" for number in range(100)]


def translate_first(count):
    return [(msgid, f"Thông điệp số {number}") for number, msgid in enumerate(MSGIDS[:count])]


def test_a_catalogue_at_97_percent_fails(make_catalogue, tmp_path):
    report = check.run([make_catalogue(MSGIDS, translate_first(97))], admin_locale=tmp_path / "admin")
    (result,) = report.results
    assert (result.translated, result.total) == (97, 100)
    assert not report.ok
    assert "FAIL" in check.format_report(report)


def test_a_catalogue_at_98_percent_passes(make_catalogue, tmp_path):
    assert check.run([make_catalogue(MSGIDS, translate_first(98))], admin_locale=tmp_path / "admin").ok


def test_a_complete_catalogue_passes_and_the_table_shows_it(make_catalogue, tmp_path):
    report = check.run([make_catalogue(MSGIDS, translate_first(100))], admin_locale=tmp_path / "admin")
    assert report.ok
    table = check.format_report(report)
    assert re.search(r"wagtail\.example\s+100\s+100\s+100\.0%", table), table
    assert table.endswith("no broken placeholders.")


def test_fuzzy_empty_and_unknown_translations_do_not_count(make_catalogue, tmp_path):
    msgids = ["Save", "Delete", "Edit", "Publish"]
    translations = [
        ("Save", "Lưu"),
        ("Delete", "Xóa", "fuzzy"),
        ("Edit", ""),
        ("Not in the English catalogue", "Không có trong bản tiếng Anh"),
    ]
    (result,) = check.run([make_catalogue(msgids, translations)], admin_locale=tmp_path / "admin").results
    assert (result.translated, result.total) == (1, 4)
    assert result.missing == [("Delete", None), ("Edit", None), ("Publish", None)]


def test_a_missing_catalogue_fails(make_catalogue, tmp_path):
    catalogue = make_catalogue(MSGIDS, [])
    catalogue.target.unlink()
    report = check.run([catalogue], admin_locale=tmp_path / "admin")
    assert not report.ok
    assert report.results[0].translated == 0


@pytest.mark.parametrize(
    "msgid, msgstr",
    [
        ("Page '%(title)s' published.", "Đã xuất bản trang “%(tittle)s”."),  # misspelt name
        ("Page '%(title)s' published.", "Đã xuất bản trang."),  # lost
        ("%s of %d pages", "%d trên %s trang"),  # positional order swapped
        ("Edit {title}", "Sửa {tiêu_đề}"),
        ("Edit {title}", "Sửa"),
        ("Saved %(count)s items", "Đã lưu %(count)s mục %(extra)s"),  # invented
        ('Click <a href="%(url)s">here</a>', 'Bấm <a href="%(url)s">vào đây'),  # HTML lost
    ],
)
def test_a_broken_placeholder_or_tag_fails(make_catalogue, tmp_path, msgid, msgstr):
    report = check.run([make_catalogue([msgid], [(msgid, msgstr)])], admin_locale=tmp_path / "admin")
    assert report.results[0].coverage == 1.0
    assert report.results[0].problems
    assert not report.ok
    assert msgid in check.format_report(report)


@pytest.mark.parametrize(
    "msgid, msgstr",
    [
        ("Page '%(title)s' by %(owner)s", "Trang “%(title)s” của %(owner)s"),
        ("%(owner)s: '%(title)s'", "“%(title)s” (%(owner)s)"),  # named ones may move
        ("100%% done, %s left", "Xong 100%%, còn %s"),
        ("Choose <strong>%(name)s</strong>", "Chọn <strong>%(name)s</strong>"),
        ("Use {{ value }} and {name}", "Dùng {{ value }} và {name}"),
    ],
)
def test_placeholders_kept_in_any_order_pass(make_catalogue, tmp_path, msgid, msgstr):
    assert check.run([make_catalogue([msgid], [(msgid, msgstr)])], admin_locale=tmp_path / "admin").ok


def test_plural_translations_carry_the_plural_placeholders(make_catalogue, tmp_path):
    plural = ("One page selected", "%(count)s pages selected")
    good = make_catalogue([plural], [(plural, ["Đã chọn %(count)s trang"])], name="good")
    bad = make_catalogue([plural], [(plural, ["Đã chọn một trang"])], name="bad")
    report = check.run([good, bad], admin_locale=tmp_path / "admin")
    assert [result.passes(report.threshold) for result in report.results] == [True, False]
    assert "msgstr[0]" in report.results[1].problems[0]


def test_more_than_one_plural_form_fails(make_catalogue, tmp_path):
    catalogue = make_catalogue(["Save"], [("Save", "Lưu")], plural_forms="nplurals=2; plural=(n != 1);")
    assert not check.run([catalogue], admin_locale=tmp_path / "admin").ok


def test_a_catalogue_nobody_checks_fails(make_catalogue, tmp_path):
    catalogue = make_catalogue(["Save"], [("Save", "Lưu")])
    stray = tmp_path / "admin" / "wagtail.unknown" / "vi" / "LC_MESSAGES" / "django.po"
    stray.parent.mkdir(parents=True)
    stray.write_text(po_text([("Save", "Lưu")]))
    report = check.run([catalogue], admin_locale=tmp_path / "admin")
    assert report.unknown == [stray]
    assert not report.ok


def test_main_exits_non_zero_when_the_check_fails(monkeypatch, make_catalogue, tmp_path, capsys):
    catalogues = [make_catalogue(MSGIDS, translate_first(50))]
    monkeypatch.setattr(check, "default_catalogues", lambda: catalogues)
    monkeypatch.setattr(check, "ADMIN_LOCALE", tmp_path / "admin")
    assert check.main([]) == 1
    assert "50.0%  FAIL" in capsys.readouterr().out
    catalogues[0].target.write_text(po_text(translate_first(100)))
    assert check.main([]) == 0


def test_the_map_names_every_installed_admin_app():
    """Every Wagtail app in INSTALLED_APPS with a catalogue of its own is in the check."""
    checked = {package for package, _domain in check.CATALOGUES}
    for app in settings.INSTALLED_APPS:
        package = "wagtail.users" if app == "congdoan.accounts.apps.UsersAdminConfig" else app
        if (package.startswith("wagtail") or package.startswith("django.contrib")) and (
            check.package_dir(package) / "locale" / "en"
        ).exists():
            assert package in checked or package == "django.contrib.sessions", package
    assert {"wagtail.admin", "djangojs"} <= {part for entry in check.CATALOGUES for part in entry}


# How Django finds them -------------------------------------------------------------------


def test_our_catalogue_comes_first_then_one_directory_per_admin_catalogue():
    assert settings.LOCALE_PATHS[0] == ROOT / "locale"
    admin_dirs = sorted(path for path in (ROOT / "locale" / "admin").glob("*") if path.is_dir())
    assert list(settings.LOCALE_PATHS[1:]) == admin_dirs
    for catalogue in check.default_catalogues():
        if catalogue.target.exists():
            assert catalogue.target.parents[2] in settings.LOCALE_PATHS


def compile_to(directory, domain, entries):
    """Write directory/vi/LC_MESSAGES/<domain>.mo from (msgid, msgstr) entries."""
    messages_dir = directory / "vi" / "LC_MESSAGES"
    messages_dir.mkdir(parents=True)
    po_path = messages_dir / f"{domain}.po"
    po_path.write_text(po_text(entries))
    with po_path.open("rb") as po_file, (messages_dir / f"{domain}.mo").open("wb") as mo_file:
        write_mo(mo_file, read_po(po_file))


@pytest.fixture
def fresh_translations():
    """Django caches catalogues per language: start and end with none cached."""
    from django.utils.translation import trans_real

    trans_real._translations = {}
    yield
    trans_real._translations = {}


def served_javascript_catalogue(client):
    """The {msgid: translation} that /admin/jsi18n/ sends the browser."""
    served = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", served, re.S).group(1))


def test_the_admin_javascript_catalogue_reads_djangojs_from_locale_paths(
    client, django_user_model, settings, tmp_path, fresh_translations
):
    """Wagtail's /admin/jsi18n/ is Django's JavaScriptCatalog(packages=["wagtail.admin"]):
    it merges LOCALE_PATHS after the package, so a locale/admin/wagtail.admin/…/djangojs.po wins."""
    english_js = read_po((check.package_dir("wagtail.admin") / "locale/en/LC_MESSAGES/djangojs.po").open("rb"))
    msgid = next(message.id for message in english_js if message.id and isinstance(message.id, str))
    compile_to(tmp_path / "wagtail.admin", "djangojs", [(msgid, "BẢN DỊCH CỦA CHÚNG TA")])
    settings.LOCALE_PATHS = [tmp_path / "wagtail.admin", *settings.LOCALE_PATHS]
    client.force_login(django_user_model.objects.create_user("js", password="pw"))
    assert served_javascript_catalogue(client)[msgid] == "BẢN DỊCH CỦA CHÚNG TA"


def test_the_shipped_javascript_catalogue_is_served(client, django_user_model, fresh_translations):
    po_path = ROOT / "locale/admin/wagtail.admin/vi/LC_MESSAGES/djangojs.po"
    if not po_path.with_suffix(".mo").exists():
        pytest.skip(f"{po_path.relative_to(ROOT)} is not there or not compiled yet (make translations)")
    ours = [
        message
        for message in read_po(po_path.open("rb"))
        if message.id and isinstance(message.id, str) and check.is_translated(message)
    ]
    client.force_login(django_user_model.objects.create_user("js", password="pw"))
    catalogue = served_javascript_catalogue(client)
    assert ours
    assert all(catalogue.get(message.id) == message.string for message in ours)


def test_our_own_strings_win_over_the_admin_catalogues(settings, tmp_path, fresh_translations):
    """Django gives the first LOCALE_PATHS entry priority; ours is first."""
    msgid = "Save"  # a variable, so that makemessages does not take it for one of our strings
    compile_to(tmp_path / "ours", "django", [(msgid, "Lưu của chúng ta")])
    compile_to(tmp_path / "wagtail.admin", "django", [(msgid, "Lưu của Wagtail")])
    settings.LOCALE_PATHS = [tmp_path / "ours", tmp_path / "wagtail.admin"]
    with translation.override("vi"):
        assert translation.gettext(msgid) == "Lưu của chúng ta"


def test_two_catalogues_translating_one_msgid_differently_are_a_warning(make_catalogue, tmp_path):
    """Django merges a domain's catalogues: users see the first directory's translation everywhere."""
    admin = make_catalogue(["New"], [("New", "Mới")], name="wagtail.admin")
    images = make_catalogue(["New"], [("New", "Ảnh mới")], name="wagtail.images")
    report = check.run([images, admin], admin_locale=tmp_path / "admin")
    assert report.ok
    assert report.conflicts == [("django", "New", None, [("wagtail.admin", "Mới"), ("wagtail.images", "Ảnh mới")])]
    assert "users see 'Mới' (wagtail.admin)" in check.format_report(report, show_conflicts=10)
