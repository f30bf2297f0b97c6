"""School exchange programmes and the schools that registered for them.

The schools and teachers are invented, with addresses under example.org: the demo
shows what coordinators see without anyone's real contact details.
"""

INDEX = {
    "title": {"en": "School exchanges", "ja": "学校交流", "km": "ការផ្លាស់ប្តូរសាលារៀន"},
    "intro": {
        "en": "<p>Exchange programmes between schools in Nagano and Cambodia. Schools register online in their own language; places are counted in students and a waiting list moves up fairly when places free.</p>",
        "ja": "<p>長野県とカンボジアの学校をつなぐ交流プログラムです。学校は自分の言語でオンライン申し込みができます。参加枠は生徒の人数で数え、空きが出るとキャンセル待ちの順に公平にご案内します。</p>",
        "km": "<p>កម្មវិធីផ្លាស់ប្តូររវាងសាលារៀននៅខេត្តណាហ្គាណូ និងកម្ពុជា។ សាលារៀនចុះឈ្មោះតាមអ៊ីនធឺណិតជាភាសារបស់ខ្លួន កន្លែងត្រូវបានគិតជាចំនួនសិស្ស ហើយបញ្ជីរង់ចាំដំណើរការដោយយុត្តិធម៌នៅពេលមានកន្លែងទំនេរ។</p>",
    },
}


def school(number, name, city, country, teacher, language, students, **more):
    return {
        "key": f"demo-school-{number}",
        "school_name": name,
        "city": city,
        "country": country,
        "teacher_name": teacher,
        "teacher_email": f"teacher{number}@school{number}.example.org",
        "teacher_phone": ("+8126" if country == "JP" else "+85523") + f"{number:07d}",
        "language": language,
        "students": students,
        "teachers": more.get("teachers", 2),
        "min_age": more.get("min_age", 12),
        "max_age": more.get("max_age", 14),
        "accepts_fewer": more.get("accepts_fewer", False),
        "reduce_to": more.get("reduce_to"),
    }


