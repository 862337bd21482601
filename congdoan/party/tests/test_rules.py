"""
Every rule of the pipeline refuses with a Vietnamese message and writes nothing:
no skipped stage, dates in order and not in the future, a valid course
certificate and an age of 18 to 60 at introduction, twelve months of probation.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from congdoan.members.services import end_membership, update_member
from congdoan.members.vocabularies import PeriodEnd
from congdoan.party import services
from congdoan.party.models import Candidate, Stage
from congdoan.registry_fixtures import admit

from .conftest import day, new_candidate, take_to

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def refused(action, *args, **kwargs):
    """The messages of the ValidationError ``action`` raises (it must raise one)."""
    with pytest.raises(ValidationError) as caught:
        action(*args, **kwargs)
    return " ".join(caught.value.messages)


class Unchanged:
    """Asserts that a candidacy, its audit log and its member's Party dates are as they were."""

    def __init__(self, candidate):
        self.candidate = candidate
        self.before = Candidate.objects.filter(pk=candidate.pk).values().get()
        self.entries = ModelLogEntry.objects.for_instance(candidate).count()
        member = candidate.member
        member.refresh_from_db()
        self.party = (member.party_admitted_on, member.party_confirmed_on)

    def check(self):
        assert Candidate.objects.filter(pk=self.candidate.pk).values().get() == self.before
        assert ModelLogEntry.objects.for_instance(self.candidate).count() == self.entries
        member = self.candidate.member
        member.refresh_from_db()
        assert (member.party_admitted_on, member.party_confirmed_on) == self.party


# Identification


def test_a_member_is_identified_in_their_current_union_and_it_is_logged(unions):
    member = admit(unions.office, family="Hoàng", middle="Thị", given="Lan")
    candidate = services.identify_candidate(
        member=member, identified_on=day("10/01/2018"), user=None, note="Lao động giỏi"
    )
    assert candidate.organisation == unions.office and candidate.stage == Stage.IDENTIFIED
    assert candidate.note == "Lao động giỏi"
    assert ModelLogEntry.objects.for_instance(candidate).count() == 1


def test_a_member_who_left_the_union_cannot_be_identified(unions):
    member = admit(unions.office)
    end_membership(member, on=day("01/06/2017"), reason=PeriodEnd.LEFT)
    message = refused(services.identify_candidate, member=member, identified_on=day("10/01/2018"), user=None)
    assert "Chỉ đoàn viên đang sinh hoạt" in message
    assert not Candidate.objects.exists()


def test_a_party_member_cannot_be_identified(unions):
    member = admit(unions.office, party_admitted_on=day("19/05/2010"))
    message = refused(services.identify_candidate, member=member, identified_on=day("10/01/2018"), user=None)
    assert "đã là đảng viên từ ngày 19/05/2010" in message
    assert not Candidate.objects.exists()


def test_one_open_candidacy_per_member_a_new_one_after_withdrawal(unions):
    candidate = new_candidate(unions.office, Stage.FOSTERING)
    member = candidate.member
    message = refused(services.identify_candidate, member=member, identified_on=day("10/06/2018"), user=None)
    assert "đang được theo dõi phát triển đảng (bước “Bồi dưỡng”)" in message
    assert Candidate.objects.count() == 1
    services.withdraw(candidate, on=day("01/03/2018"), reason="Chuyển công tác", user=None)
    again = services.identify_candidate(member=member, identified_on=day("10/06/2019"), user=None)
    assert again.stage == Stage.IDENTIFIED and Candidate.objects.count() == 2


def test_identification_dates_are_checked(unions):
    member = admit(unions.office, joined=day("01/01/2015"))
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert "không được sau ngày hôm nay" in refused(
        services.identify_candidate, member=member, identified_on=tomorrow, user=None
    )
    assert "ngày 01/01/2015, ngày đoàn viên gia nhập công đoàn" in refused(
        services.identify_candidate, member=member, identified_on=day("31/12/2014"), user=None
    )
    assert not Candidate.objects.exists()


