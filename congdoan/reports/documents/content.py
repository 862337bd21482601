"""
What a term report says as an administrative document (Decree 30/2020/NĐ-CP): the
header (issuing body, number, national name and motto), the place-date line, the
title, the body sections and tables, the signature and the recipients.

Built once from a ``TermReport`` (no query) and laid out by ``docx`` and ``pdf``, so
both files carry the same words. Always in Vietnamese: a report sent to the upper
union is an administrative document, whatever language the admin speaks.
"""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from congdoan.accounts.sensitive import small_count_threshold
from congdoan.plans.indicators import PERCENT
from congdoan.plans.models import Comparison
from congdoan.vietnamese import slugify

from ..formatting import document_date, number, percent, short_date

DOCUMENT_LANGUAGE = "vi"


@dataclass
class Table:
    header: list
    rows: list
    widths: list  # relative column widths
    numeric: frozenset = frozenset()  # columns aligned right
    total: list | None = None


@dataclass
class Section:
    heading: str
    blocks: list = field(default_factory=list)  # paragraphs (str) and tables (Table), in order


@dataclass
class ReportDocument:
    issuer_above: str  # the union above, upper case ("" at the top of the tree)
    issuer: str  # the reporting union, upper case, bold
    number: str  # "Số:      /BC-CĐ", the number left for the clerk to fill in
    nation: str
    motto: str
    place_date: str
    title: str
    subtitle: str
    sections: list
    signature_mandate: str  # "TM. BAN CHẤP HÀNH"
    signature_title: str  # "CHỦ TỊCH"
    signer: str  # the chair's name, "" if unknown (signed by hand)
    recipients_heading: str
    recipients: list
    filename_stem: str

    def texts(self):
        """Every piece of text of the document, in reading order (for tests and checks)."""
        yield from (self.issuer_above, self.issuer, self.number, self.nation, self.motto, self.place_date)
        yield from (self.title, self.subtitle)
        for section in self.sections:
            yield section.heading
            for block in section.blocks:
                if isinstance(block, Table):
                    yield from block.header
                    for row in [*block.rows, *([block.total] if block.total else [])]:
                        yield from row
                else:
                    yield block
        yield from (self.signature_mandate, self.signature_title, self.signer, self.recipients_heading)
        yield from self.recipients


def report_document(report):
    """The ``ReportDocument`` of ``report``, in Vietnamese."""
    with translation.override(DOCUMENT_LANGUAGE):
        return _build(report)


def _build(report):
    term = report.term
    subtitle = _("Results of the resolution of the congress of %(union)s, term %(term)s") % {
        "union": report.name,
        "term": term.name,
    }
    if report.end < term.ends_on:
        subtitle += " " + _("(up to %(day)s)") % {"day": short_date(report.day)}
    return ReportDocument(
        issuer_above=report.parent_name.upper(),
        issuer=report.name.upper(),
        number=_("No.: %(number)s/BC-CĐ") % {"number": "\u00a0" * 6},
        nation=_("SOCIALIST REPUBLIC OF VIET NAM"),
        motto=_("Independence - Freedom - Happiness"),
        place_date=f"{report.place}, {document_date(report.day)}",
        title=_("REPORT"),
        subtitle=subtitle,
        sections=_sections(report),
        signature_mandate=_("ON BEHALF OF THE EXECUTIVE COMMITTEE"),
        signature_title=_("CHAIR"),
        signer=report.chair_name,
        recipients_heading=_("Recipients:"),
        recipients=_recipients(report),
        filename_stem=_filename_stem(report),
    )


def _sections(report):
    """
    The body's sections. Without Party figures for this reader (reports.disclosure)
    there is no Party-development section, and the sections after it are numbered on.
    """
    if report.shows_party_figures:
        return [
            _introduction(report),
            _members_section(report),
            _pipeline_section(report),
            _targets_section(report, _("III. Targets of the congress resolution")),
            _units_section(report, _("IV. Results of the units")),
            _emulation_section(report, _("V. Emulation movements and annual evaluation")),
        ]
    return [
        _introduction(report),
        _members_section(report),
        _targets_section(report, _("II. Targets of the congress resolution")),
        _units_section(report, _("III. Results of the units")),
        _emulation_section(report, _("IV. Emulation movements and annual evaluation")),
    ]


