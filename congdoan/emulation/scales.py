"""
The classification scales of the annual evaluation of a union (thang xếp loại).

The scale changed in 2019 with Guide 1294/HD-TLĐ of the Confederation: until
2018 a union was rated "vững mạnh / khá / trung bình / yếu"; since 2019
"hoàn thành xuất sắc / hoàn thành tốt / hoàn thành / không hoàn thành nhiệm vụ".
Each evaluation stores the code of the scale it was made on, so an evaluation of
2018 keeps the old classes after the change.

A scale is data, not code: its classes in order (best first) with the minimum
share of points each needs, which class is the top one, its rules, and the
criteria a new scoring sheet starts from. ``scale_for_year`` picks the scale in
force in a year; ``congdoan.emulation.services`` enforces the rules.

Thresholds (where the guides leave the score to the upper union's own
scoring sheets, these are ours): the top class needs at least 90 % of the
points, the second 70 %, the third 50 %, the last none; and the top class
is refused if any criterion has less than half its points.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# The criterion counted from the quotas allocated to the unit (see selectors.quota_criterion).
QUOTA_CRITERION_MAX_POINTS = Decimal(10)
QUOTA_CRITERION_NAME = _("Results of allocated quotas")


@dataclass(frozen=True)
class ScaleClass:
    """One class of a scale: its stored code, its label, the minimum share of the points (in %) it needs."""

    code: str
    label: str
    min_share: Decimal


@dataclass(frozen=True)
class CriterionFloor:
    """
    A rule: a unit may be rated in one of ``classes`` only if every criterion has
    at least ``share`` % of its maximum points (e.g. not top class if any
    criterion is below half its points).
    """

    classes: tuple
    share: Decimal


@dataclass(frozen=True)
class DefaultCriterion:
    """A line a new scoring sheet on the scale starts with (the quota criterion comes on top of them)."""

    name: str
    max_points: Decimal


@dataclass(frozen=True)
class Scale:
    code: str
    name: str
    reference: str  # the document that set the scale ("" if none is named)
    applies_from: int | None  # the first year evaluated on this scale (None: every year before the next scale)
    classes: tuple  # ScaleClass, best first
    top: str  # the code of the top class
    rules: tuple = ()
    default_criteria: tuple = field(default=())

    def choices(self):
        """``[(code, label)]`` of the classes, best first: the choices of a classification field."""
        return [(item.code, item.label) for item in self.classes]

    def get_class(self, code):
        """The class ``code`` of this scale (None if it is not one of its classes)."""
        return next((item for item in self.classes if item.code == code), None)

    def label_of(self, code):
        found = self.get_class(code)
        return found.label if found else code

    def is_top(self, code):
        return code == self.top


HALF = Decimal(50)

BEFORE_2019 = Scale(
    code="before_2019",
    name=_("Strong / fair / average / weak (until 2018)"),
    reference="",
    applies_from=None,
    classes=(
        ScaleClass("strong", pgettext_lazy("union classification", "Strong"), Decimal(90)),
        ScaleClass("fair", pgettext_lazy("union classification", "Fair"), Decimal(70)),
        ScaleClass("average", pgettext_lazy("union classification", "Average"), Decimal(50)),
        ScaleClass("weak", pgettext_lazy("union classification", "Weak"), Decimal(0)),
    ),
    top="strong",
    rules=(CriterionFloor(classes=("strong",), share=HALF),),
    default_criteria=(
        DefaultCriterion(
            _("Caring for and protecting the lawful rights and interests of members and workers"), Decimal(30)
        ),
        DefaultCriterion(_("Communication and education; taking part in building a strong agency"), Decimal(25)),
        DefaultCriterion(_("Organising emulation movements"), Decimal(20)),
        DefaultCriterion(_("Building a strong union organisation; inspection and union finances"), Decimal(15)),
    ),
)

GUIDE_1294 = Scale(
    code="1294",
    name=_("Guide 1294/HD-TLĐ (since 2019)"),
    reference="1294/HD-TLĐ",
    applies_from=2019,
    classes=(
        ScaleClass("excellent", _("Accomplished its tasks with excellence"), Decimal(90)),
        ScaleClass("good", _("Accomplished its tasks well"), Decimal(70)),
        ScaleClass("accomplished", _("Accomplished its tasks"), Decimal(50)),
        ScaleClass("not_accomplished", _("Did not accomplish its tasks"), Decimal(0)),
    ),
    top="excellent",
    rules=(CriterionFloor(classes=("excellent",), share=HALF),),
    default_criteria=(
        DefaultCriterion(
            _("Representing, caring for and protecting the lawful rights and interests of members and workers"),
            Decimal(30),
        ),
        DefaultCriterion(_("Communication and education of members and workers; emulation movements"), Decimal(25)),
        DefaultCriterion(_("Recruiting members and building a strong union organisation"), Decimal(20)),
        DefaultCriterion(_("Inspection, supervision and union finances"), Decimal(15)),
    ),
)

# Oldest first: the scale of a year is the last one that applies from that year or earlier.
SCALES = (BEFORE_2019, GUIDE_1294)
_BY_CODE = {scale.code: scale for scale in SCALES}


def scale_for_year(year):
    """The scale in force for evaluations of ``year``."""
    chosen = SCALES[0]
    for scale in SCALES:
        if scale.applies_from is None or scale.applies_from <= year:
            chosen = scale
    return chosen


def scale_by_code(code):
    """The scale stored as ``code`` with an evaluation (None if unknown)."""
    return _BY_CODE.get(code)


def classification_label(scale_code, classification):
    """What users read for a stored (scale, classification): the class's label, or the stored text if unknown."""
    scale = scale_by_code(scale_code)
    return scale.label_of(classification) if scale else classification
