"""Minister Heng Sour's planned visit to Nagano (seed 000, "future prospects"): still
in planning, so its draft has the mistakes a planner has yet to fix. Kept private.

The draft's three warnings, on purpose: a meeting in Tokyo on Labour Thanksgiving Day
(23 November 2027), no journey from Tokyo to Nagano before the courtesy call, and the
one interpreter booked for two items at once on 24 November.
"""

import datetime

from delegations.enums import (
    City,
    DelegationStatus,
    Direction,
    ItemKind,
    MemberRole,
    TravelMode,
    Visibility,
)

D = datetime.datetime

MINISTER_VISIT = {
    "slug": "heng-sour-visit-to-nagano",
    "name": {
        "en": "Minister Heng Sour's visit to Nagano",
        "ja": "ヘン・ソー労働職業訓練大臣の長野県訪問",
        "km": "ទស្សនកិច្ចរបស់ឯកឧត្តមរដ្ឋមន្ត្រី ហេង សួរ នៅខេត្តណាហ្គាណូ",
    },
    "purpose": {
        "en": "The Minister of Labour and Vocational Training meets Governor Abe, visits companies and training centres that take on Cambodian workers, and meets the Cambodian community of Nagano.",
        "ja": "労働職業訓練大臣が阿部知事と会談し、カンボジア人材を受け入れている企業や研修施設を視察し、長野県在住のカンボジアの人々と交流します。",
        "km": "រដ្ឋមន្ត្រីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ ជួបពិភាក្សាជាមួយអភិបាលខេត្ត អាបេ ទស្សនាក្រុមហ៊ុន និងមជ្ឈមណ្ឌលបណ្តុះបណ្តាលដែលទទួលពលករកម្ពុជា និងជួបសហគមន៍កម្ពុជានៅខេត្តណាហ្គាណូ។",
    },
    "direction": Direction.CAMBODIA_TO_JAPAN,
    "status": DelegationStatus.PLANNING,
    "visibility": Visibility.PRIVATE,
    "host_time_zone": "Asia/Tokyo",
    "first_day": datetime.date(2027, 11, 22),
    "last_day": datetime.date(2027, 11, 26),
    "hosting": ["nagano-prefecture"],
    "visiting": ["mlvt"],
    "related_news": ["nagano-mission-to-cambodia-reports-to-governor"],
    "related_events": ["labour-minister-visits-nagano"],
    "members": {
        "minister": {
            "name": "Heng Sour",
            "person": "heng-sour",
            "role": MemberRole.HEAD,
            "preferred_language": "km",
            "email": "minister.office@example.org",
            "phone": "+855-12-000-0301",
            "dietary_notes": "No beef.",
        },
        "director": {
            "name": "Vannak Sok",
            "role": MemberRole.MEMBER,
            "preferred_language": "km",
            "email": "v.sok@example.org",
            "phone": "+855-12-000-0302",
        },
        "interpreter": {
            "name": "Aiko Morita",
            "role": MemberRole.INTERPRETER,
            "preferred_language": "ja",
            "email": "a.morita@example.org",
            "phone": "+81-90-0000-0303",
        },
        "liaison": {
            "name": "Kenta Ueda",
            "role": MemberRole.STAFF,
            "preferred_language": "ja",
            "email": "k.ueda@example.org",
            "phone": "+81-90-0000-0304",
            "notes": "Nagano Prefecture liaison; holds the group's rail passes.",
        },
    },
    "items": [
        {
            "kind": ItemKind.TRAVEL,
            "title": {
                "en": "Flight from Phnom Penh to Tokyo Narita",
                "ja": "プノンペンから成田空港へ（空路）",
                "km": "ជើងហោះហើរពីភ្នំពេញទៅអាកាសយានដ្ឋានណារីតា",
            },
            "from": City.PHNOM_PENH,
            "to": City.NARITA,
            "mode": TravelMode.FLIGHT,
            "start": D(2027, 11, 22, 8, 0),
            "end": D(2027, 11, 22, 16, 0),
        },
        {
            "kind": ItemKind.TRAVEL,
            "title": {
                "en": "Car from Narita Airport to Tokyo",
                "ja": "成田空港から都内へ（車）",
                "km": "រថយន្តពីអាកាសយានដ្ឋានណារីតាទៅតូក្យូ",
            },
            "from": City.NARITA,
            "to": City.TOKYO,
            "mode": TravelMode.CAR,
            "start": D(2027, 11, 22, 16, 45),
            "end": D(2027, 11, 22, 18, 15),
        },
        {
            "kind": ItemKind.MEETING,
            "title": {
                "en": "Meeting at the Ministry of Health, Labour and Welfare",
                "ja": "厚生労働省との会談",
                "km": "ជំនួបនៅក្រសួងសុខាភិបាល ការងារ និងសុខុមាលភាពជប៉ុន",
            },
            "venue": "mhlw",
            "organisations": ["mhlw"],
            "start": D(2027, 11, 23, 10, 0),
            "end": D(2027, 11, 23, 11, 0),
            "notes": "Draft date: the ministry has not confirmed.",
        },
        {
            "kind": ItemKind.COURTESY_CALL,
            "title": {
                "en": "Courtesy call on Governor Shuichi Abe",
                "ja": "阿部守一知事表敬訪問",
                "km": "ជួបសម្តែងការគួរសមជាមួយអភិបាលខេត្ត ស៊ូអ៊ីឈី អាបេ",
            },
            "venue": "nagano-prefectural-office",
            "organisations": ["nagano-prefecture"],
            "people": ["shuichi-abe"],
            "start": D(2027, 11, 24, 10, 30),
            "end": D(2027, 11, 24, 11, 30),
        },
        {
            "kind": ItemKind.SITE_VISIT,
            "title": {
                "en": "Visit to a Nagano company employing Cambodian workers",
                "ja": "カンボジア人材を雇用する県内企業の視察",
                "km": "ទស្សនកិច្ចនៅក្រុមហ៊ុនក្នុងខេត្តណាហ្គាណូដែលជួលពលករកម្ពុជា",
            },
            "city": City.NAGANO,
            "attendees": ["minister", "interpreter", "liaison"],
            "start": D(2027, 11, 24, 14, 0),
            "end": D(2027, 11, 24, 16, 0),
        },
        {
            "kind": ItemKind.SITE_VISIT,
            "title": {
                "en": "Officials visit the prefecture's vocational training centre",
                "ja": "随行職員による県職業訓練施設の視察",
                "km": "មន្ត្រីទស្សនាមជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈរបស់ខេត្ត",
            },
            "city": City.NAGANO,
            "attendees": ["director", "interpreter"],
            "start": D(2027, 11, 24, 14, 30),
            "end": D(2027, 11, 24, 16, 0),
        },
        {
            "kind": ItemKind.MEAL,
            "title": {
                "en": "Welcome dinner with the Nagano–Cambodia Friendship Promotion Association",
                "ja": "長野・カンボジア友好推進協会主催の歓迎夕食会",
                "km": "ពិធីជប់លៀងស្វាគមន៍ជាមួយសមាគមលើកកម្ពស់មិត្តភាពណាហ្គាណូ-កម្ពុជា",
            },
            "city": City.NAGANO,
            "people": ["shoji-sasaki"],
            "start": D(2027, 11, 24, 18, 30),
            "end": D(2027, 11, 24, 20, 30),
            "notes": "Halal and no-beef options to confirm with the restaurant.",
        },
        {
            "kind": ItemKind.MEETING,
            "title": {
                "en": "Meeting with the Nagano–Cambodian Association",
                "ja": "長野カンボジア協会との交流会",
                "km": "ជំនួបជាមួយសមាគមណាហ្គាណូ-កម្ពុជា",
            },
            "venue": "nagano-city-hall",
            "organisations": ["japan-cambodia-friendship-hr-center"],
            "start": D(2027, 11, 25, 10, 0),
            "end": D(2027, 11, 25, 11, 30),
        },
        {
            "kind": ItemKind.SITE_VISIT,
            "title": {
                "en": "Visit to a school in Nagano",
                "ja": "県内の学校訪問",
                "km": "ទស្សនកិច្ចនៅសាលារៀនមួយក្នុងខេត្តណាហ្គាណូ",
            },
            "city": City.NAGANO,
            "start": D(2027, 11, 25, 13, 30),
            "end": D(2027, 11, 25, 15, 0),
        },
        {
            "kind": ItemKind.TRAVEL,
            "title": {
                "en": "Shinkansen from Nagano to Tokyo",
                "ja": "長野から東京へ（新幹線）",
                "km": "រថភ្លើងល្បឿនលឿនពីណាហ្គាណូទៅតូក្យូ",
            },
            "from": City.NAGANO,
            "to": City.TOKYO,
            "mode": TravelMode.SHINKANSEN,
            "start": D(2027, 11, 26, 8, 0),
            "end": D(2027, 11, 26, 9, 45),
        },
        {
            "kind": ItemKind.TRAVEL,
            "title": {
                "en": "Car from Tokyo to Narita Airport",
                "ja": "都内から成田空港へ（車）",
                "km": "រថយន្តពីតូក្យូទៅអាកាសយានដ្ឋានណារីតា",
            },
            "from": City.TOKYO,
            "to": City.NARITA,
            "mode": TravelMode.CAR,
            "start": D(2027, 11, 26, 10, 15),
            "end": D(2027, 11, 26, 11, 45),
        },
        {
            "kind": ItemKind.TRAVEL,
            "title": {
                "en": "Flight from Tokyo Narita to Phnom Penh",
                "ja": "成田空港からプノンペンへ（空路）",
                "km": "ជើងហោះហើរពីអាកាសយានដ្ឋានណារីតាទៅភ្នំពេញ",
            },
            "from": City.NARITA,
            "to": City.PHNOM_PENH,
            "mode": TravelMode.FLIGHT,
            "start": D(2027, 11, 26, 13, 0),
            "end": D(2027, 11, 26, 18, 30),
        },
    ],
}