def withheld_legend(report):
    """What the marks of withheld counts mean (reports.disclosure), under the tables that have them."""
    return _(
        "“< %(threshold)s”: fewer than %(threshold)s people, not shown so as not to point at them; "
        "“—” in a unit's column: not shown, so that such a figure cannot be worked out from the total."
    ) % {"threshold": small_count_threshold()}


def _filename_stem(report):
    """E.g. "bao-cao-nhiem-ky-2017-2022-cong-doan-co-so-so-giao-thong-van-tai" (the union's short name, or its name on the day if renamed since)."""
    term_name = report.term.name.replace("–", "-").replace("—", "-")
    union = report.organisation
    name = (union.short_name or union.name) if report.name == union.name else report.name
    return "-".join(part for part in ("bao-cao-nhiem-ky", slugify(term_name), slugify(name)) if part)


def founding_by_decision(report):
    """The sentence naming the decision that founded the report's union (None if none is recorded)."""
    decision = report.founding_decision
    if decision is None:
        return None
    return _("%(union)s was founded by Decision No. %(number)s of %(date)s of %(issuer)s.") % {
        "union": report.name,
        "number": decision.number,
        "date": short_date(decision.signed_on),
        "issuer": decision.issuer,
    }


def _introduction(report):
    term = report.term
    blocks = []
    founding = founding_by_decision(report)
    if founding is not None:
        blocks.append(founding)
    elif report.founded_on:
        blocks.append(
            _("%(union)s was founded on %(date)s.") % {"union": report.name, "date": short_date(report.founded_on)}
        )
    resolution = term.resolution_number
    basis = (
        _("the resolution No. %(number)s of the congress") % {"number": resolution}
        if resolution
        else _("the resolution of the congress")
    )
    blocks.append(
        _(
            "Pursuant to %(basis)s of %(union)s for the term %(term)s, the executive committee reports the results "
            "from %(start)s to %(end)s as follows:"
        )
        % {
            "basis": basis,
            "union": report.name,
            "term": term.name,
            "start": short_date(report.start),
            "end": short_date(report.end),
        }
    )
    return Section(_("General information"), blocks)


def _members_section(report):
    if not report.shows_party_figures:
        text = _("On %(day)s, %(union)s has %(members)s union members, of whom %(women)s are women.") % {
            "day": short_date(report.day),
            "union": report.organisation.name,
            "members": number(report.members),
            "women": number(report.women),
        }
        return Section(_("I. Union members"), [text])
    text = _(
        "On %(day)s, %(union)s has %(members)s union members, of whom %(party)s are Party members (%(share)s) and %(women)s are women."
    ) % {
        "day": short_date(report.day),
        "union": report.name,
        "members": number(report.members),
        "party": number(report.party_members),
        "share": percent(report.party_share),
        "women": number(report.women),
    }
    return Section(_("I. Union members"), [text])


def _pipeline_section(report):
    figures = {name: number(value) for name, value in report.pipeline.items()}
    text = _(
        "During the term, the union identified %(identified)s outstanding members, fostered %(fostered)s and "
        "introduced %(introduced)s to the Party for admission; %(admitted)s were admitted to the Party and "
        "%(confirmed)s became full Party members; on %(day)s, %(in_procedure)s are in the admission procedure."
    ) % {**figures, "day": short_date(report.end)}
    blocks = [text]
    if report.pipeline.get("withdrawn"):
        blocks.append(_("%(withdrawn)s candidates withdrew or were not admitted.") % figures)
    return Section(_("II. Party development"), blocks)


def target_goal(progress):
    """The target's value as the resolution states it: "≥ 5", "≤ 2 %"."""
    sign = "≤" if progress.target.comparison == Comparison.AT_MOST else "≥"
    unit = " %" if progress.unit == PERCENT else (f" {progress.unit}" if progress.unit not in ("count", "") else "")
    return f"{sign} {number(progress.goal)}{unit}"


def target_assessment(progress):
    if progress.actual is None:
        return _("No result yet")
    return _("Met") if progress.met else _("Not met")


