"""
The generated database of the registry bench (bench/registry.py): a union tree and
1,000,000 members with their membership history, written straight into the tables.

The tree
--------
One confederation; the 63 provincial federations as they were before 1/7/2025; under
them 8-30 upper-level unions each; about 40,000 grassroots unions, a few of them with
branch unions (công đoàn bộ phận). On 1/7/2025, 29 provinces merged into 34, as in 2025:
the units of each absorbed province moved under the province it merged into, as
``congdoan.unions.services.merge_organisation`` does it (its ancestry periods are closed
that day and new ones opened; the province is kept, dissolved). Since then some new
grassroots unions sit directly under a province, which the 2025 rules allow.

The members
-----------
Grassroots union sizes are skewed: most have 5-30 members, 2,000 have 40-200, 200 have
300-1,500 and 25 have 2,000-9,000 (factories, hospitals), in the industrial provinces
mostly. Names, sex, ethnicity, religion and Party dates follow the kind of union
(factory, company, school, hospital, agency) and the province of birth. 10% of members
were transferred once (two membership periods); 4% have left, died or moved out of the
system (their last period is closed).

Speed
-----
Nothing goes through the services or model ``save()``: tree paths (treebeard, steplen
4, alphabet 0-9A-Z), depth and numchild are computed here, ``name_key`` and
``name_folded`` as ``Member.save()`` computes them (cached per name part and checked
against the real functions on a sample), and rows are bulk-written: COPY on PostgreSQL,
executemany in one transaction with journal and sync off on SQLite. Secondary indexes
and constraints are dropped during the load and rebuilt afterwards (which also checks
every foreign key).

The data depend only on the constants below and the fixed random seed: every database
generated with the same GENERATOR_VERSION holds the same rows.
"""

import bisect
import datetime
import itertools
import math
import random
import time

from bench import registry_data as data

# Bump whenever the generated data change: cached databases are then generated again.
GENERATOR_VERSION = 3

SEED = 20_250_701
MEMBER_COUNT = 1_000_000
GRASSROOTS_COUNT = 40_000
AS_OF = datetime.date(2026, 10, 31)  # the data end here ("today" of the generated registry)
MERGER_DAY = datetime.date(2025, 7, 1)
BEGINNING = datetime.date(1900, 1, 1)  # congdoan.unions.models.BEGINNING
MERGER_DECISION = ("1234/QĐ-TLĐ", datetime.date(2025, 6, 27), "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam")

# Size buckets of grassroots unions: (count, lowest, highest); the small ones take the rest.
HUGE = (25, 2_000, 9_000)
LARGE = (200, 300, 1_500)
MEDIUM = (2_000, 40, 200)
SMALL = (5, 30)
KIND_BY_BUCKET = {
    "huge": [("factory", 85), ("hospital", 10), ("company", 5)],
    "large": [("factory", 55), ("company", 20), ("hospital", 20), ("school", 5)],
    "medium": [("factory", 25), ("company", 25), ("school", 35), ("hospital", 5), ("agency", 10)],
    "small": [("company", 30), ("school", 35), ("agency", 25), ("hospital", 5), ("factory", 5)],
}
# How strongly each bucket prefers the big (industrial) provinces: weight ** exponent.
PROVINCE_EXPONENT = {"huge": 2.0, "large": 1.5, "medium": 1.0, "small": 0.75}
SECTOR_OF_KIND = {
    "school": "Công đoàn ngành Giáo dục",
    "hospital": "Công đoàn ngành Y tế",
    "agency": "Công đoàn Viên chức",
    "factory": "Công đoàn các Khu công nghiệp",
}
DIRECTLY_UNDER_PROVINCE = 0.03  # share of grassroots unions founded since 1/7/2025 directly under a province
TRANSFERRED = 0.10
LEFT, DECEASED, MOVED_OUT = 0.030, 0.003, 0.007

# Card numbers: <province code><9 digits>. The generated members use serials below
# IMPORT_SERIAL_START; rows generated for the import test use serials from it.
IMPORT_SERIAL_START = 900_000_000
# Citizen IDs: <province><sex/century><yy><6-digit serial>; generated members' serials
# are below IMPORT_CITIZEN_SERIAL_START.
IMPORT_CITIZEN_SERIAL_START = 900_000


class Org:
    __slots__ = (
        "id", "name", "short_name", "code", "level", "parent", "old_parent", "children", "founded",
        "status", "dissolved_on", "employer", "address", "province", "kind", "size", "women", "path",
        "depth", "moved",
    )  # fmt: skip

    def __init__(self, **fields):
        self.parent = self.old_parent = None
        self.children = []
        self.status, self.dissolved_on = "active", None
        self.employer = self.address = self.short_name = ""
        self.kind, self.size, self.women, self.moved = None, 0, 0.5, False
        for name, value in fields.items():
            setattr(self, name, value)


# ---------------------------------------------------------------------------
# Random helpers
# ---------------------------------------------------------------------------


