"""Demo events: past ones from the seed documents, and some still to come.

A past event has a fixed ``day``. An event still to come has a relativedelta from the
day the demo is loaded (``relativedelta(months=+1, day=1, weekday=SA(+2))`` is the
second Saturday of next month; one that names a month means the next one still ahead),
so the calendar always has dates ahead. ``times`` are local to the venue, or to
``time_zone`` where there is no venue; an event without ``times`` runs all day for
``days`` days. The seeds give no hours: those of past events are illustrative.
"""

import datetime

from dateutil.relativedelta import FR, SA, TH, TU, WE, relativedelta

from events.enums import EventStatus

from .agreements import KAMIKAWA_IN_PHNOM_PENH, TOKYO_MOUS
from .exchange import ANNIVERSARY_PLANS, LOCAL_GOVERNMENT_SEMINAR
from .nagano import MISSION_REPORT, SCHOOL_EXCHANGE

PAST_EVENTS = [
    {
        "slug": "nagano-phnom-penh-summer-youth-exchange-2024",
        "day": datetime.date(2024, 7, 26),
        "days": 10,
        "time_zone": "Asia/Phnom_Penh",
        "organiser": "phnom-penh-capital-administration",
        "categories": ["school-exchange"],
        # The first exchange after the Governor's report asked for one.
        "related_news": [SCHOOL_EXCHANGE["slug"]],
        "title": {
            "en": "Nagano–Phnom Penh summer youth exchange 2024",
            "ja": "2024年 長野・プノンペン夏の青少年交流",
            "km": "កម្មវិធីផ្លាស់ប្តូរយុវជនរដូវក្តៅ ណាហ្គាណូ-ភ្នំពេញ ឆ្នាំ២០២៤",
        },
        "summary": {
            "en": "Ten days of lessons, home stays and a shared project for pupils of Nagano and Phnom Penh schools, in the summer of 2024.",
            "ja": "2024年夏、長野とプノンペンの学校の児童生徒が合同授業、ホームステイ、共同プロジェクトで10日間を過ごしました。",
            "km": "ដប់ថ្ងៃនៃការរៀនជាមួយគ្នា ការស្នាក់នៅជាមួយគ្រួសារ និងគម្រោងរួមគ្នា សម្រាប់សិស្សនៃសាលារៀនណាហ្គាណូ និងភ្នំពេញ នៅរដូវក្តៅឆ្នាំ២០២៤។",
        },
    },
    {
        "slug": "prime-minister-receives-japan-cambodia-association",
        "day": datetime.date(2023, 4, 26),
        "times": (datetime.time(15), datetime.time(16)),
        "venue": "peace-palace",
        "organiser": "japan-cambodia-association",
        "categories": ["association-meeting", "culture-and-anniversary"],
        "related_news": [ANNIVERSARY_PLANS["slug"]],
        "title": {
            "en": "Prime Minister Hun Sen receives the Japan–Cambodia Association",
            "ja": "フン・セン首相、日本カンボジア協会の表敬を受ける",
            "km": "សម្តេចតេជោ ហ៊ុន សែន ទទួលជួបសមាគមជប៉ុន-កម្ពុជា",
        },
        "summary": {
            "en": "Association president Fumiaki Takahashi called on the Prime Minister at the Peace Palace to talk about investment, training and plans for the 70th anniversary of diplomatic relations.",
            "ja": "日本カンボジア協会の高橋文明会長が平和宮で首相を表敬し、投資、人材育成、外交関係樹立70周年の記念行事の計画について話し合いました。",
            "km": "លោក ហ្វូមីអាគី តាកាហាស៊ី ប្រធានសមាគមជប៉ុន-កម្ពុជា បានចូលជួបសម្តែងការគួរសមសម្តេចនាយករដ្ឋមន្ត្រី នៅវិមានសន្តិភាព ដើម្បីពិភាក្សាអំពីការវិនិយោគ ការបណ្តុះបណ្តាល និងផែនការអបអរខួបលើកទី៧០ នៃទំនាក់ទំនងការទូត។",
        },
    },
    {
        "slug": "seventieth-anniversary-celebration-phnom-penh",
        "day": datetime.date(2023, 11, 19),
        "venue": "riverside",
        "organiser": "japan-cambodia-association",
        "categories": ["culture-and-anniversary"],
        "related_news": [ANNIVERSARY_PLANS["slug"]],
        "title": {
            "en": "70 years of Japan–Cambodia diplomatic relations: celebration and fireworks",
            "ja": "日本・カンボジア外交関係樹立70周年　記念祝賀行事と花火",
            "km": "ពិធីអបអរខួបលើកទី៧០ នៃទំនាក់ទំនងការទូតកម្ពុជា-ជប៉ុន និងការបាញ់កាំជ្រួច",
        },
        "summary": {
            "en": "A day of cultural performances on the Phnom Penh riverside, ending with fireworks over the river, to mark 70 years since Japan and Cambodia established diplomatic relations.",
            "ja": "日本とカンボジアの外交関係樹立70周年を記念し、プノンペンの川沿いで一日を通して文化公演を行い、締めくくりに川の上で花火を打ち上げる祝賀行事。",
            "km": "កម្មវិធីសម្តែងវប្បធម៌ពេញមួយថ្ងៃនៅមាត់ទន្លេភ្នំពេញ និងបញ្ចប់ដោយការបាញ់កាំជ្រួចលើផ្ទៃទន្លេ ដើម្បីអបអរខួបលើកទី៧០ នៃការបង្កើតទំនាក់ទំនងការទូតរវាងកម្ពុជា និងជប៉ុន។",
        },
    },
    {
        "slug": "mou-signing-in-tokyo-2023",
        "day": datetime.date(2023, 12, 18),
        "venue": "kantei",
        "organiser": "government-of-japan",
        "categories": ["mou-signing"],
        "related_news": [TOKYO_MOUS["slug"]],
        "title": {
            "en": "Cambodia–Japan MoU signing in Tokyo",
            "ja": "日・カンボジア覚書署名（東京）",
            "km": "ពិធីចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នាកម្ពុជា-ជប៉ុន នៅទីក្រុងតូក្យូ",
        },
        "summary": {
            "en": "On the sidelines of the summit marking 50 years of ASEAN–Japan friendship, the two governments signed memorandums on e-government, water supply, QR-code payments and clean energy, witnessed by Prime Ministers Hun Manet and Fumio Kishida.",
            "ja": "日ASEAN友好協力50周年を記念する首脳会議の機会に、両国政府が電子政府、水道、QRコード決済、クリーンエネルギーに関する覚書に署名しました。フン・マネット首相と岸田文雄首相が立ち会いました。",
            "km": "ក្នុងឱកាសកិច្ចប្រជុំកំពូលរំលឹកខួបលើកទី៥០ នៃមិត្តភាព និងកិច្ចសហប្រតិបត្តិការអាស៊ាន-ជប៉ុន រដ្ឋាភិបាលទាំងពីរបានចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នា ស្តីពីរដ្ឋាភិបាលអេឡិចត្រូនិក ការផ្គត់ផ្គង់ទឹកស្អាត ការទូទាត់តាម QR កូដ និងថាមពលស្អាត ក្រោមសាក្សីភាពរបស់សម្តេចមហាបវរធិបតី ហ៊ុន ម៉ាណែត និងលោក ហ្វូមីអូ គីស៊ីដា។",
        },
    },
    {
        "slug": "foreign-ministers-meeting-phnom-penh-2024",
        "day": datetime.date(2024, 7, 6),
        "times": (datetime.time(10), datetime.time(11)),
        "venue": "mfaic",
        "organiser": "mfaic",
        "categories": ["ministerial-visit"],
        "related_news": [KAMIKAWA_IN_PHNOM_PENH["slug"]],
        "title": {
            "en": "Japan–Cambodia Foreign Ministers' meeting",
            "ja": "日・カンボジア外相会談",
            "km": "ជំនួបពិភាក្សារវាងរដ្ឋមន្ត្រីការបរទេសកម្ពុជា-ជប៉ុន",
        },
        "summary": {
            "en": "Foreign Minister KAMIKAWA Yoko met Deputy Prime Minister and Foreign Minister Sok Chenda Sophea and proposed three new approaches to cooperation: social infrastructure, maritime connectivity and humanitarian mine action.",
            "ja": "上川陽子外務大臣がソック・チェンダ・ソピア副首相兼外務国際協力大臣と会談し、社会インフラ整備、海の連結性、人道的地雷対策の「三つの新たな協力アプローチ」を提案しました。",
            "km": "លោកស្រី កាមីកាវ៉ា យ៉ូកូ រដ្ឋមន្ត្រីការបរទេសជប៉ុន បានជួបពិភាក្សាជាមួយឯកឧត្តម សុខ ចិន្តាសោភា ឧបនាយករដ្ឋមន្ត្រី រដ្ឋមន្ត្រីក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ ហើយបានស្នើវិធីសាស្ត្រសហប្រតិបត្តិការថ្មីចំនួនបី៖ ហេដ្ឋារចនាសម្ព័ន្ធសង្គម ការតភ្ជាប់តាមសមុទ្រ និងសកម្មភាពកម្ចាត់មីនដើម្បីមនុស្សធម៌។",
        },
    },
    {
        "slug": "oda-signing-ceremony-phnom-penh-2024",
        "day": datetime.date(2024, 7, 6),
        "times": (datetime.time(11, 15), datetime.time(11, 45)),
        "venue": "mfaic",
        "organiser": "mfaic",
        "categories": ["ministerial-visit", "mou-signing"],
        "related_news": [KAMIKAWA_IN_PHNOM_PENH["slug"]],
        "title": {
            "en": "ODA signing ceremony: National Road No. 5 and scholarships",
            "ja": "ODA署名式（国道5号線改修計画・人材育成奨学計画）",
            "km": "ពិធីចុះហត្ថលេខាលើជំនួយ ODA៖ ផ្លូវជាតិលេខ៥ និងអាហារូបករណ៍",
        },
        "summary": {
            "en": "After their meeting the two ministers signed exchanges of notes for the National Road No. 5 Improvement Project and the Project for Human Resource Development Scholarship.",
            "ja": "会談に続いて、両大臣が国道5号線改修計画と人材育成奨学計画に関する交換公文に署名しました。",
            "km": "បន្ទាប់ពីជំនួបពិភាក្សា រដ្ឋមន្ត្រីទាំងពីរបានចុះហត្ថលេខាលើលិខិតផ្លាស់ប្តូរការទូត សម្រាប់គម្រោងកែលម្អផ្លូវជាតិលេខ៥ និងគម្រោងអាហារូបករណ៍អភិវឌ្ឍធនធានមនុស្ស។",
        },
    },
    {
        "slug": "local-government-seminar-2019",
        "day": datetime.date(2019, 12, 15),
        "days": 7,
        # Held in Tokyo and Shimonoseki, so no one venue; the day programme follows.
        "time_zone": "Asia/Tokyo",
        "organiser": "clair",
        "categories": ["seminar"],
        "related_news": [LOCAL_GOVERNMENT_SEMINAR["slug"]],
        "title": {
            "en": "Local Government Exchange and Cooperation Seminar 2019",
            "ja": "自治体交流協力セミナー2019",
            "km": "សិក្ខាសាលាស្តីពីការផ្លាស់ប្តូរ និងកិច្ចសហប្រតិបត្តិការរដ្ឋាភិបាលមូលដ្ឋាន ឆ្នាំ២០១៩",
        },
        "summary": {
            "en": "Senior officials from nine countries, Cambodia among them, spent a week in Tokyo and Shimonoseki studying tourism promotion and multicultural communities.",
            "ja": "カンボジアなど9か国の行政幹部が、東京と下関市で1週間にわたり観光振興と多文化共生について学びました。",
            "km": "មន្ត្រីជាន់ខ្ពស់មកពីប្រទេសចំនួនប្រាំបួន រួមទាំងកម្ពុជា បានចំណាយពេលមួយសប្តាហ៍នៅទីក្រុងតូក្យូ និងទីក្រុងស៊ីម៉ូណូសេគី ដើម្បីសិក្សាអំពីការលើកកម្ពស់វិស័យទេសចរណ៍ និងសហគមន៍ពហុវប្បធម៌។",
        },
    },
    {
        "slug": "seminar-2019-visit-to-jnto",
        "day": datetime.date(2019, 12, 17),
        "times": (datetime.time(10), datetime.time(11, 30)),
        "venue": "jnto",
        "organiser": "clair",
        "categories": ["seminar"],
        "related_news": [LOCAL_GOVERNMENT_SEMINAR["slug"]],
        "title": {
            "en": "Seminar 2019: visit to the Japan National Tourism Organization",
            "ja": "セミナー2019：日本政府観光局（JNTO）訪問",
            "km": "សិក្ខាសាលាឆ្នាំ២០១៩៖ ទស្សនកិច្ចនៅអង្គការទេសចរណ៍ជាតិជប៉ុន",
        },
        "summary": {
            "en": "The participants learned how Japan promotes itself to travellers from abroad, then travelled on to Shimonoseki for a briefing on the city.",
            "ja": "参加者が訪日外国人旅行者の誘致に向けた日本のプロモーションについて学び、その後、下関市へ移動して市の概要説明を受けました。",
            "km": "អ្នកចូលរួមបានសិក្សាពីរបៀបដែលជប៉ុនផ្សព្វផ្សាយខ្លួនដល់ភ្ញៀវទេសចរបរទេស បន្ទាប់មកបានធ្វើដំណើរបន្តទៅទីក្រុងស៊ីម៉ូណូសេគី ដើម្បីស្តាប់បទបង្ហាញអំពីទីក្រុងនេះ។",
        },
    },
    {
        "slug": "seminar-2019-courtesy-call-on-mayor-of-shimonoseki",
        "day": datetime.date(2019, 12, 18),
        "times": (datetime.time(9, 30), datetime.time(10)),
        "venue": "shimonoseki-city-hall",
        "organiser": "shimonoseki-city",
        "categories": ["seminar"],
        "related_news": [LOCAL_GOVERNMENT_SEMINAR["slug"]],
        "title": {
            "en": "Seminar 2019: courtesy call on the Mayor of Shimonoseki",
            "ja": "セミナー2019：下関市長表敬訪問",
            "km": "សិក្ខាសាលាឆ្នាំ២០១៩៖ ចូលជួបសម្តែងការគួរសមអភិបាលក្រុងស៊ីម៉ូណូសេគី",
        },
        "summary": {
            "en": "The participants opened their programme in Shimonoseki with a call on the Mayor at City Hall.",
            "ja": "下関での研修の始めに、参加者が市役所で市長を表敬訪問しました。",
            "km": "អ្នកចូលរួមបានចាប់ផ្តើមកម្មវិធីនៅទីក្រុងស៊ីម៉ូណូសេគី ដោយចូលជួបសម្តែងការគួរសមលោកអភិបាលក្រុងនៅសាលាក្រុង។",
        },
    },
    {
        "slug": "seminar-2019-opinion-exchange-in-shimonoseki",
        "day": datetime.date(2019, 12, 19),
        "times": (datetime.time(15), datetime.time(17)),
        "venue": "shimonoseki-city-hall",
        "organiser": "shimonoseki-city",
        "categories": ["seminar"],
        "related_news": [LOCAL_GOVERNMENT_SEMINAR["slug"]],
        "title": {
            "en": "Seminar 2019: opinion exchange with Shimonoseki City",
            "ja": "セミナー2019：下関市との意見交換会",
            "km": "សិក្ខាសាលាឆ្នាំ២០១៩៖ វគ្គផ្លាស់ប្តូរយោបល់ជាមួយទីក្រុងស៊ីម៉ូណូសេគី",
        },
        "summary": {
            "en": "After a morning at Tsunoshima Bridge and its lighthouse, the participants and city staff exchanged ideas on tourism, multicultural communities and regional revitalisation.",
            "ja": "午前中に角島大橋と角島灯台を訪れた後、参加者と市の職員が観光、多文化共生、地域活性化について意見を交わしました。",
            "km": "បន្ទាប់ពីទស្សនាស្ពាន និងប៉មភ្លើងហ្វារ Tsunoshima នៅពេលព្រឹក អ្នកចូលរួម និងមន្ត្រីទីក្រុងបានផ្លាស់ប្តូរយោបល់អំពីទេសចរណ៍ សហគមន៍ពហុវប្បធម៌ និងការធ្វើឱ្យតំបន់មានភាពរស់រវើកឡើងវិញ។",
        },
    },
]