def _targets_section(report, heading):
    if not report.targets:
        return Section(heading, [_("The resolution of this term has no targets recorded.")])
    rows = [
        [
            str(position),
            str(progress.target.name),
            target_goal(progress),
            number(progress.actual),
            percent(progress.achieved_percent),
            target_assessment(progress),
        ]
        for position, progress in enumerate(report.targets, start=1)
    ]
    table = Table(
        header=[_("No."), _("Target"), _("Target value"), _("Result"), _("Rate achieved"), _("Assessment")],
        rows=rows,
        widths=[6, 40, 13, 12, 13, 16],
        numeric=frozenset({0, 2, 3, 4}),
    )
    return Section(heading, [table])


def quota_summary(results):
    """A unit's quotas of the term as one cell: "4/3 (133,33 %)", a year's quota prefixed by its year."""
    parts = []
    for result in results:
        text = f"{number(result.actual)}/{number(result.value)} ({percent(result.achieved_percent)})"
        parts.append(f"{result.year}: {text}" if result.year else text)
    return "; ".join(parts) or "—"


def _units_section(report, heading):
    if not report.units:
        return Section(heading, [_("This union has no units under it.")])
    if not report.shows_party_figures:
        return _units_section_without_party_figures(report, heading)
    rows = []
    for position, row in enumerate(report.units, start=1):
        rows.append(
            [
                str(position),
                row.name,
                number(row.members),
                *[number(row.figure(name)) for name in ("party_members", "introduced", "admitted", "in_procedure")],
                quota_summary(row.quotas),
            ]
        )
    totals = report.unit_totals
    total = [
        "",
        _("Total"),
        number(totals["members"]),
        number(totals["party_members"]),
        number(totals["pipeline"].get("introduced", 0)),
        number(totals["pipeline"].get("admitted", 0)),
        number(totals["pipeline"].get("in_procedure", 0)),
        "",
    ]
    table = Table(
        header=[
            _("No."),
            _("Unit"),
            _("Members"),
            _("Party members"),
            _("Introduced"),
            _("Admitted"),
            _("In procedure"),
            _("Quota: result/quota"),
        ],
        rows=rows,
        widths=[5, 29, 10, 10, 10, 9, 10, 17],
        numeric=frozenset({0, 2, 3, 4, 5, 6}),
        total=total,
    )
    blocks = [table]
    if report.withheld_counts:
        blocks.append(withheld_legend(report))
    return Section(heading, blocks)


def _units_section_without_party_figures(report, heading):
    rows = [
        [str(position), row.unit.name, number(row.members), quota_summary(row.quotas)]
        for position, row in enumerate(report.units, start=1)
    ]
    table = Table(
        header=[_("No."), _("Unit"), _("Members"), _("Quota: result/quota")],
        rows=rows,
        widths=[5, 55, 15, 25],
        numeric=frozenset({0, 2}),
        total=["", _("Total"), number(report.unit_totals["members"]), ""],
    )
    return Section(heading, [table])


def _emulation_section(report, heading):
    emulation = report.emulation
    blocks = []
    for movement in emulation.movements:
        blocks.append(
            _("%(kind)s “%(name)s”: %(units)s units and %(members)s members registered, %(awards)s awards.")
            % {
                "kind": movement.kind_label,
                "name": movement.name,
                "units": number(movement.units_registered),
                "members": number(movement.members_registered),
                "awards": number(movement.awards),
            }
        )
    for year, counts in emulation.classification_years.items():
        parts = ", ".join(f"{row.classification}: {number(row.units)}" for row in counts)
        blocks.append(_("Classification of the units in %(year)s: %(counts)s.") % {"year": year, "counts": parts})
    evaluated_years = sorted({year for row in report.units for year in row.evaluations})
    if evaluated_years:
        blocks.append(
            Table(
                header=[_("Unit"), *[str(year) for year in evaluated_years]],
                rows=[
                    [
                        row.name,
                        *[
                            row.evaluations[year].classification if year in row.evaluations else "—"
                            for year in evaluated_years
                        ],
                    ]
                    for row in report.units
                ],
                widths=[30, *[70 / len(evaluated_years)] * len(evaluated_years)],
            )
        )
    if not blocks:
        blocks.append(_("No emulation results were recorded during the term."))
    return Section(heading, blocks)


def _recipients(report):
    recipients = []
    if report.parent is not None:
        recipients.append(_("- %(union)s (to report);") % {"union": report.parent_name})
    recipients.append(_("- Members of the executive committee;"))
    recipients.append(_("- Archived: office."))
    return recipients