class Picker:
    """random.choices(k=1) on fixed (value, weight) pairs, with the cumulative weights kept."""

    __slots__ = ("values", "cum", "total")

    def __init__(self, pairs):
        self.values = [value for value, _weight in pairs]
        self.cum = list(itertools.accumulate(weight for _value, weight in pairs))
        self.total = self.cum[-1]

    def pick(self, rng):
        return self.values[bisect.bisect_right(self.cum, rng.random() * self.total)]


_DATES = {}


def day(ordinal):
    """A shared date object for an ordinal (1M rows hold only a few thousand distinct dates)."""
    value = _DATES.get(ordinal)
    if value is None:
        value = _DATES[ordinal] = datetime.date.fromordinal(ordinal)
    return value


def between(rng, first, last, skew=1.0):
    """A date ordinal from first to last (ordinals); skew < 1 favours the later ones, > 1 the earlier."""
    if last <= first:
        return first
    return first + int((last - first + 1) * rng.random() ** skew) if skew != 1.0 else rng.randint(first, last)


def add_years(ordinal, years):
    date = datetime.date.fromordinal(ordinal)
    try:
        return date.replace(year=date.year + years).toordinal()
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28).toordinal()


def place_name(rng):
    first, second = rng.sample(data.PLACE_SYLLABLES, 2)
    return f"{first} {second}"


# ---------------------------------------------------------------------------
# Names: name_key and name_folded as Member.save() computes them, cached per part
# ---------------------------------------------------------------------------


class NameEncoder:
    """
    ``collation_bytes(name_sort_key(family, middle, given))`` and ``f" {fold(full_name)} "``
    from cached per-part values: the key of a tuple is the concatenation of the keys
    of its items (each encoded one level deep) plus a terminator byte, and folding is
    character by character. ``check`` compares with the real functions.
    """

    def __init__(self):
        from congdoan.vietnamese import collation_bytes, fold, name_sort_key, sort_key

        self._collation_bytes, self._fold, self._name_sort_key, self._sort_key = (
            collation_bytes, fold, name_sort_key, sort_key,
        )  # fmt: skip
        self._keys = {}
        self._folds = {}

    def _part_key(self, text):
        key = self._keys.get(text)
        if key is None:
            # collation_bytes((sort_key(text),)) is the part's encoding plus the tuple's terminator.
            key = self._keys[text] = self._collation_bytes((self._sort_key(text),))[:-1]
        return key

    def _part_fold(self, text):
        folded = self._folds.get(text)
        if folded is None:
            folded = self._folds[text] = self._fold(text)
        return folded

    def name_key(self, family, middle, given):
        return self._part_key(given) + self._part_key(middle) + self._part_key(family) + b"\x01"

    def name_folded(self, family, middle, given):
        if middle:
            return f" {self._part_fold(family)} {self._part_fold(middle)} {self._part_fold(given)} "
        return f" {self._part_fold(family)} {self._part_fold(given)} "

    def check(self, names):
        try:  # the model's own computation, when it has one (Member.fill_derived_fields uses it)
            from congdoan.members.models import derived_name_fields
        except ImportError:
            derived_name_fields = None
        for family, middle, given in names:
            full_name = " ".join(part for part in (family, middle, given) if part)
            if derived_name_fields is not None:
                expected_key, expected_folded = derived_name_fields(family, middle, given)
            else:
                expected_key = self._collation_bytes(self._name_sort_key(family, middle, given))
                expected_folded = f" {self._fold(full_name)} "
            if self.name_key(family, middle, given) != expected_key:
                raise AssertionError(f"name_key of {full_name!r} differs from Member.save()'s")
            if self.name_folded(family, middle, given) != expected_folded:
                raise AssertionError(f"name_folded of {full_name!r} differs from Member.save()'s")


class NameMaker:
    """Vietnamese names by sex and ethnic group."""

    def __init__(self):
        self.kinh_family = Picker(data.KINH_FAMILY_NAMES)
        self.middle = {sex: Picker(pairs) for sex, pairs in data.MIDDLE_NAMES.items()}
        self.hmong_middle = {sex: Picker(pairs) for sex, pairs in data.HMONG_MIDDLE.items()}

    def make(self, rng, sex, ethnicity):
        families = data.ETHNIC_FAMILY_NAMES.get(ethnicity)
        family = rng.choice(families) if families else self.kinh_family.pick(rng)
        if ethnicity in data.HIGHLAND_GROUPS:
            return family, "", rng.choice(data.HIGHLAND_GIVEN[sex])
        if ethnicity == "08":
            return family, self.hmong_middle[sex].pick(rng), rng.choice(data.HMONG_GIVEN[sex])
        return family, self.middle[sex].pick(rng), rng.choice(data.GIVEN_NAMES[sex])


# ---------------------------------------------------------------------------
# The tree
# ---------------------------------------------------------------------------


