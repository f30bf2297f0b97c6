"""CLAIR's Local Government Exchange and Cooperation Seminar, 15–21 December 2019
(seed 004), item for item as the seed's programme table has it, with the journeys
between Tokyo and Shimonoseki. The seed gives days only: the hours are ours."""

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

# The nine countries taking part; the seed names no participants, so neither do we.
COUNTRIES = [
    "Cambodia",
    "India",
    "Indonesia",
    "Laos",
    "Malaysia",
    "Myanmar",
    "Philippines",
    "Sri Lanka",
    "Thailand",
]


def participant(number, country):
    return {
        "name": f"Seminar participant ({country})",
        "role": MemberRole.MEMBER,
        "preferred_language": "en",
        "email": f"participant{number}@example.org",
        "phone": f"+81-90-0000-02{number:02d}",
    }


def leg(title, start, end, from_city, to_city, mode):
    return {
        "kind": ItemKind.TRAVEL,
        "title": title,
        "from": from_city,
        "to": to_city,
        "mode": mode,
        "start": start,
        "end": end,
        "public": True,
    }


def visit(kind, title, start, end, *, venue=None, city=None, **extra):
    place = {"venue": venue} if venue else {"city": city}
    return {
        "kind": kind,
        "title": title,
        "start": start,
        "end": end,
        "public": True,
        **place,
        **extra,
    }