# No skipped stage

SKIPS = [
    (Stage.IDENTIFIED, services.introduce, {"resolution_number": "05/NQ", "party_cell": "Chi bộ"}),
    (Stage.IDENTIFIED, services.admit, {"decision_number": "112-QĐ/ĐU"}),
    (Stage.FOSTERING, services.start_procedure, {}),
    (Stage.FOSTERING, services.start_fostering, {}),
    (Stage.INTRODUCED, services.admit, {"decision_number": "112-QĐ/ĐU"}),
    (Stage.IN_PROCEDURE, services.confirm, {"decision_number": "230-QĐ/ĐU"}),
    (Stage.CONFIRMED, services.start_fostering, {}),
]


@pytest.mark.parametrize(
    ("stage", "action", "arguments"), SKIPS, ids=lambda value: getattr(value, "__name__", str(value))
)
def test_no_stage_may_be_skipped_nor_repeated(unions, stage, action, arguments):
    candidate = new_candidate(unions.office, stage)
    unchanged = Unchanged(candidate)
    message = refused(action, candidate, on=day("01/06/2021"), user=None, **arguments)
    assert f"đang ở bước “{Stage(stage).label}”" in message and "không được bỏ qua bước nào" in message
    unchanged.check()


def test_a_withdrawn_candidacy_goes_no_further(unions):
    candidate = new_candidate(unions.office, Stage.IN_PROCEDURE)
    services.withdraw(candidate, on=day("01/08/2018"), reason="Không đủ tiêu chuẩn", user=None)
    unchanged = Unchanged(candidate)
    assert "đang ở bước “Dừng / không được kết nạp”" in refused(
        services.admit, candidate, on=day("03/09/2018"), decision_number="112", user=None
    )
    unchanged.check()


# Dates in order, none in the future

TRANSITIONS = [
    (Stage.IDENTIFIED, services.start_fostering, {}),
    (Stage.FOSTERING, services.introduce, {"resolution_number": "05/NQ", "party_cell": "Chi bộ"}),
    (Stage.INTRODUCED, services.start_procedure, {}),
    (Stage.IN_PROCEDURE, services.admit, {"decision_number": "112-QĐ/ĐU"}),
    (Stage.ADMITTED, services.confirm, {"decision_number": "230-QĐ/ĐU"}),
]


@pytest.mark.parametrize(
    ("stage", "action", "arguments"), TRANSITIONS, ids=lambda value: getattr(value, "__name__", str(value))
)
def test_a_stage_cannot_begin_before_the_previous_one(unions, stage, action, arguments):
    candidate = new_candidate(unions.office, stage)
    previous = candidate.entered_stage_on
    unchanged = Unchanged(candidate)
    message = refused(action, candidate, on=previous - datetime.timedelta(days=1), user=None, **arguments)
    assert f"Ngày không được trước ngày {previous:%d/%m/%Y} của bước trước ({Stage(stage).label})" in message
    unchanged.check()


@pytest.mark.parametrize(
    ("stage", "action", "arguments"), TRANSITIONS, ids=lambda value: getattr(value, "__name__", str(value))
)
def test_a_stage_cannot_be_dated_in_the_future(unions, stage, action, arguments):
    candidate = new_candidate(unions.office, stage)
    unchanged = Unchanged(candidate)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert "Ngày không được sau ngày hôm nay." in refused(action, candidate, on=tomorrow, user=None, **arguments)
    unchanged.check()


def test_the_same_day_as_the_previous_stage_is_allowed(unions):
    candidate = new_candidate(unions.office, Stage.INTRODUCED)
    services.start_procedure(candidate, on=candidate.introduced_on, user=None)
    assert candidate.stage == Stage.IN_PROCEDURE


# The Party-awareness course and its certificate


