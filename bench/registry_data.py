"""
Vocabulary of the registry bench's generated data (bench/registry_generate.py): the 63
provinces before the merger of 1/7/2025 and the 34 after it, their share of union members
and their ethnic make-up, Vietnamese names, and the kinds of grassroots union.

The figures are rough orders of magnitude, not statistics: they only need to make the
data skewed the way real data is (a few provinces and unions hold most members, most
members are Kinh, names follow the usual frequencies).
"""

# (citizen-ID code, name, relative share of union members, region, merged into on 1/7/2025)
# The code is that of the citizen ID (congdoan.vietnamese.citizen_id.PROVINCE_CODES).
# The 23 merged provinces keep the name of the first of their group; 11 did not change.
PROVINCES = [
    ("001", "Hà Nội", 90, "red_river", None),
    ("002", "Hà Giang", 4, "north_mountain", "008"),
    ("004", "Cao Bằng", 4, "north_mountain", None),
    ("006", "Bắc Kạn", 3, "north_mountain", "019"),
    ("008", "Tuyên Quang", 6, "north_mountain", None),
    ("010", "Lào Cai", 6, "north_mountain", None),
    ("011", "Điện Biên", 4, "north_mountain", None),
    ("012", "Lai Châu", 3, "north_mountain", None),
    ("014", "Sơn La", 6, "north_mountain", None),
    ("015", "Yên Bái", 6, "north_mountain", "010"),
    ("017", "Hòa Bình", 6, "north_mountain", "025"),
    ("019", "Thái Nguyên", 20, "north_mountain", None),
    ("020", "Lạng Sơn", 6, "north_mountain", None),
    ("022", "Quảng Ninh", 18, "red_river", None),
    ("024", "Bắc Giang", 25, "red_river", "027"),
    ("025", "Phú Thọ", 14, "red_river", None),
    ("026", "Vĩnh Phúc", 16, "red_river", "025"),
    ("027", "Bắc Ninh", 30, "red_river", None),
    ("030", "Hải Dương", 20, "red_river", "031"),
    ("031", "Hải Phòng", 28, "red_river", None),
    ("033", "Hưng Yên", 14, "red_river", None),
    ("034", "Thái Bình", 12, "red_river", "033"),
    ("035", "Hà Nam", 10, "red_river", "037"),
    ("036", "Nam Định", 14, "red_river", "037"),
    ("037", "Ninh Bình", 9, "red_river", None),
    ("038", "Thanh Hóa", 28, "north_central", None),
    ("040", "Nghệ An", 22, "north_central", None),
    ("042", "Hà Tĩnh", 10, "north_central", None),
    ("044", "Quảng Bình", 7, "north_central", "045"),
    ("045", "Quảng Trị", 6, "north_central", None),
    ("046", "Huế", 9, "central_coast", None),
    ("048", "Đà Nẵng", 15, "central_coast", None),
    ("049", "Quảng Nam", 14, "central_coast", "048"),
    ("051", "Quảng Ngãi", 9, "central_coast", None),
    ("052", "Bình Định", 11, "central_coast", "064"),
    ("054", "Phú Yên", 6, "central_coast", "066"),
    ("056", "Khánh Hòa", 10, "central_coast", None),
    ("058", "Ninh Thuận", 4, "central_coast", "056"),
    ("060", "Bình Thuận", 8, "central_coast", "068"),
    ("062", "Kon Tum", 4, "highlands", "051"),
    ("064", "Gia Lai", 8, "highlands", None),
    ("066", "Đắk Lắk", 10, "highlands", None),
    ("067", "Đắk Nông", 4, "highlands", "068"),
    ("068", "Lâm Đồng", 9, "highlands", None),
    ("070", "Bình Phước", 10, "southeast", "075"),
    ("072", "Tây Ninh", 14, "southeast", None),
    ("074", "Bình Dương", 70, "southeast", "079"),
    ("075", "Đồng Nai", 55, "southeast", None),
    ("077", "Bà Rịa - Vũng Tàu", 14, "southeast", "079"),
    ("079", "Hồ Chí Minh", 120, "southeast", None),
    ("080", "Long An", 25, "mekong", "072"),
    ("082", "Tiền Giang", 14, "mekong", "087"),
    ("083", "Bến Tre", 8, "mekong", "086"),
    ("084", "Trà Vinh", 8, "mekong", "086"),
    ("086", "Vĩnh Long", 6, "mekong", None),
    ("087", "Đồng Tháp", 8, "mekong", None),
    ("089", "An Giang", 9, "mekong", None),
    ("091", "Kiên Giang", 8, "mekong", "089"),
    ("092", "Cần Thơ", 10, "mekong", None),
    ("093", "Hậu Giang", 5, "mekong", "092"),
    ("094", "Sóc Trăng", 6, "mekong", "092"),
    ("095", "Bạc Liêu", 4, "mekong", "096"),
    ("096", "Cà Mau", 6, "mekong", None),
]
CITIES = {"001", "031", "046", "048", "079", "092"}

