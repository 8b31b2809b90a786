"""Dates: both month series, both digit kinds, relative days and weekdays against the publication day."""
import pytest

from rasid.extract.dates import find_dates

PUB = "2024-03-13"  # a Wednesday


def first(text, pub=PUB):
    found = find_dates(text, pub)
    assert found, text
    return found[0].date, found[0].precision


@pytest.mark.parametrize("text,iso", [
    ("وقع الهجوم في 22 يناير الماضي", "2024-01-22"),
    ("وقع الهجوم في 22 كانون الثاني", "2024-01-22"),
    ("وقع الهجوم يوم 22 يناير كانون الثاني", "2024-01-22"),
    ("في 5 من آذار/مارس الجاري", "2024-03-05"),
    ("في 17 تشرين الأول/أكتوبر", "2023-10-17"),
    ("في ٢٢ شباط ٢٠٢٣", "2023-02-22"),
    ("قصفت الطائرات المطار في الثاني من آذار/مارس الجاري", "2024-03-02"),
    ("وقعت المجزرة في الحادي والعشرين من شباط الماضي", "2024-02-21"),
    ("اندلعت الاشتباكات يوم الثالث عشر من كانون الثاني", "2024-01-13"),
])
def test_absolute(text, iso):
    assert first(text) == (iso, 1)


@pytest.mark.parametrize("text,iso", [
    ("قصفت القوات البلدة اليوم", "2024-03-13"),
    ("فجر اليوم الأربعاء", "2024-03-13"),
    ("وقعت الاشتباكات أمس", "2024-03-12"),
    ("مساء أمس الثلاثاء", "2024-03-12"),
    ("الأول من أمس", "2024-03-11"),
    ("أمس الأول", "2024-03-11"),
    ("الليلة الماضية", "2024-03-13"),
    ("وفجراً تعرضت القاعدة لقصف", "2024-03-13"),
])
def test_relative_days(text, iso):
    assert first(text) == (iso, 1)


@pytest.mark.parametrize("text,iso", [
    ("أعلنت الوزارة، الأحد، مقتل", "2024-03-10"),
    ("يوم السبت", "2024-03-09"),
    ("الأربعاء الماضي", "2024-03-06"),
    ("مساء الإثنين", "2024-03-11"),
    ("ليل الثلاثاء", "2024-03-13"),  # the night takes the later day
])
def test_weekdays(text, iso):
    assert first(text) == (iso, 1)


def test_week_and_month_precision():
    assert first("خلال الأسبوع الماضي") == ("2024-03-06", 2)
    assert first("الشهر الماضي") == ("2024-02-01", 3)
    assert first("أواخر حزيران/يونيو الماضي") == ("2023-06-01", 3)
    assert first("مطلع العام الجاري") == ("2024-01-01", 3)


@pytest.mark.parametrize("text", ["قبل أيام", "خلال الأيام الماضية", "خلال الساعات الـ48 الماضية", "مؤخراً",
                                  "قبل 4 أعوام"])
def test_vague_cues_have_no_date(text):
    assert first(text) == (None, None)


def test_not_dates():
    assert find_dates("الحوار بين الاثنين مستمر", PUB) == []
    assert find_dates("لليوم الـ21 على التوالي", PUB) == []
    assert find_dates("بعد صلاة الجمعة", PUB) == []


def test_relative_without_publication_day():
    assert first("أمس", None) == (None, None)


def test_story_stamped_after_midnight_counts_from_the_named_weekday():
    # 2024-03-30 is a Saturday; the text still says "today, Friday"
    got = find_dates("أعلنت الفصائل، مساء اليوم الجمعة، أنها نفذت هجوماً فجر اليوم.", "2024-03-30")
    assert [d.date for d in got] == ["2024-03-29", "2024-03-29"]


def test_day_of_this_or_last_month():
    from rasid.extract.dates import find_dates
    assert [d.date for d in find_dates("قصفت قوات الأسد سراقب يوم 21 من الشهر الجاري.", "2020-02-23")] == ["2020-02-21"]
    assert [d.date for d in find_dates("وكان ذلك في 30 من الشهر الماضي.", "2020-02-23")] == ["2020-01-30"]
def test_a_weekday_to_come_is_no_date():
    assert find_dates("يلقي الأمين العام كلمة يوم الجمعة المقبل", PUB) == []
    assert find_dates("وكلمة مرتقبة للأمين العام يوم الجمعة", PUB) == []
    assert find_dates("قصفت المدفعية البلدة يوم الجمعة", PUB) != []


def test_a_day_with_the_article_glued_and_a_period_since_a_day():
    got = find_dates("وفي الـ19 من تشرين الأول/أكتوبر الحالي، استهدفت الفصائل القاعدة", "2023-10-23")
    assert [(d.date, d.precision) for d in got] == [("2023-10-19", 1)]
    got = find_dates("تعرضت القواعد لهجمات منذ الـ17 من تشرين الأول/أكتوبر الماضي", "2023-10-23")
    assert [(d.date, d.precision) for d in got] == [(None, None)]


def test_a_day_of_this_month_or_of_the_month_just_named():
    got = find_dates("وفي 30 تشرين الأول/أكتوبر الماضي، أعلنت الوزارة. وفي 26 من الشهر نفسه، أكدت", "2023-11-08")
    assert [d.date for d in got] == ["2023-10-30", "2023-10-26"]
    assert [d.date for d in find_dates("وفي 3 من الشهر الجاري، قصفت", "2023-11-08")] == ["2023-11-03"]


def test_an_ordinal_in_a_month_name_is_no_day():
    assert first("في كانون الثاني من العام الماضي") == ("2024-01-01", 3)