def int2str(number):
    """treebeard's path step: base 36 on 0-9A-Z, 4 characters."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = alphabet[rest] + digits
    return digits.rjust(4, "0")


def grassroots_sizes(rng):
    """GRASSROOTS_COUNT sizes (bucket, size) adding up to MEMBER_COUNT."""
    sizes = []
    for bucket, (count, low, high) in (("huge", HUGE), ("large", LARGE), ("medium", MEDIUM)):
        for _ in range(count):
            sizes.append([bucket, int(math.exp(rng.uniform(math.log(low), math.log(high))))])
    sizes[0][1] = HUGE[2]  # the largest union of the country
    small_count = GRASSROOTS_COUNT - len(sizes)
    low, high = SMALL
    small = [["small", low + int((high - low + 1) * rng.random() ** 1.7)] for _ in range(small_count)]
    missing = MEMBER_COUNT - sum(size for _bucket, size in sizes) - sum(size for _bucket, size in small)
    step = 1 if missing > 0 else -1
    while missing:
        entry = small[rng.randrange(small_count)]
        if low <= entry[1] + step <= high:
            entry[1] += step
            missing -= step
    sizes += small
    rng.shuffle(sizes)
    return sizes


class Tree:
    """The union tree as it stands on AS_OF, with the pre-merger parents remembered."""

    def __init__(self, rng):
        self.rng = rng
        self.orgs = []
        self.provinces = {}  # citizen-ID code -> Org
        self.build()

    def add(self, parent, **fields):
        org = Org(id=len(self.orgs) + 1, parent=parent, **fields)
        self.orgs.append(org)
        if parent is not None:
            parent.children.append(org)
        return org

    def build(self):
        rng = self.rng
        root = self.root = self.add(
            None, name="Tổng Liên đoàn Lao động Việt Nam", short_name="TLĐLĐVN", code="TLD", level="confederation",
            founded=datetime.date(1929, 7, 28).toordinal(), address="82 Trần Hưng Đạo, Hà Nội",
        )  # fmt: skip
        absorbed = {code for code, _name, _weight, _region, into in data.PROVINCES if into}
        for code, name, _weight, _region, _into in data.PROVINCES:
            city = code in data.CITIES
            full = f"Liên đoàn Lao động {'thành phố' if city else 'tỉnh'} {name}"
            self.provinces[code] = self.add(
                root, name=full, short_name=f"LĐLĐ {name}", code=f"P{code}", level="province", province=code,
                founded=between(rng, datetime.date(1946, 1, 1).toordinal(), datetime.date(1990, 12, 31).toordinal()),
                address=f"{rng.randint(1, 300)} đường {place_name(rng)}, {name}",
            )  # fmt: skip
        # Upper-level unions.
        self.uppers = {}  # province code -> [Org]
        self.sector_uppers = {}  # (province code, sector name) -> Org
        merged_groups = {into for *_rest, into in data.PROVINCES if into}
        for code, name, _weight, _region, _into in data.PROVINCES:
            province = self.provinces[code]
            count = rng.randint(8, 15) if (code in absorbed or code in merged_groups) else rng.randint(15, 30)
            sectors = data.UPPER_KINDS[: min(len(data.UPPER_KINDS), max(3, count // 4))]
            uppers = self.uppers[code] = []
            for number in range(1, count + 1):
                if number <= len(sectors):
                    upper_name = f"{sectors[number - 1]} {'thành phố' if code in data.CITIES else 'tỉnh'} {name}"
                else:
                    prefix = rng.choice(["huyện", "huyện", "thị xã", "quận" if code in data.CITIES else "huyện"])
                    upper_name = f"Liên đoàn Lao động {prefix} {place_name(rng)}"
                upper = self.add(
                    province, name=upper_name, code=f"P{code}-U{number:02d}", level="upper", province=code,
                    founded=between(rng, max(province.founded, datetime.date(1976, 1, 1).toordinal()),
                                    datetime.date(2012, 12, 31).toordinal()),
                )  # fmt: skip
                uppers.append(upper)
                if number <= len(sectors):
                    self.sector_uppers[(code, sectors[number - 1])] = upper
        # Grassroots unions.
        codes = [code for code, *_rest in data.PROVINCES]
        weights = {code: weight for code, _name, weight, _region, _into in data.PROVINCES}
        pickers = {
            bucket: Picker([(code, weights[code] ** exponent) for code in codes])
            for bucket, exponent in PROVINCE_EXPONENT.items()
        }
        kinds = {bucket: Picker(pairs) for bucket, pairs in KIND_BY_BUCKET.items()}
        numbers = dict.fromkeys(codes, 0)
        self.grassroots = []
        for bucket, size in grassroots_sizes(rng):
            code = pickers[bucket].pick(rng)
            kind = kinds[bucket].pick(rng)
            province = self.provinces[code]
            numbers[code] += 1
            name, employer = self.union_name(kind, bucket, code)
            if code not in absorbed and rng.random() < DIRECTLY_UNDER_PROVINCE:
                parent = province
                founded = between(rng, MERGER_DAY.toordinal(), AS_OF.toordinal() - 60)
            else:
                sector = SECTOR_OF_KIND.get(kind)
                parent = self.sector_uppers.get((code, sector)) if sector and rng.random() < 0.6 else None
                parent = parent or rng.choice(self.uppers[code])
                last = (MERGER_DAY.toordinal() - 1) if code in absorbed else AS_OF.toordinal() - 60
                if bucket in ("huge", "large"):  # big employers have been there a while
                    last = min(last, datetime.date(2018, 12, 31).toordinal())
                first = max(parent.founded, datetime.date(1980, 1, 1).toordinal())
                founded = between(rng, first, last, skew=1.3)  # most unions are not new
            women_a, women_b = data.UNION_KINDS[kind]["women"]
            union = self.add(
                parent, name=name, code=f"P{code}-{numbers[code]:05d}", level="grassroots", province=code,
                kind=kind, size=size, women=rng.betavariate(women_a, women_b), founded=founded, employer=employer,
                address=f"{place_name(rng)}, {data.PROVINCES[codes.index(code)][1]}",
            )  # fmt: skip
            self.grassroots.append(union)
            self.add_branches(union, bucket, code in absorbed)
        self.merge_provinces(absorbed)
        self.assign_paths()

    def union_name(self, kind, bucket, code):
        rng = self.rng
        place = place_name(rng)
        if kind == "school":
            return f"Công đoàn Trường {rng.choice(data.SCHOOL_LEVELS)} {place}", ""
        if kind == "hospital":
            hospital = f"{rng.choice(data.HOSPITAL_NAMES)} {place}"
            return f"Công đoàn {hospital}", hospital
        if kind == "agency":
            agency = f"{rng.choice(data.AGENCY_NAMES)} {place}"
            return f"Công đoàn cơ sở {agency}", agency
        if kind == "factory" and bucket in ("huge", "large") and rng.random() < 0.6:
            company = f"{rng.choice(data.COMPANY_FORMS)} {rng.choice(data.FOREIGN_BRANDS)} {place} Việt Nam"
        else:
            company = f"{rng.choice(data.COMPANY_FORMS)} {rng.choice(data.COMPANY_TRADES)} {place}"
        return f"Công đoàn cơ sở {company}", company

    def add_branches(self, union, bucket, in_absorbed):
        rng = self.rng
        if bucket == "huge":
            count = max(4, min(40, union.size // 250))
        elif bucket == "large" and rng.random() < 0.6:
            count = max(2, min(12, union.size // 150))
        elif bucket == "medium" and rng.random() < 0.05:
            count = rng.randint(2, 4)
        else:
            return
        last = (MERGER_DAY.toordinal() - 1) if in_absorbed else AS_OF.toordinal() - 30
        units = data.UNION_KINDS[union.kind]["units"]
        for number in range(1, count + 1):
            label = units[(number - 1) % len(units)]
            if number > len(units):
                label = f"{label} ({number})"
            self.add(
                union, name=f"Công đoàn bộ phận {label}", short_name=f"CĐBP {label}", code=f"{union.code}-B{number:02d}",
                level="branch", province=union.province, kind=union.kind, women=union.women,
                founded=between(rng, union.founded, max(union.founded, last)),
            )  # fmt: skip

    def merge_provinces(self, absorbed):
        """1/7/2025: the units of each absorbed province move under the province it merged into."""
        into_of = {code: into for code, _name, _weight, _region, into in data.PROVINCES}
        for code, province in self.provinces.items():
            if code not in absorbed:
                continue
            target = self.provinces[into_of[code]]
            for child in province.children:
                child.old_parent, child.parent = province, target
                target.children.append(child)
            province.children = []
            province.status, province.dissolved_on = "dissolved", MERGER_DAY.toordinal()
        for org in self.orgs:  # every unit whose place changed on the merger day
            node = org
            while node is not None and node.old_parent is None:
                node = node.parent
            org.moved = node

    def assign_paths(self):
        self.root.path, self.root.depth = "0001", 1
        stack = [self.root]
        while stack:
            org = stack.pop()
            for position, child in enumerate(org.children, 1):
                child.path, child.depth = org.path + int2str(position), org.depth + 1
                stack.append(child)

    # Rows.

    def organisation_rows(self):
        from congdoan.vietnamese import collation_bytes, fold, sort_key

        for org in self.orgs:
            yield {
                "id": org.id, "path": org.path, "depth": org.depth, "numchild": len(org.children),
                "name": org.name, "short_name": org.short_name, "code": org.code, "level": org.level,
                "address": org.address, "phone": "", "email": "", "employer": org.employer,
                "founded_on": day(org.founded), "founding_decision_id": None, "status": org.status,
                "dissolved_on": day(org.dissolved_on) if org.dissolved_on else None,
                "name_key": collation_bytes(sort_key(org.name)),
                "name_folded": f" {fold(f'{org.name} {org.short_name} {org.code}')} ",
            }  # fmt: skip

    def ancestry_rows(self):
        """(organisation_id, ancestor_id, valid_from, valid_until) as the services would have written them."""
        beginning = BEGINNING
        merger = MERGER_DAY
        for org in self.orgs:
            yield (org.id, org.id, beginning, None)
            since = day(org.founded)
            moved = org.moved
            if moved is None:
                node = org.parent
                while node is not None:
                    yield (org.id, node.id, since, None)
                    node = node.parent
                continue
            # Inside the moved unit (it included): unchanged since founding.
            node = org.parent if org is not moved else None
            while node is not None and node is not moved.parent:
                yield (org.id, node.id, since, None)
                node = node.parent
            old = moved.old_parent
            while old is not None:  # the absorbed province and the confederation, until the merger
                yield (org.id, old.id, since, merger)
                old = old.parent
            new = moved.parent
            while new is not None:
                yield (org.id, new.id, merger, None)
                new = new.parent

    def member_holding_units(self):
        """(unit, members) pairs: grassroots unions without branches, and branches (5% stay in their union)."""
        rng = random.Random(SEED + 1)
        units = []
        for union in self.grassroots:
            branches = union.children
            if not branches:
                units.append((union, union.size))
                continue
            direct = max(1, union.size // 20)
            units.append((union, direct))
            shares = [rng.uniform(0.5, 2.0) for _ in branches]
            remaining = union.size - direct
            total = sum(shares)
            counts = [int(remaining * share / total) for share in shares]
            counts[0] += remaining - sum(counts)
            units += list(zip(branches, counts, strict=True))
        return units


# ---------------------------------------------------------------------------
# Members
# ---------------------------------------------------------------------------

MEMBER_COLUMNS = (
    "id", "family_name", "middle_name", "given_name", "sex", "born_on", "ethnicity", "religion", "citizen_id",
    "phone", "email", "hometown", "education", "qualification", "political_theory", "job_title",
    "workplace_unit", "card_number", "joined_union_on", "status", "party_admitted_on", "party_confirmed_on",
    "organisation_id", "name_key", "name_folded",
)  # fmt: skip
MEMBERSHIP_COLUMNS = (
    "id", "member_id", "organisation_id", "started_on", "start_reason", "ended_on", "end_reason", "note",
    "sex", "ethnicity", "party_admitted_on",  # the member's, copied on every period (members.models.Membership)
)  # fmt: skip
ANCESTRY_COLUMNS = ("organisation_id", "ancestor_id", "valid_from", "valid_until")


class PersonMaker:
    """The personal fields of a member, shared by the generated registry and the import file."""

    def __init__(self, rng, citizen_serial_start=1):
        self.rng = rng
        self.names = NameMaker()
        self.encoder = NameEncoder()
        self.ethnic = {code: Picker(data.ETHNIC_MIX.get(code, data.MOSTLY_KINH)) for code, *_rest in data.PROVINCES}
        codes = [code for code, *_rest in data.PROVINCES]
        self.birth_province = Picker([(code, weight**0.4) for code, _name, weight, *_rest in data.PROVINCES])
        self.province_names = {code: name for code, name, *_rest in data.PROVINCES}
        self.codes = codes
        self.religion = Picker(data.RELIGIONS)
        self.education = Picker(data.EDUCATION)
        self.theory = Picker(data.PARTY_THEORY)
        self.jobs = {kind: Picker(spec["jobs"]) for kind, spec in data.UNION_KINDS.items()}
        self.qualifications = {
            kind: Picker(list(zip(data.QUALIFICATIONS, spec["qualifications"], strict=True)))
            for kind, spec in data.UNION_KINDS.items()
        }
        self.citizen_serials = {}
        self.citizen_serial_start = citizen_serial_start
        self.earliest_birth = datetime.date(1966, 1, 1).toordinal()
        self.latest_birth = datetime.date(2006, 12, 31).toordinal()
        self.peak_birth = datetime.date(1988, 1, 1).toordinal()
        self.party_floor = datetime.date(1984, 1, 1).toordinal()

    def person(self, province, kind, women):
        """A dict of the personal fields of someone working in a ``kind`` union of ``province``."""
        rng = self.rng
        sex = "F" if rng.random() < women else "M"
        birth_province = province if rng.random() < 0.72 else self.birth_province.pick(rng)
        ethnicity = self.ethnic[birth_province].pick(rng)
        family, middle, given = self.names.make(rng, sex, ethnicity)
        born = int(rng.triangular(self.earliest_birth, self.latest_birth, self.peak_birth))
        born_date = day(born)
        citizen_id = None
        if rng.random() < 0.92:
            century = (born_date.year // 100 - 19) * 2 + (sex == "F")
            prefix = f"{birth_province}{century}{born_date.year % 100:02d}"
            serial = self.citizen_serials.get(prefix, self.citizen_serial_start)
            self.citizen_serials[prefix] = serial + 1
            citizen_id = f"{prefix}{serial:06d}"
        phone = f"0{rng.choice('35789')}{rng.randrange(100_000_000):08d}" if rng.random() < 0.9 else ""
        spec = data.UNION_KINDS[kind]
        age_at_end = (AS_OF.toordinal() - born) / 365.25
        party = rng.random() < spec["party"] * (1.6 if age_at_end > 40 else 1.0)
        admitted = confirmed = None
        theory = ""
        if party:
            first = max(add_years(born, 19), self.party_floor)
            admitted_ordinal = between(rng, first, AS_OF.toordinal() - 10, skew=0.9)
            admitted = day(admitted_ordinal)
            if admitted_ordinal + 365 <= AS_OF.toordinal():
                confirmed = day(admitted_ordinal + 365)
            theory = self.theory.pick(rng)
        religion = self.religion.pick(rng)
        if ethnicity == "05" and rng.random() < 0.9:
            religion = "buddhism"
        email = ""
        if rng.random() < 0.08:
            email = (
                f"{self.encoder._part_fold(given).replace(' ', '').replace(chr(39), '')}"
                f"{self.encoder._part_fold(family).replace(' ', '')}{rng.randint(1, 9999)}@gmail.com"
            )
        return {
            "family_name": family, "middle_name": middle, "given_name": given, "sex": sex, "born": born,
            "ethnicity": ethnicity, "religion": religion, "citizen_id": citizen_id, "phone": phone, "email": email,
            "hometown": self.province_names[birth_province], "education": self.education.pick(rng),
            "qualification": self.qualifications[kind].pick(rng), "political_theory": theory,
            "job_title": self.jobs[kind].pick(rng),
            "workplace_unit": rng.choice(spec["units"]) if rng.random() < 0.6 else "",
            "party_admitted_on": admitted, "party_confirmed_on": confirmed,
        }  # fmt: skip


class MemberGenerator:
    """Members and their membership periods, in chunks of rows ready for the loaders."""

    def __init__(self, tree):
        self.tree = tree
        self.rng = random.Random(SEED + 2)
        self.people = PersonMaker(self.rng)
        self.units = tree.member_holding_units()
        self.units_by_province = {}
        for unit, count in self.units:
            if count:
                self.units_by_province.setdefault(unit.province, []).append(unit)
        self.all_units = [unit for unit, count in self.units if count]
        self.sample_names = []

    def chunks(self, size=50_000):
        """Yield (member_rows, membership_rows) lists of about ``size`` members each."""
        rng = self.rng
        encoder = self.people.encoder
        as_of = AS_OF.toordinal()
        member_id = membership_id = 0
        card_serial = 0
        members, periods = [], []
        for unit, count in self.units:
            province = unit.province
            for _ in range(count):
                member_id += 1
                card_serial += 1
                person = self.people.person(province, unit.kind, unit.women)
                counted = (person["sex"], person["ethnicity"], person["party_admitted_on"])
                born = person["born"]
                adult = add_years(born, 19)
                transferred = rng.random() < TRANSFERRED
                joined = None
                if transferred:
                    pool = self.units_by_province[province] if rng.random() < 0.7 else self.all_units
                    first_unit = rng.choice(pool)
                    if first_unit is not unit:
                        start = max(first_unit.founded, adult)
                        joined = between(rng, start, as_of - 120) if start < as_of - 120 else None
                        if joined is not None:
                            transfer_first = max(joined + 60, unit.founded)
                            if transfer_first >= as_of:
                                joined = None
                if joined is not None:
                    moved_on = between(rng, transfer_first, as_of)
                    membership_id += 1
                    periods.append((membership_id, member_id, first_unit.id, day(joined), "joined",
                                     day(moved_on), "transfer", "", *counted))  # fmt: skip
                    last_start, last_reason = moved_on, "transfer"
                else:
                    joined = between(rng, max(unit.founded, adult), as_of)
                    last_start, last_reason = joined, "joined"
                status, ended_on, end_reason = "active", None, ""
                draw = rng.random()
                if draw < LEFT + DECEASED + MOVED_OUT and last_start + 30 < as_of:
                    ended_on = day(between(rng, last_start + 30, as_of))
                    if draw < LEFT:
                        status, end_reason = "left", "left"
                    elif draw < LEFT + DECEASED:
                        status, end_reason = "deceased", "deceased"
                    else:
                        status, end_reason = "transferred_out", "transfer"
                membership_id += 1
                periods.append((membership_id, member_id, unit.id, day(last_start), last_reason, ended_on,
                                end_reason, "", *counted))  # fmt: skip
                family, middle, given = person["family_name"], person["middle_name"], person["given_name"]
                if member_id % 997 == 0:
                    self.sample_names.append((family, middle, given))
                members.append((
                    member_id, family, middle, given, person["sex"], day(born), person["ethnicity"],
                    person["religion"], person["citizen_id"], person["phone"], person["email"], person["hometown"],
                    person["education"], person["qualification"], person["political_theory"],
                    person["job_title"], person["workplace_unit"], f"{province}{card_serial:09d}", day(joined),
                    status, person["party_admitted_on"], person["party_confirmed_on"], unit.id,
                    encoder.name_key(family, middle, given), encoder.name_folded(family, middle, given),
                ))  # fmt: skip
                if len(members) >= size:
                    yield members, periods
                    members, periods = [], []
        if members:
            yield members, periods
        encoder.check(self.sample_names)


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

BULK_TABLES = ("unions_organisation", "unions_ancestryperiod", "members_member", "members_membership")


def _model_columns(model, provided):
    """
    The columns of ``model``'s table: ``provided`` first, then any other concrete
    field (added by a later migration) with its default, so a new column does not break
    the load. Returns (columns, extra values appended to every row).
    """
    from django.db import connection

    extra_columns, extra_values = [], []
    for model_field in model._meta.concrete_fields:
        if model_field.column in provided:
            continue
        if model_field.primary_key:
            continue
        if not model_field.has_default() and not model_field.null:
            raise RuntimeError(
                f"{model._meta.db_table}.{model_field.column} has no default: teach bench/registry_generate.py to fill it"
            )
        value = model_field.get_default() if model_field.has_default() else None
        extra_columns.append(model_field.column)
        extra_values.append(model_field.get_db_prep_save(value, connection))
    return tuple(provided) + tuple(extra_columns), tuple(extra_values)


class Loader:
    """Bulk writes into the tables of the Django connection (PostgreSQL or SQLite)."""

    def __init__(self, connection, log):
        self.connection = connection
        self.vendor = connection.vendor
        self.log = log
        self.saved = []  # (kind, name, sql) to restore

    def __enter__(self):
        connection = self.connection
        connection.ensure_connection()
        self.cursor = connection.connection.cursor()
        if self.vendor == "sqlite":
            raw = connection.connection
            raw.commit()
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "foreign_keys=OFF", "cache_size=-1000000",
                           "temp_store=MEMORY"):  # fmt: skip
                self.cursor.execute(f"PRAGMA {pragma}")
            self.cursor.execute("BEGIN")
        else:
            self.cursor.execute("SET maintenance_work_mem = '1GB'")
            self.cursor.execute("SET synchronous_commit = off")
        self._drop_indexes()
        return self

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is not None and self.vendor == "sqlite":
            self.connection.connection.rollback()
        return False

    def _drop_indexes(self):
        cursor = self.cursor
        if self.vendor == "sqlite":
            placeholders = ",".join("?" * len(BULK_TABLES))
            cursor.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({placeholders})",
                BULK_TABLES,
            )
            for name, sql in cursor.fetchall():
                self.saved.append(("index", name, sql))
                cursor.execute(f'DROP INDEX "{name}"')
            return
        # Constraints other than primary keys (unique, foreign keys), then plain indexes.
        cursor.execute(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c"
            " WHERE c.conrelid = ANY(%s::regclass[]) AND c.contype IN ('u', 'f') ORDER BY c.contype DESC",
            (list(BULK_TABLES),),
        )
        constraints = cursor.fetchall()
        for table, name, definition in constraints:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
            self.saved.append(
                ("constraint", f"{table}.{name}", f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            )
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
            " WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisprimary"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
            (list(BULK_TABLES),),
        )
        for name, definition in cursor.fetchall():
            cursor.execute(f"DROP INDEX {name}")
            self.saved.insert(0, ("index", name, definition))

    def write(self, model, columns, rows):
        """Write ``rows`` (tuples in ``columns`` order) into ``model``'s table; returns the row count."""
        all_columns, extra = _model_columns(model, columns)
        if extra:
            rows = (row + extra for row in rows)
        table = model._meta.db_table
        column_list = ", ".join(f'"{column}"' for column in all_columns)
        count = 0
        if self.vendor == "sqlite":
            placeholders = ", ".join("?" * len(all_columns))
            sql = f'INSERT INTO "{table}" ({column_list}) VALUES ({placeholders})'
            rows = list(rows)
            self.cursor.executemany(sql, rows)
            return len(rows)
        with self.cursor.copy(f'COPY "{table}" ({column_list}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        return count

    def finish(self):
        """Rebuild what was dropped, reset the id sequences, commit, analyse."""
        cursor = self.cursor
        started = time.perf_counter()
        for kind, _name, sql in self.saved:
            if kind == "index":
                cursor.execute(sql)
        index_seconds = time.perf_counter() - started
        started = time.perf_counter()
        for kind, _name, sql in self.saved:
            if kind == "constraint":
                cursor.execute(sql)
        if self.vendor == "sqlite":
            self.cursor.execute("COMMIT")
            problems = self.cursor.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key problems in the generated data: {problems[:5]}")
        constraint_seconds = time.perf_counter() - started
        self._reset_sequences()
        started = time.perf_counter()
        if self.vendor == "sqlite":
            for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
                self.cursor.execute(f"PRAGMA {pragma}")
        else:
            # Django keeps psycopg in autocommit mode: every statement above is already committed.
            for table in BULK_TABLES:
                cursor.execute(f'VACUUM (ANALYZE) "{table}"')
        return {"indexes": index_seconds, "constraints": constraint_seconds, "vacuum": time.perf_counter() - started}

    def _reset_sequences(self):
        from django.apps import apps
        from django.core.management.color import no_style

        models = [apps.get_model(label) for label in ("unions.Organisation", "unions.AncestryPeriod",
                                                      "members.Member", "members.Membership")]  # fmt: skip
        with self.connection.cursor() as cursor:
            for sql in self.connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)


