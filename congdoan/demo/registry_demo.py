"""
The demo union tree and member registry, built through the services only
(congdoan.unions.services, congdoan.members.services), so that every event,
membership period and audit-log entry is the one a real user would leave.

The story, from the seed article (see /work/shared/seed):

- Tổng Liên đoàn Lao động Việt Nam → Liên đoàn Lao động tỉnh Bắc Kạn (1997),
  with upper-level unions (Công đoàn Viên chức tỉnh, the education and health
  sectoral unions, the federations of the city and two districts) and their
  grassroots unions; and Liên đoàn Lao động tỉnh Thái Nguyên next to it.
- On 20/3/2017, Decision 589/QĐ-LĐLĐ of LĐLĐ tỉnh Bắc Kạn founds Công đoàn
  cơ sở Giao thông vận tải Bắc Kạn with five branches; the grassroots unions
  of the five units merge into them. On 19/12/2022 it has 81 members, of whom
  55 are Party members (12 admitted during the term 2017–2022).
- On 1/7/2025 Bắc Kạn merges into Thái Nguyên: LĐLĐ tỉnh Bắc Kạn merges into
  LĐLĐ tỉnh Thái Nguyên, the city and district federations end (their unions
  come directly under the province), the sectoral unions merge with their
  Thái Nguyên counterparts. Counts for any earlier day stay what they were.

Everything is deterministic (one seeded random generator). Loading is done
once: if the confederation is already there, nothing changes.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from congdoan.accounts.roles import UnionRole
from congdoan.members import services as member_services
from congdoan.members.models import Member
from congdoan.members.vocabularies import MemberStatus, PeriodEnd
from congdoan.unions import services as union_services
from congdoan.unions.levels import Level
from congdoan.unions.models import Organisation, Position

from .people import JOBS, PersonMaker

D = datetime.date
SEED = 589
SEED_DAY = D(2022, 12, 19)  # the day of the seed article: 81 members, 55 Party members
MERGER_DAY = D(2017, 3, 20)  # Decision 589/QĐ-LĐLĐ
FIRST_CONGRESS_DAY = D(2017, 6, 16)  # the transport union's first congress: term 2017–2022
NEXT_CONGRESS_DAY = D(2023, 3, 10)  # its second congress: term 2023–2028
PROVINCE_MERGER_DAY = D(2025, 7, 1)
LATEST_DAY = D(2026, 6, 30)  # nothing in the demo happens after this day
CONFEDERATION_CODE = "TLD"

TLD = "Tổng Liên đoàn Lao động Việt Nam"
BK = "Liên đoàn Lao động tỉnh Bắc Kạn"
TN = "Liên đoàn Lao động tỉnh Thái Nguyên"
GTVT = "Công đoàn cơ sở Giao thông vận tải Bắc Kạn"
BK_CITY = "thành phố Bắc Kạn, tỉnh Bắc Kạn"

# Demo logins of the union back office (printed by `make run`; never used outside the demo).
LOGINS = [
    {"username": "tinh", "password": "thainguyen-demo-2026", "role": "provincial official", "union": "tn",
     "union_role": UnionRole.OFFICIAL, "name": "Đàm Văn Khánh"},
    {"username": "theodoi", "password": "theodoi-demo-2026", "role": "provincial viewer", "union": "tn",
     "union_role": UnionRole.VIEWER, "name": "Lường Thị Hải Yến"},
    {"username": "gtvt", "password": "gtvt-demo-2026", "role": "transport chair", "union": "gtvt",
     "union_role": UnionRole.OFFICIAL, "name": None},  # the chair elected in 2023
    {"username": "bophan", "password": "bophan-demo-2026", "role": "branch clerk", "union": "gtvt_road",
     "union_role": UnionRole.CLERK, "name": None},  # a member of the road works branch
]  # fmt: skip


def decision(number, signed_on, issuer, summary=""):
    return {"number": number, "signed_on": signed_on, "issuer": issuer, "summary": summary}


D589 = decision("589/QĐ-LĐLĐ", MERGER_DAY, BK, f"Thành lập {GTVT} trên cơ sở sáp nhập công đoàn của 5 đơn vị")
D_PROVINCE_MERGER = decision(
    "2265/QĐ-TLĐ",
    D(2025, 6, 27),
    TLD,
    "Hợp nhất Liên đoàn Lao động tỉnh Bắc Kạn và Liên đoàn Lao động tỉnh Thái Nguyên",
)
D_REORGANISATION = decision(
    "01/QĐ-LĐLĐ", PROVINCE_MERGER_DAY, TN, "Sắp xếp các công đoàn cấp trên trực tiếp cơ sở sau hợp nhất tỉnh"
)
D_AGENCIES_MOVE = decision(
    "530/QĐ-LĐLĐ", D(2007, 9, 28), BK, "Chuyển công đoàn cơ sở khối cơ quan về Công đoàn Viên chức tỉnh"
)

# The tree: key, parent key, level, name, code, founded on, founding decision, details.
ORGANISATIONS = [
    dict(key="tld", parent=None, level=Level.CONFEDERATION, name=TLD, short_name="Tổng LĐLĐVN", code=CONFEDERATION_CODE,
         founded_on=D(1929, 7, 28), address="Số 82 phố Trần Hưng Đạo, phường Cửa Nam, thành phố Hà Nội"),
    dict(key="bk", parent="tld", level=Level.PROVINCE, name=BK, short_name="LĐLĐ tỉnh Bắc Kạn", code="LDLD-BK",
         decision=decision("106/QĐ-TLĐ", D(1997, 1, 14), TLD, "Thành lập Liên đoàn Lao động tỉnh Bắc Kạn"),
         address="Số 8 đường Trường Chinh, phường Đức Xuân, " + BK_CITY, phone="0209 3870 268"),
    dict(key="tn", parent="tld", level=Level.PROVINCE, name=TN, short_name="LĐLĐ tỉnh Thái Nguyên", code="LDLD-TN",
         decision=decision("107/QĐ-TLĐ", D(1997, 1, 14), TLD, "Thành lập Liên đoàn Lao động tỉnh Thái Nguyên"),
         address="Số 2 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208 3855 326"),
    # Bắc Kạn: upper-level and sectoral unions.
    dict(key="vc_bk", parent="bk", level=Level.UPPER, name="Công đoàn Viên chức tỉnh Bắc Kạn", short_name="CĐVC tỉnh",
         code="CDVC-BK", decision=decision("512/QĐ-LĐLĐ", D(2007, 9, 12), BK),
         address="Số 8 đường Trường Chinh, phường Đức Xuân, " + BK_CITY, phone="0209 3872 114"),
    dict(key="gd_bk", parent="bk", level=Level.SECTOR, name="Công đoàn ngành Giáo dục tỉnh Bắc Kạn",
         short_name="CĐN Giáo dục", code="CDGD-BK", decision=decision("38/QĐ-LĐLĐ", D(1997, 4, 2), BK),
         address="Số 3 đường Trường Chinh, phường Đức Xuân, " + BK_CITY, phone="0209 3870 511"),
    dict(key="yt_bk", parent="bk", level=Level.SECTOR, name="Công đoàn ngành Y tế tỉnh Bắc Kạn", short_name="CĐN Y tế",
         code="CDYT-BK", decision=decision("39/QĐ-LĐLĐ", D(1997, 4, 2), BK),
         address="Tổ 1A, phường Đức Xuân, " + BK_CITY, phone="0209 3870 390"),
    dict(key="tp_bk", parent="bk", level=Level.UPPER, name="Liên đoàn Lao động thị xã Bắc Kạn", code="LDLD-TPBK",
         decision=decision("21/QĐ-LĐLĐ", D(1997, 3, 10), BK),
         address="Đường Nguyễn Văn Cừ, phường Phùng Chí Kiên, " + BK_CITY, phone="0209 3870 672"),
    dict(key="cm", parent="bk", level=Level.UPPER, name="Liên đoàn Lao động huyện Chợ Mới", code="LDLD-CM",
         decision=decision("22/QĐ-LĐLĐ", D(1997, 3, 10), BK),
         address="Tổ 5, thị trấn Đồng Tâm, huyện Chợ Mới, tỉnh Bắc Kạn", phone="0209 3864 126"),
    dict(key="bb", parent="bk", level=Level.UPPER, name="Liên đoàn Lao động huyện Ba Bể", code="LDLD-BB",
         decision=decision("23/QĐ-LĐLĐ", D(1997, 3, 10), BK),
         address="Tiểu khu 2, thị trấn Chợ Rã, huyện Ba Bể, tỉnh Bắc Kạn", phone="0209 3876 205"),
    # Thái Nguyên: the counterparts the Bắc Kạn unions merge into in 2025.
    dict(key="vc_tn", parent="tn", level=Level.UPPER, name="Công đoàn Viên chức tỉnh Thái Nguyên", code="CDVC-TN",
         decision=decision("210/QĐ-LĐLĐ", D(2006, 5, 10), TN),
         address="Số 2 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208 3856 114"),
    dict(key="gd_tn", parent="tn", level=Level.SECTOR, name="Công đoàn ngành Giáo dục tỉnh Thái Nguyên", code="CDGD-TN",
         decision=decision("15/QĐ-LĐLĐ", D(1997, 3, 1), TN),
         address="Số 30 đường Quang Trung, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208 3852 580"),
    dict(key="yt_tn", parent="tn", level=Level.SECTOR, name="Công đoàn ngành Y tế tỉnh Thái Nguyên", code="CDYT-TN",
         decision=decision("16/QĐ-LĐLĐ", D(1997, 3, 1), TN),
         address="Số 17 đường Lương Ngọc Quyến, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208 3855 021"),
]  # fmt: skip

# Grassroots unions other than transport: where, who, how many members, what share in the Party.
GRASSROOTS = [
    dict(key="tai_chinh", parent="bk", name="Công đoàn cơ sở Sở Tài chính tỉnh Bắc Kạn", code="CDCS-STC-BK",
         employer="Sở Tài chính tỉnh Bắc Kạn", decision=decision("61/QĐ-LĐLĐ", D(1997, 5, 20), BK),
         moves_to="vc_bk", address="Tổ 10, phường Đức Xuân, " + BK_CITY, phone="0209 3870 545",
         jobs="agency", size=16, party=0.6, email="backan.gov.vn"),
    dict(key="tu_phap", parent="bk", name="Công đoàn cơ sở Sở Tư pháp tỉnh Bắc Kạn", code="CDCS-STP-BK",
         employer="Sở Tư pháp tỉnh Bắc Kạn", decision=decision("12/QĐ-LĐLĐ", D(1998, 2, 16), BK),
         moves_to="vc_bk", address="Tổ 7, phường Đức Xuân, " + BK_CITY, phone="0209 3870 712",
         jobs="agency", size=12, party=0.6, email="backan.gov.vn"),
    dict(key="vp_ubnd", parent="vc_bk", name="Công đoàn cơ sở Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn", code="CDCS-VPUB-BK",
         employer="Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn",
         decision=decision("27/QĐ-CĐVC", D(2009, 6, 15), "Công đoàn Viên chức tỉnh Bắc Kạn"),
         address="Số 16 đường Trường Chinh, phường Đức Xuân, " + BK_CITY, phone="0209 3870 880",
         jobs="provincial_office", size=18, party=0.7, email="backan.gov.vn"),
    dict(key="thpt_chuyen", parent="gd_bk", name="Công đoàn cơ sở Trường THPT Chuyên Bắc Kạn", code="CDCS-THPTC-BK",
         employer="Trường Trung học phổ thông Chuyên Bắc Kạn",
         decision=decision("45/QĐ-CĐN", D(1998, 9, 5), "Công đoàn ngành Giáo dục tỉnh Bắc Kạn"),
         address="Tổ 11, phường Sông Cầu, " + BK_CITY, phone="0209 3873 158",
         jobs="upper_school", size=22, party=0.45, women=0.7, email="backan.edu.vn"),
    dict(key="thpt_bk", parent="gd_bk", name="Công đoàn cơ sở Trường THPT Bắc Kạn", code="CDCS-THPT-BK",
         employer="Trường Trung học phổ thông Bắc Kạn",
         decision=decision("31/QĐ-CĐN", D(1997, 9, 1), "Công đoàn ngành Giáo dục tỉnh Bắc Kạn"),
         address="Tổ 4, phường Phùng Chí Kiên, " + BK_CITY, phone="0209 3870 247",
         jobs="upper_school", size=24, party=0.4, women=0.7, email="backan.edu.vn"),
    dict(key="benh_vien", parent="yt_bk", name="Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Bắc Kạn", code="CDCS-BVDK-BK",
         employer="Bệnh viện Đa khoa tỉnh Bắc Kạn",
         decision=decision("18/QĐ-CĐYT", D(1997, 6, 10), "Công đoàn ngành Y tế tỉnh Bắc Kạn"),
         address="Tổ 1, phường Huyền Tụng, " + BK_CITY, phone="0209 3871 186",
         jobs="hospital", size=40, party=0.35, women=0.65,
         branches=[("Công đoàn bộ phận Khối Nội", "CDBP-BV-NOI"), ("Công đoàn bộ phận Khối Ngoại - Sản", "CDBP-BV-NGOAI"),
                   ("Công đoàn bộ phận Khối Cận lâm sàng", "CDBP-BV-CLS"),
                   ("Công đoàn bộ phận Khối Hành chính", "CDBP-BV-HC")]),
    dict(key="cdc", parent="yt_bk", name="Công đoàn cơ sở Trung tâm Kiểm soát bệnh tật tỉnh Bắc Kạn", code="CDCS-CDC-BK",
         employer="Trung tâm Kiểm soát bệnh tật tỉnh Bắc Kạn",
         decision=decision("04/QĐ-CĐYT", D(2018, 1, 15), "Công đoàn ngành Y tế tỉnh Bắc Kạn"),
         address="Tổ 9, phường Đức Xuân, " + BK_CITY, phone="0209 3870 345",
         jobs="disease_control", size=14, party=0.4, women=0.6),
    dict(key="cap_thoat_nuoc", parent="tp_bk", name="Công đoàn cơ sở Công ty Cổ phần Cấp thoát nước Bắc Kạn",
         code="CDCS-CTN-BK", employer="Công ty Cổ phần Cấp thoát nước Bắc Kạn",
         decision=decision("17/QĐ-LĐLĐ", D(2004, 7, 1), "Liên đoàn Lao động thị xã Bắc Kạn"),
         address="Số 283 đường Trường Chinh, phường Phùng Chí Kiên, " + BK_CITY, phone="0209 3870 416",
         jobs="water_company", size=18, party=0.15, women=0.3),
    dict(key="xay_dung_gt", parent="tp_bk", name="Công đoàn cơ sở Công ty Cổ phần Xây dựng giao thông Bắc Kạn",
         code="CDCS-XDGT-BK", employer="Công ty Cổ phần Xây dựng giao thông Bắc Kạn",
         decision=decision("09/QĐ-LĐLĐ", D(2011, 3, 15), "Liên đoàn Lao động thị xã Bắc Kạn"),
         address="Tổ 8, phường Nguyễn Thị Minh Khai, " + BK_CITY, phone="0209 3811 529",
         jobs="construction_company", size=14, party=0.1, women=0.15),
    dict(key="mam_non", parent="tp_bk", name="Công đoàn cơ sở Trường Mầm non Đức Xuân", code="CDCS-MNDX-BK",
         employer="Trường Mầm non Đức Xuân",
         decision=decision("41/QĐ-LĐLĐ", D(2016, 8, 20), "Liên đoàn Lao động thành phố Bắc Kạn"),
         address="Tổ 6, phường Đức Xuân, " + BK_CITY, phone="0209 3878 066",
         jobs="kindergarten", size=12, party=0.3, women=0.95, email="backan.edu.vn"),
    dict(key="th_yen_dinh", parent="cm", name="Công đoàn cơ sở Trường Tiểu học Yên Đĩnh", code="CDCS-THYD-CM",
         employer="Trường Tiểu học Yên Đĩnh",
         decision=decision("14/QĐ-LĐLĐ", D(1999, 9, 10), "Liên đoàn Lao động huyện Chợ Mới"),
         address="Thôn Nà Pài, xã Yên Đĩnh, huyện Chợ Mới, tỉnh Bắc Kạn", phone="0209 3864 307",
         jobs="lower_school", size=14, party=0.4, women=0.75, email="backan.edu.vn"),
    dict(key="ubnd_cm", parent="cm", name="Công đoàn cơ sở Cơ quan Ủy ban nhân dân huyện Chợ Mới", code="CDCS-UBND-CM",
         employer="Ủy ban nhân dân huyện Chợ Mới",
         decision=decision("05/QĐ-LĐLĐ", D(1997, 6, 1), "Liên đoàn Lao động huyện Chợ Mới"),
         address="Tổ 3, thị trấn Đồng Tâm, huyện Chợ Mới, tỉnh Bắc Kạn", phone="0209 3864 102",
         jobs="district_office", size=16, party=0.65, email="backan.gov.vn"),
    dict(key="thcs_cho_ra", parent="bb", name="Công đoàn cơ sở Trường THCS Chợ Rã", code="CDCS-THCSCR-BB",
         employer="Trường Trung học cơ sở Chợ Rã",
         decision=decision("11/QĐ-LĐLĐ", D(1998, 9, 1), "Liên đoàn Lao động huyện Ba Bể"),
         address="Tiểu khu 4, thị trấn Chợ Rã, huyện Ba Bể, tỉnh Bắc Kạn", phone="0209 3876 118",
         jobs="lower_school", size=16, party=0.4, women=0.7, email="backan.edu.vn"),
    dict(key="vqg_ba_be", parent="bb", name="Công đoàn cơ sở Vườn quốc gia Ba Bể", code="CDCS-VQG-BB",
         employer="Ban Quản lý Vườn quốc gia Ba Bể",
         decision=decision("08/QĐ-LĐLĐ", D(2002, 5, 15), "Liên đoàn Lao động huyện Ba Bể"),
         address="Xã Khang Ninh, huyện Ba Bể, tỉnh Bắc Kạn", phone="0209 3894 014",
         jobs="national_park", size=12, party=0.45, women=0.3),
    dict(key="xd_tn", parent="vc_tn", name="Công đoàn cơ sở Sở Xây dựng tỉnh Thái Nguyên", code="CDCS-SXD-TN",
         employer="Sở Xây dựng tỉnh Thái Nguyên",
         decision=decision("12/QĐ-CĐVC", D(2006, 6, 1), "Công đoàn Viên chức tỉnh Thái Nguyên"),
         address="Số 18 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208 3855 633",
         jobs="agency", size=12, party=0.6, email="thainguyen.gov.vn", card_prefix="TN"),
    dict(key="thpt_chuyen_tn", parent="gd_tn", name="Công đoàn cơ sở Trường THPT Chuyên Thái Nguyên",
         code="CDCS-THPTC-TN", employer="Trường Trung học phổ thông Chuyên Thái Nguyên",
         decision=decision("22/QĐ-CĐN", D(1997, 9, 5), "Công đoàn ngành Giáo dục tỉnh Thái Nguyên"),
         address="Đường Cách mạng Tháng Tám, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208 3751 556",
         jobs="upper_school", size=14, party=0.45, women=0.7, email="thainguyen.edu.vn", card_prefix="TN"),
    dict(key="bv_a_tn", parent="yt_tn", name="Công đoàn cơ sở Bệnh viện A Thái Nguyên", code="CDCS-BVA-TN",
         employer="Bệnh viện A Thái Nguyên",
         decision=decision("09/QĐ-CĐYT", D(1997, 7, 1), "Công đoàn ngành Y tế tỉnh Thái Nguyên"),
         address="Đường Quang Trung, phường Gia Sàng, tỉnh Thái Nguyên", phone="0208 3846 254",
         jobs="hospital", size=16, party=0.35, women=0.65, card_prefix="TN"),
]  # fmt: skip

# The five units of the transport union: their former grassroots unions and
# the branches they become. ``early``/``term``: how many of the members each
# brings on 20/3/2017 who are still there on 19/12/2022 were admitted to the
# Party before 2017 / during the term 2017–2022.
TRANSPORT_UNITS = [
    dict(key="office", old_name="Công đoàn cơ sở Văn phòng Sở Giao thông vận tải Bắc Kạn", old_code="CDCS-VPSGTVT-BK",
         founded=decision("45/QĐ-LĐLĐ", D(1997, 4, 10), BK), employer="Văn phòng Sở Giao thông vận tải tỉnh Bắc Kạn",
         branch="Công đoàn bộ phận Văn phòng Sở", branch_code="CDBP-GTVT-VP", jobs="transport_office",
         address="Tổ 11, phường Đức Xuân, " + BK_CITY, phone="0209 3870 374",
         size=22, early=14, term=2, email="backan.gov.vn"),
    dict(key="inspectorate", old_name="Công đoàn cơ sở Thanh tra Sở Giao thông vận tải Bắc Kạn", old_code="CDCS-TTSGTVT-BK",
         founded=decision("77/QĐ-LĐLĐ", D(2000, 6, 5), BK), employer="Thanh tra Sở Giao thông vận tải tỉnh Bắc Kạn",
         branch="Công đoàn bộ phận Thanh tra Sở", branch_code="CDBP-GTVT-TT", jobs="transport_inspectorate",
         address="Tổ 11, phường Đức Xuân, " + BK_CITY, phone="0209 3870 903",
         size=14, early=10, term=2, email="backan.gov.vn"),
    dict(key="road", old_name="Công đoàn cơ sở Ban Quản lý dự án sự nghiệp đường bộ Bắc Kạn", old_code="CDCS-QLDA-BK",
         founded=decision("112/QĐ-LĐLĐ", D(2004, 8, 16), BK), employer="Ban Quản lý dự án sự nghiệp đường bộ Bắc Kạn",
         branch="Công đoàn bộ phận Ban Quản lý dự án sự nghiệp đường bộ", branch_code="CDBP-GTVT-DB", jobs="road_board",
         address="Tổ 2, phường Sông Cầu, " + BK_CITY, phone="0209 3871 640",
         size=18, early=9, term=2),
    dict(key="coach", old_name="Công đoàn cơ sở Bến xe ô tô khách Bắc Kạn", old_code="CDCS-BXK-BK",
         founded=decision("54/QĐ-LĐLĐ", D(1998, 3, 2), BK), employer="Bến xe ô tô khách Bắc Kạn",
         branch="Công đoàn bộ phận Bến xe ô tô khách", branch_code="CDBP-GTVT-BX", jobs="coach_station",
         address="Tổ 9, phường Phùng Chí Kiên, " + BK_CITY, phone="0209 3870 217",
         size=12, early=4, term=1),
    dict(key="inspection", old_name="Công đoàn cơ sở Trung tâm Đăng kiểm phương tiện giao thông vận tải Bắc Kạn",
         old_code="CDCS-DK-BK", founded=decision("96/QĐ-LĐLĐ", D(2006, 10, 20), BK),
         employer="Trung tâm Đăng kiểm phương tiện giao thông vận tải Bắc Kạn",
         branch="Công đoàn bộ phận Trung tâm Đăng kiểm", branch_code="CDBP-GTVT-DK", jobs="inspection_centre",
         address="Tổ 1, phường Huyền Tụng, " + BK_CITY, phone="0209 3876 688",
         size=10, early=5, term=1),
]  # fmt: skip
ROAD_BOARD_NEW_NAME = "Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn"

# Admission days of the members admitted to the Party during the term
# 2017–2022 while in the transport union: twelve in all (four are people it
# hired after the merger and have their own days below).
TERM_ADMISSIONS = [
    D(2017, 11, 7), D(2018, 5, 19), D(2018, 12, 20), D(2019, 5, 19), D(2020, 12, 22), D(2021, 5, 19), D(2021, 9, 1),
    D(2021, 12, 22),
]  # fmt: skip

# Between the merger and the seed day the union hired nine people (four later
# admitted to the Party on the given day); three more after the seed day.
TRANSPORT_HIRES = [
    ("office", D(2017, 9, 1), D(2019, 9, 2)), ("road", D(2017, 8, 1), D(2020, 2, 3)),
    ("coach", D(2018, 5, 1), D(2020, 10, 15)), ("inspectorate", D(2019, 2, 1), D(2022, 3, 26)),
    ("office", D(2018, 3, 1), None), ("office", D(2020, 10, 1), None), ("road", D(2021, 6, 1), None),
    ("coach", D(2022, 3, 1), None), ("inspection", D(2019, 11, 1), None),
    ("road", D(2023, 4, 1), None), ("inspection", D(2024, 2, 1), None), ("office", D(2025, 8, 1), None),
]  # fmt: skip
HIRE_JOBS = {
    "office": ("Chuyên viên", "university"), "inspectorate": ("Thanh tra viên", "university"),
    "road": ("Kỹ sư cầu đường", "university"), "coach": ("Nhân viên điều độ", "intermediate"),
    "inspection": ("Đăng kiểm viên", "university"),
}  # fmt: skip

# Members who move between the other unions: from, to, day, new job title.
GENERIC_TRANSFERS = [
    ("vqg_ba_be", "ubnd_cm", D(2018, 6, 1), "Chuyên viên Phòng Tài nguyên và Môi trường"),
    ("thpt_bk", "thpt_chuyen", D(2019, 8, 15), "Giáo viên"),
    ("cdc", "CDBP-BV-NOI", D(2020, 1, 1), "Bác sĩ"),
    ("th_yen_dinh", "thcs_cho_ra", D(2021, 8, 20), "Giáo viên"),
    ("vp_ubnd", "tai_chinh", D(2022, 3, 1), "Chuyên viên"),
]

RETIRED = {"note": "Nghỉ hưu theo chế độ"}
QUIT = {"note": "Nghỉ việc, chấm dứt hợp đồng lao động"}


class Person:
    """One planned member: their record, the union they join, and what happens to them later."""

    def __init__(self, union, fields, fates=()):
        self.union = union
        self.fields = fields
        self.fates = list(fates)  # [(day, kind, details)]; kind: "transfer" or a PeriodEnd
        self.member = None
        self.tag = None  # in the transport union: "early" / "term" Party member, or None

    @property
    def full_name(self):
        names = (self.fields["family_name"], self.fields["middle_name"], self.fields["given_name"])
        return " ".join(part for part in names if part)

    def leaves_transport_before(self, day):
        return any(
            fate_day < day and (kind != "transfer" or not (details["to"] or "").startswith("gtvt_"))
            for fate_day, kind, details in self.fates
        )


class Timeline:
    """Actions run in date order; on one day: foundings, admissions, member changes, tree changes; then as added."""

    FOUND, ADMIT, MEMBER, TREE = range(4)

    def __init__(self):
        self.actions = []

    def at(self, day, rank, action):
        self.actions.append((day, rank, len(self.actions), action))

    def run(self):
        for *_order, action in sorted(self.actions, key=lambda item: item[:3]):
            action()


def _years_after(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _retirement(born, sex):
    """
    The first day of the month after reaching retirement age (Labour Code
    2019: from 2021 men 60 years 3 months, rising 3 months a year to 62;
    women 55 years 4 months, rising 4 months a year to 60).
    """
    year = born.year + 55
    while True:
        if sex == "M":
            months = 720 if year < 2021 else min(744, 720 + 3 * (year - 2020))
        else:
            months = 660 if year < 2021 else min(720, 660 + 4 * (year - 2020))
        total = born.month - 1 + months + 1  # the month after the birthday month
        day = D(born.year + total // 12, total % 12 + 1, 1)
        if day.year <= year:
            return day
        year += 1


class RegistryDemo:
    """
    Plans the tree changes and the people first, then runs everything in date
    order through the services (a union must exist before members join it; a
    merger must find the members who were there on its day).
    """

    def __init__(self):
        self.maker = PersonMaker(SEED)
        self.rng = self.maker.rng
        self.timeline = Timeline()
        self.orgs = {}
        self.people = []
        self.by_union = {}
        self.named = {}  # transport people the committees and logins refer to

    # The tree.

    def found(self, key, parent, level, name, code, decision=None, founded_on=None, **details):
        def action():
            self.orgs[key] = union_services.found_organisation(
                parent=self._fresh(parent) if parent else None,
                name=name,
                level=level,
                code=code,
                decision=self._decision(decision) if decision else None,
                founded_on=founded_on,
                **details,
            )

        self.timeline.at(founded_on or decision["signed_on"], Timeline.FOUND, action)

    def tree_change(self, day, function, key, **arguments):
        def action():
            resolved = dict(arguments)
            for name in ("into", "new_parent"):
                if name in resolved:
                    resolved[name] = self._fresh(resolved[name])
            resolved["decision"] = self._decision(resolved["decision"])
            function(self._fresh(key), on=day, **resolved)

        self.timeline.at(day, Timeline.TREE, action)

    def _fresh(self, key):
        """The organisation as it is now in the database (tree paths change as the tree changes)."""
        self.orgs[key] = Organisation.objects.get(pk=self.orgs[key].pk)
        return self.orgs[key]

    @staticmethod
    def _decision(data):
        return union_services.find_or_create_decision(**data)

    # People.

    def add(self, person):
        self.people.append(person)
        self.by_union.setdefault(person.union, []).append(person)
        return person

    def schedule_people(self):
        for person in self.people:
            self.timeline.at(person.fields["joined_union_on"], Timeline.ADMIT, lambda p=person: self._admit(p))
            for day, kind, details in person.fates:
                action = lambda p=person, d=day, k=kind, x=details: self._fate(p, d, k, x)  # noqa: E731
                self.timeline.at(day, Timeline.MEMBER, action)

    def _admit(self, person):
        person.member = member_services.admit_member(organisation=self.orgs[person.union], **person.fields)

    def _fate(self, person, day, kind, details):
        member = Member.objects.get(pk=person.member.pk)
        if kind == "transfer":
            target = self.orgs[details["to"]] if details["to"] else None
            member_services.transfer_member(member, to=target, on=day, note=details.get("note", ""))
            if details.get("record"):
                member_services.update_member(Member.objects.get(pk=member.pk), **details["record"])
        else:
            member_services.end_membership(member, on=day, reason=kind, note=details.get("note", ""))

    def record(self, *, born, joined, job, workplace, card_prefix="BK", party=None, email="", **extra):
        return self.maker.record(
            born_on=born, joined_on=joined, job=job, workplace=workplace, card_prefix=card_prefix, party=party,
            email_domain=email, **extra,
        )  # fmt: skip

    def born(self, sex, first_year, last_year):
        """A birthday between the years, late enough that they do not reach retirement age before the demo ends."""
        while True:
            day = self.maker.day_between(D(first_year, 1, 1), D(last_year, 12, 31))
            if _retirement(day, sex) > LATEST_DAY:
                return day

    # The whole demo.

    def build(self):
        for spec in ORGANISATIONS:
            spec = dict(spec)
            self.found(spec.pop("key"), spec.pop("parent"), spec.pop("level"), spec.pop("name"), spec.pop("code"),
                       spec.pop("decision", None), spec.pop("founded_on", None), **spec)  # fmt: skip
        self.tree_change(
            D(2015, 4, 20), union_services.rename_organisation, "tp_bk",
            new_name="Liên đoàn Lao động thành phố Bắc Kạn",
            decision=decision("185/QĐ-LĐLĐ", D(2015, 4, 20), BK, "Đổi tên theo đơn vị hành chính mới"),
        )  # fmt: skip
        for spec in GRASSROOTS:
            self.grassroots(spec)
        self.generic_histories()
        self.transport()
        self.province_merger()
        self.schedule_people()
        self.timeline.run()
        self.committees()
        self.logins()

    def grassroots(self, spec):
        decision_data = spec["decision"]
        self.found(spec["key"], spec["parent"], Level.GRASSROOTS, spec["name"], spec["code"], decision_data,
                   employer=spec["employer"], address=spec["address"], phone=spec["phone"])  # fmt: skip
        branches = []
        for name, code in spec.get("branches", []):
            self.found(code, spec["key"], Level.BRANCH, name, code, decision_data, employer=spec["employer"])
            branches.append(code)
        if spec.get("moves_to"):
            self.tree_change(D(2007, 10, 1), union_services.move_organisation, spec["key"],
                             new_parent=spec["moves_to"], decision=D_AGENCIES_MOVE)  # fmt: skip
        self.staff(spec, branches or [spec["key"]], decision_data["signed_on"])

    def staff(self, spec, holders, founded_on):
        """A union's members: ages, careers, Party membership, retirements, a few who quit."""
        rng = self.rng
        jobs = JOBS[spec["jobs"]]
        drafts = []
        for _ in range(spec["size"]):
            sex = "F" if rng.random() < spec.get("women", 0.45) else "M"
            while True:
                born = self.maker.day_between(D(1962, 1, 1), D(2000, 12, 31))
                joined = max(
                    founded_on + datetime.timedelta(days=rng.randint(0, 150)),
                    _years_after(born, rng.randint(22, 27)) + datetime.timedelta(days=rng.randint(0, 200)),
                )
                retires = _retirement(born, sex)
                if joined <= D(2025, 6, 30) and joined < retires - datetime.timedelta(days=400):
                    break
            party = None
            if rng.random() < spec["party"]:
                first, last = max(_years_after(born, 21), D(1986, 1, 1)), min(D(2025, 6, 30), retires)
                party = (first, last) if first < last else None
            drafts.append({"sex": sex, "born": born, "joined": joined, "retires": retires, "party": party})
        # The senior Party members still at work hold the leading posts.
        drafts.sort(key=lambda draft: (draft["party"] is None or draft["retires"] <= LATEST_DAY, draft["born"]))
        for number, draft in enumerate(drafts):
            if number < len(jobs["leaders"]):
                job = jobs["leaders"][number]
            else:
                title, qualification, _weight = rng.choices(jobs["staff"], [row[2] for row in jobs["staff"]])[0]
                job = (title, qualification)
            fates = []
            if draft["retires"] <= LATEST_DAY:
                fates.append((draft["retires"], PeriodEnd.LEFT, RETIRED))
            elif rng.random() < 0.07:
                day = self.maker.day_between(draft["joined"] + datetime.timedelta(days=400), LATEST_DAY)
                fates.append((day, PeriodEnd.LEFT, QUIT))
            fields = self.record(
                born=draft["born"], joined=draft["joined"], job=job, workplace=spec["employer"], sex=draft["sex"],
                card_prefix=spec.get("card_prefix", "BK"), party=draft["party"], email=spec.get("email", ""),
            )  # fmt: skip
            self.add(Person(holders[number % len(holders)], fields, fates))

    def generic_histories(self):
        """Transfers between the other unions, and one member who died."""
        for source, target, day, title in GENERIC_TRANSFERS:
            employer = next(
                spec["employer"] for spec in GRASSROOTS
                if target == spec["key"] or target in dict(spec.get("branches", [])).values()
            )  # fmt: skip
            candidates = [
                person for person in reversed(self.by_union.get(source) or self._branch_people(source))
                if not person.fates and person.fields["joined_union_on"] < day - datetime.timedelta(days=365)
            ]  # fmt: skip
            mover = candidates[0]
            record = {"job_title": title, "workplace_unit": employer}
            mover.fates.append((day, "transfer", {"to": target, "note": "Chuyển công tác", "record": record}))
        worker = next(p for p in reversed(self.by_union["cap_thoat_nuoc"]) if not p.fates)
        worker.fates.append((D(2023, 11, 14), PeriodEnd.DECEASED, {"note": "Từ trần"}))

    def _branch_people(self, union_key):
        codes = [code for spec in GRASSROOTS if spec["key"] == union_key for _name, code in spec.get("branches", [])]
        return [person for code in codes for person in self.by_union.get(code, [])]

    def transport(self):
        """The seed's union: five former unions, merged on 20/3/2017 into the five branches of the new one."""
        self.found("gtvt", "bk", Level.GRASSROOTS, GTVT, "CDCS-GTVT-BK", D589,
                   short_name="CĐCS GTVT Bắc Kạn", employer="Sở Giao thông vận tải tỉnh Bắc Kạn",
                   address="Tổ 11, phường Đức Xuân, " + BK_CITY, phone="0209 3870 374",
                   email="congdoan.sgtvt@backan.gov.vn")  # fmt: skip
        for unit in TRANSPORT_UNITS:
            old_key, branch_key = f"old_{unit['key']}", f"gtvt_{unit['key']}"
            self.found(old_key, "bk", Level.GRASSROOTS, unit["old_name"], unit["old_code"], unit["founded"],
                       employer=unit["employer"], address=unit["address"], phone=unit["phone"])  # fmt: skip
            self.found(branch_key, "gtvt", Level.BRANCH, unit["branch"], unit["branch_code"], D589,
                       employer=unit["employer"], address=unit["address"], phone=unit["phone"])  # fmt: skip
            self.tree_change(MERGER_DAY, union_services.merge_organisation, old_key, into=branch_key, decision=D589)
        self.tree_change(D(2019, 7, 1), union_services.rename_organisation, "gtvt_road",
                         new_name="Công đoàn bộ phận " + ROAD_BOARD_NEW_NAME,
                         decision=decision("15/QĐ-CĐCS", D(2019, 6, 24), "Ban Chấp hành " + GTVT,
                                           "Đổi tên công đoàn bộ phận theo tên mới của đơn vị"))  # fmt: skip
        self.timeline.at(D(2019, 7, 1), Timeline.TREE, self._road_board_renamed)
        self.transport_people()

    def _road_board_renamed(self):
        """The clerk corrects the branch's employer and its members' workplace to the board's new name."""
        branch = self._fresh("gtvt_road")
        union_services.update_organisation(branch, None, employer=ROAD_BOARD_NEW_NAME)
        for member in Member.objects.filter(organisation=branch, status=MemberStatus.ACTIVE).order_by("pk"):
            member_services.update_member(member, workplace_unit=ROAD_BOARD_NEW_NAME)

    def transport_people(self):
        """
        Exactly 81 members, 55 of them in the Party, on 19/12/2022, by
        construction: 76 came with the merger; 9 were hired and 1 transferred
        in; 4 retired and 1 transferred out; two moved between branches. Of the
        55, 12 were admitted during the term (8 who came with the merger, 4
        hired later) and 43 before it. After the seed day three more are hired,
        three retire and one leaves for Thái Nguyên.
        """
        units = {unit["key"]: unit for unit in TRANSPORT_UNITS}
        term_days = iter(TERM_ADMISSIONS)
        specials = {key: [] for key in units}
        leading_posts = {key: list(JOBS[unit["jobs"]]["leaders"]) for key, unit in units.items()}

        def plan(unit_key, party, *, sex=None, born=None, job=None, joined=None, union=None, fates=(), name=None,
                 ethnicity=None, role=None, lead=False):  # fmt: skip
            """
            A transport person; ``party``: None, "early" (before 2017), "term"
            (the next term day) or a day. ``lead``: give them the next leading post.
            """
            unit = units[unit_key]
            posts = leading_posts[unit_key]
            if job is None:
                job = posts.pop(0) if lead and posts else self._staff_job(unit)
            elif job in posts:
                posts.remove(job)
            sex = sex or self.rng.choice("MF")
            born = born or self.born(sex, 1967 if sex == "M" else 1971, 1990 if party == "early" else 1992)
            if joined is None:
                joined = max(
                    unit["founded"]["signed_on"] + datetime.timedelta(days=self.rng.randint(0, 120)),
                    _years_after(born, self.rng.randint(22, 24)) + datetime.timedelta(days=self.rng.randint(0, 150)),
                )
                joined = min(joined, MERGER_DAY - datetime.timedelta(days=self.rng.randint(30, 400)))
            if party == "early":
                last = min([D(2016, 12, 31)] + [day - datetime.timedelta(days=730) for day, *_rest in fates])
                window = (max(_years_after(born, 21), joined - datetime.timedelta(days=3650), D(1988, 1, 1)), last)
            elif party == "term":
                day = next(term_days)
                window = (day, day)
            elif party is not None:
                window = (party, party)
            else:
                window = None
            renamed = unit_key == "road" and joined >= D(2019, 7, 1)
            fields = self.record(
                born=born, joined=joined, job=job, workplace=ROAD_BOARD_NEW_NAME if renamed else unit["employer"],
                sex=sex, name=name, ethnicity=ethnicity, party=window, email=unit.get("email", ""),
            )  # fmt: skip
            person = self.add(Person(union or f"old_{unit_key}", fields, fates))
            person.tag = party if party in (None, "early") else "term"
            if role:
                self.named[role] = person
            if union is None:
                specials[unit_key].append(person)
            return person

        def retiring(day, sex="M"):
            """Born so as to reach retirement age just before ``day``."""
            born = D(day.year - 60, day.month, 1) if sex == "M" else D(day.year - 55, day.month, 1)
            while _retirement(born, sex) > day:
                born -= datetime.timedelta(days=20)
            return born

        def transfer(to, title, workplace, note="Điều động công tác"):
            return {"to": to, "note": note, "record": {"job_title": title, "workplace_unit": workplace}}

        # Before the merger the five unions had their own comings and goings.
        history = [
            plan("office", "early", sex="M", born=retiring(D(2014, 5, 1)),
                 fates=[(D(2014, 5, 1), PeriodEnd.LEFT, RETIRED)]),
            plan("coach", None, sex="M", born=self.born("M", 1978, 1982), job=("Nhân viên bán vé", "intermediate"),
                 fates=[(D(2016, 4, 1), "transfer", transfer(
                     "cap_thoat_nuoc", "Nhân viên kinh doanh", "Công ty Cổ phần Cấp thoát nước Bắc Kạn",
                     "Chuyển công tác",
                 ))]),
            plan("inspection", None, born=self.born("M", 1984, 1986), fates=[(D(2015, 9, 1), PeriodEnd.LEFT, QUIT)]),
        ]  # fmt: skip
        for person in history:
            specials[person.union[len("old_") :]].remove(person)

        # The people of the committees and the logins, and everyone with a planned move or departure.
        inspectorate, office = units["inspectorate"]["employer"], units["office"]["employer"]
        plan(
            "office",
            "early",
            sex="M",
            born=retiring(D(2023, 9, 1)),
            job=("Phó Giám đốc Sở", "master"),
            fates=[(D(2023, 9, 1), PeriodEnd.LEFT, RETIRED)],
            role="chair_2017",
        )
        plan(
            "road",
            "early",
            sex="M",
            born=retiring(D(2020, 4, 1)),
            job=("Phó Giám đốc Ban", "university"),
            fates=[(D(2020, 4, 1), PeriodEnd.LEFT, RETIRED)],
            role="vice_2017",
        )
        plan(
            "inspectorate",
            "early",
            sex="M",
            born=self.born("M", 1972, 1975),
            job=("Phó Chánh Thanh tra Sở", "university"),
            role="chair_2023",
        )
        plan(
            "road",
            "early",
            sex="M",
            born=self.born("M", 1976, 1979),
            job=("Trưởng phòng Kỹ thuật", "university"),
            role="vice_2023",
        )
        plan(
            "office",
            "early",
            sex="F",
            born=self.born("F", 1974, 1978),
            job=("Chánh Văn phòng Sở", "university"),
            role="office_member",
        )
        plan(
            "coach",
            "early",
            sex="F",
            born=retiring(D(2024, 6, 1), "F"),
            job=("Kế toán", "college"),
            fates=[(D(2024, 6, 1), PeriodEnd.LEFT, RETIRED)],
            role="coach_member",
        )
        plan(
            "inspection",
            "early",
            sex="M",
            born=self.born("M", 1975, 1980),
            job=("Phó Giám đốc Trung tâm", "university"),
            role="inspection_member",
        )
        plan(
            "road",
            "term",
            sex="F",
            born=self.born("F", 1986, 1989),
            name=("Nông", "Thị Hồng", "Vân"),
            ethnicity="02",
            job=("Cán bộ kỹ thuật", "university"),
            role="correspondent",
        )
        plan("road", None, sex="F", born=self.born("F", 1988, 1991), job=("Kế toán", "university"), role="clerk")
        plan(
            "office",
            "term",
            sex="M",
            born=self.born("M", 1988, 1990),
            job=("Chuyên viên", "university"),
            role="young_office",
        )
        plan("office", "early", sex="M", born=retiring(D(2018, 7, 1)), fates=[(D(2018, 7, 1), PeriodEnd.LEFT, RETIRED)])
        plan(
            "office",
            "early",
            sex="F",
            born=retiring(D(2021, 10, 1), "F"),
            fates=[(D(2021, 10, 1), PeriodEnd.LEFT, RETIRED)],
        )
        plan(
            "office",
            None,
            born=self.born("M", 1983, 1987),
            job=("Chuyên viên", "university"),
            fates=[
                (
                    D(2020, 8, 1),
                    "transfer",
                    transfer("vp_ubnd", "Chuyên viên", "Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn"),
                )
            ],
        )
        plan(
            "coach",
            None,
            sex="M",
            born=retiring(D(2019, 12, 1)),
            job=("Nhân viên bảo vệ", "none"),
            fates=[(D(2019, 12, 1), PeriodEnd.LEFT, RETIRED)],
        )
        plan(
            "road",
            "early",
            sex="M",
            born=retiring(D(2025, 3, 1)),
            job=("Công nhân bảo trì đường bộ", "elementary"),
            fates=[(D(2025, 3, 1), PeriodEnd.LEFT, RETIRED)],
        )
        plan(
            "road",
            "early",
            born=self.born("M", 1975, 1982),
            job=("Cán bộ kỹ thuật", "university"),
            fates=[(D(2018, 9, 1), "transfer", transfer("gtvt_inspectorate", "Thanh tra viên", inspectorate))],
        )
        plan(
            "inspection",
            None,
            born=self.born("M", 1985, 1990),
            job=("Đăng kiểm viên", "university"),
            fates=[(D(2021, 3, 1), "transfer", transfer("gtvt_office", "Chuyên viên", office))],
        )
        plan("inspection", None, born=self.born("M", 1986, 1990), job=("Đăng kiểm viên", "university"),
             fates=[(D(2025, 9, 15), "transfer", transfer("xd_tn", "Chuyên viên", "Sở Xây dựng tỉnh Thái Nguyên",
                                                          "Chuyển công tác sang Sở Xây dựng tỉnh Thái Nguyên"))])  # fmt: skip

        # Everyone else who came with the merger stays: as many Party members as each unit needs.
        for key, unit in units.items():
            present = [p for p in specials[key] if not p.leaves_transport_before(SEED_DAY)]
            early = unit["early"] - sum(p.tag == "early" for p in present)
            term = unit["term"] - sum(p.tag == "term" for p in present)
            others = unit["size"] - len(specials[key]) - early - term
            assert min(early, term, others) >= 0, key
            for tag in ["early"] * early + ["term"] * term + [None] * others:
                plan(key, tag, lead=tag == "early")

        # After the merger: hires, and one transfer in from the Department of Justice.
        for key, day, admitted in TRANSPORT_HIRES:
            sex = self.rng.choice("MF")
            plan(key, admitted, sex=sex, born=self.born(sex, 1991, 1998), joined=day, job=HIRE_JOBS[key],
                 union=f"gtvt_{key}")  # fmt: skip
        plan("inspectorate", "early", born=self.born("M", 1975, 1980), job=("Chuyên viên", "university"),
             joined=D(2005, 3, 1), union="tu_phap",
             fates=[(D(2019, 5, 1), "transfer", transfer("gtvt_inspectorate", "Thanh tra viên", inspectorate))])  # fmt: skip
        assert next(term_days, None) is None

    def _staff_job(self, unit):
        staff = JOBS[unit["jobs"]]["staff"]
        title, qualification, _weight = self.rng.choices(staff, [row[2] for row in staff])[0]
        return (title, qualification)

    def province_merger(self):
        """1/7/2025: Bắc Kạn merges into Thái Nguyên and the district level ends."""
        day = PROVINCE_MERGER_DAY
        self.tree_change(day, union_services.merge_organisation, "bk", into="tn", decision=D_PROVINCE_MERGER,
                         note="Hợp nhất theo Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh")  # fmt: skip
        for old, new in [("vc_bk", "vc_tn"), ("gd_bk", "gd_tn"), ("yt_bk", "yt_tn")]:
            self.tree_change(day, union_services.merge_organisation, old, into=new, decision=D_REORGANISATION)
        # The district People's Committee closes: its union ends, its members go to the new communes.
        for person in self.by_union["ubnd_cm"]:
            person.fates = [fate for fate in person.fates if fate[0] < day]
        self.timeline.at(day, Timeline.MEMBER, self._close_district_office)
        self.tree_change(day, union_services.dissolve_organisation, "ubnd_cm",
                         decision=decision("25/QĐ-LĐLĐ", D(2025, 6, 27), "Liên đoàn Lao động huyện Chợ Mới",
                                           "Giải thể Công đoàn cơ sở Cơ quan Ủy ban nhân dân huyện Chợ Mới"))  # fmt: skip
        for old in ("tp_bk", "cm", "bb"):
            self.tree_change(day, union_services.merge_organisation, old, into="tn", decision=D_REORGANISATION,
                             note="Kết thúc hoạt động công đoàn cấp huyện; công đoàn cơ sở trực thuộc chuyển về LĐLĐ tỉnh")  # fmt: skip

    def _close_district_office(self):
        for member in Member.objects.filter(organisation=self.orgs["ubnd_cm"], status=MemberStatus.ACTIVE):
            member_services.transfer_member(
                member, to=None, on=PROVINCE_MERGER_DAY,
                note="Chuyển công tác về Ủy ban nhân dân xã Chợ Mới khi kết thúc hoạt động cấp huyện",
            )  # fmt: skip

    def committees(self):
        """
        The transport union's executive committees: 2017–2022 (its first congress,
        16/6/2017, until the next one) and 2023–2028 (congress of 10/3/2023, with
        the nationwide round of grassroots congresses for 2023–2028).
        """
        named = {role: person.full_name for role, person in self.named.items()}
        gtvt = self._fresh("gtvt")

        def seat(role, position=Position.MEMBER, started_on=None, ended_on=None, term_ends_on=None):
            ended_on = ended_on or term_ends_on
            return {"full_name": named[role], "position": position, "started_on": started_on, "ended_on": ended_on}

        first_term_ends = NEXT_CONGRESS_DAY
        union_services.record_committee(
            gtvt, term_starts_on=FIRST_CONGRESS_DAY, term_ends_on=first_term_ends,
            decision=self._decision(decision("812/QĐ-LĐLĐ", D(2017, 6, 22), BK,
                                             f"Công nhận Ban Chấp hành {GTVT} nhiệm kỳ 2017–2022")),
            seats=[
                seat("chair_2017", Position.CHAIR, term_ends_on=first_term_ends),
                seat("vice_2017", Position.VICE_CHAIR, ended_on=D(2020, 4, 1)),
                seat("chair_2023", ended_on=D(2020, 4, 15)),
                seat("chair_2023", Position.VICE_CHAIR, started_on=D(2020, 4, 15), term_ends_on=first_term_ends),
                *(seat(role, term_ends_on=first_term_ends)
                  for role in ("vice_2023", "office_member", "coach_member", "inspection_member")),
            ],
        )  # fmt: skip
        union_services.record_committee(
            gtvt, term_starts_on=NEXT_CONGRESS_DAY,
            decision=self._decision(decision("356/QĐ-LĐLĐ", D(2023, 3, 17), BK,
                                             f"Công nhận Ban Chấp hành {GTVT} nhiệm kỳ 2023–2028")),
            seats=[
                seat("chair_2023", Position.CHAIR), seat("vice_2023", Position.VICE_CHAIR),
                seat("office_member"), seat("coach_member", ended_on=D(2024, 6, 1)), seat("inspection_member"),
                seat("correspondent"), seat("young_office"),
            ],
        )  # fmt: skip

    def logins(self):
        names = {"gtvt": self.named["chair_2023"].full_name, "gtvt_road": self.named["clerk"].full_name}
        User = get_user_model()
        for login in LOGINS:
            organisation = self._fresh(login["union"])
            user, _created = User.objects.get_or_create(username=login["username"])
            user.first_name, user.last_name = login["name"] or names[login["union"]], ""
            user.unit_name = organisation.name
            user.email = f"{login['username']}@congdoan.example.vn"
            user.organisation, user.union_role = organisation, login["union_role"]
            user.is_staff = user.is_superuser = False
            user.set_password(login["password"])
            user.save()


def registry_is_loaded():
    return Organisation.objects.filter(code=CONFEDERATION_CODE).exists()


@transaction.atomic
def load_registry_demo():
    """Build the demo union tree, members and logins. Returns False (and changes nothing) if already there."""
    if registry_is_loaded():
        return False
    RegistryDemo().build()
    return True