PROGRAMMES = [
    {
        "slug": "nagano-phnom-penh-summer-exchange",
        "event": "nagano-phnom-penh-summer-youth-exchange",
        "host": "phnom-penh-capital-administration",
        "visiting": "nagano-prefecture",
        "time_zone": "Asia/Phnom_Penh",
        # Days from the run: opened a fortnight ago, closes six weeks before the event.
        "opened_days_ago": 14,
        "closes_days_before_event": 42,
        "capacity": 40,
        "max_students_per_school": 10,
        "min_age": 12,
        "max_age": 15,
        "title": {
            "en": "Nagano–Phnom Penh summer youth exchange",
            "ja": "長野・プノンペン夏の青少年交流",
            "km": "កម្មវិធីផ្លាស់ប្តូរយុវជនរដូវក្តៅ ណាហ្គាណូ-ភ្នំពេញ",
        },
        "summary": {
            "en": "Ten days in Phnom Penh for pupils of Nagano schools, with partner schools that register here too: 40 students in all, at most 10 per school.",
            "ja": "長野県内の学校の児童生徒がプノンペンで10日間を過ごします。交流校もここから申し込みます。定員は生徒40人、1校最大10人です。",
            "km": "ដប់ថ្ងៃនៅភ្នំពេញ សម្រាប់សិស្សសាលារៀនខេត្តណាហ្គាណូ ជាមួយសាលាដៃគូដែលចុះឈ្មោះនៅទីនេះផងដែរ៖ សិស្សសរុប ៤០ នាក់ យ៉ាងច្រើន ១០ នាក់ក្នុងមួយសាលា។",
        },
        "description": {
            "en": "<p>Lessons together in the morning, a shared project on water and rice in the afternoon, and home stays with families of the partner schools. Each school brings at least one teacher.</p>",
            "ja": "<p>午前は合同授業、午後は水と米をテーマにした共同プロジェクト、夜は交流校の家庭にホームステイします。各校から教員1人以上が引率します。</p>",
            "km": "<p>រៀនជាមួយគ្នានៅពេលព្រឹក គម្រោងរួមគ្នាអំពីទឹក និងស្រូវនៅពេលរសៀល និងស្នាក់នៅជាមួយគ្រួសាររបស់សាលាដៃគូ។ សាលានីមួយៗនាំគ្រូយ៉ាងហោចណាស់ម្នាក់។</p>",
        },
        "registrations": [
            school(
                1,
                "Nagano Nishi Junior High School",
                "Nagano",
                "JP",
                "Sato Hanako",
                "ja",
                8,
            ),
            school(
                2,
                "Matsumoto Chuo Junior High School",
                "Matsumoto",
                "JP",
                "Takahashi Ken",
                "ja",
                6,
            ),
            school(
                3,
                "Hun Sen Boeng Keng Kang High School",
                "Phnom Penh",
                "KH",
                "Sok Dara",
                "km",
                10,
            ),
            school(
                4,
                "Chea Sim Santhor Mok High School",
                "Phnom Penh",
                "KH",
                "Chan Sophea",
                "km",
                7,
            ),
            school(
                5,
                "International School of Nagano",
                "Nagano",
                "JP",
                "Emma Clarke",
                "en",
                4,
            ),
        ],
    },
    {
        "slug": "school-exchange-visit-to-nagano",
        "event": "school-exchange-visit-to-nagano",
        "host": "nagano-prefecture",
        "visiting": "phnom-penh-capital-administration",
        "time_zone": "Asia/Tokyo",
        "opened_days_ago": 30,
        "closes_days_before_event": 30,
        "capacity": 12,
        "max_students_per_school": 6,
        "min_age": 10,
        "max_age": 12,
        "title": {
            "en": "School exchange visit to Nagano",
            "ja": "長野への学校交流訪問",
            "km": "ទស្សនកិច្ចផ្លាស់ប្តូររវាងសាលារៀននៅខេត្តណាហ្គាណូ",
        },
        "summary": {
            "en": "Three days in Nagano schools for pupils from Phnom Penh: full, with a waiting list.",
            "ja": "プノンペンの児童が長野の学校で3日間を過ごします。満員のため、キャンセル待ちを受け付けています。",
            "km": "បីថ្ងៃនៅសាលារៀនក្នុងខេត្តណាហ្គាណូ សម្រាប់សិស្សមកពីភ្នំពេញ៖ ពេញហើយ មានបញ្ជីរង់ចាំ។",
        },
        "description": {
            "en": "<p>Pupils join lessons and school life in Nagano and meet local families.</p>",
            "ja": "<p>児童は長野の学校で授業や学校生活に参加し、地域の家庭と交流します。</p>",
            "km": "<p>សិស្សចូលរួមម៉ោងសិក្សា និងជីវិតនៅសាលាក្នុងខេត្តណាហ្គាណូ ហើយជួបជាមួយគ្រួសារក្នុងមូលដ្ឋាន។</p>",
        },
        "registrations": [
            # Confirmed for six, then down to two: the four places freed are offered
            # to the first school on the waiting list that fits (the live offer).
            school(
                11,
                "Wat Koh Primary School",
                "Phnom Penh",
                "KH",
                "Keo Vanna",
                "km",
                6,
                min_age=10,
                max_age=12,
                reduce_to=2,
            ),
            school(
                12,
                "Norodom Primary School",
                "Phnom Penh",
                "KH",
                "Lim Sreymom",
                "km",
                6,
                min_age=10,
                max_age=12,
            ),
            school(
                13,
                "Toul Tompoung Primary School",
                "Phnom Penh",
                "KH",
                "Pich Rithy",
                "en",
                4,
                min_age=10,
                max_age=12,
            ),
            school(
                14,
                "Chaktomuk Primary School",
                "Phnom Penh",
                "KH",
                "Mao Chenda",
                "km",
                6,
                min_age=10,
                max_age=12,
            ),
            school(
                15,
                "Daun Penh Primary School",
                "Phnom Penh",
                "KH",
                "Ros Sokha",
                "ja",
                2,
                min_age=10,
                max_age=12,
            ),
        ],
    },
    {
        # Past: its schools registered while it was open, and their personal data
        # has since been erased (kept as counts per country and state).
        "slug": "nagano-phnom-penh-summer-exchange-2024",
        "event": "nagano-phnom-penh-summer-youth-exchange-2024",
        "erased": True,
        "host": "phnom-penh-capital-administration",
        "visiting": "nagano-prefecture",
        "time_zone": "Asia/Phnom_Penh",
        "opens_days_before_event": 120,
        "closes_days_before_event": 42,
        "capacity": 30,
        "max_students_per_school": 10,
        "min_age": 12,
        "max_age": 15,
        "title": {
            "en": "Nagano–Phnom Penh summer exchange 2024",
            "ja": "2024年 長野・プノンペン夏の交流",
            "km": "កម្មវិធីផ្លាស់ប្តូររដូវក្តៅ ណាហ្គាណូ-ភ្នំពេញ ឆ្នាំ២០២៤",
        },
        "summary": {
            "en": "The first summer exchange, in 2024: twenty-eight students from Nagano and Phnom Penh schools.",
            "ja": "2024年の第1回夏の交流。長野とプノンペンの学校から28人の生徒が参加しました。",
            "km": "កម្មវិធីផ្លាស់ប្តូររដូវក្តៅលើកដំបូង ឆ្នាំ២០២៤៖ សិស្សម្ភៃប្រាំបីនាក់មកពីសាលារៀនណាហ្គាណូ និងភ្នំពេញ។",
        },
        "description": {
            "en": "<p>Registration is closed. The schools' details were erased after the programme, as the privacy notice says.</p>",
            "ja": "<p>申し込みは締め切りました。参加校の情報は、プライバシーポリシーのとおりプログラム終了後に消去しました。</p>",
            "km": "<p>ការចុះឈ្មោះត្រូវបានបិទ។ ព័ត៌មានលម្អិតរបស់សាលារៀនត្រូវបានលុបបន្ទាប់ពីកម្មវិធី ដូចដែលសេចក្តីជូនដំណឹងអំពីឯកជនភាពបានចែង។</p>",
        },
        "registrations": [
            school(
                21,
                "Nagano Higashi Junior High School",
                "Nagano",
                "JP",
                "Ito Kenji",
                "ja",
                10,
            ),
            school(
                22,
                "Matsumoto Chuo Junior High School",
                "Matsumoto",
                "JP",
                "Kato Yumi",
                "ja",
                8,
            ),
            school(
                23,
                "Preah Sisowath High School",
                "Phnom Penh",
                "KH",
                "Chea Sophal",
                "km",
                10,
            ),
            # Joined when the places had run out; never offered any.
            school(24, "Bak Touk High School", "Phnom Penh", "KH", "Sok Dara", "km", 6),
        ],
    },
]