# Ethnic make-up of union members born in a province, as (GSO code, weight). Provinces
# not listed are almost all Kinh (MOSTLY_KINH).
MOSTLY_KINH = [("01", 985), ("04", 4), ("06", 3), ("02", 2), ("07", 2), ("05", 2), ("03", 1), ("17", 1)]
ETHNIC_MIX = {
    "002": [("08", 30), ("02", 23), ("09", 15), ("01", 20), ("07", 9), ("25", 2), ("43", 1)],
    "004": [("02", 40), ("07", 30), ("01", 10), ("08", 10), ("09", 9), ("15", 1)],
    "006": [("02", 52), ("01", 12), ("09", 17), ("07", 10), ("08", 7), ("15", 2)],
    "008": [("01", 45), ("02", 25), ("09", 11), ("15", 8), ("08", 4), ("07", 2), ("18", 2), ("03", 3)],
    "010": [("01", 35), ("08", 25), ("02", 15), ("09", 14), ("25", 5), ("07", 4), ("35", 2)],
    "011": [("03", 38), ("08", 35), ("01", 18), ("29", 3), ("09", 2), ("42", 1), ("35", 1), ("02", 2)],
    "012": [("03", 33), ("08", 24), ("01", 14), ("09", 13), ("35", 6), ("25", 4), ("42", 2), ("41", 2), ("29", 2)],
    "014": [("03", 53), ("01", 17), ("08", 15), ("06", 8), ("09", 2), ("29", 2), ("34", 1), ("33", 1), ("38", 1)],
    "015": [("01", 50), ("02", 19), ("09", 11), ("08", 10), ("03", 7), ("06", 2), ("07", 1)],
    "017": [("06", 63), ("01", 28), ("03", 4), ("02", 3), ("09", 2)],
    "019": [("01", 73), ("02", 11), ("07", 6), ("18", 3), ("15", 3), ("09", 2), ("08", 1), ("04", 1)],
    "020": [("07", 42), ("02", 35), ("01", 16), ("09", 3), ("15", 1), ("04", 1), ("08", 1)],
    "022": [("01", 88), ("09", 4), ("02", 3), ("18", 2), ("15", 1), ("04", 1), ("07", 1)],
    "024": [("01", 88), ("07", 4), ("02", 3), ("15", 2), ("18", 2), ("04", 1)],
    "025": [("01", 85), ("06", 13), ("09", 1), ("02", 1)],
    "026": [("01", 97), ("18", 2), ("06", 1)],
    "037": [("01", 97), ("06", 3)],
    "038": [("01", 84), ("06", 9), ("03", 6), ("08", 1)],
    "040": [("01", 86), ("03", 10), ("29", 1), ("08", 1), ("06", 1), ("44", 1)],
    "044": [("01", 97), ("23", 2), ("44", 1)],
    "045": [("01", 91), ("23", 6), ("31", 3)],
    "046": [("01", 97), ("31", 2), ("26", 1)],
    "049": [("01", 92), ("26", 4), ("27", 2), ("14", 2)],
    "051": [("01", 88), ("19", 9), ("30", 2), ("14", 1)],
    "052": [("01", 98), ("13", 1), ("17", 1)],
    "054": [("01", 95), ("12", 2), ("17", 2), ("13", 1)],
    "056": [("01", 95), ("21", 4), ("17", 1)],
    "058": [("01", 76), ("17", 13), ("21", 10), ("04", 1)],
    "060": [("01", 94), ("17", 3), ("21", 2), ("04", 1)],
    "062": [
        ("01", 47),
        ("14", 25),
        ("13", 13),
        ("27", 8),
        ("52", 1),
        ("54", 1),
        ("19", 1),
        ("08", 1),
        ("02", 1),
        ("07", 2),
    ],
    "064": [("01", 54), ("10", 33), ("13", 10), ("07", 1), ("02", 1), ("08", 1)],
    "066": [
        ("01", 67),
        ("12", 18),
        ("07", 4),
        ("02", 3),
        ("20", 2),
        ("03", 2),
        ("08", 1),
        ("09", 1),
        ("06", 1),
        ("10", 1),
    ],
    "067": [("01", 68), ("20", 10), ("07", 6), ("08", 5), ("02", 5), ("09", 3), ("12", 2), ("28", 1)],
    "068": [("01", 77), ("16", 12), ("28", 3), ("07", 2), ("02", 2), ("36", 2), ("08", 1), ("04", 1)],
    "070": [("01", 82), ("22", 9), ("05", 2), ("02", 2), ("07", 2), ("20", 1), ("04", 1), ("08", 1)],
    "072": [("01", 98), ("05", 1), ("04", 1)],
    "074": [("01", 97), ("04", 1), ("05", 1), ("07", 1)],
    "075": [("01", 92), ("04", 4), ("07", 2), ("02", 1), ("32", 1)],
    "077": [("01", 97), ("32", 1), ("04", 1), ("05", 1)],
    "079": [("01", 93), ("04", 5), ("05", 1), ("07", 1)],
    "084": [("01", 66), ("05", 32), ("04", 2)],
    "086": [("01", 97), ("05", 2), ("04", 1)],
    "089": [("01", 94), ("05", 4), ("17", 1), ("04", 1)],
    "091": [("01", 84), ("05", 12), ("04", 2), ("17", 1), ("02", 1)],
    "092": [("01", 97), ("05", 2), ("04", 1)],
    "093": [("01", 96), ("05", 3), ("04", 1)],
    "094": [("01", 64), ("05", 30), ("04", 5), ("17", 1)],
    "095": [("01", 89), ("05", 8), ("04", 3)],
    "096": [("01", 97), ("05", 2), ("04", 1)],
}

