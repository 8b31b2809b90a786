"""is_word decides whether evasion-split letters may be joined, so test both directions."""
from __future__ import annotations

import random

import pytest

from rasid.lexicon.words import is_abbreviation, is_word, splits_into_words

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


@pytest.mark.parametrize("token", [
    "الجيش", "تقصف", "داعش", "شهيداً", "عدوانه", "والاشتباكات", "للمسلحين", "بالقصف",
    "مسيّرة", "استهدافها", "الاحتلال", "للاحتلال", "النصرة", "قسد", "حميميم", "الإرهابيين",
    "قتلوا", "استشهد", "مقتل", "غارات", "الدولتين", "مسيرتها", "الرد", "انتهت", "نقصف",
    "وسيطرت", "المسلحون", "عسكرية", "الهجومية", "فاستهدفوا", "بصاروخين",
])
def test_real_words_are_recognised(token: str) -> None:
    assert is_word(token)


@pytest.mark.parametrize("token", [
    "ا.ل.ج.ي.ش", "ق.ت.ل", "ق ت ل", "ت.ق.ص.ف", "د.ا.ع.ش", "ش ه ي د اً", "ع د و ا ن ه",
    "الجي.ش", "الاحت-لال",
])
def test_evasion_spellings_are_recognised_after_joining(token: str) -> None:
    assert is_word(token)


@pytest.mark.parametrize("token", [
    "أ.ف.ب", "أفب", "د.محمد", "دمحمد", "ق.م", "ص.ب", "قم", "أ.د", "ج.م.ع", "د.", "ت",
    "ثقزظ", "خحجث", "ظضغذ", "قثطص",
])
def test_abbreviations_short_tokens_and_noise_are_rejected(token: str) -> None:
    assert not is_word(token)


def test_title_letter_before_a_name_is_not_joined_but_tatweel_split_is() -> None:
    assert not is_word("م.حسن") and not is_word("أ.علي")  # engineer Hasan, ustadh Ali
    assert is_word("مـ.ـسيّرة") and is_word("بـ.ــهجوم")  # evasion splits carry tatweel


def test_abbreviation_whose_letters_spell_a_word_is_caught_only_dotted() -> None:
    assert is_abbreviation("ج.م.ع") and not is_word("ج.م.ع")
    assert is_word("جمع")  # "collected / plural" is a real word on its own


def test_hyphenated_word_pair_is_not_one_word() -> None:
    assert not is_word("العربية-السورية")
    assert not splits_into_words("العربيةالسورية", avoid=[7])  # pieces were words already


def test_lost_space_between_words_is_seen_as_a_run_of_words() -> None:
    assert splits_into_words("المسلحةالمنتشرة", avoid=[10])
    assert splits_into_words("أنّالاحتلال")
    assert not splits_into_words("ثقزظخحجث")


def test_false_accept_rate_on_random_strings_is_low() -> None:
    rng = random.Random(20231007)
    samples = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 5))) for _ in range(1000)]
    rate = sum(map(is_word, samples)) / len(samples)
    assert rate < 0.05, rate


@pytest.mark.parametrize("word", ["الأميركيتين", "إسرائيليتان", "الدولتين", "قصفتا", "استهدفتا"])
def test_dual_feminine_endings(word: str) -> None:
    assert is_word(word)
