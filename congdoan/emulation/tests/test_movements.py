"""Movements and campaigns: who launches them, who may register, results and awards, the term summary."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from congdoan.emulation import selectors, services
from congdoan.emulation.models import MovementKind, Registration
from congdoan.registry_fixtures import admit

from .conftest import D

pytestmark = pytest.mark.django_db


@pytest.fixture
def movement(unions, chair):
    return services.create_movement(unions.transport, "Lao động giỏi, lao động sáng tạo", D(2017, 4, 1), user=chair)


def messages_of(error):
    return " ".join(error.value.messages)


def test_units_and_members_of_the_launching_union_register_once_a_year(unions, chair, movement):
    member = admit(unions.office, given="Hoa")
    services.register(movement, 2021, organisation=unions.office, registered_on=D(2021, 2, 1), user=chair)
    services.register(movement, 2021, organisation=unions.transport, registered_on=D(2021, 2, 1), user=chair)
    registration = services.register(movement, 2021, member=member, registered_on=D(2021, 2, 3), user=chair)
    assert registration.organisation == unions.office  # the member's union is recorded with them
    with pytest.raises(ValidationError) as error:
        services.register(movement, 2021, organisation=unions.office, registered_on=D(2021, 3, 1), user=chair)
    assert messages_of(error) == "Công đoàn bộ phận Văn phòng Sở đã đăng ký tham gia phong trào này năm 2021."
    with pytest.raises(ValidationError):
        services.register(movement, 2021, member=member, registered_on=D(2021, 3, 1), user=chair)
    services.register(movement, 2022, organisation=unions.office, registered_on=D(2022, 1, 5), user=chair)
    assert Registration.objects.count() == 4


def test_a_unit_outside_the_launching_union_cannot_register(unions, chair, movement):
    with pytest.raises(ValidationError) as error:
        services.register(movement, 2021, organisation=unions.school, registered_on=D(2021, 2, 1))
    assert "không phải là Công đoàn cơ sở Sở Giao thông vận tải hoặc đơn vị trực thuộc" in messages_of(error)
    assert not Registration.objects.exists()


def test_registration_years_follow_the_movement(unions, chair):
    campaign = services.create_movement(
        unions.transport,
        "Cán bộ, công chức, viên chức Bắc Kạn nói không với tiêu cực",
        D(2018, 1, 1),
        kind=MovementKind.CAMPAIGN,
        ended_on=D(2020, 12, 31),
    )
    with pytest.raises(ValidationError) as error:
        services.register(campaign, 2021, organisation=unions.office, registered_on=D(2021, 1, 5))
    assert messages_of(error) == "Phong trào diễn ra từ năm 2018 đến năm 2020: năm 2021 nằm ngoài thời gian đó."
    with pytest.raises(ValidationError):
        services.register(campaign, 2019, organisation=unions.office, registered_on=D(2020, 1, 5))
    services.register(campaign, 2019, organisation=unions.office, registered_on=D(2019, 1, 5))
    with pytest.raises(ValidationError) as error:
        services.update_movement(campaign, ended_on=D(2018, 12, 31))
    assert "năm 2019" in messages_of(error)


def test_movement_rules(unions):
    with pytest.raises(ValidationError) as error:
        services.create_movement(unions.transport, "  ", D(2017, 1, 1))
    assert messages_of(error) == "Hãy nhập tên phong trào."
    with pytest.raises(ValidationError) as error:
        services.create_movement(unions.transport, "Xanh - sạch - đẹp", D(2017, 1, 1), ended_on=D(2016, 1, 1))
    assert messages_of(error) == "Phong trào không thể kết thúc trước ngày bắt đầu."


def test_results_and_awards_per_year(unions, chair, movement):
    office = services.register(movement, 2021, organisation=unions.office, registered_on=D(2021, 2, 1))
    services.register(movement, 2021, organisation=unions.inspectorate, registered_on=D(2021, 2, 1))
    member = services.register(movement, 2022, member=admit(unions.office), registered_on=D(2022, 2, 1))
    services.record_result(office, "Đạt", "Giấy khen của Công đoàn ngành", "45/QĐ-CĐN", user=chair)
    services.record_result(member, "Lao động giỏi", "Bằng khen", user=chair)
    with pytest.raises(ValidationError):
        services.record_result(member, "Lao động giỏi", "", "12/QĐ")
    rows = selectors.results_per_year(chair, movement)
    assert [(row.year, row.units, row.members, row.awards) for row in rows] == [(2022, 0, 1, 1), (2021, 2, 0, 1)]


def test_a_union_joins_the_movements_launched_above_it(unions, chair, movement, users):
    provincial = services.create_movement(
        unions.province, "Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động", D(2018, 1, 1)
    )
    services.create_movement(unions.other_province, "Phong trào của tỉnh khác", D(2018, 1, 1))
    services.create_movement(unions.school, "Phong trào của trường", D(2018, 1, 1))
    services.register(provincial, 2021, organisation=unions.office, registered_on=D(2021, 1, 4))
    names = [item.name for item in selectors.movements_for(chair, unions.transport)]
    assert names == ["Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động", "Lao động giỏi, lao động sáng tạo"]
    joined = next(item for item in selectors.movements_for(chair, unions.transport) if item.pk == provincial.pk)
    assert (joined.units_registered, joined.members_registered, joined.awards) == (1, 0, 0)
    # The branch clerk sees the movements above, but the registrations of their branch only.
    assert selectors.movement_for(users["branch_clerk"], provincial.pk) == provincial
    assert not selectors.may_change_movement(chair, provincial)
    assert selectors.may_change_movement(users["province_official"], provincial)


def test_emulation_summary_of_a_term(unions, chair, movement):
    provincial = services.create_movement(
        unions.province, "Giỏi việc nước - Đảm việc nhà", D(2016, 1, 1), ended_on=D(2016, 12, 31)
    )
    services.create_movement(unions.transport, "Tham mưu giỏi, phục vụ tốt", D(2024, 1, 1))  # after the term
    first = services.register(movement, 2018, organisation=unions.office, registered_on=D(2018, 1, 3))
    services.register(movement, 2019, organisation=unions.office, registered_on=D(2019, 1, 3))
    services.register(movement, 2019, member=admit(unions.inspectorate), registered_on=D(2019, 1, 3))
    services.register(movement, 2024, organisation=unions.inspectorate, registered_on=D(2024, 1, 3))  # after the term
    services.record_result(first, "Đạt", "Giấy khen")
    services.register(provincial, 2016, organisation=unions.office, registered_on=D(2016, 1, 3))  # before the term
    summary = selectors.emulation_summary(unions.transport, D(2017, 3, 20), D(2022, 12, 31))
    assert [
        (row.movement.name, row.launched_here, row.units_registered, row.members_registered, row.awards)
        for row in summary
    ] == [
        ("Lao động giỏi, lao động sáng tạo", True, 1, 1, 1),
    ]


def test_the_summary_takes_one_query(unions, movement, django_assert_num_queries):
    for year in (2018, 2019, 2020):
        services.register(movement, year, organisation=unions.office, registered_on=D(year, 1, 3))
        services.register(movement, year, member=admit(unions.inspectorate), registered_on=D(year, 1, 3))
    for name in ("Giỏi việc nước - Đảm việc nhà", "Tham mưu giỏi, phục vụ tốt"):
        services.create_movement(unions.transport, name, D(2019, 1, 1))
    with django_assert_num_queries(1):
        summary = selectors.emulation_summary(unions.transport, D(2017, 3, 20), D(2022, 12, 31))
    assert len(summary) == 3
    assert summary[0].units_registered == 1 and summary[0].members_registered == 3
    assert Decimal(sum(row.members_registered for row in summary)) == 3
