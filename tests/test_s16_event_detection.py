"""Session 16, event detection: which events a text tells (a means that is part of another event,
a sub-type a named means settles). Texts are written for the tests."""
from test_events import run


def test_shells_among_the_small_arms_of_a_ground_attack_are_its_means():
    found, _ = run("شنّ مسلحون محليون اليوم هجوماً بالأسلحة الرشاشة والقذائف الصاروخية على حاجز لقوات النظام "
                   "في بلدة كفرنبل.")
    assert [(t, p) for t, s, p, d in found] == [("Battles", "كفرنبل")], found


def test_shells_named_on_their_own_after_an_attack_are_still_a_shelling():
    found, _ = run("هاجم مسلحون اليوم حاجزاً لقوات النظام في بلدة كفرنبل، وقصفت قوات النظام بلدة سراقب بالمدفعية.")
    assert sorted((t, p) for t, s, p, d in found) == [("Battles", "كفرنبل"),
                                                     ("Explosions/Remote violence", "سراقب")], found


def test_a_base_evacuated_is_ground_left_without_a_fight():
    found, _ = run("أخلت القوات الأميركية، خلال الأسبوع الجاري، قاعدة عسكرية في بلدة كفرنبل.")
    assert [(s, p) for t, s, p, d in found] == [("Non-violent transfer of territory", "كفرنبل")], found


def test_offices_evacuated_are_no_ground_left():
    found, _ = run("أخلت قيادات الفصيل مكاتبها وسط بلدة كفرنبل خوفاً من الغارات.")
    assert not [s for t, s, p, d in found if s == "Non-violent transfer of territory"], found


def test_days_after_one_attack_tell_that_attack():
    found, _ = run("ويأتي ذلك بعد أيام من استهداف طائرة مسيّرة مقراً للفصائل في بلدة كفرنبل.")
    assert [(s, p) for t, s, p, d in found] == [("Air/drone strike", "كفرنبل")], found


def test_days_of_attacks_and_a_known_attack_dating_the_news_are_no_event():
    assert run("وعاد الهدوء إلى بلدة كفرنبل بعد أيام من الاشتباكات.")[0] == []
    assert run("ووصلت التعزيزات إلى بلدة كفرنبل بعد ثلاثة أيام من الهجوم الأخير.")[0] == []


def test_a_new_subject_and_verb_after_a_denial_is_a_statement_of_its_own():
    found, _ = run("مراسلنا يدحض ادعاءات النظام والفصائل تستهدف مواقع لقوات النظام في بلدة كفرنبل.")
    assert [(t, p) for t, s, p, d in found] == [("Explosions/Remote violence", "كفرنبل")], found


def test_what_a_denial_governs_stays_no_event():
    assert run("نفت الفصائل ادعاءات النظام أنها تستهدف مواقعه في بلدة كفرنبل.")[0] == []
