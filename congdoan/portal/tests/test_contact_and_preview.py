"""The contact form reaches the federation; editors can preview an article before publishing."""

from django.core import mail
from django.urls import reverse

from congdoan.portal.models import ContactFormField, ContactPage


def make_contact_page(portal):
    page = ContactPage(
        title="Liên hệ",
        to_address="lienhe@congdoan.example.vn",
        from_address="web@congdoan.example.vn",
        subject="Liên hệ",
    )
    for order, (label, field_type, required) in enumerate(
        [("Họ và tên", "singleline", True), ("Thư điện tử", "email", True), ("Nội dung", "multiline", True)]
    ):
        page.form_fields.add(ContactFormField(sort_order=order, label=label, field_type=field_type, required=required))
    portal.home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_contact_message_is_sent_and_thanked(client, portal):
    page = make_contact_page(portal)
    form = client.get(page.url).context["form"]
    names = list(form.fields)
    response = client.post(
        page.url, dict(zip(names, ["Nguyễn Văn An", "an@example.vn", "Xin hỏi về chế độ thai sản."]))
    )
    assert response.status_code == 200
    assert "Xin cảm ơn. Thư của bạn đã được gửi đi." in response.content.decode()
    assert len(mail.outbox) == 1 and "Xin hỏi về chế độ thai sản." in mail.outbox[0].body


def test_contact_form_with_missing_fields_explains_in_vietnamese_and_keeps_input(client, portal):
    page = make_contact_page(portal)
    names = list(client.get(page.url).context["form"].fields)
    response = client.post(page.url, {names[0]: "Nguyễn Văn An", names[1]: "không-phải-email"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nguyễn Văn An" in html
    assert "Trường này là bắt buộc." in html
    assert len(mail.outbox) == 0


def test_editor_previews_an_article_draft(client, portal, editorial_users):
    from wagtail.rich_text import RichText

    article = portal.publish("Tin đã đăng", paragraphs=["Đoạn văn đã đăng."])
    assert "Đoạn văn đã đăng." in client.get(article.url).content.decode()  # now in the fragment cache
    article.title = "Tin đang sửa, chưa đăng"
    article.body = [("paragraph", RichText("<p>Đoạn văn đang sửa.</p>"))]
    article.save_revision()
    client.force_login(editorial_users["editor"])
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=(article.pk,)))
    assert response.status_code == 200
    draft = response.content.decode()
    assert "Tin đang sửa, chưa đăng" in draft and "Đoạn văn đang sửa." in draft and "Đoạn văn đã đăng." not in draft
    client.logout()
    published = client.get(article.url).content.decode()
    assert "Tin đang sửa, chưa đăng" not in published and "Đoạn văn đã đăng." in published
