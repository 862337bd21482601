"""
Seed the bench database with generated articles (used by bench/portal.py).

Articles are live ArticlePages under the demo's categories, with Vietnamese-looking
text built from a fixed word list and a fixed random seed, so every run builds the
same database. About one article in seven mentions "Đảng viên"; no other word folds
to "dang", so a search for "dang vien" finds roughly that share.

They are added with `category.add_child(instance=...)` in one transaction (no
revisions, no page_published signal), then indexed for the portal's search with
congdoan.portal.published_articles.record. Django must be set up before calling
seed_articles().
"""

import datetime
import random
import time

# Common words and phrases of a trade-union news portal. None of them folds to the
# word "dang" (that would be e.g. "đang", "đăng ký", "chính đáng"): checked below.
PHRASES = [
    "công đoàn",
    "người lao động",
    "an toàn",
    "thi đua",
    "đoàn viên",
    "nhân viên",
    "hội viên",
    "doanh nghiệp",
    "công nhân",
    "việc làm",
    "tiền lương",
    "phúc lợi",
    "bảo hiểm xã hội",
    "hợp đồng lao động",
    "thỏa ước lao động tập thể",
    "vệ sinh lao động",
    "phong trào",
    "khen thưởng",
    "tổ chức",
    "hoạt động",
    "chăm lo",
    "đời sống",
    "tinh thần",
    "vật chất",
    "kế hoạch",
    "triển khai",
    "thực hiện",
    "hiệu quả",
    "cơ sở",
    "liên đoàn lao động tỉnh",
    "ban chấp hành",
    "hội nghị",
    "đại hội",
    "tuyên truyền",
    "pháp luật",
    "chính sách",
    "nữ công",
    "gia đình",
    "trẻ em",
    "học sinh",
    "mái ấm công đoàn",
    "Tết sum vầy",
    "tháng công nhân",
    "văn hóa",
    "thể thao",
    "giải bóng đá",
    "sáng kiến",
    "kỹ thuật",
    "năng suất",
    "chất lượng",
    "bảo vệ",
    "quyền lợi",
    "hợp pháp",
    "đảm bảo",
    "định hướng",
    "đối thoại",
    "thương lượng",
    "tập thể",
    "người sử dụng lao động",
    "khu công nghiệp",
    "nhà máy",
    "công trường",
    "xây dựng",
    "giao thông",
    "y tế",
    "giáo dục",
    "nông nghiệp",
    "lao động nữ",
    "chuyển đổi số",
    "cải cách hành chính",
    "ứng dụng",
    "công nghệ thông tin",
    "kinh phí",
    "tài chính",
    "kiểm tra",
    "giám sát",
    "phối hợp",
    "lãnh đạo",
    "chỉ đạo",
    "cán bộ",
    "chuyên môn",
    "nghiệp vụ",
    "đào tạo",
    "bồi dưỡng",
    "kỹ năng",
    "trao tặng",
    "quà",
    "hỗ trợ",
    "khó khăn",
    "thiên tai",
    "lũ lụt",
    "Bắc Kạn",
    "Chợ Mới",
    "Ba Bể",
    "Pác Nặm",
    "Ngân Sơn",
    "Na Rì",
    "Bạch Thông",
    "Chợ Đồn",
    "năm nay",
    "tháng trước",
    "trong thời gian tới",
    "nhằm",
    "góp phần",
    "nâng cao",
    "tích cực",
    "sôi nổi",
    "thiết thực",
    "của",
    "và",
    "cho",
    "với",
    "tại",
    "trên",
    "các",
    "những",
    "nhiều",
    "được",
    "đã",
    "sẽ",
]
# Mentioned by about one article in seven (PARTY_SHARE).
PARTY_PHRASES = [
    "Đảng viên",
    "kết nạp Đảng viên mới",
    "Đảng viên trẻ",
    "chi bộ có nhiều Đảng viên",
    "Đảng viên là công nhân trực tiếp sản xuất",
]
PARTY_SHARE = 1 / 7
AUTHORS = ["Minh Châu", "Hồng Vân", "Thu Hà", "Văn Long", "Ngọc Anh", "Quốc Huy", "Thanh Tâm", "Bảo Ngọc"]
UNITS = ["Ban Tuyên giáo LĐLĐ tỉnh", "Công đoàn ngành Y tế", "Công đoàn ngành Giáo dục", "LĐLĐ huyện Ba Bể", ""]
SLUG_PREFIX = "bench-"
RANDOM_SEED = 20_251_123


