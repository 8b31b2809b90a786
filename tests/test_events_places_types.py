"""Events on corpus-style (Al Mayadeen) reports: which places a cue's event takes when a
governorate only locates a city and its countryside. Texts are written for the tests."""
from test_events import run


def test_a_governorate_after_a_city_and_its_countryside_only_locates_them():
    found, _ = run("استهدف الطيران التركي اليوم مواقع لقسد في مدينة القامشلي وريفها في الحسكة.")
    assert [p for t, s, p, d in found] == ["القامشلي"], found
    found, _ = run("استهدف الطيران التركي اليوم مواقع لقسد في مدينة القامشلي والحسكة.")
    assert sorted(p for t, s, p, d in found) == ["الحسكة", "القامشلي"], found
