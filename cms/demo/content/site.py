"""The home page, the news index and the kinds of news."""

HOME = {
    "title": {"en": "Kizuna", "ja": "絆", "km": "គីហ្ស៊ូណា"},
    "intro": {
        "en": "<p>News of the ties between Japan and Cambodia, from ministries and "
        "embassies to prefectures, schools and friendship associations, in English, "
        "Japanese and Khmer.</p>",
        "ja": "<p>日本とカンボジアの交流に関するニュースを、英語・日本語・クメール語で"
        "お届けします。省庁や大使館から、県、学校、友好団体の取り組みまで紹介します。</p>",
        "km": "<p>ព័ត៌មានអំពីចំណងមិត្តភាពរវាងជប៉ុន និងកម្ពុជា ចាប់ពីក្រសួង និងស្ថានទូត "
        "រហូតដល់ខេត្ត សាលារៀន និងសមាគមមិត្តភាព ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។</p>",
    },
}

NEWS_INDEX = {
    "slug": "news",
    "title": {"en": "News", "ja": "ニュース", "km": "ព័ត៌មាន"},
    "intro": {
        "en": "<p>Agreements, visits, seminars and exchanges between Japan and "
        "Cambodia. Narrow the list by kind, year, sector or tag.</p>",
        "ja": "<p>日本とカンボジアの協定、訪問、セミナー、交流に関するニュースです。"
        "種類・年・分野・タグで絞り込めます。</p>",
        "km": "<p>ព័ត៌មានអំពីកិច្ចព្រមព្រៀង ទស្សនកិច្ច សិក្ខាសាលា និងការផ្លាស់ប្តូរ"
        "រវាងជប៉ុន និងកម្ពុជា។ អ្នកអាចជ្រើសរើសតាមប្រភេទ ឆ្នាំ វិស័យ ឬស្លាក។</p>",
    },
}

KINDS = [
    {
        "slug": "mou-signing",
        "name": {
            "en": "MoU signing",
            "ja": "覚書の署名",
            "km": "ការចុះហត្ថលេខាលើអនុស្សរណៈ",
        },
    },
    {
        "slug": "ministerial-visit",
        "name": {
            "en": "Ministerial visit",
            "ja": "閣僚の訪問",
            "km": "ទស្សនកិច្ចថ្នាក់រដ្ឋមន្ត្រី",
        },
    },
    {
        "slug": "school-and-youth-exchange",
        "name": {
            "en": "School and youth exchange",
            "ja": "学校・青少年交流",
            "km": "ការផ្លាស់ប្តូរសាលារៀន និងយុវជន",
        },
    },
    {
        "slug": "labour-and-training",
        "name": {
            "en": "Labour and training",
            "ja": "労働・人材育成",
            "km": "ការងារ និងការបណ្តុះបណ្តាល",
        },
    },
    {
        "slug": "seminar",
        "name": {"en": "Seminar", "ja": "セミナー", "km": "សិក្ខាសាលា"},
    },
    {
        "slug": "anniversary-and-culture",
        "name": {
            "en": "Anniversary and culture",
            "ja": "周年記念・文化",
            "km": "ខួបអនុស្សាវរីយ៍ និងវប្បធម៌",
        },
    },
]
