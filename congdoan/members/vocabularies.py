"""
The coded values of a member record: ethnic groups, religions, education and
qualification levels. Import templates offer them as drop-downs.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The 54 ethnic groups of Vietnam with the codes of the General Statistics
# Office (Decision 121-TCTK/PPCĐ). Their names are proper nouns: the same in
# every language, so they are not translated.
ETHNIC_GROUPS = [
    ("01", "Kinh"), ("02", "Tày"), ("03", "Thái"), ("04", "Hoa"), ("05", "Khơ-me"),
    ("06", "Mường"), ("07", "Nùng"), ("08", "Mông"), ("09", "Dao"), ("10", "Gia-rai"),
    ("11", "Ngái"), ("12", "Ê-đê"), ("13", "Ba-na"), ("14", "Xơ-đăng"), ("15", "Sán Chay"),
    ("16", "Cơ-ho"), ("17", "Chăm"), ("18", "Sán Dìu"), ("19", "Hrê"), ("20", "Mnông"),
    ("21", "Ra-glai"), ("22", "Xtiêng"), ("23", "Bru-Vân Kiều"), ("24", "Thổ"), ("25", "Giáy"),
    ("26", "Cơ-tu"), ("27", "Gié-Triêng"), ("28", "Mạ"), ("29", "Khơ-mú"), ("30", "Co"),
    ("31", "Ta-ôi"), ("32", "Chơ-ro"), ("33", "Kháng"), ("34", "Xinh-mun"), ("35", "Hà Nhì"),
    ("36", "Chu-ru"), ("37", "Lào"), ("38", "La Chí"), ("39", "La Ha"), ("40", "Phù Lá"),
    ("41", "La Hủ"), ("42", "Lự"), ("43", "Lô Lô"), ("44", "Chứt"), ("45", "Mảng"),
    ("46", "Pà Thẻn"), ("47", "Cơ Lao"), ("48", "Cống"), ("49", "Bố Y"), ("50", "Si La"),
    ("51", "Pu Péo"), ("52", "Brâu"), ("53", "Ơ-đu"), ("54", "Rơ-măm"),
]  # fmt: skip
ETHNIC_GROUP_NAMES = dict(ETHNIC_GROUPS)


class Sex(models.TextChoices):
    MALE = "M", _("Male")
    FEMALE = "F", _("Female")


class Religion(models.TextChoices):
    NONE = "none", _("None")
    BUDDHISM = "buddhism", _("Buddhism")
    CATHOLICISM = "catholicism", _("Catholicism")
    PROTESTANTISM = "protestantism", _("Protestantism")
    CAO_DAI = "cao_dai", _("Cao Dai")
    HOA_HAO = "hoa_hao", _("Hoa Hao Buddhism")
    ISLAM = "islam", _("Islam")
    OTHER = "other", _("Other religion")


class Education(models.TextChoices):
    """General education completed (trình độ giáo dục phổ thông)."""

    PRIMARY = "primary", _("Primary school")
    LOWER_SECONDARY = "lower_secondary", _("Lower secondary school")
    UPPER_SECONDARY = "upper_secondary", _("Upper secondary school")


class Qualification(models.TextChoices):
    """Highest professional qualification (trình độ chuyên môn)."""

    NONE = "none", _("No professional training")
    ELEMENTARY = "elementary", _("Elementary vocational")
    INTERMEDIATE = "intermediate", _("Intermediate vocational")
    COLLEGE = "college", _("College")
    UNIVERSITY = "university", _("University")
    MASTER = "master", _("Master's degree")
    DOCTORATE = "doctorate", _("Doctorate")


class PoliticalTheory(models.TextChoices):
    NONE = "none", _("None")
    ELEMENTARY = "elementary", _("Elementary")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class MemberStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    TRANSFERRED_OUT = "transferred_out", _("Transferred out")
    LEFT = "left", _("Left the union")
    DECEASED = "deceased", _("Deceased")


class PartyStatus(models.TextChoices):
    NON_PARTY = "non_party", _("Not a Party member")
    PROBATIONARY = "probationary", _("Probationary Party member")
    FULL = "full", _("Full Party member")
    FORMER = "former", _("No longer a Party member")


class PeriodStart(models.TextChoices):
    JOINED = "joined", _("Joined the union")
    TRANSFER = "transfer", _("Transferred in")
    MERGER = "merger", _("Union merged")


class PeriodEnd(models.TextChoices):
    TRANSFER = "transfer", _("Transferred out")
    MERGER = "merger", _("Union merged")
    LEFT = "left", _("Left the union")
    DECEASED = "deceased", _("Deceased")
