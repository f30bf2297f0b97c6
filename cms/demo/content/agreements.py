"""Agreements between the two governments: the Tokyo MoUs and the Phnom Penh ODA notes."""

import datetime

from news.enums import Sector

TOKYO = {"en": "Tokyo", "ja": "東京", "km": "ទីក្រុងតូក្យូ"}
PHNOM_PENH = {"en": "Phnom Penh", "ja": "プノンペン", "km": "រាជធានីភ្នំពេញ"}
GOVERNMENTS = ("royal-government-of-cambodia", "government-of-japan")
TOKYO_SUMMIT = datetime.date(2023, 12, 18)
KAMIKAWA_VISIT = datetime.date(2024, 7, 6)


def _tokyo_mou(title, sector, parties=GOVERNMENTS):
    return {
        "title": title,
        "sector": sector,
        "signed_on": TOKYO_SUMMIT,
        "place": TOKYO,
        "parties": parties,
        "signatories": [],
    }


TOKYO_MOUS = {
    "slug": "cambodia-and-japan-sign-mous-in-tokyo",
    "date": TOKYO_SUMMIT,
    "kind": "mou-signing",
    "tags": ["mou", "asean-japan", "digital", "energy", "water", "payments"],
    "organisations": [
        "royal-government-of-cambodia",
        "government-of-japan",
        "national-bank-of-cambodia",
        "meti",
        "mme",
        "minebeamitsumi",
        "schneitec",
        "erex",
        "sphp-cambodia",
    ],
    "people": ["hun-manet", "fumio-kishida"],
    "title": {
        "en": "Cambodia and Japan sign MoUs on e-government, water, payments and clean energy",
        "ja": "カンボジアと日本、電子政府・水道・決済・クリーンエネルギーで覚書に署名",
        "km": "កម្ពុជា និងជប៉ុន ចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នា ស្តីពីរដ្ឋាភិបាលអេឡិចត្រូនិក ទឹកស្អាត ការទូទាត់ និងថាមពលស្អាត",
    },
    "intro": {
        "en": "In Tokyo on 18 December 2023, on the sidelines of the summit marking 50 years of ASEAN–Japan friendship and cooperation, the two countries signed a set of memorandums of understanding, witnessed by Prime Ministers Hun Manet and Fumio Kishida.",
        "ja": "2023年12月18日、日ASEAN友好協力50周年を記念する首脳会議の機会に、両国は東京で複数の覚書に署名しました。署名にはフン・マネット首相と岸田文雄首相が立ち会いました。",
        "km": "នៅថ្ងៃទី១៨ ខែធ្នូ ឆ្នាំ២០២៣ នៅទីក្រុងតូក្យូ ក្នុងឱកាសកិច្ចប្រជុំកំពូលរំលឹកខួបលើកទី៥០ នៃមិត្តភាព និងកិច្ចសហប្រតិបត្តិការអាស៊ាន-ជប៉ុន ប្រទេសទាំងពីរបានចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នាមួយចំនួន ក្រោមសាក្សីភាពរបស់សម្តេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត និងលោក ហ្វូមីអូ គីស៊ីដា នាយករដ្ឋមន្ត្រីជប៉ុន។",
    },
    "image": {
        "key": "asean-japan-50",
        "motif": "network",
        "colours": ("#2b2d42", "#5e60ce"),
        "label": {
            "en": "ASEAN–Japan 50",
            "ja": "日ASEAN 50周年",
            "km": "អាស៊ាន-ជប៉ុន ៥០ ឆ្នាំ",
        },
        "alt": {
            "en": "Illustration: white dots joined by lines, like a network, on a deep blue-violet background, with the words “ASEAN–Japan 50” in English, Japanese and Khmer.",
            "ja": "イラスト：濃い青紫の背景に、線で結ばれた白い点がネットワークのように広がる図。「日ASEAN 50周年」の文字が英語・日本語・クメール語で書かれています。",
            "km": "រូបគំនូរ៖ ចំណុចពណ៌សភ្ជាប់គ្នាដោយខ្សែ ដូចបណ្តាញមួយ លើផ្ទៃពណ៌ខៀវស្វាយចាស់ ជាមួយពាក្យ «អាស៊ាន-ជប៉ុន ៥០ ឆ្នាំ» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
        },
    },
    "body": [
        (
            "heading",
            {
                "en": "Digital government and public services",
                "ja": "デジタル政府と公共サービス",
                "km": "រដ្ឋាភិបាលឌីជីថល និងសេវាសាធារណៈ",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>Several of the documents deal with the digital foundations of public services: a project to build a national data centre that will advance e-government, a project to bring digital management to water supply in urban areas, and general cooperation on digital social and economic development. Cambodia also presented a request for a hydrological survey vessel, which would let it produce electronic navigational charts.</p>",
                "ja": "<p>署名された文書の多くは、公共サービスを支えるデジタル基盤に関するものです。電子政府を推進するための国家データセンター整備計画、都市部の水道をデジタルで管理する事業、デジタル社会経済発展に向けた包括的な協力が含まれます。また、カンボジア側は電子海図を作成するための水路測量船を要請しました。</p>",
                "km": "<p>ឯកសារមួយចំនួនទាក់ទងនឹងមូលដ្ឋានគ្រឹះឌីជីថលនៃសេវាសាធារណៈ រួមមាន គម្រោងអភិវឌ្ឍមជ្ឈមណ្ឌលទិន្នន័យជាតិ ដើម្បីលើកកម្ពស់រដ្ឋាភិបាលអេឡិចត្រូនិក គម្រោងអភិវឌ្ឍការគ្រប់គ្រងការផ្គត់ផ្គង់ទឹកស្អាតតាមប្រព័ន្ធឌីជីថលនៅតំបន់ទីក្រុង និងកិច្ចសហប្រតិបត្តិការទូទៅលើការអភិវឌ្ឍសេដ្ឋកិច្ច និងសង្គមឌីជីថល។ ភាគីកម្ពុជាក៏បានដាក់សំណើសុំនាវាស្ទង់វាស់ជលសាស្ត្រមួយគ្រឿង សម្រាប់ផលិតផែនទីនាវាចរណ៍អេឡិចត្រូនិកផងដែរ។</p>",
            },
        ),
        (
            "heading",
            {
                "en": "Payments across the border",
                "ja": "国境を越える決済",
                "km": "ការទូទាត់ឆ្លងព្រំដែន",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The National Bank of Cambodia and Japan's Ministry of Economy, Trade and Industry signed a memorandum on cooperation in cross-border payments by QR code, a step towards paying between the two countries simply by scanning a code.</p>",
                "ja": "<p>カンボジア国立銀行と日本の経済産業省は、QRコードを使った国境を越える決済の協力に関する覚書に署名しました。コードを読み取るだけで両国間の支払いができるようにするための一歩です。</p>",
                "km": "<p>ធនាគារជាតិនៃកម្ពុជា និងក្រសួងសេដ្ឋកិច្ច ពាណិជ្ជកម្ម និងឧស្សាហកម្មជប៉ុន បានចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នា ស្តីពីកិច្ចសហប្រតិបត្តិការទូទាត់ប្រាក់ឆ្លងព្រំដែនតាមរយៈ QR កូដ ដែលជាជំហានឆ្ពោះទៅរកការទូទាត់រវាងប្រទេសទាំងពីរ ដោយគ្រាន់តែស្កេនកូដ។</p>",
            },
        ),
        (
            "image",
            {
                "card": {
                    "key": "digital-links",
                    "motif": "network",
                    "colours": ("#03045e", "#00b4d8"),
                    "label": {
                        "en": "Digital links",
                        "ja": "デジタルでつなぐ",
                        "km": "ការតភ្ជាប់ឌីជីថល",
                    },
                    "alt": {
                        "en": "Illustration: a network of white dots and lines on a navy-to-cyan background, with the words “Digital links” in English, Japanese and Khmer.",
                        "ja": "イラスト：紺から水色へのグラデーションに、白い点と線のネットワーク。「デジタルでつなぐ」の文字が英語・日本語・クメール語で書かれています。",
                        "km": "រូបគំនូរ៖ បណ្តាញចំណុច និងខ្សែពណ៌ស លើផ្ទៃពណ៌ខៀវចាស់ទៅខៀវខ្ចី ជាមួយពាក្យ «ការតភ្ជាប់ឌីជីថល» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
                    },
                },
                "caption": {
                    "en": "QR payments and a national data centre: new digital links between the two countries.",
                    "ja": "QRコード決済と国家データセンター。両国を結ぶ新たなデジタルのつながりです。",
                    "km": "ការទូទាត់តាម QR កូដ និងមជ្ឈមណ្ឌលទិន្នន័យជាតិ៖ ការតភ្ជាប់ឌីជីថលថ្មីរវាងប្រទេសទាំងពីរ។",
                },
            },
        ),
        (
            "heading",
            {
                "en": "Solar and biomass power",
                "ja": "太陽光とバイオマスによる発電",
                "km": "ថាមពលពន្លឺព្រះអាទិត្យ និងជីវម៉ាស",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>Cambodia's Ministry of Mines and Energy concluded two cooperation agreements with companies: one for a solar power project with MinebeaMitsumi and SchneiTec, the other for a biomass power project with Erex Co., Ltd. and SPHP (Cambodia).</p>",
                "ja": "<p>カンボジア鉱業エネルギー省は、企業との間で二つの協力合意を結びました。ミネベアミツミおよびSchneiTecとの太陽光発電事業と、イーレックス株式会社およびSPHP（カンボジア）とのバイオマス発電事業です。</p>",
                "km": "<p>ក្រសួងរ៉ែ និងថាមពលនៃកម្ពុជា បានចុះកិច្ចព្រមព្រៀងសហប្រតិបត្តិការចំនួនពីរជាមួយក្រុមហ៊ុនឯកជន៖ មួយសម្រាប់គម្រោងថាមពលពន្លឺព្រះអាទិត្យជាមួយក្រុមហ៊ុន MinebeaMitsumi និង SchneiTec និងមួយទៀតសម្រាប់គម្រោងថាមពលជីវម៉ាសជាមួយក្រុមហ៊ុន Erex Co., Ltd. និង SPHP (Cambodia)។</p>",
            },
        ),
        (
            "heading",
            {
                "en": "Beyond the signing",
                "ja": "署名式のほかに",
                "km": "ក្រៅពីពិធីចុះហត្ថលេខា",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>In their meeting the two prime ministers also exchanged views on bilateral relations, including demining training for specialists from Ukraine. Looking to 70 years of diplomatic relations and the upgrade of ties to a Comprehensive Strategic Partnership, Prime Minister Hun Manet set out goals for cooperation in defence and security, trade and investment, infrastructure connectivity and the resumption of direct flights. Japanese companies, for their part, showed interest in importing more Cambodian farm produce, cashew nuts above all.</p>",
                "ja": "<p>両首相は会談で二国間関係について意見を交わし、ウクライナの地雷除去専門家に対する研修についても話し合いました。フン・マネット首相は、外交関係樹立70周年と「包括的戦略的パートナーシップ」への格上げを踏まえ、防衛・安全保障、貿易・投資、インフラの連結性、直行便の再開といった分野での協力目標を示しました。また、日本企業からは、カシューナッツをはじめとするカンボジア産農産物の輸入拡大に関心が寄せられました。</p>",
                "km": "<p>ក្នុងជំនួបនេះ នាយករដ្ឋមន្ត្រីទាំងពីរក៏បានផ្លាស់ប្តូរទស្សនៈអំពីទំនាក់ទំនងទ្វេភាគី រួមទាំងការបណ្តុះបណ្តាលអ្នកជំនាញបោសសម្អាតមីនមកពីអ៊ុយក្រែន។ ក្នុងឱកាសខួបលើកទី៧០ នៃទំនាក់ទំនងការទូត និងការដំឡើងទំនាក់ទំនងទៅជាភាពជាដៃគូយុទ្ធសាស្ត្រគ្រប់ជ្រុងជ្រោយ សម្តេចធិបតី ហ៊ុន ម៉ាណែត បានលើកឡើងនូវគោលដៅកិច្ចសហប្រតិបត្តិការលើវិស័យការពារជាតិ និងសន្តិសុខ ពាណិជ្ជកម្ម និងវិនិយោគ ការតភ្ជាប់ហេដ្ឋារចនាសម្ព័ន្ធ និងការបើកជើងហោះហើរត្រង់ឡើងវិញ។ ក្រុមហ៊ុនជប៉ុនក៏បានបង្ហាញចំណាប់អារម្មណ៍ក្នុងការនាំចូលផលិតផលកសិកម្មកម្ពុជាបន្ថែមទៀត ជាពិសេសគ្រាប់ស្វាយចន្ទី។</p>",
            },
        ),
    ],
    "agreements": [
        _tokyo_mou(
            {
                "en": "National Data Centre Development Project for promoting e-government",
                "ja": "電子政府推進に向けた国家データセンター整備計画",
                "km": "គម្រោងអភិវឌ្ឍមជ្ឈមណ្ឌលទិន្នន័យជាតិ ដើម្បីលើកកម្ពស់រដ្ឋាភិបាលអេឡិចត្រូនិក",
            },
            Sector.GOVERNMENT,
        ),
        _tokyo_mou(
            {
                "en": "Digital management of water supply in urban areas",
                "ja": "都市部における水道のデジタル管理整備",
                "km": "ការអភិវឌ្ឍការគ្រប់គ្រងការផ្គត់ផ្គង់ទឹកស្អាតតាមប្រព័ន្ធឌីជីថល នៅតំបន់ទីក្រុង",
            },
            Sector.WATER,
        ),
        _tokyo_mou(
            {
                "en": "Request for a hydrological survey vessel to produce electronic navigational charts",
                "ja": "電子海図作成のための水路測量船の要請",
                "km": "សំណើសុំនាវាស្ទង់វាស់ជលសាស្ត្រ សម្រាប់ផលិតផែនទីនាវាចរណ៍អេឡិចត្រូនិក",
            },
            Sector.TRANSPORT,
        ),
        _tokyo_mou(
            {
                "en": "Cooperation for digital social and economic development",
                "ja": "デジタル社会経済発展に向けた協力",
                "km": "កិច្ចសហប្រតិបត្តិការលើការអភិវឌ្ឍសេដ្ឋកិច្ច និងសង្គមឌីជីថល",
            },
            Sector.GOVERNMENT,
        ),
        _tokyo_mou(
            {
                "en": "Cross-border payment cooperation via QR code",
                "ja": "QRコードによる国境を越えた決済に関する協力",
                "km": "កិច្ចសហប្រតិបត្តិការទូទាត់ប្រាក់ឆ្លងព្រំដែនតាមរយៈ QR កូដ",
            },
            Sector.FINANCE,
            parties=["national-bank-of-cambodia", "meti"],
        ),
        _tokyo_mou(
            {
                "en": "Solar energy project",
                "ja": "太陽光発電事業に関する協力",
                "km": "គម្រោងថាមពលពន្លឺព្រះអាទិត្យ",
            },
            Sector.ENERGY,
            parties=["mme", "minebeamitsumi", "schneitec"],
        ),
        _tokyo_mou(
            {
                "en": "Biomass energy project",
                "ja": "バイオマス発電事業に関する協力",
                "km": "គម្រោងថាមពលជីវម៉ាស",
            },
            Sector.ENERGY,
            parties=["mme", "erex", "sphp-cambodia"],
        ),
    ],
}

