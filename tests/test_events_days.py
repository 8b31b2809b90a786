"""Event days: what day an event is recorded on, and when it has none. Texts are written for the tests."""
from rasid import analyze

PUB = "2024-05-29T10:00:00+03:00"


def _days(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    r = analyze(text, id="t", published=published)
    names = {p.id: p.name_ar for p in r.places}
    return sorted((names.get(e.place or "", ""), e.date) for e in r.events)


def test_an_event_told_only_by_its_month_or_week_has_no_day():
    month = "وفي مطلع أيار، شن الطيران الحربي غارات على محيط مطار حلب الدولي."
    assert _days(month) == [("مطار حلب الدولي", None)], _days(month)
    week = "وقصفت المدفعية بلدة سراقب الأسبوع الماضي."
    assert _days(week) == [("سراقب", None)], _days(week)
    day = "وفي الثاني من أيار، شن الطيران الحربي غارات على محيط مطار حلب الدولي."
    assert _days(day) == [("مطار حلب الدولي", "2024-05-02")], _days(day)


_LIVE = ("طائرة مسيّرة تستهدف القاعدة الأميركية في حقل كونيكو بريف دير الزور.\n"
         "أفاد مراسلنا باستهداف طائرة مسيّرة القاعدة الأميركية في حقل كونيكو، وسُمع صوت انفجار قوي.\n"
         "وتتعرض القواعد الأميركية في سوريا والعراق لهجمات متكررة.")


def test_a_strike_the_lead_reports_and_no_sentence_dates_is_the_days_news():
    assert _days(_LIVE) == [("حقل كونيكو", "2024-05-29")], _days(_LIVE)


def test_a_bulletins_headline_or_a_lone_paragraph_keeps_no_day():
    r = analyze(_LIVE, id="t", published=PUB, title="نشرة الثامنة")
    assert [e.date for e in r.events] == [None], r.events
    lone = "أفاد مراسلنا باستهداف طائرة مسيّرة القاعدة الأميركية في حقل كونيكو."
    assert _days(lone) == [("حقل كونيكو", None)], _days(lone)


def test_a_protest_the_lead_tells_as_going_on_keeps_no_day():
    text = ("مظاهرات في مدينة إدلب تطالب بإسقاط زعيم الهيئة.\n"
            "خرجت مظاهرات في مدينة إدلب طالب المشاركون فيها بإسقاط زعيم الهيئة والإفراج عن المعتقلين.\n"
            "وتتواصل الاحتجاجات في المنطقة منذ أشهر.")
    assert [d for _, d in _days(text)] == [None], _days(text)


def test_a_sentence_that_counts_times_takes_no_day_told_before():
    text = ("وفي 23 من أيار الحالي، استهدفت المقاومة قاعدة الشدادي في سوريا بطائرات مسيّرة.\n"
            "واستهدفت المقاومة قاعدة عين الأسد في العراق مرّات عديدة، كما استهدفت قاعدة التنف في سوريا.")
    assert _days(text) == [("التنف", None), ("الشدادي", "2024-05-23")], _days(text)
    own = "واستهدفت المقاومة قاعدة التنف عدة مرات، آخرها أمس."
    assert _days(own) == [("التنف", "2024-05-28")], _days(own)


def test_a_day_told_of_attacks_in_iraq_and_syria_goes_on_to_the_bases_in_syria():
    told = ("وأمس، أعلنت المقاومة الإسلامية في العراق أن مجاهديها استهدفوا قواعد للاحتلال الأميركي في {where}، "
            "إذ استهدفت ثلاث هجمات قاعدة عين الأسد غربي العراق.\n"
            "واستُهدفت قاعدة التنف في البادية.")
    both = _days(told.format(where="العراق وسوريا"))
    assert both == [("التنف", "2024-05-28")], both
    iraq = _days(told.format(where="العراق"))
    assert iraq == [("التنف", None)], iraq


def test_a_sentence_opening_on_it_is_worth_noting_recalls_another_day():
    told = "قصفت المدفعية بلدة سراقب صباح اليوم.\n{opener} الطائرات الحربية نفذت غارات على بلدة كفرنبل."
    recalled = _days(told.format(opener="الجدير ذكره أنّ"))
    assert recalled == [("سراقب", "2024-05-29"), ("كفرنبل", None)], recalled
    goes_on = _days(told.format(opener="وأفاد مراسلنا بأنّ"))
    assert goes_on == [("سراقب", "2024-05-29"), ("كفرنبل", "2024-05-29")], goes_on


_UNDATED = ("اشتباكات بين قوات العشائر و\"قسد\" في ريف دير الزور الشرقي.\n"
            "اندلعت اشتباكات عنيفة بين قوات العشائر و\"قسد\" في بلدة الكشكية، بحسب ما أفاد به مراسلنا.\n"
            "وأضاف المراسل أنّ قوات العشائر دخلت بلدة غرانيج بعد معارك مع \"قسد\".")


def test_a_report_that_names_no_time_at_all_is_the_days_news():
    """No time cue anywhere: a live report, its every event on the publication day (not only a
    strike its lead tells)."""
    days = _days(_UNDATED)
    assert days and all(day == "2024-05-29" for _, day in days), days
    dated = _UNDATED.replace("اندلعت اشتباكات", "اندلعت أمس اشتباكات")
    assert ("الكشكية", "2024-05-28") in _days(dated), _days(dated)


def test_an_attack_a_time_reference_points_back_to_takes_no_day_of_the_story():
    """``بعد يومين من موجة غارات``: the wave came days before the story's day, not on it."""
    text = ("غارات تركية على مواقع \"قسد\" في ريف الحسكة.\n"
            "شن الطيران التركي، اليوم، غارات على مواقع لـ\"قسد\" في مدينة القامشلي.\n"
            "وجاءت هذه الغارات بعد يومين من موجة غارات أخرى طاولت مقار \"قسد\" في بلدة المالكية.")
    days = dict(_days(text))
    assert days.get("القامشلي") == "2024-05-29", days
    assert days.get("المالكية", "absent") != "2024-05-29", days


def test_a_strike_reported_after_midnight_is_the_evening_befores():
    assert _days(_LIVE, "2024-05-29T00:40:00+03:00") == [("حقل كونيكو", "2024-05-28")]
    r = analyze(_LIVE, id="t", published="2024-05-29T00:40:00+03:00")
    assert r.doc.published == "2024-05-29"  # the contract keeps the stamp's date


def test_an_attack_told_so_many_days_before_the_days_news_takes_that_day():
    told = ("شنت الطائرات الحربية اليوم غارات على مدينة القامشلي.\n"
            "وجاءت هذه الغارات بعد يومين من موجة غارات أخرى طاولت بلدة القحطانية.")
    assert _days(told, "2023-12-25") == [("القامشلي", "2023-12-25"), ("القحطانية", "2023-12-23")], _days(told, "2023-12-25")
    vague = told.replace("بعد يومين", "بعد أيام")  # "days after": no day to count
    assert _days(vague, "2023-12-25") == [("القامشلي", "2023-12-25"), ("القحطانية", None)], _days(vague, "2023-12-25")


def test_an_attack_a_reply_answers_is_not_the_days_news():
    """``الردّ على استهداف …``: the attack answered came before the reply, on a day the text does
    not give; a report naming no time does not put it on the publication day."""
    text = ("محلل يتحدث عن الرد الإيراني على الغارة الإسرائيلية على حي المزة في دمشق.\n"
            "قال المحلل إن الرد الإيراني على الغارة الإسرائيلية على حي المزة في دمشق غيّر قواعد الاشتباك.\n"
            "وأضاف أن المنطقة تدخل مرحلة جديدة من التصعيد.")
    assert [d for _, d in _days(text)] == [None], _days(text)
    struck = text.replace("الرد الإيراني على الغارة", "الغارة")
    assert [d for _, d in _days(struck)] == ["2024-05-29"], _days(struck)
