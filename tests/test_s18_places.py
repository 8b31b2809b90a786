"""Session 18, places: which Syrian places a text names and which place each is. Texts are
written for the tests."""
from test_s17_places import _places  # (name, gazetteer id, governorate) of each place found


def test_a_governorates_name_paired_with_its_own_town_is_its_city():
    # "الحسكة والقامشلي": two cities (the governorate would hold القامشلي), either order
    found = _places("فرضت القوات طوقاً على الأحياء الشرقية في الحسكة والقامشلي منذ الفجر.")
    assert [g for _, g, _ in found] == ["C4360", "C4564"], found
    found = _places("وانقطعت المياه عن القامشلي والحسكة ثلاثة أيام متتالية.")
    assert [g for _, g, _ in found] == ["C4564", "C4360"], found
    # a plural town noun before the list is theirs too
    found = _places("قصفت الطائرات ليلاً مدن دير الزور والميادين والبوكمال.")
    assert [g for _, g, _ in found] == ["C5086", "C5192", "C5167"], found


def test_the_paired_city_is_the_names_reading_throughout():
    found = _places("وصل الوفد إلى الحسكة صباحاً، وبحث رفع الحصار عن الحسكة والقامشلي.")
    assert [g for _, g, _ in found] == ["C4360", "C4564"], found
    # but the governorate named as one stays one
    found = _places("تضم محافظة الحسكة مخيمات عدة، وأغلقت الطرق في الحسكة والقامشلي.")
    assert ("الحسكة", "SY08", "Al-Hasakah") in found and ("الحسكة", "C4360", "Al-Hasakah") in found, found


def test_governorates_or_another_governorates_town_stay_regions():
    found = _places("وتراجعت الاشتباكات في حلب وإدلب خلال الأسبوع الماضي.")
    assert [g for _, g, _ in found] == ["SY02", "SY07"], found
    found = _places("وتنتشر الفصائل المسلحة في إدلب وعفرين منذ سنوات.")
    assert ("إدلب", "SY07", "Idlib") in found, found
    found = _places("وخرجت التظاهرات في مدن إدلب وقراها يوم الجمعة.")
    assert found == [("إدلب", "SY07", "Idlib")], found


def test_the_city_a_visitor_goes_to_with_the_visitor_named_between():
    # verb, subject, object: the object of a visit is the city, not the government
    found = _places("وفي العام الماضي زار رئيس الوزراء الماليزي السابق مهاتير دمشق للمرة الأولى.")
    assert [n for n, _, _ in found] == ["دمشق"], found
    found = _places("زار الرئيس الفنزويلي دمشق في مستهل جولته.")
    assert [n for n, _, _ in found] == ["دمشق"], found
    # the minister of Damascus's government visits elsewhere; a demand by Damascus is no visit
    assert _places("زار وزير خارجية دمشق عواصم خليجية عدة.") == []
    assert _places("وطالبت دمشق الغرب برفع العقوبات عنها.") == []
