"""Demo content: categories and articles in English, Russian and Uzbek, written
for this project."""

CATEGORIES = [
    {
        "slug": "decrees-of-the-president",
        "name": {
            "en": "Decrees of the President",
            "ru": "Указы Президента",
            "uz": "Prezident farmonlari",
        },
        "description": {
            "en": (
                "Decrees and resolutions of the President of the Republic of "
                "Uzbekistan and what they change."
            ),
            "ru": (
                "Указы и постановления Президента Республики Узбекистан и их основные "
                "положения."
            ),
            "uz": (
                "Oʻzbekiston Respublikasi Prezidentining farmon va qarorlari hamda "
                "ularning asosiy mazmuni."
            ),
        },
    },
    {
        "slug": "investment-potential",
        "name": {
            "en": "Investment potential of Uzbekistan",
            "ru": "Инвестиционный потенциал Узбекистана",
            "uz": "Oʻzbekistonning investitsiya salohiyati",
        },
        "description": {
            "en": (
                "Opportunities for foreign investors, economic reforms and business "
                "forums."
            ),
            "ru": (
                "Возможности для иностранных инвесторов, экономические реформы и "
                "деловые форумы."
            ),
            "uz": (
                "Xorijiy investorlar uchun imkoniyatlar, iqtisodiy islohotlar va "
                "biznes forumlari."
            ),
        },
    },
    {
        "slug": "meetings",
        "name": {
            "en": "Meetings",
            "ru": "Встречи",
            "uz": "Uchrashuvlar",
        },
        "description": {
            "en": (
                "Meetings of the Permanent Representative and the Mission's diplomats "
                "with international organisations in Geneva."
            ),
            "ru": (
                "Встречи Постоянного представителя и дипломатов Представительства с "
                "международными организациями в Женеве."
            ),
            "uz": (
                "Doimiy vakil va Vakolatxona diplomatlarining Jenevadagi xalqaro "
                "tashkilotlar bilan uchrashuvlari."
            ),
        },
    },
    {
        "slug": "international-cooperation",
        "name": {
            "en": "The international cooperation",
            "ru": "Международное сотрудничество",
            "uz": "Xalqaro hamkorlik",
        },
        "description": {
            "en": (
                "Uzbekistan's cooperation with the United Nations and other "
                "international organisations."
            ),
            "ru": (
                "Сотрудничество Узбекистана с Организацией Объединённых Наций и "
                "другими международными организациями."
            ),
            "uz": (
                "Oʻzbekistonning Birlashgan Millatlar Tashkiloti va boshqa xalqaro "
                "tashkilotlar bilan hamkorligi."
            ),
        },
    },
    {
        "slug": "millennium-development-goals",
        "name": {
            "en": "Millennium development goals",
            "ru": "Цели развития тысячелетия",
            "uz": "Ming yillik rivojlanish maqsadlari",
        },
        "description": {
            "en": (
                "Progress on the Millennium Development Goals and their successors, "
                "the Sustainable Development Goals."
            ),
            "ru": (
                "Ход достижения Целей развития тысячелетия и пришедших им на смену "
                "Целей устойчивого развития."
            ),
            "uz": (
                "Ming yillik rivojlanish maqsadlari va ularning davomi boʻlgan "
                "Barqaror rivojlanish maqsadlariga erishish yoʻlidagi natijalar."
            ),
        },
    },
    {
        "slug": "press-releases",
        "name": {
            "en": "Press-releases",
            "ru": "Пресс-релизы",
            "uz": "Press-relizlar",
        },
        "description": {
            "en": "Official press releases of the Permanent Mission.",
            "ru": "Официальные пресс-релизы Постоянного представительства.",
            "uz": "Doimiy vakolatxonaning rasmiy press-relizlari.",
        },
    },
    {
        "slug": "mission-news",
        "name": {
            "en": "Mission News",
            "ru": "Новости Представительства",
            "uz": "Vakolatxona yangiliklari",
        },
        "description": {
            "en": (
                "Events, receptions and announcements from the Permanent Mission in "
                "Geneva."
            ),
            "ru": (
                "Мероприятия, приёмы и объявления Постоянного представительства в "
                "Женеве."
            ),
            "uz": (
                "Jenevadagi Doimiy vakolatxonaning tadbirlari, qabullari va eʼlonlari."
            ),
        },
    },
    {
        "slug": "strategy-of-actions",
        "name": {
            "en": "The Strategy of Actions on Further Development",
            "ru": "Стратегия действий по дальнейшему развитию",
            "uz": "Yanada rivojlantirish boʻyicha Harakatlar strategiyasi",
        },
        "description": {
            "en": (
                "The Strategy of Actions on five priority areas of development and the "
                "reforms that followed it."
            ),
            "ru": (
                "Стратегия действий по пяти приоритетным направлениям развития и "
                "последовавшие за ней реформы."
            ),
            "uz": (
                "Beshta ustuvor yoʻnalish boʻyicha Harakatlar strategiyasi va undan "
                "keyingi islohotlar."
            ),
        },
    },
    {
        "slug": "independence-day",
        "name": {
            "en": "Independence Day of the Republic of Uzbekistan",
            "ru": "День независимости Республики Узбекистан",
            "uz": "Oʻzbekiston Respublikasi Mustaqillik kuni",
        },
        "description": {
            "en": (
                "Celebrations of Independence Day, marked in Uzbekistan on 1 September."
            ),
            "ru": (
                "Празднование Дня независимости, который в Узбекистане отмечается 1 "
                "сентября."
            ),
            "uz": "Oʻzbekistonda 1-sentabrda nishonlanadigan Mustaqillik kuni bayrami.",
        },
    },
    {
        "slug": "human-rights-council-candidacy",
        "name": {
            "en": "Uzbekistan's Candidacy to Human Rights Council",
            "ru": "Кандидатура Узбекистана в Совет по правам человека",
            "uz": "Oʻzbekistonning Inson huquqlari boʻyicha kengashga nomzodi",
        },
        "description": {
            "en": (
                "Uzbekistan's candidacy for membership of the United Nations Human "
                "Rights Council and its pledges."
            ),
            "ru": (
                "Кандидатура Узбекистана в члены Совета ООН по правам человека и "
                "принятые им обязательства."
            ),
            "uz": (
                "Oʻzbekistonning BMT Inson huquqlari boʻyicha kengashi aʼzoligiga "
                "nomzodi va uning majburiyatlari."
            ),
        },
    },
    {
        "slug": "tourism",
        "name": {
            "en": "Tourism",
            "ru": "Туризм",
            "uz": "Turizm",
        },
        "description": {
            "en": "Travel to Uzbekistan: historic cities, visas, festivals and routes.",
            "ru": (
                "Путешествия в Узбекистан: исторические города, визы, фестивали и "
                "маршруты."
            ),
            "uz": (
                "Oʻzbekistonga sayohat: tarixiy shaharlar, vizalar, festivallar va "
                "yoʻnalishlar."
            ),
        },
    },
    {
        "slug": "constitution-day",
        "name": {
            "en": "December 8 - Constitution Day",
            "ru": "8 декабря — День Конституции",
            "uz": "8-dekabr — Konstitutsiya kuni",
        },
        "description": {
            "en": (
                "Events marking the adoption of the Constitution of the Republic of "
                "Uzbekistan on 8 December 1992."
            ),
            "ru": (
                "Мероприятия, посвящённые принятию Конституции Республики Узбекистан 8 "
                "декабря 1992 года."
            ),
            "uz": (
                "1992-yil 8-dekabrda Oʻzbekiston Respublikasi Konstitutsiyasi qabul "
                "qilinganiga bagʻishlangan tadbirlar."
            ),
        },
    },
    {
        "slug": "press-digests",
        "name": {
            "en": "Press Digests of Uzbekistan",
            "ru": "Пресс-дайджесты Узбекистана",
            "uz": "Oʻzbekiston matbuot dayjestlari",
        },
        "description": {
            "en": "Short reviews of the main news from Uzbekistan's press.",
            "ru": "Краткие обзоры главных новостей из прессы Узбекистана.",
            "uz": "Oʻzbekiston matbuotidagi asosiy yangiliklarning qisqacha sharhlari.",
        },
    },
    {
        "slug": "constitutional-reform",
        "name": {
            "en": "Constitutional reform",
            "ru": "Конституционная реформа",
            "uz": "Konstitutsiyaviy islohot",
        },
        "description": {
            "en": (
                "The renewal of the Constitution of Uzbekistan and what it means for "
                "citizens."
            ),
            "ru": "Обновление Конституции Узбекистана и его значение для граждан.",
            "uz": (
                "Oʻzbekiston Konstitutsiyasining yangilanishi va uning fuqarolar uchun "
                "ahamiyati."
            ),
        },
    },
    {
        "slug": "other-news-and-events",
        "name": {
            "en": "Other news and events",
            "ru": "Другие новости и события",
            "uz": "Boshqa yangiliklar va tadbirlar",
        },
        "description": {
            "en": "Culture, sport and other news that does not fit elsewhere.",
            "ru": "Культура, спорт и другие новости, не вошедшие в остальные рубрики.",
            "uz": "Madaniyat, sport va boshqa ruknlarga kirmagan yangiliklar.",
        },
    },
]

