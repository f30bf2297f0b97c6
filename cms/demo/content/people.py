"""Organisations and people named in the demo news, keyed by slug.

People have no slug field; their key here is only how articles refer to them.
"""

from directory.enums import Country, OrganisationKind

JP, KH = Country.JAPAN, Country.CAMBODIA

ORGANISATIONS = {
    "government-of-japan": {
        "name": {"en": "Government of Japan", "ja": "日本国政府", "km": "រដ្ឋាភិបាលជប៉ុន"},
        "kind": OrganisationKind.MINISTRY,
        "country": JP,
    },
    "royal-government-of-cambodia": {
        "name": {
            "en": "Royal Government of Cambodia",
            "ja": "カンボジア王国政府",
            "km": "រាជរដ្ឋាភិបាលកម្ពុជា",
        },
        "kind": OrganisationKind.MINISTRY,
        "country": KH,
    },
    "nagano-prefecture": {
        "name": {"en": "Nagano Prefecture", "ja": "長野県", "km": "ខេត្តណាហ្គាណូ"},
        "kind": OrganisationKind.LOCAL_GOVERNMENT,
        "country": JP,
        "website": "https://www.pref.nagano.lg.jp/",
    },
    "mlvt": {
        "name": {
            "en": "Ministry of Labour and Vocational Training",
            "ja": "カンボジア労働職業訓練省",
            "km": "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
        },
        "short_name": {"en": "MLVT", "ja": "労働職業訓練省", "km": "MLVT"},
        "kind": OrganisationKind.MINISTRY,
        "country": KH,
    },
    "jica-cambodia": {
        "name": {
            "en": "JICA Cambodia Office",
            "ja": "JICAカンボジア事務所",
            "km": "ការិយាល័យជីកាប្រចាំកម្ពុជា",
        },
        "short_name": {"en": "JICA", "ja": "JICA", "km": "ជីកា"},
        "kind": OrganisationKind.AGENCY,
        "country": JP,
        "website": "https://www.jica.go.jp/",
    },
    "embassy-of-japan-in-cambodia": {
        "name": {
            "en": "Embassy of Japan in Cambodia",
            "ja": "在カンボジア日本国大使館",
            "km": "ស្ថានទូតជប៉ុនប្រចាំកម្ពុជា",
        },
        "kind": OrganisationKind.EMBASSY,
        "country": JP,
        "website": "https://www.kh.emb-japan.go.jp/",
    },
    "japan-cambodia-friendship-hr-center": {
        "name": {
            "en": "NPO Japan–Cambodia Friendship Human Resources Center",
            "ja": "NPO法人日本カンボジア友好人材センター",
            "km": "អង្គការមជ្ឈមណ្ឌលធនធានមនុស្សមិត្តភាពជប៉ុន-កម្ពុជា",
        },
        "kind": OrganisationKind.ASSOCIATION,
        "country": JP,
    },
    "minebeamitsumi": {
        "name": {
            "en": "MinebeaMitsumi",
            "ja": "ミネベアミツミ",
            "km": "MinebeaMitsumi",
        },
        "kind": OrganisationKind.COMPANY,
        "country": JP,
        "website": "https://www.minebeamitsumi.com/",
    },
    "national-bank-of-cambodia": {
        "name": {
            "en": "National Bank of Cambodia",
            "ja": "カンボジア国立銀行",
            "km": "ធនាគារជាតិនៃកម្ពុជា",
        },
        "short_name": {"en": "NBC", "ja": "NBC", "km": "NBC"},
        "kind": OrganisationKind.MINISTRY,
        "country": KH,
        "website": "https://www.nbc.gov.kh/",
    },
    "meti": {
        "name": {
            "en": "Ministry of Economy, Trade and Industry",
            "ja": "経済産業省",
            "km": "ក្រសួងសេដ្ឋកិច្ច ពាណិជ្ជកម្ម និងឧស្សាហកម្មជប៉ុន",
        },
        "short_name": {"en": "METI", "ja": "経産省", "km": "METI"},
        "kind": OrganisationKind.MINISTRY,
        "country": JP,
        "website": "https://www.meti.go.jp/",
    },
    "mme": {
        "name": {
            "en": "Ministry of Mines and Energy",
            "ja": "カンボジア鉱業エネルギー省",
            "km": "ក្រសួងរ៉ែ និងថាមពល",
        },
        "short_name": {"en": "MME", "ja": "鉱業エネルギー省", "km": "MME"},
        "kind": OrganisationKind.MINISTRY,
        "country": KH,
    },
    "schneitec": {
        "name": {"en": "SchneiTec", "ja": "SchneiTec", "km": "SchneiTec"},
        "kind": OrganisationKind.COMPANY,
        "country": KH,
    },
    "erex": {
        "name": {
            "en": "Erex Co., Ltd.",
            "ja": "イーレックス株式会社",
            "km": "Erex Co., Ltd.",
        },
        "kind": OrganisationKind.COMPANY,
        "country": JP,
    },
    "sphp-cambodia": {
        "name": {
            "en": "SPHP (Cambodia)",
            "ja": "SPHP（カンボジア）",
            "km": "SPHP (Cambodia)",
        },
        "kind": OrganisationKind.COMPANY,
        "country": KH,
    },
    "mofa-japan": {
        "name": {
            "en": "Ministry of Foreign Affairs of Japan",
            "ja": "外務省",
            "km": "ក្រសួងការបរទេសជប៉ុន",
        },
        "short_name": {"en": "MOFA", "ja": "外務省", "km": "MOFA"},
        "kind": OrganisationKind.MINISTRY,
        "country": JP,
        "website": "https://www.mofa.go.jp/",
    },
    "mfaic": {
        "name": {
            "en": "Ministry of Foreign Affairs and International Cooperation",
            "ja": "カンボジア外務国際協力省",
            "km": "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ",
        },
        "short_name": {"en": "MFAIC", "ja": "外務国際協力省", "km": "MFAIC"},
        "kind": OrganisationKind.MINISTRY,
        "country": KH,
    },
    "japan-cambodia-association": {
        "name": {
            "en": "Japan–Cambodia Association",
            "ja": "日本カンボジア協会",
            "km": "សមាគមជប៉ុន-កម្ពុជា",
        },
        "short_name": {"en": "JCA", "ja": "JCA", "km": "JCA"},
        "kind": OrganisationKind.ASSOCIATION,
        "country": JP,
    },
    "phnom-penh-capital-administration": {
        "name": {
            "en": "Phnom Penh Capital Administration",
            "ja": "プノンペン都庁",
            "km": "រដ្ឋបាលរាជធានីភ្នំពេញ",
        },
        "kind": OrganisationKind.LOCAL_GOVERNMENT,
        "country": KH,
    },
    "clair": {
        "name": {
            "en": "Council of Local Authorities for International Relations",
            "ja": "自治体国際化協会",
            "km": "ក្រុមប្រឹក្សាអាជ្ញាធរមូលដ្ឋានសម្រាប់ទំនាក់ទំនងអន្តរជាតិ",
        },
        "short_name": {"en": "CLAIR", "ja": "クレア", "km": "CLAIR"},
        "kind": OrganisationKind.OTHER,
        "country": JP,
        "website": "https://www.clair.or.jp/",
    },
    "shimonoseki-city": {
        "name": {"en": "Shimonoseki City", "ja": "下関市", "km": "ទីក្រុងស៊ីម៉ូណូសេគី"},
        "kind": OrganisationKind.LOCAL_GOVERNMENT,
        "country": JP,
    },
}

