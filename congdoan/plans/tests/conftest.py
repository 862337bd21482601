"""Fixtures of the plans tests: a term of the transport union (users of each role: congdoan/conftest.py)."""

import datetime

import pytest

from congdoan.plans import services

D = datetime.date


@pytest.fixture
def term(unions):
    """The transport union's term 2017–2022 with the seed's target: introduce at least 5 outstanding members."""
    term = services.open_term(
        unions.transport,
        name="2017–2022",
        starts_on=D(2017, 3, 20),
        ends_on=D(2022, 12, 31),
        congress_held_on=D(2017, 3, 20),
        resolution_number="01/NQ-ĐH",
        resolution_signed_on=D(2017, 3, 20),
    )
    services.add_target(
        term, name="Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng", indicator="party_introduced", value=5
    )
    return term
