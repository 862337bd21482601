"""
Name pools and a seeded maker of realistic member records for the demo
registry: people of the northern mountain provinces (Tày, Kinh, Nùng, Dao,
Mông, Sán Chay, Hoa), with valid citizen IDs, unique card numbers and phones.

No Django imports: ``PersonMaker.record`` returns the keyword arguments of
``congdoan.members.services.admit_member`` (without the organisation).
"""

import datetime
import random

from congdoan.vietnamese import fold

# (GSO ethnic-group code, weight): the mix of Bắc Kạn's population, roughly.
ETHNIC_MIX = [("02", 44), ("01", 22), ("07", 12), ("09", 11), ("08", 5), ("15", 3), ("04", 3)]

# Family names by ethnic group; repeated entries are the common ones.
FAMILY_NAMES = {
    "01": ["Nguyễn"] * 5 + ["Trần", "Lê", "Phạm"] * 2 + ["Hoàng", "Đỗ", "Vũ", "Đặng", "Dương", "Đinh", "Bùi", "Ngô"],
    "02": ["Hoàng", "Nông"] * 3
    + ["Ma", "Hà"] * 2
    + ["Lục", "Đàm", "Bế", "Lường", "Hứa", "Triệu", "Lưu", "Mạc", "Lý", "Nguyễn"],
    "07": ["Hoàng", "Nông"] * 2 + ["Lương", "Vi", "Lăng", "Lý", "Hứa", "Lộc", "Chu"],
    "09": ["Triệu"] * 3 + ["Bàn"] * 2 + ["Đặng"] * 2 + ["Lý", "Phùng"],
    "08": ["Giàng", "Vàng", "Lý", "Sùng", "Hầu", "Mã"],
    "15": ["Lâm", "Hoàng", "Trương", "Lý", "Đàm"],
    "04": ["Lưu", "Trương", "Lý", "Hoàng", "Tăng"],
}

MIDDLE_NAMES = {
    "M": ["Văn"] * 6 + ["Đức", "Minh", "Quốc", "Thanh", "Hữu", "Xuân", "Ngọc", "Trung", "Mạnh", "Tiến", "Đình", "Công"],
    "F": ["Thị"] * 8 + ["Thu", "Thanh", "Hồng", "Minh", "Ngọc", "Phương", "Thúy", "Kim", "Bích", "Thị Thu", "Thị Hồng"],
}

GIVEN_NAMES = {
    "M": [
        "An", "Bình", "Cường", "Chung", "Dũng", "Duy", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hoàn", "Hùng", "Huy",
        "Khánh", "Kiên", "Lâm", "Long", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Quân",
        "Sơn", "Tài", "Thắng", "Thành", "Thuận", "Toàn", "Trọng", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ",
    ],
    "F": [
        "Anh", "Ánh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huế", "Huyền",
        "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Quỳnh",
        "Thảo", "Thơm", "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến",
    ],
}  # fmt: skip

# Hometowns (quê quán) as written before the 2025 reorganisation, with the
# province code of the citizen ID of someone born there.
BAC_KAN_COMMUNES = [
    ("xã Hà Hiệu", "huyện Ba Bể"), ("xã Thượng Giáo", "huyện Ba Bể"), ("xã Nam Mẫu", "huyện Ba Bể"),
    ("xã Khang Ninh", "huyện Ba Bể"), ("xã Bộc Bố", "huyện Pác Nặm"), ("xã Nghiên Loan", "huyện Pác Nặm"),
    ("xã Vân Tùng", "huyện Ngân Sơn"), ("xã Thượng Quan", "huyện Ngân Sơn"), ("xã Quân Hà", "huyện Bạch Thông"),
    ("xã Cẩm Giàng", "huyện Bạch Thông"), ("thị trấn Phủ Thông", "huyện Bạch Thông"), ("xã Ngọc Phái", "huyện Chợ Đồn"),
    ("thị trấn Bằng Lũng", "huyện Chợ Đồn"), ("xã Bản Thi", "huyện Chợ Đồn"), ("xã Yến Lạc", "huyện Na Rì"),
    ("xã Côn Minh", "huyện Na Rì"), ("xã Kim Lư", "huyện Na Rì"), ("xã Thanh Thịnh", "huyện Chợ Mới"),
    ("xã Yên Đĩnh", "huyện Chợ Mới"), ("xã Như Cố", "huyện Chợ Mới"), ("phường Đức Xuân", "thành phố Bắc Kạn"),
    ("xã Dương Quang", "thành phố Bắc Kạn"), ("xã Nông Thượng", "thành phố Bắc Kạn"),
]  # fmt: skip
OTHER_HOMETOWNS = [
    ("xã Phú Đô, huyện Phú Lương, tỉnh Thái Nguyên", "019"),
    ("xã Minh Lập, huyện Đồng Hỷ, tỉnh Thái Nguyên", "019"),
    ("xã Hồng Việt, huyện Hòa An, tỉnh Cao Bằng", "004"),
    ("xã Hùng Lợi, huyện Yên Sơn, tỉnh Tuyên Quang", "008"),
    ("xã Hoàng Văn Thụ, huyện Văn Lãng, tỉnh Lạng Sơn", "020"),
    ("xã Xuân Hồng, huyện Xuân Trường, tỉnh Nam Định", "036"),
    ("xã Đông Hợp, huyện Đông Hưng, tỉnh Thái Bình", "034"),
    ("xã Tiên Kiên, huyện Lâm Thao, tỉnh Phú Thọ", "025"),
]

