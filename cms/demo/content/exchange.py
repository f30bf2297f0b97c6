"""Friendship and exchange: the 70th-anniversary plans and CLAIR's 2019 seminar."""

import datetime

ANNIVERSARY_PLANS = {
    "slug": "plans-for-70th-anniversary-of-diplomatic-relations",
    "date": datetime.date(2023, 4, 26),
    "kind": "anniversary-and-culture",
    "tags": ["70th-anniversary", "culture", "investment"],
    "organisations": [
        "japan-cambodia-association",
        "royal-government-of-cambodia",
        "phnom-penh-capital-administration",
        "embassy-of-japan-in-cambodia",
    ],
    "people": ["hun-sen", "fumiaki-takahashi", "khuong-sreng"],
    "title": {
        "en": "Fireworks and culture planned for 70 years of Japan–Cambodia diplomatic relations",
        "ja": "外交関係樹立70周年へ　花火と文化公演で祝賀を計画",
        "km": "គ្រោងរៀបចំការបាញ់កាំជ្រួច និងការសម្តែងវប្បធម៌ អបអរខួបលើកទី៧០ នៃទំនាក់ទំនងការទូតកម្ពុជា-ជប៉ុន",
    },
    "intro": {
        "en": "Meeting Prime Minister Hun Sen on 26 April 2023, Fumiaki Takahashi, president of the Japan–Cambodia Association, asked for Cambodia's help in marking the 70th anniversary of diplomatic relations on 19 November with a major celebration.",
        "ja": "2023年4月26日、日本カンボジア協会の高橋文明会長がフン・セン首相と会談し、11月19日の外交関係樹立70周年を大規模な行事で祝うため、カンボジア側の協力を求めました。",
        "km": "នៅថ្ងៃទី២៦ ខែមេសា ឆ្នាំ២០២៣ លោក ហ្វូមីអាគី តាកាហាស៊ី ប្រធានសមាគមជប៉ុន-កម្ពុជា បានចូលជួបសម្តែងការគួរសមសម្តេចតេជោ ហ៊ុន សែន នាយករដ្ឋមន្ត្រី ហើយបានស្នើសុំកិច្ចសហការពីភាគីកម្ពុជា ក្នុងការរៀបចំកម្មវិធីដ៏ធំមួយ ដើម្បីអបអរខួបលើកទី៧០ នៃទំនាក់ទំនងការទូតនៅថ្ងៃទី១៩ ខែវិច្ឆិកា។",
    },
    "image": {
        "key": "seventy-years",
        "motif": "fireworks",
        "colours": ("#10002b", "#5a189a"),
        "label": {
            "en": "70 years of friendship",
            "ja": "友好70周年",
            "km": "ចំណងមិត្តភាព ៧០ ឆ្នាំ",
        },
        "alt": {
            "en": "Illustration: bursts of colourful fireworks against a purple night sky, with the words “70 years of friendship” in English, Japanese and Khmer.",
            "ja": "イラスト：紫の夜空に色とりどりの花火が開く図。「友好70周年」の文字が英語・日本語・クメール語で書かれています。",
            "km": "រូបគំនូរ៖ កាំជ្រួចចម្រុះពណ៌ ផ្ទុះលើមេឃពេលយប់ពណ៌ស្វាយ ជាមួយពាក្យ «ចំណងមិត្តភាព ៧០ ឆ្នាំ» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
        },
    },
    "body": [
        (
            "paragraph",
            {
                "en": "<p>According to the Prime Minister's social media account, the meeting at the Peace Palace in Phnom Penh covered five subjects: a forum to present Cambodia's investment potential to Japanese small and medium-sized enterprises looking abroad; training in beauty care, car repair and hospitality; plans for the anniversary; ways to increase Cambodian exports to Japan; and Cambodia's successful hosting of the ASEAN summits and related meetings.</p>",
                "ja": "<p>首相のSNSによると、プノンペンの平和宮で行われた会談では五つの議題が話し合われました。海外進出を目指す日本の中小企業に向けてカンボジアの投資環境を紹介するフォーラム、美容・自動車整備・ホスピタリティ分野の人材育成、70周年の記念行事の計画、カンボジアから日本への輸出拡大策、そしてカンボジアがASEAN首脳会議と関連会合を成功裏に開催したことです。</p>",
                "km": "<p>យោងតាមបណ្តាញសង្គមរបស់សម្តេចនាយករដ្ឋមន្ត្រី ជំនួបនៅវិមានសន្តិភាព រាជធានីភ្នំពេញ បានផ្តោតលើប្រធានបទសំខាន់ៗចំនួនប្រាំ៖ វេទិកាណែនាំសក្តានុពលវិនិយោគរបស់កម្ពុជា ដល់សហគ្រាសធុនតូច និងមធ្យមរបស់ជប៉ុន ដែលកំពុងស្វែងរកឱកាសវិនិយោគនៅបរទេស ការអភិវឌ្ឍធនធានមនុស្សលើជំនាញសម្ផស្ស ជួសជុលរថយន្ត និងបដិសណ្ឋារកិច្ច ផែនការអបអរខួបលើកទី៧០ យុទ្ធសាស្ត្រជំរុញការនាំចេញទំនិញកម្ពុជាទៅកាន់ជប៉ុន និងភាពជោគជ័យរបស់កម្ពុជាក្នុងការធ្វើជាម្ចាស់ផ្ទះកិច្ចប្រជុំកំពូលអាស៊ាន និងកិច្ចប្រជុំពាក់ព័ន្ធ។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>Prime Minister Hun Sen encouraged the association to point Japanese investors to Cambodia's investment incentives, and asked for help with human resource development and with opening Japanese markets to Cambodian products.</p>",
                "ja": "<p>フン・セン首相は、カンボジアの投資優遇制度を日本の投資家に紹介するよう協会に促すとともに、人材育成への支援と、カンボジア産品に対する日本市場の開放を求めました。</p>",
                "km": "<p>សម្តេចតេជោ ហ៊ុន សែន បានលើកទឹកចិត្តឱ្យសមាគមណែនាំវិនិយោគិនជប៉ុន ឱ្យសិក្សាអំពីច្បាប់វិនិយោគដែលផ្តល់អត្ថប្រយោជន៍ពិសេសរបស់កម្ពុជា ហើយបានស្នើសុំជំនួយក្នុងការអភិវឌ្ឍធនធានមនុស្ស និងការបើកទីផ្សារជប៉ុនសម្រាប់ផលិតផលកម្ពុជា។</p>",
            },
        ),
        (
            "heading",
            {
                "en": "A celebration on 19 November",
                "ja": "11月19日に記念行事",
                "km": "ពិធីអបអរនៅថ្ងៃទី១៩ ខែវិច្ឆិកា",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The day before, Phnom Penh Governor Khuong Sreng said that Mr Takahashi, who was Japan's ambassador to Cambodia from 2003 to 2007, had asked the capital's administration to help prepare the celebration. The association and the Embassy of Japan plan a large event with a fireworks display and cultural performances.</p>",
                "ja": "<p>前日の4月25日、クオン・スレン・プノンペン都知事は、2003年から2007年まで駐カンボジア大使を務めた高橋会長から、記念行事の準備に向けて都の協力を求められたことを明らかにしました。協会と在カンボジア日本国大使館は、花火の打ち上げや文化公演を含む大規模な行事を計画しています。</p>",
                "km": "<p>កាលពីថ្ងៃទី២៥ ខែមេសា លោក ឃួង ស្រេង អភិបាលរាជធានីភ្នំពេញ បានឱ្យដឹងថា លោក តាកាហាស៊ី ដែលធ្លាប់ជាឯកអគ្គរដ្ឋទូតជប៉ុនប្រចាំកម្ពុជាពីឆ្នាំ២០០៣ ដល់ឆ្នាំ២០០៧ បានស្នើសុំកិច្ចសហការពីរដ្ឋបាលរាជធានី ក្នុងការរៀបចំពិធីអបអរនេះ។ សមាគម និងស្ថានទូតជប៉ុន គ្រោងរៀបចំកម្មវិធីដ៏ធំមួយ ដែលមានការបាញ់កាំជ្រួច និងការសម្តែងវប្បធម៌។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The governor advised the association to seek permission from the Ministry of Foreign Affairs and International Cooperation, the Ministry of National Defence and the Ministry of Interior, and said the city stood ready to help. Japanese investors and visitors, he added, have always found a warm welcome in the capital.</p>",
                "ja": "<p>知事は、外務国際協力省、国防省、内務省に開催の許可を申請するよう協会に助言し、都として協力する用意があると述べました。また、プノンペンは日本の投資家や旅行者をいつも温かく迎えてきたと強調しました。</p>",
                "km": "<p>លោកអភិបាលបានណែនាំឱ្យសមាគមស្នើសុំការអនុញ្ញាតពីក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ ក្រសួងការពារជាតិ និងក្រសួងមហាផ្ទៃ ហើយបានបញ្ជាក់ថា រដ្ឋបាលរាជធានីត្រៀមខ្លួនរួចជាស្រេចដើម្បីសហការ។ លោកក៏បានបន្ថែមថា រាជធានីភ្នំពេញតែងតែស្វាគមន៍វិនិយោគិន និងភ្ញៀវទេសចរជប៉ុនយ៉ាងកក់ក្តៅ។</p>",
            },
        ),
        (
            "image",
            {
                "card": {
                    "key": "nineteenth-of-november",
                    "motif": "fireworks",
                    "colours": ("#03071e", "#9d0208"),
                    "label": {"en": "19 November", "ja": "11月19日", "km": "១៩ វិច្ឆិកា"},
                    "alt": {
                        "en": "Illustration: fireworks bursting over a dark red night sky, with the date “19 November” in English, Japanese and Khmer.",
                        "ja": "イラスト：深紅の夜空に花火が開く図。「11月19日」の日付が英語・日本語・クメール語で書かれています。",
                        "km": "រូបគំនូរ៖ កាំជ្រួចផ្ទុះលើមេឃពេលយប់ពណ៌ក្រហមចាស់ ជាមួយកាលបរិច្ឆេទ «១៩ វិច្ឆិកា» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
                    },
                },
                "caption": {
                    "en": "Fireworks and cultural performances are planned for the anniversary.",
                    "ja": "記念行事では花火と文化公演が予定されています。",
                    "km": "ការបាញ់កាំជ្រួច និងការសម្តែងវប្បធម៌ ត្រូវបានគ្រោងទុកសម្រាប់ពិធីអបអរខួបនេះ។",
                },
            },
        ),
        (
            "heading",
            {
                "en": "A new page in relations",
                "ja": "関係の新たな一ページ",
                "km": "ទំព័រថ្មីនៃទំនាក់ទំនង",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>Kin Phea, director of the International Relations Institute at the Royal Academy of Cambodia, observed that with relations rising to the level of a comprehensive strategic partnership, the anniversary turns a new page. He and Seng Vanly, a lecturer in international relations, both described Japan's approach to Cambodia as one that respects its sovereignty and favours quiet dialogue and shared prosperity over pressure.</p>",
                "ja": "<p>カンボジア王立アカデミー国際関係研究所のキン・ペア所長は、両国関係が包括的戦略的パートナーシップの段階へと進む中、70周年は新たな一ページを開くものだと指摘しました。同所長と国際関係論の講師であるセン・ワンリー氏はともに、日本の対カンボジア外交は主権を尊重し、圧力ではなく穏やかな対話と共同の繁栄を重視するものだと評価しています。</p>",
                "km": "<p>បណ្ឌិត គិន ភា នាយកវិទ្យាស្ថានទំនាក់ទំនងអន្តរជាតិ នៃរាជបណ្ឌិត្យសភាកម្ពុជា បានលើកឡើងថា ខណៈដែលទំនាក់ទំនងរវាងប្រទេសទាំងពីរឈានដល់កម្រិតភាពជាដៃគូយុទ្ធសាស្ត្រគ្រប់ជ្រុងជ្រោយ ខួបលើកទី៧០ នេះគឺជាការបើកទំព័រថ្មីមួយ។ លោក និងលោក សេង វណ្ណលី សាស្ត្រាចារ្យផ្នែកទំនាក់ទំនងអន្តរជាតិ បានវាយតម្លៃថា គោលនយោបាយរបស់ជប៉ុនចំពោះកម្ពុជា គោរពអធិបតេយ្យភាព និងផ្តល់អាទិភាពដល់ការសន្ទនាដោយសន្តិវិធី និងវិបុលភាពរួមគ្នា ជាជាងការដាក់សម្ពាធ។</p>",
            },
        ),
    ],
}

