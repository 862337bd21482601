"""
The columns of the member spreadsheets. The import template, the import and
the export all use this one list, so an exported file imports again as it is.

Headers and explanations go through gettext (users see them in Vietnamese);
the import also recognises each header in English and in Vietnamese, and a
few usual Vietnamese variants, whatever the language of the person importing.
"""

import datetime
import unicodedata
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from congdoan.unions.levels import Level
from congdoan.vietnamese import fold

from ..models import SENSITIVE_FIELDS, Member
from ..vocabularies import ETHNIC_GROUPS, Education, PoliticalTheory, Qualification, Religion, Sex

# Kinds of column: how a cell is read and written.
TEXT, CARD, CITIZEN_ID, PHONE, EMAIL, DATE, CHOICE, UNIT = (
    "text", "card", "citizen_id", "phone", "email", "date", "choice", "unit",
)  # fmt: skip

# The column naming a unit inside the union the file is imported into.
UNIT_KEY = "unit"


@dataclass(frozen=True, eq=False)
class Column:
    key: str  # a field of Member, or UNIT_KEY
    kind: str
    required: bool = False
    choices: tuple = ()  # (code, label) pairs of a CHOICE column
    default: str = ""  # the code stored when a CHOICE cell is empty
    help: object = ""  # the format, as the explanation sheet gives it
    aliases: tuple = ()  # other headers accepted on import (Vietnamese variants)
    value_aliases: dict = field(default_factory=dict)  # other words accepted for a code
    width: int = 16

    @property
    def sensitive(self):
        return self.key in SENSITIVE_FIELDS

    @property
    def label(self):
        """The column's name, in the active language, without the "required" mark."""
        if self.key == UNIT_KEY:
            return str(Level.BRANCH.label)
        return capfirst(str(Member._meta.get_field(self.key).verbose_name))

    @property
    def header(self):
        """The header cell of this column in the active language; required columns are marked (*)."""
        return f"{self.label} (*)" if self.required else self.label

    @property
    def max_length(self):
        if self.key == UNIT_KEY:
            return None
        return Member._meta.get_field(self.key).max_length

    def choice_labels(self):
        """The labels offered in the drop-down, in the active language."""
        return [str(label) for _code, label in self.choices]

    def label_of(self, code):
        for choice_code, label in self.choices:
            if choice_code == code:
                return str(label)
        return code or ""


def _choices(choices):
    return tuple((str(code), label) for code, label in choices)


DATE_HELP = _("A date: a date cell, or text typed as dd/mm/yyyy.")
CHOICE_HELP = _("One of the values of the drop-down list (the code is accepted too).")