CLAIR_SEMINAR = {
    "slug": "clair-local-government-seminar-2019",
    "name": {
        "en": "Local Government Exchange and Cooperation Seminar 2019",
        "ja": "2019年度 自治体間交流協力セミナー",
        "km": "សិក្ខាសាលាស្តីពីការផ្លាស់ប្តូរ និងកិច្ចសហប្រតិបត្តិការរវាងរដ្ឋាភិបាលមូលដ្ឋាន ឆ្នាំ២០១៩",
    },
    "purpose": {
        "en": "A week in Japan for senior officials from nine countries of ASEAN, India and Sri Lanka: how Japan's local governments work, tourism promotion and multicultural communities, first from the national view in Tokyo, then on the ground in Shimonoseki.",
        "ja": "ASEAN諸国、インド、スリランカの9か国の幹部職員が、日本の地方自治の仕組み、観光振興、多文化共生について1週間学びます。前半は東京で国の視点から、後半は下関市で現場から学びます。",
        "km": "មួយសប្តាហ៍នៅជប៉ុនសម្រាប់មន្ត្រីជាន់ខ្ពស់មកពីប្រទេសចំនួនប្រាំបួននៃអាស៊ាន ឥណ្ឌា និងស្រីលង្កា៖ របៀបដែលរដ្ឋាភិបាលមូលដ្ឋានជប៉ុនដំណើរការ ការលើកកម្ពស់ទេសចរណ៍ និងសហគមន៍ពហុវប្បធម៌ ដំបូងពីទស្សនៈថ្នាក់ជាតិនៅតូក្យូ បន្ទាប់មកនៅមូលដ្ឋានក្នុងទីក្រុងស៊ីម៉ូណូសេគី។",
    },
    "direction": Direction.OTHER,
    "status": DelegationStatus.COMPLETED,
    "visibility": Visibility.PUBLIC_SUMMARY,
    "host_time_zone": "Asia/Tokyo",
    "first_day": datetime.date(2019, 12, 15),
    "last_day": datetime.date(2019, 12, 21),
    "hosting": ["clair", "shimonoseki-city"],
    "visiting": [],
    "related_news": ["local-government-exchange-and-cooperation-seminar-2019"],
    "related_events": [
        "local-government-seminar-2019",
        "seminar-2019-visit-to-jnto",
        "seminar-2019-courtesy-call-on-mayor-of-shimonoseki",
        "seminar-2019-opinion-exchange-in-shimonoseki",
    ],
    "members": {
        **{
            f"participant-{number}": participant(number, country)
            for number, country in enumerate(COUNTRIES, start=1)
        },
        "coordinator": {
            "name": "CLAIR Singapore coordinator",
            "role": MemberRole.STAFF,
            "preferred_language": "en",
            "email": "seminar.coordinator@example.org",
            "phone": "+81-90-0000-0210",
        },
    },
    "items": [
        # 15 December, Tokyo
        leg(
            {
                "en": "Participants arrive in Tokyo",
                "ja": "参加者が東京に到着",
                "km": "អ្នកចូលរួមមកដល់តូក្យូ",
            },
            D(2019, 12, 15, 14, 0),
            D(2019, 12, 15, 15, 45),
            City.NARITA,
            City.TOKYO,
            TravelMode.BUS,
        ),
        # 16 December, Tokyo
        visit(
            ItemKind.LECTURE,
            {
                "en": "Lecture: Local Administration in Japan",
                "ja": "講義「日本の地方自治」",
                "km": "ការបង្រៀន៖ រដ្ឋបាលមូលដ្ឋាននៅជប៉ុន",
            },
            D(2019, 12, 16, 9, 30),
            D(2019, 12, 16, 11, 30),
            venue="clair-tokyo",
            organisations=["clair"],
        ),
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Visit to Shinjuku Multicultural Plaza",
                "ja": "しんじゅく多文化共生プラザ視察",
                "km": "ទស្សនកិច្ចនៅទីលានពហុវប្បធម៌ស៊ីនជូគុ",
            },
            D(2019, 12, 16, 13, 30),
            D(2019, 12, 16, 15, 0),
            venue="shinjuku-multicultural-plaza",
        ),
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Visit to the Tourist Information Center (TIC)",
                "ja": "ツーリスト・インフォメーション・センター（TIC）視察",
                "km": "ទស្សនកិច្ចនៅមជ្ឈមណ្ឌលព័ត៌មានទេសចរណ៍ (TIC)",
            },
            D(2019, 12, 16, 15, 45),
            D(2019, 12, 16, 17, 0),
            city=City.TOKYO,
        ),
        # 17 December, Tokyo, then Shimonoseki
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Visit to the Japan National Tourism Organization (JNTO)",
                "ja": "日本政府観光局（JNTO）訪問",
                "km": "ទស្សនកិច្ចនៅអង្គការទេសចរណ៍ជាតិជប៉ុន (JNTO)",
            },
            D(2019, 12, 17, 9, 30),
            D(2019, 12, 17, 11, 0),
            venue="jnto",
        ),
        leg(
            {
                "en": "To Haneda Airport",
                "ja": "羽田空港へ移動",
                "km": "ធ្វើដំណើរទៅអាកាសយានដ្ឋានហាណេដា",
            },
            D(2019, 12, 17, 12, 0),
            D(2019, 12, 17, 12, 45),
            City.TOKYO,
            City.HANEDA,
            TravelMode.CAR,
        ),
        leg(
            {
                "en": "Flight from Haneda to Yamaguchi Ube Airport",
                "ja": "羽田空港から山口宇部空港へ（空路）",
                "km": "ជើងហោះហើរពីហាណេដាទៅអាកាសយានដ្ឋានយ៉ាម៉ាហ្គុជិអ៊ូបេ",
            },
            D(2019, 12, 17, 14, 0),
            D(2019, 12, 17, 15, 40),
            City.HANEDA,
            City.UBE,
            TravelMode.FLIGHT,
        ),
        leg(
            {
                "en": "Bus from Ube Airport to Shimonoseki",
                "ja": "宇部空港から下関へ（バス）",
                "km": "ឡានក្រុងពីអាកាសយានដ្ឋានអ៊ូបេទៅស៊ីម៉ូណូសេគី",
            },
            D(2019, 12, 17, 16, 0),
            D(2019, 12, 17, 17, 20),
            City.UBE,
            City.SHIMONOSEKI,
            TravelMode.BUS,
        ),
        visit(
            ItemKind.LECTURE,
            {
                "en": "Briefing on Shimonoseki City",
                "ja": "下関市の概要説明",
                "km": "កិច្ចប្រជុំផ្តល់ព័ត៌មានអំពីទីក្រុងស៊ីម៉ូណូសេគី",
            },
            D(2019, 12, 17, 17, 45),
            D(2019, 12, 17, 18, 45),
            venue="shimonoseki-city-hall",
            organisations=["shimonoseki-city"],
        ),
        # 18 December, Shimonoseki
        visit(
            ItemKind.COURTESY_CALL,
            {
                "en": "Courtesy call on the Mayor of Shimonoseki",
                "ja": "下関市長表敬訪問",
                "km": "ជួបសម្តែងការគួរសមជាមួយអភិបាលក្រុងស៊ីម៉ូណូសេគី",
            },
            D(2019, 12, 18, 9, 0),
            D(2019, 12, 18, 9, 30),
            venue="shimonoseki-city-hall",
            organisations=["shimonoseki-city"],
        ),
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Briefing on Shimonoseki's disaster prevention policies and visit to a disaster prevention facility",
                "ja": "下関市の防災施策の説明と防災施設の視察",
                "km": "កិច្ចប្រជុំផ្តល់ព័ត៌មានអំពីគោលនយោបាយការពារគ្រោះមហន្តរាយរបស់ទីក្រុងស៊ីម៉ូណូសេគី និងទស្សនកិច្ចនៅមណ្ឌលការពារគ្រោះមហន្តរាយ",
            },
            D(2019, 12, 18, 10, 0),
            D(2019, 12, 18, 11, 45),
            city=City.SHIMONOSEKI,
        ),
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Visit to a water treatment plant",
                "ja": "浄水場の視察",
                "km": "ទស្សនកិច្ចនៅរោងចក្រប្រព្រឹត្តកម្មទឹក",
            },
            D(2019, 12, 18, 13, 15),
            D(2019, 12, 18, 14, 30),
            city=City.SHIMONOSEKI,
        ),
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Local sights: Chofu Garden and the Mori Museum",
                "ja": "市内観光地視察（長府庭園、毛利博物館）",
                "km": "ទស្សនាកន្លែងទេសចរណ៍ក្នុងតំបន់៖ សួនឈូហ្វូ និងសារមន្ទីរម៉ូរី",
            },
            D(2019, 12, 18, 15, 0),
            D(2019, 12, 18, 17, 0),
            city=City.SHIMONOSEKI,
        ),
        # 19 December, Shimonoseki
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Local sights: Tsunoshima Bridge and Tsunoshima Lighthouse",
                "ja": "市内観光地視察（角島大橋、角島灯台など）",
                "km": "ទស្សនាកន្លែងទេសចរណ៍ក្នុងតំបន់៖ ស្ពានស៊ូណូស៊ីម៉ា និងប៉មភ្លើងហ្វារស៊ូណូស៊ីម៉ា",
            },
            D(2019, 12, 19, 9, 0),
            D(2019, 12, 19, 12, 30),
            city=City.SHIMONOSEKI,
        ),
        visit(
            ItemKind.MEETING,
            {
                "en": "Opinion exchange session with Shimonoseki City",
                "ja": "下関市との意見交換会",
                "km": "កិច្ចប្រជុំផ្លាស់ប្តូរយោបល់ជាមួយទីក្រុងស៊ីម៉ូណូសេគី",
            },
            D(2019, 12, 19, 14, 30),
            D(2019, 12, 19, 16, 30),
            venue="shimonoseki-city-hall",
            organisations=["shimonoseki-city"],
        ),
        # 20 December, Shimonoseki, then Tokyo
        visit(
            ItemKind.SITE_VISIT,
            {
                "en": "Local sights: Karato Market",
                "ja": "市内観光地視察（唐戸市場など）",
                "km": "ទស្សនាកន្លែងទេសចរណ៍ក្នុងតំបន់៖ ផ្សារការ៉ាតូ",
            },
            D(2019, 12, 20, 8, 30),
            D(2019, 12, 20, 10, 30),
            venue="karato-market",
        ),
        leg(
            {
                "en": "Bus from Shimonoseki to Ube Airport",
                "ja": "下関から宇部空港へ（バス）",
                "km": "ឡានក្រុងពីស៊ីម៉ូណូសេគីទៅអាកាសយានដ្ឋានអ៊ូបេ",
            },
            D(2019, 12, 20, 11, 0),
            D(2019, 12, 20, 12, 20),
            City.SHIMONOSEKI,
            City.UBE,
            TravelMode.BUS,
        ),
        leg(
            {
                "en": "Flight from Yamaguchi Ube Airport to Haneda",
                "ja": "山口宇部空港から羽田空港へ（空路）",
                "km": "ជើងហោះហើរពីអាកាសយានដ្ឋានយ៉ាម៉ាហ្គុជិអ៊ូបេទៅហាណេដា",
            },
            D(2019, 12, 20, 13, 45),
            D(2019, 12, 20, 15, 15),
            City.UBE,
            City.HANEDA,
            TravelMode.FLIGHT,
        ),
        leg(
            {
                "en": "From Haneda Airport into Tokyo",
                "ja": "羽田空港から都内へ移動",
                "km": "ធ្វើដំណើរពីអាកាសយានដ្ឋានហាណេដាចូលតូក្យូ",
            },
            D(2019, 12, 20, 15, 45),
            D(2019, 12, 20, 16, 30),
            City.HANEDA,
            City.TOKYO,
            TravelMode.CAR,
        ),
        visit(
            ItemKind.ACCOMMODATION,
            {
                "en": "Overnight stay in Tokyo",
                "ja": "東京泊",
                "km": "ស្នាក់នៅមួយយប់នៅតូក្យូ",
            },
            D(2019, 12, 20, 17, 0),
            D(2019, 12, 21, 9, 0),
            city=City.TOKYO,
        ),
        # 21 December, Tokyo
        leg(
            {
                "en": "Participants return to their home countries",
                "ja": "参加者帰国",
                "km": "អ្នកចូលរួមត្រឡប់ទៅប្រទេសរៀងៗខ្លួនវិញ",
            },
            D(2019, 12, 21, 9, 30),
            D(2019, 12, 21, 11, 15),
            City.TOKYO,
            City.NARITA,
            TravelMode.BUS,
        ),
    ],
}
