"""Demo content for the congdoan portal.

Pure data module (no Django imports). It is consumed by the demo-loading
management command, which builds the page tree, slogans, slides and news
articles from the structures defined here.

Conventions:
- Dates are strings in Vietnam local time: "dd/mm/yyyy" for day-only values,
  "dd/mm/yyyy HH:MM" for article publication times.
- Article body blocks are tuples:
    ("paragraph", text)
    ("heading", text)
    ("list", [item, ...])
    ("quote", text, attribution)
    ("image", caption, hex_colour)   # image is generated locally
- All user-facing text is Vietnamese, NFC-normalised.
"""

# ---------------------------------------------------------------------------
# Federation (site-wide settings)
# ---------------------------------------------------------------------------

FEDERATION = {
    "name": "Liên đoàn Lao động tỉnh Bắc Kạn",
    "short_name": "LĐLĐ tỉnh Bắc Kạn",
    "address": "Số 8 đường Trường Chinh, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn",
    "phone": "0209 3870 268",
    "email": "lienhe@congdoan.example.vn",
    "website": "congdoan.example.vn",
    "related_portals": [
        ("Tổng Liên đoàn Lao động Việt Nam", "https://congdoan.vn"),
        ("Báo Lao Động", "https://laodong.vn"),
        ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
        ("Cổng thông tin điện tử tỉnh Bắc Kạn", "https://backan.gov.vn"),
    ],
}

# ---------------------------------------------------------------------------
# Site tree under the home page
# kind: "category" (news index), "standard" (static page), "contact"
# ---------------------------------------------------------------------------

MENU = [
    {
        "title": "Giới thiệu",
        "slug": "gioi-thieu",
        "kind": "standard",
        "intro": "Thông tin chung về Liên đoàn Lao động tỉnh Bắc Kạn: quá trình hình thành, cơ cấu tổ chức và chức năng, nhiệm vụ.",
        "body": [
            "Liên đoàn Lao động tỉnh Bắc Kạn là tổ chức chính trị – xã hội của giai cấp công nhân và người lao động trên địa bàn tỉnh, là cấp trên trực tiếp của các công đoàn ngành, công đoàn huyện, thành phố và nhiều công đoàn cơ sở trực thuộc. Liên đoàn hoạt động theo Luật Công đoàn, Điều lệ Công đoàn Việt Nam, dưới sự lãnh đạo của Tỉnh ủy và sự chỉ đạo trực tiếp của Tổng Liên đoàn Lao động Việt Nam.",
            "Trải qua nhiều chặng đường phát triển, các cấp công đoàn trong tỉnh luôn lấy việc đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động làm nhiệm vụ trọng tâm. Công đoàn đồng hành cùng chính quyền, người sử dụng lao động xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ.",
            "Trang thông tin điện tử của Liên đoàn là kênh chính thức cung cấp tin tức về hoạt động công đoàn, chính sách pháp luật liên quan đến người lao động và các văn bản chỉ đạo, hướng dẫn của tổ chức công đoàn. Mọi ý kiến đóng góp của bạn đọc xin gửi về Văn phòng Liên đoàn Lao động tỉnh.",
        ],
        "children": [
            {
                "title": "Lịch sử hình thành",
                "slug": "lich-su-hinh-thanh",
                "kind": "standard",
                "intro": "Những dấu mốc trong quá trình xây dựng và trưởng thành của tổ chức Công đoàn tỉnh Bắc Kạn.",
                "body": [
                    "Phong trào công nhân và tổ chức công đoàn ở Bắc Kạn gắn liền với lịch sử đấu tranh cách mạng của nhân dân các dân tộc trong tỉnh. Ngay từ những năm kháng chiến, những người thợ mỏ, thợ rèn, công nhân các xưởng quân giới ở vùng căn cứ địa Việt Bắc đã được tập hợp, tổ chức để phục vụ sản xuất và chiến đấu.",
                    "Năm 1965, tỉnh Bắc Kạn hợp nhất với tỉnh Thái Nguyên thành tỉnh Bắc Thái; tổ chức công đoàn của hai địa phương cũng được hợp nhất và hoạt động trong Liên hiệp Công đoàn tỉnh Bắc Thái, sau này là Liên đoàn Lao động tỉnh Bắc Thái. Trong suốt hơn ba mươi năm đó, công nhân, viên chức, lao động vùng Bắc Kạn luôn là lực lượng nòng cốt trong xây dựng kinh tế, bảo vệ vùng biên cương phía Bắc.",
                    "Ngày 01/01/1997, tỉnh Bắc Kạn được tái lập. Cùng với sự ra đời của bộ máy chính quyền, Liên đoàn Lao động tỉnh Bắc Kạn được thành lập, bắt tay xây dựng tổ chức từ những ngày đầu còn thiếu thốn về cơ sở vật chất, cán bộ chuyên trách và số lượng đoàn viên còn khiêm tốn.",
                    "Qua các kỳ đại hội, tổ chức công đoàn tỉnh không ngừng lớn mạnh. Số công đoàn cơ sở và đoàn viên tăng dần qua từng nhiệm kỳ, nhất là ở khu vực doanh nghiệp ngoài nhà nước; nhiều mô hình chăm lo đời sống đoàn viên như “Mái ấm Công đoàn”, “Tết Sum vầy”, “Chợ Tết Công đoàn” được duy trì thường xuyên và lan tỏa.",
                    "Ghi nhận những đóng góp đó, Liên đoàn Lao động tỉnh và nhiều công đoàn cơ sở đã được Đảng, Nhà nước, Tổng Liên đoàn Lao động Việt Nam và Ủy ban nhân dân tỉnh tặng thưởng nhiều phần thưởng cao quý. Đây là nền tảng để các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động trong giai đoạn mới.",
                ],
                "children": [],
            },
            {
                "title": "Cơ cấu tổ chức",
                "slug": "co-cau-to-chuc",
                "kind": "standard",
                "intro": "Hệ thống tổ chức và bộ máy cơ quan chuyên trách của Liên đoàn Lao động tỉnh.",
                "body": [
                    "Cơ quan lãnh đạo cao nhất của Liên đoàn Lao động tỉnh giữa hai kỳ đại hội là Ban Chấp hành, do Đại hội Công đoàn tỉnh bầu ra. Ban Chấp hành bầu Ban Thường vụ, Chủ tịch, các Phó Chủ tịch và Ủy ban Kiểm tra để điều hành, kiểm tra hoạt động theo quy định của Điều lệ Công đoàn Việt Nam.",
                    "Giúp việc cho Ban Chấp hành, Ban Thường vụ là các ban chuyên môn gồm: Văn phòng; Ban Tổ chức; Ban Tuyên giáo; Ban Nữ công; Ban Chính sách – Pháp luật; Ban Tài chính và cơ quan Ủy ban Kiểm tra. Ngoài ra, Liên đoàn có Trung tâm Tư vấn pháp luật Công đoàn tỉnh làm nhiệm vụ tư vấn, hỗ trợ pháp lý miễn phí cho đoàn viên, người lao động.",
                    "Các công đoàn cấp trên trực tiếp cơ sở gồm Liên đoàn Lao động các huyện, thành phố, Công đoàn Viên chức tỉnh, Công đoàn ngành Giáo dục, Công đoàn ngành Y tế và một số công đoàn ngành khác. Đây là các đơn vị trực tiếp hướng dẫn, chỉ đạo hoạt động của công đoàn cơ sở trong cơ quan, đơn vị, doanh nghiệp.",
                    "Công đoàn cơ sở là nền tảng của tổ chức công đoàn, nơi trực tiếp tập hợp, đại diện và chăm lo cho đoàn viên. Dưới công đoàn cơ sở có các công đoàn bộ phận và tổ công đoàn, bảo đảm hoạt động công đoàn đến được từng người lao động.",
                    "Thực hiện chủ trương của Đảng về sắp xếp, tinh gọn tổ chức bộ máy và sắp xếp đơn vị hành chính năm 2025, hệ thống tổ chức công đoàn trong tỉnh được điều chỉnh theo hướng dẫn của Tổng Liên đoàn Lao động Việt Nam, bảo đảm không để gián đoạn việc chăm lo, bảo vệ đoàn viên, người lao động.",
                ],
                "children": [],
            },
            {
                "title": "Chức năng, nhiệm vụ",
                "slug": "chuc-nang-nhiem-vu",
                "kind": "standard",
                "intro": "Chức năng, nhiệm vụ của tổ chức công đoàn theo Luật Công đoàn và Điều lệ Công đoàn Việt Nam.",
                "body": [
                    "Công đoàn có chức năng đại diện, chăm lo và bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động; tham gia quản lý nhà nước, quản lý kinh tế – xã hội; tham gia thanh tra, kiểm tra, giám sát hoạt động của cơ quan, tổ chức, đơn vị, doanh nghiệp về những vấn đề liên quan đến quyền, nghĩa vụ của người lao động.",
                    "Liên đoàn Lao động tỉnh có nhiệm vụ tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước; vận động đoàn viên, người lao động học tập nâng cao trình độ chính trị, chuyên môn, kỹ năng nghề nghiệp, chấp hành kỷ luật lao động và tích cực tham gia các phong trào thi đua yêu nước.",
                    "Liên đoàn chỉ đạo, hướng dẫn các công đoàn cấp dưới đối thoại, thương lượng tập thể, ký kết và giám sát thực hiện thỏa ước lao động tập thể; tổ chức tư vấn pháp luật, tham gia giải quyết tranh chấp lao động; đại diện cho người lao động khởi kiện tại tòa án khi quyền, lợi ích hợp pháp của họ bị xâm phạm theo quy định của pháp luật.",
                    "Các cấp công đoàn còn có nhiệm vụ phát triển đoàn viên, thành lập công đoàn cơ sở, xây dựng tổ chức công đoàn vững mạnh; tham gia xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh, trong đó có việc bồi dưỡng, giới thiệu đoàn viên ưu tú cho tổ chức Đảng xem xét, kết nạp.",
                ],
                "children": [],
            },
        ],
    },
    {
        "title": "Tin tức - Sự kiện",
        "slug": "tin-tuc-su-kien",
        "kind": "category",
        "intro": "Tin tức, sự kiện nổi bật về hoạt động công đoàn trong tỉnh và trên cả nước.",
        "children": [
            {
                "title": "Tin trong tỉnh",
                "slug": "tin-trong-tinh",
                "kind": "category",
                "intro": "Thông tin về các hoạt động của Liên đoàn Lao động tỉnh và các cấp công đoàn trên địa bàn.",
                "children": [],
            },
            {
                "title": "Tin trong nước",
                "slug": "tin-trong-nuoc",
                "kind": "category",
                "intro": "Những sự kiện đáng chú ý của tổ chức Công đoàn Việt Nam và phong trào công nhân cả nước.",
                "children": [],
            },
        ],
    },
    {
        "title": "Hoạt động công đoàn",
        "slug": "hoat-dong-cong-doan",
        "kind": "category",
        "intro": "Phản ánh hoạt động của công đoàn cơ sở, các phong trào thi đua và công tác chăm lo đời sống đoàn viên.",
        "children": [
            {
                "title": "Công đoàn cơ sở",
                "slug": "cong-doan-co-so",
                "kind": "category",
                "intro": "Hoạt động, mô hình hay và kinh nghiệm của các công đoàn cơ sở trong tỉnh.",
                "children": [],
            },
            {
                "title": "Phong trào thi đua",
                "slug": "phong-trao-thi-dua",
                "kind": "category",
                "intro": "Các phong trào thi đua yêu nước trong công nhân, viên chức, lao động và những gương điển hình tiên tiến.",
                "children": [],
            },
            {
                "title": "Chăm lo đời sống đoàn viên",
                "slug": "cham-lo-doi-song",
                "kind": "category",
                "intro": "Các chương trình chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động.",
                "children": [],
            },
        ],
    },
    {
        "title": "Xây dựng Đảng",
        "slug": "xay-dung-dang",
        "kind": "category",
        "intro": "Công đoàn tham gia xây dựng Đảng, giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp.",
        "children": [],
    },
    {
        "title": "Chính sách pháp luật",
        "slug": "chinh-sach-phap-luat",
        "kind": "category",
        "intro": "Phổ biến chính sách, pháp luật liên quan trực tiếp đến đoàn viên, người lao động.",
        "children": [
            {
                "title": "Văn bản mới",
                "slug": "van-ban-moi",
                "kind": "category",
                "intro": "Giới thiệu những luật, nghị định, thông tư mới ban hành có liên quan đến người lao động.",
                "children": [],
            },
            {
                "title": "Hỏi đáp pháp luật",
                "slug": "hoi-dap-phap-luat",
                "kind": "category",
                "intro": "Giải đáp thắc mắc của đoàn viên, người lao động về lao động, việc làm, tiền lương và bảo hiểm xã hội.",
                "children": [],
            },
        ],
    },
    {
        "title": "Văn bản",
        "slug": "van-ban",
        "kind": "category",
        "intro": "Kế hoạch, hướng dẫn, chương trình công tác do Liên đoàn Lao động tỉnh ban hành.",
        "children": [],
    },
    {
        "title": "Liên hệ",
        "slug": "lien-he",
        "kind": "contact",
        "intro": "Mọi ý kiến đóng góp, phản ánh, đề nghị tư vấn pháp luật của đoàn viên, người lao động và bạn đọc xin gửi về Văn phòng Liên đoàn Lao động tỉnh Bắc Kạn qua địa chỉ, điện thoại, thư điện tử dưới đây hoặc điền vào mẫu liên hệ. Chúng tôi sẽ tiếp nhận và phản hồi trong thời gian sớm nhất.",
        "children": [],
    },
]

# ---------------------------------------------------------------------------
# Running slogans (marquee); end=None means no end date
# ---------------------------------------------------------------------------

SLOGANS = [
    {
        "text": "Công đoàn Việt Nam là tổ chức của người lao động, do người lao động, vì người lao động!",
        "start": "01/01/2024",
        "end": None,
    },
    {
        "text": "Vì một tổ chức Công đoàn vững mạnh, đổi mới, dân chủ, đoàn kết, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động!",
        "start": "01/01/2025",
        "end": None,
    },
    {
        "text": "Giai cấp công nhân Việt Nam đoàn kết, sáng tạo, xây dựng đất nước phồn vinh, hạnh phúc!",
        "start": "01/03/2025",
        "end": "31/12/2027",
    },
    {
        "text": "An toàn để lao động, lao động phải an toàn!",
        "start": "01/04/2026",
        "end": None,
    },
    {
        "text": "Đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo” trong công nhân, viên chức, lao động!",
        "start": "01/01/2026",
        "end": "31/12/2027",
    },
    {
        "text": "Nhiệt liệt chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2026)!",
        "start": "01/07/2026",
        "end": "31/01/2027",
    },
    {
        "text": "Nhiệt liệt chào mừng Đại hội Công đoàn tỉnh Bắc Kạn nhiệm kỳ 2023 – 2028!",
        "start": "01/05/2023",
        "end": "30/09/2023",
    },
    {
        "text": "Chào mừng Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 – 2028 thành công tốt đẹp!",
        "start": "01/10/2023",
        "end": "31/12/2023",
    },
]

# ---------------------------------------------------------------------------
# Home page slider; images are generated locally from "colour"
# ---------------------------------------------------------------------------

SLIDES = [
    {
        "caption": "Công đoàn đồng hành cùng người lao động vì việc làm bền vững, thu nhập ổn định",
        "link_slug": "tin-trong-tinh",
        "colour": "#0b4f9c",
        "start": "01/01/2025",
        "end": None,
    },
    {
        "caption": "Giới thiệu đoàn viên ưu tú cho Đảng – nhiệm vụ thường xuyên của các cấp công đoàn",
        "link_slug": "xay-dung-dang",
        "colour": "#b71c1c",
        "start": "01/01/2025",
        "end": None,
    },
    {
        "caption": "Mái ấm Công đoàn – điểm tựa cho đoàn viên có hoàn cảnh khó khăn",
        "link_slug": "cham-lo-doi-song",
        "colour": "#e65100",
        "start": "01/01/2025",
        "end": None,
    },
    {
        "caption": "Lan tỏa phong trào “Lao động giỏi, lao động sáng tạo” trong công nhân, viên chức, lao động",
        "link_slug": "phong-trao-thi-dua",
        "colour": "#1b5e20",
        "start": "01/01/2025",
        "end": None,
    },
    {
        "caption": "Tìm hiểu Luật Công đoàn năm 2024 và các chính sách mới cho người lao động",
        "link_slug": "chinh-sach-phap-luat",
        "colour": "#4a148c",
        "start": "01/01/2025",
        "end": None,
    },
]

# ---------------------------------------------------------------------------
# News articles
# ---------------------------------------------------------------------------

