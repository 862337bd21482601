"""Fixtures of the plans tests: users of each role, a term of the transport union, candidates."""

import datetime
import itertools

import pytest

from congdoan.party.models import Candidate, Stage
from congdoan.plans import services
from congdoan.registry_fixtures import admit, role_users

D = datetime.date
_names = itertools.count(1)


def introduce(union, introduced_on, **dates):
    """A candidate of ``union`` introduced to the Party on ``introduced_on``."""
    member = admit(union, given=f"Ứng viên {next(_names)}")
    return Candidate.objects.create(
        member=member,
        organisation=union,
        identified_on=D(introduced_on.year - 1, 1, 2),
        introduced_on=introduced_on,
        stage=Stage.ADMITTED if dates.get("admitted_on") else Stage.INTRODUCED,
        **dates,
    )


@pytest.fixture
def users(unions):
    return role_users(unions)


@pytest.fixture
def chair(users):
    return users["chair"]


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