def test_the_course_dates_are_checked(unions):
    candidate = new_candidate(unions.office, Stage.IDENTIFIED)
    unchanged = Unchanged(candidate)
    message = refused(
        services.start_fostering, candidate, on=day("01/02/2018"), user=None,
        course_started_on=day("05/03/2018"), course_ended_on=day("01/03/2018"),
        certificate_number="GCN-01", certificate_issued_on=day("28/02/2018"),
    )  # fmt: skip
    assert "Ngày kết thúc lớp học không được trước ngày bắt đầu." in message
    assert "Ngày cấp giấy chứng nhận không được trước ngày kết thúc lớp học." in message
    message = refused(services.start_fostering, candidate, on=day("01/02/2018"), user=None, certificate_number="GCN-01")
    assert "Hãy nhập ngày cấp giấy chứng nhận." in message
    unchanged.check()


def test_the_course_is_recorded_during_fostering_only(unions):
    candidate = new_candidate(unions.office, Stage.IDENTIFIED)
    services.start_fostering(candidate, on=day("01/02/2018"), user=None)
    assert candidate.certificate_number == ""
    services.record_course(
        candidate, course_started_on=day("01/03/2018"), course_ended_on=day("05/03/2018"),
        certificate_number="GCN-77", certificate_issued_on=day("10/03/2018"), user=None,
    )  # fmt: skip
    candidate.refresh_from_db()
    assert candidate.certificate_number == "GCN-77" and candidate.certificate_valid_until == day("09/03/2023")
    introduced = new_candidate(unions.office, Stage.INTRODUCED)
    unchanged = Unchanged(introduced)
    message = refused(
        services.record_course, introduced, certificate_number="X", certificate_issued_on=day("01/01/2019"), user=None
    )
    assert "khi quần chúng ở bước “Bồi dưỡng”" in message
    unchanged.check()


def _fostered(unions, *, issued_on, fostering_on=day("01/02/2018"), **member_fields):
    candidate = new_candidate(unions.office, Stage.IDENTIFIED, **member_fields)
    services.start_fostering(
        candidate, on=fostering_on, user=None,
        course_started_on=issued_on - datetime.timedelta(days=10), course_ended_on=issued_on - datetime.timedelta(days=5),
        certificate_number="GCN-01", certificate_issued_on=issued_on,
    )  # fmt: skip
    return candidate


def introduce(candidate, on):
    return services.introduce(
        candidate, on=on, resolution_number="05/NQ-CĐCS", party_cell="Chi bộ Văn phòng", user=None
    )


def test_introduction_needs_the_course_certificate(unions):
    candidate = new_candidate(unions.office, Stage.IDENTIFIED)
    services.start_fostering(candidate, on=day("01/02/2018"), user=None)
    unchanged = Unchanged(candidate)
    message = refused(introduce, candidate, day("01/06/2018"))
    assert "Hãy ghi giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (số và ngày cấp) trước khi giới thiệu." in message
    unchanged.check()


def test_a_certificate_is_valid_five_years(unions):
    # Issued 01/06/2013: valid until 31/05/2018 inclusive.
    candidate = _fostered(unions, issued_on=day("01/06/2013"))
    unchanged = Unchanged(candidate)
    message = refused(introduce, candidate, day("01/06/2018"))
    assert "Giấy chứng nhận lớp bồi dưỡng đã hết hạn ngày 31/05/2018 (có giá trị 5 năm)" in message
    assert "phải học lại lớp bồi dưỡng" in message
    unchanged.check()
    introduce(candidate, day("31/05/2018"))
    assert candidate.stage == Stage.INTRODUCED


def test_a_certificate_issued_after_the_introduction_is_refused(unions):
    candidate = _fostered(unions, issued_on=day("10/06/2018"))
    unchanged = Unchanged(candidate)
    assert "được cấp ngày 10/06/2018, sau ngày giới thiệu" in refused(introduce, candidate, day("01/06/2018"))
    unchanged.check()


