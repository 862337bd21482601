"""Fixtures of the emulation tests: a term of the transport union with quotas, scoring sheets."""

import datetime

import pytest

from congdoan.plans import services as plan_services

D = datetime.date


@pytest.fixture
def term(unions):
    """
    The transport union's term 2017–2022 with the seed's target (introduce at least 5
    outstanding members to the Party), allocated to its branches: for 2021, one a year
    to the office and two to the inspectorate; for the whole term, two to the office.
    """
    term = plan_services.open_term(
        unions.transport,
        name="2017–2022",
        starts_on=D(2017, 3, 20),
        ends_on=D(2022, 12, 31),
        congress_held_on=D(2017, 3, 20),
    )
    target = plan_services.add_target(
        term, name="Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng", indicator="party_introduced", value=5
    )
    plan_services.allocate_quotas(target, {unions.office: 1, unions.inspectorate: 2}, year=2021)
    plan_services.allocate_quotas(target, {unions.office: 2})
    return term


def sheet(*points, max_points=(30, 25, 20, 15)):
    """A scoring sheet of four criteria with ``points``."""
    names = ("Chăm lo, bảo vệ quyền lợi", "Tuyên truyền, giáo dục", "Phát triển đoàn viên", "Kiểm tra, tài chính")
    return list(zip(names, max_points, points))