@pytest.mark.parametrize("text,iso", [
    ("قصفت المدفعية البلدة الإثنين، ثم عادت وقصفتها مرتين في ذات اليوم", "2024-03-11"),
    ("سقطت القذيفة أمس، وفي اليوم نفسه أغلقت الطرق", "2024-03-12"),
    ("بدأ الهجوم أمس الأول، وفي اليوم التالي انسحب المسلحون", "2024-03-12"),
])
def test_the_same_day_repeats_the_day_just_told(text, iso):
    assert find_dates(text, PUB)[-1].date == iso


def test_the_same_day_with_no_day_told_is_vague():
    found = find_dates("وصلت التعزيزات في اليوم ذاته", PUB)
    assert [(d.date, d.kind) for d in found] == [(None, "vague")]


def test_the_day_after_a_month_told_stays_in_that_month():
    found = find_dates("في كانون الثاني/يناير الماضي قصفت الطائرات المطار، وفي اليوم التالي أغلقت الطرق", PUB)
    assert (found[-1].date, found[-1].precision) == ("2024-01-01", 3)


@pytest.mark.parametrize("text", ["في اليوم الأخير من الشهر الفائت", "قبل نهاية اليوم الـ 31 منه"])
def test_the_last_or_a_numbered_day_is_not_today(text):
    assert all(d.date != PUB for d in find_dates(text, PUB))


@pytest.mark.parametrize("text, iso", [
    ("وفي 3 أيلول اندلعت اشتباكات، وقبلها في الثاني من الشهر نفسه تصدّى الجيش لهجوم", "2023-09-02"),
    ("استهدفت غارة المطار في السابع من الشهر الجاري", "2023-09-07"),
    ("وقع الهجوم في التاسع عشر من الشهر الماضي", "2023-08-19"),
])
def test_a_day_of_the_month_written_as_an_ordinal(text, iso):
    assert find_dates(text, "2023-09-24")[-1].date == iso


def test_fi_is_tried_only_before_the_words_that_can_follow_it():
    """``_matches`` skips في before any word outside ``_AFTER_FI``: every word the pattern
    accepts after في (each opener, month and period word, before typical continuations) is there."""
    from rasid.extract.dates import _AFTER_FI, _FIRSTS, _MONTHS, _pattern
    from rasid.text.normalize import fold

    words = set(_FIRSTS) | {fold(m) for m in _MONTHS} | {fold(w) for w in ("الشهر", "الماضي", "وقت", "اليوم")}
    tails = ("", " 2020", " الماضي", " الماضية", " الأخيرة", " الجاري", " آذار 2020", " آذار", " الماضيين")
    accepted = {w for w in words for tail in tails
                if _pattern().match(fold(f"وقع ذلك في {w}{tail} ."), len("وقع ذلك "))}
    assert accepted, "the pattern should accept some words after في"
    assert {w.split()[0] for w in accepted} <= _AFTER_FI


def test_fi_before_a_month_or_period_still_dates():
    assert first("وقع الهجوم في شهر آذار الماضي")[1] == 3
    assert find_dates("في الأيام الماضية قصفت الطائرات البلدة", PUB)[0].kind == "vague"
    text = "وفي عام 2019 سيطرت الفصائل على البلدة"
    cue = find_dates(text, PUB)[0]
    assert text[cue.start:cue.end] == "وفي عام 2019"  # the cue opens at وفي, not at عام


@pytest.mark.parametrize("text", ["وفي وقت سابق من اليوم، أعلن الجيش إسقاط مسيّرة", "وفي وقتٍ لاحق من اليوم، قصفت المدفعية"])
def test_earlier_today_is_today(text):
    found = find_dates(text, PUB)
    assert [(d.date, d.precision) for d in found] == [(PUB, 1)]


def test_from_today_on_is_no_day():
    assert find_dates("يبدأ العمل بالقرار اعتباراً من اليوم", PUB) == []


def test_yesterday_named_by_its_weekday_tells_the_day_of_writing():
    # 2024-03-30 is a Saturday, stamped after midnight: "yesterday, Thursday" was written on Friday
    from rasid.extract.dates import dates_and_day
    got, day = dates_and_day("وكانت الفصائل قد قصفت المواقع أمس الخميس، ثم هاجمتها اليوم.", "2024-03-30T00:20")
    assert [d.date for d in got] == ["2024-03-28", "2024-03-29"] and day == "2024-03-29"


def test_a_story_stamped_in_the_small_hours_tells_the_evening_before():
    from rasid.extract.dates import dates_and_day
    # no cue counts from the new day: an undated story is the evening's news
    assert dates_and_day("قصفت الطائرات المواقع في المنطقة.", "2024-03-30T01:30:00+03:00")[1] == "2024-03-29"
    # "dawn today", "yesterday" or the new day's weekday: the writer is in the new day
    for text in ("قصفت الطائرات المواقع فجر اليوم.", "قصفت الطائرات المواقع مساء أمس.",
                 "قصفت الطائرات المواقع فجر السبت."):
        assert dates_and_day(text, "2024-03-30T01:30:00+03:00")[1] == "2024-03-30", text
    # stamped by day, or with no time at all: the stamp's day
    assert dates_and_day("قصفت الطائرات المواقع.", "2024-03-30T09:30:00+03:00")[1] == "2024-03-30"
    assert dates_and_day("قصفت الطائرات المواقع.", "2024-03-30")[1] == "2024-03-30"


def test_a_stretch_counts_its_days():
    from rasid.extract.dates import span_days
    assert [span_days(w) for w in ("يومين", "اسبوع", "3 ايام", "ساعات", "ايام")] == [2, 7, 3, 0, None]
    assert first("قصفت المدفعية البلدة قبل ساعات") == (None, None)  # "hours ago" stays vague