def generate(connection, log=print):
    """Fill the (migrated, empty) database of ``connection``. Returns a dict of figures."""
    from django.apps import apps

    Organisation = apps.get_model("unions", "Organisation")
    AncestryPeriod = apps.get_model("unions", "AncestryPeriod")
    Member = apps.get_model("members", "Member")
    Membership = apps.get_model("members", "Membership")

    figures = {}
    started = time.perf_counter()
    tree = Tree(random.Random(SEED))
    figures["tree_seconds"] = time.perf_counter() - started
    log(f"  tree built in memory: {len(tree.orgs):,} organisations ({figures['tree_seconds']:.1f} s)")
    with Loader(connection, log) as loader:
        t0 = time.perf_counter()
        org_rows = list(tree.organisation_rows())
        org_columns = tuple(org_rows[0])
        figures["organisations"] = loader.write(Organisation, org_columns, (tuple(row.values()) for row in org_rows))
        figures["ancestry_periods"] = loader.write(AncestryPeriod, ANCESTRY_COLUMNS, tree.ancestry_rows())
        log(
            f"  {figures['organisations']:,} organisations and {figures['ancestry_periods']:,} ancestry periods"
            f" written ({time.perf_counter() - t0:.1f} s)"
        )
        generator = MemberGenerator(tree)
        members = periods = 0
        make_seconds = write_seconds = 0.0
        t_make = time.perf_counter()
        for member_rows, membership_rows in generator.chunks():
            t_write = time.perf_counter()
            make_seconds += t_write - t_make
            members += loader.write(Member, MEMBER_COLUMNS, member_rows)
            periods += loader.write(Membership, MEMBERSHIP_COLUMNS, membership_rows)
            t_make = time.perf_counter()
            write_seconds += t_make - t_write
            if members % 200_000 < 50_000:
                log(
                    f"  {members:>9,} members, {periods:,} membership periods"
                    f" ({make_seconds:.0f} s generating, {write_seconds:.0f} s writing)"
                )
        figures.update(members=members, memberships=periods, make_seconds=make_seconds, write_seconds=write_seconds)
        log("  rebuilding indexes and constraints, analysing …")
        figures.update(loader.finish())
    log(
        f"  indexes {figures['indexes']:.0f} s, constraints {figures['constraints']:.0f} s,"
        f" vacuum/analyse {figures['vacuum']:.0f} s"
    )
    _add_merger_events(tree)
    figures["seconds"] = time.perf_counter() - started
    return figures


