"""Event dates around replies: the attack a reply answers does not take the reply's day. Texts
are written for the tests."""
from rasid import analyze

PUB = "2024-02-02T10:00:00+03:00"


def _dates(text: str) -> list[str | None]:
    return [e.date for e in analyze(text, id="t", published=PUB).events]


def test_the_attack_a_reply_answers_does_not_take_the_replys_day():
    text = ("أعلنت المقاومة الإسلامية في العراق، يوم الأحد، استهداف قاعدة التنف الأميركية بالمسيرات "
            "رداً على العدوان الإسرائيلي على مطار دمشق الدولي.")
    r = analyze(text, id="t", published=PUB)
    names = {p.id: p.name_ar for p in r.places}
    assert sorted((names[e.place], e.date) for e in r.events) == [("التنف", "2024-01-28"), ("مطار دمشق الدولي", None)]
