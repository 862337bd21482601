"""
The data bench/reports.py adds to the registry bench's generated database
(bench/registry_generate.py: 1,000,000 members, ~40,000 grassroots unions):

- 100,000 Party candidacies (congdoan.party.models.Candidate) with stage dates:
  40% are members whom the registry shows admitted to the Party since mid-2018
  (their candidacy's admission and confirmation days are the member's), the
  others are members outside the Party at some stage of the pipeline
  (identified, fostering with the course, introduced, in the admission
  procedure, withdrawn with a reason), identified from 2019 to the data's end.
  Each candidacy belongs to the member's union.
- The term 2023–2028 of every active province and of every grassroots union
  (congress between 9/2022 and 6/2023 for a grassroots union, in the second
  half of 2023 for a province), with targets: members introduced to the Party,
  new members recruited, share of Party members, and one entered by hand (per
  year, with results for about half the unions). A province's introduction
  and recruitment targets are allocated as quotas to the units directly under
  it; a grassroots union's introduction target to its branches, if it has some.

Written in bulk (bulk_create in batches) in one transaction, from a fixed
random seed: the same rows every time. The rows are recognisable: their
terms' resolution numbers end in "/NQ-BENCH", so they can be removed again.
"""

import datetime
import random
import time
from decimal import Decimal

REPORTS_GENERATOR_VERSION = 1
SEED = 20_231_010
CANDIDATES = 100_000
ADMITTED_SHARE = 0.40
MARK = "/NQ-BENCH"
D = datetime.date


def _days(rng, low, high):
    return datetime.timedelta(days=rng.randint(low, high))


def remove(log=print):
    """Remove what ``generate`` added (candidates; terms with their targets, quotas and results)."""
    from django.db import transaction

    from congdoan.party.models import Candidate
    from congdoan.plans.models import ManualResult, Quota, Target, Term

    with transaction.atomic():
        terms = Term.objects.filter(resolution_number__endswith=MARK)
        ManualResult.objects.filter(target__term__in=terms).delete()
        Quota.objects.filter(target__term__in=terms).delete()
        Target.objects.filter(term__in=terms).delete()
        count = terms.delete()[0]
        candidates = Candidate.objects.all()._raw_delete(Candidate.objects.db)
    log(f"  removed {candidates:,} candidates and {count:,} bench terms (with their targets)")


