"""
Annual evaluation: the scale of the year is stored with the evaluation, the
classification rules are refused in Vietnamese, and the quota criterion is
counted from records.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from congdoan.emulation import services
from congdoan.emulation.indicators import top_class_share
from congdoan.emulation.models import Evaluation
from congdoan.emulation.scales import scale_for_year
from congdoan.plans.indicators import indicator
from congdoan.registry_fixtures import introduce

from .conftest import D, sheet

pytestmark = pytest.mark.django_db

FULL = sheet(30, 25, 20, 15)


def messages_of(error):
    return " ".join(error.value.messages)


def test_the_scale_is_chosen_by_year():
    assert scale_for_year(2010).code == "before_2019"
    assert scale_for_year(2018).code == "before_2019"
    assert scale_for_year(2019).code == "1294"
    assert scale_for_year(2025).code == "1294"
    assert [label for _code, label in scale_for_year(2018).choices()] == ["Vững mạnh", "Khá", "Trung bình", "Yếu"]
    assert [label for _code, label in scale_for_year(2019).choices()] == [
        "Hoàn thành xuất sắc nhiệm vụ",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
    ]


def test_an_evaluation_of_2018_keeps_the_old_scale_after_2019(unions, chair):
    old = services.evaluate(unions.office, 2018, FULL, "strong", decided_on=D(2018, 12, 20), user=chair)
    new = services.evaluate(unions.office, 2019, FULL, "excellent", decided_on=D(2019, 12, 20), user=chair)
    old.refresh_from_db()
    assert (old.scale, old.classification, old.classification_label, old.is_top_class) == (
        "before_2019",
        "strong",
        "Vững mạnh",
        True,
    )
    assert (new.scale, new.classification_label, new.is_top_class) == ("1294", "Hoàn thành xuất sắc nhiệm vụ", True)
    assert (old.points, old.max_points) == (Decimal(90), Decimal(90))


def test_a_class_of_another_scale_is_refused(unions, chair):
    with pytest.raises(ValidationError) as error:
        services.evaluate(unions.office, 2018, FULL, "excellent", user=chair)
    assert "không phải là một loại của thang xếp loại" in messages_of(error)
    with pytest.raises(ValidationError):
        services.evaluate(unions.office, 2020, FULL, "strong", user=chair)
    assert not Evaluation.objects.exists()


def test_not_top_class_if_a_criterion_is_below_half_its_points(unions, chair):
    # 29 + 25 + 20 + 7 = 81 of 90 would not reach 90% anyway: make the total high with a bigger sheet.
    lines = sheet(30, 25, 20, 7) + [("Công tác nữ công", 100, 100)]  # 182 of 190 = 95.8%
    with pytest.raises(ValidationError) as error:
        services.evaluate(unions.office, 2021, lines, "excellent", user=chair)
    assert messages_of(error) == (
        "Không thể xếp loại “Hoàn thành xuất sắc nhiệm vụ” khi có tiêu chí đạt dưới 50% số điểm: Kiểm tra, tài chính."
    )
    evaluation = services.evaluate(unions.office, 2021, lines, "good", user=chair)
    assert evaluation.classification_label == "Hoàn thành tốt nhiệm vụ" and not evaluation.is_top_class
    # Exactly half is not below half.
    lines = sheet(30, 25, 20, Decimal("7.5")) + [("Công tác nữ công", 100, 100)]
    assert services.evaluate(unions.office, 2021, lines, "excellent", user=chair).is_top_class


@pytest.mark.parametrize(
    ("points", "classification", "allowed"),
    [
        ((27, 22.5, 18, 13.5), "excellent", True),  # 81 of 90: 90%
        ((27, 22.5, 18, 13.4), "excellent", False),  # 89.9%
        ((21, 17.5, 14, 10.5), "good", True),  # 70%
        ((21, 17.5, 14, 10.4), "good", False),
        ((15, 12.5, 10, 7.5), "accomplished", True),  # 50%
        ((15, 12.5, 10, 7.4), "accomplished", False),
        ((0, 0, 0, 0), "not_accomplished", True),
        ((30, 25, 20, 15), "not_accomplished", True),  # a lower class may always be chosen
    ],
)
def test_a_class_needs_its_minimum_share_of_points(unions, chair, points, classification, allowed):
    lines = sheet(*points)
    if allowed:
        assert (
            services.evaluate(unions.office, 2022, lines, classification, user=chair).classification == classification
        )
    else:
        with pytest.raises(ValidationError) as error:
            services.evaluate(unions.office, 2022, lines, classification, user=chair)
        assert "cần đạt ít nhất" in messages_of(error)


def test_the_old_scale_has_the_same_thresholds(unions, chair):
    with pytest.raises(ValidationError) as error:
        services.evaluate(unions.office, 2017, sheet(21, 17.5, 14, 10.4), "fair", user=chair)
    assert messages_of(error) == "Loại “Khá” cần đạt ít nhất 70% tổng số điểm; phiếu chấm đạt 62.9/90 điểm (69.89%)."


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (sheet(31, 25, 20, 15), "Điểm của tiêu chí “Chăm lo, bảo vệ quyền lợi” phải từ 0 đến 30."),
        (sheet(-1, 25, 20, 15), "Điểm của tiêu chí “Chăm lo, bảo vệ quyền lợi” phải từ 0 đến 30."),
        ([("Tiêu chí", 0, 0)], "Điểm tối đa của tiêu chí “Tiêu chí” phải lớn hơn 0."),
        ([], "Hãy chấm điểm ít nhất một tiêu chí."),
    ],
)
def test_points_stay_within_each_criterions_maximum(unions, chair, lines, message):
    with pytest.raises(ValidationError) as error:
        services.evaluate(unions.office, 2021, lines, "not_accomplished", user=chair)
    assert messages_of(error) == message


def test_re_evaluating_a_year_updates_the_one_evaluation_and_logs_both(unions, chair):
    from congdoan.accounts import audit

    first = services.evaluate(
        unions.office, 2021, sheet(21, 17.5, 14, 10.5), "good", decision_number="12/QĐ-CĐCS", user=chair
    )
    second = services.evaluate(unions.office, 2021, FULL, "excellent", decision_number="15/QĐ-CĐCS", user=chair)
    assert first.pk == second.pk
    assert Evaluation.objects.filter(organisation=unions.office, year=2021).count() == 1
    assert second.criteria.count() == 4 and second.decision_number == "15/QĐ-CĐCS"
    entries = list(audit.entries_for(second))
    assert [entry.action for entry in entries] == [audit.EDIT, audit.CREATE]
    changed = {change["field"]: change for change in entries[0].data["changes"]}
    assert changed["classification"]["before"] == "good" and changed["classification"]["after"] == "excellent"
    assert "criteria" in changed


def test_a_union_is_not_evaluated_by_its_own_officials(unions, chair):
    with pytest.raises(ValidationError) as error:
        services.evaluate(unions.transport, 2021, FULL, "excellent", user=chair)
    assert "do công đoàn cấp trên thực hiện" in messages_of(error)


def test_a_year_that_has_not_begun_cannot_be_evaluated(unions, chair):
    with pytest.raises(ValidationError):
        services.evaluate(unions.office, datetime.date.today().year + 1, FULL, "excellent", user=chair)


# The quota criterion


def test_the_quota_criterion_is_counted_from_the_records(unions, chair, term):
    # 2021: the office has a quota of 1 for the year and 2 for the whole term (counted to the end of 2021).
    introduce(unions.office, D(2021, 6, 1))
    evaluation = services.evaluate(unions.office, 2021, FULL, "good", user=chair)
    quota_line = evaluation.criteria.get(from_quotas=True)
    assert (quota_line.name, quota_line.max_points, quota_line.points) == (
        "Kết quả thực hiện chỉ tiêu được giao",
        Decimal(10),
        Decimal(5),  # the year's quota met, the term's not yet: half of them
    )
    assert (evaluation.points, evaluation.max_points) == (Decimal(95), Decimal(100))
    # A second introduction (2019) meets the term's quota too: re-evaluating counts it.
    introduce(unions.office, D(2019, 5, 1))
    evaluation = services.evaluate(unions.office, 2021, FULL, "excellent", user=chair)
    assert evaluation.criteria.get(from_quotas=True).points == Decimal(10)
    assert evaluation.criteria.filter(from_quotas=True).count() == 1
    assert (evaluation.points, evaluation.max_points, evaluation.is_top_class) == (Decimal(100), Decimal(100), True)


def test_a_unit_below_half_its_quotas_is_not_top_class(unions, chair, term):
    introduce(unions.inspectorate, D(2021, 3, 1))  # one of the two it was given for 2021
    with pytest.raises(ValidationError) as error:
        services.evaluate(unions.inspectorate, 2021, FULL, "excellent", user=chair)
    assert "Kết quả thực hiện chỉ tiêu được giao" in messages_of(error)
    evaluation = services.evaluate(unions.inspectorate, 2021, FULL, "good", user=chair)
    assert evaluation.criteria.get(from_quotas=True).points == Decimal(0)


def test_no_quota_no_quota_criterion(unions, chair, term):
    evaluation = services.evaluate(unions.school, 2021, FULL, "excellent", user=None)
    assert not evaluation.criteria.filter(from_quotas=True).exists()
    assert evaluation.max_points == Decimal(90)
    # The inspectorate has no quota for 2020 but the office's whole-term quota is counted every year of the term.
    assert (
        not services.evaluate(unions.inspectorate, 2020, FULL, "excellent", user=chair)
        .criteria.filter(from_quotas=True)
        .exists()
    )
    assert (
        services.evaluate(unions.office, 2020, FULL, "not_accomplished", user=chair)
        .criteria.filter(from_quotas=True)
        .exists()
    )


# The indicator


def test_top_class_share_of_the_units_below(unions, chair):
    services.evaluate(unions.office, 2021, FULL, "excellent", user=chair)
    services.evaluate(unions.inspectorate, 2021, FULL, "good", user=chair)
    services.evaluate(unions.inspectorate, 2018, FULL, "strong", user=chair)
    services.evaluate(unions.school, 2021, FULL, "accomplished", user=None)
    assert indicator("top_class_share") is not None
    shares = top_class_share([unions.transport, unions.upper], D(2021, 1, 1), D(2021, 12, 31))
    assert shares == {unions.transport.pk: Decimal("50.00"), unions.upper.pk: Decimal("33.33")}
    whole = top_class_share([unions.transport], D(2017, 1, 1), D(2022, 12, 31))
    assert whole == {unions.transport.pk: Decimal("66.67")}  # the old scale's top class counts too
