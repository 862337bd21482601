"""
The admin speaks Vietnamese to every user unless they choose English in their account;
dates read dd/mm/yyyy in Vietnam time and numbers use the Vietnamese separators.
"""

import datetime
import re
import unicodedata

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, translation
from wagtail.users.models import UserProfile

from congdoan.conftest import vietnam_time


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


def html_language(response):
    return re.search(r'<html[^>]* lang="([^"]+)"', response.content.decode()).group(1)


@pytest.fixture
def new_editor(editorial_users):
    """An editor who has never opened their account settings: no profile, no preference."""
    editor = editorial_users["editor"]
    UserProfile.objects.filter(user=editor).delete()
    editor.refresh_from_db()
    return editor


def test_a_new_user_sees_the_admin_in_vietnamese(client, new_editor):
    client.force_login(new_editor)
    # Whatever the browser prefers: there is no LocaleMiddleware.
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 200
    assert html_language(response) == "vi"
    # The sidebar's page explorer item.
    pages = in_language("vi", "Pages")
    assert pages == "Trang"
    assert f'"name": "explorer", "label": "{pages}"' in response.content.decode()
    assert UserProfile.get_for_user(new_editor).get_preferred_language() == "vi"


def test_the_sign_in_page_is_in_vietnamese(client, db):
    response = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="en")
    assert html_language(response) == "vi"
    content = response.content.decode()
    assert in_language("vi", "Sign in") in content
    # Wagtail's own form leaves the password field without a label: Django would show "Password".
    labels = [
        " ".join(re.sub(r"<[^>]+>", " ", label).split()).rstrip(" *")
        for label in re.findall(r"<label[^>]*>(.*?)</label>", content, re.S)
    ]
    assert "Mật khẩu" in labels
    assert not any("Password" in label for label in labels)


def test_signing_in_still_works(client, editorial_users):
    response = client.post(reverse("wagtailadmin_login"), {"username": "btv", "password": "pw"})
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def account_form_data(response):
    """What the account page's form would send back unchanged."""
    data = {}
    for panels in response.context["panels_by_tab"].values():
        for panel in panels:
            form = panel.get_form()
            for name, field in form.fields.items():
                value = form.get_initial_for_field(field, name)
                if value is None or value is False or (hasattr(value, "name") and not value):
                    continue
                data[form.add_prefix(name)] = "on" if value is True else value
    return data


def test_english_is_selectable_in_the_account_and_vietnamese_is_the_default(client, new_editor):
    new_editor.last_name, new_editor.email = "Nguyễn", "chau@example.vn"
    new_editor.save()
    client.force_login(new_editor)
    account_url = reverse("wagtailadmin_account")
    response = client.get(account_url)
    language_select = re.search(
        r'<select name="locale-preferred_language".*?</select>', response.content.decode(), re.S
    ).group(0)
    choices = {
        value: unicodedata.normalize("NFC", label)
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', language_select)
    }
    assert choices == {
        "": in_language("vi", "Use server language: %(language_name)s") % {"language_name": "Tiếng Việt"},
        "en": "English",
        "vi": "Tiếng Việt",
    }
    assert "locale-current_time_zone" not in response.content.decode()  # everyone works in Vietnam time

    data = account_form_data(response)
    data["locale-preferred_language"] = "en"
    response = client.post(account_url, data)
    assert response.status_code == 302, response.context and [
        panel.get_form().errors for panels in response.context["panels_by_tab"].values() for panel in panels
    ]
    assert UserProfile.get_for_user(new_editor).preferred_language == "en"
    response = client.get(reverse("wagtailadmin_home"))
    assert html_language(response) == "en"
    assert '"name": "explorer", "label": "Pages"' in response.content.decode()

    data["locale-preferred_language"] = ""  # back to the server's language
    client.post(account_url, data)
    assert html_language(client.get(reverse("wagtailadmin_home"))) == "vi"


def test_the_admin_shows_dates_as_dd_mm_yyyy_in_vietnam_time(client, portal, editorial_users):
    article = portal.publish("Tin hẹn giờ gỡ")
    # 02:30 UTC is 09:30 in Vietnam.
    article.expire_at = datetime.datetime(2030, 1, 2, 2, 30, tzinfo=datetime.UTC)
    article.save_revision().publish()
    client.force_login(editorial_users["editor"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,)))
    assert 'value="02/01/2030 09:30"' in response.content.decode()


def test_the_admin_reads_dates_typed_as_dd_mm_yyyy_in_vietnam_time(client, portal, editorial_users):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    client.force_login(editorial_users["editor"])
    data = nested_form_data(
        {
            "title": "Tin có ngày hết hạn",
            "slug": "tin-co-ngay-het-han",
            "lead": "Tóm tắt.",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
            "comments": inline_formset([]),
            "expire_at": "02/01/2030 09:30",
        }
    )
    client.post(reverse("wagtailadmin_pages:add", args=("portal", "articlepage", portal.local_news.pk)), data)
    from congdoan.portal.models import ArticlePage

    article = ArticlePage.objects.get(slug="tin-co-ngay-het-han")
    assert article.get_latest_revision_as_object().expire_at == vietnam_time(2030, 1, 2, 9, 30)


def test_vietnamese_formats():
    with translation.override("vi"):
        when = vietnam_time(2024, 9, 2, 7, 5)
        assert formats.date_format(when.date(), "SHORT_DATE_FORMAT") == "02/09/2024"
        assert formats.date_format(when.date(), "DATE_FORMAT") == "02/09/2024"
        assert formats.localize(1234.5) == "1234,5"
        assert formats.number_format(1234567, force_grouping=True) == "1.234.567"
        # Wagtail's admin prints counts with intcomma: grouped with "."
        assert Template("{% load humanize %}{{ n|intcomma }}").render(Context({"n": 1234567})) == "1.234.567"
        # Numbers printed into pages (ids, image sizes in attributes) are not grouped.
        assert Template("{{ n }}").render(Context({"n": 1234567})) == "1234567"
