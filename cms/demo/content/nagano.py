"""Nagano Prefecture's inspection mission to Cambodia, reported on 21 May 2024."""

import datetime

REPORT_DATE = datetime.date(2024, 5, 21)

GOVERNOR_SUMMARY = {
    "en": "Governor Shuichi Abe (summary of his comments at the meeting)",
    "ja": "阿部守一知事（会議での発言要旨）",
    "km": "លោក ស៊ូអ៊ីឈី អាបេ អភិបាលខេត្តណាហ្គាណូ (សេចក្តីសង្ខេបនៃមតិយោបល់ក្នុងកិច្ចប្រជុំ)",
}

MISSION_REPORT = {
    "slug": "nagano-mission-to-cambodia-reports-to-governor",
    "date": REPORT_DATE,
    "kind": "labour-and-training",
    "tags": ["nagano", "labour", "vocational-training", "japanese-language"],
    "organisations": [
        "nagano-prefecture",
        "mlvt",
        "jica-cambodia",
        "embassy-of-japan-in-cambodia",
        "minebeamitsumi",
        "japan-cambodia-friendship-hr-center",
    ],
    "people": ["shuichi-abe", "shoji-sasaki", "heng-sour", "atsushi-ueno"],
    "title": {
        "en": "Nagano mission to Cambodia reports to Governor Abe on labour and training ties",
        "ja": "カンボジア視察団が阿部知事に報告　労働・人材交流の「長野・カンボジアモデル」へ",
        "km": "គណៈប្រតិភូខេត្តណាហ្គាណូ រាយការណ៍ជូនលោកអភិបាលខេត្ត អំពីលទ្ធផលនៃដំណើរសិក្សានៅកម្ពុជា",
    },
    "intro": {
        "en": "On 21 May 2024 the members of an inspection mission briefed Governor Shuichi Abe on their talks in Phnom Penh about how Nagano and Cambodia can develop, and share, skilled workers.",
        "ja": "2024年5月21日、カンボジアを視察した関係者が阿部守一知事に報告を行い、長野県とカンボジアの間で人材を育成し確保するための交流について、現地での協議内容を説明しました。",
        "km": "នៅថ្ងៃទី២១ ខែឧសភា ឆ្នាំ២០២៤ សមាជិកគណៈប្រតិភូសិក្សាស្រាវជ្រាវ បានរាយការណ៍ជូនលោក ស៊ូអ៊ីឈី អាបេ អភិបាលខេត្តណាហ្គាណូ អំពីកិច្ចពិភាក្សានៅរាជធានីភ្នំពេញ ស្តីពីការអភិវឌ្ឍ និងការផ្លាស់ប្តូរធនធានមនុស្សរវាងខេត្តណាហ្គាណូ និងកម្ពុជា។",
    },
    "image": {
        "key": "nagano-cambodia",
        "motif": "mountains",
        "colours": ("#0b3d91", "#1f8a70"),
        "label": {
            "en": "Nagano × Cambodia",
            "ja": "長野 × カンボジア",
            "km": "ណាហ្គាណូ × កម្ពុជា",
        },
        "alt": {
            "en": "Illustration: layered mountains under a red sun on a blue-green background, with the words “Nagano × Cambodia” in English, Japanese and Khmer.",
            "ja": "イラスト：青緑の背景に重なる山並みと赤い太陽。「長野 × カンボジア」の文字が英語・日本語・クメール語で書かれています。",
            "km": "រូបគំនូរ៖ ជួរភ្នំជាស្រទាប់ៗ និងព្រះអាទិត្យពណ៌ក្រហម លើផ្ទៃពណ៌ខៀវបៃតង ជាមួយពាក្យ «ណាហ្គាណូ × កម្ពុជា» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
        },
    },
    "body": [
        (
            "paragraph",
            {
                "en": "<p>The twenty-minute meeting brought together the Governor, his special secretary, the director of the prefecture's International Exchange Division, prefectural assembly member Shoji Sasaki, who chairs the Nagano–Cambodia Friendship Promotion Association, and the president and directors of the NPO Japan–Cambodia Friendship Human Resources Center.</p>",
                "ja": "<p>約20分間の会議には、知事のほか、知事特別秘書、県国際交流課長、長野・カンボジア友好推進協会の会長を務める佐々木祥二県議会議員、NPO法人日本カンボジア友好人材センターの理事長と理事が出席しました。</p>",
                "km": "<p>កិច្ចប្រជុំរយៈពេលប្រហែល ២០ នាទីនេះ មានការចូលរួមពីលោកអភិបាលខេត្ត លេខាធិការពិសេសរបស់លោកអភិបាល ប្រធាននាយកដ្ឋានផ្លាស់ប្តូរអន្តរជាតិនៃខេត្ត លោក សូជី សាសាគី សមាជិកសភាខេត្ត និងជាប្រធានសមាគមលើកកម្ពស់មិត្តភាពណាហ្គាណូ-កម្ពុជា ព្រមទាំងប្រធាន និងសមាជិកក្រុមប្រឹក្សាភិបាលនៃអង្គការមជ្ឈមណ្ឌលធនធានមនុស្សមិត្តភាពជប៉ុន-កម្ពុជា។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The mission had three aims: to promote exchange that develops and secures workers and skills for both Cambodia and Nagano; to respond to the needs of regional development, a falling birth rate and a shrinking workforce; and to make Nagano a place that foreign workers choose.</p>",
                "ja": "<p>今回の視察は、カンボジアと長野県の間で労働力・人材の「育成と確保」に向けた交流を進めること、地域振興や少子化、労働力人口の減少への対策とすること、そして長野県を外国人労働者に選ばれる県にすることの3点を目的としています。</p>",
                "km": "<p>ដំណើរសិក្សានេះមានគោលបំណងបី៖ ជំរុញការផ្លាស់ប្តូរដើម្បី «អភិវឌ្ឍ និងធានា» កម្លាំងពលកម្ម និងធនធានមនុស្សរវាងកម្ពុជា និងខេត្តណាហ្គាណូ ឆ្លើយតបនឹងតម្រូវការអភិវឌ្ឍន៍តំបន់ អត្រាកំណើតដែលកំពុងធ្លាក់ចុះ និងកម្លាំងពលកម្មដែលកំពុងថយចុះ និងធ្វើឱ្យខេត្តណាហ្គាណូក្លាយជាគោលដៅដែលពលករបរទេសជ្រើសរើស។</p>",
            },
        ),
        (
            "heading",
            {
                "en": "Meetings in Phnom Penh",
                "ja": "プノンペンでの面会",
                "km": "កិច្ចជួបពិភាក្សានៅរាជធានីភ្នំពេញ",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>At the Ministry of Labour and Vocational Training, the delegation met Minister Heng Sour to discuss the obstacles in labour and human-resource exchange and how to overcome them. At the JICA Cambodia Office, the director described the state of Japanese-language teaching and vocational training and where these programmes still fall short. Ambassador Atsushi Ueno received the delegation at the Embassy of Japan for an exchange of views on closer cooperation between the two countries.</p>",
                "ja": "<p>労働職業訓練省ではヘン・ソー大臣と面会し、労働・人材交流における課題とその解決策について意見を交わしました。JICAカンボジア事務所では所長から、日本語教育と職業訓練の現状と課題について説明を受け、情報交換を行いました。在カンボジア日本国大使館では植野篤志大使を表敬訪問し、両国の協力強化について意見交換しました。</p>",
                "km": "<p>នៅក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ គណៈប្រតិភូបានជួបពិភាក្សាជាមួយឯកឧត្តម ហេង សួរ រដ្ឋមន្ត្រីក្រសួង អំពីបញ្ហាប្រឈម និងដំណោះស្រាយក្នុងការផ្លាស់ប្តូរកម្លាំងពលកម្ម និងធនធានមនុស្ស។ នៅការិយាល័យជីកាប្រចាំកម្ពុជា ប្រធានការិយាល័យបានចែករំលែកព័ត៌មានអំពីស្ថានភាព និងបញ្ហាប្រឈមនៃការបង្រៀនភាសាជប៉ុន និងកម្មវិធីបណ្តុះបណ្តាលវិជ្ជាជីវៈ។ ឯកឧត្តម អាត់ស៊ូស៊ី អ៊ូអេណូ ឯកអគ្គរដ្ឋទូតជប៉ុនប្រចាំកម្ពុជា បានទទួលជួបគណៈប្រតិភូនៅស្ថានទូត ដើម្បីផ្លាស់ប្តូរទស្សនៈអំពីការពង្រឹងកិច្ចសហប្រតិបត្តិការរវាងប្រទេសទាំងពីរ។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The delegation also called at the Phnom Penh office of MinebeaMitsumi to talk about working with local companies and training staff on the job, and visited a cashew nut factory run by a Japanese company to see how it is helping more women into work.</p>",
                "ja": "<p>このほか、ミネベアミツミのプノンペン事務所を訪れて現地企業との協力関係づくりや職場での人材育成について協議し、日系企業が運営するカシューナッツ工場では女性の雇用促進の取り組みを視察しました。</p>",
                "km": "<p>គណៈប្រតិភូក៏បានជួបជាមួយការិយាល័យភ្នំពេញរបស់ក្រុមហ៊ុន MinebeaMitsumi ដើម្បីពិភាក្សាអំពីការកសាងកិច្ចសហការជាមួយក្រុមហ៊ុនក្នុងស្រុក និងការបណ្តុះបណ្តាលបុគ្គលិកនៅកន្លែងការងារ ហើយបានទស្សនារោងចក្រកែច្នៃគ្រាប់ស្វាយចន្ទីមួយ ដែលដំណើរការដោយក្រុមហ៊ុនជប៉ុន ដើម្បីស្វែងយល់ពីការលើកកម្ពស់ការងារសម្រាប់ស្ត្រី។</p>",
            },
        ),
        (
            "image",
            {
                "card": {
                    "key": "skills-and-training",
                    "motif": "circles",
                    "colours": ("#f4a259", "#bc4b51"),
                    "label": {
                        "en": "Skills and training",
                        "ja": "人材育成",
                        "km": "ការបណ្តុះបណ្តាលជំនាញ",
                    },
                    "alt": {
                        "en": "Illustration: pale circles on an orange-to-red background, with the words “Skills and training” in English, Japanese and Khmer.",
                        "ja": "イラスト：オレンジから赤へのグラデーションに淡い円が散らばる図。「人材育成」の文字が英語・日本語・クメール語で書かれています。",
                        "km": "រូបគំនូរ៖ រង្វង់ពណ៌ស្រាលៗ លើផ្ទៃពណ៌ទឹកក្រូចទៅក្រហម ជាមួយពាក្យ «ការបណ្តុះបណ្តាលជំនាញ» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
                    },
                },
                "caption": {
                    "en": "From classroom to workplace: training ran through every meeting of the mission.",
                    "ja": "教室から職場まで。人材育成は視察中のすべての面会に共通するテーマでした。",
                    "km": "ពីថ្នាក់រៀនដល់កន្លែងការងារ៖ ការបណ្តុះបណ្តាលជាប្រធានបទរួមនៃកិច្ចជួបទាំងអស់។",
                },
            },
        ),
        (
            "heading",
            {
                "en": "What the mission concluded",
                "ja": "視察の成果",
                "km": "លទ្ធផលនៃដំណើរសិក្សា",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The report drew three conclusions:</p><ul><li>Cambodian schools and training institutions need Japanese-language teaching materials and educational equipment.</li><li>Companies in Nagano should strengthen the way they receive Cambodian workers.</li><li>Vocational training for workers needs to be expanded.</li></ul>",
                "ja": "<p>報告では、次の3点が成果として示されました。</p><ul><li>カンボジアの教育機関に日本語教材や教育機材を提供する必要があること。</li><li>県内企業におけるカンボジア人労働者の受け入れ体制を強化すること。</li><li>労働者向けの職業訓練プログラムの充実が欠かせないこと。</li></ul>",
                "km": "<p>របាយការណ៍បានលើកឡើងនូវលទ្ធផលសំខាន់ៗចំនួនបី៖</p><ul><li>ចាំបាច់ត្រូវផ្តល់សម្ភារៈបង្រៀនភាសាជប៉ុន និងឧបករណ៍សិក្សា ដល់គ្រឹះស្ថានអប់រំនៅកម្ពុជា។</li><li>ក្រុមហ៊ុននានាក្នុងខេត្តណាហ្គាណូ ត្រូវពង្រឹងប្រព័ន្ធទទួលពលករកម្ពុជា។</li><li>ការពង្រីកកម្មវិធីបណ្តុះបណ្តាលវិជ្ជាជីវៈសម្រាប់ពលករ គឺជាការចាំបាច់។</li></ul>",
            },
        ),
        ("heading", {"en": "Next steps", "ja": "今後の展開", "km": "ជំហានបន្ទាប់"}),
        (
            "paragraph",
            {
                "en": "<p>Mr Sasaki asked the Governor to prepare a visit to Nagano by Minister Heng Sour, fixing the dates and arranging how the prefecture will host him, and invited the Governor to consider travelling to Cambodia himself. The NPO will lead the founding of a Nagano–Cambodian Association to deepen ties with local communities; 237 Cambodians currently live in the prefecture. The mission also proposed technical and friendship cooperation with Nagano in education, agriculture, nursing care, welfare and construction.</p>",
                "ja": "<p>佐々木会長は阿部知事に対し、ヘン・ソー大臣の来県に向けた日程調整と県内の受け入れ体制の整備を要請するとともに、知事自身のカンボジア訪問についても検討を求めました。また、NPOが中心となって「長野・カンボジア協会」を設立し、地域との交流を深める予定です。現在、県内には237人のカンボジア人が暮らしています。視察団はさらに、教育交流、農業、介護、福祉、建設の各分野で長野県との技術・友好協力を進めることを提案しました。</p>",
                "km": "<p>លោក សាសាគី បានស្នើសុំលោកអភិបាលខេត្តឱ្យរៀបចំទស្សនកិច្ចរបស់ឯកឧត្តម ហេង សួរ មកកាន់ខេត្តណាហ្គាណូ ដោយកំណត់កាលបរិច្ឆេទ និងរៀបចំការទទួលស្វាគមន៍របស់ខេត្ត ហើយក៏បានស្នើឱ្យលោកអភិបាលពិចារណាអញ្ជើញទៅបំពេញទស្សនកិច្ចនៅកម្ពុជាផងដែរ។ អង្គការខាងលើនឹងដឹកនាំការបង្កើត «សមាគមណាហ្គាណូ-កម្ពុជា» ដើម្បីពង្រឹងទំនាក់ទំនងជាមួយសហគមន៍មូលដ្ឋាន។ បច្ចុប្បន្ន មានប្រជាជនកម្ពុជាចំនួន ២៣៧ នាក់ កំពុងរស់នៅក្នុងខេត្តណាហ្គាណូ។ គណៈប្រតិភូក៏បានស្នើឱ្យមានកិច្ចសហប្រតិបត្តិការបច្ចេកទេស និងមិត្តភាពជាមួយខេត្តណាហ្គាណូ លើវិស័យអប់រំ កសិកម្ម ការថែទាំ សុខុមាលភាព និងសំណង់។</p>",
            },
        ),
        (
            "quote",
            {
                "text": {
                    "en": "Securing a diverse workforce means supporting older people into work and also welcoming workers from abroad. To be a prefecture that foreign workers choose, we will set up a training centre and a proper system for receiving them.",
                    "ja": "多様な人材を確保するには、高齢者の就労支援に加え、海外からの労働者も必要です。外国人労働者に選ばれる県となるよう、研修センターを設け、受け入れの仕組みを整えていきます。",
                    "km": "ដើម្បីធានាបាននូវធនធានមនុស្សចម្រុះ ខេត្តត្រូវការទាំងការគាំទ្រមនុស្សចាស់ឱ្យមានការងារធ្វើ និងការស្វាគមន៍ពលករមកពីបរទេស។ ដើម្បីក្លាយជាខេត្តដែលពលករបរទេសជ្រើសរើស យើងនឹងបង្កើតមជ្ឈមណ្ឌលបណ្តុះបណ្តាល និងរៀបចំប្រព័ន្ធទទួលពលករឱ្យបានត្រឹមត្រូវ។",
                },
                "attribution": GOVERNOR_SUMMARY,
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The Governor praised the results of the mission and said he looked forward to the exchanges that will grow from it.</p>",
                "ja": "<p>知事は視察の成果を高く評価し、今後の交流の進展に期待を寄せました。</p>",
                "km": "<p>លោកអភិបាលខេត្តបានវាយតម្លៃខ្ពស់ចំពោះលទ្ធផលនៃដំណើរសិក្សានេះ ហើយបានសម្តែងការរំពឹងទុកថា កិច្ចផ្លាស់ប្តូររវាងភាគីទាំងពីរនឹងកាន់តែរីកចម្រើន។</p>",
            },
        ),
    ],
}

