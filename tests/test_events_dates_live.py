"""Event dates in live reports: an undated event told after a present-tense report verb
(``تفيد``، ``تعلن``) is announced the day the article came out and takes that day; a past-tense
report leaves an undated event undated. Texts are written for the tests."""
import pytest

from rasid import analyze

PUB = "2024-02-02T10:00:00+03:00"


def _dates(text: str) -> list[str | None]:
    return [e.date for e in analyze(text, id="t", published=PUB).events]


@pytest.mark.parametrize("text", [
    "مصادر محلية تفيد بقصف مدفعي استهدف بلدة سراقب في ريف إدلب.",
    "فصائل المعارضة تعلن في بيان استهداف مواقع للجيش السوري في بلدة سراقب بريف إدلب.",
])
def test_a_present_tense_report_dates_its_event_to_the_publication_day(text):
    assert _dates(text) == ["2024-02-02"]


def test_a_past_tense_report_leaves_an_undated_event_undated():
    assert _dates("وكانت مصادر محلية قد أفادت بقصف مدفعي استهدف بلدة سراقب في ريف إدلب.") == [None]


def test_a_day_the_text_gives_wins_over_the_live_report():
    assert _dates("مصادر محلية تفيد بقصف مدفعي استهدف بلدة سراقب في ريف إدلب أمس.") == ["2024-02-01"]


def test_the_attack_a_reply_answers_does_not_take_the_replys_day():
    text = ("أعلنت المقاومة الإسلامية في العراق، يوم الأحد، استهداف قاعدة التنف الأميركية بالمسيرات "
            "رداً على العدوان الإسرائيلي على مطار دمشق الدولي.")
    r = analyze(text, id="t", published=PUB)
    names = {p.id: p.name_ar for p in r.places}
    assert sorted((names[e.place], e.date) for e in r.events) == [("التنف", "2024-01-28"), ("مطار دمشق الدولي", None)]