# Mobile prefixes of the three big networks.
MOBILE_PREFIXES = [
    "086",
    "096",
    "097",
    "098",
    "032",
    "033",
    "035",
    "038",
    "088",
    "091",
    "094",
    "083",
    "089",
    "090",
    "093",
    "077",
]

# Job kinds: (job title, qualification, weight). The first entries of LEADERS
# go to the most senior people of a unit.
JOBS = {
    "transport_office": {
        "leaders": [
            ("Giám đốc Sở", "master"), ("Phó Giám đốc Sở", "university"), ("Phó Giám đốc Sở", "master"),
            ("Chánh Văn phòng Sở", "university"), ("Trưởng phòng Kế hoạch - Tài chính", "university"),
            ("Trưởng phòng Quản lý vận tải, phương tiện và người lái", "university"),
            ("Trưởng phòng Quản lý kết cấu hạ tầng giao thông", "master"), ("Phó Chánh Văn phòng Sở", "university"),
        ],
        "staff": [("Chuyên viên", "university", 8), ("Kế toán", "university", 1), ("Văn thư", "college", 1),
                  ("Lái xe", "intermediate", 2), ("Nhân viên phục vụ", "elementary", 1)],
    },
    "transport_inspectorate": {
        "leaders": [("Chánh Thanh tra Sở", "university"), ("Phó Chánh Thanh tra Sở", "university"),
                    ("Phó Chánh Thanh tra Sở", "university"), ("Đội trưởng Đội Thanh tra giao thông", "university")],
        "staff": [("Thanh tra viên", "university", 6), ("Chuyên viên", "university", 2), ("Nhân viên", "college", 1)],
    },
    "road_board": {
        "leaders": [("Giám đốc Ban", "master"), ("Phó Giám đốc Ban", "university"), ("Phó Giám đốc Ban", "university"),
                    ("Trưởng phòng Kỹ thuật", "university"), ("Trưởng phòng Hành chính - Tổng hợp", "university")],
        "staff": [("Cán bộ kỹ thuật", "university", 5), ("Kỹ sư cầu đường", "university", 3), ("Kế toán", "university", 1),
                  ("Công nhân bảo trì đường bộ", "elementary", 4), ("Lái xe", "intermediate", 1)],
    },
    "coach_station": {
        "leaders": [("Giám đốc Bến xe", "university"), ("Phó Giám đốc Bến xe", "university")],
        "staff": [("Nhân viên điều độ", "intermediate", 3), ("Nhân viên bán vé", "intermediate", 3),
                  ("Kế toán", "college", 1), ("Nhân viên bảo vệ", "none", 2), ("Nhân viên vệ sinh", "none", 1)],
    },
    "inspection_centre": {
        "leaders": [("Giám đốc Trung tâm", "university"), ("Phó Giám đốc Trung tâm", "university")],
        "staff": [("Đăng kiểm viên", "university", 5), ("Nhân viên nghiệp vụ", "college", 2), ("Kế toán", "college", 1)],
    },
    "agency": {
        "leaders": [("Giám đốc Sở", "master"), ("Phó Giám đốc Sở", "university"), ("Chánh Văn phòng", "university"),
                    ("Trưởng phòng", "university"), ("Trưởng phòng", "master")],
        "staff": [("Chuyên viên", "university", 8), ("Phó Trưởng phòng", "university", 2), ("Kế toán", "university", 1),
                  ("Văn thư", "college", 1), ("Lái xe", "intermediate", 1)],
    },
    "provincial_office": {
        "leaders": [("Chánh Văn phòng", "master"), ("Phó Chánh Văn phòng", "university"), ("Trưởng phòng Tổng hợp", "university")],
        "staff": [("Chuyên viên", "university", 8), ("Chuyên viên chính", "master", 2), ("Lái xe", "intermediate", 2),
                  ("Văn thư", "college", 1)],
    },
    "district_office": {
        "leaders": [("Chánh Văn phòng HĐND và UBND huyện", "university"), ("Trưởng phòng Nội vụ", "university")],
        "staff": [("Chuyên viên", "university", 8), ("Kế toán", "university", 1), ("Văn thư", "college", 1),
                  ("Lái xe", "intermediate", 1)],
    },
    "upper_school": {
        "leaders": [("Hiệu trưởng", "master"), ("Phó Hiệu trưởng", "master"), ("Phó Hiệu trưởng", "university"),
                    ("Tổ trưởng chuyên môn", "university")],
        "staff": [("Giáo viên", "university", 14), ("Kế toán", "college", 1), ("Nhân viên thư viện", "college", 1),
                  ("Nhân viên y tế học đường", "intermediate", 1), ("Bảo vệ", "none", 1)],
    },
    "lower_school": {
        "leaders": [("Hiệu trưởng", "university"), ("Phó Hiệu trưởng", "university")],
        "staff": [("Giáo viên", "university", 10), ("Giáo viên", "college", 3), ("Kế toán", "college", 1),
                  ("Nhân viên văn thư", "intermediate", 1), ("Bảo vệ", "none", 1)],
    },
    "kindergarten": {
        "leaders": [("Hiệu trưởng", "university"), ("Phó Hiệu trưởng", "university")],
        "staff": [("Giáo viên mầm non", "college", 8), ("Giáo viên mầm non", "university", 4),
                  ("Nhân viên nấu ăn", "elementary", 2), ("Kế toán", "college", 1)],
    },
    "hospital": {
        "leaders": [("Giám đốc Bệnh viện", "doctorate"), ("Phó Giám đốc Bệnh viện", "master"),
                    ("Phó Giám đốc Bệnh viện", "master"), ("Trưởng khoa", "master"), ("Trưởng khoa", "master"),
                    ("Điều dưỡng trưởng", "university")],
        "staff": [("Bác sĩ", "university", 6), ("Bác sĩ chuyên khoa I", "master", 2), ("Điều dưỡng", "college", 8),
                  ("Điều dưỡng", "university", 3), ("Kỹ thuật viên xét nghiệm", "college", 2), ("Dược sĩ", "university", 1),
                  ("Hộ lý", "elementary", 2), ("Kế toán", "university", 1)],
    },
    "disease_control": {
        "leaders": [("Giám đốc Trung tâm", "master"), ("Phó Giám đốc Trung tâm", "master")],
        "staff": [("Bác sĩ", "university", 4), ("Y sĩ", "intermediate", 2), ("Kỹ thuật viên xét nghiệm", "college", 3),
                  ("Điều dưỡng", "college", 2), ("Chuyên viên", "university", 1)],
    },
    "water_company": {
        "leaders": [("Giám đốc Công ty", "university"), ("Phó Giám đốc Công ty", "university"), ("Kế toán trưởng", "university")],
        "staff": [("Công nhân vận hành", "intermediate", 6), ("Công nhân quản lý mạng lưới", "elementary", 5),
                  ("Kỹ thuật viên", "college", 2), ("Nhân viên thu ngân", "intermediate", 2), ("Nhân viên kinh doanh", "university", 1)],
    },
    "construction_company": {
        "leaders": [("Giám đốc Công ty", "university"), ("Phó Giám đốc Công ty", "university")],
        "staff": [("Kỹ sư xây dựng", "university", 3), ("Công nhân xây dựng", "elementary", 6), ("Công nhân lái máy", "intermediate", 3),
                  ("Thủ kho", "intermediate", 1), ("Kế toán", "college", 1)],
    },
    "national_park": {
        "leaders": [("Giám đốc Vườn quốc gia", "master"), ("Phó Giám đốc", "university")],
        "staff": [("Kiểm lâm viên", "university", 6), ("Kiểm lâm viên", "intermediate", 3), ("Hướng dẫn viên du lịch sinh thái", "college", 2),
                  ("Kế toán", "university", 1)],
    },
}  # fmt: skip