# Family names of Kinh people with their rough frequency (per thousand).
KINH_FAMILY_NAMES = [
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 71), ("Hoàng", 31), ("Huỳnh", 20), ("Phan", 45),
    ("Vũ", 22), ("Võ", 17), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
    ("Lý", 5), ("Đinh", 6), ("Đào", 5), ("Trịnh", 5), ("Mai", 4), ("Trương", 5), ("Lưu", 3), ("Lâm", 3),
    ("Tô", 2), ("Hà", 4), ("Cao", 3), ("Chu", 2), ("Tạ", 2), ("La", 1), ("Kiều", 1), ("Thái", 2),
    ("Quách", 1), ("Lương", 3), ("Vương", 1), ("Đoàn", 4), ("Phùng", 2), ("Triệu", 1), ("Lại", 1), ("Tăng", 1),
    ("Châu", 2), ("Văn", 1), ("Khúc", 1), ("Thân", 1), ("Giang", 1), ("Doãn", 1), ("Âu", 1), ("Ông", 1),
]  # fmt: skip
# Family names by ethnic group; groups not listed use the Kinh ones.
ETHNIC_FAMILY_NAMES = {
    "02": ["Hoàng", "Nông", "Lục", "Hà", "Ma", "Bế", "Lương", "Đàm", "Triệu", "Lý", "Nguyễn"],
    "07": ["Hoàng", "Nông", "Lăng", "Lương", "Vy", "Lục", "Triệu", "Chu", "Mã", "Hứa"],
    "03": ["Lò", "Lường", "Cầm", "Quàng", "Tòng", "Vi", "Hà", "Điêu", "Lộc", "Lự"],
    "06": ["Bùi", "Đinh", "Quách", "Hà", "Xa", "Bạch"],
    "08": ["Giàng", "Sùng", "Vàng", "Thào", "Hờ", "Lý", "Mùa", "Lầu", "Vừ", "Ly"],
    "09": ["Triệu", "Bàn", "Đặng", "Lý", "Phàn", "Chảo", "Tẩn"],
    "05": ["Thạch", "Sơn", "Kim", "Danh", "Lâm", "Lý", "Châu", "Dương", "Trần"],
    "04": ["Lâm", "Trương", "Lý", "Quách", "Mạc", "Tăng", "Huỳnh", "Lưu", "Diệp", "Hứa"],
    "17": ["Đàng", "Thuận", "Quảng", "Từ", "Thông", "Lộ", "Châu"],
    "10": ["Siu", "Rơ Châm", "Ksor", "Nay", "Rơ Mah", "Kpă", "Rahlan"],
    "12": ["Niê", "Mlô", "Ayun", "Byă", "Êban", "Adrơng", "Buôn Yă"],
    "13": ["Đinh", "Y", "A"],
    "14": ["A", "Y", "Đinh"],
    "16": ["K'", "Ka", "Kơ Să", "Liêng"],
    "20": ["Điểu", "Y", "K'"],
    "22": ["Điểu", "Lâm"],
    "23": ["Hồ", "Hồ Văn", "Lê"],
    "31": ["Hồ", "Kăn", "Pả"],
    "26": ["Alăng", "Bríu", "Pơloong", "Zơrâm"],
}
# Groups whose names have no middle name and given names of their own.
HIGHLAND_GROUPS = frozenset({"10", "12", "13", "14", "16", "20", "22"})
HIGHLAND_GIVEN = {
    "M": ["Y Moan", "Y Thơ", "Blơi", "Hyưk", "Thuân", "Kpuih", "Brông", "Tơ", "Y Sơn", "Y Khoa", "Ama"],
    "F": ["H'Lan", "H'Nga", "H'Hen", "Blih", "H'Yơn", "H'Linh", "H'Mai", "Nay Thị", "H'Loan", "Hơ Lan"],
}
HMONG_MIDDLE = {"M": [("A", 6), ("Văn", 2), ("Seo", 1)], "F": [("Thị", 8), ("Thị Mỷ", 1)]}
HMONG_GIVEN = {
    "M": ["Páo", "Chứ", "Dính", "Sử", "Lử", "Tủa", "Pháy", "Chính", "Dơ", "Sùng", "Nhà", "Sình"],
    "F": ["Mỷ", "Dợ", "Mai", "Sua", "Mua", "Già", "Dế", "Chở", "Pằng", "Say"],
}