COLUMNS = (
    Column("card_number", CARD, required=True, width=16,
           help=_("Text, unique: no two members have the same card number. Keep the leading zeros."),
           aliases=("Số thẻ đoàn viên", "Số thẻ", "Số thẻ ĐV", "Mã thẻ")),
    Column("family_name", TEXT, required=True, width=14, help=_("Text, e.g. Nguyễn."), aliases=("Họ",)),
    Column("middle_name", TEXT, width=14, help=_("Text, e.g. Thị; may be empty."),
           aliases=("Tên đệm", "Đệm", "Chữ đệm")),
    Column("given_name", TEXT, required=True, width=12, help=_("Text, e.g. Hoa."), aliases=("Tên",)),
    Column("sex", CHOICE, required=True, choices=_choices(Sex.choices), width=10, help=CHOICE_HELP,
           aliases=("Giới tính", "Phái"), value_aliases={"M": ("Nam",), "F": ("Nữ",)}),
    Column("born_on", DATE, width=13, help=DATE_HELP, aliases=("Ngày sinh", "Ngày tháng năm sinh")),
    Column("ethnicity", CHOICE, choices=_choices(ETHNIC_GROUPS), default="01", width=12,
           help=_("One of the 54 ethnic groups of the drop-down list (or its two-digit code); empty means Kinh."),
           aliases=("Dân tộc",), value_aliases={"05": ("Khmer",), "01": ("Việt",)}),
    Column("religion", CHOICE, choices=_choices(Religion.choices), default=Religion.NONE, width=14,
           help=_("One of the values of the drop-down list; empty means none."), aliases=("Tôn giáo",),
           value_aliases={
               Religion.NONE: ("Không", "Không tôn giáo"), Religion.BUDDHISM: ("Phật giáo", "Phật"),
               Religion.CATHOLICISM: ("Công giáo", "Thiên Chúa giáo", "Thiên Chúa"),
               Religion.PROTESTANTISM: ("Tin Lành", "Đạo Tin Lành"), Religion.CAO_DAI: ("Cao Đài", "Đạo Cao Đài"),
               Religion.HOA_HAO: ("Phật giáo Hòa Hảo", "Hòa Hảo"), Religion.ISLAM: ("Hồi giáo", "Hồi giáo (Islam)"),
               Religion.OTHER: ("Khác", "Tôn giáo khác"),
           }),
    Column("citizen_id", CITIZEN_ID, width=16,
           help=_("Text of 12 digits, with the leading zeros; unique; may be empty."),
           aliases=("Số CCCD", "CCCD", "Số căn cước", "Căn cước công dân", "Số căn cước công dân", "Số định danh")),
    Column("phone", PHONE, width=14, help=_("Text, e.g. 0912345678; may be empty."),
           aliases=("Số điện thoại", "Điện thoại", "SĐT", "ĐT")),
    Column("email", EMAIL, width=22, help=_("An email address; may be empty."),
           aliases=("Email", "Thư điện tử", "E-mail")),
    Column("hometown", TEXT, width=20, help=_("Text; may be empty."), aliases=("Quê quán",)),
    Column("education", CHOICE, choices=_choices(Education.choices), width=18, help=CHOICE_HELP,
           aliases=("Trình độ giáo dục phổ thông", "Trình độ văn hóa", "Học vấn", "Văn hóa"),
           value_aliases={
               Education.PRIMARY: ("Tiểu học", "5/12"), Education.LOWER_SECONDARY: ("Trung học cơ sở", "THCS", "9/12"),
               Education.UPPER_SECONDARY: ("Trung học phổ thông", "THPT", "12/12"),
           }),
    Column("qualification", CHOICE, choices=_choices(Qualification.choices), width=18, help=CHOICE_HELP,
           aliases=("Trình độ chuyên môn", "Chuyên môn", "Trình độ chuyên môn nghiệp vụ"),
           value_aliases={
               Qualification.NONE: ("Không", "Chưa qua đào tạo"), Qualification.ELEMENTARY: ("Sơ cấp",),
               Qualification.INTERMEDIATE: ("Trung cấp",), Qualification.COLLEGE: ("Cao đẳng",),
               Qualification.UNIVERSITY: ("Đại học",), Qualification.MASTER: ("Thạc sĩ", "Thạc sỹ"),
               Qualification.DOCTORATE: ("Tiến sĩ", "Tiến sỹ"),
           }),
    Column("political_theory", CHOICE, choices=_choices(PoliticalTheory.choices), width=16, help=CHOICE_HELP,
           aliases=("Trình độ lý luận chính trị", "Lý luận chính trị", "LLCT"),
           value_aliases={
               PoliticalTheory.NONE: ("Không",), PoliticalTheory.ELEMENTARY: ("Sơ cấp",),
               PoliticalTheory.INTERMEDIATE: ("Trung cấp",), PoliticalTheory.ADVANCED: ("Cao cấp",),
           }),
    Column("job_title", TEXT, width=18, help=_("Text; may be empty."),
           aliases=("Chức vụ", "Chức danh", "Chức vụ, chức danh", "Nghề nghiệp")),
    Column("workplace_unit", TEXT, width=20,
           help=_("Text: the department or unit where the member works; may be empty."),
           aliases=("Đơn vị công tác", "Phòng ban", "Nơi làm việc")),
    Column("joined_union_on", DATE, required=True, width=13, help=DATE_HELP,
           aliases=("Ngày vào công đoàn", "Ngày kết nạp", "Ngày kết nạp công đoàn", "Ngày vào CĐ")),
    Column("party_admitted_on", DATE, width=13, help=_("A date (dd/mm/yyyy) for Party members; empty otherwise."),
           aliases=("Ngày vào Đảng", "Ngày kết nạp Đảng")),
    Column("party_confirmed_on", DATE, width=13, help=_("A date (dd/mm/yyyy) for full Party members; empty otherwise."),
           aliases=("Ngày chính thức", "Ngày vào Đảng chính thức", "Ngày chuyển Đảng chính thức",
                    "Ngày chuyển chính thức")),
    Column("party_left_on", DATE, width=13,
           help=_("A date (dd/mm/yyyy) for members who are no longer Party members; empty otherwise."),
           aliases=("Ngày ra khỏi Đảng", "Ngày ra Đảng", "Ngày xóa tên", "Ngày khai trừ")),
    Column(UNIT_KEY, UNIT, width=24,
           help=_("The code or name of a unit inside the union the file is imported into, where the member belongs; "
                  "empty: the union itself."),
           aliases=("Công đoàn bộ phận", "CĐBP", "Tổ công đoàn", "Đơn vị công đoàn")),
)  # fmt: skip

COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}

# The example row of the template. A row equal to it (same card number and
# name) is skipped on import, so a filled-in template can keep it.
EXAMPLE = {
    "card_number": "VD-000123",
    "family_name": "Nguyễn",
    "middle_name": "Thị",
    "given_name": "Hoa",
    "sex": Sex.FEMALE,
    "born_on": datetime.date(1990, 3, 15),
    "ethnicity": "01",
    "religion": Religion.NONE,
    "citizen_id": "001190012345",
    "phone": "0912345678",
    "email": "hoa.nguyen@example.com",
    "hometown": "Bắc Kạn",
    "education": Education.UPPER_SECONDARY,
    "qualification": Qualification.UNIVERSITY,
    "political_theory": PoliticalTheory.ELEMENTARY,
    "job_title": "Chuyên viên",
    "workplace_unit": "Phòng Hành chính",
    "joined_union_on": datetime.date(2015, 6, 1),
    "party_admitted_on": None,
    "party_confirmed_on": None,
    "party_left_on": None,
    UNIT_KEY: "",
}
EXAMPLE_KEYS = ("card_number", "family_name", "middle_name", "given_name")

# Headers of columns that are read past without complaint (a row number, as most lists have).
IGNORED_HEADERS = ("STT", "TT", "Số TT", "Số thứ tự", "No.", "#")
# A full name in one column: the import asks for it in three.
FULL_NAME_HEADERS = ("Họ và tên", "Họ tên", "Full name", "Họ, tên")


def columns(include_sensitive=True):
    """The columns of a spreadsheet, sensitive ones only when asked."""
    return [column for column in COLUMNS if include_sensitive or not column.sensitive]


def match_key(text):
    """
    How headers and coded values are compared: without case, accents,
    spaces or punctuation ("Số CCCD (*)" and "so cccd" match).
    """
    text = unicodedata.normalize("NFC", str(text))
    return "".join(char for char in fold(text) if char.isalnum())


def _in_languages(function):
    """``function()`` evaluated in the active language, English and Vietnamese."""
    results = [function()]
    for language in ("en", "vi"):
        with translation.override(language):
            results.append(function())
    return results


def header_lookup():
    """``{match_key(header): column}`` for every header the import recognises (None: a column to skip)."""
    lookup = {match_key(text): None for text in IGNORED_HEADERS}
    for column in COLUMNS:
        for text in [*_in_languages(lambda column=column: column.label), *column.aliases]:
            lookup[match_key(text)] = column
    return lookup


def value_lookup(column):
    """
    ``{match_key(word): code}`` for a coded column: each code, its label in the
    active language, English and Vietnamese, and the usual Vietnamese variants.
    A word that would mean two codes is left out.
    """
    candidates = {}
    for code, _label in column.choices:
        words = [code, *_in_languages(lambda code=code: column.label_of(code)), *column.value_aliases.get(code, ())]
        if code.isdigit():
            words.append(str(int(code)))  # "1" for "01": what a number cell gives
        for word in words:
            candidates.setdefault(match_key(word), set()).add(code)
    return {key: codes.pop() for key, codes in candidates.items() if key and len(codes) == 1}


def explanation_rows(include_sensitive=True):
    """The rows of the explanation sheet: header, required?, format and allowed values, sensitive?"""
    rows = []
    for column in columns(include_sensitive):
        allowed = ""
        if column.kind == CHOICE:
            allowed = "; ".join(column.choice_labels())
        elif column.kind == UNIT:
            allowed = gettext("Units of the union the file is imported into (list in the drop-down, if any).")
        rows.append(
            [
                column.header,
                gettext("Required") if column.required else gettext("Optional"),
                str(column.help),
                allowed,
                gettext("Sensitive personal data") if column.sensitive else "",
            ]
        )
    return rows