LOCAL_GOVERNMENT_SEMINAR = {
    "slug": "local-government-exchange-and-cooperation-seminar-2019",
    "date": datetime.date(2019, 12, 21),
    "kind": "seminar",
    "tags": ["local-government", "tourism", "multiculturalism"],
    "organisations": ["clair", "shimonoseki-city"],
    "people": [],
    "title": {
        "en": "Seminar 2019: officials from nine countries, Cambodia among them, study tourism and multicultural communities in Japan",
        "ja": "自治体交流協力セミナー2019　カンボジアなど9か国の行政官が東京と下関で観光振興と多文化共生を学ぶ",
        "km": "សិក្ខាសាលាឆ្នាំ២០១៩៖ មន្ត្រីមកពីប្រទេសចំនួនប្រាំបួន រួមទាំងកម្ពុជា សិក្សាពីទេសចរណ៍ និងសហគមន៍ពហុវប្បធម៌នៅជប៉ុន",
    },
    "intro": {
        "en": "From 15 to 21 December 2019, senior officials from nine countries spent a week in Tokyo and Shimonoseki at CLAIR's Local Government Exchange and Cooperation Seminar, learning how Japan's national and local governments promote tourism and support multicultural communities.",
        "ja": "2019年12月15日から21日まで、カンボジアを含む9か国の行政幹部が自治体国際化協会（クレア）の「自治体交流協力セミナー」に参加し、東京と下関市で、日本の国と地方自治体による観光振興と多文化共生の取り組みを1週間にわたって学びました。",
        "km": "ចាប់ពីថ្ងៃទី១៥ ដល់ថ្ងៃទី២១ ខែធ្នូ ឆ្នាំ២០១៩ មន្ត្រីជាន់ខ្ពស់មកពីប្រទេសចំនួនប្រាំបួន បានចូលរួមសិក្ខាសាលាស្តីពីការផ្លាស់ប្តូរ និងកិច្ចសហប្រតិបត្តិការរដ្ឋាភិបាលមូលដ្ឋានរបស់ CLAIR រយៈពេលមួយសប្តាហ៍ នៅទីក្រុងតូក្យូ និងទីក្រុងស៊ីម៉ូណូសេគី ដើម្បីសិក្សាពីរបៀបដែលរដ្ឋាភិបាលជប៉ុនថ្នាក់ជាតិ និងថ្នាក់មូលដ្ឋាន លើកកម្ពស់វិស័យទេសចរណ៍ និងគាំទ្រសហគមន៍ពហុវប្បធម៌។",
    },
    "image": {
        "key": "kizuna-2019",
        "motif": "circles",
        "colours": ("#006d77", "#83c5be"),
        "label": {
            "en": "Kizuna: human ties",
            "ja": "絆：人と人との結びつき",
            "km": "គីហ្ស៊ូណា៖ ចំណងរវាងមនុស្ស",
        },
        "alt": {
            "en": "Illustration: overlapping pale circles on a teal background, with the words “Kizuna: human ties” in English, Japanese and Khmer.",
            "ja": "イラスト：青緑の背景に淡い円が重なり合う図。「絆：人と人との結びつき」の文字が英語・日本語・クメール語で書かれています。",
            "km": "រូបគំនូរ៖ រង្វង់ពណ៌ស្រាលៗត្រួតលើគ្នា លើផ្ទៃពណ៌ខៀវបៃតង ជាមួយពាក្យ «គីហ្ស៊ូណា៖ ចំណងរវាងមនុស្ស» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
        },
    },
    "body": [
        (
            "paragraph",
            {
                "en": "<p>The Council of Local Authorities for International Relations (CLAIR) holds this one-week seminar in Japan every year for senior officials from the countries its Singapore office works with in the ASEAN region, India and Sri Lanka. Its guiding idea is <i>kizuna</i>, the Japanese word for the close human bonds that hold a community together. In 2019 the nine participants came from Cambodia, India, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Sri Lanka and Thailand.</p>",
                "ja": "<p>自治体国際化協会（クレア）は、シンガポール事務所が担当するASEAN諸国、インド、スリランカの行政幹部を対象に、毎年日本で1週間のこのセミナーを開催しています。根底にあるのは、地域社会を支える人と人との固い結びつきを表す「絆」という考え方です。2019年は、カンボジア、インド、インドネシア、ラオス、マレーシア、ミャンマー、フィリピン、スリランカ、タイの9か国から参加がありました。</p>",
                "km": "<p>ក្រុមប្រឹក្សាអាជ្ញាធរមូលដ្ឋានសម្រាប់ទំនាក់ទំនងអន្តរជាតិ (CLAIR) រៀបចំសិក្ខាសាលារយៈពេលមួយសប្តាហ៍នេះ ជារៀងរាល់ឆ្នាំនៅប្រទេសជប៉ុន សម្រាប់មន្ត្រីជាន់ខ្ពស់មកពីប្រទេសនានាដែលការិយាល័យសិង្ហបុរីរបស់ខ្លួនសហការជាមួយ ក្នុងតំបន់អាស៊ាន ឥណ្ឌា និងស្រីលង្កា។ គំនិតស្នូលរបស់សិក្ខាសាលាគឺ «គីហ្ស៊ូណា» ដែលជាពាក្យជប៉ុនមានន័យថា ចំណងដ៏ជិតស្និទ្ធរវាងមនុស្ស ដែលភ្ជាប់សហគមន៍ឱ្យនៅជាមួយគ្នា។ នៅឆ្នាំ២០១៩ អ្នកចូលរួមទាំងប្រាំបួននាក់ មកពីកម្ពុជា ឥណ្ឌា ឥណ្ឌូណេស៊ី ឡាវ ម៉ាឡេស៊ី មីយ៉ាន់ម៉ា ហ្វីលីពីន ស្រីលង្កា និងថៃ។</p>",
            },
        ),
        ("heading", {"en": "The programme", "ja": "日程", "km": "កម្មវិធី"}),
        (
            "table",
            {
                "caption": {
                    "en": "Programme of the 2019 seminar",
                    "ja": "2019年セミナーの日程",
                    "km": "កម្មវិធីសិក្ខាសាលាឆ្នាំ២០១៩",
                },
                "rows": {
                    "en": [
                        ["Date", "Place", "Programme"],
                        ["15 Dec", "Tokyo", "Arrival in Japan"],
                        [
                            "16 Dec",
                            "Tokyo",
                            "Lecture on local administration in Japan; visits to the Shinjuku Multicultural Plaza and a Tourist Information Center",
                        ],
                        [
                            "17 Dec",
                            "Tokyo, Shimonoseki",
                            "Visit to the Japan National Tourism Organization (JNTO); travel to Shimonoseki and briefing on the city",
                        ],
                        [
                            "18 Dec",
                            "Shimonoseki",
                            "Courtesy call on the Mayor; briefing on disaster prevention and visit to a disaster prevention facility; water treatment plant; Chofu Garden and other sights",
                        ],
                        [
                            "19 Dec",
                            "Shimonoseki",
                            "Tsunoshima Bridge, Tsunoshima Lighthouse and other sights; opinion exchange session with the city",
                        ],
                        [
                            "20 Dec",
                            "Shimonoseki, Tokyo",
                            "Karato Market and other sights; return to Tokyo",
                        ],
                        ["21 Dec", "Tokyo", "Departure for home countries"],
                    ],
                    "ja": [
                        ["日付", "場所", "内容"],
                        ["12月15日", "東京", "来日"],
                        [
                            "12月16日",
                            "東京",
                            "講義「日本の地方自治」、しんじゅく多文化共生プラザ及び観光案内所の視察",
                        ],
                        [
                            "12月17日",
                            "東京・下関",
                            "日本政府観光局（JNTO）訪問、下関へ移動し市の概要説明",
                        ],
                        [
                            "12月18日",
                            "下関",
                            "市長表敬訪問、防災政策の説明と防災施設の視察、浄水場の視察、長府庭園などの見学",
                        ],
                        [
                            "12月19日",
                            "下関",
                            "角島大橋・角島灯台などの見学、市との意見交換会",
                        ],
                        ["12月20日", "下関・東京", "唐戸市場などの見学、東京へ移動"],
                        ["12月21日", "東京", "帰国"],
                    ],
                    "km": [
                        ["កាលបរិច្ឆេទ", "ទីកន្លែង", "កម្មវិធី"],
                        ["១៥ ធ្នូ", "តូក្យូ", "មកដល់ប្រទេសជប៉ុន"],
                        [
                            "១៦ ធ្នូ",
                            "តូក្យូ",
                            "ការបង្រៀនស្តីពីរដ្ឋបាលមូលដ្ឋាននៅជប៉ុន ទស្សនកិច្ចនៅ Shinjuku Multicultural Plaza និងមជ្ឈមណ្ឌលព័ត៌មានទេសចរណ៍",
                        ],
                        [
                            "១៧ ធ្នូ",
                            "តូក្យូ និងស៊ីម៉ូណូសេគី",
                            "ទស្សនកិច្ចនៅអង្គការទេសចរណ៍ជាតិជប៉ុន (JNTO) ធ្វើដំណើរទៅស៊ីម៉ូណូសេគី និងស្តាប់ការបង្ហាញអំពីទីក្រុង",
                        ],
                        [
                            "១៨ ធ្នូ",
                            "ស៊ីម៉ូណូសេគី",
                            "ចូលជួបសម្តែងការគួរសមអភិបាលក្រុង ស្តាប់ការបង្ហាញអំពីគោលនយោបាយបង្ការគ្រោះមហន្តរាយ និងទស្សនាមណ្ឌលបង្ការគ្រោះមហន្តរាយ ទស្សនារោងចក្រប្រព្រឹត្តកម្មទឹក សួន Chofu និងរមណីយដ្ឋានផ្សេងៗ",
                        ],
                        [
                            "១៩ ធ្នូ",
                            "ស៊ីម៉ូណូសេគី",
                            "ទស្សនាស្ពាន និងប៉មភ្លើងហ្វារ Tsunoshima និងរមណីយដ្ឋានផ្សេងៗ វគ្គផ្លាស់ប្តូរយោបល់ជាមួយទីក្រុង",
                        ],
                        [
                            "២០ ធ្នូ",
                            "ស៊ីម៉ូណូសេគី និងតូក្យូ",
                            "ទស្សនាផ្សារ Karato និងរមណីយដ្ឋានផ្សេងៗ ត្រឡប់ទៅតូក្យូវិញ",
                        ],
                        ["២១ ធ្នូ", "តូក្យូ", "ត្រឡប់ទៅប្រទេសរបស់ខ្លួនវិញ"],
                    ],
                },
            },
        ),
        (
            "heading",
            {
                "en": "From national policy to local practice",
                "ja": "国の政策から地域の実践まで",
                "km": "ពីគោលនយោបាយជាតិ ដល់ការអនុវត្តនៅមូលដ្ឋាន",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>In Tokyo the participants saw how the national government shapes policy for local administration, tourism and multicultural society. In Shimonoseki, a city in Yamaguchi Prefecture, they learned what a Japanese municipality does from day to day, above all to revitalise its region. The city's work to grow the local economy through tourism and to include residents of many cultures made a strong impression, as did the technology on show at the water treatment plant and the disaster prevention facility.</p>",
                "ja": "<p>東京では、国が地方行政、観光振興、多文化共生に関する政策をどのように立案しているかを学びました。山口県下関市では、特に地方創生の観点から、日本の市町村が担う役割と機能を学びました。参加者は、観光振興と多文化共生を通じて地域経済を活性化する下関市の取り組みに強い感銘を受け、浄水場や防災施設では日本の先進的な技術に触れました。</p>",
                "km": "<p>នៅទីក្រុងតូក្យូ អ្នកចូលរួមបានសិក្សាពីរបៀបដែលរដ្ឋាភិបាលកណ្តាលរៀបចំគោលនយោបាយលើរដ្ឋបាលមូលដ្ឋាន ទេសចរណ៍ និងសង្គមពហុវប្បធម៌។ នៅទីក្រុងស៊ីម៉ូណូសេគី ក្នុងខេត្តយ៉ាម៉ាហ្គូជិ ពួកគេបានស្វែងយល់ពីតួនាទី និងមុខងាររបស់រដ្ឋាភិបាលមូលដ្ឋានជប៉ុន ជាពិសេសក្នុងការធ្វើឱ្យតំបន់រស់រវើកឡើងវិញ។ អ្នកចូលរួមមានការចាប់អារម្មណ៍យ៉ាងខ្លាំងចំពោះកិច្ចខិតខំប្រឹងប្រែងរបស់ទីក្រុង ក្នុងការអភិវឌ្ឍសេដ្ឋកិច្ចមូលដ្ឋានតាមរយៈទេសចរណ៍ និងការរួមបញ្ចូលពហុវប្បធម៌ ព្រមទាំងបច្ចេកវិទ្យាទំនើបនៅរោងចក្រប្រព្រឹត្តកម្មទឹក និងមណ្ឌលបង្ការគ្រោះមហន្តរាយ។</p>",
            },
        ),
        (
            "image",
            {
                "card": {
                    "key": "tsunoshima-bridge",
                    "motif": "bridge",
                    "colours": ("#023e8a", "#48cae4"),
                    "label": {
                        "en": "Tsunoshima Bridge",
                        "ja": "角島大橋",
                        "km": "ស្ពាន Tsunoshima",
                    },
                    "alt": {
                        "en": "Illustration: a long white bridge over waves on a blue background, with the words “Tsunoshima Bridge” in English, Japanese and Khmer.",
                        "ja": "イラスト：青い背景に、波の上へ長く延びる白い橋。「角島大橋」の文字が英語・日本語・クメール語で書かれています。",
                        "km": "រូបគំនូរ៖ ស្ពានវែងពណ៌ស ឆ្លងកាត់រលក លើផ្ទៃពណ៌ខៀវ ជាមួយពាក្យ «ស្ពាន Tsunoshima» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
                    },
                },
                "caption": {
                    "en": "Tsunoshima Bridge, one of the sights on the Shimonoseki programme.",
                    "ja": "下関でのプログラムで訪れた角島大橋。",
                    "km": "ស្ពាន Tsunoshima ដែលជារមណីយដ្ឋានមួយក្នុងកម្មវិធីនៅស៊ីម៉ូណូសេគី។",
                },
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>In the opinion exchange session the participants talked through a wide range of the city's priorities with its officials, and went home with fresh ideas for revitalising regions in their own countries. For CLAIR, the seminar builds a network of counterparts across the region who can share resources and support one another's programmes.</p>",
                "ja": "<p>意見交換会では、市にとって重要なさまざまなテーマについて参加者が積極的に意見を述べ、それぞれの国で地方創生を進めるための新たな着想を得ました。クレアにとって本セミナーは、各国の関係機関とのネットワークを築き、互いの資源を生かして事業を進めるための貴重な場となっています。</p>",
                "km": "<p>ក្នុងវគ្គផ្លាស់ប្តូរយោបល់ អ្នកចូលរួមបានពិភាក្សាយ៉ាងសកម្មជាមួយមន្ត្រីទីក្រុង លើប្រធានបទជាច្រើនដែលសំខាន់សម្រាប់ទីក្រុងស៊ីម៉ូណូសេគី ហើយបានទទួលគំនិតថ្មីៗ ដើម្បីជំរុញការធ្វើឱ្យតំបន់នានានៅប្រទេសរបស់ខ្លួនរស់រវើកឡើងវិញ។ សម្រាប់ CLAIR សិក្ខាសាលានេះជួយកសាងបណ្តាញដៃគូនៅទូទាំងតំបន់ ដែលអាចចែករំលែកធនធាន និងគាំទ្រកម្មវិធីរបស់គ្នាទៅវិញទៅមក។</p>",
            },
        ),
    ],
}

ARTICLES = [ANNIVERSARY_PLANS, LOCAL_GOVERNMENT_SEMINAR]