MIDDLE_NAMES = {
    "M": [
        ("Văn", 380), ("Đức", 60), ("Minh", 70), ("Quang", 40), ("Hữu", 45), ("Thanh", 40), ("Ngọc", 30),
        ("Công", 35), ("Xuân", 25), ("Đình", 35), ("Trọng", 20), ("Quốc", 30), ("Anh", 20), ("Tiến", 15),
        ("Hoàng", 20), ("Mạnh", 15), ("Thế", 20), ("Duy", 20), ("Bá", 10), ("Gia", 10), ("Hải", 10),
        ("Trung", 10), ("Tuấn", 5), ("Nhật", 10), ("", 5),
    ],
    "F": [
        ("Thị", 520), ("Ngọc", 60), ("Thu", 40), ("Thanh", 35), ("Kim", 30), ("Minh", 20), ("Phương", 20),
        ("Hồng", 25), ("Thúy", 15), ("Bích", 15), ("Mỹ", 15), ("Diệu", 10), ("Khánh", 10), ("Hoài", 10),
        ("Quỳnh", 10), ("Bảo", 10), ("Thùy", 15), ("Tuyết", 5), ("Hải", 10), ("Thị Thu", 25), ("Thị Kim", 15),
        ("Thị Thanh", 20), ("Thị Hồng", 15), ("Thị Ngọc", 10), ("Hà", 5), ("", 5),
    ],
}  # fmt: skip
GIVEN_NAMES = {
    "M": [
        "Anh", "Bảo", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy",
        "Khánh", "Khoa", "Kiên", "Long", "Lâm", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Quân", "Sơn",
        "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Hậu",
        "Tâm", "Thiện", "Lộc", "Tú", "Trọng", "Thông", "Khải", "Lợi", "Hòa", "An", "Chiến", "Công", "Định",
        "Hiệp", "Hoan", "Lực", "Mạnh", "Ngọc", "Phương", "Quý", "Sang", "Tiến", "Trí", "Tường", "Vương", "Ý",
    ],
    "F": [
        "Anh", "Ánh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ",
        "Hương", "Hường", "Lan", "Liên", "Linh", "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung",
        "Oanh", "Phương", "Quyên", "Quỳnh", "Thảo", "Thu", "Thủy", "Thúy", "Trang", "Trâm", "Uyên", "Vân",
        "Xuân", "Yến", "Nhàn", "Hậu", "Lý", "Mến", "Tuyết", "Thơm", "Nhi", "Vy", "Diễm", "Hoài", "Huyền", "Lụa",
        "Lài", "Thắm", "Hiên", "Ngà", "Phượng", "Sen", "Đào", "Ánh Tuyết",
    ],
}  # fmt: skip