KAMIKAWA_IN_PHNOM_PENH = {
    "slug": "foreign-minister-kamikawa-visits-phnom-penh",
    "date": KAMIKAWA_VISIT,
    "kind": "ministerial-visit",
    "tags": [
        "foreign-ministers",
        "oda",
        "infrastructure",
        "mine-action",
        "scholarships",
    ],
    "organisations": ["mofa-japan", "mfaic", *GOVERNMENTS],
    "people": ["kamikawa-yoko", "sok-chenda-sophea", "hun-manet"],
    "title": {
        "en": "Foreign Minister Kamikawa in Phnom Penh: three new approaches to cooperation",
        "ja": "上川外務大臣がプノンペンを訪問　「三つの新たな協力アプローチ」を表明",
        "km": "រដ្ឋមន្ត្រីការបរទេសជប៉ុន បំពេញទស្សនកិច្ចនៅរាជធានីភ្នំពេញ៖ វិធីសាស្ត្រសហប្រតិបត្តិការថ្មីចំនួនបី",
    },
    "intro": {
        "en": "On 6 July 2024 Japan's Foreign Minister KAMIKAWA Yoko met Deputy Prime Minister and Foreign Minister Sok Chenda Sophea, proposed three new approaches to cooperation and signed two ODA agreements, for National Road No. 5 and for scholarships.",
        "ja": "2024年7月6日、上川陽子外務大臣はソック・チェンダ・ソピア副首相兼外務国際協力大臣と会談し、「三つの新たな協力アプローチ」を提案するとともに、国道5号線と奨学計画に関する2件のODAの交換公文に署名しました。",
        "km": "នៅថ្ងៃទី៦ ខែកក្កដា ឆ្នាំ២០២៤ លោកស្រី កាមីកាវ៉ា យ៉ូកូ រដ្ឋមន្ត្រីការបរទេសជប៉ុន បានជួបពិភាក្សាជាមួយឯកឧត្តម សុខ ចិន្តាសោភា ឧបនាយករដ្ឋមន្ត្រី រដ្ឋមន្ត្រីក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ ដោយបានស្នើវិធីសាស្ត្រសហប្រតិបត្តិការថ្មីចំនួនបី និងបានចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងជំនួយ ODA ចំនួនពីរ សម្រាប់ផ្លូវជាតិលេខ៥ និងអាហារូបករណ៍។",
    },
    "image": {
        "key": "three-new-approaches",
        "motif": "bridge",
        "colours": ("#1d3557", "#457b9d"),
        "label": {
            "en": "Three new approaches",
            "ja": "三つの新たな協力",
            "km": "វិធីសាស្ត្រថ្មីទាំងបី",
        },
        "alt": {
            "en": "Illustration: a white arched bridge over gentle waves on a blue background, with the words “Three new approaches” in English, Japanese and Khmer.",
            "ja": "イラスト：青い背景に、穏やかな波の上に架かる白いアーチ橋。「三つの新たな協力」の文字が英語・日本語・クメール語で書かれています。",
            "km": "រូបគំនូរ៖ ស្ពានធ្នូពណ៌ស ឆ្លងកាត់រលកតិចៗ លើផ្ទៃពណ៌ខៀវ ជាមួយពាក្យ «វិធីសាស្ត្រថ្មីទាំងបី» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
        },
    },
    "body": [
        (
            "paragraph",
            {
                "en": "<p>Welcoming the Foreign Minister, Deputy Prime Minister Sok Chenda Sophea showed her a Cambodian banknote featuring a bridge built with Japanese assistance and thanked Japan for standing by Cambodia since the peace process. He hoped to take cooperation further under the Comprehensive Strategic Partnership and passed on a message from Prime Minister Hun Manet: Cambodia will become a full member of the Conference on Cooperation among East Asian Countries for Palestinian Development (CEAPAD).</p>",
                "ja": "<p>ソック・チェンダ・ソピア副首相は上川大臣の訪問を歓迎し、日本の支援で建設された橋が描かれたカンボジアの紙幣を示しながら、和平プロセス以来の日本の支援に謝意を表しました。また、「包括的戦略的パートナーシップ」の下で協力をさらに発展させたいと述べ、カンボジアが「パレスチナ開発のための東アジア協力促進会合（CEAPAD）」の正式メンバーになるとのフン・マネット首相のメッセージを伝えました。</p>",
                "km": "<p>ឯកឧត្តម សុខ ចិន្តាសោភា ឧបនាយករដ្ឋមន្ត្រី បានស្វាគមន៍ទស្សនកិច្ចរបស់លោកស្រី កាមីកាវ៉ា ហើយបានបង្ហាញក្រដាសប្រាក់រៀលដែលមានរូបស្ពានសាងសង់ដោយជំនួយរបស់ជប៉ុន ព្រមទាំងបានថ្លែងអំណរគុណចំពោះការគាំទ្ររបស់ជប៉ុនមកលើកម្ពុជា តាំងពីដំណើរការសន្តិភាពមក។ ឯកឧត្តមបានបញ្ជាក់ពីបំណងពង្រីកកិច្ចសហប្រតិបត្តិការបន្ថែមទៀត ក្រោមក្របខ័ណ្ឌភាពជាដៃគូយុទ្ធសាស្ត្រគ្រប់ជ្រុងជ្រោយ និងបាននាំសាររបស់សម្តេចធិបតី ហ៊ុន ម៉ាណែត នាយករដ្ឋមន្ត្រី ថាកម្ពុជានឹងក្លាយជាសមាជិកពេញសិទ្ធិនៃសន្និសីទស្តីពីកិច្ចសហប្រតិបត្តិការក្នុងចំណោមប្រទេសអាស៊ីបូព៌ា ដើម្បីការអភិវឌ្ឍប៉ាឡេស្ទីន (CEAPAD)។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>Minister Kamikawa noted that after many years of building trust, the two countries are working together in more and more fields. Looking ahead, she hoped to help strengthen the sustainability of Cambodia's development and to create social value together, with a focus on human resource development and Japanese technology.</p>",
                "ja": "<p>これに対し上川大臣は、長年にわたる信頼関係の構築を経て、日本とカンボジアの協力分野は着実に広がっていると述べました。今後については、人材育成と日本の技術の活用に重点を置き、カンボジアの持続可能性の強化と社会的価値のさらなる共創に向けて協力していきたいとの考えを示しました。</p>",
                "km": "<p>លោកស្រី កាមីកាវ៉ា បានមានប្រសាសន៍ថា បន្ទាប់ពីការកសាងទំនុកចិត្តគ្នាអស់រយៈពេលជាច្រើនឆ្នាំ វិស័យសហប្រតិបត្តិការរវាងជប៉ុន និងកម្ពុជាកំពុងពង្រីកជាលំដាប់។ សម្រាប់ពេលអនាគត លោកស្រីមានបំណងសហការដើម្បីពង្រឹងចីរភាពនៃការអភិវឌ្ឍរបស់កម្ពុជា និងរួមគ្នាបង្កើតតម្លៃសង្គមបន្ថែមទៀត ដោយផ្តោតលើការអភិវឌ្ឍធនធានមនុស្ស និងការប្រើប្រាស់បច្ចេកវិទ្យាជប៉ុន។</p>",
            },
        ),
        (
            "heading",
            {
                "en": "Three new approaches",
                "ja": "三つの新たな協力アプローチ",
                "km": "វិធីសាស្ត្រសហប្រតិបត្តិការថ្មីចំនួនបី",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p><b>Social infrastructure.</b> Japan will help extend Phnom Penh's model of water supply to regional towns, work with Cambodia on a new challenge, sewerage in Phnom Penh, and encourage Japanese companies to take part. The two countries will also cooperate on core digital communications infrastructure such as 5G and keep strengthening cyber security together.</p>",
                "ja": "<p><b>社会インフラ整備。</b>水分野では、プノンペンの上水道モデルを地方へ展開することを支援します。新たな課題であるプノンペンの下水道整備にも協力し、日本企業の参入を後押しします。デジタル分野では、5Gなどの基幹通信インフラの整備で協力し、サイバーセキュリティ強化に向けた協力も続けます。</p>",
                "km": "<p><b>ការអភិវឌ្ឍហេដ្ឋារចនាសម្ព័ន្ធសង្គម។</b> ជប៉ុននឹងជួយពង្រីកគំរូប្រព័ន្ធផ្គត់ផ្គង់ទឹកស្អាតរបស់រាជធានីភ្នំពេញ ទៅកាន់តំបន់នានា សហការជាមួយកម្ពុជាក្នុងការអភិវឌ្ឍប្រព័ន្ធលូបង្ហូរទឹកកខ្វក់នៅភ្នំពេញ ដែលជាបញ្ហាប្រឈមថ្មី និងលើកទឹកចិត្តក្រុមហ៊ុនជប៉ុនឱ្យចូលរួមក្នុងវិស័យនេះ។ ប្រទេសទាំងពីរក៏នឹងសហការលើវិស័យបច្ចេកវិទ្យាឌីជីថល ដើម្បីអភិវឌ្ឍហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍ស្នូលដូចជា 5G និងបន្តពង្រឹងសន្តិសុខសាយប័ររួមគ្នា។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p><b>Maritime connectivity.</b> Japan wants to help develop Sihanoukville Port into a hub port and logistics base for Cambodia and the region, and to work together on maritime security, including the safety of sea lanes.</p>",
                "ja": "<p><b>海の連結性。</b>シアヌークビル港をカンボジアと地域の拠点港・物流拠点として発展させるための協力を進め、海上交通路の安全確保を含む海洋安全保障でも連携します。</p>",
                "km": "<p><b>ការតភ្ជាប់តាមសមុទ្រ។</b> ជប៉ុនចង់សហការជាមួយកម្ពុជា ដើម្បីអភិវឌ្ឍកំពង់ផែក្រុងព្រះសីហនុ ឱ្យក្លាយជាកំពង់ផែមេ និងមូលដ្ឋានភស្តុភារសម្រាប់កម្ពុជា និងតំបន់ ព្រមទាំងសហការលើសន្តិសុខដែនសមុទ្រ រួមទាំងការធានាសុវត្ថិភាពផ្លូវសមុទ្រ។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p><b>Humanitarian mine action.</b> Minister Kamikawa presented the Japan–Cambodia Landmine Initiative, announced during the visit. Calling Cambodia a special partner in mine action, she proposed raising international awareness together, for example at the Fifth Review Conference of the Ottawa Convention banning anti-personnel mines, alongside support for third countries and the development of demining technology.</p>",
                "ja": "<p><b>人道的地雷対策。</b>上川大臣は、今回の訪問で発表した「日・カンボジア地雷イニシアティブ」について説明しました。カンボジアを地雷対策における特別なパートナーと位置付け、第三国への支援や地雷除去技術の開発に加え、対人地雷禁止条約（オタワ条約）第5回検討会議などの機会を生かして、国際社会の関心を高めるために協力したいと述べました。</p>",
                "km": "<p><b>សកម្មភាពកម្ចាត់មីនដើម្បីមនុស្សធម៌។</b> លោកស្រី កាមីកាវ៉ា បានពន្យល់អំពីគំនិតផ្តួចផ្តើមជប៉ុន-កម្ពុជា ស្តីពីមីន ដែលលោកស្រីបានប្រកាសក្នុងអំឡុងទស្សនកិច្ចនេះ។ លោកស្រីបានចាត់ទុកកម្ពុជាជាដៃគូពិសេសរបស់ជប៉ុនក្នុងវិស័យនេះ ហើយមានបំណងសហការជាមួយកម្ពុជាក្នុងការលើកកម្ពស់ការយល់ដឹងរបស់សហគមន៍អន្តរជាតិ ដោយឆ្លៀតឱកាសដូចជាសន្និសីទពិនិត្យឡើងវិញលើកទី៥ នៃអនុសញ្ញាហាមឃាត់មីនប្រឆាំងមនុស្ស (អនុសញ្ញាអូតាវ៉ា) បន្ថែមលើការជំរុញជំនួយដល់ប្រទេសទីបី និងការអភិវឌ្ឍបច្ចេកវិទ្យាបោសសម្អាតមីន។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>Deputy Prime Minister Sok Chenda Sophea thanked Japan for its support in all three areas, which he said matches the Cambodian government's Pentagonal Strategy and its emphasis on water supply and sewerage, a digital society and Sihanoukville as the region's core port and logistics hub. He backed the three approaches and said Cambodia would like to work with Japan on mine action internationally. The ministers also discussed Cambodia's democratic development and closer economic relations.</p>",
                "ja": "<p>ソック・チェンダ副首相は、三つの分野におけるこれまでの日本の支援に感謝し、これらは上下水道の整備、デジタル社会の発展、地域の中核港・物流拠点としてのシアヌークビル港の整備を重視するカンボジア政府の「五角形戦略」に沿うものだと述べました。そのうえで、三つの新たな協力アプローチへの支持と、国際場裡での地雷対策における日本との協力の意向を表明しました。両大臣は、カンボジアの民主的発展や経済関係の強化についても意見を交わしました。</p>",
                "km": "<p>ឯកឧត្តម សុខ ចិន្តាសោភា បានថ្លែងអំណរគុណចំពោះការគាំទ្ររបស់ជប៉ុនកន្លងមកលើវិស័យទាំងបីនេះ ដែលស្របទៅនឹងយុទ្ធសាស្ត្របញ្ចកោណរបស់រាជរដ្ឋាភិបាលកម្ពុជា ដែលផ្តល់អាទិភាពដល់ការអភិវឌ្ឍប្រព័ន្ធផ្គត់ផ្គង់ទឹកស្អាត និងលូបង្ហូរទឹកកខ្វក់ ការអភិវឌ្ឍសង្គមឌីជីថល និងការអភិវឌ្ឍកំពង់ផែក្រុងព្រះសីហនុ ឱ្យក្លាយជាកំពង់ផែស្នូល និងមជ្ឈមណ្ឌលភស្តុភារក្នុងតំបន់។ ឯកឧត្តមបានគាំទ្រវិធីសាស្ត្រសហប្រតិបត្តិការថ្មីទាំងបី និងបានបញ្ជាក់ពីឆន្ទៈសហការជាមួយជប៉ុនលើសកម្មភាពកម្ចាត់មីននៅលើឆាកអន្តរជាតិ។ រដ្ឋមន្ត្រីទាំងពីរក៏បានផ្លាស់ប្តូរទស្សនៈអំពីការអភិវឌ្ឍលទ្ធិប្រជាធិបតេយ្យនៅកម្ពុជា និងការពង្រឹងទំនាក់ទំនងសេដ្ឋកិច្ចផងដែរ។</p>",
            },
        ),
        (
            "image",
            {
                "card": {
                    "key": "national-road-5",
                    "motif": "road",
                    "colours": ("#264653", "#e9c46a"),
                    "label": {
                        "en": "National Road No. 5",
                        "ja": "国道5号線",
                        "km": "ផ្លូវជាតិលេខ៥",
                    },
                    "alt": {
                        "en": "Illustration: a straight road with a dashed centre line running to the horizon under a teal-to-gold sky, with the words “National Road No. 5” in English, Japanese and Khmer.",
                        "ja": "イラスト：青緑から金色の空の下、中央線のある一本道が地平線まで続く図。「国道5号線」の文字が英語・日本語・クメール語で書かれています。",
                        "km": "រូបគំនូរ៖ ផ្លូវត្រង់មួយមានខ្សែកណ្តាលដាច់ៗ លាតសន្ធឹងដល់ជើងមេឃ ក្រោមមេឃពណ៌ខៀវបៃតងទៅមាស ជាមួយពាក្យ «ផ្លូវជាតិលេខ៥» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
                    },
                },
                "caption": {
                    "en": "National Road No. 5 links Phnom Penh with Battambang and the Thai border at Poipet.",
                    "ja": "国道5号線は、プノンペンとバッタンバン、タイ国境のポイペトを結んでいます。",
                    "km": "ផ្លូវជាតិលេខ៥ តភ្ជាប់រាជធានីភ្នំពេញ ជាមួយខេត្តបាត់ដំបង និងច្រកព្រំដែនប៉ោយប៉ែត ជាប់ប្រទេសថៃ។",
                },
            },
        ),
        (
            "heading",
            {
                "en": "ODA signing ceremony",
                "ja": "ODA署名式",
                "km": "ពិធីចុះហត្ថលេខាលើជំនួយ ODA",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>After the meeting the two ministers signed exchanges of notes for the National Road No. 5 Improvement Project, covering the Thlea Ma'am–Battambang and Sri Sophorn–Poipet sections, and for the Project for Human Resource Development Scholarship.</p>",
                "ja": "<p>会談後、両大臣はODA署名式に出席し、国道5号線改修計画（トレアマアム－バッタンバン間及びシソポン－ポイペト間）と人材育成奨学計画に関する交換公文に署名しました。</p>",
                "km": "<p>បន្ទាប់ពីជំនួបពិភាក្សា រដ្ឋមន្ត្រីទាំងពីរបានអញ្ជើញចូលរួមពិធីចុះហត្ថលេខា និងផ្លាស់ប្តូរលិខិតការទូត សម្រាប់គម្រោងកែលម្អផ្លូវជាតិលេខ៥ (កំណាត់ថ្លាម្អម-បាត់ដំបង និងកំណាត់សិរីសោភ័ណ-ប៉ោយប៉ែត) និងគម្រោងអាហារូបករណ៍អភិវឌ្ឍធនធានមនុស្ស។</p>",
            },
        ),
    ],
    "agreements": [
        {
            "title": {
                "en": "National Road No. 5 Improvement Project (Thlea Ma'am–Battambang and Sri Sophorn–Poipet sections)",
                "ja": "国道5号線改修計画（トレアマアム－バッタンバン間及びシソポン－ポイペト間）",
                "km": "គម្រោងកែលម្អផ្លូវជាតិលេខ៥ (កំណាត់ថ្លាម្អម-បាត់ដំបង និងកំណាត់សិរីសោភ័ណ-ប៉ោយប៉ែត)",
            },
            "sector": Sector.TRANSPORT,
            "signed_on": KAMIKAWA_VISIT,
            "place": PHNOM_PENH,
            "parties": GOVERNMENTS,
            "signatories": ["kamikawa-yoko", "sok-chenda-sophea"],
        },
        {
            "title": {
                "en": "Project for Human Resource Development Scholarship",
                "ja": "人材育成奨学計画",
                "km": "គម្រោងអាហារូបករណ៍អភិវឌ្ឍធនធានមនុស្ស",
            },
            "sector": Sector.EDUCATION,
            "signed_on": KAMIKAWA_VISIT,
            "place": PHNOM_PENH,
            "parties": GOVERNMENTS,
            "signatories": ["kamikawa-yoko", "sok-chenda-sophea"],
        },
    ],
}

ARTICLES = [TOKYO_MOUS, KAMIKAWA_IN_PHNOM_PENH]
