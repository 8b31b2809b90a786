"""Events on corpus-style (Al Mayadeen) reports: which places a cue's event takes — a
governorate that only locates a city and its countryside, a quarter named with its town.
Texts are written for the tests."""
from test_events import run


def test_a_governorate_after_a_city_and_its_countryside_only_locates_them():
    found, _ = run("استهدف الطيران التركي اليوم مواقع لقسد في مدينة القامشلي وريفها في الحسكة.")
    assert [p for t, s, p, d in found] == ["القامشلي"], found
    found, _ = run("استهدف الطيران التركي اليوم مواقع لقسد في مدينة القامشلي والحسكة.")
    assert sorted(p for t, s, p, d in found) == ["الحسكة", "القامشلي"], found


def test_a_quarter_named_with_its_town_is_the_towns_event():
    quarter = {"الجورة": ("point", "Al-Hasakah")}
    found, _ = run("قصف الطيران التركي اليوم مدينة القامشلي وحي الجورة فيها.", extra=quarter)
    assert [p for t, s, p, d in found] == ["القامشلي"], found
    found, _ = run("قصف الطيران التركي اليوم مدينة القامشلي وبلدة الجورة قربها.", extra=quarter)
    assert sorted(p for t, s, p, d in found) == ["الجورة", "القامشلي"], found


def test_a_protest_for_a_cause_abroad_is_where_it_is_held():
    found, _ = run("شهدت مدينة القامشلي، صباح اليوم، وقفة تضامنية حاشدة نصرةً لغزة في وجه العدوان الإسرائيلي المستمر.")
    assert [(t, p) for t, s, p, d in found] == [("Protests", "القامشلي")], found
    found, _ = run("ردّاً على الغارة على غزة والعدوان المستمر، قصفت المقاومة موقعاً في القامشلي أمس.")
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "القامشلي")], found
