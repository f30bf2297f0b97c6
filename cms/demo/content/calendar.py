"""The events index, the categories events are filed under, and the venues they use."""

from decimal import Decimal

from directory.enums import Country

EVENT_INDEX = {
    "title": {"en": "Events", "ja": "イベント", "km": "ព្រឹត្តិការណ៍"},
    "intro": {
        "en": "<p>Visits, signing ceremonies, seminars, school exchanges and community meetings between Japan and Cambodia, past and to come. Narrow the calendar by category or country, or subscribe to it.</p>",
        "ja": "<p>日本とカンボジアをつなぐ訪問、署名式、セミナー、学校交流、地域の集まりを、これまでの行事もこれからの予定も含めて紹介します。カテゴリーや国で絞り込むことも、カレンダーを購読することもできます。</p>",
        "km": "<p>ទស្សនកិច្ច ពិធីចុះហត្ថលេខា សិក្ខាសាលា ការផ្លាស់ប្តូររវាងសាលារៀន និងការជួបជុំសហគមន៍ រវាងជប៉ុន និងកម្ពុជា ទាំងកន្លងមក និងនាពេលខាងមុខ។ អ្នកអាចជ្រើសរើសតាមប្រភេទ ឬប្រទេស ឬជាវប្រតិទិននេះ។</p>",
    },
}

PHNOM_PENH = {"en": "Phnom Penh", "ja": "プノンペン", "km": "ភ្នំពេញ"}
TOKYO = {"en": "Tokyo", "ja": "東京", "km": "តូក្យូ"}
NAGANO = {"en": "Nagano", "ja": "長野", "km": "ណាហ្គាណូ"}
SHIMONOSEKI = {"en": "Shimonoseki", "ja": "下関", "km": "ស៊ីម៉ូណូសេគី"}
IN_CAMBODIA = {"country": Country.CAMBODIA, "time_zone": "Asia/Phnom_Penh"}
IN_JAPAN = {"country": Country.JAPAN, "time_zone": "Asia/Tokyo"}

# Keyed for the events below; found again by their English name.
VENUES = {
    "peace-palace": {
        "name": {"en": "Peace Palace", "ja": "平和宮", "km": "វិមានសន្តិភាព"},
        "city": PHNOM_PENH,
        **IN_CAMBODIA,
    },
    "mfaic": {
        "name": {
            "en": "Ministry of Foreign Affairs and International Cooperation",
            "ja": "カンボジア外務国際協力省",
            "km": "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ",
        },
        "city": PHNOM_PENH,
        **IN_CAMBODIA,
    },
    "mlvt": {
        "name": {
            "en": "Ministry of Labour and Vocational Training",
            "ja": "カンボジア労働職業訓練省",
            "km": "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
        },
        "city": PHNOM_PENH,
        **IN_CAMBODIA,
    },
    "riverside": {
        "name": {
            "en": "Phnom Penh riverside",
            "ja": "プノンペン川沿い",
            "km": "មាត់ទន្លេភ្នំពេញ",
        },
        "address": {
            "en": "Preah Sisowath Quay, facing the Royal Palace",
            "ja": "シソワット通り（王宮前）",
            "km": "វិថីព្រះស៊ីសុវត្ថិ ទល់មុខព្រះបរមរាជវាំង",
        },
        "city": PHNOM_PENH,
        "coordinates": (Decimal("11.564600"), Decimal("104.931800")),
        **IN_CAMBODIA,
    },
    "kantei": {
        "name": {
            "en": "Prime Minister's Office of Japan",
            "ja": "総理大臣官邸",
            "km": "ការិយាល័យនាយករដ្ឋមន្ត្រីជប៉ុន",
        },
        "address": {
            "en": "2-3-1 Nagatacho, Chiyoda",
            "ja": "千代田区永田町2-3-1",
            "km": "2-3-1 Nagatacho, Chiyoda",
        },
        "city": TOKYO,
        "coordinates": (Decimal("35.673100"), Decimal("139.743100")),
        **IN_JAPAN,
    },
    "jnto": {
        "name": {
            "en": "Japan National Tourism Organization",
            "ja": "日本政府観光局（JNTO）",
            "km": "អង្គការទេសចរណ៍ជាតិជប៉ុន (JNTO)",
        },
        "city": TOKYO,
        **IN_JAPAN,
    },
    "shimonoseki-city-hall": {
        "name": {
            "en": "Shimonoseki City Hall",
            "ja": "下関市役所",
            "km": "សាលាក្រុងស៊ីម៉ូណូសេគី",
        },
        "city": SHIMONOSEKI,
        **IN_JAPAN,
    },
    "nagano-prefectural-office": {
        "name": {
            "en": "Nagano Prefectural Office",
            "ja": "長野県庁",
            "km": "សាលាខេត្តណាហ្គាណូ",
        },
        "city": NAGANO,
        "coordinates": (Decimal("36.651300"), Decimal("138.181000")),
        **IN_JAPAN,
    },
    "nagano-city-hall": {
        "name": {
            "en": "Nagano City Hall",
            "ja": "長野市役所",
            "km": "សាលាក្រុងណាហ្គាណូ",
        },
        "city": NAGANO,
        **IN_JAPAN,
    },
}

CATEGORIES = {
    "ministerial-visit": {
        "en": "Ministerial visit",
        "ja": "閣僚の訪問",
        "km": "ទស្សនកិច្ចថ្នាក់រដ្ឋមន្ត្រី",
    },
    "mou-signing": {
        "en": "MoU and agreement signing",
        "ja": "覚書・協定の署名",
        "km": "ការចុះហត្ថលេខាលើអនុស្សរណៈ និងកិច្ចព្រមព្រៀង",
    },
    "culture-and-anniversary": {
        "en": "Culture and anniversaries",
        "ja": "文化・周年行事",
        "km": "វប្បធម៌ និងខួបអនុស្សាវរីយ៍",
    },
    "seminar": {"en": "Seminar", "ja": "セミナー", "km": "សិក្ខាសាលា"},
    "school-exchange": {
        "en": "School exchange",
        "ja": "学校交流",
        "km": "ការផ្លាស់ប្តូររវាងសាលារៀន",
    },
    "association-meeting": {
        "en": "Association meeting",
        "ja": "協会の会合",
        "km": "កិច្ចប្រជុំសមាគម",
    },
}
