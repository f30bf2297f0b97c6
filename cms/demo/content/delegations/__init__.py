"""The demo delegations, from the seed documents, in our own words.

Each delegation is plain data: its translated name and purpose, its members (fictional
contact details only: example.org addresses, 0000 phone numbers) and its items at
local times, the loader putting each time in the zone of the item's place.
"""

from directory.enums import Country, OrganisationKind

from ..calendar import IN_CAMBODIA, IN_JAPAN, PHNOM_PENH, SHIMONOSEKI, TOKYO
from .minister_visit import MINISTER_VISIT
from .nagano_mission import NAGANO_MISSION
from .seminar import CLAIR_SEMINAR

DELEGATIONS = [NAGANO_MISSION, CLAIR_SEMINAR, MINISTER_VISIT]

# What the delegations name that the news and calendar did not: added to the directory
# through the same functions, found again the same way.
ORGANISATIONS = {
    "mhlw": {
        "name": {
            "en": "Ministry of Health, Labour and Welfare",
            "ja": "厚生労働省",
            "km": "ក្រសួងសុខាភិបាល ការងារ និងសុខុមាលភាពជប៉ុន",
        },
        "short_name": {"en": "MHLW", "ja": "厚労省", "km": "MHLW"},
        "kind": OrganisationKind.MINISTRY,
        "country": Country.JAPAN,
        "website": "https://www.mhlw.go.jp/",
    },
}

PEOPLE = {
    "ichimasa-sanui": {
        "name": {"en": "Ichimasa Sanui", "ja": "サヌイ・イチマサ", "km": "អ៊ីឈីម៉ាសា សានូអ៊ី"},
        "role": {
            "en": "Chief Representative, JICA Cambodia Office",
            "ja": "JICAカンボジア事務所長",
            "km": "ប្រធានការិយាល័យជីកាប្រចាំកម្ពុជា",
        },
        "organisation": "jica-cambodia",
    },
}

VENUES = {
    "jica-cambodia-office": {
        "name": {
            "en": "JICA Cambodia Office",
            "ja": "JICAカンボジア事務所",
            "km": "ការិយាល័យជីកាប្រចាំកម្ពុជា",
        },
        "city": PHNOM_PENH,
        **IN_CAMBODIA,
    },
    "embassy-of-japan-in-cambodia": {
        "name": {
            "en": "Embassy of Japan in Cambodia",
            "ja": "在カンボジア日本国大使館",
            "km": "ស្ថានទូតជប៉ុនប្រចាំកម្ពុជា",
        },
        "city": PHNOM_PENH,
        **IN_CAMBODIA,
    },
    "minebeamitsumi-phnom-penh": {
        "name": {
            "en": "MinebeaMitsumi Phnom Penh office",
            "ja": "ミネベアミツミ プノンペン事業所",
            "km": "ការិយាល័យ MinebeaMitsumi ភ្នំពេញ",
        },
        "city": PHNOM_PENH,
        **IN_CAMBODIA,
    },
    "cashew-nut-factory": {
        "name": {
            "en": "Japanese-run cashew-nut factory",
            "ja": "日系カシューナッツ工場",
            "km": "រោងចក្រគ្រាប់ស្វាយចន្ទីរបស់ក្រុមហ៊ុនជប៉ុន",
        },
        "city": PHNOM_PENH,
        **IN_CAMBODIA,
    },
    "mhlw": {
        "name": {
            "en": "Ministry of Health, Labour and Welfare",
            "ja": "厚生労働省",
            "km": "ក្រសួងសុខាភិបាល ការងារ និងសុខុមាលភាពជប៉ុន",
        },
        "city": TOKYO,
        **IN_JAPAN,
    },
    "clair-tokyo": {
        "name": {
            "en": "CLAIR head office",
            "ja": "自治体国際化協会 本部",
            "km": "ទីស្នាក់ការកណ្តាល CLAIR",
        },
        "city": TOKYO,
        **IN_JAPAN,
    },
    "shinjuku-multicultural-plaza": {
        "name": {
            "en": "Shinjuku Multicultural Plaza",
            "ja": "しんじゅく多文化共生プラザ",
            "km": "ទីលានពហុវប្បធម៌ស៊ីនជូគុ",
        },
        "city": TOKYO,
        **IN_JAPAN,
    },
    "karato-market": {
        "name": {"en": "Karato Market", "ja": "唐戸市場", "km": "ផ្សារការ៉ាតូ"},
        "city": SHIMONOSEKI,
        **IN_JAPAN,
    },
}
