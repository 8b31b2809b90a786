"""Session 17, places: which Syrian places a text names and which place each is. Texts are
written for the tests."""
from rasid import analyze


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    result = analyze(text, id="t", published="2024-03-12")
    return [(p.name_ar, p.gazetteer_id, p.admin1) for p in result.places]


def test_a_roads_two_ends_are_its_towns():
    # a governorate's name at a road's end is its city; a word-like town name there is a place
    found = _places("انفجرت عبوة ناسفة بحافلة نقل على طريق سلمية – حمص صباح اليوم.")
    assert ("سلمية", "SY0503", "Hama") in found, found
    assert ("حمص", "C2528", "Homs") in found, found
    found = _places("هاجم مسلحون صهريجاً على طريق الحسكة _ دير الزور مساء أمس.")
    assert [g for _, g, _ in found] == ["C4360", "C5086"], found
    found = _places("قُتل سائق في كمين على أوتوستراد دير الزور – تدمر.")
    assert [g for _, g, _ in found] == ["C5086", "C2889"], found


def test_a_road_abroad_names_no_syrian_end():
    # the foreign end (a Syrian namesake of Riyadh) is no place; a metaphorical road to a capital
    # gives the city no place either
    found = _places("ويبقى الأهم ما يجري على طريق الرياض–دمشق هذه الأيام.")
    assert found == [], found
    found = _places("ويبقى الأهم ما يجري على طريق دمشق–الرياض هذه الأيام.")
    assert found == [], found


def test_a_road_without_a_dash_keeps_the_governorate_reading():
    found = _places("وتقدمت القوات نحو ريف حلب ووصلت إلى طريق حلب، ثم توقفت.")
    assert ("حلب", "SY02", "Aleppo") in found, found


def test_the_quarters_of_a_governorates_name_are_its_citys():
    found = _places("تضررت مبانٍ كثيرة في أحياء حلب الشرقية خلال المعارك.")
    assert found == [("حلب", "C1007", "Aleppo")], found
    found = _places("وانتشرت الدوريات في أحياء الحسكة الجنوبية منذ الصباح.")
    assert found == [("الحسكة", "C4360", "Al-Hasakah")], found
