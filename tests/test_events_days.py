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