def _add_merger_events(tree):
    """The decision of the 2025 merger and a "merged" event on each absorbed province."""
    from django.db import transaction

    from congdoan.unions.models import Decision, EventKind, OrganisationEvent

    number, signed_on, issuer = MERGER_DECISION
    with transaction.atomic():
        decision = Decision.objects.create(
            number=number, signed_on=signed_on, issuer=issuer,
            summary="Hợp nhất các Liên đoàn Lao động tỉnh, thành phố từ ngày 01/7/2025",
        )  # fmt: skip
        into = {code: target for code, _name, _weight, _region, target in data.PROVINCES if target}
        OrganisationEvent.objects.bulk_create(
            OrganisationEvent(
                organisation_id=tree.provinces[code].id,
                kind=EventKind.MERGED,
                occurred_on=MERGER_DAY,
                decision=decision,
                related_organisation_id=tree.provinces[target].id,
            )  # fmt: skip
            for code, target in into.items()
        )


# Which provinces the statistics are timed on (pre-merger citizen-ID codes).
LARGEST_PROVINCE = "079"  # Hồ Chí Minh, which absorbed Bình Dương and Bà Rịa - Vũng Tàu
ABSORBED_PROVINCE = "074"  # Bình Dương, merged into Hồ Chí Minh on 1/7/2025
MIDDLE_PROVINCE = "040"  # Nghệ An, unchanged
SMALL_PROVINCE = "012"  # Lai Châu, unchanged


