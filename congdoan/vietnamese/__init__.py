"""
Vietnamese-language helpers: folding for search, slugs, alphabetical
sorting, search highlighting and citizen ID validation.
"""

from .citizen_id import citizen_id_error, is_valid_citizen_id, normalize_citizen_id
from .collation import collation_bytes, name_sort_key, sort_key
from .folding import fold, fold_words
from .highlight import excerpt, highlight
from .slugs import slugify
from .stamps import VIETNAM, in_vietnam, update_stamp

__all__ = [
    "VIETNAM",
    "in_vietnam",
    "update_stamp",
    "citizen_id_error",
    "collation_bytes",
    "excerpt",
    "fold",
    "fold_words",
    "highlight",
    "is_valid_citizen_id",
    "name_sort_key",
    "normalize_citizen_id",
    "slugify",
    "sort_key",
]