# Syllables of made-up place and company names.
PLACE_SYLLABLES = [
    "Tân", "Phú", "An", "Bình", "Hòa", "Long", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Thịnh", "Xuân",
    "Mỹ", "Vĩnh", "Phước", "Lộc", "Sơn", "Trung", "Quang", "Minh", "Đức", "Thành", "Lợi", "Khánh", "Hải",
    "Tiến", "Yên", "Cát", "Châu", "Gia", "Hiệp", "Kim", "Lạc", "Lâm", "Ninh", "Phong", "Quý", "Tường", "Vạn",
    "Thuận", "Hợp", "Đại", "Thượng", "Hạ", "Cẩm", "Định", "Điền", "Hồng", "Liên", "Ngọc", "Thái", "Tuy",
]  # fmt: skip
COMPANY_TRADES = [
    "May mặc", "Điện tử", "Giày da", "Cơ khí", "Thực phẩm", "Xây dựng", "Dệt may", "Chế biến gỗ", "Thủy sản",
    "Bao bì", "Nhựa", "Dược phẩm", "Vận tải", "Thương mại", "Xi măng", "Gạch men", "Linh kiện", "Cao su",
    "Phân bón", "Đồ gỗ", "Thép", "Bia", "Sữa", "In", "Môi trường đô thị", "Cấp thoát nước", "Điện lực",
]  # fmt: skip
FOREIGN_BRANDS = [
    "Hansol", "Changshin", "Pouchen", "Taekwang", "Shinwon", "Youngone", "Hwaseung", "Seyang", "Fuluh",
    "Kyungbang", "Daewon", "Nitori", "Meiko", "Foster", "Sunjin", "Kido", "Eurowindow",
]  # fmt: skip
COMPANY_FORMS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Công ty TNHH", "Chi nhánh Công ty"]