PEOPLE = {
    "shuichi-abe": {
        "name": {"en": "Shuichi Abe", "ja": "阿部守一", "km": "ស៊ូអ៊ីឈី អាបេ"},
        "role": {
            "en": "Governor of Nagano Prefecture",
            "ja": "長野県知事",
            "km": "អភិបាលខេត្តណាហ្គាណូ",
        },
        "organisation": "nagano-prefecture",
    },
    "shoji-sasaki": {
        "name": {"en": "Shoji Sasaki", "ja": "佐々木祥二", "km": "សូជី សាសាគី"},
        "role": {
            "en": "Member of the Nagano Prefectural Assembly; Chairman of the "
            "Nagano–Cambodia Friendship Promotion Association",
            "ja": "長野県議会議員、長野・カンボジア友好推進協会会長",
            "km": "សមាជិកសភាខេត្តណាហ្គាណូ និងជាប្រធានសមាគមលើកកម្ពស់មិត្តភាពណាហ្គាណូ-កម្ពុជា",
        },
        "organisation": "nagano-prefecture",
    },
    "heng-sour": {
        "name": {"en": "Heng Sour", "ja": "ヘン・ソー", "km": "ហេង សួរ"},
        "role": {
            "en": "Minister of Labour and Vocational Training",
            "ja": "労働職業訓練大臣",
            "km": "រដ្ឋមន្ត្រីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
        },
        "organisation": "mlvt",
    },
    "atsushi-ueno": {
        "name": {"en": "Atsushi Ueno", "ja": "植野篤志", "km": "អាត់ស៊ូស៊ី អ៊ូអេណូ"},
        "role": {
            "en": "Ambassador Extraordinary and Plenipotentiary of Japan to Cambodia",
            "ja": "駐カンボジア日本国特命全権大使",
            "km": "ឯកអគ្គរដ្ឋទូតវិសាមញ្ញ និងពេញសមត្ថភាពជប៉ុនប្រចាំកម្ពុជា",
        },
        "organisation": "embassy-of-japan-in-cambodia",
    },
    "hun-manet": {
        "name": {"en": "Hun Manet", "ja": "フン・マネット", "km": "ហ៊ុន ម៉ាណែត"},
        "role": {
            "en": "Prime Minister of Cambodia",
            "ja": "カンボジア首相",
            "km": "នាយករដ្ឋមន្ត្រីនៃព្រះរាជាណាចក្រកម្ពុជា",
        },
        "organisation": "royal-government-of-cambodia",
    },
    "fumio-kishida": {
        "name": {"en": "Fumio Kishida", "ja": "岸田文雄", "km": "ហ្វូមីអូ គីស៊ីដា"},
        "role": {
            "en": "Prime Minister of Japan",
            "ja": "内閣総理大臣",
            "km": "នាយករដ្ឋមន្ត្រីជប៉ុន",
        },
        "organisation": "government-of-japan",
    },
    "kamikawa-yoko": {
        "name": {"en": "KAMIKAWA Yoko", "ja": "上川陽子", "km": "កាមីកាវ៉ា យ៉ូកូ"},
        "role": {
            "en": "Minister for Foreign Affairs of Japan",
            "ja": "外務大臣",
            "km": "រដ្ឋមន្ត្រីការបរទេសជប៉ុន",
        },
        "organisation": "mofa-japan",
    },
    "sok-chenda-sophea": {
        "name": {
            "en": "Sok Chenda Sophea",
            "ja": "ソック・チェンダ・ソピア",
            "km": "សុខ ចិន្តាសោភា",
        },
        "role": {
            "en": "Deputy Prime Minister and Minister of Foreign Affairs and "
            "International Cooperation",
            "ja": "副首相兼外務国際協力大臣",
            "km": "ឧបនាយករដ្ឋមន្ត្រី រដ្ឋមន្ត្រីក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ",
        },
        "organisation": "mfaic",
    },
    "hun-sen": {
        "name": {"en": "Hun Sen", "ja": "フン・セン", "km": "ហ៊ុន សែន"},
        "role": {
            "en": "Prime Minister of Cambodia",
            "ja": "カンボジア首相",
            "km": "នាយករដ្ឋមន្ត្រីនៃព្រះរាជាណាចក្រកម្ពុជា",
        },
        "organisation": "royal-government-of-cambodia",
    },
    "fumiaki-takahashi": {
        "name": {"en": "Fumiaki Takahashi", "ja": "高橋文明", "km": "ហ្វូមីអាគី តាកាហាស៊ី"},
        "role": {
            "en": "President of the Japan–Cambodia Association",
            "ja": "日本カンボジア協会会長",
            "km": "ប្រធានសមាគមជប៉ុន-កម្ពុជា",
        },
        "organisation": "japan-cambodia-association",
    },
    "khuong-sreng": {
        "name": {"en": "Khuong Sreng", "ja": "クオン・スレン", "km": "ឃួង ស្រេង"},
        "role": {
            "en": "Governor of Phnom Penh",
            "ja": "プノンペン都知事",
            "km": "អភិបាលរាជធានីភ្នំពេញ",
        },
        "organisation": "phnom-penh-capital-administration",
    },
}