def test_introduction_needs_a_resolution_number_and_a_party_cell(unions):
    candidate = new_candidate(unions.office, Stage.FOSTERING)
    unchanged = Unchanged(candidate)
    message = refused(
        services.introduce, candidate, on=day("01/06/2018"), resolution_number=" ", party_cell="", user=None
    )
    assert "Hãy nhập số nghị quyết giới thiệu." in message and "Hãy nhập chi bộ được giới thiệu đến." in message
    unchanged.check()


# Age at introduction


@pytest.mark.parametrize(
    ("born_on", "age"),
    [(day("02/06/2000"), 17), (day("31/05/1957"), 61)],
    ids=["17", "61"],
)
def test_the_age_at_introduction_is_18_to_60(unions, born_on, age):
    candidate = _fostered(unions, issued_on=day("10/03/2018"), born_on=born_on)
    unchanged = Unchanged(candidate)
    message = refused(introduce, candidate, day("01/06/2018"))
    assert (
        f"Người được giới thiệu phải từ đủ 18 đến 60 tuổi; ngày 01/06/2018, {candidate.member} {age} tuổi." in message
    )
    unchanged.check()


@pytest.mark.parametrize("born_on", [day("01/06/2000"), day("02/06/1957")], ids=["just 18", "still 60"])
def test_the_limits_of_age_are_included(unions, born_on):
    candidate = _fostered(unions, issued_on=day("10/03/2018"), born_on=born_on)
    introduce(candidate, day("01/06/2018"))
    assert candidate.stage == Stage.INTRODUCED


def test_an_unknown_date_of_birth_must_be_recorded_first(unions):
    candidate = _fostered(unions, issued_on=day("10/03/2018"), born_on=None)
    unchanged = Unchanged(candidate)
    message = refused(introduce, candidate, day("01/06/2018"))
    assert f"Chưa có ngày sinh của {candidate.member}: hãy cập nhật ngày sinh trong hồ sơ đoàn viên trước" in message
    unchanged.check()


# Admission and confirmation


def test_admission_needs_a_decision_number(unions):
    candidate = new_candidate(unions.office, Stage.IN_PROCEDURE)
    unchanged = Unchanged(candidate)
    assert "Hãy nhập số quyết định kết nạp." in refused(
        services.admit, candidate, on=day("03/09/2018"), decision_number="", user=None
    )
    unchanged.check()


def test_admission_does_not_overwrite_another_admission_date_on_the_member_record(unions):
    candidate = new_candidate(unions.office, Stage.IN_PROCEDURE)
    update_member(candidate.member, party_admitted_on=day("01/08/2018"))
    unchanged = Unchanged(candidate)
    message = refused(services.admit, candidate, on=day("03/09/2018"), decision_number="112", user=None)
    assert "đã ghi ngày vào Đảng 01/08/2018" in message
    unchanged.check()


def test_confirmation_comes_after_twelve_months_of_probation(unions):
    candidate = new_candidate(unions.office, Stage.IN_PROCEDURE)
    services.admit(candidate, on=day("03/09/2018"), decision_number="112-QĐ/ĐU", user=None)
    unchanged = Unchanged(candidate)
    message = refused(services.confirm, candidate, on=day("02/09/2019"), decision_number="230-QĐ/ĐU", user=None)
    assert "Thời gian dự bị là 12 tháng" in message and "được xét chuyển chính thức từ ngày 03/09/2019" in message
    assert "Hãy nhập số quyết định" in refused(
        services.confirm, candidate, on=day("03/09/2019"), decision_number="", user=None
    )
    unchanged.check()
    services.confirm(candidate, on=day("03/09/2019"), decision_number="230-QĐ/ĐU", user=None)
    assert candidate.stage == Stage.CONFIRMED


# Withdrawal