# Kinds of grassroots union: name pattern, job titles, workplace units, share of women
# (alpha, beta of a beta distribution), share of Party members, qualification weights.
QUALIFICATIONS = ["none", "elementary", "intermediate", "college", "university", "master", "doctorate"]
UNION_KINDS = {
    "factory": {
        "jobs": [("Công nhân", 80), ("Tổ trưởng", 5), ("Kỹ thuật viên", 5), ("Nhân viên văn phòng", 4),
                 ("Kế toán", 2), ("Kỹ sư", 2), ("Quản đốc", 1), ("Thủ kho", 1)],
        "units": ["Xưởng may 1", "Xưởng may 2", "Xưởng cắt", "Xưởng hoàn thiện", "Tổ kiểm hàng", "Phòng Kế toán",
                  "Phòng Nhân sự", "Kho vật tư", "Tổ bảo trì", "Dây chuyền 3", "Dây chuyền 5", "Ca A", "Ca B"],
        "women": (8, 3),
        "party": 0.03,
        "qualifications": [40, 22, 15, 10, 12, 1, 0],
    },
    "company": {
        "jobs": [("Công nhân", 55), ("Nhân viên", 20), ("Kỹ sư", 8), ("Kế toán", 5), ("Lái xe", 4),
                 ("Tổ trưởng", 4), ("Trưởng phòng", 2), ("Bảo vệ", 2)],
        "units": ["Phòng Kỹ thuật", "Phòng Kinh doanh", "Phòng Tài chính - Kế toán", "Đội thi công 1",
                  "Đội thi công 2", "Xí nghiệp 1", "Phân xưởng sản xuất", "Đội xe"],
        "women": (3, 4),
        "party": 0.08,
        "qualifications": [25, 18, 18, 14, 23, 2, 0],
    },
    "school": {
        "name": "Trường {school} {place}",
        "jobs": [("Giáo viên", 82), ("Nhân viên", 8), ("Kế toán", 2), ("Hiệu trưởng", 2), ("Phó Hiệu trưởng", 3),
                 ("Bảo vệ", 2), ("Thủ thư", 1)],
        "units": ["Tổ Toán", "Tổ Ngữ văn", "Tổ Ngoại ngữ", "Tổ Khoa học tự nhiên", "Tổ Văn phòng", "Tổ Tiểu học 1",
                  "Tổ Mầm non", "Tổ Lịch sử - Địa lý"],
        "women": (7, 3),
        "party": 0.32,
        "qualifications": [1, 0, 6, 18, 68, 7, 0],
    },
    "hospital": {
        "jobs": [("Điều dưỡng", 40), ("Bác sĩ", 22), ("Kỹ thuật viên", 10), ("Dược sĩ", 6), ("Hộ lý", 8),
                 ("Nhân viên", 10), ("Kế toán", 2), ("Hộ sinh", 2)],
        "units": ["Khoa Nội", "Khoa Ngoại", "Khoa Nhi", "Khoa Sản", "Khoa Cấp cứu", "Khoa Dược",
                  "Khoa Xét nghiệm", "Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng", "Khoa Chẩn đoán hình ảnh"],
        "women": (7, 3),
        "party": 0.25,
        "qualifications": [2, 3, 22, 25, 38, 8, 2],
    },
    "agency": {
        "jobs": [("Chuyên viên", 55), ("Cán sự", 10), ("Nhân viên", 15), ("Kế toán", 5), ("Trưởng phòng", 5),
                 ("Phó Trưởng phòng", 5), ("Văn thư", 3), ("Lái xe", 2)],
        "units": ["Văn phòng", "Phòng Tài chính", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Kinh tế",
                  "Phòng Văn hóa - Xã hội", "Bộ phận Một cửa", "Phòng Tổ chức cán bộ"],
        "women": (5, 5),
        "party": 0.55,
        "qualifications": [1, 1, 5, 8, 72, 12, 1],
    },
}  # fmt: skip
SCHOOL_LEVELS = ["Mầm non", "Tiểu học", "THCS", "THPT", "Mầm non", "Tiểu học", "THCS"]
HOSPITAL_NAMES = ["Bệnh viện Đa khoa", "Trung tâm Y tế", "Bệnh viện Đa khoa khu vực", "Bệnh viện Sản - Nhi",
                  "Bệnh viện Y học cổ truyền", "Trạm Y tế xã"]  # fmt: skip
AGENCY_NAMES = ["Ủy ban nhân dân xã", "Ủy ban nhân dân phường", "Kho bạc Nhà nước khu vực", "Chi cục Thuế khu vực",
                "Văn phòng Đăng ký đất đai chi nhánh", "Trung tâm Phục vụ hành chính công", "Đảng ủy xã",
                "Bảo hiểm xã hội cơ sở"]  # fmt: skip
UPPER_KINDS = [
    "Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế", "Công đoàn Viên chức", "Công đoàn các Khu công nghiệp",
    "Công đoàn ngành Xây dựng", "Công đoàn ngành Công Thương", "Công đoàn ngành Nông nghiệp và Môi trường",
    "Công đoàn ngành Giao thông vận tải", "Công đoàn Khu kinh tế",
]  # fmt: skip

RELIGIONS = [
    ("none", 800), ("buddhism", 100), ("catholicism", 60), ("protestantism", 10), ("cao_dai", 15),
    ("hoa_hao", 10), ("other", 5),
]  # fmt: skip
EDUCATION = [("upper_secondary", 85), ("lower_secondary", 12), ("primary", 3)]
PARTY_THEORY = [("elementary", 60), ("intermediate", 30), ("advanced", 4), ("", 6)]
