"""Quantities: digits of both kinds, number words (gender, dual, compounds), vague amounts, qualifiers."""
import pytest

from rasid.extract.numbers import find_quantities


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.count, q.qualifier


@pytest.mark.parametrize("text,count", [
    ("قتل 40 عنصرا", 40),
    ("قتل ٤٠ عنصرا", 40),
    ("أكثر من 1,200 معتقل", 1200),
])
def test_digits(text, count):
    assert find_quantities(text)[0].count == count


@pytest.mark.parametrize("text,count", [
    ("سقط أربعين جنديا", 40),
    ("ثلاثة وعشرون قتيلا", 23),
    ("ثلاث وعشرين امرأة", 23),
    ("ألفين وخمسمائة لاجئ", 2500),
    ("خمسمائة وخمسون", 550),
    ("أحد عشر مدنيا", 11),
    ("إحدى عشرة سيدة", 11),
    ("ثلاث مئة عائلة", 300),
    ("ثلاثة آلاف نازح", 3000),
    ("خمسة قتلى", 5),
    ("خمس إصابات", 5),
    ("مقتل ألفي شخص", 2000),  # construct duals before their noun
    ("اعتقال مئتي شاب", 200),
    ("مئتا عائلة", 200),
    ("مئتي ألف دولار", 200000),
])
def test_number_words(text, count):
    assert find_quantities(text)[0].count == count


@pytest.mark.parametrize("text", ["مقتل عنصرين", "إصابة جنديين", "استشهد طفلان"])
def test_dual_noun_is_two(text):
    assert one(text) == (2, "exact")


@pytest.mark.parametrize("text", ["عشرات القتلى", "العشرات من الجرحى", "مئات المعتقلين",
                                  "عدد كبير من الجرحى", "عدداً من المدنيين", "آلاف النازحين",
                                  "بضعة عناصر", "الكثير من المدنيين"])
def test_vague(text):
    assert one(text) == (None, "vague")


@pytest.mark.parametrize("text,expected", [
    ("أكثر من 100 عنصر", (100, "at_least")),
    ("ما لا يقل عن عشرة مدنيين", (10, "at_least")),
    ("خمسة وعشرين شخصاً على الأقل", (25, "at_least")),
    ("نحو 50 مقاتلا", (50, "about")),
    ("قرابة ثلاثين", (30, "about")),
    ("حوالي ٢٠٠", (200, "about")),
])
def test_qualifiers(text, expected):
    assert one(text) == expected


def test_spans_point_at_the_number():
    text = "وأعلنت الوزارة مقتل أكثر من 100 مسلح"
    q = find_quantities(text)[0]
    assert text[q.start:q.end] == "أكثر من 100"


def test_words_that_only_look_like_numbers():
    assert find_quantities("يوم الأحد الماضي") == []
    assert find_quantities("توجه نحو المدينة") == []


def test_percentages_are_not_counts():
    assert find_quantities("نحو 30% من القتلى") == []
    assert find_quantities("ارتفعت بنسبة 30 بالمئة") == []


def test_unknown_number_is_vague():
    assert one("مقتل عدد غير معروف من المسلحين") == (None, "vague")


def test_word_tests_find_the_same_words_as_a_plain_scan():
    """``WordTest`` keeps verdicts across documents; positions must match testing every word."""
    from rasid.extract.numbers import WordTest, token_positions, tokens_of, word_positions, words_of

    starts_with_qaf = WordTest(lambda w: w.startswith("ق"))
    is_number = WordTest(lambda w: w[0].isdigit())
    for text in ("قصفت الطائرات، قرية الحمرا؛ وقتل 3 مدنيين (بينهم طفل).",
                 "قال المرصد إن 12 عنصرا قتلوا: قرب القرية، وقبلها بيوم.",
                 "لا شيء هنا"):
        words, toks = words_of(text), tokens_of(text)
        for test in (starts_with_qaf, is_number):
            assert word_positions(text, test) == [k for k, t in enumerate(words) if test.test(t.text)]
            assert token_positions(text, test) == [k for k, t in enumerate(toks)
                                                   if t.text[0].isalnum() and test.test(t.text)]


@pytest.mark.parametrize("text", ["استشهد مدنيَّين اثنين", "إصابة مدنيَين", "وأصيب عسكريَّين بجروح"])
def test_a_marked_dual_is_two(text):
    got = find_quantities(text)
    assert [(q.count, q.qualifier) for q in got][:1] == [(2, "exact")], got


def test_an_unmarked_plural_is_no_count():
    assert find_quantities("أصيب مدنيين في القصف") == []


@pytest.mark.parametrize("text,expected,span", [
    ("قتل ما بين 6 و9 مدنيين", (6, "at_least"), "ما بين 6 و9"),
    ("سقط بين خمسة وسبعة قتلى", (5, "at_least"), "بين خمسة وسبعة"),
])
def test_a_range_is_one_quantity_its_lower_number_at_least(text, expected, span):
    q = find_quantities(text)
    assert [(x.count, x.qualifier) for x in q] == [expected]
    assert text[q[0].start:q[0].end] == span


def test_between_with_one_number_is_no_range():
    assert [(q.count, q.qualifier) for q in find_quantities("اشتباكات بين 3 فصائل")] == [(3, "exact")]


def test_a_dot_groups_thousands_only_before_three_digits_with_no_space():
    from rasid.extract.numbers import find_quantities
    got = [q.count for q in find_quantities("بلغ العدد 12.480 شهيداً، و6.2 درجة، و2.350 مليار دولار، وانتهى 25. 300 آخرون")]
    assert got[:2] == [12480, 6]
    assert 2350 not in got and 25300 not in got


@pytest.mark.parametrize("text", [
    "قصفت الطائرات بلدة كفرنبل",  # nothing folded away: every position maps to itself
    "هـجـوم عَلَى القَرْيَةِ\u200b، وقُتِلَ ثلاثةٌ",  # tatweel, harakat and a zero-width space dropped
    "\u064eأول حرف محذوف وآخره\u0640",  # a deletion at each end
    "قصف\u00a0 على\u00a0إدلب",  # a no-break space beside a space is dropped, alone it is kept
])
def test_a_text_position_stands_before_its_fold_index_position_less_the_marks_dropped_before_it(text):
    from bisect import bisect_left

    from rasid.extract.numbers import fold_drops, fold_indexed

    index, drops = fold_indexed(text)[1], fold_drops(text)
    assert [p - bisect_left(drops, p) for p in range(len(text) + 1)] == \
        [bisect_left(index, p) for p in range(len(text) + 1)]