SCHOOL_EXCHANGE = {
    "slug": "governor-abe-hopes-for-exchange-between-children",
    "date": REPORT_DATE,
    "kind": "school-and-youth-exchange",
    "tags": ["nagano", "schools", "youth"],
    "organisations": ["nagano-prefecture"],
    "people": ["shuichi-abe"],
    "title": {
        "en": "Governor Abe: children and schools should be part of the exchange with Cambodia",
        "ja": "阿部知事「子ども同士の交流も大切」　学校・地域を巻き込んだカンボジアとの交流に期待",
        "km": "អភិបាលខេត្តណាហ្គាណូ៖ កុមារ និងសាលារៀនគួរតែជាផ្នែកមួយនៃការផ្លាស់ប្តូរជាមួយកម្ពុជា",
    },
    "intro": {
        "en": "Responding to the report on the Cambodia mission, Governor Shuichi Abe said that ties between the two peoples should not stop at labour: exchange between children, involving schools and local communities, matters for education too.",
        "ja": "カンボジア視察の報告を受けた阿部守一知事は、両国のつながりを労働分野にとどめず、学校や地域を巻き込んだ子ども同士の交流も教育の面で大切だと述べました。",
        "km": "ក្រោយពីបានស្តាប់របាយការណ៍ស្តីពីដំណើរសិក្សានៅកម្ពុជា លោក ស៊ូអ៊ីឈី អាបេ អភិបាលខេត្តណាហ្គាណូ បានមានប្រសាសន៍ថា ទំនាក់ទំនងរវាងប្រជាជនទាំងពីរមិនគួរឈប់ត្រឹមវិស័យការងារនោះទេ ការផ្លាស់ប្តូររវាងកុមារ ដោយមានការចូលរួមពីសាលារៀន និងសហគមន៍ ក៏មានសារៈសំខាន់សម្រាប់ការអប់រំផងដែរ។",
    },
    "image": {
        "key": "children-and-schools",
        "motif": "circles",
        "colours": ("#ffb703", "#fb8500"),
        "label": {
            "en": "Children and schools",
            "ja": "子どもと学校",
            "km": "កុមារ និងសាលារៀន",
        },
        "alt": {
            "en": "Illustration: bright circles of different sizes on a yellow-orange background, with the words “Children and schools” in English, Japanese and Khmer.",
            "ja": "イラスト：黄色からオレンジのグラデーションに大小の明るい円。「子どもと学校」の文字が英語・日本語・クメール語で書かれています。",
            "km": "រូបគំនូរ៖ រង្វង់ភ្លឺៗទំហំផ្សេងៗគ្នា លើផ្ទៃពណ៌លឿងទៅទឹកក្រូច ជាមួយពាក្យ «កុមារ និងសាលារៀន» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
        },
    },
    "body": [
        (
            "paragraph",
            {
                "en": "<p>At the meeting on 21 May 2024, where members of the inspection mission reported on their talks in Phnom Penh, most of the discussion was about workers, training and companies. In his closing comments, however, the Governor turned to the next generation.</p>",
                "ja": "<p>2024年5月21日、視察団がプノンペンでの協議内容を報告した会議では、労働者や研修、企業の受け入れ体制が主な話題となりました。その締めくくりに、阿部知事は次の世代に目を向けました。</p>",
                "km": "<p>នៅក្នុងកិច្ចប្រជុំថ្ងៃទី២១ ខែឧសភា ឆ្នាំ២០២៤ ដែលសមាជិកគណៈប្រតិភូបានរាយការណ៍អំពីកិច្ចពិភាក្សានៅរាជធានីភ្នំពេញ ប្រធានបទភាគច្រើនផ្តោតលើពលករ ការបណ្តុះបណ្តាល និងក្រុមហ៊ុន។ ប៉ុន្តែក្នុងមតិបិទបញ្ចប់ លោកអភិបាលខេត្តបានងាកមកនិយាយអំពីមនុស្សជំនាន់ក្រោយ។</p>",
            },
        ),
        (
            "quote",
            {
                "text": {
                    "en": "Exchange between children matters too, for their education, and it should draw in schools and the wider community.",
                    "ja": "子ども同士の交流も、教育の観点から大切です。学校や地域も巻き込んで進めていきたい。",
                    "km": "ការផ្លាស់ប្តូររវាងកុមារក៏មានសារៈសំខាន់ផងដែរ សម្រាប់ការអប់រំរបស់ពួកគេ ហើយគួរតែមានការចូលរួមពីសាលារៀន និងសហគមន៍។",
                },
                "attribution": GOVERNOR_SUMMARY,
            },
        ),
        (
            "heading",
            {
                "en": "Why children and schools",
                "ja": "なぜ子どもと学校なのか",
                "km": "ហេតុអ្វីកុមារ និងសាលារៀន",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>Nagano is already home to 237 Cambodian residents, and a Nagano–Cambodian Association is being prepared to bring them closer to their neighbours. Contact between classrooms can give pupils in both countries their first personal experience of each other's language and everyday life, and lasting friendships often begin there.</p>",
                "ja": "<p>県内にはすでに237人のカンボジア人が暮らしており、地域との交流を深めるための「長野・カンボジア協会」の設立準備も進んでいます。教室同士の交流は、両国の子どもたちが相手の国の言葉や暮らしに直接触れる最初の機会となり、長く続く友情のきっかけにもなります。</p>",
                "km": "<p>បច្ចុប្បន្ន មានប្រជាជនកម្ពុជាចំនួន ២៣៧ នាក់ រស់នៅក្នុងខេត្តណាហ្គាណូ ហើយការរៀបចំបង្កើតសមាគមណាហ្គាណូ-កម្ពុជា ក៏កំពុងដំណើរការ ដើម្បីពង្រឹងទំនាក់ទំនងជាមួយសហគមន៍មូលដ្ឋាន។ ការផ្លាស់ប្តូររវាងថ្នាក់រៀន អាចផ្តល់ឱកាសដំបូងដល់សិស្សនៃប្រទេសទាំងពីរ ក្នុងការស្គាល់ភាសា និងជីវភាពរស់នៅរបស់គ្នាទៅវិញទៅមកដោយផ្ទាល់ ហើយជាញឹកញាប់ក៏ជាចំណុចចាប់ផ្តើមនៃមិត្តភាពយូរអង្វែងផងដែរ។</p>",
            },
        ),
        (
            "paragraph",
            {
                "en": "<p>The mission's proposals already point this way. They list educational exchange among the fields for cooperation with Nagano, and they call for Japanese-language teaching materials and educational equipment to be provided to schools and training institutions in Cambodia.</p>",
                "ja": "<p>視察団の提案にも、この方向性がすでに表れています。長野県との協力分野の一つに教育交流が挙げられているほか、カンボジアの教育機関に日本語教材や教育機材を提供する必要性が指摘されています。</p>",
                "km": "<p>សំណើរបស់គណៈប្រតិភូបានបង្ហាញទិសដៅនេះរួចហើយ។ ការផ្លាស់ប្តូរផ្នែកអប់រំ ស្ថិតក្នុងចំណោមវិស័យសហប្រតិបត្តិការជាមួយខេត្តណាហ្គាណូ ហើយរបាយការណ៍ក៏បានលើកឡើងពីតម្រូវការផ្តល់សម្ភារៈបង្រៀនភាសាជប៉ុន និងឧបករណ៍សិក្សា ដល់គ្រឹះស្ថានអប់រំនៅកម្ពុជា។</p>",
            },
        ),
        (
            "image",
            {
                "card": {
                    "key": "classroom-to-classroom",
                    "motif": "mountains",
                    "colours": ("#2d6a4f", "#95d5b2"),
                    "label": {
                        "en": "Classroom to classroom",
                        "ja": "教室から教室へ",
                        "km": "ពីថ្នាក់រៀនមួយ ទៅថ្នាក់រៀនមួយ",
                    },
                    "alt": {
                        "en": "Illustration: green mountains under a red sun, with the words “Classroom to classroom” in English, Japanese and Khmer.",
                        "ja": "イラスト：緑の山並みと赤い太陽。「教室から教室へ」の文字が英語・日本語・クメール語で書かれています。",
                        "km": "រូបគំនូរ៖ ជួរភ្នំពណ៌បៃតង និងព្រះអាទិត្យពណ៌ក្រហម ជាមួយពាក្យ «ពីថ្នាក់រៀនមួយ ទៅថ្នាក់រៀនមួយ» ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
                    },
                },
                "caption": {
                    "en": "Exchange between classrooms: an idea the Governor hopes schools will take up.",
                    "ja": "教室と教室をつなぐ交流。知事が学校に期待する取り組みです。",
                    "km": "ការផ្លាស់ប្តូររវាងថ្នាក់រៀន៖ គំនិតដែលលោកអភិបាលខេត្តសង្ឃឹមថា សាលារៀននានានឹងចូលរួម។",
                },
            },
        ),
        ("heading", {"en": "What comes next", "ja": "今後に向けて", "km": "ជំហានបន្ទាប់"}),
        (
            "paragraph",
            {
                "en": "<p>No programme has been fixed yet. The Governor's remarks encourage schools, boards of education and community groups in Nagano to think about how they could take part. Opportunities will be published on this site as they are announced.</p>",
                "ja": "<p>具体的なプログラムはまだ決まっていません。知事の発言は、県内の学校や教育委員会、地域団体がどのように参加できるかを考えるきっかけとなるものです。交流の機会が決まり次第、このサイトでお知らせします。</p>",
                "km": "<p>មិនទាន់មានកម្មវិធីជាក់លាក់នៅឡើយទេ។ មតិរបស់លោកអភិបាលខេត្ត ជាការលើកទឹកចិត្តដល់សាលារៀន ក្រុមប្រឹក្សាអប់រំ និងក្រុមសហគមន៍នានាក្នុងខេត្តណាហ្គាណូ ឱ្យពិចារណាអំពីរបៀបដែលពួកគេអាចចូលរួម។ ឱកាសផ្លាស់ប្តូរនានានឹងត្រូវផ្សព្វផ្សាយនៅលើគេហទំព័រនេះ នៅពេលមានការប្រកាស។</p>",
            },
        ),
    ],
}

ARTICLES = [MISSION_REPORT, SCHOOL_EXCHANGE]
