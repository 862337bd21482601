"""Hypothesis strategies shared by the tests of the Vietnamese helpers."""

from hypothesis import strategies as st

VIETNAMESE_LOWER = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()

vietnamese_words = st.text(alphabet=VIETNAMESE_LETTERS, min_size=1, max_size=8)
vietnamese_text = st.text(alphabet=VIETNAMESE_LETTERS + " -.,0123456789", max_size=40)

# Vietnamese letters mixed with stray combining marks, which exercise the
# corner cases of NFC normalisation.
tricky_text = st.text(
    alphabet=VIETNAMESE_LETTERS + "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323\u0338 İß",
    max_size=20,
)