ARTICLES = [
    {
        "slug": "decree-expands-the-teaching-of-digital-skills-in-schools",
        "category": "decrees-of-the-president",
        "days_ago": 12,
        "featured": False,
        "source": "UzA",
        "title": {
            "en": "Decree expands the teaching of digital skills in schools",
            "ru": "Указ расширяет обучение цифровым навыкам в школах",
            "uz": "Farmon maktablarda raqamli koʻnikmalarni oʻqitishni kengaytiradi",
        },
        "summary": {
            "en": (
                "A new presidential decree sets out measures to teach programming and "
                "digital literacy in general education schools across the country."
            ),
            "ru": (
                "Новый указ Президента определяет меры по обучению программированию и "
                "цифровой грамотности в общеобразовательных школах по всей стране."
            ),
            "uz": (
                "Prezidentning yangi farmoni mamlakat boʻylab umumtaʼlim maktablarida "
                "dasturlash va raqamli savodxonlikni oʻqitish choralarini belgilaydi."
            ),
        },
        "body": {
            "en": (
                "<p>The President of the Republic of Uzbekistan has signed a decree on "
                "expanding the teaching of digital skills in general education "
                "schools. The document is part of the wider programme to develop the "
                "<strong>digital economy</strong> and to prepare young people for new "
                "professions.</p>"
                "<p>The decree provides for the following measures:</p>"
                "<ul>"
                "<li>computer science lessons will start in the earlier grades;</li>"
                "<li>schools in every region will receive modern equipment and "
                "broadband internet;</li>"
                "<li>teachers will take regular training courses in programming and "
                "data skills.</li>"
                "</ul>"
                "<p>The ministries responsible for school education and digital "
                "technologies are in charge of implementation. Progress will be "
                "reviewed every year, and the results will be made public.</p>"
            ),
            "ru": (
                "<p>Президент Республики Узбекистан подписал указ о расширении "
                "обучения цифровым навыкам в общеобразовательных школах. Документ "
                "является частью более широкой программы развития <strong>цифровой "
                "экономики</strong> и подготовки молодёжи к новым профессиям.</p>"
                "<p>Указом предусмотрены следующие меры:</p>"
                "<ul>"
                "<li>уроки информатики будут начинаться с более ранних классов;</li>"
                "<li>школы во всех регионах получат современное оборудование и "
                "широкополосный доступ в интернет;</li>"
                "<li>учителя будут регулярно проходить курсы повышения квалификации по "
                "программированию и работе с данными.</li>"
                "</ul>"
                "<p>Ответственность за реализацию мер возложена на министерства, "
                "курирующие школьное образование и цифровые технологии. Ход работы "
                "будет ежегодно рассматриваться, а её результаты — публиковаться.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston Respublikasi Prezidenti umumtaʼlim maktablarida "
                "raqamli koʻnikmalarni oʻqitishni kengaytirish toʻgʻrisidagi farmonni "
                "imzoladi. Hujjat <strong>raqamli iqtisodiyotni</strong> "
                "rivojlantirish va yoshlarni yangi kasblarga tayyorlash boʻyicha "
                "kengroq dasturning bir qismidir.</p>"
                "<p>Farmonga koʻra quyidagi choralar amalga oshiriladi:</p>"
                "<ul>"
                "<li>informatika darslari quyi sinflardan boshlanadi;</li>"
                "<li>barcha hududlardagi maktablar zamonaviy jihozlar va keng polosali "
                "internet bilan taʼminlanadi;</li>"
                "<li>oʻqituvchilar dasturlash va maʼlumotlar bilan ishlash boʻyicha "
                "muntazam malaka oshirish kurslarida qatnashadi.</li>"
                "</ul>"
                "<p>Choralarni amalga oshirish maktab taʼlimi va raqamli "
                "texnologiyalar sohasiga masʼul vazirliklarga yuklatildi. Ishlar "
                "holati har yili koʻrib chiqiladi, natijalar esa ochiq eʼlon "
                "qilinadi.</p>"
            ),
        },
    },
    {
        "slug": "presidential-decree-on-the-development-of-higher-education",
        "category": "decrees-of-the-president",
        "days_ago": 410,
        "featured": False,
        "source": "UzA",
        "title": {
            "en": "Presidential decree on the development of higher education",
            "ru": "Указ Президента о развитии системы высшего образования",
            "uz": "Oliy taʼlim tizimini rivojlantirish toʻgʻrisida Prezident farmoni",
        },
        "summary": {
            "en": (
                "The decree gives universities more academic and financial "
                "independence and aims to widen access to higher education."
            ),
            "ru": (
                "Указ предоставляет вузам большую академическую и финансовую "
                "самостоятельность и направлен на расширение охвата высшим "
                "образованием."
            ),
            "uz": (
                "Farmon oliy taʼlim muassasalariga koʻproq akademik va moliyaviy "
                "mustaqillik beradi hamda oliy taʼlim bilan qamrovni oshirishga "
                "qaratilgan."
            ),
        },
        "body": {
            "en": (
                "<p>A presidential decree on the further development of higher "
                "education has been published. It continues the reforms of recent "
                "years, during which the number of universities and students in "
                "Uzbekistan has grown considerably.</p>"
                "<p>The decree grants state universities greater <em>academic and "
                "financial independence</em>. They will be able to design their own "
                "curricula, set up joint programmes with foreign partners and use "
                "income from research and paid services for their own development.</p>"
                "<p>Particular attention is paid to the quality of teaching. "
                "Universities will undergo independent accreditation, and the best "
                "students will receive grants for study and internships abroad. The "
                "Mission has shared the text of the decree with partner academic "
                "institutions in Switzerland.</p>"
            ),
            "ru": (
                "<p>Опубликован указ Президента о дальнейшем развитии системы высшего "
                "образования. Он продолжает реформы последних лет, за которые число "
                "вузов и студентов в Узбекистане значительно выросло.</p>"
                "<p>Указ предоставляет государственным вузам большую <em>академическую "
                "и финансовую самостоятельность</em>. Они смогут самостоятельно "
                "разрабатывать учебные планы, открывать совместные программы с "
                "зарубежными партнёрами и направлять доходы от научной деятельности и "
                "платных услуг на собственное развитие.</p>"
                "<p>Особое внимание уделено качеству преподавания. Вузы будут "
                "проходить независимую аккредитацию, а лучшие студенты получат гранты "
                "на обучение и стажировки за рубежом. Представительство направило "
                "текст указа партнёрским академическим учреждениям в Швейцарии.</p>"
            ),
            "uz": (
                "<p>Oliy taʼlim tizimini yanada rivojlantirish toʻgʻrisidagi Prezident "
                "farmoni eʼlon qilindi. U soʻnggi yillardagi islohotlarning davomi "
                "boʻlib, bu davrda Oʻzbekistonda oliy taʼlim muassasalari va talabalar "
                "soni sezilarli darajada oshdi.</p>"
                "<p>Farmon davlat oliy taʼlim muassasalariga kengroq <em>akademik va "
                "moliyaviy mustaqillik</em> beradi. Ular oʻquv rejalarini mustaqil "
                "ishlab chiqishi, xorijiy hamkorlar bilan qoʻshma dasturlar ochishi "
                "hamda ilmiy faoliyat va pullik xizmatlardan tushgan daromadni oʻz "
                "rivojiga yoʻnaltirishi mumkin boʻladi.</p>"
                "<p>Oʻqitish sifatiga alohida eʼtibor qaratilgan. Oliy taʼlim "
                "muassasalari mustaqil akkreditatsiyadan oʻtadi, eng yaxshi talabalar "
                "esa xorijda oʻqish va amaliyot oʻtash uchun grantlar oladi. "
                "Vakolatxona farmon matnini Shveytsariyadagi hamkor akademik "
                "muassasalarga yubordi.</p>"
            ),
        },
    },
    {
        "slug": "decree-supports-small-business-and-entrepreneurship-in-the-regions",
        "category": "decrees-of-the-president",
        "days_ago": 860,
        "featured": False,
        "source": "UzA",
        "title": {
            "en": "Decree supports small business and entrepreneurship in the regions",
            "ru": "Указ о поддержке малого бизнеса и предпринимательства в регионах",
            "uz": "",
        },
        "summary": {
            "en": (
                "Entrepreneurs in the regions will have easier access to credit, land "
                "and public procurement under a new decree."
            ),
            "ru": (
                "Согласно новому указу, предприниматели в регионах получат более "
                "простой доступ к кредитам, земле и государственным закупкам."
            ),
            "uz": "",
        },
        "body": {
            "en": (
                "<p>The President has signed a decree on additional measures to "
                "support small business and private entrepreneurship in the regions of "
                "Uzbekistan. The document seeks to create jobs outside the largest "
                "cities and to narrow the gap in incomes between regions.</p>"
                "<p>Commercial banks will extend preferential loans to start-ups and "
                "family businesses, with part of the interest covered by the state. "
                "Land plots for business will be allocated online through open "
                "auctions. Small companies will also be given a larger share of public "
                "procurement.</p>"
                "<p>Regional administrations, the khokimiyats, are to report every "
                "quarter on the number of new enterprises and jobs created.</p>"
            ),
            "ru": (
                "<p>Президент подписал указ о дополнительных мерах по поддержке малого "
                "бизнеса и частного предпринимательства в регионах Узбекистана. "
                "Документ направлен на создание рабочих мест за пределами крупнейших "
                "городов и сокращение разрыва в доходах между регионами.</p>"
                "<p>Коммерческие банки будут выдавать льготные кредиты начинающим "
                "предпринимателям и семейным предприятиям, причём часть процентов "
                "возместит государство. Земельные участки для бизнеса будут выделяться "
                "в электронной форме через открытые аукционы. Кроме того, малые "
                "предприятия получат большую долю в государственных закупках.</p>"
                "<p>Региональные администрации — хокимияты — будут ежеквартально "
                "отчитываться о числе созданных предприятий и рабочих мест.</p>"
            ),
            "uz": "",
        },
    },
    {
        "slug": "tashkent-international-investment-forum-presented-in-geneva",
        "category": "investment-potential",
        "days_ago": 45,
        "featured": True,
        "source": "Mission",
        "title": {
            "en": "Tashkent International Investment Forum presented in Geneva",
            "ru": "В Женеве представлен Ташкентский международный инвестиционный форум",
            "uz": "Jenevada Toshkent xalqaro investitsiya forumi taqdim etildi",
        },
        "summary": {
            "en": (
                "The Mission held a presentation of the forthcoming Tashkent "
                "International Investment Forum for Swiss companies, banks and "
                "international organisations."
            ),
            "ru": (
                "Представительство провело презентацию предстоящего Ташкентского "
                "международного инвестиционного форума для швейцарских компаний, "
                "банков и международных организаций."
            ),
            "uz": (
                "Vakolatxona Shveytsariya kompaniyalari, banklari va xalqaro "
                "tashkilotlar uchun boʻlajak Toshkent xalqaro investitsiya forumi "
                "taqdimotini oʻtkazdi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Mission of Uzbekistan in Geneva held a presentation "
                "of the <strong>Tashkent International Investment Forum</strong>. "
                "Representatives of Swiss companies, banks, chambers of commerce and "
                "international organisations attended the event.</p>"
                "<h2>Reforms and opportunities</h2>"
                "<p>The Permanent Representative spoke about the economic reforms "
                "carried out in Uzbekistan, including currency liberalisation, tax "
                "simplification and the privatisation of state assets. Participants "
                "were introduced to the priority sectors for investment: energy, "
                "mining, agriculture and food processing, textiles, pharmaceuticals "
                "and tourism.</p>"
                "<p>A video presentation by the Ministry of Investment, Industry and "
                "Trade outlined the forum's programme and the projects to be offered "
                "to investors. Guests asked about legal guarantees for foreign "
                "investors and about transport routes linking Central Asia with "
                "Europe. Those interested were invited to register for the forum in "
                "Tashkent.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство Узбекистана в Женеве провело "
                "презентацию <strong>Ташкентского международного инвестиционного "
                "форума</strong>. В мероприятии приняли участие представители "
                "швейцарских компаний, банков, торговых палат и международных "
                "организаций.</p>"
                "<h2>Реформы и возможности</h2>"
                "<p>Постоянный представитель рассказал о проводимых в Узбекистане "
                "экономических реформах, включая либерализацию валютного рынка, "
                "упрощение налоговой системы и приватизацию государственных активов. "
                "Участников ознакомили с приоритетными отраслями для инвестиций: "
                "энергетикой, горнодобывающей промышленностью, сельским хозяйством и "
                "переработкой продовольствия, текстильной и фармацевтической "
                "отраслями, а также туризмом.</p>"
                "<p>В видеопрезентации Министерства инвестиций, промышленности и "
                "торговли были представлены программа форума и проекты, которые будут "
                "предложены инвесторам. Гости задали вопросы о правовых гарантиях для "
                "иностранных инвесторов и о транспортных маршрутах, связывающих "
                "Центральную Азию с Европой. Всем желающим предложено "
                "зарегистрироваться для участия в форуме в Ташкенте.</p>"
            ),
            "uz": (
                "<p>Oʻzbekistonning Jenevadagi Doimiy vakolatxonasi <strong>Toshkent "
                "xalqaro investitsiya forumi</strong> taqdimotini oʻtkazdi. Tadbirda "
                "Shveytsariya kompaniyalari, banklari, savdo palatalari va xalqaro "
                "tashkilotlar vakillari ishtirok etdi.</p>"
                "<h2>Islohotlar va imkoniyatlar</h2>"
                "<p>Doimiy vakil Oʻzbekistonda amalga oshirilayotgan iqtisodiy "
                "islohotlar, jumladan, valyuta bozorini liberallashtirish, soliq "
                "tizimini soddalashtirish va davlat aktivlarini xususiylashtirish "
                "haqida soʻzlab berdi. Ishtirokchilar investitsiyalar uchun ustuvor "
                "tarmoqlar — energetika, togʻ-kon sanoati, qishloq xoʻjaligi va "
                "oziq-ovqat mahsulotlarini qayta ishlash, toʻqimachilik, farmatsevtika "
                "va turizm bilan tanishtirildi.</p>"
                "<p>Investitsiyalar, sanoat va savdo vazirligining videotaqdimotida "
                "forum dasturi va investorlarga taklif etiladigan loyihalar bayon "
                "qilindi. Mehmonlar xorijiy investorlar uchun huquqiy kafolatlar hamda "
                "Markaziy Osiyoni Yevropa bilan bogʻlovchi transport yoʻlaklari haqida "
                "savollar berdi. Qiziquvchilar Toshkentdagi forumda ishtirok etish "
                "uchun roʻyxatdan oʻtishga taklif qilindi.</p>"
            ),
        },
    },
    {
        "slug": "green-energy-projects-in-uzbekistan-discussed-with-investors",
        "category": "investment-potential",
        "days_ago": 530,
        "featured": False,
        "source": "Dunyo",
        "title": {
            "en": "Green energy projects in Uzbekistan discussed with investors",
            "ru": "С инвесторами обсуждены проекты зелёной энергетики в Узбекистане",
            "uz": (
                "Investorlar bilan Oʻzbekistondagi yashil energetika loyihalari "
                "muhokama qilindi"
            ),
        },
        "summary": {
            "en": (
                "A business round table in Geneva focused on solar and wind power "
                "projects and on Uzbekistan's plans to increase the share of renewable "
                "energy."
            ),
            "ru": (
                "Деловой круглый стол в Женеве был посвящён проектам солнечной и "
                "ветровой энергетики и планам Узбекистана по увеличению доли "
                "возобновляемых источников энергии."
            ),
            "uz": (
                "Jenevadagi biznes davra suhbati quyosh va shamol energetikasi "
                "loyihalari hamda Oʻzbekistonning qayta tiklanuvchi energiya ulushini "
                "oshirish rejalariga bagʻishlandi."
            ),
        },
        "body": {
            "en": (
                "<p>A business round table on renewable energy in Uzbekistan took "
                "place in Geneva with the participation of energy companies, "
                "investment funds and experts from international organisations.</p>"
                "<p>Participants were told that Uzbekistan intends to increase "
                "significantly the share of renewable sources in electricity "
                "generation over the coming years. Large solar and wind power plants "
                "are already being built under public-private partnership agreements, "
                "and new tenders are planned in several regions.</p>"
                "<p>Investors showed interest in energy storage, the modernisation of "
                "power grids and the production of green hydrogen. The sides agreed to "
                "continue the dialogue and to prepare a list of projects for "
                "consideration at the next investment forum.</p>"
            ),
            "ru": (
                "<p>В Женеве состоялся деловой круглый стол, посвящённый "
                "возобновляемой энергетике Узбекистана. В нём приняли участие "
                "энергетические компании, инвестиционные фонды и эксперты "
                "международных организаций.</p>"
                "<p>Участникам сообщили, что в ближайшие годы Узбекистан намерен "
                "значительно увеличить долю возобновляемых источников в производстве "
                "электроэнергии. Крупные солнечные и ветровые электростанции уже "
                "строятся на условиях государственно-частного партнёрства, а в ряде "
                "регионов запланированы новые тендеры.</p>"
                "<p>Инвесторы проявили интерес к системам накопления энергии, "
                "модернизации электросетей и производству зелёного водорода. Стороны "
                "договорились продолжить диалог и подготовить перечень проектов для "
                "рассмотрения на очередном инвестиционном форуме.</p>"
            ),
            "uz": (
                "<p>Jenevada Oʻzbekistonning qayta tiklanuvchi energetikasiga "
                "bagʻishlangan biznes davra suhbati boʻlib oʻtdi. Unda energetika "
                "kompaniyalari, investitsiya fondlari va xalqaro tashkilotlar "
                "ekspertlari ishtirok etdi.</p>"
                "<p>Ishtirokchilarga Oʻzbekiston yaqin yillarda elektr energiyasi "
                "ishlab chiqarishda qayta tiklanuvchi manbalar ulushini sezilarli "
                "darajada oshirish niyatida ekani maʼlum qilindi. Yirik quyosh va "
                "shamol elektr stansiyalari davlat-xususiy sheriklik asosida "
                "allaqachon qurilmoqda, bir qator hududlarda esa yangi tenderlar "
                "rejalashtirilgan.</p>"
                "<p>Investorlar energiyani saqlash tizimlari, elektr tarmoqlarini "
                "modernizatsiya qilish va yashil vodorod ishlab chiqarishga qiziqish "
                "bildirdi. Tomonlar muloqotni davom ettirish va navbatdagi "
                "investitsiya forumida koʻrib chiqish uchun loyihalar roʻyxatini "
                "tayyorlashga kelishib oldi.</p>"
            ),
        },
    },
    {
        "slug": "free-economic-zones-new-opportunities-for-foreign-companies",
        "category": "investment-potential",
        "days_ago": 980,
        "featured": False,
        "source": "",
        "title": {
            "en": "Free economic zones: new opportunities for foreign companies",
            "ru": (
                "Свободные экономические зоны: новые возможности для иностранных "
                "компаний"
            ),
            "uz": (
                "Erkin iqtisodiy zonalar: xorijiy kompaniyalar uchun yangi imkoniyatlar"
            ),
        },
        "summary": {
            "en": (
                "Uzbekistan's free economic zones offer tax and customs incentives to "
                "companies that set up production in the country."
            ),
            "ru": (
                "Свободные экономические зоны Узбекистана предлагают налоговые и "
                "таможенные льготы компаниям, открывающим производство в стране."
            ),
            "uz": (
                "Oʻzbekistonning erkin iqtisodiy zonalari mamlakatda ishlab "
                "chiqarishni yoʻlga qoʻygan kompaniyalarga soliq va bojxona "
                "imtiyozlarini taqdim etadi."
            ),
        },
        "body": {
            "en": (
                "<p>Free economic zones operate in all regions of Uzbekistan, from "
                "Navoi and Angren to Nukus and Termez. They are designed to attract "
                "investment in manufacturing and to bring new technologies to the "
                "country.</p>"
                "<p>Companies registered in the zones can benefit from:</p>"
                "<ul>"
                "<li>exemption from several taxes for a period that depends on the "
                "amount invested;</li>"
                "<li>relief from customs duties on imported equipment and raw "
                "materials;</li>"
                "<li>ready infrastructure, including roads, power and water "
                "supply.</li>"
                "</ul>"
                "<p>The zones specialise in different sectors, such as "
                "pharmaceuticals, electronics, food processing and building materials. "
                "Companies interested in these opportunities may contact the Mission "
                "for information and for introductions to the relevant authorities.</p>"
            ),
            "ru": (
                "<p>Свободные экономические зоны действуют во всех регионах "
                "Узбекистана — от Навои и Ангрена до Нукуса и Термеза. Они созданы для "
                "привлечения инвестиций в производство и внедрения в стране новых "
                "технологий.</p>"
                "<p>Компании, зарегистрированные в зонах, могут воспользоваться:</p>"
                "<ul>"
                "<li>освобождением от ряда налогов на срок, зависящий от объёма "
                "инвестиций;</li>"
                "<li>освобождением от таможенных пошлин на ввозимое оборудование и "
                "сырьё;</li>"
                "<li>готовой инфраструктурой, включая дороги, электро- и "
                "водоснабжение.</li>"
                "</ul>"
                "<p>Зоны специализируются на разных отраслях, таких как фармацевтика, "
                "электроника, пищевая промышленность и производство строительных "
                "материалов. Заинтересованные компании могут обратиться в "
                "Представительство за информацией и содействием в установлении "
                "контактов с профильными ведомствами.</p>"
            ),
            "uz": (
                "<p>Erkin iqtisodiy zonalar Oʻzbekistonning barcha hududlarida — "
                "Navoiy va Angrendan Nukus va Termizgacha faoliyat koʻrsatmoqda. Ular "
                "ishlab chiqarishga investitsiyalarni jalb qilish va mamlakatga yangi "
                "texnologiyalarni olib kirish uchun tashkil etilgan.</p>"
                "<p>Zonalarda roʻyxatdan oʻtgan kompaniyalar quyidagi imkoniyatlardan "
                "foydalanishi mumkin:</p>"
                "<ul>"
                "<li>investitsiya hajmiga bogʻliq muddatga bir qator soliqlardan ozod "
                "qilinish;</li>"
                "<li>olib kiriladigan uskunalar va xomashyo uchun bojxona "
                "toʻlovlaridan ozod qilinish;</li>"
                "<li>yoʻllar, elektr va suv taʼminotini oʻz ichiga olgan tayyor "
                "infratuzilma.</li>"
                "</ul>"
                "<p>Zonalar farmatsevtika, elektronika, oziq-ovqat sanoati va qurilish "
                "materiallari ishlab chiqarish kabi turli tarmoqlarga ixtisoslashgan. "
                "Qiziqqan kompaniyalar maʼlumot olish va tegishli idoralar bilan aloqa "
                "oʻrnatish uchun Vakolatxonaga murojaat qilishi mumkin.</p>"
            ),
        },
    },
    {
        "slug": "permanent-representative-holds-talks-at-the-world-health-organization",
        "category": "meetings",
        "days_ago": 8,
        "featured": False,
        "source": "Mission",
        "title": {
            "en": (
                "Permanent Representative holds talks at the World Health Organization"
            ),
            "ru": (
                "Постоянный представитель провёл переговоры во Всемирной организации "
                "здравоохранения"
            ),
            "uz": (
                "Doimiy vakil Jahon sogʻliqni saqlash tashkilotida muzokaralar oʻtkazdi"
            ),
        },
        "summary": {
            "en": (
                "The talks covered primary health care, the training of medical staff "
                "and WHO support for Uzbekistan's health reform."
            ),
            "ru": (
                "На переговорах обсуждались первичная медико-санитарная помощь, "
                "подготовка медицинских кадров и поддержка ВОЗ реформы здравоохранения "
                "в Узбекистане."
            ),
            "uz": (
                "Muzokaralarda birlamchi tibbiy-sanitariya yordami, tibbiyot "
                "kadrlarini tayyorlash va JSSTning Oʻzbekistondagi sogʻliqni saqlash "
                "islohotini qoʻllab-quvvatlashi muhokama qilindi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Representative of Uzbekistan met senior officials of "
                "the World Health Organization at its headquarters in Geneva. The "
                "meeting reviewed the current programme of cooperation and the "
                "priorities for the next two years.</p>"
                "<p>The Uzbek side briefed its partners on the ongoing reform of the "
                "health system, including the introduction of compulsory health "
                "insurance, the digitalisation of medical records and the "
                "strengthening of family clinics in rural areas. WHO experts noted the "
                "progress achieved and offered further technical assistance.</p>"
                "<p>The parties also discussed the training of doctors and nurses, the "
                "prevention of non-communicable diseases and preparedness for health "
                "emergencies. It was agreed to hold expert consultations in Tashkent "
                "later this year.</p>"
            ),
            "ru": (
                "<p>Постоянный представитель Узбекистана встретился с руководящими "
                "сотрудниками Всемирной организации здравоохранения в её штаб-квартире "
                "в Женеве. На встрече были рассмотрены текущая программа "
                "сотрудничества и приоритеты на ближайшие два года.</p>"
                "<p>Узбекская сторона проинформировала партнёров о ходе реформы "
                "системы здравоохранения, включая внедрение обязательного медицинского "
                "страхования, цифровизацию медицинских карт и укрепление семейных "
                "поликлиник в сельской местности. Эксперты ВОЗ отметили достигнутый "
                "прогресс и предложили дальнейшую техническую помощь.</p>"
                "<p>Стороны также обсудили подготовку врачей и медицинских сестёр, "
                "профилактику неинфекционных заболеваний и готовность к чрезвычайным "
                "ситуациям в области здравоохранения. Достигнута договорённость "
                "провести экспертные консультации в Ташкенте в этом году.</p>"
            ),
            "uz": (
                "<p>Oʻzbekistonning Doimiy vakili Jahon sogʻliqni saqlash "
                "tashkilotining Jenevadagi bosh qarorgohida tashkilot rahbariyati "
                "vakillari bilan uchrashdi. Uchrashuvda amaldagi hamkorlik dasturi va "
                "kelgusi ikki yil uchun ustuvor yoʻnalishlar koʻrib chiqildi.</p>"
                "<p>Oʻzbek tomoni hamkorlarni sogʻliqni saqlash tizimi islohoti, "
                "jumladan, majburiy tibbiy sugʻurtani joriy etish, tibbiy hujjatlarni "
                "raqamlashtirish va qishloq joylardagi oilaviy poliklinikalarni "
                "mustahkamlash haqida xabardor qildi. JSST ekspertlari erishilgan "
                "yutuqlarni qayd etib, qoʻshimcha texnik yordam koʻrsatishni taklif "
                "qildi.</p>"
                "<p>Tomonlar, shuningdek, shifokor va hamshiralarni tayyorlash, "
                "yuqumli boʻlmagan kasalliklarning oldini olish hamda sogʻliqni "
                "saqlash sohasidagi favqulodda vaziyatlarga tayyorgarlik masalalarini "
                "muhokama qildi. Joriy yilda Toshkentda ekspert maslahatlashuvlarini "
                "oʻtkazishga kelishib olindi.</p>"
            ),
        },
    },
    {
        "slug": "consultations-with-unhcr-on-regional-cooperation",
        "category": "meetings",
        "days_ago": 300,
        "featured": False,
        "source": "",
        "title": {
            "en": "Consultations with UNHCR on regional cooperation",
            "ru": "Консультации с УВКБ ООН по вопросам регионального сотрудничества",
            "uz": (
                "BMT Qochqinlar ishlari boʻyicha Oliy komissarligi bilan mintaqaviy "
                "hamkorlik yuzasidan maslahatlashuvlar"
            ),
        },
        "summary": {
            "en": (
                "Diplomats of the Mission and UNHCR officials discussed humanitarian "
                "support in the region and the role of the logistics hub in Termez."
            ),
            "ru": (
                "Дипломаты Представительства и сотрудники УВКБ ООН обсудили "
                "гуманитарную поддержку в регионе и роль логистического центра в "
                "Термезе."
            ),
            "uz": (
                "Vakolatxona diplomatlari va Oliy komissarlik xodimlari mintaqadagi "
                "insonparvarlik yordami va Termizdagi logistika markazining rolini "
                "muhokama qildi."
            ),
        },
        "body": {
            "en": (
                "<p>Diplomats of the Permanent Mission held consultations with "
                "officials of the Office of the United Nations High Commissioner for "
                "Refugees (UNHCR) in Geneva.</p>"
                "<p>The meeting focused on humanitarian assistance in Central Asia and "
                "in neighbouring Afghanistan. The Uzbek side described the work of the "
                "Termez international logistics hub, through which UN agencies and "
                "other partners deliver food, medicines and other supplies. UNHCR "
                "representatives expressed appreciation for the cooperation and for "
                "the facilities provided.</p>"
                "<p>The sides also exchanged views on statelessness. In recent years "
                "Uzbekistan has granted citizenship to tens of thousands of people who "
                "previously had no nationality, an effort that UNHCR has welcomed. "
                "Further consultations are planned at expert level.</p>"
            ),
            "ru": (
                "<p>Дипломаты Постоянного представительства провели консультации с "
                "сотрудниками Управления Верховного комиссара ООН по делам беженцев "
                "(УВКБ ООН) в Женеве.</p>"
                "<p>Основное внимание на встрече было уделено гуманитарной помощи в "
                "Центральной Азии и соседнем Афганистане. Узбекская сторона рассказала "
                "о работе Термезского международного логистического центра, через "
                "который учреждения ООН и другие партнёры доставляют продовольствие, "
                "медикаменты и иные грузы. Представители УВКБ ООН выразили "
                "признательность за сотрудничество и предоставленные возможности.</p>"
                "<p>Стороны также обменялись мнениями по проблеме безгражданства. В "
                "последние годы Узбекистан предоставил гражданство десяткам тысяч "
                "людей, ранее являвшихся лицами без гражданства, и эти усилия получили "
                "высокую оценку УВКБ ООН. Дальнейшие консультации планируется провести "
                "на экспертном уровне.</p>"
            ),
            "uz": (
                "<p>Doimiy vakolatxona diplomatlari Jenevada BMT Qochqinlar ishlari "
                "boʻyicha Oliy komissari boshqarmasi xodimlari bilan maslahatlashuvlar "
                "oʻtkazdi.</p>"
                "<p>Uchrashuvda asosiy eʼtibor Markaziy Osiyo va qoʻshni "
                "Afgʻonistondagi insonparvarlik yordamiga qaratildi. Oʻzbek tomoni "
                "Termiz xalqaro logistika markazining faoliyati haqida soʻzlab berdi: "
                "u orqali BMT agentliklari va boshqa hamkorlar oziq-ovqat, dori-darmon "
                "va boshqa yuklarni yetkazib bermoqda. Oliy komissarlik vakillari "
                "hamkorlik va yaratilgan sharoitlar uchun minnatdorlik bildirdi.</p>"
                "<p>Tomonlar fuqaroligi yoʻq shaxslar masalasi yuzasidan ham fikr "
                "almashdi. Soʻnggi yillarda Oʻzbekiston ilgari hech qaysi davlat "
                "fuqaroligiga ega boʻlmagan oʻn minglab kishilarga fuqarolik berdi va "
                "bu saʼy-harakatlar Oliy komissarlik tomonidan yuqori baholandi. "
                "Keyingi maslahatlashuvlar ekspertlar darajasida oʻtkazilishi "
                "rejalashtirilgan.</p>"
            ),
        },
    },
    {
        "slug": "talks-with-the-ilo-on-labour-standards",
        "category": "meetings",
        "days_ago": 700,
        "featured": False,
        "source": "",
        "title": {
            "en": "Talks with the ILO on labour standards",
            "ru": "Переговоры с МОТ по трудовым стандартам",
            "uz": "XMT bilan mehnat standartlari boʻyicha muzokaralar",
        },
        "summary": {
            "en": (
                "The Mission and the International Labour Organization reviewed "
                "cooperation on decent work, including the monitoring of the cotton "
                "harvest."
            ),
            "ru": (
                "Представительство и Международная организация труда рассмотрели "
                "сотрудничество в сфере достойного труда, в том числе мониторинг "
                "хлопкового сезона."
            ),
            "uz": (
                "Vakolatxona va Xalqaro mehnat tashkiloti munosib mehnat sohasidagi "
                "hamkorlikni, jumladan, paxta terimi monitoringini koʻrib chiqdi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Representative held talks at the headquarters of the "
                "International Labour Organization (ILO) on the implementation of the "
                "Decent Work Country Programme for Uzbekistan.</p>"
                "<p>Both sides noted that independent monitoring by the ILO has "
                "confirmed the end of systemic forced and child labour in the cotton "
                "harvest. The discussion then turned to new priorities: social "
                "dialogue, labour inspection, occupational safety and the protection "
                "of labour migrants abroad.</p>"
                "<blockquote>"
                "<p>The Mission reaffirmed that Uzbekistan regards international "
                "labour standards not as an external obligation but as part of its own "
                "reform agenda.</p>"
                "</blockquote>"
                "<p>ILO experts offered support in drafting regulations under the new "
                "Labour Code and in training labour inspectors.</p>"
            ),
            "ru": (
                "<p>Постоянный представитель провёл переговоры в штаб-квартире "
                "Международной организации труда (МОТ), посвящённые реализации "
                "Страновой программы достойного труда для Узбекистана.</p>"
                "<p>Стороны отметили, что независимый мониторинг МОТ подтвердил "
                "искоренение системного принудительного и детского труда при сборе "
                "хлопка. Далее обсуждение было сосредоточено на новых приоритетах: "
                "социальном диалоге, трудовой инспекции, охране труда и защите "
                "трудовых мигрантов за рубежом.</p>"
                "<blockquote>"
                "<p>Представительство подтвердило, что Узбекистан рассматривает "
                "международные трудовые стандарты не как внешнее обязательство, а как "
                "часть собственной программы реформ.</p>"
                "</blockquote>"
                "<p>Эксперты МОТ предложили содействие в подготовке подзаконных актов "
                "к новому Трудовому кодексу и в обучении трудовых инспекторов.</p>"
            ),
            "uz": (
                "<p>Doimiy vakil Xalqaro mehnat tashkiloti (XMT) bosh qarorgohida "
                "Oʻzbekiston uchun Munosib mehnat boʻyicha mamlakat dasturini amalga "
                "oshirishga bagʻishlangan muzokaralar oʻtkazdi.</p>"
                "<p>Tomonlar XMTning mustaqil monitoringi paxta terimida tizimli "
                "majburiy va bolalar mehnatiga barham berilganini tasdiqlaganini qayd "
                "etdi. Soʻngra muhokama yangi ustuvor yoʻnalishlar — ijtimoiy muloqot, "
                "mehnat inspeksiyasi, mehnatni muhofaza qilish va xorijdagi mehnat "
                "muhojirlarini himoya qilish masalalariga qaratildi.</p>"
                "<blockquote>"
                "<p>Vakolatxona Oʻzbekiston xalqaro mehnat standartlarini tashqi "
                "majburiyat sifatida emas, balki oʻz islohotlar dasturining bir qismi "
                "sifatida koʻrishini yana bir bor taʼkidladi.</p>"
                "</blockquote>"
                "<p>XMT ekspertlari yangi Mehnat kodeksiga muvofiq normativ "
                "hujjatlarni tayyorlash va mehnat inspektorlarini oʻqitishda koʻmak "
                "berishni taklif qildi.</p>"
            ),
        },
    },
    {
        "slug": "uzbekistan-and-itu-discuss-digital-connectivity",
        "category": "international-cooperation",
        "days_ago": 95,
        "featured": False,
        "source": "Dunyo",
        "title": {
            "en": "Uzbekistan and ITU discuss digital connectivity",
            "ru": "Узбекистан и МСЭ обсудили развитие цифровой связи",
            "uz": "Oʻzbekiston va XET raqamli aloqani rivojlantirishni muhokama qildi",
        },
        "summary": {
            "en": (
                "A meeting at the International Telecommunication Union focused on "
                "broadband in rural areas and on digital skills for young people."
            ),
            "ru": (
                "Встреча в Международном союзе электросвязи была посвящена "
                "широкополосному доступу в сельской местности и цифровым навыкам "
                "молодёжи."
            ),
            "uz": (
                "Xalqaro elektraloqa ittifoqidagi uchrashuv qishloq joylarda keng "
                "polosali internet va yoshlarning raqamli koʻnikmalariga bagʻishlandi."
            ),
        },
        "body": {
            "en": (
                "<p>A delegation of the Ministry of Digital Technologies of "
                "Uzbekistan, accompanied by the Mission's diplomats, visited the "
                "International Telecommunication Union (ITU) in Geneva.</p>"
                "<p>The sides discussed how to bring reliable broadband internet to "
                "villages and remote districts, the allocation of radio frequencies "
                "for new mobile networks and the protection of users online. The Uzbek "
                "delegation presented the results of a national programme under which "
                "thousands of settlements have been connected to fibre-optic lines.</p>"
                "<p>ITU specialists proposed joint training for young engineers and a "
                "study of the country's readiness for emerging technologies. The "
                "parties agreed to prepare a road map of cooperation for the next "
                "three years.</p>"
            ),
            "ru": (
                "<p>Делегация Министерства цифровых технологий Узбекистана в "
                "сопровождении дипломатов Представительства посетила Международный "
                "союз электросвязи (МСЭ) в Женеве.</p>"
                "<p>Стороны обсудили, как обеспечить надёжным широкополосным "
                "интернетом сёла и отдалённые районы, распределение радиочастот для "
                "новых мобильных сетей и защиту пользователей в интернете. Узбекская "
                "делегация представила итоги национальной программы, в рамках которой "
                "к волоконно-оптическим линиям подключены тысячи населённых "
                "пунктов.</p>"
                "<p>Специалисты МСЭ предложили организовать совместное обучение "
                "молодых инженеров и провести исследование готовности страны к новым "
                "технологиям. Стороны договорились подготовить дорожную карту "
                "сотрудничества на ближайшие три года.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston Raqamli texnologiyalar vazirligi delegatsiyasi "
                "Vakolatxona diplomatlari hamrohligida Jenevadagi Xalqaro elektraloqa "
                "ittifoqiga (XET) tashrif buyurdi.</p>"
                "<p>Tomonlar qishloqlar va chekka tumanlarni ishonchli keng polosali "
                "internet bilan taʼminlash, yangi mobil tarmoqlar uchun "
                "radiochastotalarni taqsimlash hamda internetdagi foydalanuvchilarni "
                "himoya qilish masalalarini muhokama qildi. Oʻzbek delegatsiyasi "
                "minglab aholi punktlari optik tolali liniyalarga ulangan milliy "
                "dastur natijalarini taqdim etdi.</p>"
                "<p>XET mutaxassislari yosh muhandislar uchun qoʻshma oʻquv "
                "mashgʻulotlarini tashkil etish va mamlakatning yangi texnologiyalarga "
                "tayyorligini oʻrganishni taklif qildi. Tomonlar kelgusi uch yilga "
                "moʻljallangan hamkorlik yoʻl xaritasini tayyorlashga kelishib "
                "oldi.</p>"
            ),
        },
    },
    {
        "slug": "cooperation-with-wipo-on-intellectual-property-expands",
        "category": "international-cooperation",
        "days_ago": 620,
        "featured": False,
        "source": "",
        "title": {
            "en": "Cooperation with WIPO on intellectual property expands",
            "ru": (
                "Расширяется сотрудничество с ВОИС в сфере интеллектуальной "
                "собственности"
            ),
            "uz": "Intellektual mulk sohasida JIMT bilan hamkorlik kengaymoqda",
        },
        "summary": {
            "en": (
                "Uzbekistan and the World Intellectual Property Organization discussed "
                "support for inventors and creative industries and the protection of "
                "geographical indications."
            ),
            "ru": (
                "Узбекистан и Всемирная организация интеллектуальной собственности "
                "обсудили поддержку изобретателей и креативных индустрий, а также "
                "защиту географических указаний."
            ),
            "uz": (
                "Oʻzbekiston va Jahon intellektual mulk tashkiloti ixtirochilar va "
                "ijodiy sanoatni qoʻllab-quvvatlash hamda geografik koʻrsatkichlarni "
                "himoya qilish masalalarini muhokama qildi."
            ),
        },
        "body": {
            "en": (
                "<p>The Mission's diplomats met officials of the World Intellectual "
                "Property Organization (WIPO) to review joint projects and to plan new "
                "activities.</p>"
                "<p>Uzbekistan has joined several WIPO treaties in recent years and "
                "has modernised its patent office, which now accepts applications "
                "online. The meeting discussed further steps: training for judges and "
                "customs officers, support for technology transfer centres at "
                "universities and the promotion of creative industries such as design, "
                "film and music.</p>"
                "<p>Special attention was given to geographical indications. Products "
                "such as <em>Margilan silk</em> and dried fruits from different "
                "regions could benefit from the protection of their names on foreign "
                "markets. WIPO confirmed its readiness to provide expert advice on "
                "this work.</p>"
            ),
            "ru": (
                "<p>Дипломаты Представительства встретились с сотрудниками Всемирной "
                "организации интеллектуальной собственности (ВОИС), чтобы рассмотреть "
                "совместные проекты и наметить новые мероприятия.</p>"
                "<p>В последние годы Узбекистан присоединился к ряду договоров ВОИС и "
                "модернизировал патентное ведомство, которое теперь принимает заявки в "
                "электронной форме. На встрече обсуждались дальнейшие шаги: обучение "
                "судей и таможенников, поддержка центров трансфера технологий при "
                "университетах и развитие креативных индустрий — дизайна, кино и "
                "музыки.</p>"
                "<p>Особое внимание было уделено географическим указаниям. Такие "
                "товары, как <em>маргиланский шёлк</em> и сухофрукты из разных "
                "регионов, могли бы получить защиту своих наименований на зарубежных "
                "рынках. ВОИС подтвердила готовность оказать экспертную помощь в этой "
                "работе.</p>"
            ),
            "uz": (
                "<p>Vakolatxona diplomatlari qoʻshma loyihalarni koʻrib chiqish va "
                "yangi tadbirlarni rejalashtirish maqsadida Jahon intellektual mulk "
                "tashkiloti (JIMT) xodimlari bilan uchrashdi.</p>"
                "<p>Soʻnggi yillarda Oʻzbekiston JIMTning bir qator shartnomalariga "
                "qoʻshildi va patent idorasini modernizatsiya qildi, endi u arizalarni "
                "elektron shaklda qabul qiladi. Uchrashuvda keyingi qadamlar — "
                "sudyalar va bojxona xodimlarini oʻqitish, universitetlar qoshidagi "
                "texnologiyalar transferi markazlarini qoʻllab-quvvatlash hamda "
                "dizayn, kino va musiqa kabi ijodiy sanoatni rivojlantirish muhokama "
                "qilindi.</p>"
                "<p>Geografik koʻrsatkichlarga alohida eʼtibor qaratildi. "
                "<em>Margʻilon ipagi</em> va turli hududlarning quruq mevalari kabi "
                "mahsulotlar xorijiy bozorlarda oʻz nomlarini himoya qilish "
                "imkoniyatiga ega boʻlishi mumkin. JIMT ushbu ishda ekspert yordami "
                "koʻrsatishga tayyor ekanini tasdiqladi.</p>"
            ),
        },
    },
    {
        "slug": "uzbekistan-joins-unece-discussion-on-water-and-climate",
        "category": "international-cooperation",
        "days_ago": 1040,
        "featured": False,
        "source": "",
        "title": {
            "en": (
                "Uzbekistan joins UNECE discussion on water and climate in Central Asia"
            ),
            "ru": "",
            "uz": "",
        },
        "summary": {
            "en": (
                "At a meeting held under the UN Economic Commission for Europe, the "
                "Mission spoke about water cooperation in the Aral Sea basin."
            ),
            "ru": "",
            "uz": "",
        },
        "body": {
            "en": (
                "<p>The Permanent Mission took part in a meeting under the Water "
                "Convention of the United Nations Economic Commission for Europe "
                "(UNECE), devoted to transboundary water management and adaptation to "
                "climate change.</p>"
                "<p>In its statement, the Uzbek delegation described the consequences "
                "of the drying of the Aral Sea and the measures being taken in the "
                "Aral Sea region: the planting of saxaul forests on the former seabed, "
                "water-saving irrigation and support for local communities. The "
                "delegation also mentioned the work of the UN Multi-Partner Human "
                "Security Trust Fund for the Aral Sea region.</p>"
                "<p>Participants agreed that regional cooperation, the exchange of "
                "data and investment in efficient irrigation are essential for the "
                "countries of Central Asia.</p>"
            ),
            "ru": "",
            "uz": "",
        },
    },
    {
        "slug": "from-the-millennium-development-goals-to-the-2030-agenda",
        "category": "millennium-development-goals",
        "days_ago": 150,
        "featured": False,
        "source": "",
        "title": {
            "en": "From the Millennium Development Goals to the 2030 Agenda",
            "ru": "От Целей развития тысячелетия к Повестке дня до 2030 года",
            "uz": (
                "Ming yillik rivojlanish maqsadlaridan 2030-yilgacha boʻlgan Kun "
                "tartibiga"
            ),
        },
        "summary": {
            "en": (
                "At a Geneva seminar, the Mission shared Uzbekistan's experience of "
                "turning global development goals into national targets."
            ),
            "ru": (
                "На семинаре в Женеве Представительство поделилось опытом Узбекистана "
                "по преобразованию глобальных целей развития в национальные задачи."
            ),
            "uz": (
                "Jenevadagi seminarda Vakolatxona global rivojlanish maqsadlarini "
                "milliy vazifalarga aylantirish boʻyicha Oʻzbekiston tajribasi bilan "
                "oʻrtoqlashdi."
            ),
        },
        "body": {
            "en": (
                "<p>The Mission took part in a seminar on the lessons of the "
                "Millennium Development Goals (MDGs) for the implementation of the "
                "2030 Agenda for Sustainable Development.</p>"
                "<h2>What the MDGs taught</h2>"
                "<p>During the MDG period, Uzbekistan significantly reduced poverty, "
                "achieved near-universal primary education and lowered maternal and "
                "child mortality. The experience showed that goals work best when they "
                "are built into national programmes, backed by budgets and measured "
                "with reliable statistics.</p>"
                "<p>Building on that experience, Uzbekistan adopted its own national "
                "Sustainable Development Goals and targets. A parliamentary commission "
                "oversees their implementation, and the country has presented "
                "voluntary national reviews at the United Nations. Seminar "
                "participants showed particular interest in the role of the mahalla, "
                "the local self-government body, in reaching vulnerable families.</p>"
            ),
            "ru": (
                "<p>Представительство приняло участие в семинаре, посвящённом урокам "
                "Целей развития тысячелетия (ЦРТ) для реализации Повестки дня в "
                "области устойчивого развития на период до 2030 года.</p>"
                "<h2>Чему научили ЦРТ</h2>"
                "<p>В период действия ЦРТ Узбекистан значительно сократил бедность, "
                "добился практически всеобщего начального образования и снизил "
                "материнскую и детскую смертность. Этот опыт показал, что цели "
                "работают лучше всего, когда они включены в национальные программы, "
                "обеспечены бюджетом и измеряются с помощью достоверной статистики.</p>"
                "<p>Опираясь на этот опыт, Узбекистан принял собственные национальные "
                "цели и задачи в области устойчивого развития. За их выполнением "
                "следит парламентская комиссия, а страна представила в ООН "
                "добровольные национальные обзоры. Участники семинара проявили особый "
                "интерес к роли махалли — органа местного самоуправления — в поддержке "
                "уязвимых семей.</p>"
            ),
            "uz": (
                "<p>Vakolatxona Ming yillik rivojlanish maqsadlari (MRM) tajribasidan "
                "2030-yilgacha boʻlgan davrda Barqaror rivojlanish sohasidagi kun "
                "tartibini amalga oshirishda foydalanishga bagʻishlangan seminarda "
                "ishtirok etdi.</p>"
                "<h2>MRM tajribasi nimani oʻrgatdi</h2>"
                "<p>MRM davrida Oʻzbekiston kambagʻallikni sezilarli darajada "
                "qisqartirdi, boshlangʻich taʼlim bilan deyarli toʻliq qamrovga "
                "erishdi hamda onalar va bolalar oʻlimini kamaytirdi. Bu tajriba "
                "maqsadlar milliy dasturlarga kiritilganda, byudjet bilan "
                "taʼminlanganda va ishonchli statistika yordamida oʻlchanganda eng "
                "yaxshi natija berishini koʻrsatdi.</p>"
                "<p>Ushbu tajribaga tayangan holda Oʻzbekiston barqaror rivojlanish "
                "sohasidagi oʻz milliy maqsad va vazifalarini qabul qildi. Ularning "
                "bajarilishini parlament komissiyasi nazorat qiladi, mamlakat esa "
                "BMTda ixtiyoriy milliy sharhlarni taqdim etgan. Seminar "
                "ishtirokchilari mahallaning — mahalliy oʻzini oʻzi boshqarish "
                "organining — ehtiyojmand oilalarni qoʻllab-quvvatlashdagi roliga "
                "alohida qiziqish bildirdi.</p>"
            ),
        },
    },
    {
        "slug": "maternal-and-child-health-results-presented-at-a-geneva-side-event",
        "category": "millennium-development-goals",
        "days_ago": 760,
        "featured": False,
        "source": "Mission",
        "title": {
            "en": "Maternal and child health: results presented at a Geneva side event",
            "ru": (
                "Здоровье матери и ребёнка: итоги представлены на параллельном "
                "мероприятии в Женеве"
            ),
            "uz": "",
        },
        "summary": {
            "en": (
                "On the margins of the World Health Assembly, the Mission presented "
                "Uzbekistan's progress in reducing maternal and infant mortality."
            ),
            "ru": (
                "В рамках Всемирной ассамблеи здравоохранения Представительство "
                "рассказало об успехах Узбекистана в снижении материнской и "
                "младенческой смертности."
            ),
            "uz": "",
        },
        "body": {
            "en": (
                "<p>On the margins of the World Health Assembly, the Permanent Mission "
                "organised a side event on maternal and child health, one of the areas "
                "in which the Millennium Development Goals set clear targets.</p>"
                "<p>Speakers explained how Uzbekistan reduced maternal and infant "
                "mortality through a network of perinatal centres, free screening of "
                "pregnant women and newborns, and the training of midwives and "
                "paediatricians. Vaccination coverage remains high, and programmes to "
                "prevent anaemia and iodine deficiency have reached most families.</p>"
                "<p>Representatives of UNICEF, UNFPA and WHO took part in the "
                "discussion. They encouraged further investment in rural maternity "
                "services and in the quality of care, and offered to share the "
                "experience of other countries.</p>"
            ),
            "ru": (
                "<p>В рамках Всемирной ассамблеи здравоохранения Постоянное "
                "представительство провело параллельное мероприятие, посвящённое "
                "здоровью матери и ребёнка — одной из сфер, в которых Цели развития "
                "тысячелетия установили чёткие ориентиры.</p>"
                "<p>Выступающие рассказали, как Узбекистану удалось снизить "
                "материнскую и младенческую смертность благодаря сети перинатальных "
                "центров, бесплатному скринингу беременных женщин и новорождённых, а "
                "также подготовке акушерок и педиатров. Охват вакцинацией остаётся "
                "высоким, а программы профилактики анемии и йододефицита охватили "
                "большинство семей.</p>"
                "<p>В обсуждении приняли участие представители ЮНИСЕФ, ЮНФПА и ВОЗ. "
                "Они призвали продолжить инвестиции в родовспоможение в сельской "
                "местности и в повышение качества медицинской помощи, а также "
                "предложили поделиться опытом других стран.</p>"
            ),
            "uz": "",
        },
    },
    {
        "slug": "access-to-clean-drinking-water-in-rural-areas",
        "category": "millennium-development-goals",
        "days_ago": 1075,
        "featured": False,
        "source": "UzA",
        "title": {
            "en": "Access to clean drinking water in rural areas",
            "ru": "Доступ к чистой питьевой воде в сельской местности",
            "uz": "Qishloq joylarda toza ichimlik suvi bilan taʼminlash",
        },
        "summary": {
            "en": (
                "Piped water supply continues to be extended to villages, a "
                "development target first set under the Millennium Development Goals."
            ),
            "ru": (
                "В сёлах продолжается расширение централизованного водоснабжения — "
                "одна из задач развития, впервые поставленных в рамках Целей развития "
                "тысячелетия."
            ),
            "uz": (
                "Qishloqlarda markazlashgan suv taʼminotini kengaytirish davom etmoqda "
                "— bu Ming yillik rivojlanish maqsadlari doirasida ilk bor qoʻyilgan "
                "vazifalardan biridir."
            ),
        },
        "body": {
            "en": (
                "<p>Providing rural households with safe drinking water was one of the "
                "targets of the Millennium Development Goals, and it remains a "
                "priority for Uzbekistan under the Sustainable Development Goals.</p>"
                "<p>Under the national water supply programme, new pipelines, pumping "
                "stations and treatment facilities are built in several regions every "
                "year. Priority is given to the Republic of Karakalpakstan and the "
                "Khorezm region, where the drying of the Aral Sea has affected the "
                "quality of groundwater.</p>"
                "<p>The work is financed from the state budget and with loans from "
                "international development banks. Local councils and mahalla "
                "committees help to identify the households most in need and to "
                "monitor the quality of the work.</p>"
            ),
            "ru": (
                "<p>Обеспечение сельских домохозяйств безопасной питьевой водой было "
                "одной из задач Целей развития тысячелетия и остаётся приоритетом для "
                "Узбекистана в рамках Целей устойчивого развития.</p>"
                "<p>В соответствии с национальной программой водоснабжения в ряде "
                "регионов ежегодно строятся новые водопроводы, насосные станции и "
                "очистные сооружения. Приоритет отдаётся Республике Каракалпакстан и "
                "Хорезмской области, где высыхание Аральского моря сказалось на "
                "качестве подземных вод.</p>"
                "<p>Работы финансируются из государственного бюджета и за счёт "
                "кредитов международных банков развития. Местные советы и органы "
                "самоуправления граждан — махалли — помогают определить наиболее "
                "нуждающиеся домохозяйства и контролировать качество работ.</p>"
            ),
            "uz": (
                "<p>Qishloq xonadonlarini xavfsiz ichimlik suvi bilan taʼminlash Ming "
                "yillik rivojlanish maqsadlarining vazifalaridan biri boʻlgan va "
                "Barqaror rivojlanish maqsadlari doirasida ham Oʻzbekiston uchun "
                "ustuvor yoʻnalish boʻlib qolmoqda.</p>"
                "<p>Milliy suv taʼminoti dasturiga muvofiq har yili bir qator "
                "hududlarda yangi suv quvurlari, nasos stansiyalari va tozalash "
                "inshootlari qurilmoqda. Orol dengizining qurishi yer osti suvlari "
                "sifatiga taʼsir koʻrsatgan Qoraqalpogʻiston Respublikasi va Xorazm "
                "viloyatiga ustuvor ahamiyat berilmoqda.</p>"
                "<p>Ishlar davlat byudjeti hamda xalqaro taraqqiyot banklarining "
                "kreditlari hisobidan moliyalashtiriladi. Mahalliy kengashlar va "
                "mahalla fuqarolar yigʻinlari eng muhtoj xonadonlarni aniqlash va "
                "ishlar sifatini nazorat qilishga yordam bermoqda.</p>"
            ),
        },
    },
    {
        "slug": "press-release-visit-of-the-minister-of-foreign-affairs-to-geneva",
        "category": "press-releases",
        "days_ago": 20,
        "featured": True,
        "source": "Mission",
        "title": {
            "en": (
                "Press release on the visit of the Minister of Foreign Affairs to "
                "Geneva"
            ),
            "ru": "Пресс-релиз о визите Министра иностранных дел в Женеву",
            "uz": "Tashqi ishlar vazirining Jenevaga tashrifi toʻgʻrisida press-reliz",
        },
        "summary": {
            "en": (
                "The Minister of Foreign Affairs of Uzbekistan addressed the "
                "high-level segment of the Human Rights Council and held meetings with "
                "heads of UN agencies."
            ),
            "ru": (
                "Министр иностранных дел Узбекистана выступил на сегменте высокого "
                "уровня Совета по правам человека и провёл встречи с руководителями "
                "учреждений ООН."
            ),
            "uz": (
                "Oʻzbekiston tashqi ishlar vaziri Inson huquqlari boʻyicha kengashning "
                "yuqori darajadagi segmentida nutq soʻzladi va BMT agentliklari "
                "rahbarlari bilan uchrashuvlar oʻtkazdi."
            ),
        },
        "body": {
            "en": (
                "<p>The Minister of Foreign Affairs of the Republic of Uzbekistan paid "
                "a working visit to Geneva. On the first day, the Minister addressed "
                "the <strong>high-level segment of the Human Rights Council</strong>, "
                "presenting the country's progress in judicial reform, freedom of "
                "religion and the protection of the rights of women and children.</p>"
                "<p>During the visit the Minister met:</p>"
                "<ul>"
                "<li>the United Nations High Commissioner for Human Rights;</li>"
                "<li>the heads of the International Organization for Migration and the "
                "International Committee of the Red Cross;</li>"
                "<li>the Director-General of the United Nations Office at Geneva.</li>"
                "</ul>"
                "<p>The meetings addressed the protection of labour migrants, "
                "humanitarian aid to Afghanistan and preparations for upcoming "
                "international events in Uzbekistan. The Minister also met the staff "
                "of the Permanent Mission.</p>"
            ),
            "ru": (
                "<p>Министр иностранных дел Республики Узбекистан совершил рабочий "
                "визит в Женеву. В первый день Министр выступил на <strong>сегменте "
                "высокого уровня Совета по правам человека</strong>, рассказав об "
                "успехах страны в судебной реформе, обеспечении свободы "
                "вероисповедания и защите прав женщин и детей.</p>"
                "<p>В ходе визита Министр встретился:</p>"
                "<ul>"
                "<li>с Верховным комиссаром ООН по правам человека;</li>"
                "<li>с руководителями Международной организации по миграции и "
                "Международного комитета Красного Креста;</li>"
                "<li>с Генеральным директором Отделения ООН в Женеве.</li>"
                "</ul>"
                "<p>На встречах обсуждались защита трудовых мигрантов, гуманитарная "
                "помощь Афганистану и подготовка к предстоящим международным "
                "мероприятиям в Узбекистане. Министр также встретился с сотрудниками "
                "Постоянного представительства.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston Respublikasi tashqi ishlar vaziri Jenevaga ishchi "
                "tashrif bilan keldi. Birinchi kuni Vazir <strong>Inson huquqlari "
                "boʻyicha kengashning yuqori darajadagi segmentida</strong> nutq "
                "soʻzlab, mamlakatning sud-huquq islohoti, vijdon erkinligini "
                "taʼminlash hamda xotin-qizlar va bolalar huquqlarini himoya qilish "
                "sohasidagi yutuqlari haqida maʼlumot berdi.</p>"
                "<p>Tashrif davomida Vazir quyidagilar bilan uchrashdi:</p>"
                "<ul>"
                "<li>BMTning Inson huquqlari boʻyicha Oliy komissari;</li>"
                "<li>Xalqaro migratsiya tashkiloti va Xalqaro Qizil Xoch qoʻmitasi "
                "rahbarlari;</li>"
                "<li>BMTning Jenevadagi boʻlimi Bosh direktori.</li>"
                "</ul>"
                "<p>Uchrashuvlarda mehnat muhojirlarini himoya qilish, Afgʻonistonga "
                "insonparvarlik yordami va Oʻzbekistonda boʻlib oʻtadigan xalqaro "
                "tadbirlarga tayyorgarlik masalalari muhokama qilindi. Vazir Doimiy "
                "vakolatxona xodimlari bilan ham uchrashdi.</p>"
            ),
        },
    },
    {
        "slug": "press-release-uzbekistan-presents-its-national-report-under-the-upr",
        "category": "press-releases",
        "days_ago": 480,
        "featured": False,
        "source": "Mission",
        "title": {
            "en": (
                "Press release: Uzbekistan presents its national report under the "
                "Universal Periodic Review"
            ),
            "ru": (
                "Пресс-релиз: Узбекистан представил национальный доклад в рамках "
                "Универсального периодического обзора"
            ),
            "uz": (
                "Press-reliz: Oʻzbekiston Universal davriy sharh doirasida milliy "
                "maʼruzasini taqdim etdi"
            ),
        },
        "summary": {
            "en": (
                "A national delegation presented the country's report to the UPR "
                "Working Group of the Human Rights Council in Geneva."
            ),
            "ru": (
                "Национальная делегация представила доклад страны Рабочей группе по "
                "УПО Совета по правам человека в Женеве."
            ),
            "uz": (
                "Milliy delegatsiya mamlakat maʼruzasini Jenevada Inson huquqlari "
                "boʻyicha kengashning UDS boʻyicha ishchi guruhiga taqdim etdi."
            ),
        },
        "body": {
            "en": (
                "<p>A national delegation of Uzbekistan presented the country's report "
                "to the Working Group on the Universal Periodic Review (UPR) of the "
                "Human Rights Council. The report describes the measures taken to "
                "implement the recommendations received during the previous cycle of "
                "the review.</p>"
                "<p>Among other things, the delegation highlighted:</p>"
                "<ul>"
                "<li>the adoption of new laws on the protection of women from violence "
                "and on the rights of persons with disabilities;</li>"
                "<li>stronger guarantees of the independence of judges and the "
                "introduction of <em>habeas corpus</em> safeguards;</li>"
                "<li>the work of the National Centre for Human Rights and the "
                "Ombudsperson.</li>"
                "</ul>"
                "<p>Delegations of many states took part in the interactive dialogue "
                "and made recommendations. The delegation thanked them for their "
                "constructive approach and confirmed that the recommendations will be "
                "studied carefully and reflected in a national action plan.</p>"
            ),
            "ru": (
                "<p>Национальная делегация Узбекистана представила доклад страны "
                "Рабочей группе по Универсальному периодическому обзору (УПО) Совета "
                "по правам человека. В докладе описаны меры, принятые для выполнения "
                "рекомендаций, полученных в ходе предыдущего цикла обзора.</p>"
                "<p>Делегация, в частности, отметила:</p>"
                "<ul>"
                "<li>принятие новых законов о защите женщин от насилия и о правах лиц "
                "с инвалидностью;</li>"
                "<li>укрепление гарантий независимости судей и внедрение механизма "
                "<em>хабеас корпус</em>;</li>"
                "<li>деятельность Национального центра по правам человека и "
                "Омбудсмана.</li>"
                "</ul>"
                "<p>В интерактивном диалоге приняли участие делегации многих "
                "государств, высказавшие свои рекомендации. Делегация поблагодарила их "
                "за конструктивный подход и подтвердила, что рекомендации будут "
                "внимательно изучены и отражены в национальном плане действий.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston milliy delegatsiyasi Inson huquqlari boʻyicha "
                "kengashning Universal davriy sharh (UDS) boʻyicha ishchi guruhiga "
                "mamlakat maʼruzasini taqdim etdi. Maʼruzada oldingi sharh davrida "
                "olingan tavsiyalarni bajarish yuzasidan koʻrilgan choralar bayon "
                "etilgan.</p>"
                "<p>Delegatsiya, xususan, quyidagilarni taʼkidladi:</p>"
                "<ul>"
                "<li>xotin-qizlarni zoʻravonlikdan himoya qilish va nogironligi "
                "boʻlgan shaxslarning huquqlari toʻgʻrisidagi yangi qonunlarning qabul "
                "qilinishi;</li>"
                "<li>sudyalar mustaqilligi kafolatlarining mustahkamlanishi va "
                "<em>habeas corpus</em> institutining joriy etilishi;</li>"
                "<li>Inson huquqlari boʻyicha milliy markaz va Ombudsman "
                "faoliyati.</li>"
                "</ul>"
                "<p>Interaktiv muloqotda koʻplab davlatlar delegatsiyalari ishtirok "
                "etib, oʻz tavsiyalarini bildirdi. Delegatsiya ularga konstruktiv "
                "yondashuv uchun minnatdorlik bildirdi va tavsiyalar diqqat bilan "
                "oʻrganilib, milliy harakatlar rejasida aks ettirilishini "
                "tasdiqladi.</p>"
            ),
        },
    },
    {
        "slug": "humanitarian-aid-to-afghanistan-delivered-through-termez",
        "category": "press-releases",
        "days_ago": 890,
        "featured": False,
        "source": "Dunyo",
        "title": {
            "en": "Humanitarian aid to Afghanistan delivered through Termez",
            "ru": "Гуманитарная помощь Афганистану доставлена через Термез",
            "uz": "Afgʻonistonga insonparvarlik yordami Termiz orqali yetkazildi",
        },
        "summary": {
            "en": (
                "A new consignment of food, medicines and school supplies was "
                "delivered to Afghanistan through the Termez logistics hub with the "
                "support of UN agencies."
            ),
            "ru": (
                "Новая партия продовольствия, медикаментов и школьных принадлежностей "
                "доставлена в Афганистан через логистический центр в Термезе при "
                "поддержке учреждений ООН."
            ),
            "uz": (
                "BMT agentliklari koʻmagida Termiz logistika markazi orqali "
                "Afgʻonistonga oziq-ovqat, dori-darmon va maktab anjomlaridan iborat "
                "navbatdagi yuk yetkazib berildi."
            ),
        },
        "body": {
            "en": (
                "<p>Uzbekistan has delivered another consignment of humanitarian aid "
                "to the people of Afghanistan. The cargo, which included flour, "
                "cooking oil, medicines and school supplies, crossed the border over "
                "the Friendship Bridge near Termez.</p>"
                "<p>The Termez international logistics hub serves as a base for the "
                "World Food Programme, UNICEF and other agencies working in "
                "Afghanistan. Goods can be stored, sorted and sent onward by road, "
                "rail or river, which shortens delivery times and reduces costs.</p>"
                "<p>The Permanent Mission has informed humanitarian organisations in "
                "Geneva about the services of the hub. Uzbekistan remains ready to "
                "cooperate with all partners to help meet the basic needs of the "
                "Afghan population.</p>"
            ),
            "ru": (
                "<p>Узбекистан доставил очередную партию гуманитарной помощи народу "
                "Афганистана. Груз, в который вошли мука, растительное масло, "
                "медикаменты и школьные принадлежности, пересёк границу по мосту "
                "Дружбы близ Термеза.</p>"
                "<p>Термезский международный логистический центр служит базой для "
                "Всемирной продовольственной программы, ЮНИСЕФ и других учреждений, "
                "работающих в Афганистане. Грузы можно хранить, сортировать и "
                "отправлять дальше автомобильным, железнодорожным или речным "
                "транспортом, что сокращает сроки доставки и снижает затраты.</p>"
                "<p>Постоянное представительство проинформировало гуманитарные "
                "организации в Женеве о возможностях центра. Узбекистан по-прежнему "
                "готов сотрудничать со всеми партнёрами, чтобы помочь удовлетворить "
                "базовые потребности населения Афганистана.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston Afgʻoniston xalqiga navbatdagi insonparvarlik "
                "yordamini yetkazib berdi. Un, oʻsimlik yogʻi, dori-darmon va maktab "
                "anjomlaridan iborat yuk Termiz yaqinidagi Doʻstlik koʻprigi orqali "
                "chegaradan oʻtdi.</p>"
                "<p>Termiz xalqaro logistika markazi Butunjahon oziq-ovqat dasturi, "
                "YUNISEF va Afgʻonistonda faoliyat yuritayotgan boshqa agentliklar "
                "uchun baza vazifasini oʻtamoqda. Yuklarni bu yerda saqlash, saralash "
                "va avtomobil, temir yoʻl yoki daryo transporti orqali joʻnatish "
                "mumkin, bu esa yetkazib berish muddatlarini qisqartiradi va "
                "xarajatlarni kamaytiradi.</p>"
                "<p>Doimiy vakolatxona Jenevadagi insonparvarlik tashkilotlarini "
                "markaz imkoniyatlari haqida xabardor qildi. Oʻzbekiston Afgʻoniston "
                "aholisining asosiy ehtiyojlarini qondirishga yordam berish uchun "
                "barcha hamkorlar bilan hamkorlik qilishga hamon tayyor.</p>"
            ),
        },
    },
    {
        "slug": "the-mission-hosts-an-exhibition-of-uzbek-applied-arts",
        "category": "mission-news",
        "days_ago": 3,
        "featured": True,
        "source": "",
        "title": {
            "en": "The Mission hosts an exhibition of Uzbek applied arts",
            "ru": (
                "В Представительстве открылась выставка узбекского прикладного "
                "искусства"
            ),
            "uz": "Vakolatxonada oʻzbek amaliy sanʼati koʻrgazmasi ochildi",
        },
        "summary": {
            "en": (
                "Ceramics, suzani embroidery, silk and miniature paintings by masters "
                "from several regions are on display at the Mission until the end of "
                "the month."
            ),
            "ru": (
                "До конца месяца в Представительстве экспонируются керамика, вышивка "
                "сюзане, шёлк и миниатюры мастеров из разных регионов."
            ),
            "uz": (
                "Oy oxirigacha Vakolatxonada turli hududlardan kelgan ustalarning "
                "kulolchilik buyumlari, soʻzanalari, ipak matolari va miniatyuralari "
                "namoyish etiladi."
            ),
        },
        "body": {
            "en": (
                "<p>An exhibition of Uzbek applied arts has opened at the Permanent "
                "Mission in Geneva. It presents the work of craftsmen from Rishtan, "
                "Gijduvan, Margilan, Bukhara and Samarkand.</p>"
                "<p>Visitors can see blue-glazed <strong>Rishtan ceramics</strong>, "
                "hand-embroidered suzani, ikat silk woven on traditional looms and "
                "miniature paintings on handmade Samarkand paper. Several pieces were "
                "created especially for the exhibition.</p>"
                "<p>At the opening, diplomats from many missions, staff of "
                "international organisations and members of the Uzbek community in "
                "Switzerland watched a demonstration of embroidery and tasted national "
                "dishes. The exhibition is open on weekdays, by prior appointment, "
                "until the end of the month.</p>"
            ),
            "ru": (
                "<p>В Постоянном представительстве в Женеве открылась выставка "
                "узбекского прикладного искусства. На ней представлены работы мастеров "
                "из Риштана, Гиждувана, Маргилана, Бухары и Самарканда.</p>"
                "<p>Посетители могут увидеть <strong>риштанскую керамику</strong> с "
                "голубой глазурью, вышитые вручную сюзане, шёлковые ткани икат, "
                "сотканные на традиционных станках, и миниатюры на самаркандской "
                "бумаге ручной работы. Некоторые работы были созданы специально для "
                "выставки.</p>"
                "<p>На открытии дипломаты многих представительств, сотрудники "
                "международных организаций и представители узбекской диаспоры в "
                "Швейцарии посмотрели мастер-класс по вышивке и попробовали блюда "
                "национальной кухни. Выставка открыта по будням по предварительной "
                "записи до конца месяца.</p>"
            ),
            "uz": (
                "<p>Jenevadagi Doimiy vakolatxonada oʻzbek amaliy sanʼati koʻrgazmasi "
                "ochildi. Unda Rishton, Gʻijduvon, Margʻilon, Buxoro va Samarqand "
                "ustalarining asarlari namoyish etilmoqda.</p>"
                "<p>Tashrif buyuruvchilar moviy sirli <strong>Rishton sopol "
                "buyumlari</strong>, qoʻlda tikilgan soʻzanalar, anʼanaviy "
                "dastgohlarda toʻqilgan abrbandi ipak matolar hamda qoʻlda "
                "tayyorlangan Samarqand qogʻozidagi miniatyuralarni koʻrishi mumkin. "
                "Ayrim asarlar koʻrgazma uchun maxsus yaratilgan.</p>"
                "<p>Ochilish marosimida koʻplab vakolatxonalar diplomatlari, xalqaro "
                "tashkilotlar xodimlari va Shveytsariyadagi oʻzbek diasporasi "
                "vakillari kashtachilik boʻyicha mahorat darsini tomosha qildi va "
                "milliy taomlardan tatib koʻrdi. Koʻrgazma oy oxirigacha ish kunlari "
                "oldindan yozilish asosida ochiq.</p>"
            ),
        },
    },
    {
        "slug": "consular-reception-hours-during-the-summer-period",
        "category": "mission-news",
        "days_ago": 350,
        "featured": False,
        "source": "",
        "title": {
            "en": "Consular reception hours during the summer period",
            "ru": "",
            "uz": "",
        },
        "summary": {
            "en": (
                "From July to the end of August, the consular section of the Mission "
                "receives visitors on Tuesdays and Thursdays by appointment."
            ),
            "ru": "",
            "uz": "",
        },
        "body": {
            "en": (
                "<p>The Permanent Mission informs citizens of Uzbekistan and foreign "
                "nationals that during the summer period, from 1 July to 31 August, "
                "the consular section will receive visitors on Tuesdays and Thursdays "
                "from 9:30 to 12:30.</p>"
                "<p>Appointments should be booked in advance by e-mail or by "
                "telephone. Applications for passports and certificates and requests "
                "for the legalisation of documents can also be submitted through the "
                "consular portal of the Ministry of Foreign Affairs. Foreign citizens "
                "are reminded that electronic visas to Uzbekistan are issued online "
                "and do not require a visit to the Mission.</p>"
                "<p>In urgent cases, such as the loss of a passport or an emergency "
                "involving a citizen, the duty officer can be reached at any time.</p>"
            ),
            "ru": "",
            "uz": "",
        },
    },
    {
        "slug": "the-mission-holds-an-open-day-for-students-of-geneva-universities",
        "category": "mission-news",
        "days_ago": 810,
        "featured": False,
        "source": "",
        "title": {
            "en": "The Mission holds an open day for students of Geneva universities",
            "ru": (
                "Представительство провело день открытых дверей для студентов "
                "женевских вузов"
            ),
            "uz": (
                "Vakolatxona Jeneva oliy oʻquv yurtlari talabalari uchun ochiq "
                "eshiklar kuni oʻtkazdi"
            ),
        },
        "summary": {
            "en": (
                "Students of international relations learned about the work of a "
                "permanent mission and about Uzbekistan's foreign policy in Central "
                "Asia."
            ),
            "ru": (
                "Студенты-международники узнали о работе постоянного представительства "
                "и о внешней политике Узбекистана в Центральной Азии."
            ),
            "uz": (
                "Xalqaro munosabatlar yoʻnalishi talabalari doimiy vakolatxonaning "
                "ishi va Oʻzbekistonning Markaziy Osiyodagi tashqi siyosati bilan "
                "tanishdi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Mission held an open day for students of "
                "international relations, law and economics from universities and "
                "graduate institutes in Geneva.</p>"
                "<p>Diplomats explained how a permanent mission works with the Human "
                "Rights Council, the specialised agencies and other international "
                "organisations, and how positions are prepared for negotiations. "
                "Particular interest was shown in Uzbekistan's policy of "
                "good-neighbourliness in Central Asia and in its approach to "
                "Afghanistan.</p>"
                "<p>The students also learned about opportunities to study in "
                "Uzbekistan, including summer schools and exchange programmes at "
                "universities in Tashkent and Samarkand. The Mission plans to make the "
                "open day a regular event.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство провело день открытых дверей для "
                "студентов, изучающих международные отношения, право и экономику в "
                "университетах и высших школах Женевы.</p>"
                "<p>Дипломаты рассказали, как постоянное представительство "
                "взаимодействует с Советом по правам человека, специализированными "
                "учреждениями и другими международными организациями и как готовятся "
                "позиции к переговорам. Особый интерес вызвали политика добрососедства "
                "Узбекистана в Центральной Азии и его подход к Афганистану.</p>"
                "<p>Студенты также узнали о возможностях обучения в Узбекистане, в том "
                "числе о летних школах и программах обмена в университетах Ташкента и "
                "Самарканда. Представительство планирует сделать день открытых дверей "
                "регулярным.</p>"
            ),
            "uz": (
                "<p>Doimiy vakolatxona Jeneva universitetlari va oliy maktablarida "
                "xalqaro munosabatlar, huquq va iqtisodiyotni oʻrganayotgan talabalar "
                "uchun ochiq eshiklar kuni oʻtkazdi.</p>"
                "<p>Diplomatlar doimiy vakolatxona Inson huquqlari boʻyicha kengash, "
                "ixtisoslashgan muassasalar va boshqa xalqaro tashkilotlar bilan "
                "qanday ishlashi hamda muzokaralar uchun pozitsiyalar qanday "
                "tayyorlanishini tushuntirib berdi. Oʻzbekistonning Markaziy Osiyodagi "
                "yaxshi qoʻshnichilik siyosati va Afgʻonistonga nisbatan yondashuvi "
                "alohida qiziqish uygʻotdi.</p>"
                "<p>Talabalar, shuningdek, Oʻzbekistonda taʼlim olish imkoniyatlari, "
                "jumladan, Toshkent va Samarqand universitetlaridagi yozgi maktablar "
                "va almashinuv dasturlari haqida maʼlumot oldi. Vakolatxona ochiq "
                "eshiklar kunini muntazam oʻtkazib borishni rejalashtirmoqda.</p>"
            ),
        },
    },
    {
        "slug": "five-priority-areas-of-the-strategy-of-actions-presented-to-diplomats",
        "category": "strategy-of-actions",
        "days_ago": 1010,
        "featured": False,
        "source": "Mission",
        "title": {
            "en": (
                "Five priority areas of the Strategy of Actions presented to diplomats"
            ),
            "ru": (
                "Дипломатам представлены пять приоритетных направлений Стратегии "
                "действий"
            ),
            "uz": (
                "Diplomatlarga Harakatlar strategiyasining beshta ustuvor yoʻnalishi "
                "taqdim etildi"
            ),
        },
        "summary": {
            "en": (
                "A briefing at the Mission reviewed the main directions of the "
                "Strategy of Actions and the reforms carried out under it."
            ),
            "ru": (
                "На брифинге в Представительстве были рассмотрены основные направления "
                "Стратегии действий и проведённые в её рамках реформы."
            ),
            "uz": (
                "Vakolatxonadagi brifingda Harakatlar strategiyasining asosiy "
                "yoʻnalishlari va uning doirasida amalga oshirilgan islohotlar koʻrib "
                "chiqildi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Mission held a briefing for diplomats accredited in "
                "Geneva on the <strong>Strategy of Actions on Five Priority Areas of "
                "Development of the Republic of Uzbekistan</strong> for 2017–2021.</p>"
                "<p>The Strategy covered the following areas:</p>"
                "<ul>"
                "<li>improving the system of state and public construction;</li>"
                "<li>ensuring the rule of law and further reforming the judicial "
                "system;</li>"
                "<li>developing and liberalising the economy;</li>"
                "<li>developing the social sphere;</li>"
                "<li>ensuring security, interethnic harmony and religious tolerance, "
                "and pursuing a balanced, mutually beneficial and constructive foreign "
                "policy.</li>"
                "</ul>"
                "<p>Speakers noted that each year of the Strategy had its own state "
                "programme with concrete measures and deadlines, and that the results "
                "were regularly discussed with citizens and civil society.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство провело для дипломатов, "
                "аккредитованных в Женеве, брифинг, посвящённый <strong>Стратегии "
                "действий по пяти приоритетным направлениям развития Республики "
                "Узбекистан</strong> в 2017–2021 годах.</p>"
                "<p>Стратегия охватывала следующие направления:</p>"
                "<ul>"
                "<li>совершенствование государственного и общественного "
                "строительства;</li>"
                "<li>обеспечение верховенства закона и дальнейшее реформирование "
                "судебно-правовой системы;</li>"
                "<li>развитие и либерализация экономики;</li>"
                "<li>развитие социальной сферы;</li>"
                "<li>обеспечение безопасности, межнационального согласия и религиозной "
                "толерантности, осуществление взвешенной, взаимовыгодной и "
                "конструктивной внешней политики.</li>"
                "</ul>"
                "<p>Выступающие отметили, что на каждый год реализации Стратегии "
                "принималась отдельная государственная программа с конкретными мерами "
                "и сроками, а её результаты регулярно обсуждались с гражданами и "
                "институтами гражданского общества.</p>"
            ),
            "uz": (
                "<p>Doimiy vakolatxona Jenevada akkreditatsiyadan oʻtgan diplomatlar "
                "uchun <strong>2017–2021-yillarda Oʻzbekiston Respublikasini "
                "rivojlantirishning beshta ustuvor yoʻnalishi boʻyicha Harakatlar "
                "strategiyasiga</strong> bagʻishlangan brifing oʻtkazdi.</p>"
                "<p>Strategiya quyidagi yoʻnalishlarni qamrab olgan:</p>"
                "<ul>"
                "<li>davlat va jamiyat qurilishi tizimini takomillashtirish;</li>"
                "<li>qonun ustuvorligini taʼminlash va sud-huquq tizimini yanada isloh "
                "qilish;</li>"
                "<li>iqtisodiyotni rivojlantirish va liberallashtirish;</li>"
                "<li>ijtimoiy sohani rivojlantirish;</li>"
                "<li>xavfsizlik, millatlararo totuvlik va diniy bagʻrikenglikni "
                "taʼminlash, chuqur oʻylangan, oʻzaro manfaatli va amaliy tashqi "
                "siyosat yuritish.</li>"
                "</ul>"
                "<p>Maʼruzachilar Strategiyani amalga oshirishning har bir yili uchun "
                "aniq chora-tadbirlar va muddatlar belgilangan alohida davlat dasturi "
                "qabul qilinganini, natijalar esa fuqarolar va fuqarolik jamiyati "
                "institutlari bilan muntazam muhokama qilinganini taʼkidladi.</p>"
            ),
        },
    },
    {
        "slug": "results-of-judicial-and-legal-reform-discussed-at-a-round-table",
        "category": "strategy-of-actions",
        "days_ago": 640,
        "featured": False,
        "source": "Dunyo",
        "title": {
            "en": "Results of judicial and legal reform discussed at a round table",
            "ru": "Итоги судебно-правовой реформы обсуждены на круглом столе",
            "uz": "Sud-huquq islohoti natijalari davra suhbatida muhokama qilindi",
        },
        "summary": {
            "en": (
                "Experts from international organisations and academia reviewed the "
                "changes made to Uzbekistan's courts and law enforcement under the "
                "Strategy of Actions."
            ),
            "ru": (
                "Эксперты международных организаций и академического сообщества "
                "рассмотрели изменения в судебной и правоохранительной системе "
                "Узбекистана, проведённые в рамках Стратегии действий."
            ),
            "uz": (
                "Xalqaro tashkilotlar va akademik doiralar ekspertlari Harakatlar "
                "strategiyasi doirasida Oʻzbekiston sud va huquqni muhofaza qilish "
                "tizimida amalga oshirilgan oʻzgarishlarni koʻrib chiqdi."
            ),
        },
        "body": {
            "en": (
                "<p>A round table on judicial and legal reform in Uzbekistan was held "
                "in Geneva with the participation of experts from international "
                "organisations, universities and non-governmental organisations.</p>"
                "<p>Participants discussed the establishment of the Supreme Judicial "
                "Council, which is responsible for the selection of judges, the "
                "introduction of indefinite appointments for experienced judges and "
                "the use of electronic case management in the courts. Speakers also "
                "noted the decrease in the number of people held in pre-trial "
                "detention and the growing share of acquittals.</p>"
                "<p>The experts recommended continuing work on the independence of the "
                "legal profession and on access to free legal aid. The Mission will "
                "pass the recommendations on to the relevant institutions in "
                "Tashkent.</p>"
            ),
            "ru": (
                "<p>В Женеве состоялся круглый стол, посвящённый судебно-правовой "
                "реформе в Узбекистане, с участием экспертов международных "
                "организаций, университетов и неправительственных организаций.</p>"
                "<p>Участники обсудили создание Высшего судейского совета, отвечающего "
                "за отбор судей, введение бессрочного назначения опытных судей и "
                "использование электронного документооборота в судах. Выступающие "
                "также отметили сокращение числа лиц, содержащихся под стражей до "
                "суда, и рост доли оправдательных приговоров.</p>"
                "<p>Эксперты рекомендовали продолжить работу по укреплению "
                "независимости адвокатуры и расширению доступа к бесплатной "
                "юридической помощи. Представительство передаст рекомендации "
                "профильным ведомствам в Ташкенте.</p>"
            ),
            "uz": (
                "<p>Jenevada xalqaro tashkilotlar, universitetlar va nodavlat "
                "tashkilotlar ekspertlari ishtirokida Oʻzbekistondagi sud-huquq "
                "islohotiga bagʻishlangan davra suhbati boʻlib oʻtdi.</p>"
                "<p>Ishtirokchilar sudyalarni tanlash uchun masʼul boʻlgan Sudyalar "
                "oliy kengashining tashkil etilishi, tajribali sudyalarni muddatsiz "
                "lavozimga tayinlashning joriy etilishi hamda sudlarda elektron ish "
                "yuritishdan foydalanish masalalarini muhokama qildi. Maʼruzachilar, "
                "shuningdek, sudgacha qamoqda saqlanayotgan shaxslar soni kamayganini "
                "va oqlov hukmlari ulushi oshganini qayd etdi.</p>"
                "<p>Ekspertlar advokatura mustaqilligini mustahkamlash va bepul "
                "yuridik yordamdan foydalanish imkoniyatini kengaytirish boʻyicha "
                "ishlarni davom ettirishni tavsiya qildi. Vakolatxona tavsiyalarni "
                "Toshkentdagi tegishli idoralarga yetkazadi.</p>"
            ),
        },
    },
    {
        "slug": "from-strategy-of-actions-to-development-strategy-of-new-uzbekistan",
        "category": "strategy-of-actions",
        "days_ago": 230,
        "featured": False,
        "source": "",
        "title": {
            "en": (
                "From the Strategy of Actions to the Development Strategy of New "
                "Uzbekistan"
            ),
            "ru": "От Стратегии действий к Стратегии развития Нового Узбекистана",
            "uz": (
                "Harakatlar strategiyasidan Yangi Oʻzbekiston taraqqiyot strategiyasiga"
            ),
        },
        "summary": {
            "en": (
                "The Development Strategy for 2022–2026 builds on the reforms of the "
                "Strategy of Actions and sets out seven priority areas and about one "
                "hundred goals."
            ),
            "ru": (
                "Стратегия развития на 2022–2026 годы опирается на реформы Стратегии "
                "действий и определяет семь приоритетных направлений и около ста целей."
            ),
            "uz": (
                "2022–2026-yillarga moʻljallangan Taraqqiyot strategiyasi Harakatlar "
                "strategiyasi islohotlariga tayanadi hamda yettita ustuvor yoʻnalish "
                "va yuzga yaqin maqsadni belgilaydi."
            ),
        },
        "body": {
            "en": (
                "<p>The Strategy of Actions for 2017–2021 opened a period of broad "
                "reforms in Uzbekistan. Its successor, the <strong>Development "
                "Strategy of New Uzbekistan for 2022–2026</strong>, continues this "
                "course and sets concrete goals for the coming years.</p>"
                "<h2>Seven priority areas</h2>"
                "<p>The new Strategy is built around seven areas: building a "
                "people-centred state, ensuring justice and the rule of law, "
                "developing the national economy, pursuing a fair social policy and "
                "developing human capital, ensuring spiritual development, approaching "
                "global challenges on the basis of national interests, and "
                "strengthening security while pursuing an open foreign policy.</p>"
                "<p>Its goals include higher incomes, lower poverty, better education "
                "and health care, and a larger role for the private sector. Progress "
                "is assessed every year through a state programme, and the Mission "
                "regularly informs its partners in Geneva about the results.</p>"
            ),
            "ru": (
                "<p>Стратегия действий на 2017–2021 годы открыла период масштабных "
                "реформ в Узбекистане. Её продолжением стала <strong>Стратегия "
                "развития Нового Узбекистана на 2022–2026 годы</strong>, которая "
                "определяет конкретные цели на ближайшие годы.</p>"
                "<h2>Семь приоритетных направлений</h2>"
                "<p>Новая Стратегия построена вокруг семи направлений: построение "
                "народного государства, обеспечение справедливости и верховенства "
                "закона, развитие национальной экономики, проведение справедливой "
                "социальной политики и развитие человеческого капитала, обеспечение "
                "духовного развития, подход к глобальным проблемам исходя из "
                "национальных интересов, а также укрепление безопасности и проведение "
                "открытой внешней политики.</p>"
                "<p>Среди её целей — рост доходов населения, снижение бедности, "
                "повышение качества образования и здравоохранения, а также расширение "
                "роли частного сектора. Ход реализации ежегодно оценивается в рамках "
                "государственной программы, а Представительство регулярно информирует "
                "партнёров в Женеве о результатах.</p>"
            ),
            "uz": (
                "<p>2017–2021-yillarga moʻljallangan Harakatlar strategiyasi "
                "Oʻzbekistonda keng koʻlamli islohotlar davrini boshlab berdi. Uning "
                "davomi boʻlgan <strong>2022–2026-yillarga moʻljallangan Yangi "
                "Oʻzbekistonning taraqqiyot strategiyasi</strong> ushbu yoʻlni davom "
                "ettirib, kelgusi yillar uchun aniq maqsadlarni belgilaydi.</p>"
                "<h2>Yettita ustuvor yoʻnalish</h2>"
                "<p>Yangi Strategiya yettita yoʻnalish asosida tuzilgan: xalqparvar "
                "davlat barpo etish, adolat va qonun ustuvorligini taʼminlash, milliy "
                "iqtisodiyotni rivojlantirish, adolatli ijtimoiy siyosat yuritish va "
                "inson kapitalini rivojlantirish, maʼnaviy taraqqiyotni taʼminlash, "
                "umumbashariy muammolarga milliy manfaatlardan kelib chiqib yondashish "
                "hamda xavfsizlikni mustahkamlash va ochiq tashqi siyosat yuritish.</p>"
                "<p>Uning maqsadlari qatorida aholi daromadlarini oshirish, "
                "kambagʻallikni qisqartirish, taʼlim va sogʻliqni saqlash sifatini "
                "yaxshilash hamda xususiy sektor rolini kengaytirish bor. Amalga "
                "oshirish jarayoni har yili davlat dasturi doirasida baholanadi, "
                "Vakolatxona esa Jenevadagi hamkorlarni natijalar haqida muntazam "
                "xabardor qilib boradi.</p>"
            ),
        },
    },
    {
        "slug": "reception-in-geneva-on-the-occasion-of-independence-day",
        "category": "independence-day",
        "days_ago": 170,
        "featured": False,
        "source": "",
        "title": {
            "en": "Reception in Geneva on the occasion of Independence Day",
            "ru": "Приём в Женеве по случаю Дня независимости",
            "uz": "Jenevada Mustaqillik kuni munosabati bilan qabul marosimi",
        },
        "summary": {
            "en": (
                "The Mission hosted a reception for ambassadors, heads of "
                "international organisations and compatriots to mark the anniversary "
                "of Uzbekistan's independence."
            ),
            "ru": (
                "Представительство провело приём для послов, руководителей "
                "международных организаций и соотечественников по случаю годовщины "
                "независимости Узбекистана."
            ),
            "uz": (
                "Vakolatxona Oʻzbekiston mustaqilligi yilligi munosabati bilan "
                "elchilar, xalqaro tashkilotlar rahbarlari va vatandoshlar uchun qabul "
                "marosimi uyushtirdi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Mission of Uzbekistan hosted a reception in Geneva "
                "on the occasion of the anniversary of the independence of the "
                "Republic of Uzbekistan, proclaimed on 31 August 1991.</p>"
                "<p>In welcoming remarks, the Permanent Representative thanked the "
                "guests for their friendship and spoke about the country's "
                "achievements since independence and about the reforms of recent "
                "years. The Permanent Representative underlined Uzbekistan's "
                "commitment to multilateral cooperation and to the work of the United "
                "Nations in Geneva.</p>"
                "<p>Guests enjoyed a programme of traditional music and dance, a "
                "display of national costumes and dishes of Uzbek cuisine, including "
                "plov and samsa. The reception was attended by ambassadors, heads of "
                "international organisations, representatives of the Swiss authorities "
                "and compatriots.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство Узбекистана провело в Женеве приём по "
                "случаю годовщины независимости Республики Узбекистан, провозглашённой "
                "31 августа 1991 года.</p>"
                "<p>В приветственном слове Постоянный представитель поблагодарил "
                "гостей за дружбу и рассказал о достижениях страны за годы "
                "независимости и о реформах последних лет. Постоянный представитель "
                "подчеркнул приверженность Узбекистана многостороннему сотрудничеству "
                "и работе Организации Объединённых Наций в Женеве.</p>"
                "<p>Для гостей были подготовлены программа традиционной музыки и "
                "танцев, показ национальных костюмов и блюда узбекской кухни, в том "
                "числе плов и самса. На приёме присутствовали послы, руководители "
                "международных организаций, представители властей Швейцарии и "
                "соотечественники.</p>"
            ),
            "uz": (
                "<p>Oʻzbekistonning Doimiy vakolatxonasi 1991-yil 31-avgustda eʼlon "
                "qilingan Oʻzbekiston Respublikasi mustaqilligining yilligi munosabati "
                "bilan Jenevada qabul marosimi oʻtkazdi.</p>"
                "<p>Doimiy vakil tabrik soʻzida mehmonlarga doʻstona munosabatlari "
                "uchun minnatdorlik bildirib, mamlakatning mustaqillik yillaridagi "
                "yutuqlari va soʻnggi yillardagi islohotlar haqida soʻzlab berdi. "
                "Doimiy vakil Oʻzbekistonning koʻp tomonlama hamkorlikka va Birlashgan "
                "Millatlar Tashkilotining Jenevadagi faoliyatiga sodiqligini "
                "taʼkidladi.</p>"
                "<p>Mehmonlar uchun anʼanaviy musiqa va raqs dasturi, milliy liboslar "
                "namoyishi hamda oʻzbek oshxonasining palov va somsa kabi taomlari "
                "tayyorlandi. Qabul marosimida elchilar, xalqaro tashkilotlar "
                "rahbarlari, Shveytsariya hukumati vakillari va vatandoshlar ishtirok "
                "etdi.</p>"
            ),
        },
    },
    {
        "slug": "concert-of-uzbek-music-marks-independence-day",
        "category": "independence-day",
        "days_ago": 540,
        "featured": False,
        "source": "",
        "title": {
            "en": "Concert of Uzbek music marks Independence Day",
            "ru": "Концерт узбекской музыки в честь Дня независимости",
            "uz": "Mustaqillik kuniga bagʻishlangan oʻzbek musiqasi konserti",
        },
        "summary": {
            "en": (
                "Young musicians from the State Conservatory of Uzbekistan performed "
                "classical maqom and contemporary works in Geneva."
            ),
            "ru": (
                "Молодые музыканты Государственной консерватории Узбекистана исполнили "
                "в Женеве классический макам и современные произведения."
            ),
            "uz": (
                "Oʻzbekiston davlat konservatoriyasining yosh musiqachilari Jenevada "
                "mumtoz maqom va zamonaviy asarlarni ijro etdi."
            ),
        },
        "body": {
            "en": (
                "<p>To mark Independence Day, the Permanent Mission organised a "
                "concert of Uzbek music in one of Geneva's concert halls. The "
                "programme was performed by young musicians from the State "
                "Conservatory of Uzbekistan.</p>"
                "<p>The first part was devoted to the classical tradition of "
                "<em>Shashmaqom</em>, which UNESCO has inscribed on its list of the "
                "intangible cultural heritage of humanity. The musicians played the "
                "dutar, tanbur, doira and gijjak. In the second part, they performed "
                "works by Uzbek composers of the twentieth century and contemporary "
                "arrangements of folk songs.</p>"
                "<p>The audience of diplomats, music lovers and compatriots warmly "
                "applauded the performers. The concert was a reminder of the rich "
                "musical heritage that Uzbekistan shares with the world.</p>"
            ),
            "ru": (
                "<p>В честь Дня независимости Постоянное представительство "
                "организовало концерт узбекской музыки в одном из концертных залов "
                "Женевы. Программу исполнили молодые музыканты Государственной "
                "консерватории Узбекистана.</p>"
                "<p>Первое отделение было посвящено классической традиции "
                "<em>Шашмаком</em>, включённой ЮНЕСКО в список нематериального "
                "культурного наследия человечества. Музыканты играли на дутаре, "
                "танбуре, дойре и гиджаке. Во втором отделении прозвучали произведения "
                "узбекских композиторов XX века и современные обработки народных "
                "песен.</p>"
                "<p>Публика — дипломаты, любители музыки и соотечественники — тепло "
                "приветствовала исполнителей. Концерт напомнил о богатом музыкальном "
                "наследии, которым Узбекистан делится с миром.</p>"
            ),
            "uz": (
                "<p>Mustaqillik kuni munosabati bilan Doimiy vakolatxona Jenevadagi "
                "konsert zallaridan birida oʻzbek musiqasi konsertini tashkil etdi. "
                "Dasturni Oʻzbekiston davlat konservatoriyasining yosh musiqachilari "
                "ijro etdi.</p>"
                "<p>Birinchi qism YUNESKO tomonidan insoniyatning nomoddiy madaniy "
                "merosi roʻyxatiga kiritilgan <em>Shashmaqom</em> mumtoz anʼanasiga "
                "bagʻishlandi. Musiqachilar dutor, tanbur, doira va gʻijjakda ijro "
                "etdi. Ikkinchi qismda XX asr oʻzbek bastakorlarining asarlari va xalq "
                "qoʻshiqlarining zamonaviy talqinlari yangradi.</p>"
                "<p>Tomoshabinlar — diplomatlar, musiqa ixlosmandlari va vatandoshlar "
                "ijrochilarni qizgʻin olqishladi. Konsert Oʻzbekiston dunyo bilan "
                "baham koʻrayotgan boy musiqiy merosni yana bir bor eslatdi.</p>"
            ),
        },
    },
    {
        "slug": "independence-day-message-to-compatriots-in-switzerland",
        "category": "independence-day",
        "days_ago": 905,
        "featured": False,
        "source": "Mission",
        "title": {
            "en": "Independence Day message to compatriots in Switzerland",
            "ru": (
                "Обращение к соотечественникам в Швейцарии по случаю Дня независимости"
            ),
            "uz": (
                "Shveytsariyadagi vatandoshlarga Mustaqillik kuni munosabati bilan "
                "murojaat"
            ),
        },
        "summary": {
            "en": (
                "The Permanent Mission congratulated citizens of Uzbekistan living in "
                "Switzerland on Independence Day and invited them to a community "
                "gathering."
            ),
            "ru": (
                "Постоянное представительство поздравило граждан Узбекистана, "
                "проживающих в Швейцарии, с Днём независимости и пригласило их на "
                "встречу соотечественников."
            ),
            "uz": (
                "Doimiy vakolatxona Shveytsariyada istiqomat qilayotgan Oʻzbekiston "
                "fuqarolarini Mustaqillik kuni bilan tabrikladi va ularni vatandoshlar "
                "uchrashuviga taklif qildi."
            ),
        },
        "body": {
            "en": (
                "<p>On the eve of Independence Day, the Permanent Mission addressed a "
                "message of congratulations to citizens of Uzbekistan and compatriots "
                "living in Switzerland.</p>"
                "<blockquote>"
                "<p>Independence is a shared achievement of our whole people. Wherever "
                "you live and work, you represent Uzbekistan, and your knowledge and "
                "experience are a valuable contribution to the development of our "
                "homeland.</p>"
                "</blockquote>"
                "<p>The message also recalled the services available to citizens "
                "abroad, including online consular services and the programmes of the "
                "Vatandoshlar public foundation, which supports compatriots and helps "
                "their children learn the Uzbek language.</p>"
                "<p>All compatriots were invited to a gathering at the Mission with a "
                "festive programme for families and children.</p>"
            ),
            "ru": (
                "<p>Накануне Дня независимости Постоянное представительство обратилось "
                "с поздравлением к гражданам Узбекистана и соотечественникам, "
                "проживающим в Швейцарии.</p>"
                "<blockquote>"
                "<p>Независимость — общее достижение всего нашего народа. Где бы вы ни "
                "жили и ни работали, вы представляете Узбекистан, а ваши знания и опыт "
                "— ценный вклад в развитие нашей Родины.</p>"
                "</blockquote>"
                "<p>В обращении также напоминается об услугах, доступных гражданам за "
                "рубежом, в том числе об электронных консульских услугах и программах "
                "общественного фонда «Ватандошлар», который поддерживает "
                "соотечественников и помогает их детям изучать узбекский язык.</p>"
                "<p>Все соотечественники приглашены на встречу в Представительстве с "
                "праздничной программой для семей и детей.</p>"
            ),
            "uz": (
                "<p>Mustaqillik kuni arafasida Doimiy vakolatxona Shveytsariyada "
                "istiqomat qilayotgan Oʻzbekiston fuqarolari va vatandoshlarga tabrik "
                "murojaatini yoʻlladi.</p>"
                "<blockquote>"
                "<p>Mustaqillik butun xalqimizning umumiy yutugʻidir. Qayerda yashab, "
                "mehnat qilmang, siz Oʻzbekistonni namoyon etasiz, bilim va "
                "tajribangiz esa Vatanimiz taraqqiyotiga qoʻshilayotgan qimmatli "
                "hissadir.</p>"
                "</blockquote>"
                "<p>Murojaatda, shuningdek, xorijdagi fuqarolar uchun mavjud "
                "xizmatlar, jumladan, elektron konsullik xizmatlari hamda "
                "vatandoshlarni qoʻllab-quvvatlovchi va ularning farzandlariga oʻzbek "
                "tilini oʻrganishda koʻmaklashuvchi «Vatandoshlar» jamoat fondi "
                "dasturlari haqida eslatib oʻtildi.</p>"
                "<p>Barcha vatandoshlar Vakolatxonada oilalar va bolalar uchun bayram "
                "dasturi bilan oʻtadigan uchrashuvga taklif qilindi.</p>"
            ),
        },
    },
    {
        "slug": "uzbekistan-presents-its-candidacy-to-the-human-rights-council",
        "category": "human-rights-council-candidacy",
        "days_ago": 1085,
        "featured": False,
        "source": "Dunyo",
        "title": {
            "en": "Uzbekistan presents its candidacy to the Human Rights Council",
            "ru": "Узбекистан выдвинул свою кандидатуру в Совет по правам человека",
            "uz": (
                "Oʻzbekiston Inson huquqlari boʻyicha kengashga oʻz nomzodini ilgari "
                "surdi"
            ),
        },
        "summary": {
            "en": (
                "Uzbekistan has put forward its candidacy for membership of the UN "
                "Human Rights Council and informed member states of its priorities."
            ),
            "ru": (
                "Узбекистан выдвинул свою кандидатуру в члены Совета ООН по правам "
                "человека и проинформировал государства-члены о своих приоритетах."
            ),
            "uz": (
                "Oʻzbekiston BMT Inson huquqlari boʻyicha kengashi aʼzoligiga oʻz "
                "nomzodini ilgari surdi va aʼzo davlatlarni oʻz ustuvor yoʻnalishlari "
                "haqida xabardor qildi."
            ),
        },
        "body": {
            "en": (
                "<p>The Republic of Uzbekistan has officially presented its candidacy "
                "for membership of the United Nations Human Rights Council. The "
                "Permanent Mission in Geneva has circulated a note to all member "
                "states setting out the country's priorities.</p>"
                "<p>If elected, Uzbekistan intends to promote the rights of young "
                "people, human rights education, the protection of the rights of "
                "persons with disabilities and the fight against human trafficking. "
                "The country also plans to share its experience of involving citizens "
                "through the mahalla system and through public consultations on draft "
                "laws.</p>"
                "<p>The candidacy reflects the reforms carried out in recent years, "
                "including the closure of Jaslyk prison, the end of forced labour in "
                "the cotton sector and the opening of the country to the UN special "
                "procedures.</p>"
            ),
            "ru": (
                "<p>Республика Узбекистан официально представила свою кандидатуру в "
                "члены Совета ООН по правам человека. Постоянное представительство в "
                "Женеве распространило среди всех государств-членов ноту с изложением "
                "приоритетов страны.</p>"
                "<p>В случае избрания Узбекистан намерен продвигать права молодёжи, "
                "образование в области прав человека, защиту прав лиц с инвалидностью "
                "и борьбу с торговлей людьми. Страна также планирует поделиться опытом "
                "вовлечения граждан через систему махалли и общественного обсуждения "
                "законопроектов.</p>"
                "<p>Кандидатура отражает реформы последних лет, в том числе закрытие "
                "тюрьмы «Жаслык», искоренение принудительного труда в хлопковой "
                "отрасли и открытость страны для специальных процедур ООН.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston Respublikasi BMT Inson huquqlari boʻyicha kengashi "
                "aʼzoligiga oʻz nomzodini rasman taqdim etdi. Jenevadagi Doimiy "
                "vakolatxona barcha aʼzo davlatlarga mamlakatning ustuvor "
                "yoʻnalishlari bayon etilgan nota tarqatdi.</p>"
                "<p>Saylangan taqdirda Oʻzbekiston yoshlar huquqlari, inson huquqlari "
                "sohasidagi taʼlim, nogironligi boʻlgan shaxslar huquqlarini himoya "
                "qilish va odam savdosiga qarshi kurashni ilgari surish niyatida. "
                "Mamlakat, shuningdek, mahalla tizimi va qonun loyihalarini "
                "jamoatchilik muhokamasi orqali fuqarolarni jalb etish tajribasi bilan "
                "oʻrtoqlashishni rejalashtirmoqda.</p>"
                "<p>Nomzodlik soʻnggi yillarda amalga oshirilgan islohotlar, jumladan, "
                "«Jasliq» qamoqxonasining yopilishi, paxta sohasida majburiy mehnatga "
                "barham berilishi va mamlakatning BMT maxsus tartib-taomillari uchun "
                "ochiqligini aks ettiradi.</p>"
            ),
        },
    },
    {
        "slug": "voluntary-pledges-and-commitments-of-uzbekistan",
        "category": "human-rights-council-candidacy",
        "days_ago": 1000,
        "featured": False,
        "source": "Mission",
        "title": {
            "en": "Voluntary pledges and commitments of Uzbekistan",
            "ru": "Добровольные обещания и обязательства Узбекистана",
            "uz": "Oʻzbekistonning ixtiyoriy vaʼdalari va majburiyatlari",
        },
        "summary": {
            "en": (
                "In support of its candidacy to the Human Rights Council, Uzbekistan "
                "has published voluntary pledges on human rights at home and abroad."
            ),
            "ru": (
                "В поддержку своей кандидатуры в Совет по правам человека Узбекистан "
                "опубликовал добровольные обещания в области прав человека на "
                "национальном и международном уровнях."
            ),
            "uz": (
                "Inson huquqlari boʻyicha kengashga nomzodini qoʻllab-quvvatlash "
                "maqsadida Oʻzbekiston milliy va xalqaro darajada inson huquqlari "
                "sohasidagi ixtiyoriy vaʼdalarini eʼlon qildi."
            ),
        },
        "body": {
            "en": (
                "<p>In accordance with General Assembly resolution 60/251, candidates "
                "for membership of the Human Rights Council present voluntary pledges "
                "and commitments. Uzbekistan's document has been circulated to member "
                "states by the Permanent Mission.</p>"
                "<p>At the national level, Uzbekistan pledges, among other things:</p>"
                "<ul>"
                "<li>to continue judicial reform and strengthen the independence of "
                "the courts;</li>"
                "<li>to guarantee freedom of expression and support the development of "
                "independent media;</li>"
                "<li>to prevent torture and ensure the effective work of the national "
                "preventive mechanism;</li>"
                "<li>to promote gender equality and the participation of women in "
                "public life.</li>"
                "</ul>"
                "<p>At the international level, the country undertakes to cooperate "
                "fully with the treaty bodies and special procedures, to submit its "
                "reports on time and to support the work of the Office of the High "
                "Commissioner for Human Rights.</p>"
            ),
            "ru": (
                "<p>В соответствии с резолюцией 60/251 Генеральной Ассамблеи кандидаты "
                "в члены Совета по правам человека представляют добровольные обещания "
                "и обязательства. Документ Узбекистана распространён Постоянным "
                "представительством среди государств-членов.</p>"
                "<p>На национальном уровне Узбекистан, в частности, обязуется:</p>"
                "<ul>"
                "<li>продолжать судебную реформу и укреплять независимость судов;</li>"
                "<li>гарантировать свободу выражения мнений и содействовать развитию "
                "независимых СМИ;</li>"
                "<li>предупреждать пытки и обеспечивать эффективную работу "
                "национального превентивного механизма;</li>"
                "<li>продвигать гендерное равенство и участие женщин в общественной "
                "жизни.</li>"
                "</ul>"
                "<p>На международном уровне страна обязуется в полной мере "
                "сотрудничать с договорными органами и специальными процедурами, "
                "своевременно представлять доклады и поддерживать работу Управления "
                "Верховного комиссара ООН по правам человека.</p>"
            ),
            "uz": (
                "<p>Bosh Assambleyaning 60/251-son rezolyutsiyasiga muvofiq Inson "
                "huquqlari boʻyicha kengash aʼzoligiga nomzodlar ixtiyoriy vaʼda va "
                "majburiyatlarni taqdim etadi. Oʻzbekistonning ushbu hujjati Doimiy "
                "vakolatxona tomonidan aʼzo davlatlarga tarqatildi.</p>"
                "<p>Milliy darajada Oʻzbekiston, xususan, quyidagi majburiyatlarni "
                "oladi:</p>"
                "<ul>"
                "<li>sud-huquq islohotini davom ettirish va sudlar mustaqilligini "
                "mustahkamlash;</li>"
                "<li>soʻz erkinligini kafolatlash va mustaqil ommaviy axborot "
                "vositalarining rivojlanishiga koʻmaklashish;</li>"
                "<li>qiynoqlarning oldini olish va milliy preventiv mexanizmning "
                "samarali faoliyatini taʼminlash;</li>"
                "<li>gender tengligini va xotin-qizlarning jamoat hayotidagi "
                "ishtirokini ragʻbatlantirish.</li>"
                "</ul>"
                "<p>Xalqaro darajada mamlakat shartnomaviy organlar va maxsus "
                "tartib-taomillar bilan toʻliq hamkorlik qilish, maʼruzalarni oʻz "
                "vaqtida taqdim etish hamda BMT Inson huquqlari boʻyicha Oliy "
                "komissari boshqarmasi faoliyatini qoʻllab-quvvatlash majburiyatini "
                "oladi.</p>"
            ),
        },
    },
    {
        "slug": "briefing-for-regional-groups-on-uzbekistans-candidacy",
        "category": "human-rights-council-candidacy",
        "days_ago": 950,
        "featured": False,
        "source": "",
        "title": {
            "en": "Briefing for regional groups on Uzbekistan's candidacy",
            "ru": "",
            "uz": "",
        },
        "summary": {
            "en": (
                "The Mission briefed the Asia-Pacific Group and other regional groups "
                "on the priorities Uzbekistan would pursue as a member of the Human "
                "Rights Council."
            ),
            "ru": "",
            "uz": "",
        },
        "body": {
            "en": (
                "<p>The Permanent Mission held a series of briefings in Geneva for the "
                "regional groups of states on Uzbekistan's candidacy to the Human "
                "Rights Council. The first meeting took place with the Asia-Pacific "
                "Group, to which Uzbekistan belongs, and was followed by meetings with "
                "representatives of the other groups.</p>"
                "<p>Diplomats presented the main reforms of recent years and the "
                "voluntary pledges made by the country. They answered questions about "
                "the registration of non-governmental organisations, the situation of "
                "the media and cooperation with UN special rapporteurs, several of "
                "whom have visited Uzbekistan.</p>"
                "<p>The Mission thanked the delegations for their open and "
                "constructive questions and expressed the hope that Uzbekistan's "
                "candidacy will receive broad support at the election in the General "
                "Assembly.</p>"
            ),
            "ru": "",
            "uz": "",
        },
    },
    {
        "slug": "samarkand-bukhara-and-khiva-a-season-of-festivals",
        "category": "tourism",
        "days_ago": 60,
        "featured": True,
        "source": "UzA",
        "title": {
            "en": "Samarkand, Bukhara and Khiva: a season of festivals",
            "ru": "Самарканд, Бухара и Хива: сезон фестивалей",
            "uz": "Samarqand, Buxoro va Xiva: festivallar mavsumi",
        },
        "summary": {
            "en": (
                "Music, craft and food festivals in Uzbekistan's historic cities "
                "attract a growing number of foreign visitors."
            ),
            "ru": (
                "Музыкальные, ремесленные и гастрономические фестивали в исторических "
                "городах Узбекистана привлекают всё больше иностранных гостей."
            ),
            "uz": (
                "Oʻzbekistonning tarixiy shaharlaridagi musiqa, hunarmandchilik va "
                "pazandachilik festivallari tobora koʻproq xorijiy mehmonlarni jalb "
                "etmoqda."
            ),
        },
        "body": {
            "en": (
                "<p>Uzbekistan's historic cities are preparing for a busy festival "
                "season. In Samarkand, the <strong>Sharq Taronalari</strong> "
                "international music festival brings performers from dozens of "
                "countries to the Registan, one of the best-known ensembles of Islamic "
                "architecture in Central Asia.</p>"
                "<p>Bukhara hosts a festival of silk and spices, where visitors can "
                "watch weavers, embroiderers and coppersmiths at work and taste local "
                "dishes. In Khiva, the walled inner town of Itchan Kala becomes the "
                "stage for a festival of folk music, dance and traditional games.</p>"
                "<p>Better transport links make it easy to visit all three cities in "
                "one trip: high-speed trains connect Tashkent with Samarkand and "
                "Bukhara, and regular flights serve Urgench, near Khiva. Information "
                "about the festivals is available from the Mission.</p>"
            ),
            "ru": (
                "<p>Исторические города Узбекистана готовятся к насыщенному "
                "фестивальному сезону. В Самарканде международный музыкальный "
                "фестиваль <strong>«Шарк тароналари»</strong> собирает исполнителей из "
                "десятков стран на Регистане — одном из самых известных ансамблей "
                "исламской архитектуры в Центральной Азии.</p>"
                "<p>В Бухаре проходит фестиваль «Шёлк и специи», где гости могут "
                "понаблюдать за работой ткачей, вышивальщиц и чеканщиков и попробовать "
                "местные блюда. В Хиве окружённый крепостными стенами внутренний город "
                "Ичан-Кала становится сценой для фестиваля народной музыки, танца и "
                "традиционных игр.</p>"
                "<p>Благодаря развитию транспорта все три города легко посетить за "
                "одну поездку: скоростные поезда связывают Ташкент с Самаркандом и "
                "Бухарой, а в Ургенч, расположенный недалеко от Хивы, выполняются "
                "регулярные рейсы. Информацию о фестивалях можно получить в "
                "Представительстве.</p>"
            ),
            "uz": (
                "<p>Oʻzbekistonning tarixiy shaharlari festivallarga boy mavsumga "
                "tayyorlanmoqda. Samarqandda <strong>«Sharq taronalari»</strong> "
                "xalqaro musiqa festivali oʻnlab mamlakatlardan kelgan ijrochilarni "
                "Markaziy Osiyodagi islom meʼmorchiligining eng mashhur majmualaridan "
                "biri — Registonda jamlaydi.</p>"
                "<p>Buxoroda «Ipak va ziravorlar» festivali boʻlib oʻtadi, unda "
                "mehmonlar toʻquvchilar, kashtachilar va misgarlarning ishini "
                "kuzatishi hamda mahalliy taomlardan tatib koʻrishi mumkin. Xivada "
                "qalʼa devorlari bilan oʻralgan ichki shahar — Ichan qalʼa xalq "
                "musiqasi, raqs va anʼanaviy oʻyinlar festivali uchun sahnaga "
                "aylanadi.</p>"
                "<p>Transport aloqalari yaxshilangani tufayli uchala shaharni bir "
                "safarda koʻrish oson: tezyurar poyezdlar Toshkentni Samarqand va "
                "Buxoro bilan bogʻlaydi, Xiva yaqinidagi Urganchga esa muntazam "
                "reyslar amalga oshiriladi. Festivallar haqidagi maʼlumotni "
                "Vakolatxonadan olish mumkin.</p>"
            ),
        },
    },
    {
        "slug": "simplified-visa-regime-for-visitors-to-uzbekistan",
        "category": "tourism",
        "days_ago": 440,
        "featured": False,
        "source": "Dunyo",
        "title": {
            "en": "Simplified visa regime for visitors to Uzbekistan",
            "ru": "Упрощённый визовый режим для гостей Узбекистана",
            "uz": (
                "Oʻzbekistonga tashrif buyuruvchilar uchun soddalashtirilgan viza "
                "rejimi"
            ),
        },
        "summary": {
            "en": (
                "Citizens of Switzerland and many other countries can visit Uzbekistan "
                "without a visa for up to 30 days, and electronic visas are available "
                "to many others."
            ),
            "ru": (
                "Граждане Швейцарии и многих других стран могут посещать Узбекистан "
                "без визы на срок до 30 дней, а для граждан ряда других государств "
                "доступны электронные визы."
            ),
            "uz": (
                "Shveytsariya va boshqa koʻplab davlatlar fuqarolari Oʻzbekistonga 30 "
                "kungacha vizasiz tashrif buyurishi mumkin, yana bir qator davlatlar "
                "fuqarolari uchun esa elektron vizalar mavjud."
            ),
        },
        "body": {
            "en": (
                "<p>Over the past years, Uzbekistan has substantially simplified entry "
                "for foreign visitors. Citizens of dozens of countries, including "
                "Switzerland and the member states of the European Union, may now "
                "enter the country without a visa and stay for up to 30 days.</p>"
                "<p>Citizens of many other countries can obtain an <em>electronic "
                "visa</em> through the official online portal within a few working "
                "days, without visiting a consulate. Special visa categories have also "
                "been introduced for pilgrims, students, doctors and participants in "
                "business events.</p>"
                "<p>Hotels register foreign guests automatically. Travellers staying "
                "with friends or in private accommodation can register online. "
                "Visitors are advised to check the latest requirements with the "
                "Mission before travelling.</p>"
            ),
            "ru": (
                "<p>За последние годы Узбекистан значительно упростил въезд для "
                "иностранных гостей. Граждане десятков стран, в том числе Швейцарии и "
                "государств — членов Европейского союза, могут въезжать в страну без "
                "визы и находиться в ней до 30 дней.</p>"
                "<p>Граждане многих других стран могут получить <em>электронную "
                "визу</em> через официальный онлайн-портал в течение нескольких "
                "рабочих дней, не посещая консульство. Введены также особые категории "
                "виз для паломников, студентов, врачей и участников деловых "
                "мероприятий.</p>"
                "<p>Гостиницы регистрируют иностранных гостей автоматически. "
                "Путешественники, остановившиеся у друзей или в частном жилье, могут "
                "зарегистрироваться онлайн. Актуальные требования рекомендуется "
                "уточнять в Представительстве перед поездкой.</p>"
            ),
            "uz": (
                "<p>Soʻnggi yillarda Oʻzbekiston xorijiy mehmonlar uchun mamlakatga "
                "kirishni sezilarli darajada soddalashtirdi. Oʻnlab davlatlar, "
                "jumladan, Shveytsariya va Yevropa Ittifoqiga aʼzo davlatlar "
                "fuqarolari endi mamlakatga vizasiz kirib, 30 kungacha boʻlishi "
                "mumkin.</p>"
                "<p>Boshqa koʻplab davlatlar fuqarolari konsullikka bormasdan, rasmiy "
                "onlayn portal orqali bir necha ish kunida <em>elektron viza</em> "
                "olishi mumkin. Ziyoratchilar, talabalar, shifokorlar va "
                "ishbilarmonlik tadbirlari ishtirokchilari uchun maxsus viza turlari "
                "ham joriy etilgan.</p>"
                "<p>Mehmonxonalar xorijiy mehmonlarni avtomatik tarzda roʻyxatga "
                "oladi. Doʻstlarinikida yoki xususiy uy-joyda toʻxtagan sayyohlar "
                "onlayn roʻyxatdan oʻtishi mumkin. Safardan oldin amaldagi talablarni "
                "Vakolatxonadan aniqlashtirib olish tavsiya etiladi.</p>"
            ),
        },
    },
    {
        "slug": "khivas-itchan-kala-welcomes-visitors-after-restoration-works",
        "category": "tourism",
        "days_ago": 720,
        "featured": False,
        "source": "UzA",
        "title": {
            "en": "Khiva's Itchan Kala welcomes visitors after restoration works",
            "ru": "Ичан-Кала в Хиве принимает гостей после реставрационных работ",
            "uz": (
                "Xivadagi Ichan qalʼa taʼmirlash ishlaridan soʻng mehmonlarni kutib "
                "olmoqda"
            ),
        },
        "summary": {
            "en": (
                "Restoration of several monuments in the inner town of Khiva, a UNESCO "
                "World Heritage site, has been completed."
            ),
            "ru": (
                "Завершена реставрация ряда памятников во внутреннем городе Хивы, "
                "включённом в Список всемирного наследия ЮНЕСКО."
            ),
            "uz": (
                "YUNESKOning Butunjahon merosi roʻyxatiga kiritilgan Xivaning ichki "
                "shahridagi bir qator yodgorliklarni taʼmirlash ishlari yakunlandi."
            ),
        },
        "body": {
            "en": (
                "<p>Restoration works on several monuments of Itchan Kala, the inner "
                "town of Khiva, have been completed. In 1990 Itchan Kala became the "
                "first site in Uzbekistan to be inscribed on the UNESCO World Heritage "
                "List.</p>"
                "<p>Specialists strengthened the foundations of madrasahs, restored "
                "carved wooden columns in the Juma Mosque and repaired tiled facades "
                "using traditional materials and techniques. Drainage systems were "
                "renewed to protect the mud-brick walls from groundwater, one of the "
                "main threats to the monuments.</p>"
                "<p>Several restored buildings now house museums and workshops where "
                "visitors can watch woodcarvers and carpet weavers at work. Local "
                "guides offer walking tours in several languages, and evening lighting "
                "lets visitors enjoy the town after sunset.</p>"
            ),
            "ru": (
                "<p>Завершены реставрационные работы на ряде памятников Ичан-Калы — "
                "внутреннего города Хивы. В 1990 году Ичан-Кала стала первым объектом "
                "Узбекистана, включённым в Список всемирного наследия ЮНЕСКО.</p>"
                "<p>Специалисты укрепили фундаменты медресе, отреставрировали резные "
                "деревянные колонны Джума-мечети и восстановили облицованные изразцами "
                "фасады с использованием традиционных материалов и технологий. "
                "Обновлены дренажные системы, защищающие стены из сырцового кирпича от "
                "грунтовых вод — одной из главных угроз для памятников.</p>"
                "<p>В ряде отреставрированных зданий теперь размещаются музеи и "
                "мастерские, где посетители могут наблюдать за работой резчиков по "
                "дереву и ковровщиц. Местные гиды проводят пешеходные экскурсии на "
                "нескольких языках, а вечерняя подсветка позволяет любоваться городом "
                "после заката.</p>"
            ),
            "uz": (
                "<p>Xivaning ichki shahri — Ichan qalʼadagi bir qator yodgorliklarda "
                "taʼmirlash ishlari yakunlandi. Ichan qalʼa 1990-yilda YUNESKOning "
                "Butunjahon merosi roʻyxatiga kiritilgan Oʻzbekistondagi birinchi "
                "obyekt boʻlgan.</p>"
                "<p>Mutaxassislar madrasalarning poydevorini mustahkamladi, Juma "
                "masjidining oʻymakor yogʻoch ustunlarini taʼmirladi va koshinli "
                "peshtoqlarni anʼanaviy materiallar va usullardan foydalangan holda "
                "qayta tikladi. Xom gʻishtli devorlarni yodgorliklar uchun asosiy "
                "xavflardan biri boʻlgan yer osti suvlaridan himoya qiluvchi drenaj "
                "tizimlari yangilandi.</p>"
                "<p>Taʼmirlangan bir qator binolarda endi muzeylar va ustaxonalar "
                "joylashgan boʻlib, u yerda tashrif buyuruvchilar yogʻoch oʻymakorlari "
                "va gilamdoʻzlarning ishini kuzatishi mumkin. Mahalliy gidlar bir "
                "necha tilda piyoda ekskursiyalar oʻtkazadi, kechki yoritish esa "
                "quyosh botgandan keyin ham shahar manzarasidan bahramand boʻlish "
                "imkonini beradi.</p>"
            ),
        },
    },
    {
        "slug": "december-8-constitution-day-celebrated-at-the-mission",
        "category": "constitution-day",
        "days_ago": 110,
        "featured": False,
        "source": "",
        "title": {
            "en": "December 8: Constitution Day celebrated at the Mission",
            "ru": "8 декабря: в Представительстве отметили День Конституции",
            "uz": "8-dekabr: Vakolatxonada Konstitutsiya kuni nishonlandi",
        },
        "summary": {
            "en": (
                "Staff of the Mission and compatriots gathered to mark the anniversary "
                "of the adoption of the Constitution of the Republic of Uzbekistan."
            ),
            "ru": (
                "Сотрудники Представительства и соотечественники собрались, чтобы "
                "отметить годовщину принятия Конституции Республики Узбекистан."
            ),
            "uz": (
                "Vakolatxona xodimlari va vatandoshlar Oʻzbekiston Respublikasi "
                "Konstitutsiyasi qabul qilinganining yilligini nishonlash uchun "
                "yigʻildi."
            ),
        },
        "body": {
            "en": (
                "<p>On 8 December, the staff of the Permanent Mission and members of "
                "the Uzbek community in Switzerland gathered at the Mission to "
                "celebrate Constitution Day.</p>"
                "<p>The Permanent Representative recalled that the Constitution of "
                "independent Uzbekistan was adopted on 8 December 1992 and that its "
                "new edition, approved in a nationwide referendum in 2023, "
                "strengthened the guarantees of human rights and defined Uzbekistan as "
                "a social state. Participants discussed the provisions on the rights "
                "to education, health care and decent housing.</p>"
                "<p>Young compatriots took part in a quiz on the history of the "
                "Constitution, and the winners received books on the history and "
                "culture of Uzbekistan. The evening ended with a performance of "
                "national songs.</p>"
            ),
            "ru": (
                "<p>8 декабря сотрудники Постоянного представительства и представители "
                "узбекской диаспоры в Швейцарии собрались в Представительстве, чтобы "
                "отметить День Конституции.</p>"
                "<p>Постоянный представитель напомнил, что Конституция независимого "
                "Узбекистана была принята 8 декабря 1992 года, а её новая редакция, "
                "одобренная на всенародном референдуме в 2023 году, укрепила гарантии "
                "прав человека и закрепила определение Узбекистана как социального "
                "государства. Участники обсудили положения о праве на образование, "
                "медицинскую помощь и достойное жильё.</p>"
                "<p>Молодые соотечественники приняли участие в викторине по истории "
                "Конституции, а победители получили книги об истории и культуре "
                "Узбекистана. Вечер завершился исполнением национальных песен.</p>"
            ),
            "uz": (
                "<p>8-dekabr kuni Doimiy vakolatxona xodimlari va Shveytsariyadagi "
                "oʻzbek diasporasi vakillari Konstitutsiya kunini nishonlash uchun "
                "Vakolatxonada yigʻildi.</p>"
                "<p>Doimiy vakil mustaqil Oʻzbekiston Konstitutsiyasi 1992-yil "
                "8-dekabrda qabul qilinganini, 2023-yilda umumxalq referendumida "
                "maʼqullangan yangi tahriri esa inson huquqlari kafolatlarini "
                "mustahkamlab, Oʻzbekistonni ijtimoiy davlat sifatida belgilaganini "
                "eslatdi. Ishtirokchilar taʼlim olish, tibbiy yordam va munosib "
                "uy-joyga boʻlgan huquqlar toʻgʻrisidagi qoidalarni muhokama qildi.</p>"
                "<p>Yosh vatandoshlar Konstitutsiya tarixiga oid viktorinada ishtirok "
                "etdi, gʻoliblarga esa Oʻzbekiston tarixi va madaniyatiga oid kitoblar "
                "topshirildi. Kecha milliy qoʻshiqlar ijrosi bilan yakunlandi.</p>"
            ),
        },
    },
    {
        "slug": "round-table-on-the-constitution-and-human-rights",
        "category": "constitution-day",
        "days_ago": 470,
        "featured": False,
        "source": "Mission",
        "title": {
            "en": "Round table on the Constitution and human rights",
            "ru": "Круглый стол «Конституция и права человека»",
            "uz": "«Konstitutsiya va inson huquqlari» mavzusida davra suhbati",
        },
        "summary": {
            "en": (
                "On the eve of Constitution Day, the Mission and academic partners "
                "discussed how the Constitution of Uzbekistan protects fundamental "
                "rights and freedoms."
            ),
            "ru": (
                "Накануне Дня Конституции Представительство и академические партнёры "
                "обсудили, как Конституция Узбекистана защищает основные права и "
                "свободы."
            ),
            "uz": (
                "Konstitutsiya kuni arafasida Vakolatxona va akademik hamkorlar "
                "Oʻzbekiston Konstitutsiyasi asosiy huquq va erkinliklarni qanday "
                "himoya qilishini muhokama qildi."
            ),
        },
        "body": {
            "en": (
                "<p>On the eve of Constitution Day, the Permanent Mission and a Geneva "
                "research institute held a round table on the Constitution of "
                "Uzbekistan and human rights.</p>"
                "<p>Speakers noted that a substantial part of the renewed Constitution "
                "is devoted to human rights and freedoms. Provisions that were added "
                "or strengthened include the presumption of innocence, the right to "
                "remain silent, the principle of <em>habeas corpus</em> and a "
                "constitutional ban on the death penalty.</p>"
                "<blockquote>"
                "<p>Participants agreed that the real test of any constitution lies in "
                "how its provisions are applied by the courts and by public officials "
                "in everyday life.</p>"
                "</blockquote>"
                "<p>The discussion also touched on the role of the Constitutional "
                "Court and of the Ombudsperson in protecting the rights of "
                "citizens.</p>"
            ),
            "ru": (
                "<p>Накануне Дня Конституции Постоянное представительство совместно с "
                "одним из научных институтов Женевы провело круглый стол на тему "
                "«Конституция Узбекистана и права человека».</p>"
                "<p>Выступающие отметили, что значительная часть обновлённой "
                "Конституции посвящена правам и свободам человека. В числе новых или "
                "усиленных положений — презумпция невиновности, право хранить "
                "молчание, принцип <em>хабеас корпус</em> и запрет смертной казни на "
                "конституционном уровне.</p>"
                "<blockquote>"
                "<p>Участники согласились, что главным испытанием для любой "
                "конституции является то, как её нормы применяются судами и "
                "должностными лицами в повседневной жизни.</p>"
                "</blockquote>"
                "<p>В ходе обсуждения была затронута также роль Конституционного суда "
                "и Омбудсмана в защите прав граждан.</p>"
            ),
            "uz": (
                "<p>Konstitutsiya kuni arafasida Doimiy vakolatxona Jenevadagi ilmiy "
                "institutlardan biri bilan hamkorlikda «Oʻzbekiston Konstitutsiyasi va "
                "inson huquqlari» mavzusida davra suhbati oʻtkazdi.</p>"
                "<p>Maʼruzachilar yangilangan Konstitutsiyaning salmoqli qismi inson "
                "huquq va erkinliklariga bagʻishlanganini qayd etdi. Yangi kiritilgan "
                "yoki kuchaytirilgan qoidalar qatorida aybsizlik prezumpsiyasi, sukut "
                "saqlash huquqi, <em>habeas corpus</em> tamoyili va oʻlim jazosining "
                "konstitutsiyaviy darajada taqiqlanishi bor.</p>"
                "<blockquote>"
                "<p>Ishtirokchilar har qanday konstitutsiya uchun asosiy sinov uning "
                "normalari sudlar va mansabdor shaxslar tomonidan kundalik hayotda "
                "qanday qoʻllanishida ekanligi haqida yakdil fikrga keldi.</p>"
                "</blockquote>"
                "<p>Muhokama davomida Konstitutsiyaviy sud va Ombudsmanning fuqarolar "
                "huquqlarini himoya qilishdagi roli haqida ham soʻz bordi.</p>"
            ),
        },
    },
    {
        "slug": "constitution-day-an-evening-of-uzbek-culture",
        "category": "constitution-day",
        "days_ago": 835,
        "featured": False,
        "source": "",
        "title": {
            "en": "Constitution Day: an evening of Uzbek culture",
            "ru": "День Конституции: вечер узбекской культуры",
            "uz": "Konstitutsiya kuni: oʻzbek madaniyati kechasi",
        },
        "summary": {
            "en": (
                "An evening of poetry, music and national cuisine in Geneva marked the "
                "anniversary of the Constitution of Uzbekistan."
            ),
            "ru": (
                "Вечер поэзии, музыки и национальной кухни в Женеве был посвящён "
                "годовщине Конституции Узбекистана."
            ),
            "uz": (
                "Jenevada sheʼriyat, musiqa va milliy taomlar kechasi Oʻzbekiston "
                "Konstitutsiyasi yilligiga bagʻishlandi."
            ),
        },
        "body": {
            "en": (
                "<p>To mark Constitution Day, the Permanent Mission held an evening of "
                "Uzbek culture for friends of Uzbekistan in Geneva.</p>"
                "<p>The programme opened with a short presentation on the history of "
                "the Constitution adopted on 8 December 1992 and on its role in "
                "building an independent state. Students then read poems by Alisher "
                "Navoi and by modern Uzbek poets in Uzbek, English and French.</p>"
                "<p>Guests listened to songs accompanied by the dutar and doira, "
                "watched a short documentary about the country's regions and tasted "
                "national dishes prepared by compatriots. Many of those present said "
                "that they would like to travel to Uzbekistan to see its cities and "
                "meet its people.</p>"
            ),
            "ru": (
                "<p>По случаю Дня Конституции Постоянное представительство провело "
                "вечер узбекской культуры для друзей Узбекистана в Женеве.</p>"
                "<p>Программа открылась кратким рассказом об истории Конституции, "
                "принятой 8 декабря 1992 года, и о её роли в становлении независимого "
                "государства. Затем студенты прочитали стихи Алишера Навои и "
                "современных узбекских поэтов на узбекском, английском и французском "
                "языках.</p>"
                "<p>Гости послушали песни в сопровождении дутара и дойры, посмотрели "
                "короткий документальный фильм о регионах страны и попробовали "
                "национальные блюда, приготовленные соотечественниками. Многие из "
                "присутствовавших выразили желание побывать в Узбекистане, чтобы "
                "увидеть его города и познакомиться с его жителями.</p>"
            ),
            "uz": (
                "<p>Konstitutsiya kuni munosabati bilan Doimiy vakolatxona Jenevadagi "
                "Oʻzbekiston doʻstlari uchun oʻzbek madaniyati kechasini oʻtkazdi.</p>"
                "<p>Dastur 1992-yil 8-dekabrda qabul qilingan Konstitutsiya tarixi va "
                "uning mustaqil davlat qurilishidagi oʻrni haqidagi qisqa taqdimot "
                "bilan ochildi. Soʻngra talabalar Alisher Navoiy va zamonaviy oʻzbek "
                "shoirlarining sheʼrlarini oʻzbek, ingliz va fransuz tillarida oʻqib "
                "berdi.</p>"
                "<p>Mehmonlar dutor va doira joʻrligidagi qoʻshiqlarni tingladi, "
                "mamlakat hududlari haqidagi qisqa hujjatli filmni tomosha qildi va "
                "vatandoshlar tayyorlagan milliy taomlardan tatib koʻrdi. "
                "Ishtirokchilarning koʻpchiligi Oʻzbekistonga borib, uning "
                "shaharlarini koʻrish va xalqi bilan tanishish istagini bildirdi.</p>"
            ),
        },
    },
    {
        "slug": "press-digest-economy-education-and-culture",
        "category": "press-digests",
        "days_ago": 30,
        "featured": False,
        "source": "",
        "title": {
            "en": "Press digest: economy, education and culture",
            "ru": "Пресс-дайджест: экономика, образование и культура",
            "uz": "Matbuot dayjesti: iqtisodiyot, taʼlim va madaniyat",
        },
        "summary": {
            "en": (
                "A selection of recent news from Uzbekistan's media on foreign trade, "
                "new schools and cultural heritage."
            ),
            "ru": (
                "Подборка последних новостей узбекских СМИ о внешней торговле, новых "
                "школах и культурном наследии."
            ),
            "uz": (
                "Oʻzbekiston OAVlaridagi tashqi savdo, yangi maktablar va madaniy "
                "meros haqidagi soʻnggi yangiliklar jamlanmasi."
            ),
        },
        "body": {
            "en": (
                "<p>The Mission presents a short review of recent publications in the "
                "media of Uzbekistan.</p>"
                "<ul>"
                "<li><strong>Economy.</strong> According to official statistics, "
                "foreign trade turnover continued to grow, with the largest increases "
                "in exports of textiles, fruit and vegetables, and services.</li>"
                "<li><strong>Education.</strong> New school buildings were opened in "
                "several regions, and more schools now teach foreign languages from "
                "the first grade.</li>"
                "<li><strong>Culture.</strong> Restorers completed work on a number of "
                "historical monuments in Samarkand, and museums in Tashkent prepared "
                "new exhibitions of applied art.</li>"
                "</ul>"
                "<p>The full articles are available on the websites of the national "
                "news agency <a href='https://uza.uz'>UzA</a> and other media. The "
                "digest is prepared for information purposes only.</p>"
            ),
            "ru": (
                "<p>Представительство предлагает краткий обзор последних публикаций в "
                "СМИ Узбекистана.</p>"
                "<ul>"
                "<li><strong>Экономика.</strong> По данным официальной статистики, "
                "внешнеторговый оборот продолжил расти; наибольший прирост показал "
                "экспорт текстиля, плодоовощной продукции и услуг.</li>"
                "<li><strong>Образование.</strong> В ряде регионов открылись новые "
                "здания школ, а всё больше школ вводят изучение иностранных языков с "
                "первого класса.</li>"
                "<li><strong>Культура.</strong> Реставраторы завершили работы на ряде "
                "исторических памятников Самарканда, а музеи Ташкента подготовили "
                "новые выставки прикладного искусства.</li>"
                "</ul>"
                "<p>Полные версии статей доступны на сайтах национального "
                "информационного агентства <a href='https://uza.uz'>УзА</a> и других "
                "СМИ. Дайджест подготовлен исключительно в информационных целях.</p>"
            ),
            "uz": (
                "<p>Vakolatxona Oʻzbekiston ommaviy axborot vositalaridagi soʻnggi "
                "nashrlarning qisqacha sharhini taqdim etadi.</p>"
                "<ul>"
                "<li><strong>Iqtisodiyot.</strong> Rasmiy statistika maʼlumotlariga "
                "koʻra, tashqi savdo aylanmasi oʻsishda davom etdi; eng katta oʻsish "
                "toʻqimachilik, meva-sabzavot mahsulotlari va xizmatlar eksportida "
                "kuzatildi.</li>"
                "<li><strong>Taʼlim.</strong> Bir qator hududlarda yangi maktab "
                "binolari ochildi, tobora koʻproq maktablar chet tillarini birinchi "
                "sinfdan oʻqitishni joriy etmoqda.</li>"
                "<li><strong>Madaniyat.</strong> Restavratorlar Samarqanddagi bir "
                "qator tarixiy yodgorliklarda ishlarni yakunladi, Toshkent muzeylari "
                "esa amaliy sanʼatning yangi koʻrgazmalarini tayyorladi.</li>"
                "</ul>"
                "<p>Maqolalarning toʻliq matni milliy axborot agentligi <a "
                "href='https://uza.uz'>UzA</a> va boshqa OAV saytlarida mavjud. "
                "Dayjest faqat axborot maqsadida tayyorlangan.</p>"
            ),
        },
    },
    {
        "slug": "press-digest-regional-cooperation-in-central-asia",
        "category": "press-digests",
        "days_ago": 260,
        "featured": False,
        "source": "",
        "title": {
            "en": "Press digest: regional cooperation in Central Asia",
            "ru": "Пресс-дайджест: региональное сотрудничество в Центральной Азии",
            "uz": "Matbuot dayjesti: Markaziy Osiyoda mintaqaviy hamkorlik",
        },
        "summary": {
            "en": (
                "Uzbek media report on new transport links, water agreements and "
                "cultural exchanges with neighbouring countries."
            ),
            "ru": (
                "Узбекские СМИ сообщают о новых транспортных маршрутах, соглашениях по "
                "водным ресурсам и культурных обменах с соседними странами."
            ),
            "uz": (
                "Oʻzbekiston OAVlari qoʻshni davlatlar bilan yangi transport "
                "yoʻnalishlari, suv resurslari boʻyicha kelishuvlar va madaniy "
                "almashinuvlar haqida xabar bermoqda."
            ),
        },
        "body": {
            "en": (
                "<p>This review of the Uzbek press focuses on cooperation between the "
                "countries of Central Asia.</p>"
                "<p>Newspapers report on progress in building new railway and road "
                "links with neighbouring states, including the planned "
                "China–Kyrgyzstan–Uzbekistan railway, which is expected to shorten the "
                "route for goods travelling between East Asia and Europe. Border "
                "crossings have been modernised, reducing waiting times for travellers "
                "and lorries.</p>"
                "<p>Commentators also write about agreements on the shared use of "
                "water resources and on exchanges of electricity during the winter "
                "months. In the cultural sphere, the media note a growing number of "
                "joint festivals, university exchanges and tourist routes linking "
                "historic cities across the region.</p>"
            ),
            "ru": (
                "<p>Очередной обзор узбекской прессы посвящён сотрудничеству стран "
                "Центральной Азии.</p>"
                "<p>Газеты сообщают о ходе строительства новых железнодорожных и "
                "автомобильных маршрутов с соседними государствами, в том числе о "
                "проекте железной дороги Китай — Кыргызстан — Узбекистан, которая "
                "должна сократить путь грузов между Восточной Азией и Европой. Пункты "
                "пропуска на границах модернизированы, что сократило время ожидания "
                "для путешественников и грузовиков.</p>"
                "<p>Обозреватели также пишут о соглашениях по совместному "
                "использованию водных ресурсов и обмену электроэнергией в зимние "
                "месяцы. В сфере культуры СМИ отмечают рост числа совместных "
                "фестивалей, университетских обменов и туристических маршрутов, "
                "связывающих исторические города региона.</p>"
            ),
            "uz": (
                "<p>Oʻzbekiston matbuotining navbatdagi sharhi Markaziy Osiyo "
                "mamlakatlari oʻrtasidagi hamkorlikka bagʻishlangan.</p>"
                "<p>Gazetalar qoʻshni davlatlar bilan yangi temir yoʻl va avtomobil "
                "yoʻnalishlari qurilishining borishi, jumladan, Sharqiy Osiyo va "
                "Yevropa oʻrtasidagi yuk tashish yoʻlini qisqartirishi kutilayotgan "
                "Xitoy — Qirgʻiziston — Oʻzbekiston temir yoʻli loyihasi haqida xabar "
                "bermoqda. Chegaradagi oʻtkazish punktlari modernizatsiya qilingani "
                "tufayli sayohatchilar va yuk mashinalari uchun kutish vaqti "
                "qisqardi.</p>"
                "<p>Sharhlovchilar, shuningdek, suv resurslaridan birgalikda "
                "foydalanish va qish oylarida elektr energiyasi almashinuvi boʻyicha "
                "kelishuvlar haqida yozmoqda. Madaniyat sohasida OAV qoʻshma "
                "festivallar, universitetlararo almashinuvlar va mintaqaning tarixiy "
                "shaharlarini bogʻlovchi turistik yoʻnalishlar soni ortib "
                "borayotganini qayd etmoqda.</p>"
            ),
        },
    },
    {
        "slug": "press-digest-reforms-in-health-care-and-social-protection",
        "category": "press-digests",
        "days_ago": 580,
        "featured": False,
        "source": "",
        "title": {
            "en": "Press digest: reforms in health care and social protection",
            "ru": "Пресс-дайджест: реформы в здравоохранении и социальной защите",
            "uz": (
                "Matbuot dayjesti: sogʻliqni saqlash va ijtimoiy himoya sohasidagi "
                "islohotlar"
            ),
        },
        "summary": {
            "en": (
                "A review of Uzbek media reports on health insurance, support for "
                "low-income families and the new National Agency for Social Protection."
            ),
            "ru": (
                "Обзор публикаций узбекских СМИ о медицинском страховании, поддержке "
                "малообеспеченных семей и новом Национальном агентстве социальной "
                "защиты."
            ),
            "uz": (
                "Oʻzbekiston OAVlarining tibbiy sugʻurta, kam taʼminlangan oilalarni "
                "qoʻllab-quvvatlash va yangi Ijtimoiy himoya milliy agentligi haqidagi "
                "nashrlari sharhi."
            ),
        },
        "body": {
            "en": (
                "<p>This review covers publications in the Uzbek media on reforms in "
                "health care and social protection.</p>"
                "<p>Several newspapers describe the gradual introduction of compulsory "
                "health insurance, which began as a pilot project in one region and is "
                "being extended to others. Under the system, a guaranteed package of "
                "medical services is provided free of charge, and the state pays for "
                "the insurance of children, pensioners and persons with "
                "disabilities.</p>"
                "<p>Other articles focus on the work of the <strong>National Agency "
                "for Social Protection</strong>, which brings together benefits, "
                "pensions and social services. A unified social protection register "
                "helps to identify families in need and to grant support without paper "
                "applications. Commentators note that the reforms aim to make "
                "assistance more targeted and fair.</p>"
            ),
            "ru": (
                "<p>В обзоре представлены публикации узбекских СМИ о реформах в сфере "
                "здравоохранения и социальной защиты.</p>"
                "<p>Ряд газет рассказывает о поэтапном внедрении обязательного "
                "медицинского страхования, которое начиналось как пилотный проект в "
                "одной области и теперь распространяется на другие регионы. В рамках "
                "этой системы гарантированный пакет медицинских услуг предоставляется "
                "бесплатно, а страхование детей, пенсионеров и лиц с инвалидностью "
                "оплачивает государство.</p>"
                "<p>Другие статьи посвящены работе <strong>Национального агентства "
                "социальной защиты</strong>, объединившего выплату пособий и пенсий и "
                "предоставление социальных услуг. Единый реестр социальной защиты "
                "помогает выявлять нуждающиеся семьи и назначать помощь без бумажных "
                "заявлений. Обозреватели отмечают, что реформы направлены на то, чтобы "
                "сделать помощь более адресной и справедливой.</p>"
            ),
            "uz": (
                "<p>Sharhda Oʻzbekiston OAVlarining sogʻliqni saqlash va ijtimoiy "
                "himoya sohasidagi islohotlar haqidagi nashrlari jamlangan.</p>"
                "<p>Bir qator gazetalar bitta viloyatda tajriba sifatida boshlanib, "
                "endilikda boshqa hududlarga ham joriy etilayotgan majburiy tibbiy "
                "sugʻurta haqida hikoya qiladi. Ushbu tizimda tibbiy xizmatlarning "
                "kafolatlangan paketi bepul koʻrsatiladi, bolalar, pensionerlar va "
                "nogironligi boʻlgan shaxslarning sugʻurtasi esa davlat tomonidan "
                "toʻlanadi.</p>"
                "<p>Boshqa maqolalar nafaqalar, pensiyalar va ijtimoiy xizmatlarni "
                "birlashtirgan <strong>Ijtimoiy himoya milliy agentligi</strong> "
                "faoliyatiga bagʻishlangan. Ijtimoiy himoya yagona reyestri muhtoj "
                "oilalarni aniqlash va yordamni qogʻoz arizalarsiz tayinlashga "
                "koʻmaklashmoqda. Sharhlovchilar islohotlar yordamni yanada manzilli "
                "va adolatli qilishga qaratilganini taʼkidlamoqda.</p>"
            ),
        },
    },
    {
        "slug": "constitutional-reform-key-changes-explained",
        "category": "constitutional-reform",
        "days_ago": 990,
        "featured": False,
        "source": "",
        "title": {
            "en": "Constitutional reform: key changes explained",
            "ru": "Конституционная реформа: основные изменения",
            "uz": "Konstitutsiyaviy islohot: asosiy oʻzgarishlar",
        },
        "summary": {
            "en": (
                "The renewed Constitution of Uzbekistan, adopted by referendum, "
                "expands the guarantees of human rights and redistributes powers "
                "between state institutions."
            ),
            "ru": (
                "Обновлённая Конституция Узбекистана, принятая на референдуме, "
                "расширяет гарантии прав человека и перераспределяет полномочия между "
                "государственными институтами."
            ),
            "uz": (
                "Referendumda qabul qilingan yangilangan Oʻzbekiston Konstitutsiyasi "
                "inson huquqlari kafolatlarini kengaytiradi va vakolatlarni davlat "
                "institutlari oʻrtasida qayta taqsimlaydi."
            ),
        },
        "body": {
            "en": (
                "<p>On 30 April 2023, citizens of Uzbekistan approved a new edition of "
                "the Constitution in a nationwide referendum. The renewed text entered "
                "into force on 1 May 2023.</p>"
                "<h2>What has changed</h2>"
                "<p>The number of articles has grown considerably, and the provisions "
                "on human rights have been substantially expanded. The Constitution "
                "now defines Uzbekistan as a social state, guarantees free legal aid "
                "in cases provided for by law and protects personal data. The death "
                "penalty is prohibited.</p>"
                "<p>Changes were also made to the system of government. The role of "
                "parliament in forming the government and overseeing its work has been "
                "strengthened, and the presidential term has been set at seven years. "
                "The Constitution also gives greater attention to environmental "
                "protection, including in the Aral Sea region, and to the rights of "
                "young people and persons with disabilities.</p>"
            ),
            "ru": (
                "<p>30 апреля 2023 года граждане Узбекистана одобрили новую редакцию "
                "Конституции на всенародном референдуме. Обновлённый текст вступил в "
                "силу 1 мая 2023 года.</p>"
                "<h2>Что изменилось</h2>"
                "<p>Число статей значительно увеличилось, а положения о правах "
                "человека существенно расширены. Конституция теперь определяет "
                "Узбекистан как социальное государство, гарантирует бесплатную "
                "юридическую помощь в случаях, предусмотренных законом, и защищает "
                "персональные данные. Смертная казнь запрещена.</p>"
                "<p>Изменения коснулись и системы государственного управления. Усилена "
                "роль парламента в формировании правительства и контроле за его "
                "деятельностью, а срок президентских полномочий установлен в семь лет. "
                "Кроме того, Конституция уделяет больше внимания охране окружающей "
                "среды, в том числе в Приаралье, а также правам молодёжи и лиц с "
                "инвалидностью.</p>"
            ),
            "uz": (
                "<p>2023-yil 30-aprelda Oʻzbekiston fuqarolari umumxalq referendumida "
                "Konstitutsiyaning yangi tahririni maʼqulladi. Yangilangan matn "
                "2023-yil 1-maydan kuchga kirdi.</p>"
                "<h2>Nimalar oʻzgardi</h2>"
                "<p>Moddalar soni sezilarli darajada koʻpaydi, inson huquqlariga oid "
                "qoidalar esa ancha kengaytirildi. Endi Konstitutsiya Oʻzbekistonni "
                "ijtimoiy davlat sifatida belgilaydi, qonunda nazarda tutilgan "
                "hollarda bepul yuridik yordamni kafolatlaydi va shaxsga doir "
                "maʼlumotlarni himoya qiladi. Oʻlim jazosi taqiqlanadi.</p>"
                "<p>Davlat boshqaruvi tizimiga ham oʻzgartirishlar kiritildi. "
                "Hukumatni shakllantirish va uning faoliyatini nazorat qilishda "
                "parlamentning roli kuchaytirildi, Prezidentning vakolat muddati esa "
                "yetti yil etib belgilandi. Bundan tashqari, Konstitutsiyada "
                "atrof-muhitni muhofaza qilish, jumladan, Orolboʻyi hududida, "
                "shuningdek, yoshlar va nogironligi boʻlgan shaxslarning huquqlariga "
                "koʻproq eʼtibor qaratilgan.</p>"
            ),
        },
    },
    {
        "slug": "renewed-constitution-a-social-state-and-human-rights",
        "category": "constitutional-reform",
        "days_ago": 920,
        "featured": False,
        "source": "Dunyo",
        "title": {
            "en": "Renewed Constitution: a social state and human rights",
            "ru": "Обновлённая Конституция: социальное государство и права человека",
            "uz": "Yangilangan Konstitutsiya: ijtimoiy davlat va inson huquqlari",
        },
        "summary": {
            "en": (
                "Experts explain how the principle of the social state in the renewed "
                "Constitution translates into concrete obligations in education, "
                "health and employment."
            ),
            "ru": (
                "Эксперты объясняют, как принцип социального государства в обновлённой "
                "Конституции воплощается в конкретных обязательствах в сферах "
                "образования, здравоохранения и занятости."
            ),
            "uz": (
                "Ekspertlar yangilangan Konstitutsiyadagi ijtimoiy davlat tamoyili "
                "taʼlim, sogʻliqni saqlash va bandlik sohalarida qanday aniq "
                "majburiyatlarga aylanishini tushuntirmoqda."
            ),
        },
        "body": {
            "en": (
                "<p>One of the central ideas of the renewed Constitution of Uzbekistan "
                "is the principle of the <strong>social state</strong>. It means that "
                "the state takes responsibility for creating conditions in which every "
                "person can live in dignity.</p>"
                "<p>The Constitution sets out specific obligations. The state "
                "guarantees free general secondary education and takes measures to "
                "develop preschool education. It provides a guaranteed volume of "
                "medical care free of charge, supports families and protects "
                "motherhood and childhood. The minimum wage must take into account the "
                "needs of a dignified life.</p>"
                "<p>Legal scholars note that these provisions give citizens clearer "
                "grounds for defending their rights, including in the courts. The "
                "Mission has prepared an English summary of the social provisions for "
                "interested partners in Geneva.</p>"
            ),
            "ru": (
                "<p>Одна из центральных идей обновлённой Конституции Узбекистана — "
                "принцип <strong>социального государства</strong>. Он означает, что "
                "государство берёт на себя ответственность за создание условий, в "
                "которых каждый человек может жить достойно.</p>"
                "<p>Конституция устанавливает конкретные обязательства. Государство "
                "гарантирует бесплатное общее среднее образование и принимает меры по "
                "развитию дошкольного образования. Оно обеспечивает бесплатное "
                "предоставление гарантированного объёма медицинской помощи, "
                "поддерживает семьи и защищает материнство и детство. Минимальный "
                "размер оплаты труда должен учитывать потребности достойной жизни.</p>"
                "<p>Правоведы отмечают, что эти положения дают гражданам более чёткие "
                "основания для защиты своих прав, в том числе в суде. "
                "Представительство подготовило краткое изложение социальных положений "
                "на английском языке для заинтересованных партнёров в Женеве.</p>"
            ),
            "uz": (
                "<p>Yangilangan Oʻzbekiston Konstitutsiyasining markaziy gʻoyalaridan "
                "biri <strong>ijtimoiy davlat</strong> tamoyilidir. Bu davlat har bir "
                "insonning munosib hayot kechirishi uchun sharoit yaratish "
                "masʼuliyatini oʻz zimmasiga olishini anglatadi.</p>"
                "<p>Konstitutsiya aniq majburiyatlarni belgilaydi. Davlat bepul umumiy "
                "oʻrta taʼlimni kafolatlaydi va maktabgacha taʼlimni rivojlantirish "
                "choralarini koʻradi. U tibbiy yordamning kafolatlangan hajmini bepul "
                "koʻrsatishni taʼminlaydi, oilalarni qoʻllab-quvvatlaydi, onalik va "
                "bolalikni himoya qiladi. Mehnatga haq toʻlashning eng kam miqdori "
                "munosib hayot ehtiyojlarini hisobga olishi lozim.</p>"
                "<p>Huquqshunoslar ushbu qoidalar fuqarolarga oʻz huquqlarini, "
                "jumladan, sudda himoya qilish uchun aniqroq asos berishini "
                "taʼkidlamoqda. Vakolatxona Jenevadagi qiziquvchi hamkorlar uchun "
                "ijtimoiy qoidalarning ingliz tilidagi qisqacha bayonini "
                "tayyorladi.</p>"
            ),
        },
    },
    {
        "slug": "experts-in-geneva-discuss-uzbekistans-constitutional-reform",
        "category": "constitutional-reform",
        "days_ago": 780,
        "featured": False,
        "source": "",
        "title": {
            "en": "Experts in Geneva discuss Uzbekistan's constitutional reform",
            "ru": "Эксперты в Женеве обсудили конституционную реформу в Узбекистане",
            "uz": (
                "Jenevada ekspertlar Oʻzbekistondagi konstitutsiyaviy islohotni "
                "muhokama qildi"
            ),
        },
        "summary": {
            "en": (
                "A seminar organised by the Mission brought together lawyers, "
                "academics and members of UN human rights mechanisms to review the "
                "first results of the reform."
            ),
            "ru": (
                "Семинар, организованный Представительством, собрал юристов, учёных и "
                "членов правозащитных механизмов ООН для обсуждения первых итогов "
                "реформы."
            ),
            "uz": (
                "Vakolatxona tashkil etgan seminarda huquqshunoslar, olimlar va BMT "
                "inson huquqlari mexanizmlari aʼzolari islohotning dastlabki "
                "natijalarini muhokama qildi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Mission organised a seminar in Geneva on the "
                "implementation of Uzbekistan's constitutional reform. Lawyers, "
                "academics, members of UN treaty bodies and representatives of "
                "non-governmental organisations took part.</p>"
                "<p>A delegation from Tashkent, which included members of parliament "
                "and experts from the National Centre for Human Rights, explained how "
                "existing legislation is being brought into line with the renewed "
                "Constitution. Dozens of laws have already been amended, and new "
                "versions of several codes, including the Code of Criminal Procedure, "
                "are being prepared.</p>"
                "<p>Participants asked about the practical application of the new "
                "guarantees in criminal cases and about the role of civil society in "
                "monitoring the reform. The organisers agreed to publish a summary of "
                "the discussion and to hold a follow-up meeting next year.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство организовало в Женеве семинар, "
                "посвящённый реализации конституционной реформы в Узбекистане. В нём "
                "приняли участие юристы, учёные, члены договорных органов ООН и "
                "представители неправительственных организаций.</p>"
                "<p>Делегация из Ташкента, в состав которой вошли депутаты парламента "
                "и эксперты Национального центра по правам человека, рассказала о том, "
                "как действующее законодательство приводится в соответствие с "
                "обновлённой Конституцией. В десятки законов уже внесены изменения, "
                "готовятся новые редакции ряда кодексов, в том числе "
                "Уголовно-процессуального кодекса.</p>"
                "<p>Участники задали вопросы о практическом применении новых гарантий "
                "по уголовным делам и о роли гражданского общества в мониторинге "
                "реформы. Организаторы договорились опубликовать краткое изложение "
                "дискуссии и провести следующую встречу в будущем году.</p>"
            ),
            "uz": (
                "<p>Doimiy vakolatxona Jenevada Oʻzbekistondagi konstitutsiyaviy "
                "islohotni amalga oshirishga bagʻishlangan seminar tashkil etdi. Unda "
                "huquqshunoslar, olimlar, BMT shartnomaviy organlari aʼzolari va "
                "nodavlat tashkilotlar vakillari ishtirok etdi.</p>"
                "<p>Tarkibiga parlament deputatlari va Inson huquqlari boʻyicha milliy "
                "markaz ekspertlari kirgan Toshkent delegatsiyasi amaldagi qonunchilik "
                "yangilangan Konstitutsiyaga qanday muvofiqlashtirilayotgani haqida "
                "soʻzlab berdi. Oʻnlab qonunlarga allaqachon oʻzgartirishlar "
                "kiritildi, bir qator kodekslarning, jumladan, Jinoyat-protsessual "
                "kodeksining yangi tahrirlari tayyorlanmoqda.</p>"
                "<p>Ishtirokchilar yangi kafolatlarning jinoyat ishlarida amalda "
                "qoʻllanishi va islohot monitoringida fuqarolik jamiyatining roli "
                "haqida savollar berdi. Tashkilotchilar muhokamaning qisqacha bayonini "
                "eʼlon qilish va kelgusi yili navbatdagi uchrashuvni oʻtkazishga "
                "kelishib oldi.</p>"
            ),
        },
    },
    {
        "slug": "navruz-celebrated-at-the-palais-des-nations",
        "category": "other-news-and-events",
        "days_ago": 200,
        "featured": False,
        "source": "",
        "title": {
            "en": "Navruz celebrated at the Palais des Nations",
            "ru": "Навруз отметили во Дворце Наций",
            "uz": "Millatlar saroyida Navroʻz nishonlandi",
        },
        "summary": {
            "en": (
                "Together with other countries that celebrate Navruz, the Mission took "
                "part in a festive event at the United Nations Office at Geneva."
            ),
            "ru": (
                "Вместе с другими странами, отмечающими Навруз, Представительство "
                "приняло участие в праздничном мероприятии в Отделении ООН в Женеве."
            ),
            "uz": (
                "Navroʻzni nishonlaydigan boshqa mamlakatlar bilan birgalikda "
                "Vakolatxona BMTning Jenevadagi boʻlimida boʻlib oʻtgan bayram "
                "tadbirida ishtirok etdi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Mission of Uzbekistan, together with the missions of "
                "other countries where Navruz is celebrated, took part in a festive "
                "event at the Palais des Nations to mark the International Day of "
                "Navruz on 21 March.</p>"
                "<p>At the Uzbek stand, guests were offered sumalak, a traditional "
                "dish of sprouted wheat that is cooked through the night, as well as "
                "freshly baked samsa and sweets. Young compatriots in national costume "
                "performed a dance from Khorezm. In its greeting, the Mission said:</p>"
                "<blockquote>"
                "<p>Navruz is a celebration of spring, renewal and "
                "good-neighbourliness, values that unite the peoples of a vast region "
                "stretching from the Balkans to Central Asia.</p>"
                "</blockquote>"
                "<p>Navruz is inscribed on the UNESCO list of the intangible cultural "
                "heritage of humanity as a tradition shared by several countries, "
                "including Uzbekistan.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство Узбекистана вместе с "
                "представительствами других стран, где отмечается Навруз, приняло "
                "участие в праздничном мероприятии во Дворце Наций по случаю "
                "Международного дня Навруза 21 марта.</p>"
                "<p>На узбекском стенде гостей угощали сумаляком — традиционным блюдом "
                "из пророщенной пшеницы, которое варят всю ночь, а также свежей самсой "
                "и сладостями. Молодые соотечественники в национальных костюмах "
                "исполнили хорезмский танец. В приветственном слове Представительство "
                "отметило:</p>"
                "<blockquote>"
                "<p>Навруз — праздник весны, обновления и добрососедства, то есть "
                "ценностей, которые объединяют народы огромного региона от Балкан до "
                "Центральной Азии.</p>"
                "</blockquote>"
                "<p>Навруз включён в список нематериального культурного наследия "
                "человечества ЮНЕСКО как общая традиция ряда стран, в том числе "
                "Узбекистана.</p>"
            ),
            "uz": (
                "<p>Oʻzbekistonning Doimiy vakolatxonasi Navroʻz nishonlanadigan "
                "boshqa mamlakatlar vakolatxonalari bilan birgalikda 21-mart — Xalqaro "
                "Navroʻz kuni munosabati bilan Millatlar saroyida boʻlib oʻtgan bayram "
                "tadbirida ishtirok etdi.</p>"
                "<p>Oʻzbek stendida mehmonlarga tun boʻyi pishiriladigan, undirilgan "
                "bugʻdoydan tayyorlanadigan anʼanaviy taom — sumalak, shuningdek, "
                "issiq somsa va shirinliklar tortildi. Milliy liboslardagi yosh "
                "vatandoshlar Xorazm raqsini ijro etdi. Vakolatxona oʻz tabrik soʻzida "
                "shunday dedi:</p>"
                "<blockquote>"
                "<p>Navroʻz — bahor, yangilanish va yaxshi qoʻshnichilik bayrami "
                "boʻlib, bu qadriyatlar Bolqondan Markaziy Osiyogacha boʻlgan ulkan "
                "mintaqa xalqlarini birlashtiradi.</p>"
                "</blockquote>"
                "<p>Navroʻz bir qator mamlakatlar, jumladan, Oʻzbekistonning umumiy "
                "anʼanasi sifatida YUNESKOning insoniyat nomoddiy madaniy merosi "
                "roʻyxatiga kiritilgan.</p>"
            ),
        },
    },
    {
        "slug": "uzbek-films-screened-at-a-geneva-festival",
        "category": "other-news-and-events",
        "days_ago": 670,
        "featured": False,
        "source": "",
        "title": {
            "en": "Uzbek films screened at a Geneva festival",
            "ru": "Узбекские фильмы показаны на фестивале в Женеве",
            "uz": "Jenevadagi festivalda oʻzbek filmlari namoyish etildi",
        },
        "summary": {
            "en": (
                "Feature and documentary films from Uzbekistan were shown as part of a "
                "programme of Central Asian cinema."
            ),
            "ru": (
                "В рамках программы кино Центральной Азии были показаны художественные "
                "и документальные фильмы из Узбекистана."
            ),
            "uz": (
                "Markaziy Osiyo kinosi dasturi doirasida Oʻzbekistonning badiiy va "
                "hujjatli filmlari namoyish etildi."
            ),
        },
        "body": {
            "en": (
                "<p>A programme of Central Asian cinema at a Geneva film festival "
                "included several recent feature and documentary films from "
                "Uzbekistan.</p>"
                "<p>The audience saw a family drama set in a mahalla of old Tashkent, "
                "a documentary about the return of water to the lakes of the Aral Sea "
                "region and a restored classic from the archives of the Uzbekfilm "
                "studio. After the screenings, viewers were able to talk with a "
                "director and a producer who had come from Tashkent.</p>"
                "<p>The Permanent Mission supported the participation of the Uzbek "
                "filmmakers. Cinema is one of the creative industries that Uzbekistan "
                "is actively developing, with new film schools, co-production "
                "agreements and incentives for foreign crews filming in the "
                "country.</p>"
            ),
            "ru": (
                "<p>Программа кино Центральной Азии на одном из кинофестивалей Женевы "
                "включила несколько новых художественных и документальных фильмов из "
                "Узбекистана.</p>"
                "<p>Зрители увидели семейную драму, действие которой происходит в "
                "махалле старого Ташкента, документальный фильм о возвращении воды в "
                "озёра Приаралья и отреставрированный классический фильм из архива "
                "киностудии «Узбекфильм». После показов зрители смогли пообщаться с "
                "режиссёром и продюсером, приехавшими из Ташкента.</p>"
                "<p>Постоянное представительство оказало поддержку участию узбекских "
                "кинематографистов. Кино — одна из креативных индустрий, которые "
                "активно развиваются в Узбекистане: открываются новые киношколы, "
                "заключаются соглашения о совместном производстве, а иностранным "
                "съёмочным группам предоставляются льготы.</p>"
            ),
            "uz": (
                "<p>Jenevadagi kinofestivallardan biridagi Markaziy Osiyo kinosi "
                "dasturiga Oʻzbekistonning bir nechta yangi badiiy va hujjatli "
                "filmlari kiritildi.</p>"
                "<p>Tomoshabinlar voqealari eski Toshkentdagi mahallada kechadigan "
                "oilaviy dramani, Orolboʻyi koʻllariga suv qaytishi haqidagi hujjatli "
                "filmni hamda «Oʻzbekfilm» kinostudiyasi arxividan olingan va qayta "
                "tiklangan mumtoz filmni tomosha qildi. Namoyishlardan soʻng "
                "tomoshabinlar Toshkentdan kelgan rejissyor va prodyuser bilan "
                "suhbatlashish imkoniga ega boʻldi.</p>"
                "<p>Doimiy vakolatxona oʻzbek kinoijodkorlarining ishtirokini "
                "qoʻllab-quvvatladi. Kino Oʻzbekistonda faol rivojlantirilayotgan "
                "ijodiy sanoat tarmoqlaridan biri boʻlib, yangi kino maktablari "
                "ochilmoqda, qoʻshma ishlab chiqarish boʻyicha kelishuvlar tuzilmoqda, "
                "xorijiy suratga olish guruhlariga esa imtiyozlar berilmoqda.</p>"
            ),
        },
    },
    {
        "slug": "uzbek-cuisine-presented-at-the-un-international-bazaar",
        "category": "other-news-and-events",
        "days_ago": 390,
        "featured": False,
        "source": "",
        "title": {
            "en": "Uzbek cuisine presented at the UN international bazaar",
            "ru": "Узбекская кухня представлена на международном базаре ООН",
            "uz": "BMT xalqaro yarmarkasida oʻzbek oshxonasi taqdim etildi",
        },
        "summary": {
            "en": (
                "The Mission's stand at the annual charity bazaar in Geneva offered "
                "plov, samsa and Uzbek sweets, with all proceeds going to charitable "
                "projects."
            ),
            "ru": (
                "На стенде Представительства на ежегодном благотворительном базаре в "
                "Женеве предлагались плов, самса и узбекские сладости, а все "
                "вырученные средства направлены на благотворительные проекты."
            ),
            "uz": (
                "Jenevadagi yillik xayriya yarmarkasida Vakolatxona stendida palov, "
                "somsa va oʻzbek shirinliklari taklif etildi, tushgan barcha mablagʻ "
                "xayriya loyihalariga yoʻnaltirildi."
            ),
        },
        "body": {
            "en": (
                "<p>The Permanent Mission of Uzbekistan took part in the annual "
                "international charity bazaar organised by the United Nations Women's "
                "Guild in Geneva.</p>"
                "<p>The Uzbek stand was one of the busiest of the day. Visitors queued "
                "for <strong>plov</strong> cooked in a large cauldron, freshly baked "
                "samsa and green tea, while others bought dried fruits, nuts and "
                "handmade souvenirs, including embroidered cushions and ceramic "
                "bowls.</p>"
                "<p>All proceeds from the stand were donated to the bazaar's "
                "charitable fund, which supports projects for children and families in "
                "many countries. The Mission thanks the volunteers from the Uzbek "
                "community who helped prepare the dishes and welcome the guests.</p>"
            ),
            "ru": (
                "<p>Постоянное представительство Узбекистана приняло участие в "
                "ежегодном международном благотворительном базаре, который организует "
                "Женская гильдия ООН в Женеве.</p>"
                "<p>Узбекский стенд стал одним из самых посещаемых в этот день. Гости "
                "выстраивались в очередь за <strong>пловом</strong>, приготовленным в "
                "большом казане, свежей самсой и зелёным чаем, а другие покупали "
                "сухофрукты, орехи и сувениры ручной работы, в том числе вышитые "
                "подушки и керамические пиалы.</p>"
                "<p>Все средства, вырученные на стенде, переданы в благотворительный "
                "фонд базара, который поддерживает проекты для детей и семей во многих "
                "странах. Представительство благодарит волонтёров из узбекской общины, "
                "которые помогли приготовить блюда и встретить гостей.</p>"
            ),
            "uz": (
                "<p>Oʻzbekistonning Doimiy vakolatxonasi Jenevada BMT Ayollar "
                "gildiyasi tomonidan tashkil etiladigan yillik xalqaro xayriya "
                "yarmarkasida ishtirok etdi.</p>"
                "<p>Oʻzbek stendi kunning eng gavjum stendlaridan biri boʻldi. "
                "Mehmonlar katta qozonda damlangan <strong>palov</strong>, yangi "
                "yopilgan somsa va koʻk choy uchun navbatga turdi, boshqalar esa quruq "
                "mevalar, yongʻoqlar va qoʻlda yasalgan esdalik buyumlari, jumladan, "
                "kashta tikilgan yostiqlar va sopol kosalar xarid qildi.</p>"
                "<p>Stenddan tushgan barcha mablagʻ koʻplab mamlakatlarda bolalar va "
                "oilalar uchun loyihalarni qoʻllab-quvvatlovchi yarmarka xayriya "
                "fondiga topshirildi. Vakolatxona taomlarni tayyorlash va mehmonlarni "
                "kutib olishda yordam bergan oʻzbek jamoasi koʻngillilariga "
                "minnatdorlik bildiradi.</p>"
            ),
        },
    },
]
