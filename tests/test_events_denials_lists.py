"""Events on corpus-style (Al Mayadeen) reports: the bases of one statement listed between
commas, a denial of a strike's toll or of the allegations about its author (the strike stands).
Texts are written for the tests."""
from test_events import run

EXTRA = {"التنف": ("point", "Homs"), "ذيبان": ("point", "Deir ez-Zor"),
         "تدمر": ("point", "Homs")}


def test_bases_listed_between_commas_are_all_struck():
    found, _ = run("أعلنت المقاومة اليوم استهدافها القواعد الأميركية، ومنها قاعدة عين الأسد في العراق، التنف، حرير، الشدادي.",
                   extra=EXTRA)
    assert {p for t, s, p, d in found} == {"التنف", "الشدادي"}, found


def test_a_place_framing_the_strike_does_not_run_on_into_the_next_deed():
    found, _ = run("قصفت قسد بقذائف المدفعية بلدة ذيبان في ريف دير الزور، في سوريا، ونصبت مدافع في البوكمال أمس.",
                   extra=EXTRA)
    assert "البوكمال" not in {p for t, s, p, d in found}, found


def test_a_denied_toll_leaves_the_strike():
    found, _ = run("أكدت المصادر عدم وجود خسائر بشرية جراء الغارات على مدينة تدمر اليوم.", extra=EXTRA)
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "تدمر")], found
    found, _ = run("نفت المصادر استشهاد أي عنصر في الغارة التي استهدفت مدينة تدمر اليوم.", extra=EXTRA)
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "تدمر")], found


def test_a_denied_strike_is_still_no_event():
    found, _ = run("نفت مصادر عسكرية وقوع غارات على مدينة تدمر اليوم.", extra=EXTRA)
    assert found == [], found


def test_denying_the_allegations_about_its_strike_leaves_the_strike():
    found, _ = run("نفت المقاومة، نفياً قاطعاً، الادعاءات التي أوردتها وسائل إعلام بشأن استهداف مدينة تدمر اليوم.",
                   extra=EXTRA)
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "تدمر")], found
    found, _ = run("نفى الجيش استهداف مدينة تدمر اليوم.", extra=EXTRA)
    assert found == [], found
    found, _ = run("نفى الجيش ادعاءات المعارضة أنه يستهدف مدينة تدمر بالمدفعية.", extra=EXTRA)
    assert found == [], found


def test_a_toll_reported_false_leaves_the_strike():
    found, _ = run("وقالت المصادر إن ما نشره المرصد عن استشهاد ضابط خلال القصف على مدينة تدمر أمس عارٍ من الصحة.",
                   extra=EXTRA)
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "تدمر")], found
    found, _ = run("وقالت المصادر إن ما نشره المرصد عن القصف على مدينة تدمر أمس عارٍ من الصحة.", extra=EXTRA)
    assert found == [], found


def test_a_strike_on_a_road_named_by_its_ends_is_at_the_first_end():
    found, _ = run("استهدفت مسيرة تركية سيارة على طريق عام القامشلي - الحسكة أمس.", extra=EXTRA)
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "القامشلي")], found


def test_bases_named_between_bare_commas_are_all_struck():
    bases = {**EXTRA, "الشدادي": ("point", "Al-Hasakah"), "الركبان": ("point", "Homs")}
    found, _ = run('أعلنت المقاومة أنها هاجمت بالطائرات المسيرة اليوم ثلاث قواعد، استهدفت القواعد الأميركية في سوريا، '
                   'هي "الشدادي"، "الركبان" و"التنف".', extra=bases)
    assert {p for t, s, p, d in found} == {"الشدادي", "الركبان", "التنف"}, found
    found, _ = run("قصفت المقاومة اليوم قواعد الشدادي، الركبان، التنف بالصواريخ.", extra=bases)
    assert {p for t, s, p, d in found} == {"الشدادي", "الركبان", "التنف"}, found