def _check_phrases():
    from congdoan.vietnamese import fold_words

    for phrase in PHRASES:
        assert "dang" not in fold_words(phrase), f"filler phrase {phrase!r} folds to 'dang'"
    for phrase in PARTY_PHRASES:
        words = fold_words(phrase)
        assert "dang" in words and "vien" in words, phrase


def _sentence(rng, extra=None):
    words = rng.choices(PHRASES, k=rng.randint(8, 16))
    if extra:
        words.insert(rng.randrange(len(words) + 1), extra)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng, extra=None):
    sentences = [_sentence(rng) for _ in range(rng.randint(3, 5))]
    if extra:
        sentences[rng.randrange(len(sentences))] = _sentence(rng, extra)
    return " ".join(sentences)


def _article_fields(rng, number, published):
    """The fields of generated article `number` (title, lead, body as StreamField tuples…)."""
    from wagtail.rich_text import RichText

    party = rng.random() < PARTY_SHARE
    party_phrase = rng.choice(PARTY_PHRASES) if party else None
    title_words = rng.choices(PHRASES, k=rng.randint(5, 10))
    if party and rng.random() < 0.3:
        title_words.insert(rng.randrange(len(title_words) + 1), party_phrase)
    title = " ".join(title_words)
    title = title[0].upper() + title[1:]
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(3, 6))]
    if party:
        index = rng.randrange(len(paragraphs))
        paragraphs[index] = _paragraph(rng, extra=party_phrase)
    return {
        "title": title[:250],
        "slug": f"{SLUG_PREFIX}{number:05d}",
        "lead": _sentence(rng) + " " + _sentence(rng),
        "body": [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
        "author": rng.choice(AUTHORS),
        "author_unit": rng.choice(UNITS),
        "featured": False,
        "live": True,
        "first_published_at": published,
        "last_published_at": published,
    }


def seeded_count():
    from congdoan.portal.models import ArticlePage

    return ArticlePage.objects.filter(slug__startswith=SLUG_PREFIX).count()


def seed_articles(count, progress=print):
    """
    Add `count` generated live articles (numbered after those already seeded) and
    index them for search. Returns a dict of timings in seconds.
    """
    from django.db import transaction
    from django.db.models import Min

    from congdoan.portal import published_articles
    from congdoan.portal.models import ArticlePage, CategoryPage

    _check_phrases()
    rng = random.Random(RANDOM_SEED + seeded_count())
    categories = list(CategoryPage.objects.order_by("path"))
    if not categories:
        raise RuntimeError("no CategoryPage in the database: run `manage.py load_demo` first")
    # Older than every demo article, so the home page and the categories still open
    # with the demo's articles (with their pictures), as a real portal would.
    oldest = ArticlePage.objects.exclude(slug__startswith=SLUG_PREFIX).aggregate(t=Min("first_published_at"))["t"]
    newest_seeded = (oldest or datetime.datetime.now(datetime.UTC)) - datetime.timedelta(days=1)
    first_number = seeded_count() + 1

    add_seconds = index_seconds = 0.0
    started = time.perf_counter()
    with transaction.atomic():
        for offset in range(count):
            number = first_number + offset
            # Spread over about four years, newest first.
            published = newest_seeded - datetime.timedelta(minutes=210 * offset + rng.randint(0, 200))
            article = ArticlePage(**_article_fields(rng, number, published))
            category = categories[offset % len(categories)]
            t0 = time.perf_counter()
            category.add_child(instance=article)
            t1 = time.perf_counter()
            published_articles.record(article)
            t2 = time.perf_counter()
            add_seconds += t1 - t0
            index_seconds += t2 - t1
            done = offset + 1
            if done % 1000 == 0 or done == count:
                elapsed = time.perf_counter() - started
                progress(
                    f"  seeded {done:>6}/{count}  ({elapsed:6.1f} s; add_child {1000 * add_seconds / done:.1f} ms,"
                    f" index_article {1000 * index_seconds / done:.1f} ms each)"
                )
    return {
        "count": count,
        "total_seconds": time.perf_counter() - started,
        "add_child_seconds": add_seconds,
        "index_seconds": index_seconds,
    }
