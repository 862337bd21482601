"""The rules of terms, targets, quotas and hand-entered results: refused in Vietnamese, nothing saved."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from congdoan.plans import services
from congdoan.plans.models import ManualResult, Quota, Target, Term
from congdoan.registry_fixtures import found
from congdoan.unions.levels import Level

pytestmark = pytest.mark.django_db

D = datetime.date


def refused(call, *args, **kwargs):
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return " ".join(caught.value.messages)


def open_term(union, starts_on, ends_on, **fields):
    fields.setdefault("name", f"{starts_on.year}–{ends_on.year}")
    fields.setdefault("congress_held_on", starts_on)
    return services.open_term(union, starts_on=starts_on, ends_on=ends_on, **fields)


def test_a_term_must_end_after_it_starts(unions):
    message = refused(open_term, unions.transport, D(2022, 1, 1), D(2017, 1, 1))
    assert message == "Nhiệm kỳ phải kết thúc sau ngày bắt đầu."
    assert not Term.objects.exists()


def test_terms_of_one_union_do_not_overlap_but_other_unions_are_free(unions, term, chair):
    message = refused(open_term, unions.transport, D(2022, 6, 1), D(2027, 6, 1))
    assert message == "Nhiệm kỳ trùng thời gian với nhiệm kỳ 2017–2022 (20/03/2017–31/12/2022) của cùng công đoàn."
    assert Term.objects.count() == 1
    open_term(unions.school, D(2022, 6, 1), D(2027, 6, 1))
    later = open_term(unions.transport, D(2023, 1, 1), D(2027, 12, 31), user=chair)
    # Moving the old term's end into the new one is refused too.
    message = refused(services.update_term, term, ends_on=D(2023, 6, 30))
    assert "trùng thời gian" in message
    term.refresh_from_db()
    assert term.ends_on == D(2022, 12, 31)
    entry = ModelLogEntry.objects.for_instance(later).get()
    assert entry.user == chair and {"field": "name", "before": "", "after": "2023–2027"} in entry.data["changes"]


def test_a_term_cannot_shrink_away_from_its_recorded_quotas(unions, term):
    target = term.targets.get()
    services.allocate_quotas(target, {unions.office: 3}, year=2022)
    message = refused(services.update_term, term, ends_on=D(2021, 12, 31))
    assert "2022" in message and "ngoài thời gian mới của nhiệm kỳ" in message
    term.refresh_from_db()
    assert term.ends_on == D(2022, 12, 31)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"indicator": "party_introduced", "value": 0}, "Giá trị của chỉ tiêu phải lớn hơn 0."),
        ({"indicator": "party_introduced", "value": -2}, "Giá trị của chỉ tiêu phải lớn hơn 0."),
        ({"indicator": "no_such_thing", "value": 5}, "Hãy chọn một trong các chỉ số có sẵn."),
        ({"indicator": "manual", "value": 5}, "Chỉ tiêu nhập tay cần có đơn vị tính, ví dụ “đoàn viên” hoặc “%”."),
    ],
)
def test_target_rules(term, fields, expected):
    assert refused(services.add_target, term, name="Chỉ tiêu mới", **fields) == expected
    assert term.targets.count() == 1


def test_every_indicator_offered_may_be_chosen_including_the_emulation_one(term):
    target = services.add_target(term, name="Tỷ lệ CĐBP vững mạnh", indicator="top_class_share", value=70)
    assert target.indicator == "top_class_share" and target.unit == ""


def test_quotas_go_only_to_active_direct_sub_units(unions, term):
    target = term.targets.get()
    group = found(unions.office, "Tổ công đoàn Hành chính", Level.GROUP)
    message = refused(services.allocate_quotas, target, {unions.office: 2, group: 1})
    assert message == (
        "Tổ công đoàn Hành chính không phải đơn vị trực thuộc trực tiếp Công đoàn cơ sở Sở Giao thông vận tải: "
        "chỉ tiêu chỉ giao cho các đơn vị trực thuộc trực tiếp."
    )
    message = refused(services.allocate_quotas, target, {unions.school: 2})
    assert "không phải đơn vị trực thuộc trực tiếp" in message
    assert not Quota.objects.exists()


def test_a_dissolved_unit_receives_no_quota(unions, term):
    from congdoan.registry_fixtures import decision
    from congdoan.unions.services import dissolve_organisation as dissolve_union

    dissolve_union(unions.inspectorate, decision=decision("12/QĐ"), on=D(2019, 1, 1))
    unions.inspectorate.refresh_from_db()
    message = refused(services.allocate_quotas, term.targets.get(), {unions.office: 3, unions.inspectorate: 2})
    assert message == "Công đoàn bộ phận Thanh tra Sở đã giải thể: không thể giao chỉ tiêu."
    assert not Quota.objects.exists()


def test_an_allocation_replaces_that_years_allocation_only_and_is_logged(unions, term, chair):
    target = term.targets.get()
    services.allocate_quotas(target, {unions.office: 1, unions.inspectorate: 1}, year=2018)
    services.allocate_quotas(target, {unions.office: 3, unions.inspectorate: 2}, user=chair)
    services.allocate_quotas(target, {unions.office: 4}, user=chair)
    quotas = {(quota.organisation, quota.year): quota.value for quota in Quota.objects.all()}
    assert quotas == {(unions.office, 2018): 1, (unions.inspectorate, 2018): 1, (unions.office, None): 4}
    latest = ModelLogEntry.objects.for_instance(target).order_by("-pk").first()
    assert latest.user == chair
    assert {"field": "Công đoàn bộ phận Thanh tra Sở", "before": "2", "after": ""} in latest.data["changes"]
    assert refused(services.allocate_quotas, target, {unions.office: 1}, year=2030).startswith("Nhiệm kỳ 2017–2022")


def test_a_per_year_target_is_allocated_year_by_year(unions, term):
    target = services.add_target(term, name="Kết nạp mỗi năm", indicator="members_recruited", value=2, period="year")
    assert refused(services.allocate_quotas, target, {unions.office: 2}) == (
        "Chỉ tiêu hằng năm được giao theo từng năm: hãy chọn năm."
    )


def test_a_hand_entered_result_needs_its_evidence(unions, term, chair):
    target = services.add_target(term, name="Tổ chức hội thao", indicator="manual", unit="cuộc", value=3)
    message = refused(services.record_manual_result, target, unions.transport, None, 2, "  ")
    assert message == "Hãy ghi rõ nguồn của số liệu (minh chứng): báo cáo, quyết định, danh sách…"
    assert refused(services.record_manual_result, target, unions.school, None, 2, "Báo cáo") == (
        "Công đoàn cơ sở Trường THPT Bắc Kạn không phải Công đoàn cơ sở Sở Giao thông vận tải hoặc một đơn vị trực thuộc."
    )
    assert not ManualResult.objects.exists()
    services.record_manual_result(target, unions.transport, None, 2, "Báo cáo số 12/BC-CĐ", user=chair)
    result = services.record_manual_result(target, unions.transport, None, 4, "Báo cáo số 15/BC-CĐ", user=chair)
    assert ManualResult.objects.get() == result and result.value == Decimal(4) and result.recorded_by == chair
    computed = term.targets.get(indicator="party_introduced")
    assert "được đếm từ hồ sơ" in refused(services.record_manual_result, computed, unions.transport, None, 2, "x")


def test_removing_a_target_removes_its_quotas_and_notes_it_on_the_term(unions, term, chair):
    target = term.targets.get()
    services.allocate_quotas(target, {unions.office: 3})
    services.remove_target(target, user=chair)
    assert not Target.objects.exists() and not Quota.objects.exists()
    note = ModelLogEntry.objects.for_instance(term).order_by("-pk").first().data["note"]
    assert target.name in note


def test_a_unit_dissolved_after_its_quota_keeps_it_when_the_others_change(unions, term):
    from congdoan.registry_fixtures import decision
    from congdoan.unions.services import dissolve_organisation as dissolve_union

    target = term.targets.get()
    services.allocate_quotas(target, {unions.office: 3, unions.inspectorate: 2})
    dissolve_union(unions.inspectorate, decision=decision("12/QĐ"), on=D(2019, 1, 1))
    unions.inspectorate.refresh_from_db()
    services.allocate_quotas(target, {unions.office: 4, unions.inspectorate: 2})
    assert {(quota.organisation, quota.value) for quota in Quota.objects.all()} == {
        (unions.office, 4), (unions.inspectorate, 2)
    }  # fmt: skip