def _ascii(text):
    return fold(text).replace(" ", "")


class PersonMaker:
    """Deterministic (seeded) maker of member records; citizen IDs, phones and card numbers never repeat."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self._citizen_ids = set()
        self._phones = set()
        self._cards = {}

    def pick(self, choices):
        return self.rng.choice(choices)

    def day_between(self, first, last):
        """A day from ``first`` to ``last`` inclusive."""
        return first + datetime.timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def name(self, sex, ethnicity):
        family = self.pick(FAMILY_NAMES[ethnicity])
        middle = self.pick(MIDDLE_NAMES[sex])
        if ethnicity == "08" and sex == "M" and self.rng.random() < 0.5:
            middle = "A"  # Mông men are often named "Giàng A Páo"
        return family, middle, self.pick(GIVEN_NAMES[sex])

    def citizen_id(self, province_code, sex, born_on):
        century_digit = {19: 0, 20: 2}[born_on.year // 100] + (1 if sex == "F" else 0)
        while True:
            number = f"{province_code}{century_digit}{born_on.year % 100:02d}{self.rng.randint(1, 999999):06d}"
            if number not in self._citizen_ids:
                self._citizen_ids.add(number)
                return number

    def phone(self):
        while True:
            number = self.pick(MOBILE_PREFIXES) + f"{self.rng.randint(0, 9999999):07d}"
            if number not in self._phones:
                self._phones.add(number)
                return number

    def card_number(self, prefix):
        self._cards[prefix] = self._cards.get(prefix, 0) + 1
        return f"{prefix}{self._cards[prefix]:07d}"

    def party_dates(self, first, last):
        """Admitted (probationary) between ``first`` and ``last``; a full member 12 months and a few days later."""
        admitted = self.day_between(first, last)
        confirmed = admitted + datetime.timedelta(days=365 + self.rng.randint(0, 45))
        return admitted, confirmed

    def record(
        self, *, born_on, joined_on, job, workplace, card_prefix, sex=None, ethnicity=None, name=None,
        party=None, email_domain="",
    ):  # fmt: skip
        """
        The fields of a member record. ``job`` is (title, qualification);
        ``party`` is None or (first, last) days between which they were admitted.
        """
        rng = self.rng
        sex = sex or rng.choice("MF")
        ethnicity = ethnicity or rng.choices([code for code, _ in ETHNIC_MIX], [w for _, w in ETHNIC_MIX])[0]
        family, middle, given = name or self.name(sex, ethnicity)
        if ethnicity == "01" and rng.random() < 0.45:
            hometown, province_code = self.pick(OTHER_HOMETOWNS)
        else:
            commune, district = self.pick(BAC_KAN_COMMUNES)
            hometown, province_code = f"{commune}, {district}, tỉnh Bắc Kạn", "006"
        title, qualification = job
        educated = qualification not in ("none", "elementary")
        fields = {
            "family_name": family,
            "middle_name": middle,
            "given_name": given,
            "sex": sex,
            "born_on": born_on,
            "ethnicity": ethnicity,
            "religion": "none",
            "citizen_id": self.citizen_id(province_code, sex, born_on),
            "phone": self.phone(),
            "hometown": hometown,
            "education": "upper_secondary" if educated or rng.random() < 0.6 else "lower_secondary",
            "qualification": qualification,
            "political_theory": "none",
            "job_title": title,
            "workplace_unit": workplace,
            "card_number": self.card_number(card_prefix),
            "joined_union_on": joined_on,
        }
        roll = rng.random()
        if roll < 0.04:
            fields["religion"] = "protestantism" if ethnicity == "08" else "buddhism"
        elif roll < 0.06:
            fields["religion"] = "catholicism"
        if email_domain and educated:
            initials = "".join(_ascii(part)[0] for part in f"{family} {middle}".split())
            fields["email"] = f"{_ascii(given)}{initials}{rng.randint(1, 99)}@{email_domain}"
        if party:
            fields["party_admitted_on"], fields["party_confirmed_on"] = self.party_dates(*party)
            graduate = qualification in ("university", "master", "doctorate")
            fields["political_theory"] = "intermediate" if graduate else "elementary"
            if title.startswith(("Giám đốc", "Chánh", "Hiệu trưởng")):
                fields["political_theory"] = "advanced"
        return fields
