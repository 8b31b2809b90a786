"""Session 17, events and their arguments: which events a text tells, their types, days, sides
and figures. Texts are written for the tests."""
from test_events import run


def test_residents_attacking_officials_at_a_funeral_are_a_protest():
    found, events = run("وهاجم أهالي جرابلس أمس مسؤولين حضروا التشييع، ورددوا هتافات ضدهم.")
    assert found == [("Protests", "Peaceful protest", "جرابلس", "2024-03-12")], found
    assert (events[0].actor1, events[0].actor2) == ("Protesters", None)
    found, _ = run("سكاناً من بلدة جرابلس هاجموا أمس أعضاء في الحزب جاؤوا للعزاء.")
    assert [(t, s) for t, s, p, d in found] == [("Protests", "Peaceful protest")], found


def test_an_air_powers_interceptor_missile_is_no_flown_strike():
    found, _ = run("وشيّع أهالي كفرنبل أمس ضحايا الاستهداف الإسرائيلي ملعباً للأطفال، عبر صاروخ اعتراضي سقط عليه.")
    assert [(s, p) for t, s, p, d in found] == [("Shelling/artillery/missile attack", "كفرنبل")], found


def test_a_means_named_in_one_cue_beats_the_default_of_another():
    found, _ = run("الاستهداف الإسرائيلي لبلدة كفرنبل يوقع ضحايا.\n"
                   "وشيّع الأهالي أمس ضحايا الاستهداف الإسرائيلي لبلدة كفرنبل، عبر صاروخ اعتراضي سقط على ملعب.")
    assert [(s, p) for t, s, p, d in found] == [("Shelling/artillery/missile attack", "كفرنبل")], found


def test_a_countryside_restating_an_air_powers_tank_shelling_adds_no_air_strike():
    found, _ = run("وأفاد مراسلنا أمس بوقوع قصف إسرائيلي بنحو 10 قذائف دبابة على موقع قرب كفرنبل في ريف إدلب.\n"
                   "وأشار إلى أن القصف على أحراج ريف إدلب لم يسجل إصابات.")
    assert [(s, p) for t, s, p, d in found] == [("Shelling/artillery/missile attack", "كفرنبل")], found


def test_a_security_operation_launched_is_no_arrest():
    found, _ = run("وأطلقت القوات أمس عملية أمنية واسعة في مدينة الحسكة تهدف إلى تعزيز الأمن.")
    assert [s for t, s, p, d in found if s == "Arrests"] == [], found
    found, _ = run("واعتقلت القوات أمس عدداً من المطلوبين في مدينة الحسكة خلال عملية أمنية.")
    assert [(s, p) for t, s, p, d in found] == [("Arrests", "الحسكة")], found