def generate(as_of, log=print):
    """Add the candidates and terms; returns figures (counts and seconds)."""
    from django.db import transaction

    figures = {}
    started = time.perf_counter()
    with transaction.atomic():
        t0 = time.perf_counter()
        figures["candidates"] = _candidates(as_of, log)
        figures["candidates_seconds"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        figures.update(_terms(as_of, log))
        figures["terms_seconds"] = time.perf_counter() - t0
    figures["total_seconds"] = time.perf_counter() - started
    return figures


def _candidates(as_of, log):
    from congdoan.members.models import Member
    from congdoan.party.models import Candidate, Stage

    rng = random.Random(SEED)
    rows = Member.objects.filter(status="active").values_list(
        "id", "organisation_id", "born_on", "joined_union_on", "party_admitted_on", "party_confirmed_on"
    )
    admitted_pool, other_pool = [], []
    first_admission = D(2018, 6, 1)
    for row in rows.iterator(chunk_size=20_000):
        _pk, _org, born, joined, admitted, _confirmed = row
        if admitted:
            if first_admission <= admitted <= as_of and joined and joined + datetime.timedelta(days=400) < admitted:
                admitted_pool.append(row)
        elif born and 20 <= (as_of - born).days // 365 <= 50:
            other_pool.append(row)
    wanted_admitted = min(int(CANDIDATES * ADMITTED_SHARE), len(admitted_pool))
    chosen = rng.sample(admitted_pool, wanted_admitted) + rng.sample(other_pool, CANDIDATES - wanted_admitted)
    log(
        f"  candidates: {wanted_admitted:,} admitted (of {len(admitted_pool):,} members admitted since"
        f" {first_admission:%d/%m/%Y}), {CANDIDATES - wanted_admitted:,} others (of {len(other_pool):,})"
    )
    chosen.sort()
    reasons = [
        "Chi bộ biểu quyết không đủ hai phần ba số đảng viên chính thức tán thành",
        "Quần chúng xin rút vì hoàn cảnh gia đình",
        "Chuyển công tác ra khỏi đơn vị",
        "Chưa đủ điều kiện, chi bộ đề nghị tiếp tục bồi dưỡng",
    ]
    batch = []
    count = 0
    for number, (pk, organisation_id, _born, joined, admitted, confirmed) in enumerate(chosen, 1):
        dates = {}
        if admitted:
            procedure = admitted - _days(rng, 70, 110)
            introduced = procedure - _days(rng, 18, 45)
            dates.update(admitted_on=admitted, procedure_started_on=procedure, introduced_on=introduced)
            if confirmed and confirmed <= as_of and confirmed >= admitted + datetime.timedelta(days=366):
                dates["confirmed_on"] = confirmed
            issued = introduced - _days(rng, 10, 200)
            fostering = issued - _days(rng, 40, 120)
            identified = max(fostering - _days(rng, 20, 120), joined)
        else:
            identified = D(2019, 1, 1) + _days(rng, 0, (as_of - D(2019, 1, 1)).days)
            fostering = identified + _days(rng, 20, 90)
            issued = fostering + _days(rng, 30, 150)
            introduced = issued + _days(rng, 30, 300)
            procedure = introduced + _days(rng, 20, 60)
            roll = rng.random()
            if fostering > as_of or roll < 0.10:
                fostering = issued = introduced = procedure = None
            elif issued > as_of or introduced > as_of or roll < 0.35:
                introduced = procedure = None
            elif procedure > as_of or roll < 0.65:
                procedure = None
            if issued and issued > as_of:
                issued = None
            dates.update(introduced_on=introduced, procedure_started_on=procedure)
        identified = min(identified, fostering) if fostering else identified
        dates.update(identified_on=identified, fostering_started_on=fostering)
        if issued:
            dates.update(course_started_on=issued - datetime.timedelta(days=9), course_ended_on=issued - datetime.timedelta(days=5),
                         certificate_issued_on=issued, certificate_number=f"{number}/GCN-TTCT")  # fmt: skip
        stage = Stage.IDENTIFIED
        for field, reached in (("fostering_started_on", Stage.FOSTERING), ("introduced_on", Stage.INTRODUCED),
                               ("procedure_started_on", Stage.IN_PROCEDURE), ("admitted_on", Stage.ADMITTED),
                               ("confirmed_on", Stage.CONFIRMED)):  # fmt: skip
            if dates.get(field):
                stage = reached
                last = dates[field]
            else:
                dates.pop(field, None)
        if stage == Stage.IDENTIFIED:
            last = identified
        if dates.get("introduced_on"):
            dates.update(introduction_resolution=f"{number % 40 + 1:02d}/NQ-CĐCS", party_cell="Chi bộ cơ quan")
        if dates.get("admitted_on"):
            dates["admission_decision"] = f"{number}-QĐ/ĐU"
        if dates.get("confirmed_on"):
            dates["confirmation_decision"] = f"{number}-QĐ/ĐU"
        if not admitted and rng.random() < 0.12:
            withdrawn = last + _days(rng, 30, 200)
            if withdrawn <= as_of:
                dates.update(withdrawn_on=withdrawn, withdrawn_at_stage=stage, withdrawal_reason=rng.choice(reasons))
                stage = Stage.WITHDRAWN
        batch.append(Candidate(member_id=pk, organisation_id=organisation_id, stage=stage, **dates))
        if len(batch) >= 5_000:
            Candidate.objects.bulk_create(batch)
            count += len(batch)
            batch = []
    Candidate.objects.bulk_create(batch)
    return count + len(batch)


def _terms(as_of, log):
    from congdoan.plans.models import Comparison, ManualResult, Quota, Target, TargetPeriod, Term
    from congdoan.unions.models import Organisation

    rng = random.Random(SEED + 1)
    provinces = list(Organisation.objects.filter(level="province", status="active").order_by("path"))
    grassroots = list(
        Organisation.objects.filter(level="grassroots", status="active").order_by("path").values_list("id", "path")
    )
    terms = []
    for province in provinces:
        congress = D(2023, 7, 1) + _days(rng, 0, 120)
        terms.append(Term(organisation=province, name="2023–2028", starts_on=congress,
                          ends_on=congress.replace(year=2028) - datetime.timedelta(days=1), congress_held_on=congress,
                          resolution_number=f"01{MARK}", resolution_signed_on=congress))  # fmt: skip
    for pk, _path in grassroots:
        congress = D(2022, 9, 1) + _days(rng, 0, 300)
        terms.append(Term(organisation_id=pk, name="2023–2028", starts_on=congress,
                          ends_on=congress.replace(year=congress.year + 5) - datetime.timedelta(days=1),
                          congress_held_on=congress, resolution_number=f"01{MARK}",
                          resolution_signed_on=congress))  # fmt: skip
    terms = Term.objects.bulk_create(terms, batch_size=5_000)
    targets = []
    province_pks = {province.pk for province in provinces}
    for term in terms:
        is_province = term.organisation_id in province_pks
        scale = 200 if is_province else 1
        targets += [
            Target(term=term, name="Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", indicator="party_introduced",
                   comparison=Comparison.AT_LEAST, value=Decimal(rng.randint(1, 4) * scale), position=1),
            Target(term=term, name="Phát triển đoàn viên mới", indicator="members_recruited",
                   comparison=Comparison.AT_LEAST, value=Decimal(rng.randint(2, 8) * scale), position=2),
            Target(term=term, name="Tỷ lệ đảng viên trong tổng số đoàn viên", indicator="party_member_share",
                   comparison=Comparison.AT_LEAST, value=Decimal(rng.choice([20, 30, 40, 50])), position=3),
            Target(term=term, name="Tổ chức hoạt động văn hóa, thể thao mỗi năm", indicator="manual",
                   comparison=Comparison.AT_LEAST, value=Decimal(2), unit="hoạt động", period=TargetPeriod.YEAR,
                   position=4),
        ]  # fmt: skip
    targets = Target.objects.bulk_create(targets, batch_size=5_000)
    by_term = {}
    for target in targets:
        by_term.setdefault(target.term_id, []).append(target)
    results, quotas = [], []
    for term in terms:
        introduction, recruited, _share, manual = by_term[term.pk]
        if term.organisation_id not in province_pks and rng.random() < 0.5:
            for year in range(term.starts_on.year, min(as_of.year, term.ends_on.year) + 1):
                results.append(ManualResult(target=manual, organisation_id=term.organisation_id, year=year,
                                            value=Decimal(rng.randint(0, 4)), evidence="Báo cáo tổng kết năm"))  # fmt: skip
    children = {}
    for child in Organisation.objects.filter(status="active", depth__gt=1).values_list("id", "path", "depth"):
        children.setdefault(child[1][: (child[2] - 1) * Organisation.steplen], []).append(child[0])
    paths = dict(Organisation.objects.filter(pk__in=[term.organisation_id for term in terms]).values_list("id", "path"))
    for term in terms:
        introduction, recruited, _share, _manual = by_term[term.pk]
        units = children.get(paths[term.organisation_id], [])
        if not units:
            continue
        for target in (introduction, recruited) if term.organisation_id in province_pks else (introduction,):
            share = target.value / len(units)
            for unit in units:
                quotas.append(Quota(target=target, organisation_id=unit, year=None,
                                    value=max(Decimal(1), share.quantize(Decimal(1)))))  # fmt: skip
    ManualResult.objects.bulk_create(results, batch_size=5_000)
    Quota.objects.bulk_create(quotas, batch_size=5_000)
    log(
        f"  terms: {len(terms):,} ({len(provinces)} provinces), {len(targets):,} targets, {len(quotas):,} quotas,"
        f" {len(results):,} results entered by hand"
    )
    return {"terms": len(terms), "targets": len(targets), "quotas": len(quotas), "manual_results": len(results)}