_tree = None


def _rebuilt_tree():
    """The generated tree again (deterministic, under a second), to name its unions without a query."""
    global _tree
    if _tree is None:
        _tree = Tree(random.Random(SEED))
    return _tree


def largest_union_code():
    """The code of the grassroots union with the most members (its branches included)."""
    return max(_rebuilt_tree().grassroots, key=lambda union: union.size).code


def small_union_code(size=12):
    """The code of the first grassroots union of ``size`` members, without branches, in the largest province."""
    tree = _rebuilt_tree()
    return next(
        union.code
        for union in tree.grassroots
        if union.size == size and not union.children and union.province == LARGEST_PROVINCE
    )


def import_records(count):
    """
    ``count`` members for the import test, as dicts keyed by the import columns' keys
    (congdoan.members.spreadsheets.columns): workers of a large factory of Hồ Chí Minh City.
    Their card numbers and citizen IDs are outside the generated registry's ranges.
    """
    rng = random.Random(SEED + 3)
    people = PersonMaker(rng, citizen_serial_start=IMPORT_CITIZEN_SERIAL_START)
    earliest_join = datetime.date(2008, 1, 1).toordinal()
    as_of = AS_OF.toordinal()
    records = []
    for number in range(count):
        person = people.person(LARGEST_PROVINCE, "factory", 0.75)
        born = person.pop("born")
        person["born_on"] = day(born)
        person["joined_union_on"] = day(between(rng, max(add_years(born, 18), earliest_join), as_of, skew=0.7))
        person["card_number"] = f"{LARGEST_PROVINCE}{IMPORT_SERIAL_START + number:09d}"
        person["unit"] = ""
        records.append(person)
    return records