@pytest.mark.parametrize(
    "stage", [Stage.IDENTIFIED, Stage.FOSTERING, Stage.INTRODUCED, Stage.IN_PROCEDURE, Stage.ADMITTED]
)
def test_a_candidacy_can_be_withdrawn_at_any_stage_before_confirmation(unions, stage):
    candidate = new_candidate(unions.office, stage)
    on = candidate.entered_stage_on + datetime.timedelta(days=3)
    services.withdraw(candidate, on=on, reason="Không được chi bộ đề nghị", user=None)
    candidate.refresh_from_db()
    assert (candidate.stage, candidate.withdrawn_at_stage, candidate.withdrawn_on) == (Stage.WITHDRAWN, stage, on)
    assert candidate.withdrawal_reason == "Không được chi bộ đề nghị"
    entry = ModelLogEntry.objects.for_instance(candidate).order_by("-pk").first()
    assert entry.action == services.WITHDRAWAL and entry.data["note"] == "Không được chi bộ đề nghị"


def test_withdrawal_needs_a_reason_and_a_date_in_the_current_stage(unions):
    candidate = new_candidate(unions.office, Stage.INTRODUCED)
    unchanged = Unchanged(candidate)
    message = refused(services.withdraw, candidate, on=day("01/05/2018"), reason="  ", user=None)
    assert "Hãy nhập lý do." in message
    assert (
        f"Ngày không được trước ngày {candidate.introduced_on:%d/%m/%Y}, ngày bắt đầu bước hiện tại (Đã giới thiệu)."
        in message
    )
    unchanged.check()


def test_a_confirmed_or_withdrawn_candidacy_cannot_be_withdrawn(unions):
    confirmed = new_candidate(unions.office, Stage.CONFIRMED)
    unchanged = Unchanged(confirmed)
    assert "đã là đảng viên chính thức" in refused(
        services.withdraw, confirmed, on=day("01/01/2021"), reason="X", user=None
    )
    unchanged.check()
    candidate = new_candidate(unions.office, Stage.IDENTIFIED)
    services.withdraw(candidate, on=day("01/02/2018"), reason="Chuyển công tác", user=None)
    assert "đã dừng theo dõi từ ngày 01/02/2018" in refused(
        services.withdraw, candidate, on=day("02/02/2018"), reason="X", user=None
    )


def test_a_probationary_member_withdrawn_is_no_longer_a_party_member_from_that_day(unions):
    from congdoan.members.selectors import statistics_on

    candidate = new_candidate(unions.office, Stage.ADMITTED)
    member = candidate.member
    admitted_on = candidate.admitted_on
    assert statistics_on(unions.transport, admitted_on).party_members == 1
    unchanged = Unchanged(candidate)
    assert f"sau ngày kết nạp ({admitted_on:%d/%m/%Y})" in refused(
        services.withdraw, candidate, on=admitted_on, reason="Không được công nhận đảng viên chính thức", user=None
    )
    unchanged.check()
    left_on = admitted_on + datetime.timedelta(days=400)
    services.withdraw(candidate, on=left_on, reason="Không được công nhận đảng viên chính thức", user=None)
    member.refresh_from_db()
    assert (member.party_admitted_on, member.party_left_on) == (admitted_on, left_on)
    assert statistics_on(unions.transport, left_on - datetime.timedelta(days=1)).party_members == 1
    assert statistics_on(unions.transport, left_on).party_members == 0
    entry = ModelLogEntry.objects.for_instance(member).order_by("-pk").first()
    assert [change["field"] for change in entry.data["changes"]] == ["party_left_on"]


def test_the_path_helper_takes_every_stage(unions):
    candidate = new_candidate(unions.office, Stage.IDENTIFIED)
    take_to(candidate, Stage.CONFIRMED)
    assert candidate.stage == Stage.CONFIRMED
    # One entry for identification, then one per stage.
    assert ModelLogEntry.objects.for_instance(candidate).count() == 6
