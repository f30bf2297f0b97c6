"""About, Contact, Privacy and Accessibility: the pages a public body puts its name to.

Facts come from the seed documents (the Tokyo MoUs of 18 December 2023, the Foreign
Minister's visit of 6 July 2024, Nagano's labour exchange, CLAIR's "Kizuna" seminar).
The address is a reserved example domain: whoever runs the site writes their own.
"""

CONTACT_EMAIL = "contact@kizuna.example"
MAIL_LINK = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'

PAGES = [
    {
        "slug": "about",
        "title": {"en": "About Kizuna", "ja": "絆について", "km": "អំពីគីហ្ស៊ូណា"},
        "intro": {
            "en": "Kizuna publishes the news and events of the exchange between Japan "
            "and Cambodia in English, Japanese and Khmer.",
            "ja": "絆は、日本とカンボジアの交流に関するニュースと行事を、英語・日本語・"
            "クメール語で発信するサイトです。",
            "km": "គីហ្ស៊ូណាផ្សាយព័ត៌មាន និងព្រឹត្តិការណ៍នៃការផ្លាស់ប្តូររវាងជប៉ុន "
            "និងកម្ពុជា ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។",
        },
        "body": [
            (
                "heading",
                {"en": "Who runs this site", "ja": "運営者", "km": "អ្នកគ្រប់គ្រងគេហទំព័រ"},
            ),
            (
                "paragraph",
                {
                    "en": "<p>The site is run by the Kizuna editorial team, an open-source "
                    "project. The editors publish what prefectures, ministries, embassies, "
                    "friendship associations and schools in both countries send them, and "
                    "each article names the organisations whose news it is. Any "
                    "organisation can run its own copy of the software and name itself "
                    "on this page.</p>",
                    "ja": "<p>このサイトは、オープンソースのプロジェクトである絆編集チームが"
                    "運営しています。編集チームは、両国の県、省庁、大使館、友好団体、学校から"
                    "寄せられた情報を掲載し、各記事にはその情報の発信元となる団体名を記して"
                    "います。どの団体もこのソフトウェアで独自のサイトを運営し、このページに"
                    "運営者として名前を載せることができます。</p>",
                    "km": "<p>គេហទំព័រនេះគ្រប់គ្រងដោយក្រុមវិចារណកថាគីហ្ស៊ូណា "
                    "ដែលជាគម្រោងកូដចំហ។ ក្រុមវិចារណកថាផ្សាយព័ត៌មានដែលខេត្ត ក្រសួង "
                    "ស្ថានទូត សមាគមមិត្តភាព និងសាលារៀននៃប្រទេសទាំងពីរផ្ញើមក "
                    "ហើយអត្ថបទនីមួយៗបញ្ជាក់ឈ្មោះស្ថាប័នដែលជាម្ចាស់ព័ត៌មាន។ "
                    "ស្ថាប័នណាក៏អាចដំណើរការគេហទំព័រផ្ទាល់ខ្លួនដោយប្រើកម្មវិធីនេះ "
                    "ហើយដាក់ឈ្មោះខ្លួននៅលើទំព័រនេះបាន។</p>",
                },
            ),
            (
                "heading",
                {
                    "en": "What you find here",
                    "ja": "掲載内容",
                    "km": "អ្វីដែលអ្នករកឃើញនៅទីនេះ",
                },
            ),
            (
                "paragraph",
                {
                    "en": "<p>Agreements, such as the memorandums signed in Tokyo on "
                    "18 December 2023 during the 50th anniversary of ASEAN–Japan "
                    "friendship; ministerial visits, such as the Foreign Minister's visit "
                    "to Phnom Penh on 6 July 2024; labour and training exchange, such as "
                    "Nagano Prefecture's work with Cambodian institutions; seminars; and "
                    "exchanges between schools and young people. The calendar lists "
                    "coming events, and its feeds keep your calendar app up to date.</p>",
                    "ja": "<p>2023年12月18日、日ASEAN友好協力50周年に合わせて東京で署名された"
                    "覚書などの協定、2024年7月6日の外務大臣のプノンペン訪問などの閣僚の訪問、"
                    "長野県とカンボジアの機関との連携などの労働・人材育成の交流、セミナー、"
                    "学校・青少年の交流を紹介します。カレンダーには今後の行事を掲載し、"
                    "配信フィードでお使いのカレンダーアプリに最新の予定を届けます。</p>",
                    "km": "<p>កិច្ចព្រមព្រៀង ដូចជាអនុស្សរណៈដែលបានចុះហត្ថលេខានៅទីក្រុងតូក្យូ "
                    "នៅថ្ងៃទី១៨ ខែធ្នូ ឆ្នាំ២០២៣ ក្នុងខួបលើកទី៥០ នៃមិត្តភាពអាស៊ាន-ជប៉ុន "
                    "ទស្សនកិច្ចថ្នាក់រដ្ឋមន្ត្រី ដូចជាទស្សនកិច្ចរបស់រដ្ឋមន្ត្រីការបរទេសជប៉ុន "
                    "នៅភ្នំពេញ នៅថ្ងៃទី៦ ខែកក្កដា ឆ្នាំ២០២៤ ការផ្លាស់ប្តូរផ្នែកការងារ "
                    "និងការបណ្តុះបណ្តាល ដូចជាកិច្ចសហការរបស់ខេត្តណាហ្គាណូជាមួយស្ថាប័នកម្ពុជា "
                    "សិក្ខាសាលា និងការផ្លាស់ប្តូររវាងសាលារៀន និងយុវជន។ "
                    "ប្រតិទិនបង្ហាញព្រឹត្តិការណ៍ខាងមុខ ហើយបណ្តាញផ្សាយរបស់វា "
                    "ធ្វើបច្ចុប្បន្នភាពកម្មវិធីប្រតិទិនរបស់អ្នក។</p>",
                },
            ),
            ("heading", {"en": "The name", "ja": "名前の由来", "km": "អំពីឈ្មោះ"}),
            (
                "paragraph",
                {
                    "en": "<p>Kizuna (絆) is the Japanese word for the close ties between "
                    "people. CLAIR chose it as the theme of its Local Government Exchange "
                    "and Cooperation Seminar, which brings officials from the ASEAN region, "
                    "India and Sri Lanka to Japan each year.</p>",
                    "ja": "<p>「絆」は人と人との深いつながりを表す言葉です。自治体国際化協会"
                    "（クレア）は、ASEAN地域、インド、スリランカの行政官を毎年日本に招く"
                    "「自治体交流協力セミナー」のテーマにこの言葉を掲げています。</p>",
                    "km": "<p>គីហ្ស៊ូណា (絆) ជាពាក្យជប៉ុនសម្រាប់ចំណងដ៏ជិតស្និទ្ធរវាងមនុស្ស។ "
                    "CLAIR បានជ្រើសពាក្យនេះជាប្រធានបទនៃសិក្ខាសាលាផ្លាស់ប្តូរ "
                    "និងសហប្រតិបត្តិការរដ្ឋាភិបាលមូលដ្ឋាន ដែលអញ្ជើញមន្ត្រីមកពីតំបន់អាស៊ាន "
                    "ឥណ្ឌា និងស្រីលង្កា មកប្រទេសជប៉ុនជារៀងរាល់ឆ្នាំ។</p>",
                },
            ),
        ],
    },
    {
        "slug": "contact",
        "title": {"en": "Contact", "ja": "お問い合わせ", "km": "ទំនាក់ទំនង"},
        "intro": {
            "en": "Write to the editors in English, Japanese or Khmer.",
            "ja": "編集チームへは、英語・日本語・クメール語のいずれでもご連絡いただけます。",
            "km": "សូមសរសេរមកក្រុមវិចារណកថាជាភាសាអង់គ្លេស ជប៉ុន ឬខ្មែរ។",
        },
        "body": [
            ("heading", {"en": "Email", "ja": "メール", "km": "អ៊ីមែល"}),
            (
                "paragraph",
                {
                    "en": f"<p>{MAIL_LINK}. We aim to answer within ten working days.</p>",
                    "ja": f"<p>{MAIL_LINK}　10営業日以内の返信を目指しています。</p>",
                    "km": f"<p>{MAIL_LINK}។ យើងខិតខំឆ្លើយតបក្នុងរយៈពេលដប់ថ្ងៃធ្វើការ។</p>",
                },
            ),
            (
                "heading",
                {
                    "en": "Sending news or an event",
                    "ja": "ニュース・行事の情報提供",
                    "km": "ការផ្ញើព័ត៌មាន ឬព្រឹត្តិការណ៍",
                },
            ),
            (
                "paragraph",
                {
                    "en": "<p>Prefectures, ministries, embassies, associations and schools "
                    "can send news or an event: say who, what, when and where, in any of "
                    "the three languages, and whether photographs may be published.</p>",
                    "ja": "<p>県、省庁、大使館、団体、学校からのニュースや行事の情報をお待ちして"
                    "います。だれが、何を、いつ、どこで行うかを三つの言語のいずれかでお知らせ"
                    "ください。写真の掲載可否もお書き添えください。</p>",
                    "km": "<p>ខេត្ត ក្រសួង ស្ថានទូត សមាគម និងសាលារៀន អាចផ្ញើព័ត៌មាន "
                    "ឬព្រឹត្តិការណ៍មកយើង៖ សូមប្រាប់ថានរណា អ្វី ពេលណា និងនៅឯណា "
                    "ជាភាសាណាមួយក្នុងចំណោមភាសាទាំងបី ហើយថាតើអាចផ្សាយរូបថតបានឬទេ។</p>",
                },
            ),
            (
                "heading",
                {
                    "en": "Questions about an event",
                    "ja": "行事に関するお問い合わせ",
                    "km": "សំណួរអំពីព្រឹត្តិការណ៍",
                },
            ),
            (
                "paragraph",
                {
                    "en": "<p>Questions about an event go to its organiser, named on the "
                    "event's page.</p>",
                    "ja": "<p>各行事については、行事のページに記載の主催者にお問い合わせください。</p>",
                    "km": "<p>សំណួរអំពីព្រឹត្តិការណ៍ សូមផ្ញើទៅអ្នករៀបចំ "
                    "ដែលមានឈ្មោះនៅលើទំព័រព្រឹត្តិការណ៍នោះ។</p>",
                },
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": {"en": "Privacy", "ja": "プライバシー", "km": "ឯកជនភាព"},
        "intro": {
            "en": "This site publishes news. It does not ask its readers for personal "
            "data.",
            "ja": "このサイトはニュースを発信するサイトです。閲覧者に個人情報の提供を"
            "求めることはありません。",
            "km": "គេហទំព័រនេះផ្សាយព័ត៌មាន។ វាមិនសុំទិន្នន័យផ្ទាល់ខ្លួនពីអ្នកអានទេ។",
        },
        "body": [
            (
                "heading",
                {
                    "en": "What we keep about readers",
                    "ja": "閲覧者について保存する情報",
                    "km": "អ្វីដែលយើងរក្សាទុកអំពីអ្នកអាន",
                },
            ),
            (
                "paragraph",
                {
                    "en": "<p>Reading the site needs no account and sets no tracking or "
                    "advertising cookies; only editors who sign in get a cookie, to keep "
                    "them signed in. The web server records each request (address, page, "
                    "time, browser) in its logs to keep the site working and safe; the "
                    "logs are never published or shared.</p>",
                    "ja": "<p>閲覧にアカウントは不要で、追跡や広告のためのクッキーは使いません。"
                    "クッキーを使うのは、ログインした編集者のログイン状態を保つときだけです。"
                    "ウェブサーバーは、サイトの運用と安全のために各アクセス（アドレス、ページ、"
                    "時刻、ブラウザー）を記録しますが、その記録を公開したり第三者に渡したり"
                    "することはありません。</p>",
                    "km": "<p>ការអានគេហទំព័រនេះមិនត្រូវការគណនីទេ "
                    "ហើយមិនប្រើខូគីសម្រាប់តាមដាន ឬផ្សាយពាណិជ្ជកម្មឡើយ។ "
                    "មានតែអ្នកវិចារណកថាដែលចូលគណនីប៉ុណ្ណោះដែលទទួលខូគី។ "
                    "ម៉ាស៊ីនមេកត់ត្រាសំណើនីមួយៗ (អាសយដ្ឋាន ទំព័រ ពេលវេលា កម្មវិធីរុករក) "
                    "ដើម្បីរក្សាគេហទំព័រឱ្យដំណើរការ និងមានសុវត្ថិភាព "
                    "ហើយមិនដែលផ្សាយ ឬចែករំលែកកំណត់ត្រាទាំងនោះទេ។</p>",
                },
            ),
            (
                "heading",
                {
                    "en": "People named in the news",
                    "ja": "記事に登場する人物",
                    "km": "បុគ្គលដែលមានឈ្មោះក្នុងព័ត៌មាន",
                },
            ),
            (
                "paragraph",
                {
                    "en": "<p>Articles and events name officials, organisations and "
                    "speakers in their public roles, as their own announcements do. "
                    "Nothing private about them is published. To ask for a correction, "
                    "write to us (see Contact).</p>",
                    "ja": "<p>記事や行事では、公職者、団体、登壇者を、本人の発表と同様に公的な"
                    "立場で紹介します。私的な情報は掲載しません。訂正のご依頼は"
                    "「お問い合わせ」のページからご連絡ください。</p>",
                    "km": "<p>អត្ថបទ និងព្រឹត្តិការណ៍បញ្ជាក់ឈ្មោះមន្ត្រី ស្ថាប័ន "
                    "និងវាគ្មិន តាមតួនាទីសាធារណៈរបស់ពួកគេ ដូចសេចក្តីប្រកាសរបស់ពួកគេផ្ទាល់។ "
                    "យើងមិនផ្សាយព័ត៌មានឯកជនអំពីពួកគេទេ។ "
                    "ដើម្បីស្នើសុំការកែតម្រូវ សូមសរសេរមកយើង (សូមមើលទំព័រទំនាក់ទំនង)។</p>",
                },
            ),
            (
                "heading",
                {"en": "Registrations", "ja": "参加登録", "km": "ការចុះឈ្មោះ"},
            ),
            (
                "paragraph",
                {
                    "en": "<p>Later the site will take registrations for delegations and "
                    "school exchanges. Before any form asks for personal data, this page "
                    "will say what it collects, why, who can see it and when it is "
                    "deleted.</p>",
                    "ja": "<p>今後、代表団や学校交流の参加登録を受け付ける予定です。個人情報を"
                    "お尋ねするフォームを設ける前に、収集する情報、その目的、閲覧できる人、"
                    "削除の時期をこのページでお知らせします。</p>",
                    "km": "<p>នៅពេលក្រោយ គេហទំព័រនេះនឹងទទួលការចុះឈ្មោះសម្រាប់គណៈប្រតិភូ "
                    "និងការផ្លាស់ប្តូរសាលារៀន។ មុនពេលទម្រង់ណាមួយសុំទិន្នន័យផ្ទាល់ខ្លួន "
                    "ទំព័រនេះនឹងប្រាប់ថាប្រមូលអ្វី ហេតុអ្វី អ្នកណាអាចមើលបាន "
                    "និងពេលណាលុបចោល។</p>",
                },
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": {
            "en": "Accessibility",
            "ja": "アクセシビリティ",
            "km": "ភាពងាយស្រួលប្រើ",
        },
        "intro": {
            "en": "Everyone should be able to read this site, in each of its three "
            "languages.",
            "ja": "このサイトは、三つの言語のいずれでも、だれもが読めることを目指しています。",
            "km": "មនុស្សគ្រប់គ្នាគួរតែអាចអានគេហទំព័រនេះបាន ជាភាសាណាមួយក្នុងចំណោមភាសាទាំងបី។",
        },
        "body": [
            ("heading", {"en": "Our goal", "ja": "目標", "km": "គោលដៅរបស់យើង"}),
            (
                "paragraph",
                {
                    "en": "<p>The site aims to meet the Web Content Accessibility Guidelines "
                    "(WCAG) 2.2 at level AA. Its pages are checked with the axe-core tool "
                    "and in a browser at phone width, in English, Japanese and Khmer.</p>",
                    "ja": "<p>ウェブコンテンツ・アクセシビリティ・ガイドライン（WCAG）2.2の"
                    "レベルAAへの適合を目指しています。各ページは、英語・日本語・クメール語の"
                    "それぞれで、axe-coreによる検査と、スマートフォンの画面幅での表示確認を"
                    "行っています。</p>",
                    "km": "<p>គេហទំព័រនេះមានគោលដៅបំពេញតាមគោលការណ៍ណែនាំភាពងាយស្រួលប្រើ"
                    "មាតិកាគេហទំព័រ (WCAG) 2.2 កម្រិត AA។ ទំព័រនានាត្រូវបានពិនិត្យដោយឧបករណ៍ "
                    "axe-core និងក្នុងកម្មវិធីរុករកតាមទំហំអេក្រង់ទូរស័ព្ទ "
                    "ជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។</p>",
                },
            ),
            ("heading", {"en": "Languages", "ja": "言語", "km": "ភាសា"}),
            (
                "paragraph",
                {
                    "en": "<p>Every page is offered in English, Japanese and Khmer. Where a "
                    "text has not been translated yet, the English text shows, marked as "
                    "English so that screen readers pronounce it correctly.</p>",
                    "ja": "<p>すべてのページを英語・日本語・クメール語で提供しています。まだ翻訳"
                    "されていない文章は英語で表示し、読み上げソフトが正しく発音できるよう"
                    "英語であることを示しています。</p>",
                    "km": "<p>ទំព័រនីមួយៗមានជាភាសាអង់គ្លេស ជប៉ុន និងខ្មែរ។ "
                    "កន្លែងដែលអត្ថបទមិនទាន់បានបកប្រែ អត្ថបទភាសាអង់គ្លេសត្រូវបានបង្ហាញ "
                    "ហើយសម្គាល់ថាជាភាសាអង់គ្លេស ដើម្បីឱ្យកម្មវិធីអានអេក្រង់អានបានត្រឹមត្រូវ។</p>",
                },
            ),
            (
                "heading",
                {"en": "Known limits", "ja": "既知の制限", "km": "ដែនកំណត់ដែលដឹងហើយ"},
            ),
            (
                "paragraph",
                {
                    "en": "<p>Documents attached by partners, such as signed agreements in "
                    "PDF, may not be accessible. Ask us and we will send the text in "
                    "another form.</p>",
                    "ja": "<p>署名済みの協定のPDFなど、提携先が提供した文書はアクセシブルでない"
                    "場合があります。ご連絡いただければ、別の形式で本文をお送りします。</p>",
                    "km": "<p>ឯកសារដែលដៃគូភ្ជាប់មក ដូចជាកិច្ចព្រមព្រៀងដែលបានចុះហត្ថលេខាជា PDF "
                    "អាចមិនងាយស្រួលប្រើ។ សូមសួរយើង ហើយយើងនឹងផ្ញើអត្ថបទជាទម្រង់ផ្សេង។</p>",
                },
            ),
            (
                "heading",
                {"en": "Report a problem", "ja": "問題のご報告", "km": "រាយការណ៍បញ្ហា"},
            ),
            (
                "paragraph",
                {
                    "en": f"<p>If something is hard to use, write to {MAIL_LINK} with the "
                    "page's address and what happened. We aim to answer within ten "
                    "working days.</p>",
                    "ja": f"<p>使いにくい点がありましたら、ページのアドレスと状況を添えて"
                    f"{MAIL_LINK}までお知らせください。10営業日以内の返信を目指しています。</p>",
                    "km": f"<p>ប្រសិនបើមានអ្វីពិបាកប្រើ សូមសរសេរមក {MAIL_LINK} "
                    "ដោយបញ្ជាក់អាសយដ្ឋានទំព័រ និងអ្វីដែលបានកើតឡើង។ "
                    "យើងខិតខំឆ្លើយតបក្នុងរយៈពេលដប់ថ្ងៃធ្វើការ។</p>",
                },
            ),
        ],
    },
]
