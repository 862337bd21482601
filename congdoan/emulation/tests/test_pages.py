"""The emulation pages as users see them: forms, refusals on the form, figures, and fixed query counts."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from congdoan.emulation import services
from congdoan.emulation.models import Evaluation, Movement, Registration
from congdoan.registry_fixtures import admit, found, introduce, opened_version
from congdoan.unions.levels import Level

from .conftest import D, sheet

pytestmark = pytest.mark.django_db


def sheet_post(lines, classification, **fields):
    data = {
        "tieu-chi-TOTAL_FORMS": str(len(lines) + 1),
        "tieu-chi-INITIAL_FORMS": "0",
        "tieu-chi-MIN_NUM_FORMS": "0",
        "tieu-chi-MAX_NUM_FORMS": "1000",
        "classification": classification,
        "decided_on": "20/12/2021",
        "decision_number": "25/QĐ-CĐCS",
        "note": "",
    }
    for index, (name, max_points, points) in enumerate(lines):
        data.update(
            {
                f"tieu-chi-{index}-name": name,
                f"tieu-chi-{index}-max_points": str(max_points),
                f"tieu-chi-{index}-points": str(points),
            }
        )
    data.update(fields)
    return data


def test_the_scoring_sheet_starts_from_the_scales_criteria_and_shows_the_quota_criterion(client, unions, chair, term):
    introduce(unions.office, D(2021, 6, 1))
    client.force_login(chair)
    page = client.get(reverse("emulation:evaluate", args=[unions.office.pk, 2021])).content.decode()
    assert "Hướng dẫn 1294/HD-TLĐ (từ năm 2019)" in page
    assert "Phát triển đoàn viên, xây dựng tổ chức công đoàn vững mạnh" in page
    assert "Kết quả thực hiện chỉ tiêu được giao" in page
    assert "hoàn thành 1 trên 2 chỉ tiêu được giao" in page
    assert "Hoàn thành xuất sắc nhiệm vụ" in page and "Vững mạnh" not in page
    old = client.get(reverse("emulation:evaluate", args=[unions.office.pk, 2018])).content.decode()
    assert "Vững mạnh" in old and "Hoàn thành xuất sắc nhiệm vụ" not in old


def test_evaluating_through_the_page(client, unions, chair, term):
    client.force_login(chair)
    url = reverse("emulation:evaluate", args=[unions.office.pk, 2021])
    version = opened_version(client, url)
    refused = client.post(url, sheet_post(sheet(30, 25, 20, 15), "excellent", version=version))
    # No introduction: the quota criterion has 0 of 10 points, below half: not the top class.
    assert refused.status_code == 200
    assert (
        "Không thể xếp loại “Hoàn thành xuất sắc nhiệm vụ” khi có tiêu chí đạt dưới 50% số điểm"
        in refused.content.decode()
    )
    assert not Evaluation.objects.exists()
    saved = client.post(url, sheet_post(sheet(30, 25, 20, 15), "good", version=version))
    evaluation = Evaluation.objects.get()
    assert saved.url == reverse("emulation:evaluation", args=[evaluation.pk])
    assert (evaluation.points, evaluation.max_points, evaluation.decided_on) == (
        Decimal(90),
        Decimal(100),
        D(2021, 12, 20),
    )
    detail = client.get(saved.url).content.decode()
    assert "Hoàn thành tốt nhiệm vụ" in detail and "20/12/2021" in detail and "tính từ chỉ tiêu được giao" in detail
    listing = client.get(reverse("emulation:evaluations", args=[unions.transport.pk]) + "?nam=2021").content.decode()
    assert "Hoàn thành tốt nhiệm vụ" in listing and "Chưa đánh giá" in listing  # the inspectorate


def test_points_out_of_range_are_shown_on_the_form(client, unions, chair):
    client.force_login(chair)
    url = reverse("emulation:evaluate", args=[unions.office.pk, 2021])
    version = opened_version(client, url)
    answer = client.post(url, sheet_post(sheet(35, 25, 20, 15), "good", version=version))
    assert answer.status_code == 200
    assert "Điểm của tiêu chí “Chăm lo, bảo vệ quyền lợi” phải từ 0 đến 30." in answer.content.decode()
    half_line = client.post(url, sheet_post([("Tiêu chí lẻ", "", "5")], "good", version=version))
    assert "Nhập đủ tên tiêu chí, điểm tối đa và điểm đạt được" in half_line.content.decode()
    assert not Evaluation.objects.exists()


def test_launching_registering_and_recording_a_result_through_the_pages(client, unions, chair):
    client.force_login(chair)
    answer = client.post(
        reverse("emulation:movement_add", args=[unions.transport.pk]),
        {
            "kind": "movement",
            "name": "Giỏi việc nước - Đảm việc nhà",
            "started_on": "01/03/2018",
            "ended_on": "",
            "description": "",
        },
    )
    movement = Movement.objects.get()
    assert answer.url == reverse("emulation:movement", args=[movement.pk])
    member = admit(unions.office, given="Lan", family="Trần", middle="Thị")
    register = reverse("emulation:register", args=[movement.pk])
    client.post(register, {"year": "2021", "organisation": unions.office.pk, "registered_on": "05/01/2021"})
    client.post(register, {"year": "2021", "card_number": member.card_number, "registered_on": "05/01/2021"})
    again = client.post(register, {"year": "2021", "organisation": unions.office.pk, "registered_on": "06/01/2021"})
    assert "đã đăng ký tham gia phong trào này năm 2021" in again.content.decode()
    both = client.post(
        register,
        {
            "year": "2021",
            "organisation": unions.office.pk,
            "card_number": member.card_number,
            "registered_on": "06/01/2021",
        },
    )
    assert "một trong hai" in both.content.decode()
    outside = client.post(register, {"year": "2021", "organisation": unions.school.pk, "registered_on": "06/01/2021"})
    assert outside.status_code == 200 and Registration.objects.count() == 2  # the school is not offered
    registration = Registration.objects.get(member=member)
    result = reverse("emulation:result", args=[registration.pk])
    client.post(
        result,
        {
            "result": "Đạt danh hiệu",
            "award": "Giấy khen",
            "award_decision": "10/QĐ-CĐCS",
            "version": opened_version(client, result),
        },
    )
    page = client.get(reverse("emulation:movement", args=[movement.pk])).content.decode()
    assert "Năm 2021: 1 đơn vị và 1 đoàn viên đăng ký, 1 lượt khen thưởng" in page
    assert "Trần Thị Lan" in page and "Giấy khen" in page
    listing = client.get(reverse("emulation:movements", args=[unions.transport.pk])).content.decode()
    assert "Giỏi việc nước - Đảm việc nhà" in listing


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_lists_take_a_fixed_number_of_queries(client, unions, chair):
    client.force_login(chair)
    movement = services.create_movement(unions.transport, "Lao động giỏi, lao động sáng tạo", D(2017, 4, 1))
    services.register(movement, 2021, organisation=unions.office, registered_on=D(2021, 1, 4))
    services.evaluate(unions.office, 2021, sheet(30, 25, 20, 15), "excellent", user=chair)
    urls = [
        reverse("emulation:movements", args=[unions.transport.pk]),
        reverse("emulation:movement", args=[movement.pk]),
        reverse("emulation:evaluations", args=[unions.transport.pk]) + "?nam=2021",
    ]
    _queries(client, urls[0])  # the admin frame caches a few things on its first page
    before = [_queries(client, url) for url in urls]
    for number in range(4):
        branch = found(unions.transport, f"Công đoàn bộ phận số {number}", Level.BRANCH)
        services.register(movement, 2021, organisation=branch, registered_on=D(2021, 1, 4))
        services.register(movement, 2022, member=admit(branch), registered_on=D(2022, 1, 4))
        services.evaluate(branch, 2021, sheet(21, 17.5, 14, 10.5), "good", user=chair)
        services.create_movement(unions.province, f"Phong trào tỉnh {number}", D(2019, 1, 1))
    after = [_queries(client, url) for url in urls]
    assert after == before