ARTICLES = [
    # ------------------------------------------------------------------
    # Tin trong tỉnh
    # ------------------------------------------------------------------
    {
        "category": "tin-trong-tinh",
        "title": "Phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2019",
        "lead": "Sáng 28/4, Liên đoàn Lao động tỉnh phối hợp với Sở Lao động – Thương binh và Xã hội tổ chức Lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2019 tại thành phố Bắc Kạn.",
        "published": "28/04/2019 10:15",
        "author": "Hồng Vân",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Tham dự buổi lễ có đại diện lãnh đạo Tỉnh ủy, Ủy ban nhân dân tỉnh, các sở, ngành liên quan cùng gần 500 đoàn viên, công nhân lao động đến từ các doanh nghiệp, đơn vị trên địa bàn. Đây là hoạt động mở đầu cho chuỗi sự kiện hướng về người lao động diễn ra trong suốt tháng Năm ở tất cả các huyện, thành phố. Ban tổ chức cũng bố trí khu vực để công nhân đăng ký tư vấn pháp luật miễn phí ngay tại buổi lễ.",
            ),
            (
                "paragraph",
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Liên đoàn Lao động tỉnh nhấn mạnh, Tháng Công nhân là dịp để các cấp công đoàn, người sử dụng lao động và chính quyền cùng nhìn lại việc thực hiện chế độ, chính sách đối với người lao động. Mỗi hoạt động trong tháng phải thiết thực, hướng về cơ sở, tránh hình thức, phô trương. Đồng thời, người sử dụng lao động được đề nghị quan tâm cải thiện điều kiện làm việc, bảo đảm an toàn cho người lao động từ những việc nhỏ nhất.",
            ),
            ("heading", "Nhiều hoạt động thiết thực hướng về cơ sở"),
            (
                "list",
                [
                    "Thăm hỏi, tặng quà đoàn viên, công nhân lao động có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh nghề nghiệp;",
                    "Tổ chức đối thoại giữa lãnh đạo tỉnh, huyện với công nhân lao động về việc làm, thu nhập, nhà ở;",
                    "Kiểm tra, giám sát việc thực hiện pháp luật về an toàn, vệ sinh lao động tại doanh nghiệp;",
                    "Tuyên truyền, phổ biến kiến thức phòng chống cháy nổ, sơ cấp cứu ban đầu cho người lao động.",
                ],
            ),
            ("image", "Ảnh: Đại biểu trao quà cho công nhân có hoàn cảnh khó khăn tại Lễ phát động", "#1565c0"),
            (
                "paragraph",
                "Nhân dịp này, Ban tổ chức đã trao 50 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên có hoàn cảnh khó khăn. Các đại biểu và công nhân cũng tham quan gian trưng bày trang thiết bị bảo hộ lao động và nghe hướng dẫn kỹ năng xử lý sự cố tại nơi làm việc. Chuỗi hoạt động của Tháng Công nhân sẽ tiếp tục được triển khai tại các công đoàn cơ sở đến hết ngày 31/5.",
            ),
        ],
    },
    {
        "category": "tin-trong-tinh",
        "title": "Tổng kết công tác công đoàn năm 2020, triển khai nhiệm vụ năm 2021",
        "lead": "Năm 2020, dù chịu ảnh hưởng nặng nề của dịch Covid-19, các cấp công đoàn trong tỉnh vẫn hoàn thành tốt các chỉ tiêu được giao, kịp thời hỗ trợ hàng nghìn đoàn viên, người lao động gặp khó khăn.",
        "published": "15/01/2021 16:40",
        "author": "Minh Châu",
        "author_unit": "Văn phòng LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Ngày 15/1, Ban Chấp hành Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác công đoàn năm 2020 và triển khai nhiệm vụ năm 2021. Hội nghị được tổ chức theo hình thức tập trung, bảo đảm các yêu cầu phòng, chống dịch bệnh. Dự hội nghị có các đồng chí ủy viên Ban Chấp hành, đại diện các ban của Liên đoàn và lãnh đạo các công đoàn cấp trên trực tiếp cơ sở.",
            ),
            (
                "paragraph",
                "Theo báo cáo, trong năm qua toàn tỉnh đã kết nạp mới hơn 1.200 đoàn viên, thành lập thêm 9 công đoàn cơ sở ở khu vực ngoài nhà nước. Các cấp công đoàn đã trích hàng tỷ đồng từ nguồn tài chính công đoàn để thăm hỏi, hỗ trợ đoàn viên bị giảm giờ làm, ngừng việc, mất việc làm do dịch bệnh. Bên cạnh đó, công đoàn đã phối hợp với ngành chức năng hướng dẫn người lao động làm thủ tục nhận hỗ trợ theo chính sách của Chính phủ.",
            ),
            (
                "paragraph",
                "Công tác tuyên truyền, giáo dục chính trị tư tưởng được đổi mới theo hướng tăng cường ứng dụng mạng xã hội và các nhóm trao đổi trực tuyến. Nhờ đó, thông tin về chính sách hỗ trợ của Chính phủ và của tổ chức công đoàn đến với người lao động nhanh chóng, chính xác hơn. Nhiều công đoàn cơ sở đã chủ động lập nhóm trực tuyến riêng để trao đổi với đoàn viên ngoài giờ làm việc.",
            ),
            ("heading", "Nhiệm vụ trọng tâm năm 2021"),
            (
                "list",
                [
                    "Tuyên truyền, hướng dẫn thực hiện Bộ luật Lao động năm 2019 có hiệu lực từ ngày 01/01/2021;",
                    "Tiếp tục chăm lo, hỗ trợ đoàn viên bị ảnh hưởng bởi dịch Covid-19;",
                    "Đẩy mạnh phát triển đoàn viên, thành lập công đoàn cơ sở trong doanh nghiệp ngoài nhà nước;",
                    "Nâng cao chất lượng đối thoại, thương lượng tập thể tại nơi làm việc.",
                ],
            ),
            (
                "paragraph",
                "Tại hội nghị, nhiều tập thể, cá nhân có thành tích xuất sắc trong công tác công đoàn và phong trào công nhân năm 2020 đã được khen thưởng. Hội nghị cũng dành thời gian thảo luận các giải pháp để công đoàn cơ sở hoạt động hiệu quả hơn trong điều kiện dịch bệnh còn diễn biến phức tạp. Các ý kiến đều thống nhất phải lấy đoàn viên làm trung tâm, lấy sự hài lòng của người lao động làm thước đo hiệu quả hoạt động.",
            ),
        ],
    },
    {
        "category": "tin-trong-tinh",
        "title": "Hoàn thành đại hội công đoàn cơ sở nhiệm kỳ 2023 – 2028 trước thời hạn",
        "lead": "Đến cuối tháng 3/2023, toàn bộ công đoàn cơ sở trực thuộc các công đoàn cấp trên trên địa bàn tỉnh đã tổ chức xong đại hội nhiệm kỳ 2023 – 2028, sớm hơn kế hoạch đề ra.",
        "published": "04/04/2023 09:20",
        "author": "Thu Hà",
        "author_unit": "Ban Tổ chức LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Theo đánh giá của Ban Tổ chức Liên đoàn Lao động tỉnh, các đại hội được chuẩn bị chu đáo, đúng quy trình, bảo đảm nguyên tắc tập trung dân chủ. Văn kiện đại hội bám sát đặc điểm của từng cơ quan, đơn vị, doanh nghiệp, chỉ tiêu đề ra có tính khả thi. Nhiều đại hội được rút ngắn thời gian nghi lễ để dành thời lượng cho đoàn viên thảo luận.",
            ),
            (
                "paragraph",
                "Công tác nhân sự được quan tâm đặc biệt. Tỷ lệ cán bộ công đoàn nữ, cán bộ trẻ tham gia ban chấp hành tăng so với nhiệm kỳ trước. Ở khu vực doanh nghiệp, nhiều công nhân trực tiếp sản xuất được đoàn viên tín nhiệm bầu vào ban chấp hành, góp phần đưa hoạt động công đoàn sát hơn với người lao động.",
            ),
            ("image", "Ảnh: Đoàn viên biểu quyết thông qua nghị quyết tại một đại hội công đoàn cơ sở", "#2e7d32"),
            (
                "paragraph",
                "Một điểm mới của đợt đại hội lần này là nhiều công đoàn cơ sở đã tổ chức lấy ý kiến đoàn viên vào dự thảo văn kiện Đại hội XIII Công đoàn Việt Nam. Các ý kiến tập trung vào việc đổi mới phương thức hoạt động, tăng cường đối thoại và nâng cao hiệu quả thương lượng tập thể. Toàn bộ ý kiến đã được tổng hợp, gửi về công đoàn cấp trên để tiếp thu, hoàn thiện dự thảo.",
            ),
            (
                "quote",
                "Đại hội công đoàn cơ sở thành công là tiền đề quan trọng để tổ chức thành công đại hội công đoàn cấp trên và Đại hội Công đoàn tỉnh nhiệm kỳ 2023 – 2028.",
                "Đại diện Ban Thường vụ LĐLĐ tỉnh",
            ),
        ],
    },
    {
        "category": "tin-trong-tinh",
        "title": "Công nhân lao động đối thoại với lãnh đạo tỉnh về nhà ở và thu nhập",
        "lead": "Trong khuôn khổ Tháng Công nhân năm 2024, hơn 200 đoàn viên, công nhân lao động đã trực tiếp nêu kiến nghị với lãnh đạo tỉnh về tiền lương, nhà ở, trường học cho con công nhân.",
        "published": "17/05/2024 15:30",
        "author": "Ngọc Anh",
        "author_unit": "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Chương trình đối thoại do Liên đoàn Lao động tỉnh chủ trì, có sự tham gia của lãnh đạo Ủy ban nhân dân tỉnh, đại diện các sở Lao động – Thương binh và Xã hội, Xây dựng, Giáo dục và Đào tạo, Bảo hiểm xã hội tỉnh và đại diện người sử dụng lao động. Không khí buổi đối thoại cởi mở, thẳng thắn. Trước buổi đối thoại, công đoàn đã tổng hợp hơn 40 ý kiến, kiến nghị gửi lên từ các doanh nghiệp.",
            ),
            (
                "paragraph",
                "Nhiều ý kiến của công nhân tập trung vào tình trạng chậm đóng bảo hiểm xã hội ở một số doanh nghiệp nhỏ, khó khăn khi thuê nhà trọ gần nơi làm việc và mong muốn có thêm nhóm trẻ, trường mầm non gần khu công nghiệp. Một số ý kiến đề nghị doanh nghiệp tăng phụ cấp xăng xe cho người lao động ở xa. Đây đều là những vấn đề gắn trực tiếp với cuộc sống hằng ngày của công nhân.",
            ),
            (
                "paragraph",
                "Trả lời các kiến nghị, lãnh đạo các sở, ngành đã giải thích rõ chính sách hiện hành và thông tin về lộ trình xử lý. Đối với các doanh nghiệp nợ đóng bảo hiểm xã hội, cơ quan bảo hiểm cho biết sẽ phối hợp với công đoàn đôn đốc, kiên quyết xử lý theo quy định. Về nhà ở, đại diện ngành xây dựng thông tin tỉnh đang nghiên cứu quỹ đất phù hợp để kêu gọi đầu tư nhà ở cho công nhân.",
            ),
            (
                "quote",
                "Chúng tôi mong muốn những kiến nghị hôm nay sẽ được theo dõi đến cùng, để lần đối thoại sau công nhân được nghe kết quả cụ thể.",
                "Chị Hoàng Thị Mai, công nhân một doanh nghiệp chế biến lâm sản",
            ),
            (
                "paragraph",
                "Kết luận buổi đối thoại, lãnh đạo tỉnh giao các cơ quan chuyên môn tổng hợp, trả lời bằng văn bản các ý kiến chưa được giải đáp trực tiếp. Liên đoàn Lao động tỉnh có trách nhiệm theo dõi, giám sát việc thực hiện và thông tin lại cho đoàn viên, người lao động. Buổi đối thoại khép lại, nhưng những cam kết được đưa ra là cơ sở để công nhân tiếp tục tin tưởng, gắn bó với doanh nghiệp và địa phương.",
            ),
        ],
    },
    {
        "category": "tin-trong-tinh",
        "title": "Công đoàn tỉnh chủ động chuẩn bị sắp xếp tổ chức khi hợp nhất đơn vị hành chính",
        "lead": "Thực hiện chủ trương của Trung ương về sắp xếp đơn vị hành chính cấp tỉnh năm 2025, Liên đoàn Lao động tỉnh đã xây dựng phương án sắp xếp tổ chức, cán bộ, bảo đảm hoạt động công đoàn liên tục, không gián đoạn.",
        "published": "12/06/2025 08:45",
        "author": "Quốc Tuấn",
        "author_unit": "Ban Tổ chức LĐLĐ tỉnh",
        "featured": True,
        "body": [
            (
                "paragraph",
                "Theo chủ trương chung, tỉnh Bắc Kạn và tỉnh Thái Nguyên được hợp nhất thành một đơn vị hành chính mới. Tổ chức công đoàn của hai tỉnh cũng sẽ được sắp xếp lại theo hướng dẫn của Tổng Liên đoàn Lao động Việt Nam, gắn với việc kết thúc hoạt động của công đoàn cấp huyện. Đây là đợt sắp xếp có quy mô lớn, tác động trực tiếp đến tổ chức bộ máy và đội ngũ cán bộ công đoàn chuyên trách.",
            ),
            (
                "paragraph",
                "Ban Thường vụ Liên đoàn Lao động tỉnh đã thành lập tổ công tác, rà soát toàn bộ hồ sơ tổ chức, tài chính, tài sản và danh sách đoàn viên. Các công đoàn cơ sở đang trực thuộc liên đoàn lao động huyện, thành phố được dự kiến chuyển giao về công đoàn cấp trên phù hợp. Việc chuyển giao được thực hiện theo nguyên tắc thuận lợi cho hoạt động của cơ sở và gần đoàn viên nhất.",
            ),
            ("heading", "Giữ vững chỗ dựa cho người lao động"),
            (
                "paragraph",
                "Trong quá trình sắp xếp, yêu cầu đặt ra là không để đoàn viên bị bỏ sót, không để gián đoạn các chế độ thăm hỏi, trợ cấp. Các hồ sơ tư vấn pháp luật, hỗ trợ người lao động đang giải quyết dở dang được bàn giao cụ thể, có người chịu trách nhiệm theo dõi. Các chương trình chăm lo đã được phê duyệt trong năm vẫn được triển khai theo đúng tiến độ.",
            ),
            (
                "list",
                [
                    "Rà soát, hoàn thiện hồ sơ đoàn viên và công đoàn cơ sở trước khi bàn giao;",
                    "Kiểm kê tài chính, tài sản công đoàn, lập biên bản bàn giao rõ ràng;",
                    "Thực hiện tốt công tác tư tưởng, chế độ, chính sách đối với cán bộ công đoàn chịu tác động của việc sắp xếp;",
                    "Duy trì kênh tiếp nhận phản ánh của người lao động trong suốt thời gian chuyển đổi.",
                ],
            ),
            ("image", "Ảnh: Hội nghị triển khai phương án sắp xếp tổ chức bộ máy công đoàn", "#37474f"),
            (
                "paragraph",
                "Đại diện Liên đoàn Lao động tỉnh cho biết, đội ngũ cán bộ công đoàn chuyên trách đều thể hiện tinh thần đặt lợi ích chung lên trên, sẵn sàng nhận nhiệm vụ ở vị trí mới. Đây là điều kiện quan trọng để tổ chức công đoàn sau sắp xếp hoạt động ổn định, hiệu quả. Các cấp công đoàn được yêu cầu báo cáo thường xuyên, kịp thời phản ánh vướng mắc phát sinh để được hướng dẫn xử lý.",
            ),
        ],
    },
    {
        "category": "tin-trong-tinh",
        "title": "Sôi nổi Hội thi tìm hiểu Luật Công đoàn năm 2024 trong công nhân, viên chức, lao động",
        "lead": "Hội thi thu hút 12 đội đến từ các công đoàn ngành, công đoàn cơ sở doanh nghiệp, là dịp để đoàn viên nắm vững những điểm mới của Luật Công đoàn năm 2024.",
        "published": "09/10/2026 14:10",
        "author": "Thùy Linh",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": True,
        "body": [
            (
                "paragraph",
                "Hội thi gồm ba phần: chào hỏi, kiến thức và xử lý tình huống. Các đội đã mang đến sân khấu nhiều tiểu phẩm sinh động, phản ánh chân thực những tình huống thường gặp tại doanh nghiệp như nợ lương, chậm đóng bảo hiểm xã hội hay thương lượng về chế độ ăn ca. Đông đảo đoàn viên đến cổ vũ đã theo dõi các phần thi với sự hào hứng.",
            ),
            (
                "paragraph",
                "Ở phần thi kiến thức, thí sinh trả lời các câu hỏi về quyền của đoàn viên, trách nhiệm của công đoàn cơ sở trong đối thoại, thương lượng tập thể và nghĩa vụ đóng kinh phí công đoàn của doanh nghiệp. Nhiều câu trả lời chính xác, dẫn chứng cụ thể đã nhận được tràng pháo tay của khán giả. Phần xử lý tình huống đòi hỏi các đội vận dụng linh hoạt quy định của luật vào thực tế doanh nghiệp.",
            ),
            ("image", "Ảnh: Đội thi Công đoàn ngành Giáo dục trong phần xử lý tình huống", "#6a1b9a"),
            (
                "paragraph",
                "Kết quả, giải Nhất thuộc về đội Công đoàn ngành Giáo dục; giải Nhì thuộc về đội Công đoàn Viên chức tỉnh và đội công đoàn cơ sở một doanh nghiệp chế biến nông sản; ba giải Ba và các giải khuyến khích được trao cho các đội còn lại. Ban tổ chức đánh giá chất lượng các đội thi năm nay đồng đều, nhiều phần thi được chuẩn bị công phu. Một số tiểu phẩm xuất sắc sẽ được lựa chọn để biểu diễn tại các buổi tuyên truyền pháp luật ở cơ sở.",
            ),
            (
                "quote",
                "Qua hội thi, chúng tôi hiểu rõ hơn quyền và trách nhiệm của mình. Về đơn vị, tôi sẽ chia sẻ lại với anh chị em trong tổ công đoàn.",
                "Anh Lường Văn Đức, thí sinh đội công đoàn cơ sở doanh nghiệp",
            ),
        ],
    },
    {
        "category": "tin-trong-tinh",
        "title": "Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở mới được bầu",
        "lead": "Hơn 150 chủ tịch, phó chủ tịch và ủy viên ban chấp hành công đoàn cơ sở lần đầu tham gia công tác công đoàn đã được trang bị kiến thức, kỹ năng cần thiết.",
        "published": "21/06/2023 11:05",
        "author": "Lan Hương",
        "author_unit": "Ban Tổ chức LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Lớp tập huấn diễn ra trong hai ngày với các chuyên đề về Điều lệ Công đoàn Việt Nam, nghiệp vụ công tác tổ chức, quản lý đoàn viên, công tác tài chính công đoàn và kỹ năng đối thoại, thương lượng tập thể. Giảng viên là các đồng chí lãnh đạo, chuyên viên các ban của Liên đoàn Lao động tỉnh. Học viên đến từ cả khu vực hành chính, sự nghiệp và doanh nghiệp.",
            ),
            (
                "paragraph",
                "Khác với những lớp trước, chương trình lần này dành nhiều thời gian cho thực hành. Học viên được chia nhóm, đóng vai đại diện công đoàn và người sử dụng lao động để thương lượng về tiền lương, thời giờ làm việc, chế độ phúc lợi. Sau mỗi phần thực hành, giảng viên nhận xét, chỉ ra những điểm cần rút kinh nghiệm.",
            ),
            (
                "paragraph",
                "Nhiều học viên cho biết, những tình huống cụ thể giúp họ tự tin hơn khi trở về cơ sở. Sau lớp học, Liên đoàn Lao động tỉnh sẽ tiếp tục hỗ trợ thông qua nhóm trao đổi trực tuyến để cán bộ công đoàn cơ sở kịp thời hỏi đáp, chia sẻ kinh nghiệm. Cuối khóa, học viên làm bài kiểm tra để đánh giá mức độ tiếp thu.",
            ),
            (
                "quote",
                "Cán bộ công đoàn cơ sở phải là người hiểu luật, gần gũi người lao động và đủ bản lĩnh để bảo vệ quyền lợi chính đáng của đoàn viên.",
                "Báo cáo viên Ban Tổ chức LĐLĐ tỉnh",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Tin trong nước
    # ------------------------------------------------------------------
    {
        "category": "tin-trong-nuoc",
        "title": "Bộ luật Lao động năm 2019 chính thức có hiệu lực",
        "lead": "Từ ngày 01/01/2021, Bộ luật Lao động năm 2019 chính thức có hiệu lực thi hành với nhiều quy định mới liên quan trực tiếp đến quyền lợi của người lao động và hoạt động của tổ chức công đoàn.",
        "published": "04/01/2021 08:00",
        "author": "Đức Mạnh",
        "author_unit": "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Bộ luật Lao động năm 2019 được Quốc hội khóa XIV thông qua tại kỳ họp thứ 8, thay thế Bộ luật Lao động năm 2012. Bộ luật mở rộng phạm vi điều chỉnh đến cả người làm việc không có quan hệ lao động, thể hiện sự quan tâm của Nhà nước đối với khu vực lao động phi chính thức. Đây là văn bản có ảnh hưởng trực tiếp đến hàng triệu người lao động và doanh nghiệp trên cả nước.",
            ),
            ("heading", "Một số điểm đáng chú ý"),
            (
                "list",
                [
                    "Điều chỉnh tuổi nghỉ hưu theo lộ trình, đến năm 2028 đối với lao động nam là đủ 62 tuổi và năm 2035 đối với lao động nữ là đủ 60 tuổi;",
                    "Người lao động được đơn phương chấm dứt hợp đồng lao động không cần lý do, chỉ cần báo trước theo thời hạn luật định;",
                    "Bổ sung ngày 02/9 liền kề trước hoặc sau là ngày nghỉ lễ có hưởng lương;",
                    "Ghi nhận quyền thành lập, gia nhập tổ chức của người lao động tại doanh nghiệp.",
                ],
            ),
            (
                "paragraph",
                "Đối với tổ chức công đoàn, Bộ luật đặt ra yêu cầu phải đổi mới mạnh mẽ phương thức hoạt động, lấy công đoàn cơ sở làm trọng tâm, nâng cao năng lực đại diện, thương lượng để thu hút người lao động tự nguyện gia nhập. Công đoàn cơ sở phải thực sự là nơi người lao động tìm đến khi cần được bảo vệ. Chất lượng đối thoại, thương lượng tập thể vì thế trở thành thước đo quan trọng của hoạt động công đoàn.",
            ),
            (
                "paragraph",
                "Các cấp công đoàn trong tỉnh đang tích cực tổ chức tuyên truyền, phổ biến các nội dung mới của Bộ luật tới đoàn viên, người lao động và người sử dụng lao động, góp phần đưa pháp luật đi vào cuộc sống. Hình thức tuyên truyền được đa dạng hóa, từ hội nghị, tờ gấp đến các cuộc thi tìm hiểu trực tuyến. Trung tâm Tư vấn pháp luật Công đoàn tỉnh cũng sẵn sàng giải đáp thắc mắc của người lao động về các quy định mới.",
            ),
        ],
    },
    {
        "category": "tin-trong-nuoc",
        "title": "Công đoàn Việt Nam đẩy mạnh chuyển đổi số trong hoạt động",
        "lead": "Chuyển đổi số được xác định là một trong những giải pháp quan trọng giúp tổ chức công đoàn tiếp cận đoàn viên nhanh hơn, quản lý hiệu quả hơn và minh bạch hơn.",
        "published": "16/03/2022 09:30",
        "author": "Bích Ngọc",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Thời gian gần đây, hệ thống công đoàn cả nước đã từng bước đưa vào sử dụng phần mềm quản lý đoàn viên, phần mềm kế toán công đoàn và các ứng dụng trên điện thoại giúp đoàn viên tra cứu thông tin, gửi phản ánh, kiến nghị. Nhiều thủ tục nội bộ được số hóa, giảm đáng kể giấy tờ và thời gian xử lý. Thông tin về đoàn viên được cập nhật thường xuyên, phục vụ tốt hơn cho công tác chăm lo.",
            ),
            (
                "paragraph",
                "Ở các địa phương có đông công nhân, công đoàn đã ứng dụng mạng xã hội để tư vấn pháp luật trực tuyến, tổ chức các cuộc thi tìm hiểu pháp luật qua mạng với hàng chục nghìn lượt người tham gia. Các chương trình phúc lợi cho đoàn viên cũng được giới thiệu và đăng ký trên nền tảng số. Cách làm này đặc biệt phù hợp với công nhân trẻ, vốn quen sử dụng điện thoại thông minh.",
            ),
            ("image", "Ảnh: Cán bộ công đoàn hướng dẫn công nhân cài đặt ứng dụng tra cứu thông tin", "#00838f"),
            (
                "paragraph",
                "Tuy nhiên, quá trình chuyển đổi số trong công đoàn vẫn còn không ít khó khăn như hạ tầng ở cơ sở chưa đồng bộ, một bộ phận cán bộ công đoàn kiêm nhiệm còn hạn chế về kỹ năng công nghệ. Việc bồi dưỡng, tập huấn kỹ năng số cho cán bộ công đoàn vì vậy được xác định là nhiệm vụ thường xuyên. Tại Bắc Kạn, Liên đoàn Lao động tỉnh đã tổ chức tập huấn sử dụng phần mềm quản lý đoàn viên cho cán bộ công đoàn cơ sở.",
            ),
        ],
    },
    {
        "category": "tin-trong-nuoc",
        "title": "Đại hội XIII Công đoàn Việt Nam thành công tốt đẹp",
        "lead": "Sau ba ngày làm việc khẩn trương, nghiêm túc, Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 – 2028 đã bế mạc tại Thủ đô Hà Nội, xác định phương hướng, mục tiêu cho hoạt động công đoàn trong 5 năm tới.",
        "published": "04/12/2023 07:30",
        "author": "Hồng Vân",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Đại hội diễn ra từ ngày 1 đến ngày 3/12/2023 với phương châm “Đổi mới – Dân chủ – Đoàn kết – Phát triển”. Đại hội đã thảo luận, thông qua báo cáo của Ban Chấp hành khóa XII, Điều lệ Công đoàn Việt Nam (sửa đổi) và bầu Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa XIII. Nhiều ý kiến tham luận đã phản ánh sinh động thực tiễn phong trào công nhân ở các địa phương, ngành.",
            ),
            (
                "paragraph",
                "Văn kiện Đại hội khẳng định tiếp tục đổi mới mạnh mẽ tổ chức và hoạt động công đoàn, lấy đoàn viên, người lao động làm trung tâm, lấy công đoàn cơ sở làm địa bàn hoạt động chủ yếu. Các chỉ tiêu về phát triển đoàn viên, thương lượng tập thể, giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp được đặt ra cụ thể. Đây là cơ sở để công đoàn các cấp xây dựng chương trình hành động trong nhiệm kỳ mới.",
            ),
            ("image", "Ảnh: Đoàn đại biểu Công đoàn tỉnh Bắc Kạn tại Đại hội XIII Công đoàn Việt Nam", "#c62828"),
            (
                "paragraph",
                "Đoàn đại biểu Công đoàn tỉnh Bắc Kạn tham dự Đại hội đã tích cực thảo luận, đóng góp ý kiến vào các văn kiện, trong đó nhấn mạnh đặc thù hoạt động công đoàn ở địa bàn miền núi, nơi doanh nghiệp quy mô nhỏ, người lao động phân tán và thu nhập còn thấp. Đoàn cũng kiến nghị có cơ chế hỗ trợ phù hợp hơn cho công đoàn cơ sở ở khu vực khó khăn. Những ý kiến này đã được Ban tổ chức Đại hội ghi nhận, tổng hợp.",
            ),
            (
                "quote",
                "Trở về địa phương, chúng tôi sẽ khẩn trương quán triệt, cụ thể hóa Nghị quyết Đại hội thành các chương trình hành động sát với thực tế của tỉnh.",
                "Đại diện Đoàn đại biểu Công đoàn tỉnh Bắc Kạn",
            ),
        ],
    },
    {
        "category": "tin-trong-nuoc",
        "title": "Quốc hội thông qua Luật Công đoàn (sửa đổi)",
        "lead": "Ngày 27/6/2024, tại kỳ họp thứ 7, Quốc hội khóa XV đã biểu quyết thông qua Luật Công đoàn (sửa đổi), có hiệu lực thi hành từ ngày 01/7/2025.",
        "published": "28/06/2024 10:50",
        "author": "Đức Mạnh",
        "author_unit": "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Luật Công đoàn (sửa đổi) được xây dựng nhằm thể chế hóa kịp thời chủ trương của Đảng về xây dựng giai cấp công nhân và đổi mới tổ chức, hoạt động công đoàn trong tình hình mới, đồng thời bảo đảm tính đồng bộ với Bộ luật Lao động năm 2019. Quá trình soạn thảo đã nhận được nhiều ý kiến đóng góp của đoàn viên, người lao động và cán bộ công đoàn cả nước. Nhiều nội dung của dự thảo đã được chỉnh lý, hoàn thiện trên cơ sở tiếp thu ý kiến của đại biểu Quốc hội.",
            ),
            (
                "paragraph",
                "Luật mới mở rộng đối tượng được gia nhập và hoạt động công đoàn, trong đó có người lao động là người nước ngoài làm việc tại Việt Nam theo hợp đồng lao động có thời hạn từ 12 tháng trở lên. Quyền, trách nhiệm của công đoàn trong đại diện, bảo vệ người lao động được quy định rõ ràng, cụ thể hơn. Những quy định này tạo hành lang pháp lý thuận lợi để công đoàn hoạt động hiệu quả hơn ở cơ sở.",
            ),
            (
                "paragraph",
                "Quy định về tài chính công đoàn tiếp tục giữ mức đóng kinh phí công đoàn bằng 2% quỹ tiền lương làm căn cứ đóng bảo hiểm xã hội cho người lao động, đồng thời tăng cường công khai, minh bạch và trách nhiệm giải trình trong quản lý, sử dụng nguồn tài chính này. Đây là nguồn lực quan trọng để công đoàn chăm lo cho đoàn viên, người lao động. Việc giữ ổn định mức đóng nhận được sự quan tâm của cả doanh nghiệp và người lao động.",
            ),
            (
                "paragraph",
                "Ngay sau khi Luật được thông qua, Liên đoàn Lao động tỉnh đã chỉ đạo các cấp công đoàn xây dựng kế hoạch tuyên truyền, phổ biến, chuẩn bị tốt các điều kiện để triển khai thi hành Luật từ ngày 01/7/2025. Cán bộ công đoàn chuyên trách sẽ được tập huấn chuyên sâu về các quy định mới. Các công đoàn cơ sở cũng được hướng dẫn rà soát quy chế hoạt động để sẵn sàng áp dụng khi Luật có hiệu lực.",
            ),
        ],
    },
    {
        "category": "tin-trong-nuoc",
        "title": "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam",
        "lead": "Hướng tới ngày 28/7/2026, các cấp công đoàn trên cả nước tổ chức nhiều hoạt động ý nghĩa, ôn lại truyền thống vẻ vang của tổ chức Công đoàn Việt Nam.",
        "published": "28/07/2026 07:15",
        "author": "Minh Châu",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Ngày 28/7/1929, Tổng Công hội Đỏ Bắc Kỳ – tổ chức tiền thân của Công đoàn Việt Nam – được thành lập tại số nhà 15 phố Hàng Nón, Hà Nội. Gần một thế kỷ qua, tổ chức Công đoàn luôn đồng hành cùng dân tộc, góp phần to lớn vào sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc. Ngày 28/7 hằng năm đã trở thành ngày truyền thống của tổ chức Công đoàn Việt Nam.",
            ),
            (
                "paragraph",
                "Năm nay, hoạt động kỷ niệm được tổ chức theo hướng thiết thực, gắn với chăm lo cho đoàn viên. Nhiều nơi tổ chức gặp mặt cán bộ công đoàn qua các thời kỳ, tọa đàm về đổi mới hoạt động công đoàn và thăm hỏi, tặng quà công nhân có hoàn cảnh khó khăn. Tại tỉnh, nhiều công đoàn cơ sở đồng loạt tổ chức sinh hoạt truyền thống, kết nạp đoàn viên mới.",
            ),
            (
                "image",
                "Ảnh: Buổi gặp mặt cán bộ công đoàn qua các thời kỳ nhân kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam",
                "#ad1457",
            ),
            (
                "paragraph",
                "Trong bối cảnh đất nước bước vào giai đoạn phát triển mới, tổ chức công đoàn tiếp tục được kỳ vọng trở thành chỗ dựa tin cậy của người lao động, là cầu nối vững chắc giữa Đảng với giai cấp công nhân và người lao động cả nước. Để làm được điều đó, mỗi cán bộ công đoàn phải không ngừng học tập, rèn luyện, gần gũi với người lao động. Những bài học từ truyền thống vẻ vang sẽ tiếp tục soi đường cho hoạt động công đoàn trong giai đoạn tới.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Công đoàn cơ sở
    # ------------------------------------------------------------------
    {
        "category": "cong-doan-co-so",
        "title": "Ký kết thỏa ước lao động tập thể có nhiều nội dung có lợi cho người lao động",
        "lead": "Sau ba phiên thương lượng, công đoàn cơ sở và ban giám đốc một doanh nghiệp chế biến gỗ ở huyện Chợ Mới đã ký kết thỏa ước lao động tập thể với nhiều điều khoản cao hơn quy định của pháp luật.",
        "published": "11/07/2019 15:20",
        "author": "Văn Hùng",
        "author_unit": "LĐLĐ huyện Chợ Mới",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Trước khi bước vào thương lượng, ban chấp hành công đoàn cơ sở đã tổ chức lấy ý kiến của toàn bộ 146 đoàn viên, người lao động thông qua các tổ công đoàn. Những đề xuất được nhiều người quan tâm nhất là tiền ăn giữa ca, chế độ nghỉ mát hằng năm và hỗ trợ khi người lao động ốm đau dài ngày. Các ý kiến được ban chấp hành tổng hợp thành dự thảo yêu cầu thương lượng gửi tới người sử dụng lao động.",
            ),
            (
                "paragraph",
                "Quá trình thương lượng không tránh khỏi những ý kiến khác nhau. Tuy nhiên, với sự chuẩn bị kỹ lưỡng về số liệu, sự hỗ trợ của cán bộ Liên đoàn Lao động huyện, hai bên đã đi đến thống nhất trên tinh thần chia sẻ khó khăn, cùng có lợi. Ban giám đốc doanh nghiệp cũng đánh giá cao tinh thần cầu thị, hợp tác của công đoàn trong suốt quá trình thương lượng.",
            ),
            ("heading", "Những điểm có lợi hơn so với quy định"),
            (
                "list",
                [
                    "Tiền ăn giữa ca tăng từ 15.000 đồng lên 20.000 đồng mỗi suất;",
                    "Người lao động được tặng quà sinh nhật và hỗ trợ khi kết hôn, sinh con;",
                    "Doanh nghiệp tổ chức khám sức khỏe định kỳ mỗi năm hai lần cho lao động làm việc ở khâu có nhiều bụi gỗ;",
                    "Hỗ trợ 1.000.000 đồng mỗi năm cho con người lao động đạt danh hiệu học sinh giỏi.",
                ],
            ),
            (
                "paragraph",
                "Thỏa ước lao động tập thể có thời hạn hai năm và được niêm yết công khai tại nhà xưởng. Công đoàn cơ sở sẽ định kỳ sáu tháng một lần phối hợp với doanh nghiệp đánh giá việc thực hiện, kịp thời đề xuất sửa đổi, bổ sung khi cần thiết. Liên đoàn Lao động huyện đánh giá đây là cách làm tốt, cần được nhân rộng ở các doanh nghiệp trên địa bàn.",
            ),
        ],
    },
    {
        "category": "cong-doan-co-so",
        "title": "Thành lập công đoàn cơ sở tại doanh nghiệp khai thác khoáng sản ngoài nhà nước",
        "lead": "Với sự kiên trì vận động của cán bộ công đoàn, 68 công nhân tại một doanh nghiệp khai thác khoáng sản ở huyện Chợ Đồn đã tự nguyện gia nhập tổ chức công đoàn.",
        "published": "25/10/2021 10:00",
        "author": "Mạnh Cường",
        "author_unit": "LĐLĐ huyện Chợ Đồn",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Doanh nghiệp đi vào hoạt động đã nhiều năm nhưng chưa có tổ chức công đoàn. Ban đầu, cả chủ doanh nghiệp và người lao động đều còn e ngại, cho rằng đóng đoàn phí là thêm khoản chi trong khi thu nhập chưa cao. Không ít công nhân còn chưa biết công đoàn có thể làm gì cho mình.",
            ),
            (
                "paragraph",
                "Cán bộ Liên đoàn Lao động huyện đã nhiều lần xuống tận mỏ, gặp gỡ công nhân vào giờ nghỉ giữa ca để giải thích về quyền lợi khi tham gia công đoàn. Những câu chuyện cụ thể về việc công đoàn hỗ trợ người lao động đòi nợ bảo hiểm xã hội, hỗ trợ khi bị tai nạn lao động đã giúp công nhân dần thay đổi suy nghĩ. Song song với đó, cán bộ công đoàn cũng gặp gỡ chủ doanh nghiệp, phân tích lợi ích của việc có tổ chức công đoàn trong xây dựng quan hệ lao động ổn định.",
            ),
            ("image", "Ảnh: Trao quyết định công nhận đoàn viên và thành lập công đoàn cơ sở", "#4e342e"),
            (
                "paragraph",
                "Tại lễ ra mắt, ban chấp hành lâm thời gồm 5 đồng chí đã được công nhận, trong đó có 3 công nhân trực tiếp sản xuất. Ngay sau khi thành lập, công đoàn cơ sở đã đề xuất với doanh nghiệp bổ sung trang bị bảo hộ lao động và tổ chức huấn luyện an toàn cho toàn bộ công nhân. Liên đoàn Lao động huyện sẽ tiếp tục hỗ trợ, hướng dẫn để công đoàn cơ sở mới thành lập sớm đi vào hoạt động nền nếp.",
            ),
            (
                "quote",
                "Trước đây có việc gì anh em chỉ biết than với nhau. Giờ có công đoàn, chúng tôi có nơi để nói và có người đứng ra bảo vệ quyền lợi cho mình.",
                "Anh Triệu Văn Sinh, công nhân khai thác",
            ),
        ],
    },
    {
        "category": "cong-doan-co-so",
        "title": "Đại hội điểm công đoàn cơ sở nhiệm kỳ 2023 – 2028 khối doanh nghiệp",
        "lead": "Đại hội điểm được tổ chức tại công đoàn cơ sở một công ty may mặc ở thành phố Bắc Kạn nhằm rút kinh nghiệm, nhân rộng cho các công đoàn cơ sở khu vực doanh nghiệp.",
        "published": "20/09/2022 16:15",
        "author": "Thu Hà",
        "author_unit": "LĐLĐ thành phố Bắc Kạn",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Nhiệm kỳ 2017 – 2022, công đoàn cơ sở đã phối hợp với doanh nghiệp tổ chức thành công hai lần thương lượng, ký kết thỏa ước lao động tập thể; thu nhập bình quân của người lao động tăng đều qua từng năm. Số đoàn viên tăng từ 210 lên 286 người, chiếm trên 95% tổng số lao động. Công đoàn cơ sở nhiều năm liền được công nhận hoàn thành tốt nhiệm vụ.",
            ),
            (
                "paragraph",
                "Báo cáo chính trị trình Đại hội được xây dựng ngắn gọn, nêu rõ kết quả, hạn chế và nguyên nhân. Đại hội dành nhiều thời gian cho đoàn viên phát biểu về điều kiện làm việc trong mùa nóng, tăng ca vào dịp cuối năm và nhu cầu gửi trẻ. Đại diện ban giám đốc đã trực tiếp tiếp thu và trả lời một số ý kiến ngay tại Đại hội.",
            ),
            ("heading", "Chỉ tiêu chủ yếu nhiệm kỳ 2023 – 2028"),
            (
                "list",
                [
                    "Phấn đấu 100% người lao động có hợp đồng lao động được tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp;",
                    "Hằng năm tổ chức đối thoại định kỳ và thương lượng bổ sung thỏa ước lao động tập thể;",
                    "Giới thiệu ít nhất 3 đoàn viên ưu tú cho chi bộ xem xét, bồi dưỡng kết nạp Đảng;",
                    "Công đoàn cơ sở được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
                ],
            ),
            ("image", "Ảnh: Ban Chấp hành khóa mới ra mắt Đại hội", "#283593"),
            (
                "paragraph",
                "Đại hội đã bầu Ban Chấp hành khóa mới gồm 7 đồng chí và bầu đại biểu dự đại hội công đoàn cấp trên. Thay mặt Ban tổ chức, đại diện Liên đoàn Lao động thành phố đánh giá cao cách làm bài bản, đề nghị các công đoàn cơ sở khác tham khảo, vận dụng phù hợp với thực tế đơn vị mình. Đại hội kết thúc trong không khí phấn khởi, đoàn kết.",
            ),
        ],
    },
    {
        "category": "cong-doan-co-so",
        "title": "Hội nghị người lao động – diễn đàn để công nhân lên tiếng",
        "lead": "Tại nhiều doanh nghiệp, hội nghị người lao động không còn mang tính thủ tục mà đã trở thành nơi công nhân thẳng thắn đề xuất và cùng người sử dụng lao động tháo gỡ vướng mắc.",
        "published": "17/04/2024 09:40",
        "author": "Ngọc Anh",
        "author_unit": "LĐLĐ huyện Chợ Mới",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Tại Khu công nghiệp Thanh Bình, hội nghị người lao động năm 2024 của một công ty chế biến nông sản đã thu hút gần 300 công nhân tham dự. Trước hội nghị, công đoàn cơ sở phối hợp với phòng nhân sự gửi phiếu lấy ý kiến đến từng tổ sản xuất. Công nhân có thể ghi ý kiến mà không cần ký tên, giúp họ mạnh dạn nêu những vấn đề còn băn khoăn.",
            ),
            (
                "paragraph",
                "Các đề xuất được tổng hợp, phân loại và gửi trước cho ban giám đốc. Nhờ vậy, tại hội nghị, nhiều kiến nghị được trả lời ngay, như bố trí thêm quạt thông gió ở khu đóng gói, thay đổi thực đơn bữa ăn ca và điều chỉnh lịch làm thêm giờ để công nhân nữ thuận tiện đưa đón con. Những kiến nghị cần thêm thời gian nghiên cứu được ban giám đốc hẹn trả lời bằng văn bản.",
            ),
            (
                "paragraph",
                "Đại diện công đoàn cơ sở cho biết, điều quan trọng nhất là những cam kết tại hội nghị phải được giám sát thực hiện. Mỗi quý, ban chấp hành sẽ thông báo công khai tiến độ giải quyết kiến nghị trên bảng tin của công ty. Cách làm này giúp người lao động thấy tiếng nói của mình được coi trọng.",
            ),
            (
                "quote",
                "Doanh nghiệp chỉ phát triển bền vững khi người lao động gắn bó. Lắng nghe công nhân cũng chính là lắng nghe chính doanh nghiệp mình.",
                "Đại diện ban giám đốc công ty",
            ),
        ],
    },
    {
        "category": "cong-doan-co-so",
        "title": "Công đoàn trường học chăm lo giáo viên cắm bản ở Pác Nặm",
        "lead": "Ở những điểm trường xa trung tâm, công đoàn cơ sở trường học đã trở thành điểm tựa vật chất và tinh thần cho những thầy cô giáo bám bản, gieo chữ.",
        "published": "14/11/2022 08:10",
        "author": "Hoàng Lâm",
        "author_unit": "Công đoàn ngành Giáo dục tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Trường có 7 điểm trường lẻ, nhiều điểm cách trung tâm hơn 15 km đường đồi núi. Mùa mưa, đường trơn trượt, không ít thầy cô phải ở lại điểm trường cả tuần. Hiểu những vất vả đó, ban chấp hành công đoàn trường đã vận động đoàn viên góp công, góp tiền sửa chữa nhà công vụ, lắp đặt bình nước nóng và bếp nấu ăn.",
            ),
            (
                "paragraph",
                "Công đoàn còn duy trì mô hình “ngày thứ Bảy sum họp”, mỗi tháng một lần tổ chức sinh hoạt tập thể tại điểm trường chính để giáo viên các điểm lẻ gặp gỡ, chia sẻ kinh nghiệm và động viên nhau. Nhiều sáng kiến dạy học cho học sinh dân tộc thiểu số đã ra đời từ những buổi sinh hoạt như thế. Nhờ vậy, các thầy cô dù ở điểm lẻ vẫn cảm thấy mình không đơn độc.",
            ),
            ("image", "Ảnh: Đoàn viên công đoàn trường sửa sang nhà công vụ cho giáo viên điểm lẻ", "#f57f17"),
            (
                "paragraph",
                "Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, công đoàn trường đã phối hợp với nhà trường khen thưởng các thầy cô có thành tích tiêu biểu, đồng thời trao quà cho hai giáo viên có hoàn cảnh đặc biệt khó khăn. Những món quà tuy không lớn nhưng là sự động viên kịp thời đối với các thầy cô. Công đoàn trường đặt mục tiêu trong năm học tới sẽ hoàn thành việc sửa chữa nhà công vụ ở tất cả các điểm trường.",
            ),
        ],
    },
    {
        "category": "cong-doan-co-so",
        "title": "Công đoàn cơ sở công khai tài chính, đoàn viên thêm tin tưởng",
        "lead": "Thực hiện Luật Công đoàn năm 2024, nhiều công đoàn cơ sở đã định kỳ công khai thu, chi tài chính công đoàn, tạo sự đồng thuận trong đoàn viên.",
        "published": "08/08/2026 10:30",
        "author": "Quốc Tuấn",
        "author_unit": "Công đoàn Viên chức tỉnh",
        "featured": True,
        "body": [
            (
                "paragraph",
                "Tại công đoàn cơ sở một bệnh viện tuyến tỉnh, báo cáo thu, chi tài chính công đoàn được niêm yết tại bảng tin và gửi vào nhóm trao đổi chung của đoàn viên sau mỗi quý. Mọi khoản chi thăm hỏi ốm đau, hiếu hỷ, tổ chức tham quan đều được ghi rõ đối tượng, số tiền. Đoàn viên có thắc mắc có thể hỏi trực tiếp ban chấp hành hoặc ủy ban kiểm tra công đoàn.",
            ),
            (
                "paragraph",
                "Chủ tịch công đoàn cơ sở cho biết, từ khi thực hiện công khai, số ý kiến thắc mắc về việc sử dụng đoàn phí giảm hẳn. Đoàn viên cũng chủ động góp ý để các khoản chi phù hợp hơn, ví dụ tăng mức hỗ trợ cho đoàn viên mắc bệnh hiểm nghèo thay vì tổ chức liên hoan. Những góp ý hợp lý đã được ban chấp hành tiếp thu, đưa vào quy chế chi tiêu nội bộ.",
            ),
            ("heading", "Những nội dung được công khai"),
            (
                "list",
                [
                    "Dự toán và quyết toán thu, chi tài chính công đoàn hằng năm;",
                    "Các khoản chi thăm hỏi, trợ cấp đoàn viên;",
                    "Kết quả kiểm tra tài chính của ủy ban kiểm tra công đoàn;",
                    "Việc quản lý, sử dụng tài sản của công đoàn cơ sở.",
                ],
            ),
            (
                "paragraph",
                "Theo Ủy ban Kiểm tra Liên đoàn Lao động tỉnh, công khai, minh bạch tài chính vừa là yêu cầu của pháp luật, vừa là cách hiệu quả để nâng cao uy tín của tổ chức công đoàn. Thời gian tới, các cấp công đoàn sẽ tăng cường kiểm tra, hướng dẫn để việc công khai đi vào nền nếp. Những đơn vị làm tốt sẽ được biểu dương, nhân rộng.",
            ),
            ("image", "Ảnh: Bảng công khai tài chính công đoàn tại một đơn vị", "#455a64"),
        ],
    },
    # ------------------------------------------------------------------
    # Phong trào thi đua
    # ------------------------------------------------------------------
    {
        "category": "phong-trao-thi-dua",
        "title": "Tuyên dương 45 sáng kiến tiêu biểu trong phong trào “Lao động giỏi, lao động sáng tạo”",
        "lead": "Các sáng kiến được tuyên dương đã làm lợi hàng tỷ đồng, góp phần nâng cao năng suất lao động và cải thiện điều kiện làm việc cho người lao động.",
        "published": "10/05/2020 09:00",
        "author": "Hồng Vân",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Các sáng kiến năm nay trải rộng trên nhiều lĩnh vực: từ cải tiến dây chuyền chế biến gỗ, tiết kiệm điện năng trong sản xuất, đến đổi mới phương pháp giảng dạy, cải cách thủ tục hành chính và ứng dụng công nghệ thông tin trong khám chữa bệnh. Hội đồng xét duyệt đã đánh giá kỹ tính mới, khả năng áp dụng và hiệu quả thực tế của từng sáng kiến. Nhiều sáng kiến đã được áp dụng rộng rãi tại đơn vị và mang lại hiệu quả rõ rệt.",
            ),
            (
                "paragraph",
                "Điều đáng mừng là nhiều tác giả là công nhân trực tiếp sản xuất. Xuất phát từ chính những khó khăn trong công việc hằng ngày, họ đã mày mò cải tiến dụng cụ, thay đổi quy trình, giúp giảm sức lao động và hạn chế nguy cơ tai nạn. Đây chính là tinh thần cốt lõi mà phong trào hướng tới.",
            ),
            ("image", "Ảnh: Công nhân giới thiệu sáng kiến cải tiến máy bào gỗ", "#2e7d32"),
            (
                "quote",
                "Tôi chỉ nghĩ làm sao cho anh em bớt vất vả, bớt nguy hiểm. Không ngờ sáng kiến nhỏ lại được ghi nhận như thế này.",
                "Anh Nông Văn Thành, công nhân một doanh nghiệp chế biến gỗ",
            ),
            (
                "paragraph",
                "Liên đoàn Lao động tỉnh đề nghị các cấp công đoàn tiếp tục phối hợp với chuyên môn đồng cấp tạo điều kiện để người lao động phát huy sáng kiến; kịp thời biểu dương, khen thưởng và có chế độ trả thù lao xứng đáng cho tác giả. Các sáng kiến tiêu biểu sẽ được lựa chọn tham gia xét tặng ở cấp trên. Liên đoàn cũng sẽ phối hợp với các cơ quan liên quan giới thiệu, chuyển giao những sáng kiến có khả năng áp dụng rộng.",
            ),
        ],
    },
    {
        "category": "phong-trao-thi-dua",
        "title": "Nữ công nhân, viên chức, lao động thi đua “Giỏi việc nước, đảm việc nhà”",
        "lead": "Nhân kỷ niệm 91 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Liên đoàn Lao động tỉnh biểu dương 60 nữ đoàn viên tiêu biểu trong phong trào thi đua “Giỏi việc nước, đảm việc nhà”.",
        "published": "19/10/2021 14:45",
        "author": "Nông Thị Hoa",
        "author_unit": "Ban Nữ công LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Những gương mặt được biểu dương là các cô giáo vùng cao, nữ y bác sĩ tuyến đầu chống dịch Covid-19, nữ công nhân sản xuất giỏi và nữ cán bộ, công chức có nhiều đóng góp trong cải cách hành chính. Mỗi người một công việc, nhưng đều có điểm chung là tận tụy với nghề và chu toàn trách nhiệm với gia đình. Nhiều chị còn tích cực tham gia công tác xã hội, từ thiện tại địa phương.",
            ),
            (
                "paragraph",
                "Phong trào “Giỏi việc nước, đảm việc nhà” được duy trì nhiều năm qua và ngày càng đi vào chiều sâu. Các tiêu chí thi đua được cụ thể hóa phù hợp với từng ngành, từng đơn vị, gắn với việc xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc. Ban nữ công các cấp đã chủ động lồng ghép nội dung phong trào vào các buổi sinh hoạt công đoàn.",
            ),
            (
                "list",
                [
                    "Hoàn thành xuất sắc nhiệm vụ chuyên môn, tích cực học tập nâng cao trình độ;",
                    "Thực hiện tốt chính sách dân số, nuôi dạy con ngoan, học giỏi;",
                    "Xây dựng gia đình văn hóa, không có bạo lực gia đình;",
                    "Tích cực tham gia các hoạt động xã hội, từ thiện tại cơ quan và nơi cư trú.",
                ],
            ),
            (
                "paragraph",
                "Các nữ đoàn viên được biểu dương đều nhận được Giấy khen của Liên đoàn Lao động tỉnh. Đây là nguồn động viên để chị em tiếp tục phấn đấu, lan tỏa hình ảnh người phụ nữ Bắc Kạn năng động, sáng tạo, nhân hậu. Phong trào sẽ tiếp tục được phát động sâu rộng trong các cơ quan, đơn vị, doanh nghiệp.",
            ),
        ],
    },
    {
        "category": "phong-trao-thi-dua",
        "title": "Phong trào “Xanh – Sạch – Đẹp, bảo đảm an toàn vệ sinh lao động” lan tỏa tại doanh nghiệp",
        "lead": "Sau nhiều năm triển khai, phong trào đã giúp cải thiện rõ rệt môi trường làm việc, giảm số vụ tai nạn lao động tại nhiều cơ sở sản xuất trong tỉnh.",
        "published": "22/06/2022 10:20",
        "author": "Văn Hùng",
        "author_unit": "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Ở nhiều doanh nghiệp, khuôn viên nhà xưởng đã được quy hoạch lại gọn gàng, trồng thêm cây xanh; khu vực sản xuất có biển cảnh báo rõ ràng, lối thoát hiểm thông thoáng. Mạng lưới an toàn, vệ sinh viên được kiện toàn, hoạt động thường xuyên. Người lao động được huấn luyện định kỳ về an toàn, vệ sinh lao động.",
            ),
            ("heading", "Vai trò nòng cốt của mạng lưới an toàn, vệ sinh viên"),
            (
                "paragraph",
                "Mạng lưới an toàn, vệ sinh viên do công đoàn cơ sở phối hợp với người sử dụng lao động thành lập, là những người lao động trực tiếp am hiểu công việc. Họ kịp thời phát hiện nguy cơ mất an toàn, nhắc nhở đồng nghiệp sử dụng trang bị bảo hộ, kiến nghị khắc phục những điểm có nguy cơ cao. Hoạt động của mạng lưới góp phần quan trọng trong việc hình thành thói quen làm việc an toàn tại doanh nghiệp.",
            ),
            ("image", "Ảnh: An toàn, vệ sinh viên kiểm tra thiết bị tại xưởng sản xuất", "#00695c"),
            (
                "paragraph",
                "Năm 2022, Liên đoàn Lao động tỉnh đã phối hợp kiểm tra việc thực hiện pháp luật về an toàn, vệ sinh lao động tại 32 doanh nghiệp, kiến nghị khắc phục hàng chục tồn tại. Nhiều doanh nghiệp đã đầu tư thay mới máy móc cũ, lắp đặt hệ thống hút bụi, cải thiện điều kiện chiếu sáng. Số vụ tai nạn lao động tại các doanh nghiệp được kiểm tra giảm đáng kể so với trước.",
            ),
            (
                "paragraph",
                "Cuối năm, các đơn vị có thành tích xuất sắc trong phong trào sẽ được đề nghị Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen, tạo động lực để phong trào tiếp tục phát triển sâu rộng. Ban tổ chức cũng khuyến khích các doanh nghiệp chia sẻ kinh nghiệm, mô hình hay trong bảo đảm an toàn lao động. Phong trào được kỳ vọng sẽ góp phần xây dựng văn hóa an toàn trong từng doanh nghiệp.",
            ),
        ],
    },
    {
        "category": "phong-trao-thi-dua",
        "title": "Khen thưởng tập thể, cá nhân xuất sắc trong phong trào thi đua năm 2024",
        "lead": "Nhiều tập thể, cá nhân tiêu biểu trong phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2024 đã được khen thưởng tại Hội nghị tổng kết công tác thi đua, khen thưởng.",
        "published": "20/12/2024 16:50",
        "author": "Bích Ngọc",
        "author_unit": "Văn phòng LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Năm 2024, phong trào thi đua trong công nhân, viên chức, lao động diễn ra sôi nổi với nhiều nội dung thiết thực, gắn với việc thực hiện nhiệm vụ phát triển kinh tế – xã hội của tỉnh. Số lượng sáng kiến, cải tiến kỹ thuật được công nhận tăng so với năm trước. Nhiều đơn vị đã hoàn thành vượt mức các chỉ tiêu thi đua đăng ký từ đầu năm.",
            ),
            (
                "paragraph",
                "Đặc biệt, sau khi cơn bão số 3 gây thiệt hại nặng nề cho nhiều địa phương, các cấp công đoàn đã phát động đoàn viên ủng hộ đồng bào và đồng nghiệp bị ảnh hưởng, đồng thời thi đua khôi phục sản xuất, ổn định việc làm. Nhiều đoàn viên đã tình nguyện tham gia dọn dẹp, khắc phục hậu quả thiên tai tại địa phương. Tinh thần tương thân tương ái ấy đã được ghi nhận và biểu dương tại hội nghị.",
            ),
            (
                "list",
                [
                    "15 tập thể và 22 cá nhân được đề nghị Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen;",
                    "28 tập thể và 47 cá nhân được Liên đoàn Lao động tỉnh tặng Bằng khen;",
                    "Nhiều công đoàn cơ sở được công nhận hoàn thành xuất sắc nhiệm vụ.",
                ],
            ),
            (
                "paragraph",
                "Phát biểu tại hội nghị, đại diện lãnh đạo Liên đoàn Lao động tỉnh đề nghị công tác thi đua, khen thưởng năm 2025 phải tiếp tục hướng mạnh về cơ sở, chú trọng phát hiện, biểu dương công nhân, người lao động trực tiếp. Việc khen thưởng cần kịp thời, đúng người, đúng việc để tạo sức lan tỏa. Các cấp công đoàn cũng cần chú trọng nhân rộng các điển hình tiên tiến ở cơ sở.",
            ),
        ],
    },
    {
        "category": "phong-trao-thi-dua",
        "title": "Phát động thi đua lao động sáng tạo, nâng cao năng suất năm 2026",
        "lead": "Phong trào thi đua năm 2026 hướng vào việc khuyến khích đổi mới sáng tạo, ứng dụng công nghệ và chuyển đổi số trong sản xuất, công tác.",
        "published": "03/03/2026 08:30",
        "author": "Thùy Linh",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": True,
        "body": [
            (
                "paragraph",
                "Theo kế hoạch, mỗi công đoàn cơ sở đăng ký ít nhất một công trình, phần việc hoặc sáng kiến cụ thể. Ở khu vực doanh nghiệp, trọng tâm là cải tiến quy trình, tiết kiệm nguyên vật liệu, nâng cao chất lượng sản phẩm; ở khu vực hành chính, sự nghiệp là cải cách thủ tục, ứng dụng công nghệ thông tin phục vụ người dân. Nội dung đăng ký thi đua được tổng hợp và theo dõi định kỳ.",
            ),
            (
                "paragraph",
                "Ban tổ chức khuyến khích người lao động mạnh dạn đề xuất ý tưởng, kể cả những ý tưởng nhỏ. Các sáng kiến có giá trị làm lợi cao sẽ được xem xét đề nghị khen thưởng cấp trên và giới thiệu nhân rộng. Đối với những ý tưởng chưa hoàn chỉnh, công đoàn sẽ phối hợp với chuyên môn hỗ trợ để hoàn thiện.",
            ),
            ("image", "Ảnh: Đoàn viên ký giao ước thi đua tại Lễ phát động", "#1b5e20"),
            (
                "quote",
                "Thi đua phải bắt đầu từ những việc cụ thể, đo đếm được, gắn với quyền lợi của chính người lao động.",
                "Đại diện Ban Thường vụ LĐLĐ tỉnh",
            ),
            (
                "paragraph",
                "Kết quả phong trào sẽ được sơ kết vào dịp Tháng Công nhân và tổng kết vào cuối năm 2026, làm căn cứ để bình xét khen thưởng và giới thiệu đoàn viên tiêu biểu cho các tổ chức Đảng. Ban Thường vụ Liên đoàn Lao động tỉnh yêu cầu các đơn vị thường xuyên kiểm tra, đôn đốc việc thực hiện. Những cách làm hay sẽ được phản ánh trên trang thông tin điện tử của Liên đoàn.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Chăm lo đời sống đoàn viên
    # ------------------------------------------------------------------
    {
        "category": "cham-lo-doi-song",
        "title": "“Tết Sum vầy” mang xuân ấm đến công nhân lao động",
        "lead": "Chương trình “Tết Sum vầy” năm 2019 đã trao hơn 1.000 suất quà cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn trước thềm Xuân Kỷ Hợi.",
        "published": "20/01/2019 11:30",
        "author": "Lan Hương",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Chương trình được tổ chức tại nhà văn hóa thành phố Bắc Kạn và đồng loạt ở các huyện với nhiều hoạt động phong phú như văn nghệ chào xuân, gói bánh chưng, trò chơi dân gian và trao quà Tết. Không khí ấm áp, vui tươi lan tỏa đến từng người tham dự. Nhiều gia đình công nhân đã đưa cả con nhỏ đến tham gia chương trình.",
            ),
            (
                "paragraph",
                "Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá từ 500.000 đồng đến 1.000.000 đồng, được trích từ nguồn tài chính công đoàn và sự ủng hộ của các nhà hảo tâm, doanh nghiệp. Đối tượng được ưu tiên là công nhân bị tai nạn lao động, mắc bệnh hiểm nghèo, gia đình thuộc hộ nghèo. Danh sách nhận quà được công đoàn cơ sở bình xét công khai, bảo đảm đúng đối tượng.",
            ),
            ("image", "Ảnh: Đoàn viên công đoàn cùng nhau gói bánh chưng tại chương trình “Tết Sum vầy”", "#c62828"),
            (
                "quote",
                "Năm nay nhà tôi có thêm nồi bánh chưng và món quà của công đoàn. Cả nhà đón Tết đủ đầy hơn, tôi thấy mình không bị bỏ lại phía sau.",
                "Chị Hà Thị Lụa, công nhân vệ sinh môi trường",
            ),
            (
                "paragraph",
                "Ngoài các suất quà, công đoàn còn phối hợp với doanh nghiệp hỗ trợ vé xe cho công nhân ở xa về quê đón Tết, đồng thời đề nghị người sử dụng lao động thanh toán đầy đủ tiền lương, tiền thưởng trước kỳ nghỉ. Các cấp công đoàn cũng tăng cường nắm bắt tình hình đời sống, việc làm của người lao động trong dịp Tết. Những trường hợp khó khăn đột xuất sẽ được xem xét hỗ trợ kịp thời.",
            ),
        ],
    },
    {
        "category": "cham-lo-doi-song",
        "title": "Bàn giao “Mái ấm Công đoàn” cho đoàn viên ở huyện Pác Nặm",
        "lead": "Ngôi nhà mới khang trang được xây dựng với sự hỗ trợ 50 triệu đồng từ Quỹ Xã hội Công đoàn, giúp gia đình một nữ đoàn viên an tâm công tác.",
        "published": "12/11/2020 15:00",
        "author": "Hà Trang",
        "author_unit": "LĐLĐ huyện Pác Nặm",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Nhiều năm qua, gia đình chị Lý Thị Hằng, nhân viên trạm y tế xã, sống trong căn nhà gỗ tạm đã xuống cấp nghiêm trọng. Chồng chị bị bệnh phải điều trị dài ngày, hai con còn nhỏ nên việc sửa nhà luôn là nỗi trăn trở của gia đình. Những ngày mưa bão, cả nhà phải dồn vào một góc để tránh dột.",
            ),
            (
                "paragraph",
                "Nắm bắt hoàn cảnh, công đoàn cơ sở đã đề nghị Liên đoàn Lao động huyện xem xét hỗ trợ. Cùng với số tiền từ chương trình “Mái ấm Công đoàn”, đồng nghiệp, bà con họ hàng đã góp thêm ngày công, vật liệu để ngôi nhà sớm hoàn thành trước mùa đông. Chỉ sau hơn hai tháng thi công, ngôi nhà đã hoàn thành.",
            ),
            ("image", "Ảnh: Lễ bàn giao “Mái ấm Công đoàn” tại huyện Pác Nặm", "#ef6c00"),
            (
                "paragraph",
                "Ngôi nhà rộng gần 60 m², tường xây, mái lợp tôn chắc chắn. Trong buổi bàn giao, chị Hằng xúc động chia sẻ sẽ cố gắng làm việc tốt hơn để đáp lại tình cảm của tổ chức công đoàn và đồng nghiệp. Niềm vui của gia đình chị cũng là niềm vui chung của đồng nghiệp và bà con trong bản.",
            ),
            (
                "paragraph",
                "Từ khi triển khai chương trình đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa hàng trăm “Mái ấm Công đoàn”, góp phần quan trọng giúp đoàn viên có hoàn cảnh khó khăn ổn định chỗ ở. Chương trình được triển khai công khai, minh bạch, ưu tiên đoàn viên ở vùng sâu, vùng xa. Các cấp công đoàn tiếp tục vận động nguồn lực xã hội để có thêm nhiều mái ấm cho đoàn viên.",
            ),
        ],
    },
    {
        "category": "cham-lo-doi-song",
        "title": "“Chợ Tết Công đoàn” – mua sắm tiết kiệm, đón xuân ấm áp",
        "lead": "Năm nay, “Chợ Tết Công đoàn” được tổ chức theo cả hình thức trực tiếp và trực tuyến, giúp đoàn viên mua hàng hóa thiết yếu với giá ưu đãi.",
        "published": "08/01/2023 09:15",
        "author": "Minh Châu",
        "author_unit": "LĐLĐ thành phố Bắc Kạn",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Mỗi đoàn viên tham gia chương trình được phát một phiếu mua hàng trị giá 200.000 đồng. Tại các gian hàng, đoàn viên có thể chọn mua gạo, dầu ăn, bánh kẹo, đặc sản địa phương với mức giá thấp hơn thị trường từ 10% đến 30%. Phiếu mua hàng được ưu tiên phát cho đoàn viên có thu nhập thấp, hoàn cảnh khó khăn.",
            ),
            (
                "paragraph",
                "Các doanh nghiệp, hợp tác xã tham gia đều cam kết bảo đảm chất lượng, nguồn gốc hàng hóa. Nhiều sản phẩm đạt chuẩn OCOP của tỉnh như miến dong, gạo Bao Thai, chè Shan tuyết, tinh bột nghệ được đoàn viên lựa chọn. Gian hàng quýt, cam của các hợp tác xã địa phương luôn đông người ghé mua.",
            ),
            (
                "list",
                [
                    "Hơn 2.000 phiếu mua hàng được phát tới đoàn viên có thu nhập thấp;",
                    "30 gian hàng của doanh nghiệp, hợp tác xã tham gia bán hàng ưu đãi;",
                    "Đoàn viên ở xa có thể đặt hàng qua trang mua sắm trực tuyến và nhận hàng tại công đoàn cơ sở.",
                ],
            ),
            (
                "paragraph",
                "Bên cạnh khu mua sắm, ban tổ chức còn bố trí khu vực viết thư pháp, chụp ảnh lưu niệm và biểu diễn văn nghệ, tạo không khí vui tươi, đầm ấm cho đoàn viên và gia đình trước Tết Nguyên đán Quý Mão. Chương trình cũng là dịp để các doanh nghiệp, hợp tác xã địa phương quảng bá sản phẩm. Ban tổ chức dự kiến sẽ duy trì và mở rộng quy mô chợ Tết trong những năm tiếp theo.",
            ),
        ],
    },
    {
        "category": "cham-lo-doi-song",
        "title": "Kịp thời hỗ trợ đoàn viên bị thiệt hại do bão số 3",
        "lead": "Ngay sau khi mưa lũ do bão số 3 gây ra rút đi, các cấp công đoàn trong tỉnh đã xuống tận cơ sở thăm hỏi, trao tiền hỗ trợ cho đoàn viên có nhà bị sập, bị ngập sâu.",
        "published": "16/09/2024 17:10",
        "author": "Đức Mạnh",
        "author_unit": "LĐLĐ huyện Ba Bể",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Đợt mưa lũ lịch sử đã khiến nhiều khu dân cư ven hồ Ba Bể và dọc các sông suối bị ngập sâu, nhiều tuyến đường bị sạt lở. Không ít đoàn viên là giáo viên, nhân viên y tế, công nhân vừa phải khắc phục thiệt hại của gia đình, vừa tham gia giúp đỡ người dân. Có những gia đình đoàn viên bị nước cuốn trôi gần như toàn bộ tài sản.",
            ),
            (
                "paragraph",
                "Liên đoàn Lao động tỉnh đã tiếp nhận kinh phí hỗ trợ của Tổng Liên đoàn Lao động Việt Nam và trích tài chính công đoàn để trao trực tiếp cho các đoàn viên bị thiệt hại. Mức hỗ trợ được xác định căn cứ vào mức độ thiệt hại về nhà ở, tài sản và sức khỏe. Danh sách hỗ trợ được công đoàn cơ sở rà soát, đề xuất nhanh chóng nhưng bảo đảm đúng đối tượng.",
            ),
            ("image", "Ảnh: Cán bộ công đoàn trao tiền hỗ trợ cho đoàn viên có nhà bị ngập sâu", "#0277bd"),
            (
                "quote",
                "Nước vừa rút thì cán bộ công đoàn đã đến tận nhà. Khoản hỗ trợ giúp gia đình tôi có thêm điều kiện sửa lại nhà cửa, ổn định cuộc sống.",
                "Anh Ma Văn Quyết, đoàn viên công đoàn cơ sở trường học",
            ),
            (
                "paragraph",
                "Song song với hỗ trợ trực tiếp, các công đoàn cơ sở đã vận động đoàn viên quyên góp, ủng hộ đồng nghiệp. Nhiều đơn vị cử đoàn viên tham gia dọn dẹp trường học, trạm y tế để sớm đưa vào hoạt động trở lại. Những việc làm kịp thời ấy đã góp phần giúp đoàn viên sớm ổn định cuộc sống, yên tâm công tác.",
            ),
        ],
    },
    {
        "category": "cham-lo-doi-song",
        "title": "Chương trình “Phúc lợi đoàn viên” mang lại lợi ích thiết thực",
        "lead": "Thông qua việc ký kết với các doanh nghiệp cung cấp hàng hóa, dịch vụ, đoàn viên công đoàn được hưởng nhiều ưu đãi khi mua sắm, khám chữa bệnh, du lịch.",
        "published": "30/05/2024 10:45",
        "author": "Ngọc Anh",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Đến nay, Liên đoàn Lao động tỉnh đã ký thỏa thuận hợp tác với hơn 20 doanh nghiệp, đơn vị trên địa bàn, trong đó có các siêu thị, cửa hàng điện máy, phòng khám, nhà hàng và cơ sở lưu trú. Mức ưu đãi phổ biến từ 5% đến 20% giá trị hàng hóa, dịch vụ. Số lượt đoàn viên sử dụng ưu đãi tăng đều qua từng quý.",
            ),
            (
                "paragraph",
                "Để được hưởng ưu đãi, đoàn viên chỉ cần xuất trình thẻ đoàn viên công đoàn hoặc thẻ điện tử trên điện thoại. Danh sách các đơn vị tham gia chương trình được cập nhật thường xuyên trên trang thông tin điện tử của Liên đoàn. Công đoàn cơ sở cũng có trách nhiệm thông tin rộng rãi tới đoàn viên.",
            ),
            ("heading", "Lợi ích hai chiều"),
            (
                "paragraph",
                "Không chỉ đoàn viên được lợi, các doanh nghiệp tham gia chương trình cũng có thêm lượng khách hàng ổn định và được quảng bá thương hiệu thông qua hệ thống công đoàn. Đây là cách làm hiệu quả để tăng sức hút của tổ chức công đoàn đối với người lao động. Nhiều người lao động cho biết, họ quyết định gia nhập công đoàn một phần vì những lợi ích thiết thực như vậy.",
            ),
            (
                "paragraph",
                "Thời gian tới, Liên đoàn Lao động tỉnh sẽ tiếp tục mở rộng mạng lưới đối tác, ưu tiên các lĩnh vực thiết yếu như y tế, giáo dục, nhà ở, đồng thời thu thập ý kiến đoàn viên để điều chỉnh chương trình cho phù hợp. Những đối tác không bảo đảm cam kết về chất lượng, giá cả sẽ bị đưa ra khỏi chương trình. Mục tiêu là để mỗi đoàn viên đều cảm nhận được lợi ích cụ thể khi tham gia tổ chức công đoàn.",
            ),
        ],
    },
    {
        "category": "cham-lo-doi-song",
        "title": "Trao học bổng cho con đoàn viên vượt khó học tốt",
        "lead": "Trước thềm năm học mới, 120 suất học bổng đã được trao cho con đoàn viên, người lao động có hoàn cảnh khó khăn nhưng có thành tích học tập tốt.",
        "published": "20/08/2026 09:00",
        "author": "Hồng Vân",
        "author_unit": "Ban Nữ công LĐLĐ tỉnh",
        "featured": True,
        "body": [
            (
                "paragraph",
                "Mỗi suất học bổng trị giá 1.500.000 đồng kèm bộ đồ dùng học tập. Nguồn kinh phí được trích từ quỹ xã hội của công đoàn và sự đóng góp của các doanh nghiệp đồng hành cùng chương trình. Danh sách học sinh nhận học bổng được các công đoàn cơ sở lựa chọn, đề xuất công khai.",
            ),
            (
                "paragraph",
                "Nhiều em nhận học bổng năm nay có bố hoặc mẹ bị tai nạn lao động, mắc bệnh hiểm nghèo, hoặc mồ côi. Dù hoàn cảnh khó khăn, các em vẫn nỗ lực vươn lên, nhiều em đạt giải trong các kỳ thi học sinh giỏi cấp huyện, cấp tỉnh. Những tấm gương hiếu học ấy là niềm tự hào của gia đình và của cả tập thể nơi cha mẹ các em làm việc.",
            ),
            ("image", "Ảnh: Các em học sinh nhận học bổng tại buổi lễ", "#f9a825"),
            (
                "quote",
                "Mẹ cháu làm công nhân, một mình nuôi hai chị em. Cháu sẽ dùng học bổng để mua sách và cố gắng học thật tốt.",
                "Em Hoàng Minh Khôi, học sinh lớp 9",
            ),
            (
                "paragraph",
                "Chương trình học bổng được duy trì hằng năm, thể hiện sự quan tâm của tổ chức công đoàn đối với thế hệ tương lai, đồng thời tiếp thêm động lực để đoàn viên yên tâm lao động, sản xuất. Ban tổ chức mong muốn các em tiếp tục cố gắng, vượt qua khó khăn để trở thành người có ích cho xã hội. Nhiều doanh nghiệp đã bày tỏ mong muốn tiếp tục đồng hành cùng chương trình trong những năm tới.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Xây dựng Đảng
    # ------------------------------------------------------------------
    {
        "category": "xay-dung-dang",
        "title": "Đẩy mạnh giới thiệu đoàn viên ưu tú cho Đảng nhân kỷ niệm 90 năm Ngày thành lập Đảng",
        "lead": "Hướng tới kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2020), các cấp công đoàn trong tỉnh tập trung bồi dưỡng, giới thiệu đoàn viên ưu tú để tổ chức Đảng xem xét kết nạp.",
        "published": "03/02/2020 08:20",
        "author": "Quốc Tuấn",
        "author_unit": "Ban Tổ chức LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Năm 2019, các cấp công đoàn trong tỉnh đã giới thiệu hơn 400 đoàn viên ưu tú cho tổ chức Đảng, trong đó có trên 280 người đã được kết nạp. Tỷ lệ đảng viên mới là công nhân trực tiếp sản xuất tuy còn khiêm tốn nhưng đang có xu hướng tăng. Nhiều công đoàn cơ sở đã hoàn thành vượt chỉ tiêu giới thiệu đoàn viên ưu tú mà nghị quyết đại hội đề ra.",
            ),
            (
                "paragraph",
                "Để nâng cao hiệu quả công tác này, Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở gắn việc phát hiện nguồn với các phong trào thi đua. Những đoàn viên có thành tích nổi bật, có uy tín trong tập thể được công đoàn theo dõi, bồi dưỡng và giới thiệu với chi bộ. Cách làm này giúp nguồn giới thiệu vừa có số lượng, vừa bảo đảm chất lượng.",
            ),
            ("heading", "Khó khăn ở khu vực ngoài nhà nước"),
            (
                "paragraph",
                "Ở các doanh nghiệp ngoài nhà nước, nhiều nơi chưa có tổ chức Đảng, người lao động thường xuyên biến động, thời gian làm việc kéo dài nên việc bồi dưỡng, kết nạp còn gặp khó khăn. Các cấp công đoàn đang phối hợp với cấp ủy địa phương để tạo điều kiện cho công nhân tham gia lớp bồi dưỡng nhận thức về Đảng. Một số nơi đã phối hợp với doanh nghiệp bố trí thời gian hợp lý để công nhân tham gia học tập.",
            ),
            ("image", "Ảnh: Lễ kết nạp đảng viên mới tại một chi bộ có đông công nhân", "#b71c1c"),
            (
                "quote",
                "Mỗi đảng viên mới được kết nạp từ công nhân là thêm một hạt nhân chính trị ngay tại nơi sản xuất.",
                "Đại diện Ban Tổ chức LĐLĐ tỉnh",
            ),
        ],
    },
    {
        "category": "xay-dung-dang",
        "title": "Công đoàn cơ sở Giao thông vận tải Bắc Kạn – điểm sáng trong giới thiệu đoàn viên ưu tú cho Đảng",
        "lead": "Nhiệm kỳ 2017 – 2022, công đoàn cơ sở Giao thông vận tải Bắc Kạn đã giới thiệu 20 đoàn viên ưu tú cho tổ chức Đảng, vượt xa chỉ tiêu nghị quyết đại hội đề ra.",
        "published": "18/05/2022 10:00",
        "author": "Mạnh Cường",
        "author_unit": "CĐCS Giao thông vận tải Bắc Kạn",
        "featured": True,
        "body": [
            (
                "paragraph",
                "Công đoàn cơ sở Giao thông vận tải Bắc Kạn ra đời theo Quyết định số 589/QĐ-LĐLĐ ngày 20/3/2017 của Liên đoàn Lao động tỉnh, trên cơ sở hợp nhất công đoàn của năm đơn vị trong ngành. Việc hợp nhất đòi hỏi ban chấp hành phải nhanh chóng ổn định tổ chức, thống nhất cách làm giữa các bộ phận vốn có đặc thù công việc khác nhau. Với sự đồng thuận của đoàn viên, bộ máy mới nhanh chóng đi vào nền nếp.",
            ),
            (
                "paragraph",
                "Hiện công đoàn cơ sở có 81 đoàn viên, trong đó 55 người là đảng viên. Tỷ lệ đảng viên cao là kết quả của quá trình bền bỉ phát hiện, bồi dưỡng nguồn ngay trong hoạt động chuyên môn và các phong trào thi đua của đơn vị. Ban chấp hành công đoàn luôn xác định đây là nhiệm vụ chính trị quan trọng, được đưa vào nghị quyết ngay từ đầu nhiệm kỳ.",
            ),
            ("heading", "Vượt chỉ tiêu gấp bốn lần"),
            (
                "paragraph",
                "Nghị quyết đại hội nhiệm kỳ 2017 – 2022 đặt mục tiêu giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng. Kết quả thực tế, công đoàn đã giới thiệu 20 người; 12 quần chúng đã được kết nạp vào Đảng và 2 trường hợp đang được hoàn thiện thủ tục. Con số này phản ánh quyết tâm của ban chấp hành và sự nỗ lực phấn đấu của chính các đoàn viên.",
            ),
            (
                "list",
                [
                    "Lựa chọn nguồn từ những đoàn viên hoàn thành xuất sắc nhiệm vụ, có tinh thần trách nhiệm và được tập thể tín nhiệm;",
                    "Phân công đoàn viên là đảng viên kèm cặp, giúp đỡ quần chúng ưu tú;",
                    "Phối hợp chặt chẽ với chi bộ trong việc nhận xét, đánh giá, tạo điều kiện cho quần chúng tham gia lớp bồi dưỡng nhận thức về Đảng.",
                ],
            ),
            (
                "image",
                "Ảnh: Đoàn viên công đoàn cơ sở Giao thông vận tải Bắc Kạn trong một buổi sinh hoạt chuyên đề",
                "#8e0000",
            ),
            (
                "quote",
                "Giới thiệu đoàn viên ưu tú cho Đảng là trách nhiệm chính trị, nhưng cũng là cách để công đoàn khẳng định vai trò trong xây dựng đơn vị vững mạnh.",
                "Đại diện Ban Chấp hành CĐCS Giao thông vận tải Bắc Kạn",
            ),
            (
                "paragraph",
                "Kinh nghiệm của đơn vị cho thấy, khi công tác phát triển đảng viên được gắn với thi đua và được cấp ủy, chuyên môn, công đoàn cùng vào cuộc, nguồn kết nạp sẽ dồi dào và có chất lượng. Trong nhiệm kỳ mới, công đoàn cơ sở tiếp tục đặt mục tiêu phát hiện, bồi dưỡng những đoàn viên trẻ có năng lực. Đây sẽ là lực lượng kế cận quan trọng cho tổ chức Đảng của đơn vị.",
            ),
        ],
    },
    {
        "category": "xay-dung-dang",
        "title": "Công đoàn tham gia xây dựng giai cấp công nhân theo tinh thần Nghị quyết 20-NQ/TW",
        "lead": "Qua hơn 13 năm thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương Đảng khóa X, đội ngũ công nhân trong tỉnh tăng về số lượng, nâng lên về chất lượng, ngày càng có nhiều công nhân được kết nạp vào Đảng.",
        "published": "15/07/2021 14:00",
        "author": "Thu Hà",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Nghị quyết số 20-NQ/TW ngày 28/01/2008 về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đã xác định rõ trách nhiệm của tổ chức công đoàn trong giáo dục chính trị, tư tưởng, nâng cao trình độ mọi mặt cho công nhân. Nghị quyết đặt mục tiêu xây dựng giai cấp công nhân lớn mạnh, có giác ngộ giai cấp và bản lĩnh chính trị vững vàng. Quán triệt tinh thần đó, các cấp công đoàn trong tỉnh đã cụ thể hóa bằng nhiều chương trình, kế hoạch hành động.",
            ),
            (
                "paragraph",
                "Các cấp công đoàn trong tỉnh đã tổ chức nhiều lớp bồi dưỡng lý luận chính trị, pháp luật, kỹ năng nghề cho công nhân; phối hợp với doanh nghiệp hỗ trợ người lao động học tập nâng cao trình độ. Nhiều công nhân trưởng thành từ phong trào đã trở thành tổ trưởng, quản đốc, cán bộ công đoàn. Đời sống vật chất, tinh thần của công nhân từng bước được cải thiện.",
            ),
            (
                "paragraph",
                "Công tác giới thiệu đoàn viên ưu tú cho Đảng được quan tâm thường xuyên. Nhiều công đoàn cơ sở đã chủ động đề nghị cấp ủy xem xét thành lập chi bộ tại doanh nghiệp khi có đủ điều kiện, tạo môi trường để công nhân phấn đấu trở thành đảng viên. Mỗi năm, hàng trăm đoàn viên ưu tú được giới thiệu để các chi bộ xem xét, bồi dưỡng.",
            ),
            (
                "list",
                [
                    "Tăng cường giáo dục truyền thống, bản lĩnh chính trị cho công nhân trẻ;",
                    "Bồi dưỡng trình độ học vấn, chuyên môn, kỹ năng nghề nghiệp;",
                    "Chăm lo đời sống vật chất, tinh thần, nhất là nhà ở, thiết chế văn hóa cho công nhân.",
                ],
            ),
            (
                "paragraph",
                "Tuy vậy, tỷ lệ đảng viên trong công nhân khu vực ngoài nhà nước vẫn còn thấp. Đây là nội dung cần tiếp tục được các cấp ủy, công đoàn phối hợp tháo gỡ trong thời gian tới. Các cấp công đoàn kiến nghị cấp ủy tiếp tục quan tâm thành lập tổ chức Đảng ở các doanh nghiệp có đủ điều kiện.",
            ),
        ],
    },
    {
        "category": "xay-dung-dang",
        "title": "Đoàn viên công đoàn góp ý xây dựng Đảng, xây dựng chính quyền",
        "lead": "Hằng năm, các cấp công đoàn tổ chức lấy ý kiến đoàn viên, người lao động góp ý cho cấp ủy, chính quyền, góp phần xây dựng tổ chức Đảng trong sạch, vững mạnh.",
        "published": "10/11/2023 15:25",
        "author": "Văn Hùng",
        "author_unit": "Công đoàn Viên chức tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Việc góp ý được thực hiện theo các quy định của Bộ Chính trị về giám sát, phản biện xã hội và tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Các ý kiến tập trung vào tinh thần, thái độ phục vụ, việc giải quyết thủ tục hành chính và việc thực hiện chế độ, chính sách đối với người lao động. Các công đoàn cơ sở được hướng dẫn tổ chức lấy ý kiến bảo đảm dân chủ, khách quan.",
            ),
            (
                "paragraph",
                "Tại nhiều cơ quan, đơn vị, công đoàn cơ sở tổ chức hội nghị đoàn viên góp ý cho chi bộ, cho đảng viên vào dịp đánh giá, xếp loại cuối năm. Các ý kiến được tổng hợp trung thực, khách quan, gửi đến cấp ủy để xem xét trong quá trình kiểm điểm. Cách làm này giúp cán bộ, đảng viên nhận thấy rõ hơn ưu điểm, hạn chế của bản thân.",
            ),
            ("image", "Ảnh: Hội nghị đoàn viên góp ý xây dựng chi bộ tại một cơ quan hành chính", "#5d4037"),
            (
                "paragraph",
                "Nhiều kiến nghị của đoàn viên đã được tiếp thu, góp phần chấn chỉnh lề lối làm việc, nâng cao chất lượng phục vụ nhân dân. Qua đó, niềm tin của đoàn viên vào tổ chức Đảng và chính quyền tiếp tục được củng cố. Hoạt động góp ý xây dựng Đảng cũng góp phần khẳng định vai trò của tổ chức công đoàn trong hệ thống chính trị ở cơ sở.",
            ),
        ],
    },
    {
        "category": "xay-dung-dang",
        "title": "Bồi dưỡng nhận thức về Đảng cho công nhân ưu tú khu vực doanh nghiệp",
        "lead": "Lớp học dành riêng cho 45 đoàn viên ưu tú đang làm việc tại các doanh nghiệp được tổ chức vào cuối tuần để công nhân không phải nghỉ việc.",
        "published": "25/03/2025 16:20",
        "author": "Lan Hương",
        "author_unit": "LĐLĐ huyện Chợ Mới",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Liên đoàn Lao động huyện đã phối hợp với Trung tâm Chính trị huyện mở lớp bồi dưỡng nhận thức về Đảng cho đoàn viên ưu tú khu vực doanh nghiệp. Thời gian học được bố trí vào thứ Bảy và Chủ nhật để phù hợp với lịch sản xuất của công nhân. Các doanh nghiệp có công nhân tham gia học cũng tạo điều kiện thuận lợi về thời gian, phương tiện đi lại.",
            ),
            (
                "paragraph",
                "Học viên được nghiên cứu các chuyên đề về lịch sử, cương lĩnh, điều lệ của Đảng, nhiệm vụ của đảng viên và trách nhiệm của người đảng viên trong doanh nghiệp. Giảng viên lồng ghép nhiều ví dụ gần gũi, giúp công nhân dễ hiểu, dễ nhớ. Không khí lớp học sôi nổi, nhiều học viên mạnh dạn đặt câu hỏi, chia sẻ suy nghĩ.",
            ),
            (
                "quote",
                "Em muốn trở thành đảng viên để rèn luyện bản thân tốt hơn và làm gương cho anh chị em trong tổ sản xuất.",
                "Chị Đinh Thị Nga, công nhân một doanh nghiệp may mặc",
            ),
            (
                "paragraph",
                "Sau lớp học, các học viên đạt yêu cầu sẽ được cấp giấy chứng nhận và tiếp tục được công đoàn cơ sở, chi bộ theo dõi, giúp đỡ để sớm hoàn thiện hồ sơ đề nghị kết nạp vào Đảng. Liên đoàn Lao động huyện dự kiến tiếp tục mở lớp tương tự trong năm tới. Đây là cách làm thiết thực để tăng số lượng đảng viên là công nhân trong doanh nghiệp ngoài nhà nước.",
            ),
        ],
    },
    {
        "category": "xay-dung-dang",
        "title": "Học tập và làm theo Bác, công nhân trẻ phấn đấu trở thành đảng viên",
        "lead": "Nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, các công đoàn cơ sở tổ chức sinh hoạt chuyên đề, tôn vinh những đoàn viên ưu tú vừa được kết nạp vào Đảng.",
        "published": "19/05/2026 09:45",
        "author": "Thùy Linh",
        "author_unit": "Ban Tuyên giáo LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhiều công đoàn cơ sở đã cụ thể hóa thành các việc làm thiết thực như tiết kiệm nguyên liệu, giúp đỡ đồng nghiệp khó khăn, giữ gìn vệ sinh nơi làm việc. Những việc làm nhỏ, thường xuyên ấy đã góp phần xây dựng môi trường làm việc đoàn kết, văn minh. Nhiều tập thể, cá nhân tiêu biểu đã được biểu dương, khen thưởng.",
            ),
            (
                "paragraph",
                "Tại buổi sinh hoạt chuyên đề của công đoàn cơ sở một doanh nghiệp chế biến nông sản, ba công nhân trẻ vừa được kết nạp Đảng đã chia sẻ hành trình phấn đấu của mình. Từ những đoàn viên ưu tú được công đoàn giới thiệu, họ trở thành đảng viên, tiếp tục là những người đi đầu trong sản xuất. Câu chuyện của họ đã truyền cảm hứng cho nhiều đoàn viên trẻ khác.",
            ),
            ("image", "Ảnh: Đảng viên trẻ là công nhân chia sẻ tại buổi sinh hoạt chuyên đề", "#c62828"),
            (
                "quote",
                "Được đứng trong hàng ngũ của Đảng là niềm tự hào, cũng là trách nhiệm phải làm việc tốt hơn, sống gương mẫu hơn.",
                "Anh Lục Văn Toàn, đảng viên mới, công nhân tổ chế biến",
            ),
            (
                "paragraph",
                "Các cấp công đoàn xác định tiếp tục đưa việc học tập và làm theo Bác trở thành nội dung thường xuyên trong sinh hoạt công đoàn, gắn với việc phát hiện, bồi dưỡng nguồn phát triển đảng viên trong công nhân, lao động. Mỗi công đoàn cơ sở đăng ký ít nhất một việc làm cụ thể để học tập và làm theo Bác. Kết quả thực hiện sẽ được đánh giá vào dịp tổng kết năm.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Văn bản mới
    # ------------------------------------------------------------------
    {
        "category": "van-ban-moi",
        "title": "Nghị định 145/2020/NĐ-CP hướng dẫn Bộ luật Lao động về điều kiện lao động và quan hệ lao động",
        "lead": "Ngày 14/12/2020, Chính phủ ban hành Nghị định số 145/2020/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động.",
        "published": "21/12/2020 09:10",
        "author": "Ngọc Anh",
        "author_unit": "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Nghị định là một trong những văn bản quan trọng hướng dẫn Bộ luật Lao động năm 2019, có hiệu lực thi hành từ ngày 01/02/2021. Văn bản điều chỉnh nhiều vấn đề mà người lao động và doanh nghiệp thường xuyên gặp phải trong quá trình thực hiện hợp đồng lao động. Người lao động và công đoàn cơ sở cần nắm vững để bảo vệ quyền lợi của mình.",
            ),
            ("heading", "Những nhóm nội dung chính"),
            (
                "list",
                [
                    "Hợp đồng lao động, trách nhiệm của các bên khi giao kết, thực hiện và chấm dứt hợp đồng;",
                    "Thời giờ làm việc, thời giờ nghỉ ngơi và tổ chức làm thêm giờ;",
                    "Nội quy lao động, kỷ luật lao động và trách nhiệm vật chất;",
                    "Bảo vệ lao động nữ, bảo đảm bình đẳng giới tại nơi làm việc;",
                    "Đối thoại tại nơi làm việc và thực hiện quy chế dân chủ ở cơ sở.",
                ],
            ),
            (
                "paragraph",
                "Đáng chú ý, Nghị định quy định cụ thể các hành vi quấy rối tình dục tại nơi làm việc và yêu cầu nội quy lao động phải có nội dung phòng, chống quấy rối tình dục. Đây là điểm mới giúp bảo vệ tốt hơn người lao động, đặc biệt là lao động nữ. Nghị định cũng hướng dẫn chi tiết việc tổ chức đối thoại định kỳ tại nơi làm việc.",
            ),
            (
                "paragraph",
                "Ban Chính sách – Pháp luật Liên đoàn Lao động tỉnh đề nghị các công đoàn cơ sở nghiên cứu kỹ các quy định mới, chủ động tham gia với người sử dụng lao động sửa đổi nội quy lao động, quy chế đối thoại cho phù hợp. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Liên đoàn Lao động tỉnh để được hướng dẫn. Trung tâm Tư vấn pháp luật Công đoàn tỉnh sẵn sàng hỗ trợ công đoàn cơ sở rà soát các văn bản nội bộ của doanh nghiệp.",
            ),
        ],
    },
    {
        "category": "van-ban-moi",
        "title": "Tăng lương tối thiểu vùng từ ngày 01/7/2024",
        "lead": "Theo Nghị định số 74/2024/NĐ-CP của Chính phủ, mức lương tối thiểu vùng đối với người lao động làm việc theo hợp đồng lao động được điều chỉnh tăng khoảng 6% kể từ ngày 01/7/2024.",
        "published": "03/07/2024 08:40",
        "author": "Đức Mạnh",
        "author_unit": "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Mức điều chỉnh được Hội đồng Tiền lương quốc gia thống nhất khuyến nghị sau quá trình thương lượng giữa đại diện người lao động và đại diện người sử dụng lao động, trong đó Tổng Liên đoàn Lao động Việt Nam là thành viên đại diện cho người lao động. Quá trình thương lượng đã cân nhắc hài hòa giữa việc cải thiện đời sống người lao động và khả năng chi trả của doanh nghiệp. Mức lương tối thiểu theo giờ cũng được điều chỉnh tương ứng.",
            ),
            ("heading", "Mức lương tối thiểu theo tháng"),
            (
                "list",
                [
                    "Vùng I: 4.960.000 đồng/tháng;",
                    "Vùng II: 4.410.000 đồng/tháng;",
                    "Vùng III: 3.860.000 đồng/tháng;",
                    "Vùng IV: 3.450.000 đồng/tháng.",
                ],
            ),
            (
                "paragraph",
                "Người lao động cần đối chiếu danh mục địa bàn ban hành kèm theo Nghị định để biết nơi mình làm việc thuộc vùng nào. Mức lương trả cho người lao động làm công việc giản đơn nhất, trong điều kiện lao động bình thường, đủ thời giờ làm việc bình thường không được thấp hơn mức lương tối thiểu của vùng đó. Khi thực hiện mức lương mới, doanh nghiệp không được xóa bỏ hoặc cắt giảm các chế độ tiền lương khi người lao động làm thêm giờ, làm việc vào ban đêm và các chế độ khác theo quy định.",
            ),
            (
                "paragraph",
                "Các công đoàn cơ sở có trách nhiệm giám sát doanh nghiệp điều chỉnh thang lương, bảng lương, mức đóng bảo hiểm xã hội cho phù hợp. Trường hợp phát hiện vi phạm, đoàn viên có thể phản ánh đến công đoàn cấp trên hoặc Trung tâm Tư vấn pháp luật Công đoàn tỉnh để được hỗ trợ. Mọi thông tin phản ánh đều được tiếp nhận và bảo mật.",
            ),
        ],
    },
    {
        "category": "van-ban-moi",
        "title": "Những điểm mới của Luật Bảo hiểm xã hội năm 2024",
        "lead": "Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025 với nhiều thay đổi quan trọng, mở rộng cơ hội hưởng lương hưu cho người lao động.",
        "published": "20/08/2024 14:35",
        "author": "Hà Trang",
        "author_unit": "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Luật Bảo hiểm xã hội (sửa đổi) được Quốc hội khóa XV thông qua tại kỳ họp thứ 7. Luật gồm nhiều chính sách mới nhằm mở rộng diện bao phủ, tăng quyền lợi và tăng sức hấp dẫn của bảo hiểm xã hội đối với người lao động. Đây được đánh giá là bước cải cách quan trọng trong chính sách an sinh xã hội.",
            ),
            ("heading", "Một số thay đổi đáng chú ý"),
            (
                "list",
                [
                    "Giảm số năm đóng bảo hiểm xã hội tối thiểu để được hưởng lương hưu từ 20 năm xuống 15 năm;",
                    "Bổ sung trợ cấp hưu trí xã hội cho người cao tuổi không có lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng;",
                    "Mở rộng đối tượng tham gia bảo hiểm xã hội bắt buộc đối với một số nhóm như chủ hộ kinh doanh có đăng ký kinh doanh, người quản lý doanh nghiệp không hưởng tiền lương;",
                    "Người tham gia bảo hiểm xã hội tự nguyện được hỗ trợ khi sinh con.",
                ],
            ),
            ("image", "Ảnh: Cán bộ công đoàn tư vấn chính sách bảo hiểm xã hội cho công nhân", "#1565c0"),
            (
                "paragraph",
                "Luật cũng có những quy định chặt chẽ hơn đối với hành vi chậm đóng, trốn đóng bảo hiểm xã hội, góp phần bảo vệ quyền lợi của người lao động. Các cấp công đoàn sẽ tiếp tục tuyên truyền để người lao động hiểu rõ lợi ích của việc tham gia bảo hiểm xã hội lâu dài, cân nhắc kỹ trước khi quyết định hưởng bảo hiểm xã hội một lần. Mọi thắc mắc về chính sách mới, người lao động có thể liên hệ công đoàn cơ sở hoặc cơ quan bảo hiểm xã hội để được giải đáp.",
            ),
        ],
    },
    {
        "category": "van-ban-moi",
        "title": "Luật Công đoàn năm 2024 có hiệu lực từ ngày 01/7/2025",
        "lead": "Luật Công đoàn năm 2024 chính thức có hiệu lực, đặt ra yêu cầu mới đối với các cấp công đoàn trong đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động.",
        "published": "02/07/2025 07:45",
        "author": "Quốc Tuấn",
        "author_unit": "Ban Chính sách – Pháp luật LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "So với Luật Công đoàn năm 2012, luật mới được bổ sung, hoàn thiện trên nhiều nội dung, từ quyền gia nhập công đoàn, quyền và trách nhiệm của công đoàn đến tài chính công đoàn và trách nhiệm của Nhà nước, người sử dụng lao động đối với tổ chức công đoàn. Luật thể hiện rõ quan điểm đổi mới tổ chức và hoạt động công đoàn theo hướng về cơ sở. Những thay đổi này đòi hỏi các cấp công đoàn phải chủ động, sáng tạo hơn trong hoạt động.",
            ),
            ("heading", "Quyền của đoàn viên được cụ thể hóa"),
            (
                "paragraph",
                "Luật quy định rõ đoàn viên có quyền được công đoàn đại diện, bảo vệ khi bị xâm phạm quyền, lợi ích hợp pháp; được tư vấn pháp luật miễn phí; được hưởng các phúc lợi do công đoàn tổ chức; được đề xuất, chất vấn, kiến nghị với công đoàn. Những quy định này giúp đoàn viên thấy rõ hơn lợi ích khi tham gia tổ chức công đoàn. Đồng thời, đoàn viên cũng có nghĩa vụ chấp hành Điều lệ và đóng đoàn phí theo quy định.",
            ),
            (
                "quote",
                "Luật Công đoàn năm 2024 là công cụ pháp lý quan trọng, nhưng luật chỉ thực sự đi vào cuộc sống khi mỗi cán bộ công đoàn cơ sở nắm chắc và vận dụng được.",
                "Đại diện Ban Chính sách – Pháp luật LĐLĐ tỉnh",
            ),
            (
                "list",
                [
                    "Người lao động là người nước ngoài làm việc tại Việt Nam theo hợp đồng từ 12 tháng trở lên được gia nhập và hoạt động công đoàn;",
                    "Quy định rõ hơn trách nhiệm của công đoàn trong đối thoại, thương lượng tập thể và giải quyết tranh chấp lao động;",
                    "Tăng cường công khai, minh bạch trong quản lý, sử dụng tài chính công đoàn;",
                    "Bổ sung nội dung ứng dụng công nghệ số trong quản lý đoàn viên và hoạt động công đoàn.",
                ],
            ),
            (
                "paragraph",
                "Liên đoàn Lao động tỉnh đề nghị các công đoàn cơ sở tổ chức sinh hoạt chuyên đề về Luật Công đoàn năm 2024, rà soát quy chế phối hợp với người sử dụng lao động và điều chỉnh hoạt động cho phù hợp với quy định mới. Việc tuyên truyền cần ngắn gọn, dễ hiểu, gắn với những tình huống thực tế tại đơn vị. Kết quả triển khai sẽ được đánh giá trong báo cáo tổng kết công tác công đoàn năm 2025.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Hỏi đáp pháp luật
    # ------------------------------------------------------------------
    {
        "category": "hoi-dap-phap-luat",
        "title": "Hỏi đáp: Lao động nữ sinh con được hưởng chế độ thai sản như thế nào?",
        "lead": "Chị Nguyễn Thị Thảo, công nhân một doanh nghiệp ở thành phố Bắc Kạn, hỏi: Tôi chuẩn bị sinh con đầu lòng. Xin cho biết tôi được nghỉ bao lâu và hưởng những khoản trợ cấp nào?",
        "published": "12/09/2019 10:25",
        "author": "Hà Trang",
        "author_unit": "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Theo Luật Bảo hiểm xã hội năm 2014, lao động nữ sinh con được hưởng chế độ thai sản nếu đã đóng bảo hiểm xã hội từ đủ 6 tháng trở lên trong thời gian 12 tháng trước khi sinh con. Đây là điều kiện chung áp dụng với phần lớn người lao động. Một số trường hợp đặc biệt, như lao động nữ phải nghỉ dưỡng thai theo chỉ định của cơ sở y tế, được áp dụng điều kiện riêng.",
            ),
            ("heading", "Thời gian nghỉ"),
            (
                "paragraph",
                "Lao động nữ sinh con được nghỉ việc hưởng chế độ thai sản trước và sau khi sinh con là 6 tháng; thời gian nghỉ trước khi sinh tối đa không quá 2 tháng. Trường hợp sinh đôi trở lên thì tính từ con thứ hai trở đi, cứ mỗi con, người mẹ được nghỉ thêm 1 tháng. Sau khi đã nghỉ hưởng chế độ ít nhất 4 tháng, lao động nữ có thể đi làm trước khi hết thời hạn nếu có nhu cầu, được người sử dụng lao động đồng ý và có xác nhận của cơ sở khám bệnh, chữa bệnh về việc đi làm sớm không có hại cho sức khỏe.",
            ),
            ("heading", "Các khoản được hưởng"),
            (
                "list",
                [
                    "Mức hưởng một tháng bằng 100% mức bình quân tiền lương tháng đóng bảo hiểm xã hội của 6 tháng trước khi nghỉ việc;",
                    "Trợ cấp một lần cho mỗi con bằng 2 lần mức lương cơ sở tại tháng sinh con;",
                    "Thời gian nghỉ hưởng chế độ thai sản được tính là thời gian đóng bảo hiểm xã hội.",
                ],
            ),
            (
                "paragraph",
                "Như vậy, nếu chị đủ điều kiện, chị được nghỉ 6 tháng và hưởng các khoản nói trên. Với mức lương cơ sở 1.490.000 đồng áp dụng từ ngày 01/7/2019, khoản trợ cấp một lần khi sinh con là 2.980.000 đồng. Chị cần chuẩn bị giấy chứng sinh hoặc bản sao giấy khai sinh của con để nộp cho doanh nghiệp làm thủ tục.",
            ),
        ],
    },
    {
        "category": "hoi-dap-phap-luat",
        "title": "Hỏi đáp: Cách tính số ngày nghỉ phép năm theo Bộ luật Lao động 2019",
        "lead": "Anh Hoàng Văn Dũng, công nhân một công ty xây dựng, hỏi: Tôi làm việc tại công ty được 6 năm. Mỗi năm tôi được nghỉ phép bao nhiêu ngày và nếu nghỉ việc mà chưa nghỉ hết phép thì có được thanh toán không?",
        "published": "14/04/2021 15:55",
        "author": "Văn Hùng",
        "author_unit": "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Theo Điều 113 Bộ luật Lao động năm 2019, người lao động làm việc đủ 12 tháng cho một người sử dụng lao động thì được nghỉ hằng năm, hưởng nguyên lương theo hợp đồng lao động. Số ngày nghỉ phụ thuộc vào điều kiện làm việc của từng người. Cụ thể, Bộ luật quy định ba mức nghỉ khác nhau.",
            ),
            (
                "list",
                [
                    "12 ngày làm việc đối với người làm công việc trong điều kiện bình thường;",
                    "14 ngày làm việc đối với người lao động chưa thành niên, lao động là người khuyết tật, người làm nghề, công việc nặng nhọc, độc hại, nguy hiểm;",
                    "16 ngày làm việc đối với người làm nghề, công việc đặc biệt nặng nhọc, độc hại, nguy hiểm.",
                ],
            ),
            (
                "paragraph",
                "Ngoài ra, theo Điều 114 của Bộ luật, cứ đủ 5 năm làm việc cho một người sử dụng lao động thì số ngày nghỉ hằng năm của người lao động được tăng thêm 1 ngày. Như vậy, nếu anh làm công việc trong điều kiện bình thường và đã làm đủ 6 năm, mỗi năm anh được nghỉ 13 ngày làm việc. Lịch nghỉ hằng năm do người sử dụng lao động quy định sau khi tham khảo ý kiến của người lao động và phải thông báo trước.",
            ),
            (
                "paragraph",
                "Trường hợp do thôi việc, bị mất việc làm mà chưa nghỉ hằng năm hoặc chưa nghỉ hết số ngày nghỉ hằng năm thì người sử dụng lao động phải thanh toán tiền lương cho những ngày chưa nghỉ. Nếu công ty không thanh toán, anh có thể đề nghị công đoàn cơ sở hoặc Trung tâm Tư vấn pháp luật Công đoàn tỉnh hỗ trợ. Cán bộ tư vấn sẽ hướng dẫn anh các bước cần thiết để bảo vệ quyền lợi của mình.",
            ),
        ],
    },
    {
        "category": "hoi-dap-phap-luat",
        "title": "Hỏi đáp: Lao động nam được nghỉ bao nhiêu ngày khi vợ sinh con?",
        "lead": "Anh Lý Văn Tùng, công nhân lái xe, hỏi: Vợ tôi vừa sinh con bằng phương pháp phẫu thuật. Tôi đang đóng bảo hiểm xã hội thì được nghỉ mấy ngày và có được hưởng tiền không?",
        "published": "23/11/2022 09:35",
        "author": "Hà Trang",
        "author_unit": "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Theo khoản 2 Điều 34 Luật Bảo hiểm xã hội năm 2014, lao động nam đang đóng bảo hiểm xã hội khi vợ sinh con được nghỉ việc hưởng chế độ thai sản. Thời gian nghỉ được tính theo ngày làm việc, không kể ngày nghỉ lễ, nghỉ Tết, nghỉ hằng tuần. Số ngày được nghỉ phụ thuộc vào hình thức sinh và số con được sinh ra.",
            ),
            (
                "list",
                [
                    "05 ngày làm việc trong trường hợp thông thường;",
                    "07 ngày làm việc khi vợ sinh con phải phẫu thuật hoặc sinh con dưới 32 tuần tuổi;",
                    "10 ngày làm việc khi vợ sinh đôi; từ sinh ba trở lên thì cứ thêm mỗi con được nghỉ thêm 03 ngày làm việc;",
                    "14 ngày làm việc khi vợ sinh đôi trở lên mà phải phẫu thuật.",
                ],
            ),
            (
                "paragraph",
                "Thời gian nghỉ này phải được thực hiện trong khoảng 30 ngày đầu kể từ ngày vợ sinh con. Mức hưởng một ngày được tính bằng mức hưởng chế độ thai sản theo tháng chia cho 24 ngày. Khoản tiền này do cơ quan bảo hiểm xã hội chi trả theo quy định.",
            ),
            (
                "paragraph",
                "Trong trường hợp của anh, vợ sinh con phải phẫu thuật nên anh được nghỉ 07 ngày làm việc và hưởng chế độ thai sản theo quy định. Anh cần nộp cho đơn vị bản sao giấy chứng sinh hoặc giấy khai sinh của con và giấy tờ thể hiện việc sinh con phải phẫu thuật. Đơn vị có trách nhiệm lập hồ sơ gửi cơ quan bảo hiểm xã hội để giải quyết chế độ cho anh.",
            ),
        ],
    },
    {
        "category": "hoi-dap-phap-luat",
        "title": "Hỏi đáp: Điều kiện hưởng lương hưu theo Luật Bảo hiểm xã hội năm 2024",
        "lead": "Bà Ma Thị Hiền, nhân viên một hợp tác xã, hỏi: Tôi 56 tuổi, mới đóng bảo hiểm xã hội được 16 năm. Theo luật mới, tôi có được hưởng lương hưu không và mức hưởng là bao nhiêu?",
        "published": "08/10/2025 10:05",
        "author": "Ngọc Anh",
        "author_unit": "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Từ ngày 01/7/2025, Luật Bảo hiểm xã hội năm 2024 có hiệu lực. Theo đó, người lao động tham gia bảo hiểm xã hội bắt buộc khi đủ tuổi nghỉ hưu và có thời gian đóng bảo hiểm xã hội từ đủ 15 năm trở lên thì được hưởng lương hưu. Quy định này mở ra cơ hội hưởng lương hưu cho nhiều người lao động tham gia bảo hiểm xã hội muộn.",
            ),
            (
                "paragraph",
                "Tuổi nghỉ hưu trong điều kiện lao động bình thường được điều chỉnh theo lộ trình của Bộ luật Lao động năm 2019. Năm 2025, tuổi nghỉ hưu của lao động nữ là đủ 56 tuổi 8 tháng, của lao động nam là đủ 61 tuổi 3 tháng; mỗi năm tiếp theo tăng thêm 4 tháng đối với lao động nữ và 3 tháng đối với lao động nam. Lộ trình này kéo dài cho đến khi lao động nam đủ 62 tuổi vào năm 2028 và lao động nữ đủ 60 tuổi vào năm 2035.",
            ),
            ("heading", "Cách tính mức lương hưu"),
            (
                "paragraph",
                "Đối với lao động nữ, mức lương hưu hằng tháng bằng 45% mức bình quân tiền lương làm căn cứ đóng bảo hiểm xã hội tương ứng với 15 năm đóng, sau đó cứ thêm mỗi năm đóng được tính thêm 2%, tối đa bằng 75%. Như vậy, nếu tại thời điểm nghỉ hưu bà có 16 năm đóng thì tỷ lệ hưởng là 47%; thời gian đóng càng dài, tỷ lệ hưởng càng cao. Mức lương hưu thực tế còn phụ thuộc vào mức bình quân tiền lương đóng bảo hiểm xã hội của bà.",
            ),
            (
                "paragraph",
                "Bà cần tiếp tục đóng bảo hiểm xã hội cho đến khi đủ tuổi nghỉ hưu theo lộ trình nêu trên. Khi đủ điều kiện, bà nộp hồ sơ qua đơn vị đang làm việc hoặc trực tiếp đến cơ quan bảo hiểm xã hội để được giải quyết. Trường hợp cần tư vấn cụ thể, bà có thể liên hệ Trung tâm Tư vấn pháp luật Công đoàn tỉnh.",
            ),
        ],
    },
    {
        "category": "hoi-dap-phap-luat",
        "title": "Hỏi đáp: Khi nào người lao động được nghỉ việc không cần báo trước?",
        "lead": "Chị Trần Thị Hương, công nhân một xưởng may, hỏi: Công ty đã chậm trả lương hai tháng liền. Tôi có được nghỉ việc ngay mà không cần báo trước không?",
        "published": "17/06/2026 14:20",
        "author": "Văn Hùng",
        "author_unit": "Trung tâm Tư vấn pháp luật Công đoàn tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Bộ luật Lao động năm 2019 cho phép người lao động đơn phương chấm dứt hợp đồng lao động. Trong trường hợp thông thường, người lao động phải báo trước cho người sử dụng lao động ít nhất 45 ngày nếu làm việc theo hợp đồng không xác định thời hạn, 30 ngày nếu hợp đồng có thời hạn từ 12 tháng đến 36 tháng và 3 ngày làm việc nếu hợp đồng có thời hạn dưới 12 tháng. Tuy nhiên, pháp luật cũng quy định một số trường hợp người lao động được nghỉ việc mà không cần báo trước.",
            ),
            ("heading", "Các trường hợp không cần báo trước"),
            (
                "list",
                [
                    "Không được bố trí theo đúng công việc, địa điểm làm việc hoặc không được bảo đảm điều kiện làm việc như đã thỏa thuận;",
                    "Không được trả đủ lương hoặc trả lương không đúng hạn, trừ trường hợp bất khả kháng theo quy định;",
                    "Bị ngược đãi, đánh đập, nhục mạ, cưỡng bức lao động hoặc bị quấy rối tình dục tại nơi làm việc;",
                    "Lao động nữ mang thai phải nghỉ việc theo chỉ định của cơ sở khám bệnh, chữa bệnh;",
                    "Đủ tuổi nghỉ hưu, trừ trường hợp các bên có thỏa thuận khác;",
                    "Người sử dụng lao động cung cấp thông tin không trung thực làm ảnh hưởng đến việc thực hiện hợp đồng.",
                ],
            ),
            (
                "paragraph",
                "Như vậy, việc công ty chậm trả lương hai tháng liền thuộc trường hợp chị có quyền nghỉ việc ngay mà không cần báo trước, đồng thời vẫn được thanh toán đầy đủ tiền lương còn nợ và các quyền lợi khác. Chị nên thông báo bằng văn bản, giữ lại bằng chứng về việc chậm trả lương và liên hệ công đoàn để được hỗ trợ khi cần thiết. Trong thời hạn 14 ngày làm việc kể từ ngày chấm dứt hợp đồng, công ty có trách nhiệm thanh toán đầy đủ các khoản liên quan đến quyền lợi của chị.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Văn bản (documents issued by the federation)
    # ------------------------------------------------------------------
    {
        "category": "van-ban",
        "title": "Kế hoạch tổ chức Tháng Công nhân năm 2019",
        "lead": "Liên đoàn Lao động tỉnh ban hành kế hoạch tổ chức Tháng Công nhân năm 2019, yêu cầu các hoạt động phải thiết thực, hướng về đoàn viên, người lao động tại cơ sở.",
        "published": "15/02/2019 16:00",
        "author": "Minh Châu",
        "author_unit": "Văn phòng LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Tháng Công nhân năm 2019 được tổ chức từ ngày 01/5 đến ngày 31/5 trên phạm vi toàn tỉnh. Kế hoạch xác định mục đích là tiếp tục nâng cao nhận thức của các cấp ủy, chính quyền, người sử dụng lao động và toàn xã hội về vai trò của công nhân lao động, đồng thời thực hiện tốt hơn chính sách, pháp luật đối với người lao động. Kế hoạch cũng nhấn mạnh yêu cầu tổ chức các hoạt động tiết kiệm, hiệu quả, tránh phô trương, hình thức.",
            ),
            ("heading", "Nội dung hoạt động chủ yếu"),
            (
                "list",
                [
                    "Tổ chức lễ phát động cấp tỉnh kết hợp phát động Tháng hành động về an toàn, vệ sinh lao động;",
                    "Thăm hỏi, tặng quà đoàn viên, người lao động có hoàn cảnh khó khăn;",
                    "Tổ chức đối thoại, tiếp xúc giữa lãnh đạo địa phương và công nhân lao động;",
                    "Phối hợp kiểm tra, giám sát việc thực hiện chính sách, pháp luật lao động tại doanh nghiệp;",
                    "Tổ chức các hoạt động văn hóa, thể thao cho công nhân lao động.",
                ],
            ),
            (
                "paragraph",
                "Các công đoàn cấp trên trực tiếp cơ sở căn cứ kế hoạch xây dựng chương trình cụ thể, báo cáo kết quả về Liên đoàn Lao động tỉnh trước ngày 10/6/2019 để tổng hợp báo cáo Tổng Liên đoàn Lao động Việt Nam. Ban Tuyên giáo Liên đoàn Lao động tỉnh là đầu mối theo dõi, đôn đốc việc thực hiện kế hoạch. Các đơn vị có cách làm hay, hiệu quả sẽ được xem xét biểu dương, khen thưởng.",
            ),
        ],
    },
    {
        "category": "van-ban",
        "title": "Hướng dẫn tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023 – 2028",
        "lead": "Văn bản hướng dẫn cụ thể về nội dung, hình thức, quy trình tổ chức đại hội và công tác nhân sự ban chấp hành công đoàn cơ sở nhiệm kỳ 2023 – 2028.",
        "published": "06/04/2022 11:20",
        "author": "Thu Hà",
        "author_unit": "Ban Tổ chức LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Căn cứ Điều lệ Công đoàn Việt Nam và chỉ thị, hướng dẫn của Tổng Liên đoàn Lao động Việt Nam, Ban Thường vụ Liên đoàn Lao động tỉnh hướng dẫn các công đoàn cấp trên trực tiếp cơ sở chỉ đạo tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2023 – 2028. Đại hội công đoàn cơ sở được tiến hành từ tháng 5/2022 và hoàn thành trước ngày 30/6/2023. Việc tổ chức đại hội phải bảo đảm đúng Điều lệ, thiết thực, tiết kiệm.",
            ),
            (
                "paragraph",
                "Đại hội có nhiệm vụ đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, xác định mục tiêu, nhiệm vụ nhiệm kỳ tới; tham gia ý kiến vào dự thảo văn kiện của công đoàn cấp trên; bầu ban chấp hành và bầu đại biểu dự đại hội cấp trên. Công đoàn cơ sở có đông đoàn viên có thể tổ chức đại hội đại biểu theo quy định. Nội dung, chương trình đại hội cần ngắn gọn, dành nhiều thời gian cho thảo luận.",
            ),
            ("heading", "Yêu cầu về nhân sự"),
            (
                "list",
                [
                    "Ban chấp hành có cơ cấu hợp lý, đại diện được các bộ phận, tổ công đoàn;",
                    "Quan tâm giới thiệu cán bộ nữ, cán bộ trẻ, công nhân trực tiếp sản xuất;",
                    "Nhân sự dự kiến làm chủ tịch công đoàn cơ sở phải có uy tín, năng lực và bản lĩnh bảo vệ người lao động.",
                ],
            ),
            ("image", "Ảnh: Hội nghị quán triệt hướng dẫn tổ chức đại hội công đoàn các cấp", "#283593"),
            (
                "paragraph",
                "Các đơn vị cần báo cáo kế hoạch đại hội về công đoàn cấp trên trước 15 ngày làm việc để được hướng dẫn, kiểm tra. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban Tổ chức Liên đoàn Lao động tỉnh để kịp thời giải quyết. Kết quả đại hội cần được báo cáo kịp thời về công đoàn cấp trên để tổng hợp.",
            ),
        ],
    },
    {
        "category": "van-ban",
        "title": "Chương trình hành động thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam",
        "lead": "Ban Chấp hành Liên đoàn Lao động tỉnh ban hành chương trình hành động cụ thể hóa các chỉ tiêu, nhiệm vụ của Nghị quyết Đại hội XIII Công đoàn Việt Nam phù hợp với thực tế địa phương.",
        "published": "12/01/2024 09:50",
        "author": "Bích Ngọc",
        "author_unit": "Văn phòng LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Chương trình hành động xác định các nhóm nhiệm vụ trọng tâm trong nhiệm kỳ 2023 – 2028, gồm: đại diện, chăm lo, bảo vệ quyền, lợi ích của đoàn viên; phát triển đoàn viên và xây dựng tổ chức công đoàn vững mạnh; tuyên truyền, giáo dục; phát động các phong trào thi đua; tham gia xây dựng Đảng, chính quyền. Chương trình được xây dựng trên cơ sở bám sát đặc điểm tình hình công nhân, lao động và thực tiễn hoạt động công đoàn của tỉnh. Mỗi nhóm nhiệm vụ đều có giải pháp và phân công trách nhiệm cụ thể.",
            ),
            ("heading", "Một số chỉ tiêu chủ yếu"),
            (
                "list",
                [
                    "Phát triển mới ít nhất 5.000 đoàn viên trong cả nhiệm kỳ;",
                    "Trên 70% công đoàn cơ sở doanh nghiệp có từ 25 lao động trở lên thương lượng, ký kết thỏa ước lao động tập thể;",
                    "Mỗi năm giới thiệu ít nhất 350 đoàn viên ưu tú cho tổ chức Đảng xem xét kết nạp;",
                    "100% công đoàn cơ sở thực hiện công khai tài chính theo quy định.",
                ],
            ),
            (
                "paragraph",
                "Các công đoàn cấp trên trực tiếp cơ sở và công đoàn cơ sở có trách nhiệm xây dựng kế hoạch thực hiện chương trình, định kỳ báo cáo kết quả. Ban Thường vụ Liên đoàn Lao động tỉnh sẽ sơ kết giữa nhiệm kỳ để đánh giá, điều chỉnh cho phù hợp. Kết quả thực hiện chương trình là căn cứ quan trọng để đánh giá, xếp loại các cấp công đoàn hằng năm.",
            ),
        ],
    },
    {
        "category": "van-ban",
        "title": "Kế hoạch giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp năm 2026",
        "lead": "Kế hoạch đề ra chỉ tiêu, giải pháp và trách nhiệm của các cấp công đoàn trong việc phát hiện, bồi dưỡng, giới thiệu đoàn viên ưu tú để tổ chức Đảng xem xét kết nạp trong năm 2026.",
        "published": "20/02/2026 15:10",
        "author": "Mạnh Cường",
        "author_unit": "Ban Tổ chức LĐLĐ tỉnh",
        "featured": False,
        "body": [
            (
                "paragraph",
                "Mục đích của kế hoạch là nâng cao nhận thức, trách nhiệm của các cấp công đoàn đối với công tác tham gia xây dựng Đảng; góp phần tăng số lượng, nâng cao chất lượng đảng viên là công nhân, người lao động, nhất là ở khu vực doanh nghiệp ngoài nhà nước. Kế hoạch yêu cầu công tác giới thiệu phải bảo đảm đúng quy trình, chất lượng, tránh chạy theo số lượng. Các cấp công đoàn cần phối hợp chặt chẽ với cấp ủy cùng cấp trong suốt quá trình thực hiện.",
            ),
            ("heading", "Chỉ tiêu và giải pháp"),
            (
                "list",
                [
                    "Mỗi công đoàn cơ sở có tổ chức Đảng giới thiệu ít nhất một đoàn viên ưu tú trong năm;",
                    "Gắn việc phát hiện nguồn với kết quả các phong trào thi đua và bình xét khen thưởng;",
                    "Phối hợp với cấp ủy tổ chức lớp bồi dưỡng nhận thức về Đảng vào thời gian phù hợp với lịch làm việc của công nhân;",
                    "Phân công đảng viên giúp đỡ quần chúng ưu tú trong quá trình phấn đấu.",
                ],
            ),
            (
                "paragraph",
                "Kết quả thực hiện kế hoạch là một trong những tiêu chí đánh giá, xếp loại chất lượng hoạt động của công đoàn cơ sở cuối năm. Các đơn vị báo cáo số liệu định kỳ sáu tháng và một năm về Ban Tổ chức Liên đoàn Lao động tỉnh. Những đơn vị làm tốt sẽ được biểu dương, khen thưởng vào dịp tổng kết năm.",
            ),
            (
                "image",
                "Ảnh: Đoàn viên ưu tú được công đoàn giới thiệu tham gia lớp bồi dưỡng nhận thức về Đảng",
                "#b71c1c",
            ),
        ],
    },
]
