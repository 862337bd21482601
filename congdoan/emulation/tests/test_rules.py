"""
The named rules the emulation pages ask: who may launch, register and evaluate,
which years and units a sheet or a registration is for, and what a scoring
sheet opens with.
"""

from decimal import Decimal

import pytest

from congdoan.backoffice.concurrency import fingerprint
from congdoan.emulation import selectors, services
from congdoan.emulation.scales import scale_for_year
from congdoan.emulation.selectors import EvaluationRow

from .conftest import D, sheet

pytestmark = pytest.mark.django_db


def test_the_years_one_may_register_for(unions):
    going_on = services.create_movement(unions.transport, "Lao động giỏi", D(2017, 4, 1))
    ended = services.create_movement(unions.transport, "Xanh - sạch - đẹp", D(2017, 4, 1), ended_on=D(2020, 6, 30))
    old = services.create_movement(unions.transport, "Thi đua dài hạn", D(1995, 1, 1), ended_on=D(2030, 12, 31))
    assert selectors.registrable_years(going_on, today=D(2021, 5, 1)) == list(range(2022, 2016, -1))
    assert selectors.registrable_years(ended, today=D(2021, 5, 1)) == [2020, 2019, 2018, 2017]
    assert selectors.registrable_years(old, today=D(2021, 5, 1)) == list(range(2030, 2009, -1))


def test_which_unions_and_years_have_a_scoring_sheet(unions):
    assert not selectors.evaluable(unions.confederation)
    assert selectors.evaluable(unions.province) and selectors.evaluable(unions.office)
    assert services.evaluable_year(services.FIRST_YEAR, today=D(2021, 5, 1))
    assert services.evaluable_year(2021, today=D(2021, 5, 1))
    assert not services.evaluable_year(2022, today=D(2021, 5, 1))
    assert not services.evaluable_year(services.FIRST_YEAR - 1)
    assert not services.evaluable_year(None)
    assert services.sheet_opens(unions.office, 2021)
    assert not services.sheet_opens(unions.confederation, 2021)
    assert not services.sheet_opens(unions.office, services.FIRST_YEAR - 1)


def test_who_may_launch_register_and_evaluate(unions, users):
    chair, viewer, clerk = users["chair"], users["viewer"], users["branch_clerk"]
    movement = services.create_movement(unions.transport, "Lao động giỏi", D(2017, 4, 1))
    assert selectors.may_launch_movement(chair, unions.transport)
    assert not selectors.may_launch_movement(viewer, unions.transport)
    assert not selectors.may_launch_movement(chair, unions.upper)  # above the chair's union
    assert selectors.may_register(chair, movement) and not selectors.may_register(viewer, movement)
    assert selectors.may_evaluate_units(chair, unions.transport)
    assert not selectors.may_evaluate_units(viewer, unions.transport)
    assert not selectors.may_evaluate_units(clerk, unions.office)
    assert selectors.may_evaluate(chair, unions.office) and not selectors.may_evaluate(chair, unions.transport)


def test_where_a_movement_sits_for_each_user(unions, users):
    provincial = services.create_movement(unions.province, "Xanh - sạch - đẹp", D(2018, 1, 1))
    assert selectors.movement_seen_from(users["province_official"], provincial) == unions.province
    assert selectors.movement_seen_from(users["chair"], provincial) == unions.transport
    assert selectors.movement_seen_from(users["branch_clerk"], provincial) == unions.office


def test_the_table_an_evaluation_belongs_to(unions, users):
    office = services.evaluate(unions.office, 2021, sheet(30, 25, 20, 15), "excellent", user=users["chair"])
    transport = services.evaluate(
        unions.transport, 2021, sheet(30, 25, 20, 15), "excellent", user=users["province_official"]
    )
    assert selectors.evaluation_table_of(users["chair"], office) == unions.transport
    assert selectors.evaluation_table_of(users["branch_clerk"], office) is None
    assert selectors.evaluation_table_of(users["province_official"], transport) == unions.upper
    assert selectors.evaluation_table_of(users["chair"], transport) is None


def test_the_counts_of_a_table(unions, users):
    services.evaluate(unions.office, 2021, sheet(30, 25, 20, 15), "excellent", user=users["chair"])
    rows = selectors.evaluations_of(unions.transport, 2021)
    assert [row.unit for row in rows if row.evaluation] == [unions.office]
    assert selectors.evaluated_count(rows) == 1
    assert selectors.class_counts(rows, scale_for_year(2021)) == [
        ("Hoàn thành xuất sắc nhiệm vụ", 1),
        ("Hoàn thành tốt nhiệm vụ", 0),
        ("Hoàn thành nhiệm vụ", 0),
        ("Không hoàn thành nhiệm vụ", 0),
    ]
    assert selectors.evaluated_count([EvaluationRow(unions.inspectorate, None)]) == 0


def test_a_unit_exists_in_the_years_between_its_founding_and_its_dissolution(unions):
    unit = unions.office
    unit.founded_on, unit.dissolved_on = D(2015, 6, 1), D(2020, 3, 1)
    assert [year for year in range(2013, 2023) if selectors.existed_in(unit, year)] == list(range(2015, 2021))


def test_a_new_sheet_starts_from_the_scale_and_a_later_one_from_the_last_sheet(unions, chair):
    scale = scale_for_year(2021)
    initial, lines = selectors.sheet_defaults(None, scale)
    assert initial == {}
    assert [line["max_points"] for line in lines] == [item.max_points for item in scale.default_criteria]
    assert all("points" not in line for line in lines)
    services.evaluate(unions.office, 2021, sheet(30, 25, 20, 15), "excellent", decision_number="25/QĐ", user=chair)
    evaluation = selectors.evaluation_of(unions.office, 2021)
    initial, lines = selectors.sheet_defaults(evaluation, scale)
    assert initial["classification"] == "excellent" and initial["decision_number"] == "25/QĐ"
    assert [(line["max_points"], line["points"]) for line in lines] == [
        (Decimal(30), Decimal(30)),
        (Decimal(25), Decimal(25)),
        (Decimal(20), Decimal(20)),
        (Decimal(15), Decimal(15)),
    ]
    # Opened on another scale, the sheet keeps its lines but not its class.
    assert selectors.sheet_defaults(evaluation, scale_for_year(2018))[0]["classification"] is None
    opened = selectors.scoring_sheet(unions.office, 2021)
    assert opened.existing == evaluation and opened.quota is None and opened.scale == scale
    assert opened.version == fingerprint(selectors.evaluation_values(unions.office, 2021))