UPCOMING_EVENTS = [
    {
        "slug": "nagano-cambodian-association-monthly-meeting",
        "day": relativedelta(months=+1, day=1, weekday=SA(+2)),
        "times": (datetime.time(14), datetime.time(16)),
        "rrule": "FREQ=MONTHLY;BYDAY=2SA;COUNT=12",
        "cancelled_occurrences": [
            {
                "number": 4,
                "note": {
                    "en": "No meeting this month: the meeting room is closed for maintenance. See you next month.",
                    "ja": "今月は会議室の点検のため休会します。来月またお会いしましょう。",
                    "km": "ខែនេះគ្មានកិច្ចប្រជុំទេ ដោយសារបន្ទប់ប្រជុំបិទសម្រាប់ការថែទាំ។ ជួបគ្នានៅខែក្រោយ។",
                },
            }
        ],
        "venue": "nagano-city-hall",
        "organiser": "japan-cambodia-friendship-hr-center",
        "categories": ["association-meeting"],
        "related_news": [MISSION_REPORT["slug"]],
        "title": {
            "en": "Nagano–Cambodian Association monthly meeting",
            "ja": "長野・カンボジア協会　月例会",
            "km": "កិច្ចប្រជុំប្រចាំខែរបស់សមាគមណាហ្គាណូ-កម្ពុជា",
        },
        "summary": {
            "en": "Cambodian residents of Nagano and their Japanese neighbours meet on the second Saturday of each month to share news, help newcomers settle in and plan events together. Everyone is welcome.",
            "ja": "長野で暮らすカンボジアの人々と地域の日本人が毎月第2土曜日に集まり、近況を伝え合い、新しく来た人の暮らしを手助けし、一緒に行事を企画します。どなたでも参加できます。",
            "km": "ប្រជាជនកម្ពុជាដែលរស់នៅខេត្តណាហ្គាណូ និងអ្នកជិតខាងជប៉ុន ជួបជុំគ្នានៅថ្ងៃសៅរ៍ទីពីរនៃខែនីមួយៗ ដើម្បីចែករំលែកព័ត៌មាន ជួយអ្នកមកដល់ថ្មីឱ្យរស់នៅបានស្រួល និងរៀបចំកម្មវិធីរួមគ្នា។ សូមស្វាគមន៍ការចូលរួមពីគ្រប់គ្នា។",
        },
    },
    {
        "slug": "labour-and-vocational-training-seminar-phnom-penh",
        "day": relativedelta(months=+1, day=1, weekday=TH(+4)),
        "times": (datetime.time(9), datetime.time(12)),
        "venue": "mlvt",
        "organiser": "japan-cambodia-friendship-hr-center",
        "categories": ["seminar"],
        "related_news": [MISSION_REPORT["slug"]],
        "title": {
            "en": "Working and training in Nagano: seminar in Phnom Penh",
            "ja": "長野で働き、学ぶ：プノンペン労働・職業訓練セミナー",
            "km": "ការងារ និងការបណ្តុះបណ្តាលនៅខេត្តណាហ្គាណូ៖ សិក្ខាសាលានៅរាជធានីភ្នំពេញ",
        },
        "summary": {
            "en": "Companies and training institutions from Nagano Prefecture explain Japanese-language preparation, vocational training and support at work to Cambodian jobseekers and sending organisations.",
            "ja": "長野県の企業と研修機関が、カンボジアの求職者と送り出し機関に向けて、日本語の事前学習、職業訓練、職場での支援について説明します。",
            "km": "ក្រុមហ៊ុន និងគ្រឹះស្ថានបណ្តុះបណ្តាលមកពីខេត្តណាហ្គាណូ ពន្យល់ជូនអ្នកស្វែងរកការងារ និងស្ថាប័នបញ្ជូនពលករកម្ពុជា អំពីការត្រៀមភាសាជប៉ុន ការបណ្តុះបណ្តាលវិជ្ជាជីវៈ និងការគាំទ្រនៅកន្លែងធ្វើការ។",
        },
    },
    {
        "slug": "japanese-teaching-materials-handover-phnom-penh",
        "day": relativedelta(months=+2, day=1, weekday=FR(+2)),
        "times": (datetime.time(10), datetime.time(11)),
        "venue": "mlvt",
        "organiser": "japan-cambodia-friendship-hr-center",
        "categories": ["school-exchange"],
        "related_news": [MISSION_REPORT["slug"]],
        "status": EventStatus.CANCELLED,
        "status_note": {
            "en": "The materials will be delivered straight to each school, so no ceremony will be held.",
            "ja": "教材は各校に直接お届けすることになったため、贈呈式は行いません。",
            "km": "សម្ភារៈនឹងត្រូវបញ្ជូនដោយផ្ទាល់ទៅសាលារៀននីមួយៗ ដូច្នេះនឹងមិនមានការរៀបចំពិធីប្រគល់ទេ។",
        },
        "title": {
            "en": "Handover of Japanese-language teaching materials",
            "ja": "日本語教材の贈呈式",
            "km": "ពិធីប្រគល់សម្ភារៈបង្រៀនភាសាជប៉ុន",
        },
        "summary": {
            "en": "Textbooks and classroom equipment collected in Nagano are handed over to Cambodian schools and vocational training institutions.",
            "ja": "長野で集めた日本語の教科書や教育機材を、カンボジアの学校と職業訓練機関に贈呈します。",
            "km": "សៀវភៅសិក្សា និងសម្ភារៈថ្នាក់រៀនដែលប្រមូលបាននៅខេត្តណាហ្គាណូ ត្រូវបានប្រគល់ជូនសាលារៀន និងគ្រឹះស្ថានបណ្តុះបណ្តាលវិជ្ជាជីវៈនៅកម្ពុជា។",
        },
    },
    {
        "slug": "labour-minister-visits-nagano",
        "day": relativedelta(months=+2, day=1, weekday=WE(+3)),
        "days": 2,
        "venue": "nagano-prefectural-office",
        "organiser": "nagano-prefecture",
        "categories": ["ministerial-visit"],
        "related_news": [MISSION_REPORT["slug"]],
        "status": EventStatus.POSTPONED,
        "status_note": {
            "en": "The dates of the visit are being adjusted. The new dates will be announced here.",
            "ja": "訪問日程を調整しています。新しい日程は決まり次第、このページでお知らせします。",
            "km": "កាលបរិច្ឆេទនៃទស្សនកិច្ចកំពុងត្រូវបានកែសម្រួល។ កាលបរិច្ឆេទថ្មីនឹងត្រូវប្រកាសនៅលើទំព័រនេះ។",
        },
        "title": {
            "en": "Cambodia's Minister of Labour and Vocational Training visits Nagano",
            "ja": "カンボジア労働職業訓練大臣の長野県訪問",
            "km": "ទស្សនកិច្ចរបស់រដ្ឋមន្ត្រីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈកម្ពុជា នៅខេត្តណាហ្គាណូ",
        },
        "summary": {
            "en": "Minister Heng Sour visits companies and training centres in Nagano Prefecture that take on Cambodian workers, and meets Governor Shuichi Abe.",
            "ja": "ヘン・ソー大臣がカンボジア人材を受け入れている長野県内の企業や研修施設を視察し、阿部守一知事と会談します。",
            "km": "ឯកឧត្តម ហេង សួរ ទស្សនាក្រុមហ៊ុន និងមជ្ឈមណ្ឌលបណ្តុះបណ្តាលក្នុងខេត្តណាហ្គាណូ ដែលទទួលកម្មករកម្ពុជា និងជួបពិភាក្សាជាមួយលោក ស៊ូអ៊ីឈី អាបេ អភិបាលខេត្ត។",
        },
    },
    {
        "slug": "nagano-phnom-penh-summer-youth-exchange",
        # The next summer holidays in both countries.
        "day": relativedelta(month=7, day=27),
        "days": 10,
        "time_zone": "Asia/Phnom_Penh",
        "organiser": "phnom-penh-capital-administration",
        "categories": ["school-exchange"],
        "related_news": [SCHOOL_EXCHANGE["slug"]],
        "title": {
            "en": "Nagano–Phnom Penh summer youth exchange",
            "ja": "長野・プノンペン夏の青少年交流",
            "km": "កម្មវិធីផ្លាស់ប្តូរយុវជនរដូវក្តៅ ណាហ្គាណូ-ភ្នំពេញ",
        },
        "summary": {
            "en": "Pupils and teachers of Nagano schools spend ten days with partner schools in Phnom Penh: lessons together, home stays and a shared project.",
            "ja": "長野県内の学校の児童生徒と教員が、プノンペンの交流校で10日間を過ごします。合同授業、ホームステイ、共同プロジェクトを行います。",
            "km": "សិស្ស និងគ្រូមកពីសាលារៀននៅខេត្តណាហ្គាណូ ចំណាយពេលដប់ថ្ងៃជាមួយសាលាដៃគូនៅភ្នំពេញ៖ រៀនជាមួយគ្នា ស្នាក់នៅជាមួយគ្រួសារ និងគម្រោងរួមគ្នា។",
        },
    },
    {
        "slug": "school-exchange-visit-to-nagano",
        # The next May still to come, after Golden Week and Khmer New Year.
        "day": relativedelta(month=5, day=1, weekday=TU(+3)),
        "days": 3,
        "venue": "nagano-prefectural-office",
        "organiser": "nagano-prefecture",
        "categories": ["school-exchange"],
        "related_news": [SCHOOL_EXCHANGE["slug"]],
        "status": EventStatus.TENTATIVE,
        "status_note": {
            "en": "The dates are still being agreed with the schools taking part.",
            "ja": "日程は参加校と調整中です。",
            "km": "កាលបរិច្ឆេទកំពុងត្រូវបានពិភាក្សាជាមួយសាលារៀនដែលចូលរួម។",
        },
        "title": {
            "en": "School exchange visit to Nagano",
            "ja": "長野への学校交流訪問",
            "km": "ទស្សនកិច្ចផ្លាស់ប្តូររវាងសាលារៀននៅខេត្តណាហ្គាណូ",
        },
        "summary": {
            "en": "Pupils and teachers from Cambodia spend three days with schools in Nagano Prefecture, joining lessons and school life and meeting local families.",
            "ja": "カンボジアの児童生徒と教員が3日間、長野県内の学校を訪れ、授業や学校生活に参加し、地域の家庭と交流します。",
            "km": "សិស្ស និងគ្រូមកពីកម្ពុជា ចំណាយពេលបីថ្ងៃជាមួយសាលារៀននានាក្នុងខេត្តណាហ្គាណូ ដោយចូលរួមម៉ោងសិក្សា និងជីវិតប្រចាំថ្ងៃនៅសាលា ព្រមទាំងជួបជាមួយគ្រួសារក្នុងមូលដ្ឋាន។",
        },
    },
]

EVENTS = [*PAST_EVENTS, *UPCOMING_EVENTS]
