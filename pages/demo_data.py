"""Demo content for the site around the news: pages, menu, carousel, useful
links and site settings, in English, Russian and Uzbek, written for this
project."""

# Pages, parents before their children. An empty Uzbek title and body
# (wto-accession, economy) show the fallback to English.
PAGES = [
    {
        "slug": "mission",
        "parent": None,
        "title": {
            "en": "The Permanent Mission",
            "ru": "Постоянное представительство",
            "uz": "Doimiy vakolatxona",
        },
        "body": {
            "en": (
                "<p>The Permanent Mission of the Republic of Uzbekistan to the United "
                "Nations Office and other international organizations in Geneva "
                "represents Uzbekistan in the many multilateral bodies based in the "
                "city. Geneva is home to the European headquarters of the United "
                "Nations, several specialized agencies and hundreds of international "
                "and non-governmental organisations, which makes it one of the main "
                "centres of multilateral diplomacy.</p>"
                "<h2>Mandate</h2>"
                "<p>The Mission works under the guidance of the Ministry of Foreign "
                "Affairs of the Republic of Uzbekistan. Its main tasks are to:</p>"
                "<ul>"
                "<li>represent the country at meetings, sessions and in the governing "
                "bodies of international organisations in Geneva;</li>"
                "<li>present national positions and follow negotiations on human "
                "rights, trade, health, labour, intellectual property, "
                "telecommunications and the environment;</li>"
                "<li>support technical cooperation projects carried out in Uzbekistan "
                "together with international partners;</li>"
                "<li>keep ministries and agencies in Tashkent informed of developments "
                "in Geneva;</li>"
                "<li>maintain contacts with other permanent missions, international "
                "secretariats and civil society.</li>"
                "</ul>"
                "<h2>Structure</h2>"
                "<p>The Mission is headed by the Permanent Representative, who as a "
                "rule holds the rank of Ambassador. The diplomatic staff is organised "
                "in small teams that follow human rights and humanitarian questions, "
                "trade and economic matters, and the work of the specialized agencies. "
                "An administrative and consular section supports the daily work of the "
                "Mission and assists citizens of Uzbekistan.</p>"
                "<p>News about the work of the Mission is published in the <em>News "
                "and events</em> section of this website.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство Республики Узбекистан при Отделении "
                "ООН и других международных организациях в Женеве представляет "
                "Узбекистан в многочисленных многосторонних органах, расположенных в "
                "этом городе. В Женеве находятся европейская штаб-квартира Организации "
                "Объединённых Наций, ряд специализированных учреждений, а также сотни "
                "международных и неправительственных организаций, поэтому город по "
                "праву считается одним из главных центров многосторонней "
                "дипломатии.</p>"
                "<h2>Мандат</h2>"
                "<p>Представительство работает под руководством Министерства "
                "иностранных дел Республики Узбекистан. Его основные задачи:</p>"
                "<ul>"
                "<li>представлять страну на заседаниях, сессиях и в руководящих "
                "органах международных организаций в Женеве;</li>"
                "<li>излагать национальную позицию и следить за ходом переговоров по "
                "вопросам прав человека, торговли, здравоохранения, труда, "
                "интеллектуальной собственности, электросвязи и окружающей среды;</li>"
                "<li>содействовать проектам технического сотрудничества, которые "
                "реализуются в Узбекистане совместно с международными партнёрами;</li>"
                "<li>информировать министерства и ведомства в Ташкенте о событиях в "
                "Женеве;</li>"
                "<li>поддерживать контакты с другими постоянными представительствами, "
                "международными секретариатами и гражданским обществом.</li>"
                "</ul>"
                "<h2>Структура</h2>"
                "<p>Представительство возглавляет Постоянный представитель, который, "
                "как правило, имеет ранг посла. Дипломатический состав разделён на "
                "небольшие группы, которые занимаются правами человека и гуманитарными "
                "вопросами, торгово-экономической тематикой и работой "
                "специализированных учреждений. Административно-консульский отдел "
                "обеспечивает повседневную работу Представительства и оказывает помощь "
                "гражданам Узбекистана.</p>"
                "<p>Новости о деятельности Представительства публикуются в разделе "
                "<em>«Новости и события»</em> этого сайта.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston Respublikasining Jenevadagi BMT boʻlimi va boshqa "
                "xalqaro tashkilotlar huzuridagi Doimiy vakolatxonasi shaharda "
                "joylashgan koʻplab koʻp tomonlama tuzilmalarda Oʻzbekiston nomidan "
                "ish olib boradi. Jenevada Birlashgan Millatlar Tashkilotining "
                "Yevropadagi qarorgohi, bir qator ixtisoslashgan muassasalar hamda "
                "yuzlab xalqaro va nodavlat tashkilotlar joylashgan. Shu sababli "
                "shahar koʻp tomonlama diplomatiyaning asosiy markazlaridan biri "
                "hisoblanadi.</p>"
                "<h2>Vakolatlar</h2>"
                "<p>Vakolatxona Oʻzbekiston Respublikasi Tashqi ishlar vazirligi "
                "rahbarligida faoliyat yuritadi. Uning asosiy vazifalari "
                "quyidagilardan iborat:</p>"
                "<ul>"
                "<li>Jenevadagi xalqaro tashkilotlarning majlislari, sessiyalari va "
                "boshqaruv organlarida mamlakat nomidan vakillik qilish;</li>"
                "<li>inson huquqlari, savdo, sogʻliqni saqlash, mehnat, intellektual "
                "mulk, telekommunikatsiya va atrof-muhit masalalari boʻyicha milliy "
                "pozitsiyani bayon etish hamda muzokaralar jarayonini kuzatib "
                "borish;</li>"
                "<li>Oʻzbekistonda xalqaro hamkorlar bilan birgalikda amalga "
                "oshirilayotgan texnik hamkorlik loyihalariga koʻmaklashish;</li>"
                "<li>Toshkentdagi vazirlik va idoralarni Jenevadagi voqealardan "
                "xabardor qilib borish;</li>"
                "<li>boshqa doimiy vakolatxonalar, xalqaro kotibiyatlar va fuqarolik "
                "jamiyati bilan aloqalarni qoʻllab-quvvatlash.</li>"
                "</ul>"
                "<h2>Tuzilma</h2>"
                "<p>Vakolatxonaga, odatda, elchi darajasidagi Doimiy vakil rahbarlik "
                "qiladi. Diplomatik xodimlar inson huquqlari va gumanitar masalalar, "
                "savdo-iqtisodiy masalalar hamda ixtisoslashgan muassasalar faoliyati "
                "bilan shugʻullanadigan kichik guruhlarga boʻlingan. "
                "Maʼmuriy-konsullik boʻlimi Vakolatxonaning kundalik faoliyatini "
                "taʼminlaydi va Oʻzbekiston fuqarolariga yordam koʻrsatadi.</p>"
                "<p>Vakolatxona faoliyatiga oid yangiliklar saytning <em>«Yangiliklar "
                "va tadbirlar»</em> boʻlimida eʼlon qilinadi.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "permanent-representative",
        "parent": "mission",
        "title": {
            "en": "The Permanent Representative",
            "ru": "Постоянный представитель",
            "uz": "Doimiy vakil",
        },
        "body": {
            "en": (
                "<p>The Permanent Representative heads the Mission and is the official "
                "representative of the Republic of Uzbekistan to the United Nations "
                "Office at Geneva and to the other international organisations based "
                "in the city. The Permanent Representative is appointed by the "
                "President of the Republic of Uzbekistan and, on arrival in Geneva, "
                "presents credentials to the Director-General of the United Nations "
                "Office at Geneva.</p>"
                "<h2>Responsibilities</h2>"
                "<ul>"
                "<li>leading the delegation of Uzbekistan at sessions of the Human "
                "Rights Council, the World Health Assembly, the International Labour "
                "Conference and other major meetings;</li>"
                "<li>delivering national statements and holding consultations with "
                "other delegations;</li>"
                "<li>meeting the heads of international organisations to discuss "
                "programmes of cooperation;</li>"
                "<li>accompanying official delegations from Uzbekistan during their "
                "visits to Geneva;</li>"
                "<li>directing the work of the diplomatic and administrative staff of "
                "the Mission.</li>"
                "</ul>"
                "<h2>Working with partners</h2>"
                "<p>A large part of the work takes place outside formal meetings. The "
                "Permanent Representative regularly meets colleagues from the regional "
                "groups, in particular the Asia-Pacific Group, and takes part in the "
                "work of groups of countries with shared interests, such as the "
                "landlocked developing countries. Contacts with academic institutions, "
                "the media and civil society in Geneva also help to explain the "
                "reforms under way in Uzbekistan.</p>"
                "<p>Requests for a meeting with the Permanent Representative should be "
                "sent to the Mission in writing, stating the subject and the preferred "
                "dates.</p>"
            ),
            "ru": (
                "<p>Постоянный представитель возглавляет Представительство и является "
                "официальным представителем Республики Узбекистан при Отделении ООН в "
                "Женеве и других международных организациях, расположенных в городе. "
                "Постоянный представитель назначается Президентом Республики "
                "Узбекистан и по прибытии в Женеву вручает верительные грамоты "
                "Генеральному директору Отделения ООН в Женеве.</p>"
                "<h2>Обязанности</h2>"
                "<ul>"
                "<li>руководство делегацией Узбекистана на сессиях Совета по правам "
                "человека, Всемирной ассамблеи здравоохранения, Международной "
                "конференции труда и других крупных мероприятиях;</li>"
                "<li>выступление с национальными заявлениями и проведение консультаций "
                "с другими делегациями;</li>"
                "<li>встречи с руководителями международных организаций для обсуждения "
                "программ сотрудничества;</li>"
                "<li>сопровождение официальных делегаций Узбекистана во время их "
                "визитов в Женеву;</li>"
                "<li>руководство работой дипломатического и административного "
                "персонала Представительства.</li>"
                "</ul>"
                "<h2>Работа с партнёрами</h2>"
                "<p>Значительная часть работы проходит вне официальных заседаний. "
                "Постоянный представитель регулярно встречается с коллегами из "
                "региональных групп, прежде всего Азиатско-Тихоокеанской группы, и "
                "участвует в работе объединений стран со схожими интересами, например "
                "развивающихся стран, не имеющих выхода к морю. Контакты с научными "
                "учреждениями, средствами массовой информации и гражданским обществом "
                "в Женеве помогают рассказывать о реформах, которые проводятся в "
                "Узбекистане.</p>"
                "<p>Просьбы о встрече с Постоянным представителем направляются в "
                "Представительство в письменном виде с указанием темы и желательных "
                "дат.</p>"
            ),
            "uz": (
                "<p>Doimiy vakil Vakolatxonaga rahbarlik qiladi va Oʻzbekiston "
                "Respublikasining BMTning Jenevadagi boʻlimi hamda shaharda joylashgan "
                "boshqa xalqaro tashkilotlar huzuridagi rasmiy vakili hisoblanadi. "
                "Doimiy vakil Oʻzbekiston Respublikasi Prezidenti tomonidan "
                "tayinlanadi va Jenevaga kelgach, ishonch yorligʻini BMT Jeneva "
                "boʻlimining Bosh direktoriga topshiradi.</p>"
                "<h2>Vazifalar</h2>"
                "<ul>"
                "<li>Inson huquqlari boʻyicha kengash sessiyalari, Jahon sogʻliqni "
                "saqlash assambleyasi, Xalqaro mehnat konferensiyasi va boshqa yirik "
                "tadbirlarda Oʻzbekiston delegatsiyasiga rahbarlik qilish;</li>"
                "<li>milliy bayonotlar bilan chiqish va boshqa delegatsiyalar bilan "
                "maslahatlashuvlar oʻtkazish;</li>"
                "<li>hamkorlik dasturlarini muhokama qilish uchun xalqaro tashkilotlar "
                "rahbarlari bilan uchrashish;</li>"
                "<li>Jenevaga tashrif buyuradigan Oʻzbekiston rasmiy delegatsiyalariga "
                "hamrohlik qilish;</li>"
                "<li>Vakolatxonaning diplomatik va maʼmuriy xodimlari ishiga rahbarlik "
                "qilish.</li>"
                "</ul>"
                "<h2>Hamkorlar bilan ishlash</h2>"
                "<p>Ishning katta qismi rasmiy majlislardan tashqarida olib boriladi. "
                "Doimiy vakil mintaqaviy guruhlar, avvalo Osiyo-Tinch okeani "
                "guruhidagi hamkasblari bilan muntazam uchrashadi hamda dengizga "
                "chiqish imkoniyati boʻlmagan rivojlanayotgan davlatlar kabi umumiy "
                "manfaatlarga ega mamlakatlar guruhlari ishida qatnashadi. Jenevadagi "
                "ilmiy muassasalar, ommaviy axborot vositalari va fuqarolik jamiyati "
                "bilan aloqalar Oʻzbekistonda amalga oshirilayotgan islohotlar haqida "
                "soʻzlab berishga yordam beradi.</p>"
                "<p>Doimiy vakil bilan uchrashuv soʻrovlari mavzu va qulay sanalar "
                "koʻrsatilgan holda Vakolatxonaga yozma ravishda yuboriladi.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "contacts",
        "parent": "mission",
        "title": {
            "en": "Contacts",
            "ru": "Контакты",
            "uz": "Kontaktlar",
        },
        "body": {
            "en": (
                "<p>The Mission is located in the international quarter of Geneva, a "
                "few minutes on foot from the Palais des Nations and the headquarters "
                "of several international organisations.</p>"
                "<h2>Address</h2>"
                "<p><strong>Permanent Mission of the Republic of "
                "Uzbekistan</strong></p>"
                "<p>Rue de Varembé 3, 1202 Geneva, Switzerland</p>"
                "<ul>"
                "<li>Telephone: +41 22 000 00 00, +41 22 000 00 01</li>"
                "<li>E-mail: mission@example.org</li>"
                "</ul>"
                "<h2>Opening hours</h2>"
                "<p>Monday to Friday, 9:00–13:00 and 14:00–18:00. The Mission is "
                "closed on Saturdays and Sundays, on the public holidays of the "
                "Republic of Uzbekistan and on some public holidays of the Canton of "
                "Geneva. Visitors are received by appointment: please contact the "
                "Mission in advance by telephone or e-mail.</p>"
                "<h2>How to reach us</h2>"
                "<ul>"
                "<li><strong>By tram or bus:</strong> to the stop “Nations”, then "
                "about five minutes on foot.</li>"
                "<li><strong>By train:</strong> from Geneva Cornavin station the "
                "Mission is about fifteen minutes on foot or a few minutes by tram or "
                "bus.</li>"
                "<li><strong>From the airport:</strong> Geneva Airport is 15 to 20 "
                "minutes away by taxi or bus.</li>"
                "<li><strong>By car:</strong> parking spaces in the area are limited; "
                "public car parks are available near the Place des Nations.</li>"
                "</ul>"
                "<p>For consular matters, please see the page on consular services, "
                "which lists the documents required and the hours when the consular "
                "section receives visitors.</p>"
            ),
            "ru": (
                "<p>Представительство расположено в международном квартале Женевы, в "
                "нескольких минутах ходьбы от Дворца Наций и штаб-квартир ряда "
                "международных организаций.</p>"
                "<h2>Адрес</h2>"
                "<p><strong>Постоянное представительство Республики "
                "Узбекистан</strong></p>"
                "<p>Rue de Varembé 3, 1202 Женева, Швейцария</p>"
                "<ul>"
                "<li>Телефон: +41 22 000 00 00, +41 22 000 00 01</li>"
                "<li>Электронная почта: mission@example.org</li>"
                "</ul>"
                "<h2>Часы работы</h2>"
                "<p>С понедельника по пятницу, 9:00–13:00 и 14:00–18:00. "
                "Представительство не работает по субботам и воскресеньям, в "
                "праздничные дни Республики Узбекистан и в некоторые праздничные дни "
                "кантона Женева. Посетителей принимают по предварительной записи: "
                "пожалуйста, заранее свяжитесь с Представительством по телефону или "
                "электронной почте.</p>"
                "<h2>Как добраться</h2>"
                "<ul>"
                "<li><strong>На трамвае или автобусе:</strong> до остановки «Nations», "
                "далее около пяти минут пешком.</li>"
                "<li><strong>На поезде:</strong> от вокзала Женева-Корнавен до "
                "Представительства около пятнадцати минут пешком или несколько минут "
                "на трамвае или автобусе.</li>"
                "<li><strong>Из аэропорта:</strong> от аэропорта Женевы 15–20 минут на "
                "такси или автобусе.</li>"
                "<li><strong>На автомобиле:</strong> мест для парковки в районе "
                "немного; общественные парковки есть рядом с площадью Наций.</li>"
                "</ul>"
                "<p>По консульским вопросам см. страницу «Консульские услуги», где "
                "перечислены необходимые документы и указаны часы приёма консульского "
                "отдела.</p>"
            ),
            "uz": (
                "<p>Vakolatxona Jenevaning xalqaro mavzesida, Millatlar saroyi va bir "
                "qator xalqaro tashkilotlarning qarorgohlaridan piyoda bir necha "
                "daqiqalik masofada joylashgan.</p>"
                "<h2>Manzil</h2>"
                "<p><strong>Oʻzbekiston Respublikasining Doimiy "
                "vakolatxonasi</strong></p>"
                "<p>Rue de Varembé 3, 1202 Jeneva, Shveytsariya</p>"
                "<ul>"
                "<li>Telefon: +41 22 000 00 00, +41 22 000 00 01</li>"
                "<li>Elektron pochta: mission@example.org</li>"
                "</ul>"
                "<h2>Ish vaqti</h2>"
                "<p>Dushanbadan jumagacha, soat 9:00–13:00 va 14:00–18:00. Shanba va "
                "yakshanba kunlari, Oʻzbekiston Respublikasining bayram kunlari hamda "
                "Jeneva kantonining ayrim bayram kunlarida Vakolatxona ishlamaydi. "
                "Tashrif buyuruvchilar oldindan kelishilgan vaqtda qabul qilinadi: "
                "iltimos, Vakolatxona bilan telefon yoki elektron pochta orqali "
                "oldindan bogʻlaning.</p>"
                "<h2>Qanday yetib kelish mumkin</h2>"
                "<ul>"
                "<li><strong>Tramvay yoki avtobusda:</strong> «Nations» bekatigacha, u "
                "yerdan piyoda taxminan besh daqiqa.</li>"
                "<li><strong>Poyezdda:</strong> Jeneva-Kornaven vokzalidan "
                "Vakolatxonagacha piyoda taxminan oʻn besh daqiqa yoki tramvay yoxud "
                "avtobusda bir necha daqiqa.</li>"
                "<li><strong>Aeroportdan:</strong> Jeneva aeroportidan taksi yoki "
                "avtobusda 15–20 daqiqa.</li>"
                "<li><strong>Avtomobilda:</strong> hududda avtomobil qoʻyish joylari "
                "kam; Millatlar maydoni yaqinida jamoat avtoturargohlari bor.</li>"
                "</ul>"
                "<p>Konsullik masalalari boʻyicha zarur hujjatlar roʻyxati va "
                "konsullik boʻlimining qabul vaqti keltirilgan «Konsullik xizmatlari» "
                "sahifasiga qarang.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "cooperation",
        "parent": None,
        "title": {
            "en": "Cooperation with International Organisations",
            "ru": "Сотрудничество с международными организациями",
            "uz": "Xalqaro tashkilotlar bilan hamkorlik",
        },
        "body": {
            "en": (
                "<p>Uzbekistan became a member of the United Nations on 2 March 1992, "
                "a few months after gaining independence. Since then, multilateral "
                "cooperation has become an important part of the country’s foreign "
                "policy, and Geneva is one of the places where much of this work is "
                "done.</p>"
                "<h2>Main areas</h2>"
                "<ul>"
                "<li><strong>Human rights.</strong> Engagement with the Human Rights "
                "Council, the Universal Periodic Review, the treaty bodies and the "
                "special procedures.</li>"
                "<li><strong>Health and social affairs.</strong> Cooperation with the "
                "World Health Organization, the International Labour Organization and "
                "humanitarian agencies.</li>"
                "<li><strong>Trade and development.</strong> Negotiations on accession "
                "to the World Trade Organization and work with UNCTAD and the "
                "International Trade Centre.</li>"
                "<li><strong>Innovation and communications.</strong> Intellectual "
                "property, digital development and telecommunications, together with "
                "WIPO and the International Telecommunication Union.</li>"
                "<li><strong>Environment and climate.</strong> The consequences of the "
                "drying of the Aral Sea, water management and adaptation to climate "
                "change.</li>"
                "</ul>"
                "<h2>Approach</h2>"
                "<p>Uzbekistan looks for practical results from cooperation: expert "
                "advice on new legislation, training for public servants and projects "
                "that improve services for citizens. The Mission follows these "
                "programmes, brings partners together and reports on progress to the "
                "ministries concerned in Tashkent.</p>"
                "<p>Central Asia is another focus. Uzbekistan supports regional "
                "dialogue on water, energy, transport and connectivity, and raises "
                "these subjects in Geneva when international organisations discuss "
                "them.</p>"
                "<p>The pages of this section describe cooperation with the United "
                "Nations and the specialized agencies, and the process of accession to "
                "the World Trade Organization.</p>"
            ),
            "ru": (
                "<p>Узбекистан стал членом Организации Объединённых Наций 2 марта 1992 "
                "года, через несколько месяцев после обретения независимости. С тех "
                "пор многостороннее сотрудничество стало важной частью внешней "
                "политики страны, а Женева — одним из мест, где ведётся значительная "
                "часть этой работы.</p>"
                "<h2>Основные направления</h2>"
                "<ul>"
                "<li><strong>Права человека.</strong> Взаимодействие с Советом по "
                "правам человека, механизмом Универсального периодического обзора, "
                "договорными органами и специальными процедурами.</li>"
                "<li><strong>Здравоохранение и социальные вопросы.</strong> "
                "Сотрудничество со Всемирной организацией здравоохранения, "
                "Международной организацией труда и гуманитарными учреждениями.</li>"
                "<li><strong>Торговля и развитие.</strong> Переговоры о вступлении во "
                "Всемирную торговую организацию, работа с ЮНКТАД и Международным "
                "торговым центром.</li>"
                "<li><strong>Инновации и связь.</strong> Интеллектуальная "
                "собственность, цифровое развитие и электросвязь — совместно с ВОИС и "
                "Международным союзом электросвязи.</li>"
                "<li><strong>Окружающая среда и климат.</strong> Преодоление "
                "последствий высыхания Аральского моря, управление водными ресурсами и "
                "адаптация к изменению климата.</li>"
                "</ul>"
                "<h2>Подход</h2>"
                "<p>Узбекистан ожидает от сотрудничества практических результатов: "
                "экспертной помощи в подготовке новых законов, обучения "
                "государственных служащих и проектов, которые улучшают услуги для "
                "граждан. Представительство следит за ходом этих программ, помогает "
                "партнёрам наладить связи и информирует профильные министерства в "
                "Ташкенте о достигнутых результатах.</p>"
                "<p>Ещё одно важное направление — Центральная Азия. Узбекистан "
                "поддерживает региональный диалог по вопросам водных ресурсов, "
                "энергетики, транспорта и взаимосвязанности и поднимает эти темы в "
                "Женеве, когда их обсуждают международные организации.</p>"
                "<p>На страницах этого раздела рассказывается о сотрудничестве с "
                "Организацией Объединённых Наций и специализированными учреждениями, а "
                "также о процессе вступления во Всемирную торговую организацию.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston mustaqillikka erishganidan bir necha oy oʻtib, "
                "1992-yil 2-martda Birlashgan Millatlar Tashkilotiga aʼzo boʻldi. "
                "Shundan buyon koʻp tomonlama hamkorlik mamlakat tashqi siyosatining "
                "muhim qismiga aylandi, Jeneva esa bu ishlarning katta qismi olib "
                "boriladigan joylardan biridir.</p>"
                "<h2>Asosiy yoʻnalishlar</h2>"
                "<ul>"
                "<li><strong>Inson huquqlari.</strong> Inson huquqlari boʻyicha "
                "kengash, Universal davriy sharh mexanizmi, shartnomaviy qoʻmitalar va "
                "maxsus protseduralar bilan hamkorlik.</li>"
                "<li><strong>Sogʻliqni saqlash va ijtimoiy masalalar.</strong> Jahon "
                "sogʻliqni saqlash tashkiloti, Xalqaro mehnat tashkiloti va gumanitar "
                "tashkilotlar bilan hamkorlik.</li>"
                "<li><strong>Savdo va taraqqiyot.</strong> Jahon savdo tashkilotiga "
                "aʼzo boʻlish boʻyicha muzokaralar, UNCTAD va Xalqaro savdo markazi "
                "bilan ishlash.</li>"
                "<li><strong>Innovatsiyalar va aloqa.</strong> Butunjahon intellektual "
                "mulk tashkiloti va Xalqaro elektraloqa ittifoqi bilan birgalikda "
                "intellektual mulk, raqamli rivojlanish va telekommunikatsiya "
                "masalalari.</li>"
                "<li><strong>Atrof-muhit va iqlim.</strong> Orol dengizi qurishi "
                "oqibatlarini bartaraf etish, suv resurslarini boshqarish va iqlim "
                "oʻzgarishiga moslashish.</li>"
                "</ul>"
                "<h2>Yondashuv</h2>"
                "<p>Oʻzbekiston hamkorlikdan amaliy natijalar kutadi: yangi qonunlar "
                "tayyorlashda ekspert maslahatlari, davlat xizmatchilarini oʻqitish va "
                "fuqarolarga koʻrsatiladigan xizmatlarni yaxshilaydigan loyihalar. "
                "Vakolatxona ushbu dasturlarni kuzatib boradi, hamkorlarni bir-biri "
                "bilan bogʻlaydi va Toshkentdagi tegishli vazirliklarni erishilgan "
                "natijalar haqida xabardor qiladi.</p>"
                "<p>Markaziy Osiyo yana bir muhim yoʻnalishdir. Oʻzbekiston suv, "
                "energetika, transport va oʻzaro bogʻliqlik masalalari boʻyicha "
                "mintaqaviy muloqotni qoʻllab-quvvatlaydi hamda bu mavzular xalqaro "
                "tashkilotlarda muhokama qilinganda ularni Jenevada ham koʻtaradi.</p>"
                "<p>Ushbu boʻlim sahifalarida Birlashgan Millatlar Tashkiloti va "
                "ixtisoslashgan muassasalar bilan hamkorlik hamda Jahon savdo "
                "tashkilotiga aʼzo boʻlish jarayoni haqida soʻz boradi.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "united-nations",
        "parent": "cooperation",
        "title": {
            "en": "United Nations Office at Geneva",
            "ru": "Отделение ООН в Женеве",
            "uz": "BMTning Jenevadagi boʻlimi",
        },
        "body": {
            "en": (
                "<p>The United Nations Office at Geneva is the second largest centre "
                "of the United Nations after the Headquarters in New York. Thousands "
                "of meetings are held every year at the Palais des Nations, which was "
                "built in the 1930s for the League of Nations and is today surrounded "
                "by the offices of many United Nations entities.</p>"
                "<h2>Human Rights Council</h2>"
                "<p>The Human Rights Council consists of 47 Member States elected by "
                "the General Assembly and meets in Geneva at least three times a year. "
                "Uzbekistan was a member of the Council for the 2021–2023 term and "
                "continues to take part in its sessions as an observer State. The "
                "delegation follows the interactive dialogues, takes part in "
                "negotiations on resolutions and informs the Council about national "
                "legislation and practice.</p>"
                "<h3>Universal Periodic Review</h3>"
                "<p>The human rights situation in every Member State is examined under "
                "the Universal Periodic Review. Uzbekistan has taken part in every "
                "cycle of the review. Recommendations accepted by the Government are "
                "included in national action plans, and their implementation is "
                "discussed with civil society and international partners.</p>"
                "<h3>Treaty bodies</h3>"
                "<p>Uzbekistan is a party to most of the core international human "
                "rights treaties. It submits periodic reports to the committees that "
                "monitor their implementation, and the Mission supports the national "
                "delegations that present these reports in Geneva.</p>"
                "<h2>Other bodies</h2>"
                "<p>The Mission also follows the work of the Conference on "
                "Disarmament, the United Nations Economic Commission for Europe, of "
                "which Uzbekistan is a member, and the humanitarian agencies based in "
                "Geneva. Documents and meeting schedules are published by the <a "
                'href="https://www.ungeneva.org/">United Nations Office at Geneva</a> '
                'and the <a href="https://www.ohchr.org/">Office of the High '
                "Commissioner for Human Rights</a>.</p>"
            ),
            "ru": (
                "<p>Отделение Организации Объединённых Наций в Женеве — второй по "
                "величине центр ООН после Центральных учреждений в Нью-Йорке. Ежегодно "
                "во Дворце Наций, построенном в 1930-е годы для Лиги Наций, проходят "
                "тысячи заседаний; сегодня вокруг него расположены офисы многих "
                "структур ООН.</p>"
                "<h2>Совет по правам человека</h2>"
                "<p>Совет по правам человека состоит из 47 государств — членов ООН, "
                "избираемых Генеральной Ассамблеей, и собирается в Женеве не реже трёх "
                "раз в год. Узбекистан был членом Совета в 2021–2023 годах и "
                "продолжает участвовать в его сессиях в качестве "
                "государства-наблюдателя. Делегация следит за ходом интерактивных "
                "диалогов, участвует в переговорах по резолюциям и информирует Совет о "
                "национальном законодательстве и практике.</p>"
                "<h3>Универсальный периодический обзор</h3>"
                "<p>Положение с правами человека в каждом государстве — члене ООН "
                "рассматривается в рамках Универсального периодического обзора. "
                "Узбекистан участвовал во всех циклах обзора. Рекомендации, принятые "
                "правительством, включаются в национальные планы действий, а ход их "
                "выполнения обсуждается с гражданским обществом и международными "
                "партнёрами.</p>"
                "<h3>Договорные органы</h3>"
                "<p>Узбекистан является участником большинства основных международных "
                "договоров в области прав человека. Страна представляет периодические "
                "доклады комитетам, которые следят за их выполнением, а "
                "Представительство оказывает содействие национальным делегациям, "
                "представляющим эти доклады в Женеве.</p>"
                "<h2>Другие органы</h2>"
                "<p>Представительство также следит за работой Конференции по "
                "разоружению, Европейской экономической комиссии ООН, членом которой "
                "является Узбекистан, и гуманитарных учреждений, расположенных в "
                "Женеве. Документы и расписание заседаний публикуют <a "
                'href="https://www.ungeneva.org/">Отделение ООН в Женеве</a> и <a '
                'href="https://www.ohchr.org/">Управление Верховного комиссара ООН по '
                "правам человека</a>.</p>"
            ),
            "uz": (
                "<p>Birlashgan Millatlar Tashkilotining Jenevadagi boʻlimi "
                "Nyu-Yorkdagi Bosh qarorgohdan keyin BMTning ikkinchi yirik "
                "markazidir. 1930-yillarda Millatlar Ligasi uchun qurilgan Millatlar "
                "saroyida har yili minglab majlislar oʻtkaziladi, bugungi kunda uning "
                "atrofida BMTning koʻplab tuzilmalari idoralari joylashgan.</p>"
                "<h2>Inson huquqlari boʻyicha kengash</h2>"
                "<p>Inson huquqlari boʻyicha kengash Bosh Assambleya tomonidan "
                "saylanadigan 47 aʼzo davlatdan iborat boʻlib, Jenevada yiliga kamida "
                "uch marta yigʻiladi. Oʻzbekiston 2021–2023-yillarda Kengash aʼzosi "
                "boʻlgan va hozir ham uning sessiyalarida kuzatuvchi davlat sifatida "
                "ishtirok etib kelmoqda. Delegatsiya interaktiv muloqotlarni kuzatib "
                "boradi, rezolyutsiyalar boʻyicha muzokaralarda qatnashadi hamda "
                "Kengashni milliy qonunchilik va amaliyot haqida xabardor qiladi.</p>"
                "<h3>Universal davriy sharh</h3>"
                "<p>Har bir aʼzo davlatda inson huquqlari holati Universal davriy "
                "sharh doirasida koʻrib chiqiladi. Oʻzbekiston sharhning barcha "
                "davralarida ishtirok etgan. Hukumat tomonidan qabul qilingan "
                "tavsiyalar milliy harakatlar rejalariga kiritiladi, ularning "
                "bajarilishi esa fuqarolik jamiyati va xalqaro hamkorlar bilan "
                "muhokama qilinadi.</p>"
                "<h3>Shartnomaviy qoʻmitalar</h3>"
                "<p>Oʻzbekiston inson huquqlariga oid asosiy xalqaro shartnomalarning "
                "aksariyatida ishtirok etadi. Mamlakat ularning bajarilishini nazorat "
                "qiluvchi qoʻmitalarga davriy maʼruzalar taqdim etadi, Vakolatxona esa "
                "ushbu maʼruzalarni Jenevada taqdim etuvchi milliy delegatsiyalarga "
                "koʻmaklashadi.</p>"
                "<h2>Boshqa tuzilmalar</h2>"
                "<p>Vakolatxona shuningdek Qurolsizlanish boʻyicha konferensiya, "
                "Oʻzbekiston aʼzo boʻlgan BMT Yevropa iqtisodiy komissiyasi va "
                "Jenevada joylashgan gumanitar tashkilotlar faoliyatini kuzatib "
                "boradi. Hujjatlar va majlislar jadvali <a "
                'href="https://www.ungeneva.org/">BMTning Jenevadagi boʻlimi</a> hamda '
                '<a href="https://www.ohchr.org/">BMT Inson huquqlari boʻyicha Oliy '
                "komissarining boshqarmasi</a> saytlarida eʼlon qilinadi.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "specialized-agencies",
        "parent": "cooperation",
        "title": {
            "en": "Specialized Agencies and Other Organisations",
            "ru": "Специализированные учреждения и другие организации",
            "uz": "Ixtisoslashgan muassasalar va boshqa tashkilotlar",
        },
        "body": {
            "en": (
                "<p>Several specialized agencies of the United Nations and other "
                "international organisations have their headquarters in Geneva. The "
                "Mission represents Uzbekistan in their governing bodies and follows "
                "their programmes in the country.</p>"
                "<ul>"
                "<li><strong>World Health Organization (WHO).</strong> A delegation of "
                "Uzbekistan takes part in the annual World Health Assembly. "
                "Cooperation covers primary health care, the health of mothers and "
                "children, immunisation and the prevention of non-communicable "
                "diseases.</li>"
                "<li><strong>International Labour Organization (ILO).</strong> "
                "Uzbekistan works with the ILO on labour standards, employment policy "
                "and social protection. Joint work with the ILO and the social "
                "partners helped to end systemic child labour and forced labour in the "
                "cotton harvest.</li>"
                "<li><strong>World Intellectual Property Organization (WIPO).</strong> "
                "Support for the national intellectual property system, for innovation "
                "and for the protection of traditional crafts and geographical "
                "indications.</li>"
                "<li><strong>International Telecommunication Union (ITU).</strong> "
                "Digital development, management of radio frequencies and broadband "
                "access in rural areas.</li>"
                "<li><strong>World Meteorological Organization (WMO).</strong> Weather "
                "and climate services, early warning of natural hazards and the "
                "monitoring of glaciers and water resources in Central Asia.</li>"
                "<li><strong>UN Trade and Development (UNCTAD).</strong> Investment "
                "policy, trade facilitation and support for landlocked developing "
                "countries.</li>"
                "</ul>"
                "<p>The Mission also keeps in regular contact with the International "
                "Organization for Migration, the Office of the United Nations High "
                "Commissioner for Refugees and the International Committee of the Red "
                "Cross.</p>"
                "<p>Information on specific projects can be obtained from the Mission "
                "and from the websites of the organisations concerned.</p>"
            ),
            "ru": (
                "<p>В Женеве находятся штаб-квартиры ряда специализированных "
                "учреждений ООН и других международных организаций. Представительство "
                "представляет Узбекистан в их руководящих органах и следит за "
                "реализацией их программ в стране.</p>"
                "<ul>"
                "<li><strong>Всемирная организация здравоохранения (ВОЗ).</strong> "
                "Делегация Узбекистана участвует в ежегодной Всемирной ассамблее "
                "здравоохранения. Сотрудничество охватывает первичную "
                "медико-санитарную помощь, охрану здоровья матери и ребёнка, "
                "иммунизацию и профилактику неинфекционных заболеваний.</li>"
                "<li><strong>Международная организация труда (МОТ).</strong> "
                "Узбекистан сотрудничает с МОТ в области трудовых норм, политики "
                "занятости и социальной защиты. Совместная работа с МОТ и социальными "
                "партнёрами помогла покончить с системным детским и принудительным "
                "трудом на сборе хлопка.</li>"
                "<li><strong>Всемирная организация интеллектуальной собственности "
                "(ВОИС).</strong> Поддержка национальной системы интеллектуальной "
                "собственности, инноваций, а также охрана традиционных ремёсел и "
                "географических указаний.</li>"
                "<li><strong>Международный союз электросвязи (МСЭ).</strong> Цифровое "
                "развитие, управление радиочастотами и широкополосный доступ в "
                "сельской местности.</li>"
                "<li><strong>Всемирная метеорологическая организация (ВМО).</strong> "
                "Метеорологическое и климатическое обслуживание, раннее оповещение о "
                "стихийных бедствиях, наблюдение за ледниками и водными ресурсами "
                "Центральной Азии.</li>"
                "<li><strong>ООН по торговле и развитию (ЮНКТАД).</strong> "
                "Инвестиционная политика, упрощение процедур торговли и поддержка "
                "развивающихся стран, не имеющих выхода к морю.</li>"
                "</ul>"
                "<p>Представительство также поддерживает регулярные контакты с "
                "Международной организацией по миграции, Управлением Верховного "
                "комиссара ООН по делам беженцев и Международным комитетом Красного "
                "Креста.</p>"
                "<p>Сведения о конкретных проектах можно получить в Представительстве "
                "и на сайтах соответствующих организаций.</p>"
            ),
            "uz": (
                "<p>Jenevada BMTning bir qator ixtisoslashgan muassasalari va boshqa "
                "xalqaro tashkilotlarning qarorgohlari joylashgan. Vakolatxona "
                "ularning boshqaruv organlarida Oʻzbekiston nomidan vakillik qiladi va "
                "mamlakatdagi dasturlarining borishini kuzatib boradi.</p>"
                "<ul>"
                "<li><strong>Jahon sogʻliqni saqlash tashkiloti (JSST).</strong> "
                "Oʻzbekiston delegatsiyasi har yili oʻtkaziladigan Jahon sogʻliqni "
                "saqlash assambleyasida ishtirok etadi. Hamkorlik birlamchi "
                "tibbiy-sanitariya yordami, ona va bola salomatligi, emlash hamda "
                "yuqumli boʻlmagan kasalliklarning oldini olishni qamrab oladi.</li>"
                "<li><strong>Xalqaro mehnat tashkiloti (XMT).</strong> Oʻzbekiston XMT "
                "bilan mehnat standartlari, bandlik siyosati va ijtimoiy himoya "
                "sohasida hamkorlik qiladi. XMT va ijtimoiy sheriklar bilan olib "
                "borilgan birgalikdagi ish paxta terimida tizimli bolalar mehnati va "
                "majburiy mehnatga barham berishga yordam berdi.</li>"
                "<li><strong>Butunjahon intellektual mulk tashkiloti (BIMT).</strong> "
                "Milliy intellektual mulk tizimi va innovatsiyalarni "
                "qoʻllab-quvvatlash, anʼanaviy hunarmandchilik va geografik "
                "koʻrsatkichlarni muhofaza qilish.</li>"
                "<li><strong>Xalqaro elektraloqa ittifoqi (XEI).</strong> Raqamli "
                "rivojlanish, radiochastotalarni boshqarish va qishloq joylarda keng "
                "polosali internetdan foydalanish imkoniyati.</li>"
                "<li><strong>Butunjahon meteorologiya tashkiloti (BMO).</strong> "
                "Ob-havo va iqlim xizmatlari, tabiiy xavflar haqida erta "
                "ogohlantirish, Markaziy Osiyodagi muzliklar va suv resurslari "
                "monitoringi.</li>"
                "<li><strong>BMT Savdo va taraqqiyot tashkiloti (UNCTAD).</strong> "
                "Investitsiya siyosati, savdo tartib-taomillarini soddalashtirish va "
                "dengizga chiqish imkoniyati boʻlmagan rivojlanayotgan mamlakatlarni "
                "qoʻllab-quvvatlash.</li>"
                "</ul>"
                "<p>Vakolatxona shuningdek Xalqaro migratsiya tashkiloti, BMT "
                "Qochqinlar ishlari boʻyicha Oliy komissarining boshqarmasi va Xalqaro "
                "Qizil Xoch qoʻmitasi bilan muntazam aloqada boʻladi.</p>"
                "<p>Muayyan loyihalar haqidagi maʼlumotlarni Vakolatxonadan va "
                "tegishli tashkilotlarning saytlaridan olish mumkin.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "wto-accession",
        "parent": "cooperation",
        "title": {
            "en": "Accession to the World Trade Organization",
            "ru": "Вступление во Всемирную торговую организацию",
            "uz": "",
        },
        "body": {
            "en": (
                "<p>Accession to the World Trade Organization is one of the priorities "
                "of Uzbekistan’s economic policy. Membership is expected to support "
                "the integration of the economy into international trade, make the "
                "rules for business more predictable and widen access to foreign "
                "markets for Uzbek producers.</p>"
                "<h2>Background</h2>"
                "<p>Uzbekistan applied for membership in 1994, and a Working Party to "
                "examine its application was established the same year. After the "
                "first meetings, the process slowed down for a long period. It was "
                "resumed in 2020, when the Working Party met again for the first time "
                "in many years, and since then the negotiations have advanced at a "
                "steady pace.</p>"
                "<h2>How accession works</h2>"
                "<ol>"
                "<li>The applicant describes its trade and economic regime in a "
                "memorandum and answers written questions from WTO members.</li>"
                "<li>The Working Party reviews national legislation to make sure that "
                "it is consistent with the WTO agreements.</li>"
                "<li>Bilateral negotiations are held with interested members on market "
                "access for goods and services.</li>"
                "<li>The results are brought together in a report and an accession "
                "package, which are submitted to the General Council or the "
                "Ministerial Conference for approval.</li>"
                "</ol>"
                "<h2>The role of the Mission</h2>"
                "<p>The Mission supports the negotiating team from Tashkent, organises "
                "bilateral meetings in Geneva and keeps in close contact with the WTO "
                "Secretariat and the Chair of the Working Party. Up-to-date "
                "information on the process is available on the <a "
                'href="https://www.wto.org/">website of the World Trade '
                "Organization</a>.</p>"
            ),
            "ru": (
                "<p>Вступление во Всемирную торговую организацию — один из приоритетов "
                "экономической политики Узбекистана. Ожидается, что членство будет "
                "способствовать интеграции экономики в международную торговлю, сделает "
                "правила ведения бизнеса более предсказуемыми и расширит доступ "
                "узбекских производителей на зарубежные рынки.</p>"
                "<h2>Предыстория</h2>"
                "<p>Узбекистан подал заявку на вступление в 1994 году, и в том же году "
                "была создана Рабочая группа для её рассмотрения. После первых "
                "заседаний процесс надолго замедлился. Он возобновился в 2020 году, "
                "когда Рабочая группа впервые за много лет собралась вновь, и с тех "
                "пор переговоры продвигаются в устойчивом темпе.</p>"
                "<h2>Как проходит присоединение</h2>"
                "<ol>"
                "<li>Страна-кандидат описывает свой торговый и экономический режим в "
                "меморандуме и отвечает на письменные вопросы членов ВТО.</li>"
                "<li>Рабочая группа изучает национальное законодательство на предмет "
                "его соответствия соглашениям ВТО.</li>"
                "<li>С заинтересованными членами проводятся двусторонние переговоры о "
                "доступе на рынки товаров и услуг.</li>"
                "<li>Итоги сводятся в доклад и пакет документов о присоединении, "
                "которые представляются на утверждение Генеральному совету или "
                "Министерской конференции.</li>"
                "</ol>"
                "<h2>Роль Представительства</h2>"
                "<p>Представительство оказывает поддержку переговорной группе из "
                "Ташкента, организует двусторонние встречи в Женеве и поддерживает "
                "тесные контакты с Секретариатом ВТО и председателем Рабочей группы. "
                "Актуальная информация о ходе процесса размещена на <a "
                'href="https://www.wto.org/">сайте Всемирной торговой '
                "организации</a>.</p>"
            ),
            "uz": "",
        },
        "show_in_menu": True,
    },
    {
        "slug": "about-uzbekistan",
        "parent": None,
        "title": {
            "en": "About Uzbekistan",
            "ru": "Об Узбекистане",
            "uz": "Oʻzbekiston haqida",
        },
        "body": {
            "en": (
                "<p>The Republic of Uzbekistan lies in the heart of Central Asia, "
                "between the Amu Darya and Syr Darya rivers. It borders Kazakhstan, "
                "Kyrgyzstan, Tajikistan, Afghanistan and Turkmenistan, and is one of "
                "only two doubly landlocked countries in the world.</p>"
                "<ul>"
                "<li><strong>Capital:</strong> Tashkent</li>"
                "<li><strong>Area:</strong> about 449,000 square kilometres</li>"
                "<li><strong>Population:</strong> more than 36 million people</li>"
                "<li><strong>State language:</strong> Uzbek</li>"
                "<li><strong>Currency:</strong> Uzbek sum (UZS)</li>"
                "<li><strong>Independence Day:</strong> 1 September</li>"
                "</ul>"
                "<h2>State structure</h2>"
                "<p>Uzbekistan is a presidential republic. The Parliament, the Oliy "
                "Majlis, consists of two chambers: the Legislative Chamber and the "
                "Senate. The country is divided into twelve regions, the Republic of "
                "Karakalpakstan and the city of Tashkent. A renewed Constitution was "
                "adopted by referendum in 2023.</p>"
                "<h2>Land and nature</h2>"
                "<p>Most of the territory consists of plains and deserts, including "
                "the Kyzylkum, while the east is occupied by the spurs of the Tian "
                "Shan and Pamir-Alay mountains. The fertile Fergana Valley is one of "
                "the most densely populated areas of Central Asia. The climate is "
                "continental, with hot, dry summers and cool winters.</p>"
                "<p>The pages of this section present the history, culture, economy "
                "and main tourist destinations of Uzbekistan.</p>"
            ),
            "ru": (
                "<p>Республика Узбекистан расположена в самом центре Центральной Азии, "
                "между реками Амударья и Сырдарья. Она граничит с Казахстаном, "
                "Кыргызстаном, Таджикистаном, Афганистаном и Туркменистаном и является "
                "одной из двух стран мира, отделённых от моря территорией как минимум "
                "двух государств.</p>"
                "<ul>"
                "<li><strong>Столица:</strong> Ташкент</li>"
                "<li><strong>Площадь:</strong> около 449 тысяч квадратных "
                "километров</li>"
                "<li><strong>Население:</strong> более 36 миллионов человек</li>"
                "<li><strong>Государственный язык:</strong> узбекский</li>"
                "<li><strong>Денежная единица:</strong> узбекский сум (UZS)</li>"
                "<li><strong>День независимости:</strong> 1 сентября</li>"
                "</ul>"
                "<h2>Государственное устройство</h2>"
                "<p>Узбекистан — президентская республика. Парламент, Олий Мажлис, "
                "состоит из двух палат: Законодательной палаты и Сената. В "
                "административном отношении страна делится на двенадцать областей, "
                "Республику Каракалпакстан и город Ташкент. В 2023 году на референдуме "
                "была принята Конституция в новой редакции.</p>"
                "<h2>Природа</h2>"
                "<p>Большую часть территории занимают равнины и пустыни, в том числе "
                "Кызылкум, а на востоке расположены отроги Тянь-Шаня и Памиро-Алая. "
                "Плодородная Ферганская долина — один из самых густонаселённых районов "
                "Центральной Азии. Климат континентальный, с жарким сухим летом и "
                "прохладной зимой.</p>"
                "<p>На страницах этого раздела рассказывается об истории, культуре, "
                "экономике и главных туристических направлениях Узбекистана.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston Respublikasi Markaziy Osiyoning qoq markazida, "
                "Amudaryo va Sirdaryo oraligʻida joylashgan. U Qozogʻiston, "
                "Qirgʻiziston, Tojikiston, Afgʻoniston va Turkmaniston bilan "
                "chegaradosh boʻlib, dunyodagi dengizga chiqish uchun kamida ikki "
                "davlat hududini kesib oʻtish kerak boʻlgan ikki mamlakatdan "
                "biridir.</p>"
                "<ul>"
                "<li><strong>Poytaxti:</strong> Toshkent</li>"
                "<li><strong>Maydoni:</strong> taxminan 449 ming kvadrat kilometr</li>"
                "<li><strong>Aholisi:</strong> 36 million kishidan ortiq</li>"
                "<li><strong>Davlat tili:</strong> oʻzbek tili</li>"
                "<li><strong>Pul birligi:</strong> oʻzbek soʻmi (UZS)</li>"
                "<li><strong>Mustaqillik kuni:</strong> 1-sentabr</li>"
                "</ul>"
                "<h2>Davlat tuzilishi</h2>"
                "<p>Oʻzbekiston prezidentlik respublikasidir. Parlament — Oliy Majlis "
                "ikki palatadan: Qonunchilik palatasi va Senatdan iborat. Maʼmuriy "
                "jihatdan mamlakat oʻn ikki viloyat, Qoraqalpogʻiston Respublikasi va "
                "Toshkent shahriga boʻlinadi. 2023-yilda referendum orqali yangi "
                "tahrirdagi Konstitutsiya qabul qilindi.</p>"
                "<h2>Tabiati</h2>"
                "<p>Hududning katta qismini tekisliklar va choʻllar, jumladan Qizilqum "
                "egallaydi, sharqda esa Tyanshan va Pomir-Oloy togʻlarining tizmalari "
                "joylashgan. Unumdor Fargʻona vodiysi Markaziy Osiyodagi eng zich "
                "aholi yashaydigan hududlardan biridir. Iqlimi kontinental: yozi issiq "
                "va quruq, qishi salqin.</p>"
                "<p>Ushbu boʻlim sahifalarida Oʻzbekistonning tarixi, madaniyati, "
                "iqtisodiyoti va asosiy turistik yoʻnalishlari haqida hikoya "
                "qilinadi.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "history",
        "parent": "about-uzbekistan",
        "title": {
            "en": "History",
            "ru": "История",
            "uz": "Tarix",
        },
        "body": {
            "en": (
                "<p>The land between the Amu Darya and the Syr Darya has been "
                "inhabited since ancient times. The early states of Sogdiana, Bactria "
                "and Khorezm developed irrigated farming, cities and trade long before "
                "the common era.</p>"
                "<h2>On the Great Silk Road</h2>"
                "<p>For many centuries the caravan routes of the Great Silk Road "
                "linked China with the Middle East and Europe through Samarkand, "
                "Bukhara and other cities of the region. Goods, technologies, "
                "religions and ideas travelled along these routes and turned the "
                "cities into centres of exchange and learning.</p>"
                "<h2>Scholars and dynasties</h2>"
                "<p>In the 9th and 10th centuries, under the Samanid dynasty, Bukhara "
                "was one of the leading centres of science and culture in the Islamic "
                "world. Scholars born in the region include the mathematician Muhammad "
                "al-Khwarizmi, the encyclopaedist Abu Rayhan al-Biruni and the "
                "physician and philosopher Ibn Sina, known in Europe as Avicenna.</p>"
                "<p>In the 14th century Amir Temur created a vast state with its "
                "capital in Samarkand. In the 15th century his grandson Mirzo Ulugbek "
                "built an observatory there, and its star catalogue remained a "
                "reference for astronomers for generations.</p>"
                "<h2>Modern times</h2>"
                "<p>Between the 16th and the 18th centuries the khanates of Bukhara, "
                "Khiva and Kokand were formed in the region. In the second half of the "
                "19th century it came under the control of the Russian Empire, and in "
                "1924 the Uzbek Soviet Socialist Republic was established.</p>"
                "<p>On 31 August 1991 Uzbekistan declared its independence, and 1 "
                "September is celebrated as Independence Day. The first Constitution "
                "of the independent state was adopted on 8 December 1992, the date now "
                "marked as Constitution Day.</p>"
            ),
            "ru": (
                "<p>Земли между Амударьёй и Сырдарьёй заселены с глубокой древности. "
                "Ранние государства — Согдиана, Бактрия и Хорезм — развивали орошаемое "
                "земледелие, города и торговлю задолго до нашей эры.</p>"
                "<h2>На Великом шёлковом пути</h2>"
                "<p>На протяжении многих веков караванные пути Великого шёлкового пути "
                "связывали Китай с Ближним Востоком и Европой через Самарканд, Бухару "
                "и другие города региона. По этим дорогам перемещались товары, "
                "технологии, религии и идеи, и города становились центрами обмена и "
                "просвещения.</p>"
                "<h2>Учёные и династии</h2>"
                "<p>В IX–X веках, при династии Саманидов, Бухара была одним из ведущих "
                "центров науки и культуры исламского мира. Уроженцами региона были "
                "математик Мухаммад аль-Хорезми, учёный-энциклопедист Абу Райхан "
                "аль-Бируни и врач и философ Ибн Сина, известный в Европе как "
                "Авиценна.</p>"
                "<p>В XIV веке Амир Темур создал обширное государство со столицей в "
                "Самарканде. В XV веке его внук Мирзо Улугбек построил здесь "
                "обсерваторию, звёздный каталог которой на протяжении поколений служил "
                "астрономам образцом.</p>"
                "<h2>Новое время</h2>"
                "<p>В XVI–XVIII веках в регионе сложились Бухарское, Хивинское и "
                "Кокандское ханства. Во второй половине XIX века край оказался под "
                "властью Российской империи, а в 1924 году была образована Узбекская "
                "Советская Социалистическая Республика.</p>"
                "<p>31 августа 1991 года Узбекистан провозгласил независимость, и 1 "
                "сентября отмечается как День независимости. Первая Конституция "
                "независимого государства была принята 8 декабря 1992 года; этот день "
                "отмечается как День Конституции.</p>"
            ),
            "uz": (
                "<p>Amudaryo va Sirdaryo oraligʻidagi yerlarda odamlar qadim "
                "zamonlardan beri yashab kelgan. Soʻgʻd, Baqtriya va Xorazm kabi ilk "
                "davlatlarda miloddan ancha avval sugʻorma dehqonchilik, shaharlar va "
                "savdo rivojlangan.</p>"
                "<h2>Buyuk Ipak yoʻlida</h2>"
                "<p>Koʻp asrlar davomida Buyuk Ipak yoʻlining karvon yoʻllari "
                "Samarqand, Buxoro va mintaqaning boshqa shaharlari orqali Xitoyni "
                "Yaqin Sharq va Yevropa bilan bogʻlagan. Bu yoʻllar boʻylab mollar, "
                "texnologiyalar, dinlar va gʻoyalar tarqalgan, shaharlar esa "
                "ayirboshlash va maʼrifat markazlariga aylangan.</p>"
                "<h2>Allomalar va sulolalar</h2>"
                "<p>IX–X asrlarda Somoniylar sulolasi davrida Buxoro islom olamidagi "
                "yetakchi ilm-fan va madaniyat markazlaridan biri boʻlgan. Bu zamindan "
                "matematik Muhammad al-Xorazmiy, qomusiy olim Abu Rayhon Beruniy hamda "
                "Yevropada Avitsenna nomi bilan tanilgan tabib va faylasuf Abu Ali ibn "
                "Sino yetishib chiqqan.</p>"
                "<p>XIV asrda Amir Temur poytaxti Samarqand boʻlgan ulkan davlatga "
                "asos soldi. XV asrda uning nabirasi Mirzo Ulugʻbek bu yerda rasadxona "
                "qurdirdi, uning yulduzlar jadvali avlodlar davomida astronomlar uchun "
                "namuna boʻlib xizmat qildi.</p>"
                "<h2>Yangi davr</h2>"
                "<p>XVI–XVIII asrlarda mintaqada Buxoro, Xiva va Qoʻqon xonliklari "
                "tashkil topdi. XIX asrning ikkinchi yarmida oʻlka Rossiya imperiyasi "
                "hukmronligi ostiga oʻtdi, 1924-yilda esa Oʻzbekiston Sovet "
                "Sotsialistik Respublikasi tuzildi.</p>"
                "<p>1991-yil 31-avgustda Oʻzbekiston oʻz mustaqilligini eʼlon qildi, "
                "1-sentabr esa Mustaqillik kuni sifatida nishonlanadi. Mustaqil "
                "davlatning birinchi Konstitutsiyasi 1992-yil 8-dekabrda qabul "
                "qilingan, bu sana Konstitutsiya kuni sifatida nishonlanadi.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "culture-and-traditions",
        "parent": "about-uzbekistan",
        "title": {
            "en": "Culture and Traditions",
            "ru": "Культура и традиции",
            "uz": "Madaniyat va anʼanalar",
        },
        "body": {
            "en": (
                "<p>The culture of Uzbekistan has been shaped over many centuries by "
                "settled and nomadic peoples, by the cities of the Silk Road and by a "
                "strong tradition of craftsmanship. Hospitality, respect for elders "
                "and close family ties remain central values.</p>"
                "<h2>Navruz and other celebrations</h2>"
                "<p>Navruz, the spring festival celebrated on 21 March, is one of the "
                "most loved holidays. Families prepare sumalak, a sweet dish of "
                "sprouted wheat that is cooked through the night, and towns and "
                "villages hold fairs, concerts and games. Weddings and family "
                "celebrations are accompanied by music, dancing and a large shared "
                "meal.</p>"
                "<h2>Plov</h2>"
                "<p>Plov, rice cooked with meat, carrots, onions and spices in a large "
                "cauldron, is served to guests and at every celebration, and each "
                "region has its own recipe. The culture and tradition of plov is "
                "inscribed on the UNESCO Representative List of the Intangible "
                "Cultural Heritage of Humanity.</p>"
                "<h2>Music and crafts</h2>"
                "<ul>"
                "<li><strong>Shashmaqom</strong>, a classical musical tradition of "
                "Bukhara and other cities, combining vocal and instrumental parts;</li>"
                "<li><strong>silk weaving</strong> in Margilan, where the bright ikat "
                "fabrics known as atlas and adras are made;</li>"
                "<li><strong>ceramics</strong> from Rishtan and Gijduvan, each with "
                "its own colours and patterns;</li>"
                "<li><strong>suzani</strong>, embroidered textiles decorated with "
                "flowers and sun motifs;</li>"
                "<li><strong>carved wood and chased metal</strong>, seen in old doors, "
                "columns and copper dishes.</li>"
                "</ul>"
                "<p>The mahalla, the neighbourhood community, plays an important part "
                "in everyday life, bringing residents together for celebrations, "
                "mutual help and local decisions. Literature holds a special place as "
                "well: the 15th-century poet and thinker Alisher Navoi is regarded as "
                "the founder of classical Uzbek literature.</p>"
            ),
            "ru": (
                "<p>Культура Узбекистана складывалась на протяжении многих веков под "
                "влиянием оседлых и кочевых народов, городов Шёлкового пути и богатых "
                "ремесленных традиций. Гостеприимство, уважение к старшим и крепкие "
                "семейные связи по-прежнему остаются главными ценностями.</p>"
                "<h2>Навруз и другие праздники</h2>"
                "<p>Навруз — весенний праздник, который отмечают 21 марта, — один из "
                "самых любимых. Семьи готовят сумаляк, сладкое блюдо из пророщенной "
                "пшеницы, которое варят всю ночь, а в городах и сёлах проходят "
                "ярмарки, концерты и народные игры. Свадьбы и семейные торжества "
                "сопровождаются музыкой, танцами и большим общим застольем.</p>"
                "<h2>Плов</h2>"
                "<p>Плов — рис, приготовленный с мясом, морковью, луком и пряностями в "
                "большом казане, — подают гостям и на любом празднике, и в каждом "
                "регионе есть свой рецепт. Культура и традиции плова включены в "
                "Репрезентативный список нематериального культурного наследия "
                "человечества ЮНЕСКО.</p>"
                "<h2>Музыка и ремёсла</h2>"
                "<ul>"
                "<li><strong>Шашмаком</strong> — классическая музыкальная традиция "
                "Бухары и других городов, сочетающая вокальные и инструментальные "
                "части;</li>"
                "<li><strong>шелкоткачество</strong> в Маргилане, где производят яркие "
                "ткани в технике икат — атлас и адрас;</li>"
                "<li><strong>керамика</strong> Риштана и Гиждувана, у каждой из "
                "которых свои цвета и узоры;</li>"
                "<li><strong>сюзане</strong> — вышитые полотна с цветочными и "
                "солнечными мотивами;</li>"
                "<li><strong>резьба по дереву и чеканка по металлу</strong>, которые "
                "можно увидеть на старинных дверях, колоннах и медной посуде.</li>"
                "</ul>"
                "<p>Махалля, соседская община, играет важную роль в повседневной "
                "жизни: она объединяет жителей для праздников, взаимопомощи и решения "
                "местных вопросов. Особое место занимает и литература: поэт и "
                "мыслитель XV века Алишер Навои считается основоположником "
                "классической узбекской литературы.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston madaniyati koʻp asrlar davomida oʻtroq va koʻchmanchi "
                "xalqlar, Ipak yoʻli shaharlari hamda boy hunarmandchilik anʼanalari "
                "taʼsirida shakllangan. Mehmondoʻstlik, kattalarga hurmat va mustahkam "
                "oilaviy rishtalar bugun ham asosiy qadriyatlar boʻlib qolmoqda.</p>"
                "<h2>Navroʻz va boshqa bayramlar</h2>"
                "<p>21-martda nishonlanadigan bahor bayrami Navroʻz eng sevimli "
                "bayramlardan biridir. Oilalar undirilgan bugʻdoydan tun boʻyi "
                "pishiriladigan shirin taom — sumalak tayyorlaydi, shahar va "
                "qishloqlarda sayllar, konsertlar va xalq oʻyinlari oʻtkaziladi. "
                "Toʻylar va oilaviy tantanalar musiqa, raqs va katta dasturxon bilan "
                "oʻtadi.</p>"
                "<h2>Palov</h2>"
                "<p>Katta qozonda goʻsht, sabzi, piyoz va ziravorlar bilan "
                "pishiriladigan guruch taomi — palov mehmonlarga va har qanday "
                "bayramda tortiladi, har bir hududning oʻz retsepti bor. Palov "
                "madaniyati va anʼanalari YUNESKOning Insoniyat nomoddiy madaniy "
                "merosi reprezentativ roʻyxatiga kiritilgan.</p>"
                "<h2>Musiqa va hunarmandchilik</h2>"
                "<ul>"
                "<li><strong>Shashmaqom</strong> — Buxoro va boshqa shaharlarning "
                "vokal va cholgʻu qismlarini birlashtirgan mumtoz musiqa anʼanasi;</li>"
                "<li><strong>ipak toʻqish</strong> — Margʻilonda abr usulidagi yorqin "
                "atlas va adras matolari toʻqiladi;</li>"
                "<li><strong>kulolchilik</strong> — har biri oʻz ranglari va "
                "naqshlariga ega Rishton va Gʻijduvon sopol buyumlari;</li>"
                "<li><strong>soʻzana</strong> — gul va quyosh naqshlari bilan "
                "bezatilgan kashtalar;</li>"
                "<li><strong>yogʻoch oʻymakorligi va misgarlik</strong> — ularni "
                "qadimiy eshiklar, ustunlar va mis idishlarda koʻrish mumkin.</li>"
                "</ul>"
                "<p>Mahalla — qoʻshnichilik jamoasi kundalik hayotda muhim oʻrin "
                "tutadi: u aholini bayramlar, oʻzaro yordam va mahalliy masalalarni "
                "hal qilish uchun birlashtiradi. Adabiyot ham alohida oʻrinda turadi: "
                "XV asrda yashagan shoir va mutafakkir Alisher Navoiy oʻzbek mumtoz "
                "adabiyotining asoschisi hisoblanadi.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "economy",
        "parent": "about-uzbekistan",
        "title": {
            "en": "Economy",
            "ru": "Экономика",
            "uz": "",
        },
        "body": {
            "en": (
                "<p>Uzbekistan has one of the largest economies in Central Asia and a "
                "young, growing population. Since 2017 the country has carried out "
                "broad economic reforms: the exchange rate was liberalised and the "
                "national currency made convertible for current transactions, many "
                "restrictions on foreign trade were lifted, the tax system was "
                "simplified and state-owned enterprises are being gradually "
                "transformed.</p>"
                "<h2>Main sectors</h2>"
                "<ul>"
                "<li><strong>Agriculture:</strong> fruit, vegetables, grain and "
                "cotton; fresh and dried fruit are important exports.</li>"
                "<li><strong>Industry:</strong> textiles, cars, chemicals, "
                "construction materials and food processing.</li>"
                "<li><strong>Natural resources:</strong> natural gas, gold, copper, "
                "uranium and other minerals.</li>"
                "<li><strong>Services:</strong> transport and logistics, information "
                "technology, banking and tourism.</li>"
                "</ul>"
                "<h2>Investment</h2>"
                "<p>The country seeks to attract foreign direct investment, in "
                "particular in renewable energy, processing industries and "
                "infrastructure. Special economic zones, public-private partnerships "
                "and the Tashkent International Investment Forum are among the tools "
                "used to bring investors and projects together.</p>"
                "<h2>Green economy</h2>"
                "<p>Large solar and wind power plants are under construction, and the "
                "country aims to increase the share of renewable sources in "
                "electricity generation. The development strategy “Uzbekistan – 2030” "
                "sets goals for economic growth, employment, the environment and the "
                "quality of public services.</p>"
                "<p>Statistical information on the economy is published by the "
                "national statistics authority at <a "
                'href="https://stat.uz/en">stat.uz</a>.</p>'
            ),
            "ru": (
                "<p>Экономика Узбекистана — одна из крупнейших в Центральной Азии, а "
                "население страны молодое и растущее. С 2017 года в стране проводятся "
                "масштабные экономические реформы: обменный курс был либерализован, а "
                "национальная валюта стала конвертируемой по текущим операциям, многие "
                "ограничения во внешней торговле сняты, налоговая система упрощена, "
                "государственные предприятия постепенно преобразуются.</p>"
                "<h2>Основные отрасли</h2>"
                "<ul>"
                "<li><strong>Сельское хозяйство:</strong> фрукты, овощи, зерно и "
                "хлопок; свежие и сушёные фрукты — важная статья экспорта.</li>"
                "<li><strong>Промышленность:</strong> текстиль, автомобили, химическая "
                "продукция, строительные материалы и пищевая промышленность.</li>"
                "<li><strong>Природные ресурсы:</strong> природный газ, золото, медь, "
                "уран и другие полезные ископаемые.</li>"
                "<li><strong>Услуги:</strong> транспорт и логистика, информационные "
                "технологии, банковское дело и туризм.</li>"
                "</ul>"
                "<h2>Инвестиции</h2>"
                "<p>Страна стремится привлекать прямые иностранные инвестиции, прежде "
                "всего в возобновляемую энергетику, перерабатывающую промышленность и "
                "инфраструктуру. Свободные экономические зоны, государственно-частное "
                "партнёрство и Ташкентский международный инвестиционный форум помогают "
                "свести вместе инвесторов и проекты.</p>"
                "<h2>«Зелёная» экономика</h2>"
                "<p>В стране строятся крупные солнечные и ветровые электростанции, "
                "ставится задача увеличить долю возобновляемых источников в "
                "производстве электроэнергии. Стратегия развития «Узбекистан — 2030» "
                "определяет цели в области экономического роста, занятости, охраны "
                "окружающей среды и качества государственных услуг.</p>"
                "<p>Статистические данные об экономике публикует национальный орган "
                'статистики на сайте <a href="https://stat.uz/en">stat.uz</a>.</p>'
            ),
            "uz": "",
        },
        "show_in_menu": True,
    },
    {
        "slug": "tourism",
        "parent": "about-uzbekistan",
        "title": {
            "en": "Tourism",
            "ru": "Туризм",
            "uz": "Turizm",
        },
        "body": {
            "en": (
                "<p>Uzbekistan is home to some of the best-preserved cities of the "
                "Great Silk Road, and several of their historic centres are inscribed "
                "on the UNESCO World Heritage List.</p>"
                "<h2>Samarkand</h2>"
                "<p>Samarkand is one of the oldest cities of Central Asia. Its "
                "Registan square, framed by three madrasahs with tiled portals, is the "
                "symbol of the city. Visitors also come to see the Gur-e Amir "
                "mausoleum, the Bibi-Khanym mosque, the Shah-i-Zinda necropolis and "
                "the remains of Ulugbek’s observatory.</p>"
                "<h2>Bukhara</h2>"
                "<p>The historic centre of Bukhara contains hundreds of monuments, "
                "among them the Kalyan minaret, the Ark fortress, the Samanid "
                "mausoleum and the ensemble around the Lyabi-Hauz pond, where "
                "residents and visitors gather in the evening shade.</p>"
                "<h2>Khiva</h2>"
                "<p>The inner town of Khiva, Itchan Kala, is surrounded by clay walls "
                "and filled with mosques, madrasahs, palaces and minarets, including "
                "the unfinished turquoise Kalta Minor. The whole inner town is a "
                "protected museum area where people still live and work.</p>"
                "<h2>Shakhrisabz</h2>"
                "<p>Shakhrisabz, south of Samarkand, is the birthplace of Amir Temur. "
                "The massive remains of the Ak-Saray palace portal and the Dorut "
                "Tilovat complex recall the ambitions of the Timurid era.</p>"
                "<p>Travellers may also enjoy the mountains near Tashkent, the Fergana "
                "Valley and the Aral Sea region. Practical information is available on "
                'the <a href="https://uzbekistan.travel/en/">official tourism '
                "portal</a>, and visa rules are explained on the page on consular "
                "services.</p>"
            ),
            "ru": (
                "<p>В Узбекистане находятся одни из наиболее сохранившихся городов "
                "Великого шёлкового пути, и исторические центры нескольких из них "
                "включены в Список всемирного наследия ЮНЕСКО.</p>"
                "<h2>Самарканд</h2>"
                "<p>Самарканд — один из древнейших городов Центральной Азии. Его "
                "символ — площадь Регистан, обрамлённая тремя медресе с изразцовыми "
                "порталами. Путешественники также приезжают, чтобы увидеть мавзолей "
                "Гур-Эмир, мечеть Биби-Ханым, некрополь Шахи-Зинда и остатки "
                "обсерватории Улугбека.</p>"
                "<h2>Бухара</h2>"
                "<p>В историческом центре Бухары сотни памятников, среди них минарет "
                "Калян, крепость Арк, мавзолей Саманидов и ансамбль вокруг водоёма "
                "Ляби-Хауз, где по вечерам в тени собираются горожане и гости.</p>"
                "<h2>Хива</h2>"
                "<p>Внутренний город Хивы, Ичан-Кала, окружён глиняными стенами и "
                "наполнен мечетями, медресе, дворцами и минаретами, в том числе "
                "незавершённым бирюзовым минаретом Кальта-Минор. Весь внутренний город "
                "— охраняемая музейная зона, где по-прежнему живут и работают люди.</p>"
                "<h2>Шахрисабз</h2>"
                "<p>Шахрисабз, расположенный к югу от Самарканда, — родина Амира "
                "Темура. Массивные остатки портала дворца Ак-Сарай и комплекс "
                "Дорут-Тиловат напоминают о размахе эпохи Темуридов.</p>"
                "<p>Путешественникам также понравятся горы близ Ташкента, Ферганская "
                "долина и Приаралье. Практическая информация размещена на <a "
                'href="https://uzbekistan.travel/en/">официальном туристическом '
                "портале</a>, а визовые правила описаны на странице «Консульские "
                "услуги».</p>"
            ),
            "uz": (
                "<p>Oʻzbekistonda Buyuk Ipak yoʻlining eng yaxshi saqlanib qolgan "
                "shaharlaridan ayrimlari joylashgan, ulardan bir nechtasining tarixiy "
                "markazlari YUNESKOning Butunjahon merosi roʻyxatiga kiritilgan.</p>"
                "<h2>Samarqand</h2>"
                "<p>Samarqand Markaziy Osiyoning eng qadimiy shaharlaridan biridir. "
                "Shaharning ramzi — koshinli peshtoqlarga ega uchta madrasa bilan "
                "oʻralgan Registon maydoni. Sayyohlar Goʻri Amir maqbarasi, Bibixonim "
                "masjidi, Shohi Zinda majmuasi va Ulugʻbek rasadxonasi qoldiqlarini "
                "koʻrish uchun ham keladi.</p>"
                "<h2>Buxoro</h2>"
                "<p>Buxoroning tarixiy markazida yuzlab obidalar bor, jumladan Minorai "
                "Kalon, Ark qalʼasi, Somoniylar maqbarasi va kechqurun soyada shahar "
                "aholisi hamda mehmonlar yigʻiladigan Labi hovuz atrofidagi majmua.</p>"
                "<h2>Xiva</h2>"
                "<p>Xivaning ichki shahri — Ichan qalʼa loy devorlar bilan oʻralgan "
                "boʻlib, masjidlar, madrasalar, saroylar va minoralar, jumladan, "
                "qurilishi tugallanmagan feruza rangli Kalta minor bilan toʻla. Butun "
                "ichki shahar odamlar hamon yashab, ishlayotgan muhofaza etiladigan "
                "muzey hududidir.</p>"
                "<h2>Shahrisabz</h2>"
                "<p>Samarqanddan janubda joylashgan Shahrisabz Amir Temurning "
                "tugʻilgan joyidir. Oqsaroy peshtoqining ulkan qoldiqlari va Doru "
                "tilovat majmuasi temuriylar davrining koʻlamini eslatadi.</p>"
                "<p>Sayyohlarga Toshkent yaqinidagi togʻlar, Fargʻona vodiysi va "
                "Orolboʻyi ham yoqadi. Amaliy maʼlumotlar <a "
                'href="https://uzbekistan.travel/en/">rasmiy turizm portalida</a> '
                "berilgan, viza qoidalari esa «Konsullik xizmatlari» sahifasida "
                "tushuntirilgan.</p>"
            ),
        },
        "show_in_menu": True,
    },
    {
        "slug": "consular-services",
        "parent": None,
        "title": {
            "en": "Consular Services",
            "ru": "Консульские услуги",
            "uz": "Konsullik xizmatlari",
        },
        "body": {
            "en": (
                "<p>The consular section of the Mission assists citizens of Uzbekistan "
                "who live in or visit Switzerland and provides information to foreign "
                "nationals who plan to travel to Uzbekistan.</p>"
                "<h2>Visas</h2>"
                "<p>Citizens of many countries, including a large number of European "
                "states, may enter Uzbekistan without a visa for a limited stay. As "
                "the list of countries and the permitted length of stay may change, "
                "please check the current rules on the website of the <a "
                'href="https://mfa.uz/en">Ministry of Foreign Affairs</a> before '
                "travelling.</p>"
                "<h3>Electronic visa</h3>"
                "<p>Travellers who need a visa can in most cases apply online through "
                "the official portal <a "
                'href="https://e-visa.gov.uz/">e-visa.gov.uz</a>. The form is '
                "completed in a few steps, the fee is paid by bank card and the "
                "electronic visa is sent by e-mail. Please apply only through the "
                "official portal and not through intermediaries.</p>"
                "<h2>Consular registration</h2>"
                "<p>Citizens of Uzbekistan who live in Switzerland permanently or for "
                "a long period are advised to register with the consular section. "
                "Registration makes it easier to help in an emergency and to issue "
                "documents when needed.</p>"
                "<h2>Other services</h2>"
                "<ul>"
                "<li>certificates for return to Uzbekistan when a passport has been "
                "lost;</li>"
                "<li>legalisation and certification of documents;</li>"
                "<li>registration of births and other civil status records;</li>"
                "<li>assistance to citizens in difficult situations.</li>"
                "</ul>"
                "<p>The consular section receives visitors by appointment from Monday "
                "to Friday. Please contact the Mission by telephone or e-mail to agree "
                "on a time and to check the list of documents required.</p>"
            ),
            "ru": (
                "<p>Консульский отдел Представительства оказывает помощь гражданам "
                "Узбекистана, которые живут в Швейцарии или приезжают в эту страну, и "
                "предоставляет информацию иностранным гражданам, планирующим поездку в "
                "Узбекистан.</p>"
                "<h2>Визы</h2>"
                "<p>Граждане многих стран, в том числе большинства европейских "
                "государств, могут въезжать в Узбекистан без визы на ограниченный "
                "срок. Поскольку перечень стран и разрешённый срок пребывания могут "
                "меняться, перед поездкой проверьте действующие правила на сайте <a "
                'href="https://mfa.uz/en">Министерства иностранных дел</a>.</p>'
                "<h3>Электронная виза</h3>"
                "<p>Путешественники, которым нужна виза, в большинстве случаев могут "
                "оформить её онлайн на официальном портале <a "
                'href="https://e-visa.gov.uz/">e-visa.gov.uz</a>. Анкета заполняется в '
                "несколько шагов, сбор оплачивается банковской картой, а электронная "
                "виза приходит по электронной почте. Пожалуйста, подавайте заявление "
                "только через официальный портал, а не через посредников.</p>"
                "<h2>Консульский учёт</h2>"
                "<p>Гражданам Узбекистана, которые постоянно или длительное время "
                "проживают в Швейцарии, рекомендуется встать на консульский учёт. Это "
                "облегчает оказание помощи в экстренных случаях и оформление "
                "документов.</p>"
                "<h2>Другие услуги</h2>"
                "<ul>"
                "<li>выдача свидетельства на возвращение в Узбекистан при утрате "
                "паспорта;</li>"
                "<li>легализация и засвидетельствование документов;</li>"
                "<li>регистрация рождения и других актов гражданского состояния;</li>"
                "<li>помощь гражданам, оказавшимся в трудной ситуации.</li>"
                "</ul>"
                "<p>Консульский отдел принимает посетителей по предварительной записи "
                "с понедельника по пятницу. Пожалуйста, свяжитесь с Представительством "
                "по телефону или электронной почте, чтобы согласовать время и уточнить "
                "перечень необходимых документов.</p>"
            ),
            "uz": (
                "<p>Vakolatxonaning konsullik boʻlimi Shveytsariyada yashayotgan yoki "
                "bu mamlakatga kelgan Oʻzbekiston fuqarolariga yordam koʻrsatadi hamda "
                "Oʻzbekistonga borishni rejalashtirayotgan chet el fuqarolariga "
                "maʼlumot beradi.</p>"
                "<h2>Vizalar</h2>"
                "<p>Koʻplab mamlakatlar, jumladan, aksariyat Yevropa davlatlari "
                "fuqarolari Oʻzbekistonga cheklangan muddatga vizasiz kirishlari "
                "mumkin. Mamlakatlar roʻyxati va ruxsat etilgan boʻlish muddati "
                "oʻzgarishi mumkinligi sababli, safardan oldin amaldagi qoidalarni <a "
                'href="https://mfa.uz/en">Tashqi ishlar vazirligi</a> saytida '
                "tekshirib koʻring.</p>"
                "<h3>Elektron viza</h3>"
                "<p>Vizaga muhtoj sayyohlar aksariyat hollarda uni <a "
                'href="https://e-visa.gov.uz/">e-visa.gov.uz</a> rasmiy portali orqali '
                "onlayn rasmiylashtirishlari mumkin. Ariza bir necha bosqichda "
                "toʻldiriladi, yigʻim bank kartasi orqali toʻlanadi, elektron viza esa "
                "elektron pochtaga yuboriladi. Iltimos, arizani vositachilar orqali "
                "emas, faqat rasmiy portal orqali topshiring.</p>"
                "<h2>Konsullik hisobi</h2>"
                "<p>Shveytsariyada doimiy yoki uzoq muddat yashayotgan Oʻzbekiston "
                "fuqarolariga konsullik hisobiga turish tavsiya etiladi. Bu favqulodda "
                "vaziyatlarda yordam koʻrsatish va hujjatlarni rasmiylashtirishni "
                "osonlashtiradi.</p>"
                "<h2>Boshqa xizmatlar</h2>"
                "<ul>"
                "<li>pasport yoʻqotilganda Oʻzbekistonga qaytish uchun guvohnoma "
                "berish;</li>"
                "<li>hujjatlarni legallashtirish va tasdiqlash;</li>"
                "<li>tugʻilish va boshqa fuqarolik holati dalolatnomalarini qayd "
                "etish;</li>"
                "<li>qiyin vaziyatga tushib qolgan fuqarolarga yordam koʻrsatish.</li>"
                "</ul>"
                "<p>Konsullik boʻlimi dushanbadan jumagacha oldindan yozilish asosida "
                "qabul qiladi. Vaqtni kelishib olish va zarur hujjatlar roʻyxatini "
                "aniqlashtirish uchun Vakolatxona bilan telefon yoki elektron pochta "
                "orqali bogʻlaning.</p>"
            ),
        },
        "show_in_menu": False,
    },
]

# The main menu in order. Each item has one target: "section" (home,
# news, gallery, links), "page" (a page slug), "category" (a news
# category slug) or "url".
MENU = [
    {
        "label": {
            "en": "Home",
            "ru": "Главная",
            "uz": "Bosh sahifa",
        },
        "section": "home",
    },
    {
        "label": {
            "en": "Mission",
            "ru": "Представительство",
            "uz": "Vakolatxona",
        },
        "page": "mission",
    },
    {
        "label": {
            "en": "Cooperation with International Organisations",
            "ru": "Сотрудничество с международными организациями",
            "uz": "Xalqaro tashkilotlar bilan hamkorlik",
        },
        "page": "cooperation",
    },
    {
        "label": {
            "en": "News and events",
            "ru": "Новости и события",
            "uz": "Yangiliklar va tadbirlar",
        },
        "section": "news",
    },
    {
        "label": {
            "en": "About Uzbekistan",
            "ru": "Об Узбекистане",
            "uz": "Oʻzbekiston haqida",
        },
        "page": "about-uzbekistan",
    },
    {
        "label": {
            "en": "Photo gallery",
            "ru": "Фотогалерея",
            "uz": "Fotogalereya",
        },
        "section": "gallery",
    },
]

# The home page carousel. The picture is drawn from the palette (two
# colours of a gradient) and the motif. A slide links to a "page", a
# "section" or a "url", or has "link": "" and no link at all.
SLIDES = [
    {
        "title": {
            "en": "Samarkand, a crossroads of cultures",
            "ru": "Самарканд — перекрёсток культур",
            "uz": "Samarqand — madaniyatlar chorrahasi",
        },
        "caption": {
            "en": (
                "The blue domes and tiled portals of Samarkand have welcomed "
                "travellers of the Silk Road for centuries."
            ),
            "ru": (
                "Голубые купола и изразцовые порталы Самарканда веками встречали "
                "путников Шёлкового пути."
            ),
            "uz": (
                "Samarqandning moviy gumbazlari va koshinli peshtoqlari asrlar "
                "davomida Ipak yoʻli sayyohlarini kutib olgan."
            ),
        },
        "alt": {
            "en": (
                "Illustration: three turquoise domes and tall portals against an "
                "evening sky"
            ),
            "ru": (
                "Иллюстрация: три бирюзовых купола и высокие порталы на фоне вечернего "
                "неба"
            ),
            "uz": (
                "Rasm: kechki osmon fonida uchta feruza rang gumbaz va baland "
                "peshtoqlar"
            ),
        },
        "page": "tourism",
        "palette": ((32, 78, 122), (64, 170, 168)),
        "motif": "domes",
    },
    {
        "title": {
            "en": "Human Rights Council in session",
            "ru": "Сессия Совета по правам человека",
            "uz": "Inson huquqlari boʻyicha kengash sessiyasi",
        },
        "caption": {
            "en": (
                "The delegation of Uzbekistan takes part in the regular sessions of "
                "the Human Rights Council at the Palais des Nations."
            ),
            "ru": (
                "Делегация Узбекистана участвует в очередных сессиях Совета по правам "
                "человека во Дворце Наций."
            ),
            "uz": (
                "Oʻzbekiston delegatsiyasi Millatlar saroyida oʻtadigan Inson "
                "huquqlari boʻyicha kengashning navbatdagi sessiyalarida ishtirok "
                "etadi."
            ),
        },
        "alt": {
            "en": "Illustration: gentle waves on Lake Geneva under a pale blue sky",
            "ru": (
                "Иллюстрация: лёгкие волны на Женевском озере под бледно-голубым небом"
            ),
            "uz": "Rasm: och moviy osmon ostida Jeneva koʻlidagi mayin toʻlqinlar",
        },
        "page": "united-nations",
        "palette": ((28, 70, 118), (122, 172, 206)),
        "motif": "waves",
    },
    {
        "title": {
            "en": "Tashkent International Investment Forum",
            "ru": "Ташкентский международный инвестиционный форум",
            "uz": "Toshkent xalqaro investitsiya forumi",
        },
        "caption": {
            "en": (
                "The forum brings together investors, companies and government "
                "agencies to discuss new projects in Uzbekistan."
            ),
            "ru": (
                "Форум собирает инвесторов, компании и государственные ведомства для "
                "обсуждения новых проектов в Узбекистане."
            ),
            "uz": (
                "Forum investorlar, kompaniyalar va davlat idoralarini Oʻzbekistondagi "
                "yangi loyihalarni muhokama qilish uchun bir joyga jamlaydi."
            ),
        },
        "alt": {
            "en": (
                "Illustration: a row of light arches of a modern hall under a clear sky"
            ),
            "ru": "Иллюстрация: ряд светлых арок современного зала под ясным небом",
            "uz": "Rasm: tiniq osmon ostida zamonaviy zalning bir qator oq ravoqlari",
        },
        "page": "economy",
        "palette": ((38, 88, 108), (212, 192, 150)),
        "motif": "arches",
    },
    {
        "title": {
            "en": "Constitution Day, 8 December",
            "ru": "День Конституции, 8 декабря",
            "uz": "Konstitutsiya kuni, 8-dekabr",
        },
        "caption": {
            "en": (
                "On 8 December Uzbekistan marks the adoption in 1992 of the first "
                "Constitution of the independent state."
            ),
            "ru": (
                "8 декабря Узбекистан отмечает годовщину принятия в 1992 году первой "
                "Конституции независимого государства."
            ),
            "uz": (
                "8-dekabr kuni Oʻzbekiston 1992-yilda mustaqil davlatning birinchi "
                "Konstitutsiyasi qabul qilinganini nishonlaydi."
            ),
        },
        "alt": {
            "en": "Illustration: a calm winter night sky scattered with small stars",
            "ru": (
                "Иллюстрация: спокойное зимнее ночное небо, усыпанное мелкими звёздами"
            ),
            "uz": "Rasm: mayda yulduzlar sochilgan osoyishta qishki tungi osmon",
        },
        "link": "",
        "palette": ((20, 42, 82), (62, 104, 152)),
        "motif": "stars",
    },
    {
        "title": {
            "en": "Independence Day, 1 September",
            "ru": "День независимости, 1 сентября",
            "uz": "Mustaqillik kuni, 1-sentabr",
        },
        "caption": {
            "en": (
                "Independence Day is the main national holiday, celebrated across the "
                "country with concerts and family gatherings."
            ),
            "ru": (
                "День независимости — главный государственный праздник, который по "
                "всей стране отмечают концертами и семейными встречами."
            ),
            "uz": (
                "Mustaqillik kuni butun mamlakat boʻylab konsertlar va oilaviy "
                "uchrashuvlar bilan nishonlanadigan asosiy davlat bayramidir."
            ),
        },
        "alt": {
            "en": "Illustration: the sun rising over layered mountain ridges",
            "ru": "Иллюстрация: солнце восходит над грядами гор",
            "uz": "Rasm: qatma-qat togʻ tizmalari ortidan chiqayotgan quyosh",
        },
        "section": "news",
        "palette": ((40, 108, 150), (132, 190, 142)),
        "motif": "mountains",
    },
    {
        "title": {
            "en": "Khiva and its inner town, Itchan Kala",
            "ru": "Хива и её внутренний город Ичан-Кала",
            "uz": "Xiva va uning ichki shahri — Ichan qalʼa",
        },
        "caption": {
            "en": (
                "Behind the clay walls of Itchan Kala, mosques, madrasahs and minarets "
                "form a living open-air museum."
            ),
            "ru": (
                "За глиняными стенами Ичан-Калы мечети, медресе и минареты образуют "
                "живой музей под открытым небом."
            ),
            "uz": (
                "Ichan qalʼaning loy devorlari ortidagi masjidlar, madrasalar va "
                "minoralar ochiq osmon ostidagi jonli muzeyni tashkil etadi."
            ),
        },
        "alt": {
            "en": "Illustration: rounded domes and a wide minaret in warm sand colours",
            "ru": (
                "Иллюстрация: округлые купола и широкий минарет в тёплых песочных тонах"
            ),
            "uz": "Rasm: iliq qum rangidagi dumaloq gumbazlar va keng minora",
        },
        "section": "gallery",
        "palette": ((176, 138, 92), (232, 212, 172)),
        "motif": "domes",
    },
    {
        "title": {
            "en": "The Aral Sea region",
            "ru": "Приаралье",
            "uz": "Orolboʻyi",
        },
        "caption": {
            "en": (
                "Uzbekistan works with international partners to improve living "
                "conditions and restore nature in the Aral Sea region."
            ),
            "ru": (
                "Узбекистан вместе с международными партнёрами работает над улучшением "
                "условий жизни и восстановлением природы в Приаралье."
            ),
            "uz": (
                "Oʻzbekiston xalqaro hamkorlar bilan birgalikda Orolboʻyida aholi "
                "turmush sharoitini yaxshilash va tabiatni tiklash ustida ishlamoqda."
            ),
        },
        "alt": {
            "en": "Illustration: soft waves reaching a sandy shore under a wide sky",
            "ru": (
                "Иллюстрация: мягкие волны набегают на песчаный берег под широким небом"
            ),
            "uz": (
                "Rasm: keng osmon ostida qumli qirgʻoqqa yetib kelayotgan mayin "
                "toʻlqinlar"
            ),
        },
        "page": "cooperation",
        "palette": ((58, 128, 158), (222, 202, 160)),
        "motif": "waves",
    },
    {
        "title": {
            "en": "Year of Environmental Protection and the Green Economy",
            "ru": "Год охраны окружающей среды и «зелёной» экономики",
            "uz": "Atrof-muhitni asrash va «yashil» iqtisodiyot yili",
        },
        "caption": {
            "en": (
                "The national theme of the year puts the focus on clean air and water, "
                "tree planting and renewable energy."
            ),
            "ru": (
                "Тема года посвящена чистому воздуху и воде, озеленению и "
                "возобновляемой энергетике."
            ),
            "uz": (
                "Yil mavzusi toza havo va suv, koʻkalamzorlashtirish hamda qayta "
                "tiklanuvchi energetikaga bagʻishlangan."
            ),
        },
        "alt": {
            "en": (
                "Illustration: rows of young green plants in a field under a clear sky"
            ),
            "ru": "Иллюстрация: ряды молодых зелёных растений в поле под ясным небом",
            "uz": "Rasm: tiniq osmon ostida daladagi yosh yashil nihollar qatorlari",
        },
        "page": "about-uzbekistan",
        "palette": ((48, 118, 82), (152, 202, 142)),
        "motif": "cotton",
    },
]

# Groups of the useful links.
LINK_GROUPS = [
    {
        "slug": "government",
        "name": {
            "en": "State bodies of Uzbekistan",
            "ru": "Государственные органы Узбекистана",
            "uz": "Oʻzbekiston davlat organlari",
        },
    },
    {
        "slug": "international",
        "name": {
            "en": "International organisations",
            "ru": "Международные организации",
            "uz": "Xalqaro tashkilotlar",
        },
    },
    {
        "slug": "media",
        "name": {
            "en": "News agencies and media",
            "ru": "Информационные агентства и СМИ",
            "uz": "Axborot agentliklari va OAV",
        },
    },
    {
        "slug": "travel",
        "name": {
            "en": "Travel and visas",
            "ru": "Путешествия и визы",
            "uz": "Sayohat va vizalar",
        },
    },
]

# Useful links. The tile shows the initials in white on the colour.
USEFUL_LINKS = [
    {
        "title": {
            "en": "President of the Republic of Uzbekistan",
            "ru": "Президент Республики Узбекистан",
            "uz": "Oʻzbekiston Respublikasi Prezidenti",
        },
        "url": "https://president.uz/en",
        "group": "government",
        "show_on_home": True,
        "initials": "PRES",
        "color": (0, 62, 122),
    },
    {
        "title": {
            "en": "Government portal of Uzbekistan",
            "ru": "Правительственный портал Узбекистана",
            "uz": "Oʻzbekiston hukumat portali",
        },
        "url": "https://gov.uz/en",
        "group": "government",
        "show_on_home": False,
        "initials": "GOV",
        "color": (0, 86, 122),
    },
    {
        "title": {
            "en": "Ministry of Foreign Affairs of the Republic of Uzbekistan",
            "ru": "Министерство иностранных дел Республики Узбекистан",
            "uz": "Oʻzbekiston Respublikasi Tashqi ishlar vazirligi",
        },
        "url": "https://mfa.uz/en",
        "group": "government",
        "show_on_home": True,
        "initials": "MFA",
        "color": (24, 58, 108),
    },
    {
        "title": {
            "en": "Official statistics of Uzbekistan",
            "ru": "Официальная статистика Узбекистана",
            "uz": "Oʻzbekiston rasmiy statistikasi",
        },
        "url": "https://stat.uz/en",
        "group": "government",
        "show_on_home": False,
        "initials": "STAT",
        "color": (72, 60, 122),
    },
    {
        "title": {
            "en": "United Nations",
            "ru": "Организация Объединённых Наций",
            "uz": "Birlashgan Millatlar Tashkiloti",
        },
        "url": "https://www.un.org/",
        "group": "international",
        "show_on_home": False,
        "initials": "UN",
        "color": (0, 92, 148),
    },
    {
        "title": {
            "en": "United Nations Office at Geneva",
            "ru": "Отделение ООН в Женеве",
            "uz": "BMTning Jenevadagi boʻlimi",
        },
        "url": "https://www.ungeneva.org/",
        "group": "international",
        "show_on_home": True,
        "initials": "UNOG",
        "color": (0, 80, 138),
    },
    {
        "title": {
            "en": "Office of the UN High Commissioner for Human Rights",
            "ru": "Управление Верховного комиссара ООН по правам человека",
            "uz": "BMT Inson huquqlari boʻyicha Oliy komissarining boshqarmasi",
        },
        "url": "https://www.ohchr.org/",
        "group": "international",
        "show_on_home": True,
        "initials": "OHCR",
        "color": (0, 70, 128),
    },
    {
        "title": {
            "en": "World Health Organization",
            "ru": "Всемирная организация здравоохранения",
            "uz": "Jahon sogʻliqni saqlash tashkiloti",
        },
        "url": "https://www.who.int/",
        "group": "international",
        "show_on_home": False,
        "initials": "WHO",
        "color": (0, 96, 150),
    },
    {
        "title": {
            "en": "International Labour Organization",
            "ru": "Международная организация труда",
            "uz": "Xalqaro mehnat tashkiloti",
        },
        "url": "https://www.ilo.org/",
        "group": "international",
        "show_on_home": False,
        "initials": "ILO",
        "color": (30, 46, 112),
    },
    {
        "title": {
            "en": "World Intellectual Property Organization",
            "ru": "Всемирная организация интеллектуальной собственности",
            "uz": "Butunjahon intellektual mulk tashkiloti",
        },
        "url": "https://www.wipo.int/",
        "group": "international",
        "show_on_home": False,
        "initials": "WIPO",
        "color": (40, 70, 102),
    },
    {
        "title": {
            "en": "World Trade Organization",
            "ru": "Всемирная торговая организация",
            "uz": "Jahon savdo tashkiloti",
        },
        "url": "https://www.wto.org/",
        "group": "international",
        "show_on_home": True,
        "initials": "WTO",
        "color": (0, 100, 92),
    },
    {
        "title": {
            "en": "National News Agency of Uzbekistan (UzA)",
            "ru": "Национальное информационное агентство Узбекистана (УзА)",
            "uz": "Oʻzbekiston Milliy axborot agentligi (OʻzA)",
        },
        "url": "https://uza.uz/en",
        "group": "media",
        "show_on_home": True,
        "initials": "UZA",
        "color": (150, 32, 42),
    },
    {
        "title": {
            "en": "Dunyo information agency",
            "ru": "Информационное агентство «Дунё»",
            "uz": "«Dunyo» axborot agentligi",
        },
        "url": "https://dunyo.info/en",
        "group": "media",
        "show_on_home": False,
        "initials": "DUN",
        "color": (118, 52, 22),
    },
    {
        "title": {
            "en": "Electronic visa portal",
            "ru": "Портал электронных виз",
            "uz": "Elektron viza portali",
        },
        "url": "https://e-visa.gov.uz/",
        "group": "travel",
        "show_on_home": True,
        "initials": "EVSA",
        "color": (0, 106, 78),
    },
    {
        "title": {
            "en": "Official tourism portal of Uzbekistan",
            "ru": "Официальный туристический портал Узбекистана",
            "uz": "Oʻzbekistonning rasmiy turizm portali",
        },
        "url": "https://uzbekistan.travel/en/",
        "group": "travel",
        "show_on_home": True,
        "initials": "UZT",
        "color": (150, 68, 28),
    },
]

# Site settings. Telephone numbers and e-mail address are fictional,
# and the social network accounts are demo handles.
SITE_SETTINGS = {
    "mission_name": {
        "en": (
            "Permanent Mission of the Republic of Uzbekistan to the United Nations "
            "Office and other international organizations in Geneva"
        ),
        "ru": (
            "Постоянное представительство Республики Узбекистан при Отделении ООН и "
            "других международных организациях в Женеве"
        ),
        "uz": (
            "Oʻzbekiston Respublikasining Jenevadagi BMT boʻlimi va boshqa xalqaro "
            "tashkilotlar huzuridagi Doimiy vakolatxonasi"
        ),
    },
    "short_name": {
        "en": "Permanent Mission of Uzbekistan in Geneva",
        "ru": "Постоянное представительство Узбекистана в Женеве",
        "uz": "Oʻzbekistonning Jenevadagi Doimiy vakolatxonasi",
    },
    "address": {
        "en": "Rue de Varembé 3\n1202 Geneva\nSwitzerland",
        "ru": "Rue de Varembé 3\n1202 Женева\nШвейцария",
        "uz": "Rue de Varembé 3\n1202 Jeneva\nShveytsariya",
    },
    "phones": "+41 22 000 00 00, +41 22 000 00 01",
    "email": "mission@example.org",
    "opening_hours": {
        "en": "Monday to Friday, 9:00–13:00 and 14:00–18:00",
        "ru": "Понедельник — пятница, 9:00–13:00 и 14:00–18:00",
        "uz": "Dushanba – juma, 9:00–13:00 va 14:00–18:00",
    },
    "social": {
        "facebook": "https://www.facebook.com/uzbekistan.geneva.demo",
        "x": "https://x.com/uz_geneva_demo",
        "telegram": "https://t.me/uzbekistan_geneva_demo",
        "youtube": "https://www.youtube.com/@uzbekistan.geneva.demo",
    },
    "year_theme": {
        "en": "Year of Environmental Protection and the Green Economy",
        "ru": "Год охраны окружающей среды и «зелёной» экономики",
        "uz": "Atrof-muhitni asrash va «yashil» iqtisodiyot yili",
    },
    "year_theme_text": {
        "en": (
            "This year Uzbekistan is devoted to protecting the environment and "
            "developing a green economy, with national programmes for tree planting, "
            "saving water and renewable energy."
        ),
        "ru": (
            "Этот год Узбекистан посвящает охране окружающей среды и развитию "
            "«зелёной» экономики, реализуя национальные программы по озеленению, "
            "сбережению воды и развитию возобновляемой энергетики."
        ),
        "uz": (
            "Oʻzbekiston bu yilni atrof-muhitni asrash va «yashil» iqtisodiyotni "
            "rivojlantirishga bagʻishlab, koʻkalamzorlashtirish, suvni tejash va qayta "
            "tiklanuvchi energetika boʻyicha milliy dasturlarni amalga oshirmoqda."
        ),
    },
    "year_theme_page": "about-uzbekistan",
}
