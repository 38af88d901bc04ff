"""Text of the demo content in English, Belarusian and Russian.

Written for this project: a fictional but realistic weekly monitoring of Belarus. Every fragment
exists in the three languages with the same slots, so an article is composed once and rendered
in each language from the same choices (see `compose.py`). Slots hold whole phrases
("in the Brest region" / "у Брэсцкай вобласці" / "в Брестской области") or numbers; counted
nouns only follow `{n}` (5–20), where the Belarusian and Russian genitive plural is always right.

Real public figures appear only in a generic way (Lukashenka / Лукашэнка / Лукашенко), so the
cross-script search has something to find in every language.
"""

from __future__ import annotations

from typing import TypedDict

LANGUAGES = ("en", "be", "ru")

Text = dict[str, str]


def t(en: str, be: str, ru: str) -> Text:
    return {"en": en, "be": be, "ru": ru}


class TopicText(TypedDict):
    slug: str
    name: Text
    description: Text


class AuthorText(TypedDict):
    key: str
    name: Text
    bio: Text


class Storyline(TypedDict):
    titles: list[Text]
    lead: Text
    paragraphs: list[Text]


TOPICS: list[TopicText] = [
    {
        "slug": "belarus-russia",
        "name": t(
            "Belarus–Russia relations",
            "Беларуска-расійскія адносіны",
            "Белорусско-российские отношения",
        ),
        "description": t(
            "Integration within the Union State, trade and energy dependence, and the political "
            "balance between Minsk and Moscow.",
            "Інтэграцыя ў межах Саюзнай дзяржавы, гандлёвая і энергетычная залежнасць, "
            "палітычны баланс паміж Мінскам і Масквой.",
            "Интеграция в рамках Союзного государства, торговая и энергетическая зависимость, "
            "политический баланс между Минском и Москвой.",
        ),
    },
    {
        "slug": "domestic-politics",
        "name": t("Domestic politics", "Унутраная палітыка", "Внутренняя политика"),
        "description": t(
            "The state apparatus, elections, repression and the balance of power inside "
            "the regime.",
            "Дзяржаўны апарат, выбары, рэпрэсіі і баланс сіл унутры рэжыму.",
            "Государственный аппарат, выборы, репрессии и баланс сил внутри режима.",
        ),
    },
    {
        "slug": "economy",
        "name": t("Economy", "Эканоміка", "Экономика"),
        "description": t(
            "Growth, prices, the budget, exports and the labour market.",
            "Рост, цэны, бюджэт, экспарт і рынак працы.",
            "Рост, цены, бюджет, экспорт и рынок труда.",
        ),
    },
    {
        "slug": "foreign-policy",
        "name": t("Foreign policy", "Знешняя палітыка", "Внешняя политика"),
        "description": t(
            "Relations with the neighbours, the West, China and the Global South; sanctions "
            "and diplomacy.",
            "Адносіны з суседзямі, Захадам, Кітаем і Глабальным Поўднем; санкцыі і дыпламатыя.",
            "Отношения с соседями, Западом, Китаем и Глобальным Югом; санкции и дипломатия.",
        ),
    },
    {
        "slug": "security",
        "name": t("Security", "Бяспека", "Безопасность"),
        "description": t(
            "The armed forces, the security services, the border and regional military risks.",
            "Узброеныя сілы, спецслужбы, мяжа і рэгіянальныя ваенныя рызыкі.",
            "Вооруженные силы, спецслужбы, граница и региональные военные риски.",
        ),
    },
    {
        "slug": "society",
        "name": t("Society", "Грамадства", "Общество"),
        "description": t(
            "Health care, education, culture, language and demography.",
            "Ахова здароўя, адукацыя, культура, мова і дэмаграфія.",
            "Здравоохранение, образование, культура, язык и демография.",
        ),
    },
]

# Fictional analysts; any likeness to real people is unintended.
AUTHORS: list[AuthorText] = [
    {
        "key": "kavalchuk",
        "name": t("Alena Kavalchuk", "Алена Кавальчук", "Елена Ковальчук"),
        "bio": t(
            "Political analyst. Writes on Belarus–Russia relations and the Union State.",
            "Палітычная аналітыка. Піша пра беларуска-расійскія адносіны і Саюзную дзяржаву.",
            "Политический аналитик. Пишет о белорусско-российских отношениях и Союзном "
            "государстве.",
        ),
    },
    {
        "key": "hrynevich",
        "name": t("Pavel Hrynevich", "Павел Грыневіч", "Павел Гриневич"),
        "bio": t(
            "Economist. Covers public finance, prices and the labour market.",
            "Эканаміст. Займаецца дзяржаўнымі фінансамі, цэнамі і рынкам працы.",
            "Экономист. Занимается государственными финансами, ценами и рынком труда.",
        ),
    },
    {
        "key": "sakalova",
        "name": t("Maryia Sakalova", "Марыя Сакалова", "Мария Соколова"),
        "bio": t(
            "Sociologist. Follows education, health care and demography.",
            "Сацыёлаг. Сочыць за адукацыяй, аховай здароўя і дэмаграфіяй.",
            "Социолог. Следит за образованием, здравоохранением и демографией.",
        ),
    },
    {
        "key": "lis",
        "name": t("Andrei Lis", "Андрэй Ліс", "Андрей Лис"),
        "bio": t(
            "Security researcher. Writes on the armed forces, the security services and "
            "the border.",
            "Даследчык бяспекі. Піша пра армію, спецслужбы і мяжу.",
            "Исследователь безопасности. Пишет об армии, спецслужбах и границе.",
        ),
    },
    {
        "key": "barysevich",
        "name": t("Tatsiana Barysevich", "Тацяна Барысевіч", "Татьяна Борисевич"),
        "bio": t(
            "Political scientist. Covers domestic politics, elections and the state apparatus.",
            "Паліталог. Піша пра ўнутраную палітыку, выбары і дзяржаўны апарат.",
            "Политолог. Пишет о внутренней политике, выборах и государственном аппарате.",
        ),
    },
]

# Who usually writes on which topic (keys of AUTHORS), first one most often.
TOPIC_AUTHORS: dict[str, list[str]] = {
    "belarus-russia": ["kavalchuk", "barysevich"],
    "domestic-politics": ["barysevich", "kavalchuk"],
    "economy": ["hrynevich", "kavalchuk"],
    "foreign-policy": ["kavalchuk", "barysevich"],
    "security": ["lis", "barysevich"],
    "society": ["sakalova", "hrynevich"],
}

# The week's angle on a storyline: a title ending and a sentence added to the lead. Storyline ×
# angle gives every topic dozens of distinct articles a year (see compose.article_choice).
ANGLES: list[tuple[Text, Text]] = [
    (
        t("what changed this week", "што змянілася за тыдзень", "что изменилось за неделю"),
        t(
            "We look at what actually changed this week and what stayed as it was.",
            "Разбіраемся, што насамрэч змянілася за тыдзень, а што засталося як было.",
            "Разбираемся, что на самом деле изменилось за неделю, а что осталось как было.",
        ),
    ),
    (
        t("the figures behind the statements", "лічбы за заявамі", "цифры за заявлениями"),
        t(
            "We check the official statements against the figures that are available.",
            "Мы параўноўваем афіцыйныя заявы з даступнымі лічбамі.",
            "Мы сверяем официальные заявления с доступными цифрами.",
        ),
    ),
    (
        t(
            "who gains and who loses",
            "хто выйграе, а хто прайграе",
            "кто выигрывает, а кто проигрывает",
        ),
        t(
            "The question is who benefits from it and who pays the price.",
            "Пытанне ў тым, каму гэта выгадна і хто за гэта плаціць.",
            "Вопрос в том, кому это выгодно и кто за это платит.",
        ),
    ),
    (
        t("what officials leave unsaid", "пра што ўлады маўчаць", "о чём молчат власти"),
        t(
            "Just as telling is what the authorities chose not to mention.",
            "Не менш красамоўна тое, пра што ўлады вырашылі не згадваць.",
            "Не менее показательно то, о чём власти предпочли не упоминать.",
        ),
    ),
    (
        t("a familiar pattern", "знаёмая схема", "знакомая схема"),
        t(
            "The episode fits a pattern our analysts have followed for months.",
            "Гэты эпізод упісваецца ў схему, за якой нашы аналітыкі сочаць не першы месяц.",
            "Этот эпизод вписывается в схему, за которой наши аналитики следят не первый месяц.",
        ),
    ),
    (
        t("the weeks ahead", "што чакаць у бліжэйшыя тыдні", "чего ждать в ближайшие недели"),
        t(
            "We list the signals worth watching in the coming weeks.",
            "Адзначаем сігналы, за якімі варта сачыць у бліжэйшыя тыдні.",
            "Отмечаем сигналы, за которыми стоит следить в ближайшие недели.",
        ),
    ),
    (
        t("the view from the regions", "погляд з рэгіёнаў", "взгляд из регионов"),
        t(
            "Seen from the regions, the picture looks different than from Minsk.",
            "З рэгіёнаў карціна выглядае інакш, чым з Мінска.",
            "Из регионов картина выглядит иначе, чем из Минска.",
        ),
    ),
    (
        t("the Russian factor", "расійскі фактар", "российский фактор"),
        t(
            "Moscow's position weighs on the outcome more than Minsk admits.",
            "Пазіцыя Масквы ўплывае на вынік больш, чым прызнаюць у Мінску.",
            "Позиция Москвы влияет на результат сильнее, чем признают в Минске.",
        ),
    ),
    (
        t("a test for the system", "праверка для сістэмы", "проверка для системы"),
        t(
            "For the state apparatus it is also a test of how it acts under pressure.",
            "Для дзяржаўнага апарату гэта яшчэ і праверка таго, як ён дзейнічае пад ціскам.",
            "Для государственного аппарата это ещё и проверка того, как он действует под "
            "давлением.",
        ),
    ),
    (
        t("the long view", "у доўгай перспектыве", "в долгой перспективе"),
        t(
            "Set against the last few years, the week's events look less unusual.",
            "На фоне апошніх гадоў падзеі тыдня выглядаюць не такімі ўжо незвычайнымі.",
            "На фоне последних лет события недели выглядят не такими уж необычными.",
        ),
    ),
    (
        t(
            "more questions than answers",
            "больш пытанняў, чым адказаў",
            "больше вопросов, чем ответов",
        ),
        t(
            "The week raised more questions than it answered.",
            "Тыдзень пакінуў больш пытанняў, чым адказаў.",
            "Неделя оставила больше вопросов, чем ответов.",
        ),
    ),
    (
        t("the cost for households", "кошт для сем'яў", "цена для семей"),
        t(
            "We also estimate what it means for ordinary households.",
            "Мы таксама ацэньваем, што гэта азначае для звычайных сем'яў.",
            "Мы также оцениваем, что это означает для обычных семей.",
        ),
    ),
    (
        t("signals for the West", "сігналы для Захаду", "сигналы для Запада"),
        t(
            "Western capitals will read the week's decisions as a signal.",
            "Заходнія сталіцы ўспрымуць рашэнні тыдня як сігнал.",
            "Западные столицы прочтут решения недели как сигнал.",
        ),
    ),
    (
        t("between words and deeds", "паміж словамі і справамі", "между словами и делами"),
        t(
            "The gap between what is announced and what is done remains wide.",
            "Разрыў паміж абвешчаным і зробленым застаецца вялікім.",
            "Разрыв между объявленным и сделанным остаётся большим.",
        ),
    ),
]

# The issue summary: the week's trend picture, then its lead story (see compose.week_summary).
# Where each topic's trend happened, as a phrase after the verb.
TOPIC_IN: dict[str, Text] = {
    "belarus-russia": t(
        "in Belarus–Russia relations",
        "у беларуска-расійскіх адносінах",
        "в белорусско-российских отношениях",
    ),
    "domestic-politics": t(
        "in domestic politics", "ва ўнутранай палітыцы", "во внутренней политике"
    ),
    "economy": t("in the economy", "у эканоміцы", "в экономике"),
    "foreign-policy": t("in foreign policy", "у знешняй палітыцы", "во внешней политике"),
    "security": t("in security", "у сферы бяспекі", "в сфере безопасности"),
    "society": t("in society", "у грамадстве", "в обществе"),
}
SUMMARY_TREND_VERBS: dict[str, Text] = {
    "improved": t("improved", "палепшылася", "улучшилась"),
    "worsened": t("worsened", "пагоршылася", "ухудшилась"),
    "mixed": t("sent mixed signals", "склалася неадназначна", "сложилась неоднозначно"),
}
SUMMARY_AND = t(" and ", " і ", " и ")
SUMMARY_OPENING = t(
    "This week the situation ", "На гэтым тыдні сітуацыя ", "На этой неделе ситуация "
)
SUMMARY_REST_UNCHANGED = t(
    "; in the other topics it did not change.",
    "; у астатніх тэмах яна не змянілася.",
    "; в остальных темах она не изменилась.",
)
SUMMARY_QUIET = t(
    "A quiet week: the situation did not change in any of the topics we follow.",
    "Спакойны тыдзень: сітуацыя не змянілася ні ў адной з тэм, за якімі мы сочым.",
    "Спокойная неделя: ситуация не изменилась ни в одной из тем, за которыми мы следим.",
)
SUMMARY_LEAD_STORY = t(
    "Lead story: “{title}”.",
    "Галоўны матэрыял тыдня — «{title}».",
    "Главный материал недели — «{title}».",
)

# Slot values. Each is a whole phrase in the case its templates need.
REGIONS: list[Text] = [
    t("in the Brest region", "у Брэсцкай вобласці", "в Брестской области"),
    t("in the Vitsebsk region", "у Віцебскай вобласці", "в Витебской области"),
    t("in the Homel region", "у Гомельскай вобласці", "в Гомельской области"),
    t("in the Hrodna region", "у Гродзенскай вобласці", "в Гродненской области"),
    t("in the Mahiliou region", "у Магілёўскай вобласці", "в Могилевской области"),
    t("in the Minsk region", "у Мінскай вобласці", "в Минской области"),
]
RUSSIAN_REGIONS_WITH: list[Text] = [
    t("with the Smolensk region", "са Смаленскай вобласцю", "со Смоленской областью"),
    t("with the Pskov region", "з Пскоўскай вобласцю", "с Псковской областью"),
    t("with Tatarstan", "з Татарстанам", "с Татарстаном"),
    t("with the Nizhny Novgorod region", "з Ніжагародскай вобласцю", "с Нижегородской областью"),
    t("with the Sverdlovsk region", "са Свярдлоўскай вобласцю", "со Свердловской областью"),
    t("with the Leningrad region", "з Ленінградскай вобласцю", "с Ленинградской областью"),
]
PARTNERS_WITH: list[Text] = [
    t("with China", "з Кітаем", "с Китаем"),
    t("with Iran", "з Іранам", "с Ираном"),
    t("with Vietnam", "з В'етнамам", "с Вьетнамом"),
    t("with Uzbekistan", "з Узбекістанам", "с Узбекистаном"),
    t("with Kazakhstan", "з Казахстанам", "с Казахстаном"),
    t("with Venezuela", "з Венесуэлай", "с Венесуэлой"),
    t("with Indonesia", "з Інданезіяй", "с Индонезией"),
]

STORYLINES: dict[str, list[Storyline]] = {
    "belarus-russia": [
        {
            "titles": [
                t(
                    "Minsk and Moscow return to the harmonisation of tax rules",
                    "Мінск і Масква вяртаюцца да гарманізацыі падатковых правілаў",
                    "Минск и Москва возвращаются к гармонизации налоговых правил",
                ),
                t(
                    "Tax talks within the Union State: another round without a deadline",
                    "Падатковыя перамовы ў Саюзнай дзяржаве: чарговы раўнд без тэрмінаў",
                    "Налоговые переговоры в Союзном государстве: очередной раунд без сроков",
                ),
            ],
            "lead": t(
                "Another round of talks on a common approach to indirect taxes ended with a "
                "promise to continue, while Minsk still hopes for compensation of about "
                "${usd} million.",
                "Чарговы раўнд перамоў пра агульны падыход да ўскосных падаткаў скончыўся "
                "абяцаннем працягнуць размову, а Мінск па-ранейшаму спадзяецца на кампенсацыю "
                "каля ${usd} млн.",
                "Очередной раунд переговоров об общем подходе к косвенным налогам завершился "
                "обещанием продолжить разговор, а Минск по-прежнему рассчитывает на компенсацию "
                "около ${usd} млн.",
            ),
            "paragraphs": [
                t(
                    "Officials of the two finance ministries discussed the next stage of tax "
                    "harmonisation within the Union State. The Belarusian side again raised the "
                    "losses from the Russian 'tax manoeuvre' in the oil sector, which Minsk "
                    "estimates at ${usd} million a year. Moscow listened but made no "
                    "commitments.",
                    "Чыноўнікі міністэрстваў фінансаў дзвюх краін абмеркавалі наступны этап "
                    "гарманізацыі падаткаў у межах Саюзнай дзяржавы. Беларускі бок зноў узняў "
                    "пытанне страт ад расійскага «падатковага манеўру» ў нафтавай галіне, якія "
                    "Мінск ацэньвае ў ${usd} млн за год. Масква выслухала, але ніякіх "
                    "абавязацельстваў не ўзяла.",
                    "Чиновники министерств финансов двух стран обсудили следующий этап "
                    "гармонизации налогов в рамках Союзного государства. Белорусская сторона "
                    "вновь подняла вопрос потерь от российского «налогового маневра» в нефтяной "
                    "отрасли, которые Минск оценивает в ${usd} млн в год. Москва выслушала, но "
                    "никаких обязательств на себя не взяла.",
                ),
                t(
                    "Lukashenka publicly insisted that integration must remain 'mutually "
                    "beneficial' and that Belarus will not give up control over its budget. The "
                    "statement is addressed as much to the domestic audience as to the Kremlin: "
                    "any new integration document will be presented at home as a technical "
                    "agreement rather than a political concession.",
                    "Лукашэнка публічна настойваў, што інтэграцыя павінна заставацца "
                    "«ўзаемавыгаднай» і што Беларусь не адмовіцца ад кантролю над сваім "
                    "бюджэтам. Гэтая заява адрасаваная як унутранай аўдыторыі, так і Крамлю: "
                    "любы новы інтэграцыйны дакумент дома будуць падаваць як тэхнічнае "
                    "пагадненне, а не палітычную саступку.",
                    "Лукашенко публично настаивал, что интеграция должна оставаться "
                    "«взаимовыгодной» и что Беларусь не откажется от контроля над своим "
                    "бюджетом. Это заявление адресовано как внутренней аудитории, так и Кремлю: "
                    "любой новый интеграционный документ дома будут подавать как техническое "
                    "соглашение, а не политическую уступку.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Regional diplomacy fills the gaps in high-level contacts",
                    "Рэгіянальная дыпламатыя запаўняе прабелы ў кантактах на вышэйшым узроўні",
                    "Региональная дипломатия заполняет пробелы в контактах на высшем уровне",
                ),
                t(
                    "A new roadmap {ru_region_with}: big promises, few figures",
                    "Новая «дарожная карта» {ru_region_with}: вялікія абяцанні, мала лічбаў",
                    "Новая «дорожная карта» {ru_region_with}: большие обещания, мало цифр",
                ),
            ],
            "lead": t(
                "Minsk signed a new cooperation roadmap {ru_region_with}, continuing a series "
                "of agreements with Russian regions that has become a substitute for summit "
                "diplomacy.",
                "Мінск падпісаў новую «дарожную карту» супрацоўніцтва {ru_region_with}, "
                "працягнуўшы серыю пагадненняў з расійскімі рэгіёнамі, якая стала заменай "
                "дыпламатыі самітаў.",
                "Минск подписал новую «дорожную карту» сотрудничества {ru_region_with}, "
                "продолжив серию соглашений с российскими регионами, которая стала заменой "
                "дипломатии саммитов.",
            ),
            "paragraphs": [
                t(
                    "The roadmap envisages supplies of Belarusian machinery and food worth "
                    "about ${usd} million and joint assembly of municipal vehicles. Similar "
                    "documents signed in previous years were implemented only in part, and the "
                    "new one contains few binding figures.",
                    "«Дарожная карта» прадугледжвае пастаўкі беларускай тэхнікі і харчовай "
                    "прадукцыі прыкладна на ${usd} млн і сумесную зборку камунальнай тэхнікі. "
                    "Падобныя дакументы, падпісаныя ў папярэднія гады, выконваліся толькі "
                    "часткова, а ў новым мала абавязковых лічбаў.",
                    "«Дорожная карта» предусматривает поставки белорусской техники и "
                    "продовольствия примерно на ${usd} млн и совместную сборку коммунальной "
                    "техники. Подобные документы, подписанные в прежние годы, выполнялись лишь "
                    "частично, а в новом мало обязывающих цифр.",
                ),
                t(
                    "For Lukashenka, meetings with governors are a convenient way to show "
                    "activity on the Russian track when contacts with the Kremlin become rarer. "
                    "For Russian regions, Belarus remains a source of relatively cheap equipment "
                    "and a partner that seldom argues about terms.",
                    "Для Лукашэнкі сустрэчы з губернатарамі — зручны спосаб паказаць актыўнасць "
                    "на расійскім кірунку, калі кантакты з Крамлём становяцца радзейшымі. Для "
                    "расійскіх рэгіёнаў Беларусь застаецца крыніцай адносна таннай тэхнікі і "
                    "партнёрам, які рэдка спрачаецца пра ўмовы.",
                    "Для Лукашенко встречи с губернаторами — удобный способ показать активность "
                    "на российском направлении, когда контакты с Кремлем становятся реже. Для "
                    "российских регионов Беларусь остается источником относительно дешевой "
                    "техники и партнером, который редко спорит об условиях.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Gas price talks stall over the transit fee",
                    "Перамовы пра цану газу спыніліся на пытанні транзітнага тарыфу",
                    "Переговоры о цене газа застопорились на вопросе транзитного тарифа",
                ),
                t(
                    "The energy discount becomes a bargaining chip again",
                    "Энергетычная зніжка зноў становіцца разменнай манетай",
                    "Энергетическая скидка снова становится разменной монетой",
                ),
            ],
            "lead": t(
                "Minsk wants to keep the current discount, while Gazprom links it to a review "
                "of transit payments; the gap is estimated at ${usd} million.",
                "Мінск хоча захаваць цяперашнюю зніжку, а «Газпрам» звязвае яе з пераглядам "
                "аплаты транзіту; розніца ацэньваецца ў ${usd} млн.",
                "Минск хочет сохранить нынешнюю скидку, а «Газпром» увязывает ее с пересмотром "
                "оплаты транзита; разница оценивается в ${usd} млн.",
            ),
            "paragraphs": [
                t(
                    "The energy ministers met twice this week without a joint statement. The "
                    "Belarusian side argues that a price increase of even {pct}% would hurt its "
                    "fertiliser and chemical industry, which has already lost part of its "
                    "export routes.",
                    "Міністры энергетыкі двойчы сустракаліся на гэтым тыдні, але сумеснай заявы "
                    "не было. Беларускі бок даводзіць, што павышэнне цаны нават на {pct}% "
                    "ударыць па хімічнай прамысловасці і вытворчасці ўгнаенняў, якія ўжо "
                    "страцілі частку экспартных маршрутаў.",
                    "Министры энергетики дважды встречались на этой неделе, но совместного "
                    "заявления не последовало. Белорусская сторона доказывает, что повышение "
                    "цены даже на {pct}% ударит по химической промышленности и производству "
                    "удобрений, которые уже потеряли часть экспортных маршрутов.",
                ),
                t(
                    "Past experience suggests that a compromise will be found at the last "
                    "moment and described as a sign of allied solidarity. The price of such a "
                    "compromise is usually paid in concessions elsewhere, from defence orders to "
                    "purchases of Russian components.",
                    "Мінулы досвед паказвае, што кампраміс знойдуць у апошні момант і апішуць "
                    "як знак саюзніцкай салідарнасці. Кошт такога кампрамісу звычайна "
                    "аплачваецца саступкамі ў іншых сферах — ад абаронных заказаў да закупак "
                    "расійскіх камплектавальных.",
                    "Прошлый опыт подсказывает, что компромисс найдут в последний момент и "
                    "опишут как знак союзнической солидарности. Цена такого компромисса обычно "
                    "оплачивается уступками в других сферах — от оборонных заказов до закупок "
                    "российских комплектующих.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "A common 'information space' becomes an integration priority",
                    "Агульная «інфармацыйная прастора» становіцца інтэграцыйным прыярытэтам",
                    "Общее «информационное пространство» становится интеграционным приоритетом",
                ),
                t(
                    "Integration moves faster in textbooks than in trade",
                    "Інтэграцыя ў падручніках рухаецца хутчэй, чым у гандлі",
                    "Интеграция в учебниках движется быстрее, чем в торговле",
                ),
            ],
            "lead": t(
                "Officials of the Union State discussed joint media projects and history "
                "textbooks, a field where integration moves faster than in the economy.",
                "Чыноўнікі Саюзнай дзяржавы абмеркавалі сумесныя медыяпраекты і падручнікі "
                "гісторыі — сферу, дзе інтэграцыя рухаецца хутчэй, чым у эканоміцы.",
                "Чиновники Союзного государства обсудили совместные медиапроекты и учебники "
                "истории — сферу, где интеграция движется быстрее, чем в экономике.",
            ),
            "paragraphs": [
                t(
                    "The Standing Committee of the Union State reported that the budget for "
                    "joint media and youth programmes will grow by {pct}% next year. Russian "
                    "broadcasters are expanding their presence on cable networks {region}, where "
                    "local channels struggle to keep their audience.",
                    "Пастаянны камітэт Саюзнай дзяржавы паведаміў, што бюджэт сумесных "
                    "медыйных і моладзевых праграм у наступным годзе вырасце на {pct}%. "
                    "Расійскія тэлеканалы пашыраюць прысутнасць у кабельных сетках {region}, "
                    "дзе мясцовым каналам цяжка ўтрымаць аўдыторыю.",
                    "Постоянный комитет Союзного государства сообщил, что бюджет совместных "
                    "медийных и молодежных программ в следующем году вырастет на {pct}%. "
                    "Российские телеканалы расширяют присутствие в кабельных сетях {region}, "
                    "где местным каналам трудно удержать аудиторию.",
                ),
                t(
                    "Lukashenka has so far avoided steps that would formally merge institutions, "
                    "but the ideological convergence is plain to see: the same narratives about "
                    "the West and the same vocabulary now appear in the state media of both "
                    "countries.",
                    "Лукашэнка дагэтуль пазбягаў крокаў, якія фармальна аб'ядналі б інстытуты, "
                    "але ідэалагічнае збліжэнне відавочнае: тыя самыя наратывы пра Захад і той "
                    "самы слоўнік цяпер сустракаюцца ў дзяржаўных СМІ абедзвюх краін.",
                    "Лукашенко до сих пор избегал шагов, которые формально объединили бы "
                    "институты, но идеологическое сближение очевидно: одни и те же нарративы о "
                    "Западе и один и тот же словарь теперь встречаются в государственных СМИ "
                    "обеих стран.",
                ),
            ],
        },
    ],
    "domestic-politics": [
        {
            "titles": [
                t(
                    "Local councils are reshaped ahead of the campaign",
                    "Мясцовыя саветы перафарматуюць напярэдадні кампаніі",
                    "Местные советы переформатируют накануне кампании",
                ),
                t(
                    "Candidate lists are cleaned of independent profiles",
                    "Са спісаў кандыдатаў прыбіраюць самастойных людзей",
                    "Из списков кандидатов убирают самостоятельных людей",
                ),
            ],
            "lead": t(
                "The authorities replaced several council chairs {region}, and the "
                "pro-government party claims more seats on the new lists.",
                "Улады замянілі некалькіх старшынь саветаў {region}, а праўладная партыя "
                "прэтэндуе на большую колькасць месцаў у новых спісах.",
                "Власти заменили нескольких председателей советов {region}, а провластная "
                "партия претендует на большее число мест в новых списках.",
            ),
            "paragraphs": [
                t(
                    "The changes are presented as routine rotation, but they follow the same "
                    "pattern across the country: experienced managers give way to officials "
                    "from the vertical of power and the Belaya Rus party. Of the candidates "
                    "nominated this week, about {n} come from state enterprises and the "
                    "security agencies.",
                    "Змены падаюцца як звычайная ратацыя, але па ўсёй краіне яны адбываюцца па "
                    "адной схеме: вопытных кіраўнікоў замяняюць чыноўнікі з вертыкалі і партыі "
                    "«Белая Русь». З вылучаных на гэтым тыдні кандыдатаў каля {n} паходзяць з "
                    "дзяржаўных прадпрыемстваў і сілавых структур.",
                    "Изменения подаются как обычная ротация, но по всей стране они следуют "
                    "одной схеме: опытных руководителей заменяют чиновники из вертикали и "
                    "партии «Белая Русь». Из выдвинутых на этой неделе кандидатов около {n} "
                    "представляют государственные предприятия и силовые структуры.",
                ),
                t(
                    "Lukashenka told a meeting with regional governors that there will be 'no "
                    "experiments' during the campaign. The message is clear: the authorities "
                    "want a predictable vote with minimal public activity, and anyone with an "
                    "independent profile is being removed from the lists.",
                    "Лукашэнка заявіў на нарадзе з губернатарамі, што падчас кампаніі «ніякіх "
                    "эксперыментаў не будзе». Сігнал зразумелы: улады імкнуцца да прадказальнага "
                    "галасавання з мінімальнай грамадскай актыўнасцю, і са спісаў прыбіраюць "
                    "усіх, хто мае самастойную пазіцыю.",
                    "Лукашенко заявил на совещании с губернаторами, что во время кампании "
                    "«никаких экспериментов не будет». Сигнал понятен: власти стремятся к "
                    "предсказуемому голосованию с минимальной общественной активностью, и из "
                    "списков убирают всех, кто имеет самостоятельную позицию.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Pardons continue, and so do new arrests",
                    "Памілаванні працягваюцца, а разам з імі і новыя арышты",
                    "Помилования продолжаются, а вместе с ними и новые аресты",
                ),
                t(
                    "Releases without names, detentions without pause",
                    "Вызваленні без імёнаў, затрыманні без перапынку",
                    "Освобождения без имен, задержания без перерыва",
                ),
            ],
            "lead": t(
                "Another {n} people convicted in politically motivated cases were pardoned this "
                "week, while human rights groups recorded new detentions {region}.",
                "На гэтым тыдні памілавалі яшчэ {n} асуджаных па палітычна матываваных справах, "
                "а праваабаронцы зафіксавалі новыя затрыманні {region}.",
                "На этой неделе помиловали еще {n} осужденных по политически мотивированным "
                "делам, а правозащитники зафиксировали новые задержания {region}.",
            ),
            "paragraphs": [
                t(
                    "The pardons were announced without names, in the usual short statement "
                    "from the presidential press service. Human rights defenders note that the "
                    "total number of political prisoners hardly changes: releases are offset by "
                    "new criminal cases, often over comments and donations made years ago.",
                    "Памілаванні абвясцілі без імёнаў, у звычайным кароткім паведамленні "
                    "прэс-службы прэзідэнта. Праваабаронцы адзначаюць, што агульная колькасць "
                    "палітвязняў амаль не мяняецца: вызваленні кампенсуюцца новымі крымінальнымі "
                    "справамі, часта за каментары і данаты многагадовай даўніны.",
                    "О помилованиях объявили без имен, в привычном коротком сообщении "
                    "пресс-службы президента. Правозащитники отмечают, что общее число "
                    "политзаключенных почти не меняется: освобождения компенсируются новыми "
                    "уголовными делами, часто за комментарии и донаты многолетней давности.",
                ),
                t(
                    "Lukashenka ties the pardons to 'sincere repentance' and uses them as a "
                    "bargaining chip in contacts with Western intermediaries. At home the signal "
                    "is different: the system shows that it can release people, but it has not "
                    "given up preventive arrests.",
                    "Лукашэнка звязвае памілаванні са «шчырым раскаяннем» і выкарыстоўвае іх як "
                    "разменную манету ў кантактах з заходнімі пасярэднікамі. Унутры краіны "
                    "сігнал іншы: сістэма паказвае, што можа вызваляць людзей, але не "
                    "адмаўляецца ад прэвентыўных арыштаў.",
                    "Лукашенко связывает помилования с «искренним раскаянием» и использует их "
                    "как разменную монету в контактах с западными посредниками. Внутри страны "
                    "сигнал иной: система показывает, что может освобождать людей, но не "
                    "отказывается от превентивных арестов.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Personnel decisions put discipline above expertise",
                    "Кадравыя рашэнні ставяць дысцыпліну вышэй за кампетэнтнасць",
                    "Кадровые решения ставят дисциплину выше компетентности",
                ),
                t(
                    "New appointments favour inspectors over managers",
                    "Новыя прызначэнні аддаюць перавагу кантралёрам, а не менеджарам",
                    "Новые назначения отдают предпочтение контролерам, а не менеджерам",
                ),
            ],
            "lead": t(
                "New appointments in the government and regional administrations favour "
                "officials with a background in inspection and control bodies.",
                "Новыя прызначэнні ва ўрадзе і абласных адміністрацыях аддаюць перавагу "
                "чыноўнікам з досведам працы ў кантрольных органах.",
                "Новые назначения в правительстве и областных администрациях отдают "
                "предпочтение чиновникам с опытом работы в контрольных органах.",
            ),
            "paragraphs": [
                t(
                    "This week Lukashenka approved several appointments, including a new deputy "
                    "governor {region}. He again spoke of 'order and discipline' and warned "
                    "managers that missing plan targets by {pct}% or more would be treated as a "
                    "matter of personal responsibility.",
                    "На гэтым тыдні Лукашэнка зацвердзіў некалькі прызначэнняў, у тым ліку "
                    "новага віцэ-губернатара {region}. Ён зноў гаварыў пра «парадак і "
                    "дысцыпліну» і папярэдзіў кіраўнікоў, што невыкананне планавых паказчыкаў "
                    "на {pct}% і больш будзе разглядацца як пытанне асабістай адказнасці.",
                    "На этой неделе Лукашенко утвердил несколько назначений, в том числе нового "
                    "вице-губернатора {region}. Он вновь говорил о «порядке и дисциплине» и "
                    "предупредил руководителей, что невыполнение плановых показателей на {pct}% "
                    "и более будет рассматриваться как вопрос личной ответственности.",
                ),
                t(
                    "The approach keeps the bureaucracy loyal but weakens its ability to solve "
                    "problems. Managers avoid initiatives and report upwards whenever they can, "
                    "so the number of decisions that reach the presidential level keeps growing.",
                    "Такі падыход утрымлівае бюракратыю ў лаяльнасці, але слабіць яе здольнасць "
                    "вырашаць праблемы. Кіраўнікі пазбягаюць ініцыятыў і пры любой магчымасці "
                    "дакладваюць наверх, таму колькасць рашэнняў, якія даходзяць да "
                    "прэзідэнцкага ўзроўню, расце.",
                    "Такой подход сохраняет лояльность бюрократии, но ослабляет ее способность "
                    "решать проблемы. Руководители избегают инициатив и при любой возможности "
                    "докладывают наверх, поэтому число решений, доходящих до президентского "
                    "уровня, растет.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "The All-Belarusian People's Assembly is still looking for a role",
                    "Усебеларускі народны сход усё яшчэ шукае сваю ролю",
                    "Всебелорусское народное собрание все еще ищет свою роль",
                ),
                t(
                    "An institution for the transfer of power that nobody transfers",
                    "Інстытут для перадачы ўлады, якую ніхто не перадае",
                    "Институт для передачи власти, которую никто не передает",
                ),
            ],
            "lead": t(
                "The assembly's presidium met to discuss its work plan, but its powers remain "
                "largely on paper.",
                "Прэзідыум сходу сабраўся, каб абмеркаваць план працы, але яго паўнамоцтвы ў "
                "асноўным застаюцца на паперы.",
                "Президиум собрания собрался, чтобы обсудить план работы, но его полномочия в "
                "основном остаются на бумаге.",
            ),
            "paragraphs": [
                t(
                    "According to the published agenda, delegates discussed the national "
                    "security concept, ideological work with young people and a survey in which "
                    "{share}% of respondents reportedly said they trust state institutions. "
                    "There is no independent data to verify such figures.",
                    "Паводле апублікаванага парадку дня, дэлегаты абмеркавалі канцэпцыю "
                    "нацыянальнай бяспекі, ідэалагічную працу з моладдзю і апытанне, у якім "
                    "нібыта {share}% рэспандэнтаў заявілі пра давер да дзяржаўных інстытутаў. "
                    "Незалежных даных, каб праверыць такія лічбы, няма.",
                    "Согласно опубликованной повестке, делегаты обсудили концепцию национальной "
                    "безопасности, идеологическую работу с молодежью и опрос, в котором якобы "
                    "{share}% респондентов заявили о доверии государственным институтам. "
                    "Независимых данных, чтобы проверить такие цифры, нет.",
                ),
                t(
                    "The assembly was designed as insurance for a transfer of power. As long as "
                    "Lukashenka chairs it himself, it remains an extension of the presidency "
                    "rather than a separate centre of decision-making.",
                    "Сход задумваўся як страхоўка на выпадак перадачы ўлады. Пакуль Лукашэнка "
                    "сам старшынюе ў ім, ён застаецца працягам прэзідэнцкай улады, а не асобным "
                    "цэнтрам прыняцця рашэнняў.",
                    "Собрание задумывалось как страховка на случай передачи власти. Пока "
                    "Лукашенко сам председательствует в нем, оно остается продолжением "
                    "президентской власти, а не отдельным центром принятия решений.",
                ),
            ],
        },
    ],
    "economy": [
        {
            "titles": [
                t(
                    "Price controls hold inflation on paper, but not in the shops",
                    "Рэгуляванне цэн стрымлівае інфляцыю на паперы, але не ў крамах",
                    "Регулирование цен сдерживает инфляцию на бумаге, но не в магазинах",
                ),
                t(
                    "Frozen prices, empty shelves: the limits of administrative control",
                    "Замарожаныя цэны, пустыя паліцы: межы адміністрацыйнага кантролю",
                    "Замороженные цены, пустые полки: пределы административного контроля",
                ),
            ],
            "lead": t(
                "Official annual inflation stood at {pct}%, yet shortages of some goods suggest "
                "that administrative controls are reaching their limits.",
                "Афіцыйная гадавая інфляцыя склала {pct}%, аднак дэфіцыт некаторых тавараў "
                "сведчыць, што адміністрацыйнае рэгуляванне дасягае сваёй мяжы.",
                "Официальная годовая инфляция составила {pct}%, однако дефицит некоторых "
                "товаров говорит о том, что административное регулирование достигает своего "
                "предела.",
            ),
            "paragraphs": [
                t(
                    "Retailers {region} reported interruptions in supplies of dairy products and "
                    "some imported goods whose prices are frozen below cost. The trade ministry "
                    "answered with inspections rather than a review of the rules.",
                    "Гандлёвыя сеткі {region} паведамілі пра перабоі з пастаўкамі малочнай "
                    "прадукцыі і часткі імпартных тавараў, цэны на якія замарожаныя ніжэй за "
                    "сабекошт. Міністэрства гандлю адказала праверкамі, а не пераглядам правілаў.",
                    "Торговые сети {region} сообщили о перебоях с поставками молочной продукции "
                    "и части импортных товаров, цены на которые заморожены ниже себестоимости. "
                    "Министерство торговли ответило проверками, а не пересмотром правил.",
                ),
                t(
                    "Lukashenka demanded that the government keep prices 'under strict control' "
                    "until the end of the year. Economists warn that the longer the freeze "
                    "lasts, the sharper the correction once it is lifted, and the more producers "
                    "will send their goods to the Russian market, where prices are higher.",
                    "Лукашэнка запатрабаваў ад урада трымаць цэны «пад жорсткім кантролем» да "
                    "канца года. Эканамісты папярэджваюць: чым даўжэй доўжыцца замарозка, тым "
                    "больш рэзкай будзе карэкцыя пасля яе адмены і тым больш вытворцаў будуць "
                    "адпраўляць тавары на расійскі рынак, дзе цэны вышэйшыя.",
                    "Лукашенко потребовал от правительства держать цены «под жестким контролем» "
                    "до конца года. Экономисты предупреждают: чем дольше длится заморозка, тем "
                    "резче будет коррекция после ее отмены и тем больше производителей станут "
                    "отправлять товары на российский рынок, где цены выше.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Exporters pay more for longer routes",
                    "Экспарцёры плацяць больш за даўжэйшыя маршруты",
                    "Экспортеры платят больше за более длинные маршруты",
                ),
                t(
                    "Logistics eats into the margins of potash and timber",
                    "Лагістыка з'ядае маржу калію і лесу",
                    "Логистика съедает маржу калия и леса",
                ),
            ],
            "lead": t(
                "Logistics costs for Belarusian potash and wood products rose by {pct}% over the "
                "quarter as cargo keeps travelling through Russian ports.",
                "Выдаткі на лагістыку беларускіх калійных угнаенняў і лесапрадукцыі за квартал "
                "выраслі на {pct}%, бо грузы па-ранейшаму ідуць праз расійскія парты.",
                "Расходы на логистику белорусских калийных удобрений и лесопродукции за квартал "
                "выросли на {pct}%, поскольку грузы по-прежнему идут через российские порты.",
            ),
            "paragraphs": [
                t(
                    "Belarusian exporters have adapted to the loss of routes through the Baltic "
                    "states, but at a price: longer distances and dependence on Russian railway "
                    "tariffs cut margins. Industry estimates put this year's extra costs at over "
                    "${usd} million.",
                    "Беларускія экспарцёры прыстасаваліся да страты маршрутаў праз краіны "
                    "Балтыі, але дарагой цаной: большыя адлегласці і залежнасць ад расійскіх "
                    "чыгуначных тарыфаў змяншаюць маржу. Паводле галіновых ацэнак, дадатковыя "
                    "выдаткі сёлета перавысяць ${usd} млн.",
                    "Белорусские экспортеры приспособились к потере маршрутов через страны "
                    "Балтии, но дорогой ценой: большие расстояния и зависимость от российских "
                    "железнодорожных тарифов снижают маржу. По отраслевым оценкам, "
                    "дополнительные расходы в этом году превысят ${usd} млн.",
                ),
                t(
                    "The government is discussing subsidised loans for exporters {region}, but "
                    "the budget leaves little room for manoeuvre. For now the main compensation "
                    "is a weaker Belarusian ruble, which supports exporters at the expense of "
                    "household incomes.",
                    "Урад абмяркоўвае льготныя крэдыты для экспарцёраў {region}, але бюджэт "
                    "пакідае мала прасторы для манеўру. Пакуль галоўная кампенсацыя — больш "
                    "слабы беларускі рубель, які падтрымлівае экспарцёраў за кошт даходаў "
                    "насельніцтва.",
                    "Правительство обсуждает льготные кредиты для экспортеров {region}, но "
                    "бюджет оставляет мало пространства для маневра. Пока главная компенсация — "
                    "более слабый белорусский рубль, который поддерживает экспортеров за счет "
                    "доходов населения.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "The labour shortage pushes wages up faster than productivity",
                    "Дэфіцыт кадраў падштурхоўвае заробкі хутчэй, чым прадукцыйнасць",
                    "Дефицит кадров подталкивает зарплаты быстрее, чем производительность",
                ),
                t(
                    "Vacancies that cannot be filled",
                    "Вакансіі, якія немагчыма закрыць",
                    "Вакансии, которые невозможно закрыть",
                ),
            ],
            "lead": t(
                "Real wages grew by {pct}% year on year, driven by emigration and competition "
                "with Russian employers for workers.",
                "Рэальныя заробкі за год выраслі на {pct}% пад уплывам эміграцыі і канкурэнцыі "
                "з расійскімі працадаўцамі за работнікаў.",
                "Реальные зарплаты за год выросли на {pct}% под влиянием эмиграции и "
                "конкуренции с российскими работодателями за работников.",
            ),
            "paragraphs": [
                t(
                    "State enterprises {region} report vacancies they cannot fill even after "
                    "raising pay. The shortage is most acute among engineers, doctors, drivers "
                    "and IT specialists, many of whom left the country after 2020 or work "
                    "remotely for foreign companies.",
                    "Дзяржаўныя прадпрыемствы {region} паведамляюць пра вакансіі, якія не "
                    "могуць закрыць нават пасля павышэння аплаты. Найбольш востры дэфіцыт "
                    "інжынераў, урачоў, кіроўцаў і IT-спецыялістаў, многія з якіх з'ехалі з "
                    "краіны пасля 2020 года або працуюць аддалена на замежныя кампаніі.",
                    "Государственные предприятия {region} сообщают о вакансиях, которые не "
                    "могут закрыть даже после повышения оплаты. Наиболее острый дефицит "
                    "инженеров, врачей, водителей и IT-специалистов, многие из которых уехали "
                    "из страны после 2020 года или работают удаленно на иностранные компании.",
                ),
                t(
                    "The authorities respond with administrative measures, from limits on "
                    "leaving state firms to campaigns to bring back 'those who left'. "
                    "Lukashenka ordered the government to employ more pensioners, but without "
                    "higher productivity, wage growth feeds into prices.",
                    "Улады адказваюць адміністрацыйнымі мерамі — ад абмежаванняў на звальненне "
                    "з дзяржаўных прадпрыемстваў да кампаній па вяртанні «тых, хто з'ехаў». "
                    "Лукашэнка даручыў ураду шырэй працаўладкоўваць пенсіянераў, але без росту "
                    "прадукцыйнасці павышэнне заробкаў пераходзіць у цэны.",
                    "Власти отвечают административными мерами — от ограничений на увольнение с "
                    "государственных предприятий до кампаний по возвращению «уехавших». "
                    "Лукашенко поручил правительству шире трудоустраивать пенсионеров, но без "
                    "роста производительности повышение зарплат переходит в цены.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "The budget relies on Russian loans once again",
                    "Бюджэт зноў разлічвае на расійскія крэдыты",
                    "Бюджет снова рассчитывает на российские кредиты",
                ),
                t(
                    "Refinancing as a budget strategy",
                    "Рэфінансаванне як бюджэтная стратэгія",
                    "Рефинансирование как бюджетная стратегия",
                ),
            ],
            "lead": t(
                "The draft budget assumes a deficit of about {pct}% of GDP, to be covered mostly "
                "by refinancing debt owed to Russia.",
                "Праект бюджэту мяркуе дэфіцыт каля {pct}% ВУП, які плануюць пакрыць пераважна "
                "рэфінансаваннем доўгу перад Расіяй.",
                "Проект бюджета предполагает дефицит около {pct}% ВВП, который планируют "
                "покрыть в основном рефинансированием долга перед Россией.",
            ),
            "paragraphs": [
                t(
                    "The Ministry of Finance presented next year's budget: more money for "
                    "defence, security and subsidies to state farms, and only modest growth in "
                    "social spending. Repayments to Russia will reach ${usd} million, most of "
                    "which Minsk hopes to roll over.",
                    "Міністэрства фінансаў прадставіла бюджэт на наступны год: больш грошай на "
                    "абарону, бяспеку і субсідыі дзяржаўным гаспадаркам і толькі сціплы рост "
                    "сацыяльных выдаткаў. Выплаты Расіі дасягнуць ${usd} млн, і большую частку "
                    "Мінск спадзяецца рэфінансаваць.",
                    "Министерство финансов представило бюджет на следующий год: больше денег на "
                    "оборону, безопасность и субсидии государственным хозяйствам и лишь "
                    "скромный рост социальных расходов. Выплаты России достигнут ${usd} млн, и "
                    "большую часть Минск надеется рефинансировать.",
                ),
                t(
                    "Dependence on Russian credit is not new, but it limits Minsk's freedom to "
                    "choose partners. Each refinancing round coincides with talks on "
                    "integration, and the Kremlin has learned to link money to political steps.",
                    "Залежнасць ад расійскіх крэдытаў не новая, але яна абмяжоўвае свабоду "
                    "Мінска ў выбары партнёраў. Кожны раўнд рэфінансавання супадае з перамовамі "
                    "пра інтэграцыю, і Крэмль навучыўся звязваць грошы з палітычнымі крокамі.",
                    "Зависимость от российских кредитов не нова, но она ограничивает свободу "
                    "Минска в выборе партнеров. Каждый раунд рефинансирования совпадает с "
                    "переговорами об интеграции, и Кремль научился увязывать деньги с "
                    "политическими шагами.",
                ),
            ],
        },
    ],
    "foreign-policy": [
        {
            "titles": [
                t(
                    "Minsk widens its 'far arc' with talks {partner_with}",
                    "Мінск пашырае «далёкую дугу» перамовамі {partner_with}",
                    "Минск расширяет «дальнюю дугу» переговорами {partner_with}",
                ),
                t(
                    "Memorandums {partner_with}: symbols first, money later",
                    "Мемарандумы {partner_with}: спачатку сімвалы, грошы потым",
                    "Меморандумы {partner_with}: сначала символы, деньги потом",
                ),
            ],
            "lead": t(
                "A Belarusian delegation signed memorandums on trade and education; their "
                "practical value depends on financing that has not been found yet.",
                "Беларуская дэлегацыя падпісала мемарандумы пра гандаль і адукацыю; іх "
                "практычная каштоўнасць залежыць ад фінансавання, якога пакуль не знайшлі.",
                "Белорусская делегация подписала меморандумы о торговле и образовании; их "
                "практическая ценность зависит от финансирования, которое пока не найдено.",
            ),
            "paragraphs": [
                t(
                    "The visit came with the usual ceremony and ambitious targets: bilateral "
                    "trade is to reach ${usd} million within a few years. Similar targets set "
                    "in the past were rarely met, as Belarusian exporters lack the logistics and "
                    "credit lines to compete far from home.",
                    "Візіт суправаджаўся звычайнай цырымоніяй і амбіцыйнымі мэтамі: двухбаковы "
                    "тавараабарот за некалькі гадоў мае дасягнуць ${usd} млн. Падобныя мэты, "
                    "пастаўленыя раней, рэдка выконваліся, бо беларускім экспарцёрам не хапае "
                    "лагістыкі і крэдытных ліній, каб канкураваць далёка ад дому.",
                    "Визит сопровождался привычной церемонией и амбициозными целями: "
                    "двусторонний товарооборот за несколько лет должен достичь ${usd} млн. "
                    "Подобные цели, поставленные ранее, редко выполнялись, поскольку "
                    "белорусским экспортерам не хватает логистики и кредитных линий, чтобы "
                    "конкурировать вдали от дома.",
                ),
                t(
                    "For Lukashenka, such contacts matter above all as proof that Belarus is not "
                    "isolated. State media covered the visit at length, while the Western "
                    "direction was mentioned only in connection with sanctions.",
                    "Для Лукашэнкі такія кантакты важныя перш за ўсё як доказ таго, што "
                    "Беларусь не ў ізаляцыі. Дзяржаўныя СМІ шырока асвятлялі візіт, а заходні "
                    "кірунак згадвалі толькі ў сувязі з санкцыямі.",
                    "Для Лукашенко такие контакты важны прежде всего как доказательство того, "
                    "что Беларусь не в изоляции. Государственные СМИ подробно освещали визит, а "
                    "западное направление упоминали только в связи с санкциями.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Border queues return to the agenda with Poland and Lithuania",
                    "Чэргі на мяжы зноў на парадку дня ў адносінах з Польшчай і Літвой",
                    "Очереди на границе снова на повестке в отношениях с Польшей и Литвой",
                ),
                t(
                    "Transit as leverage: who needs the border more",
                    "Транзіт як рычаг: каму мяжа патрэбная больш",
                    "Транзит как рычаг: кому граница нужнее",
                ),
            ],
            "lead": t(
                "Minsk accuses its neighbours of 'artificial obstacles' for freight, while "
                "Warsaw and Vilnius point to smuggling and migration pressure.",
                "Мінск абвінавачвае суседзяў у «штучных перашкодах» для грузаперавозак, а "
                "Варшава і Вільня паказваюць на кантрабанду і міграцыйны ціск.",
                "Минск обвиняет соседей в «искусственных препятствиях» для грузоперевозок, а "
                "Варшава и Вильнюс указывают на контрабанду и миграционное давление.",
            ),
            "paragraphs": [
                t(
                    "At some checkpoints the queue of lorries stretched for {n} km this week. "
                    "Belarusian officials claim that the neighbours deliberately slow down "
                    "inspections, and state media present the situation as proof of Western "
                    "hostility.",
                    "На некаторых пунктах пропуску чарга грузавікоў расцягнулася на гэтым тыдні "
                    "на {n} км. Беларускія чыноўнікі сцвярджаюць, што суседзі наўмысна "
                    "запавольваюць агляд, а дзяржаўныя СМІ падаюць сітуацыю як доказ варожасці "
                    "Захаду.",
                    "На некоторых пунктах пропуска очередь грузовиков растянулась на этой "
                    "неделе на {n} км. Белорусские чиновники утверждают, что соседи намеренно "
                    "замедляют досмотр, а государственные СМИ подают ситуацию как "
                    "доказательство враждебности Запада.",
                ),
                t(
                    "Behind the rhetoric lies a practical interest: Minsk needs the transit "
                    "routes more than its neighbours do. Lukashenka has hinted at readiness for "
                    "'pragmatic dialogue', but without steps on political prisoners or migration "
                    "the EU's answer is unlikely to change.",
                    "За рыторыкай стаіць практычны інтарэс: Мінску транзітныя маршруты "
                    "патрэбныя больш, чым суседзям. Лукашэнка намякаў на гатоўнасць да "
                    "«прагматычнага дыялогу», але без крокаў адносна палітвязняў або міграцыі "
                    "адказ ЕС наўрад ці зменіцца.",
                    "За риторикой стоит практический интерес: Минску транзитные маршруты нужны "
                    "больше, чем соседям. Лукашенко намекал на готовность к «прагматичному "
                    "диалогу», но без шагов в отношении политзаключенных или миграции ответ ЕС "
                    "вряд ли изменится.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Quiet contacts with Washington continue",
                    "Ціхія кантакты з Вашынгтонам працягваюцца",
                    "Тихие контакты с Вашингтоном продолжаются",
                ),
                t(
                    "Prisoners for sanctions relief: the familiar formula",
                    "Вязні ў абмен на змякчэнне санкцый: знаёмая формула",
                    "Заключенные в обмен на смягчение санкций: знакомая формула",
                ),
            ],
            "lead": t(
                "Reports of another meeting with American envoys revived expectations of a deal: "
                "the release of prisoners in exchange for easing some sanctions.",
                "Паведамленні пра чарговую сустрэчу з амерыканскімі пасланнікамі адрадзілі "
                "чаканні здзелкі: вызваленне вязняў у абмен на змякчэнне часткі санкцый.",
                "Сообщения об очередной встрече с американскими посланниками возродили ожидания "
                "сделки: освобождение заключенных в обмен на смягчение части санкций.",
            ),
            "paragraphs": [
                t(
                    "Neither side disclosed details, but the pattern is familiar: Minsk signals "
                    "that it is ready to release a group of prisoners and hopes in return for "
                    "relief for the national airline and potash exports. Sanctions are "
                    "estimated to cost the economy about ${usd} million a month.",
                    "Ніводзін бок не раскрыў падрабязнасцей, але схема знаёмая: Мінск "
                    "сігналізуе пра гатоўнасць вызваліць групу вязняў і ўзамен спадзяецца на "
                    "палёгкі для нацыянальнай авіякампаніі і экспарту калію. Паводле ацэнак, "
                    "санкцыі каштуюць эканоміцы каля ${usd} млн у месяц.",
                    "Ни одна из сторон не раскрыла подробностей, но схема знакома: Минск "
                    "сигнализирует о готовности освободить группу заключенных и взамен "
                    "рассчитывает на послабления для национальной авиакомпании и экспорта "
                    "калия. По оценкам, санкции обходятся экономике примерно в ${usd} млн в "
                    "месяц.",
                ),
                t(
                    "European capitals watch these contacts warily, fearing that a bilateral "
                    "deal would undermine the common sanctions policy. Lukashenka, for his part, "
                    "presents any dialogue with Washington as recognition of his legitimacy.",
                    "Еўрапейскія сталіцы сочаць за гэтымі кантактамі насцярожана, баючыся, што "
                    "двухбаковая здзелка падарве агульную санкцыйную палітыку. Лукашэнка, са "
                    "свайго боку, падае любы дыялог з Вашынгтонам як прызнанне сваёй "
                    "легітымнасці.",
                    "Европейские столицы следят за этими контактами настороженно, опасаясь, что "
                    "двусторонняя сделка подорвет общую санкционную политику. Лукашенко, со "
                    "своей стороны, подает любой диалог с Вашингтоном как признание своей "
                    "легитимности.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "SCO and BRICS meetings bring symbols rather than money",
                    "Сустрэчы ШАС і БРІКС прыносяць сімвалы, а не грошы",
                    "Встречи ШОС и БРИКС приносят символы, а не деньги",
                ),
                t(
                    "New formats, old dependence",
                    "Новыя фарматы, старая залежнасць",
                    "Новые форматы, старая зависимость",
                ),
            ],
            "lead": t(
                "Belarusian diplomats took part in ministerial meetings of the organisations "
                "Minsk joined recently, looking for investment and new logistics routes.",
                "Беларускія дыпламаты ўдзельнічалі ў міністэрскіх сустрэчах арганізацый, да "
                "якіх Мінск нядаўна далучыўся, у пошуках інвестыцый і новых лагістычных "
                "маршрутаў.",
                "Белорусские дипломаты приняли участие в министерских встречах организаций, к "
                "которым Минск недавно присоединился, в поисках инвестиций и новых "
                "логистических маршрутов.",
            ),
            "paragraphs": [
                t(
                    "Membership is presented at home as a breakthrough, and state television "
                    "reported in detail on meetings {partner_with} and other members. The "
                    "practical results are modest so far: a few declarations on transport "
                    "corridors and payment systems, but no major financing.",
                    "Членства дома падаюць як прарыў, і дзяржаўнае тэлебачанне падрабязна "
                    "расказвала пра сустрэчы {partner_with} і іншымі ўдзельнікамі. Практычныя "
                    "вынікі пакуль сціплыя: некалькі дэкларацый пра транспартныя калідоры і "
                    "плацежныя сістэмы, але ніякага буйнога фінансавання.",
                    "Членство дома подают как прорыв, и государственное телевидение подробно "
                    "рассказывало о встречах {partner_with} и другими участниками. Практические "
                    "результаты пока скромны: несколько деклараций о транспортных коридорах и "
                    "платежных системах, но никакого крупного финансирования.",
                ),
                t(
                    "The new formats let Lukashenka appear alongside leaders from Asia and the "
                    "Global South, making up for the closed Western direction. Their economic "
                    "weight for Belarus, however, is far smaller than that of Russia, which "
                    "accounts for about {share}% of its trade.",
                    "Новыя фарматы дазваляюць Лукашэнку з'яўляцца побач з лідарамі Азіі і "
                    "Глабальнага Поўдня, кампенсуючы закрыты заходні кірунак. Аднак іх "
                    "эканамічная вага для Беларусі значна меншая за вагу Расіі, на якую "
                    "прыпадае каля {share}% яе гандлю.",
                    "Новые форматы позволяют Лукашенко появляться рядом с лидерами Азии и "
                    "Глобального Юга, компенсируя закрытое западное направление. Однако их "
                    "экономический вес для Беларуси гораздо меньше веса России, на которую "
                    "приходится около {share}% ее торговли.",
                ),
            ],
        },
    ],
    "security": [
        {
            "titles": [
                t(
                    "Snap exercises test mobilisation in the regions",
                    "Раптоўныя вучэнні правяраюць мабілізацыю ў рэгіёнах",
                    "Внезапные учения проверяют мобилизацию в регионах",
                ),
                t(
                    "Reservists called up {region}",
                    "Запаснікоў прызвалі {region}",
                    "Резервистов призвали {region}",
                ),
            ],
            "lead": t(
                "The Ministry of Defence called up reservists {region} for a week-long check, "
                "the latest in a series of such drills this year.",
                "Міністэрства абароны прызвала запаснікоў {region} на тыднёвую праверку — "
                "чарговую ў серыі такіх вучэнняў сёлета.",
                "Министерство обороны призвало резервистов {region} на недельную проверку — "
                "очередную в серии таких учений в этом году.",
            ),
            "paragraphs": [
                t(
                    "According to the ministry, about {n} units took part, with the focus on "
                    "territorial defence and the protection of infrastructure. The drills come "
                    "with public warnings about threats from the west and checks on whether "
                    "local administrations are ready for mobilisation.",
                    "Паводле звестак міністэрства, удзел узялі каля {n} падраздзяленняў, "
                    "асноўная ўвага надавалася тэрытарыяльнай абароне і ахове інфраструктуры. "
                    "Вучэнні суправаджаюцца публічнымі папярэджаннямі пра пагрозы з захаду і "
                    "праверкамі гатоўнасці мясцовых адміністрацый да мабілізацыі.",
                    "По данным министерства, участие приняли около {n} подразделений, основное "
                    "внимание уделялось территориальной обороне и охране инфраструктуры. "
                    "Учения сопровождаются публичными предупреждениями об угрозах с запада и "
                    "проверками готовности местных администраций к мобилизации.",
                ),
                t(
                    "Lukashenka repeats that Belarus 'does not want to fight' but must be ready "
                    "for any scenario. The drills serve both aims: they show loyalty to the "
                    "allied agenda and remind society that the security apparatus is watching.",
                    "Лукашэнка паўтарае, што Беларусь «не хоча ваяваць», але павінна быць "
                    "гатовая да любога сцэнару. Вучэнні служаць абедзвюм мэтам: паказваюць "
                    "вернасць саюзніцкаму парадку дня і нагадваюць грамадству, што сілавы "
                    "апарат пільнуе.",
                    "Лукашенко повторяет, что Беларусь «не хочет воевать», но должна быть "
                    "готова к любому сценарию. Учения служат обеим целям: показывают верность "
                    "союзнической повестке и напоминают обществу, что силовой аппарат начеку.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Nuclear rhetoric remains a tool of pressure",
                    "Ядзерная рыторыка застаецца інструментам ціску",
                    "Ядерная риторика остается инструментом давления",
                ),
                t(
                    "Loud statements, no new facts",
                    "Гучныя заявы без новых фактаў",
                    "Громкие заявления без новых фактов",
                ),
            ],
            "lead": t(
                "Officials in Minsk again referred to the Russian weapons stationed in Belarus, "
                "this time in response to NATO exercises near the border.",
                "Афіцыйныя асобы ў Мінску зноў спаслаліся на расійскую зброю, размешчаную ў "
                "Беларусі, на гэты раз у адказ на вучэнні НАТА каля мяжы.",
                "Официальные лица в Минске вновь сослались на российское оружие, размещенное в "
                "Беларуси, на этот раз в ответ на учения НАТО у границы.",
            ),
            "paragraphs": [
                t(
                    "The statements contained no new facts and repeated familiar formulas about "
                    "a 'guaranteed response'. Independent monitoring groups have recorded no "
                    "unusual movements of equipment {region}, and the number of Russian troops "
                    "in the country is estimated at a few thousand at most.",
                    "Заявы не ўтрымлівалі новых фактаў і паўтаралі знаёмыя формулы пра "
                    "«гарантаваны адказ». Незалежныя маніторынгавыя групы не зафіксавалі "
                    "незвычайных перамяшчэнняў тэхнікі {region}, а колькасць расійскіх "
                    "вайскоўцаў у краіне ацэньваецца максімум у некалькі тысяч.",
                    "Заявления не содержали новых фактов и повторяли знакомые формулы о "
                    "«гарантированном ответе». Независимые мониторинговые группы не "
                    "зафиксировали необычных перемещений техники {region}, а численность "
                    "российских военных в стране оценивается максимум в несколько тысяч.",
                ),
                t(
                    "For Lukashenka, the nuclear theme is a way to add weight in negotiations "
                    "with both Moscow and the West. It also raises the risks for Belarus itself, "
                    "turning the country into a potential target in any escalation.",
                    "Для Лукашэнкі ядзерная тэма — спосаб дадаць сабе вагі ў перамовах і з "
                    "Масквой, і з Захадам. Аднак яна павялічвае рызыкі і для самой Беларусі, "
                    "ператвараючы краіну ў патэнцыйную мішэнь пры любой эскалацыі.",
                    "Для Лукашенко ядерная тема — способ добавить себе веса в переговорах и с "
                    "Москвой, и с Западом. Однако она увеличивает риски и для самой Беларуси, "
                    "превращая страну в потенциальную мишень при любой эскалации.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Drones and balloons keep the western border tense",
                    "Дроны і паветраныя шары трымаюць у напружанні заходнюю мяжу",
                    "Дроны и воздушные шары держат в напряжении западную границу",
                ),
                t(
                    "Airspace incidents and a closed crossing",
                    "Інцыдэнты ў паветры і зачынены пераход",
                    "Инциденты в воздухе и закрытый переход",
                ),
            ],
            "lead": t(
                "Lithuania and Poland reported new airspace violations from Belarus; Minsk "
                "denies involvement and speaks of provocations.",
                "Літва і Польшча паведамілі пра новыя парушэнні паветранай прасторы з боку "
                "Беларусі; Мінск адмаўляе датычнасць і кажа пра правакацыі.",
                "Литва и Польша сообщили о новых нарушениях воздушного пространства со стороны "
                "Беларуси; Минск отрицает причастность и говорит о провокациях.",
            ),
            "paragraphs": [
                t(
                    "Over the week, neighbouring states recorded about {n} incidents with "
                    "smuggling balloons and small drones. Lithuania temporarily closed one "
                    "crossing point, causing losses for carriers {region} who depend on the "
                    "route.",
                    "За тыдзень суседнія краіны зафіксавалі каля {n} інцыдэнтаў з "
                    "кантрабанднымі паветранымі шарамі і невялікімі дронамі. Літва часова "
                    "закрыла адзін пункт пропуску, што прынесла страты перавозчыкам {region}, "
                    "якія залежаць ад гэтага маршруту.",
                    "За неделю соседние страны зафиксировали около {n} инцидентов с "
                    "контрабандными воздушными шарами и небольшими дронами. Литва временно "
                    "закрыла один пункт пропуска, что принесло убытки перевозчикам {region}, "
                    "зависящим от этого маршрута.",
                ),
                t(
                    "The incidents fit a wider pattern of hybrid pressure on the EU's eastern "
                    "border. Lukashenka publicly mocks the neighbours' reaction, but each "
                    "closure raises costs for Belarusian business and deepens the country's "
                    "dependence on Russian routes.",
                    "Інцыдэнты ўпісваюцца ў больш шырокую карціну гібрыднага ціску на ўсходнюю "
                    "мяжу ЕС. Лукашэнка публічна кпіць з рэакцыі суседзяў, але кожнае закрыццё "
                    "павялічвае выдаткі беларускага бізнесу і паглыбляе залежнасць краіны ад "
                    "расійскіх маршрутаў.",
                    "Инциденты вписываются в более широкую картину гибридного давления на "
                    "восточную границу ЕС. Лукашенко публично иронизирует над реакцией соседей, "
                    "но каждое закрытие увеличивает издержки белорусского бизнеса и углубляет "
                    "зависимость страны от российских маршрутов.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "The list of 'extremist materials' keeps growing",
                    "Спіс «экстрэмісцкіх матэрыялаў» працягвае расці",
                    "Список «экстремистских материалов» продолжает расти",
                ),
                t(
                    "Courts {region} add more local chats to the blacklist",
                    "Суды {region} дадаюць у чорны спіс новыя мясцовыя чаты",
                    "Суды {region} добавляют в черный список новые местные чаты",
                ),
            ],
            "lead": t(
                "Courts added more Telegram channels and social media pages to the list, and "
                "the KGB updated its register of 'terrorists'.",
                "Суды дадалі ў спіс новыя Telegram-каналы і старонкі ў сацсетках, а КДБ абнавіў "
                "свой пералік «тэрарыстаў».",
                "Суды добавили в список новые Telegram-каналы и страницы в соцсетях, а КГБ "
                "обновил свой перечень «террористов».",
            ),
            "paragraphs": [
                t(
                    "This week courts {region} declared about {n} online resources extremist, "
                    "including local community chats and the pages of regional newspapers that "
                    "moved abroad. Subscribing to such materials or sharing them can lead to "
                    "administrative or criminal liability.",
                    "На гэтым тыдні суды {region} прызналі экстрэмісцкімі каля {n} "
                    "інтэрнэт-рэсурсаў, у тым ліку мясцовыя чаты і старонкі рэгіянальных "
                    "газет, якія пераехалі за мяжу. Падпіска на такія матэрыялы або іх "
                    "распаўсюд могуць пацягнуць адміністрацыйную або крымінальную адказнасць.",
                    "На этой неделе суды {region} признали экстремистскими около {n} "
                    "интернет-ресурсов, в том числе местные чаты и страницы региональных газет, "
                    "переехавших за рубеж. Подписка на такие материалы или их распространение "
                    "могут повлечь административную или уголовную ответственность.",
                ),
                t(
                    "The growth of the lists is mostly preventive: it raises the cost of reading "
                    "independent media and discourages people from speaking out even in private "
                    "chats. The security services report the numbers as achievements, which "
                    "gives them a reason to keep the numbers growing.",
                    "Пашырэнне спісаў мае пераважна прэвентыўны характар: яно павышае кошт "
                    "чытання незалежных медыя і адбівае ў людзей ахвоту выказвацца нават у "
                    "прыватных чатах. Сілавыя структуры падаюць лічбы як дасягненні, што дае "
                    "ім прычыну і далей іх павялічваць.",
                    "Расширение списков носит преимущественно превентивный характер: оно "
                    "повышает цену чтения независимых медиа и отбивает у людей желание "
                    "высказываться даже в частных чатах. Силовые структуры подают цифры как "
                    "достижения, что дает им повод и дальше их наращивать.",
                ),
            ],
        },
    ],
    "society": [
        {
            "titles": [
                t(
                    "Rural clinics struggle to keep doctors",
                    "Сельскія амбулаторыі не могуць утрымаць урачоў",
                    "Сельские амбулатории не могут удержать врачей",
                ),
                t(
                    "A doctor once a week: health care outside the cities",
                    "Урач раз на тыдзень: ахова здароўя па-за гарадамі",
                    "Врач раз в неделю: здравоохранение за пределами городов",
                ),
            ],
            "lead": t(
                "The health ministry admits a shortage of specialists {region}, where some "
                "clinics see a visiting doctor only once a week.",
                "Міністэрства аховы здароўя прызнае недахоп спецыялістаў {region}, дзе ў "
                "некаторыя амбулаторыі ўрач прыязджае толькі раз на тыдзень.",
                "Министерство здравоохранения признает нехватку специалистов {region}, где в "
                "некоторые амбулатории врач приезжает лишь раз в неделю.",
            ),
            "paragraphs": [
                t(
                    "Young doctors sent to rural areas after graduation often leave as soon as "
                    "their compulsory term ends. Salaries have grown by {pct}% over the year, "
                    "but housing, workload and the atmosphere of control make many look for "
                    "work in Minsk or abroad.",
                    "Маладыя ўрачы, размеркаваныя ў сельскую мясцовасць пасля ўніверсітэта, "
                    "часта з'язджаюць, як толькі заканчваецца тэрмін абавязковай адпрацоўкі. "
                    "Заробкі за год выраслі на {pct}%, але жыллё, нагрузка і атмасфера кантролю "
                    "прымушаюць многіх шукаць працу ў Мінску або за мяжой.",
                    "Молодые врачи, распределенные в сельскую местность после университета, "
                    "часто уезжают, как только заканчивается срок обязательной отработки. "
                    "Зарплаты за год выросли на {pct}%, но жилье, нагрузка и атмосфера контроля "
                    "заставляют многих искать работу в Минске или за границей.",
                ),
                t(
                    "Lukashenka proposed extending the compulsory term for graduates, a measure "
                    "that treats the symptom rather than the cause. Patients already feel the "
                    "consequences in longer queues for specialists and the growing popularity "
                    "of paid clinics.",
                    "Лукашэнка прапанаваў падоўжыць тэрмін абавязковай адпрацоўкі для "
                    "выпускнікоў — мера, якая лечыць сімптом, а не прычыну. Пацыенты ўжо "
                    "адчуваюць наступствы ў даўжэйшых чэргах да спецыялістаў і ў росце "
                    "папулярнасці платных клінік.",
                    "Лукашенко предложил продлить срок обязательной отработки для выпускников — "
                    "мера, которая лечит симптом, а не причину. Пациенты уже ощущают "
                    "последствия в более длинных очередях к специалистам и в росте "
                    "популярности платных клиник.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Belarusian-language events face new restrictions",
                    "Беларускамоўныя мерапрыемствы сутыкаюцца з новымі абмежаваннямі",
                    "Белорусскоязычные мероприятия сталкиваются с новыми ограничениями",
                ),
                t(
                    "Concerts cancelled {region}: culture under approval",
                    "Канцэрты адмененыя {region}: культура пад узгадненнем",
                    "Концерты отменены {region}: культура под согласованием",
                ),
            ],
            "lead": t(
                "Several concerts and book presentations {region} were cancelled after checks "
                "by local ideology departments.",
                "Некалькі канцэртаў і прэзентацый кніг {region} адмянілі пасля праверак "
                "мясцовых аддзелаў ідэалогіі.",
                "Несколько концертов и презентаций книг {region} отменили после проверок "
                "местных отделов идеологии.",
            ),
            "paragraphs": [
                t(
                    "Organisers were told that their programmes had 'not been approved', with no "
                    "further explanation. Musicians and writers who remain in the country "
                    "increasingly choose private formats, while state culture budgets grew by "
                    "{pct}% and go mainly to patriotic festivals.",
                    "Арганізатарам паведамілі, што іх праграмы «не прайшлі ўзгадненне», без "
                    "далейшых тлумачэнняў. Музыкі і пісьменнікі, якія застаюцца ў краіне, усё "
                    "часцей выбіраюць прыватныя фарматы, а дзяржаўныя бюджэты на культуру "
                    "выраслі на {pct}% і ідуць пераважна на патрыятычныя фестывалі.",
                    "Организаторам сообщили, что их программы «не прошли согласование», без "
                    "дальнейших объяснений. Музыканты и писатели, остающиеся в стране, все чаще "
                    "выбирают частные форматы, а государственные бюджеты на культуру выросли на "
                    "{pct}% и идут преимущественно на патриотические фестивали.",
                ),
                t(
                    "The authorities do not ban the Belarusian language as such, but they treat "
                    "independent cultural initiatives as a potential source of disloyalty. As a "
                    "result, the public space for Belarusian culture is shrinking, while demand "
                    "for it among young people persists.",
                    "Улады не забараняюць беларускую мову як такую, але разглядаюць незалежныя "
                    "культурніцкія ініцыятывы як патэнцыйную крыніцу нелаяльнасці. У выніку "
                    "публічная прастора для беларускай культуры звужаецца, хоць попыт на яе "
                    "сярод моладзі захоўваецца.",
                    "Власти не запрещают белорусский язык как таковой, но рассматривают "
                    "независимые культурные инициативы как потенциальный источник "
                    "нелояльности. В результате публичное пространство для белорусской "
                    "культуры сужается, хотя спрос на нее среди молодежи сохраняется.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Universities tighten control over students and staff",
                    "Універсітэты ўзмацняюць кантроль над студэнтамі і выкладчыкамі",
                    "Университеты усиливают контроль над студентами и преподавателями",
                ),
                t(
                    "Ideology first: new rules for academic contacts",
                    "Спачатку ідэалогія: новыя правілы для акадэмічных кантактаў",
                    "Сначала идеология: новые правила для академических контактов",
                ),
            ],
            "lead": t(
                "New rules require approval for international academic contacts, and the number "
                "of exchange programmes fell by {pct}% this year.",
                "Новыя правілы патрабуюць узгаднення міжнародных акадэмічных кантактаў, а "
                "колькасць праграм абмену сёлета скарацілася на {pct}%.",
                "Новые правила требуют согласования международных академических контактов, а "
                "число программ обмена в этом году сократилось на {pct}%.",
            ),
            "paragraphs": [
                t(
                    "Rectors were instructed to strengthen 'ideological education' and to "
                    "monitor students' activity on social networks. Lecturers say that "
                    "contracts are now renewed for shorter terms, which makes them more "
                    "dependent on the administration.",
                    "Рэктары атрымалі даручэнні ўзмацніць «ідэалагічнае выхаванне» і сачыць за "
                    "актыўнасцю студэнтаў у сацыяльных сетках. Выкладчыкі кажуць, што кантракты "
                    "цяпер падаўжаюць на карацейшыя тэрміны, і гэта робіць іх больш залежнымі "
                    "ад адміністрацыі.",
                    "Ректоры получили поручения усилить «идеологическое воспитание» и следить "
                    "за активностью студентов в социальных сетях. Преподаватели говорят, что "
                    "контракты теперь продлевают на более короткие сроки, и это делает их более "
                    "зависимыми от администрации.",
                ),
                t(
                    "Lukashenka called the education system 'the first line of ideological "
                    "defence'. The policy keeps campuses quiet, but it also pushes talented "
                    "students to study abroad, often in Poland and Lithuania, and many of them "
                    "do not come back.",
                    "Лукашэнка назваў сістэму адукацыі «першай лініяй ідэалагічнай абароны». "
                    "Такая палітыка трымае кампусы ў спакоі, але і падштурхоўвае таленавітых "
                    "студэнтаў вучыцца за мяжой, часта ў Польшчы і Літве, і многія з іх не "
                    "вяртаюцца.",
                    "Лукашенко назвал систему образования «первой линией идеологической "
                    "обороны». Такая политика сохраняет спокойствие в кампусах, но и "
                    "подталкивает талантливых студентов учиться за границей, часто в Польше и "
                    "Литве, и многие из них не возвращаются.",
                ),
            ],
        },
        {
            "titles": [
                t(
                    "Demographic decline becomes a budget question",
                    "Дэмаграфічны спад становіцца бюджэтным пытаннем",
                    "Демографический спад становится бюджетным вопросом",
                ),
                t(
                    "Fewer births, fewer schools {region}",
                    "Менш нараджэнняў, менш школ {region}",
                    "Меньше рождений, меньше школ {region}",
                ),
            ],
            "lead": t(
                "The statistics office reported {pct}% fewer births than a year earlier, and "
                "the authorities {region} are closing small schools.",
                "Статыстычны камітэт паведаміў, што нарадзілася на {pct}% менш дзяцей, чым "
                "годам раней, а ўлады {region} закрываюць невялікія школы.",
                "Статистический комитет сообщил, что родилось на {pct}% меньше детей, чем годом "
                "ранее, а власти {region} закрывают небольшие школы.",
            ),
            "paragraphs": [
                t(
                    "The government extended family capital and cheap housing loans for large "
                    "families, but their effect is limited. The emigration of young people, low "
                    "incomes outside Minsk and uncertainty about the future weigh more than "
                    "one-off payments.",
                    "Урад пашырыў праграмы сямейнага капіталу і льготных крэдытаў на жыллё для "
                    "шматдзетных сем'яў, але іх эфект абмежаваны. Эміграцыя моладзі, нізкія "
                    "даходы па-за Мінскам і нявызначанасць будучыні важаць больш за "
                    "аднаразовыя выплаты.",
                    "Правительство расширило программы семейного капитала и льготных кредитов "
                    "на жилье для многодетных семей, но их эффект ограничен. Эмиграция "
                    "молодежи, низкие доходы за пределами Минска и неопределенность будущего "
                    "весят больше, чем единовременные выплаты.",
                ),
                t(
                    "Lukashenka regularly calls demography a matter of national security, yet "
                    "the policy still relies on incentives rather than on changing the "
                    "conditions that make people leave. The pension system will feel the "
                    "consequences within a decade.",
                    "Лукашэнка рэгулярна называе дэмаграфію пытаннем нацыянальнай бяспекі, "
                    "аднак палітыка па-ранейшаму абапіраецца на стымулы, а не на змену ўмоў, "
                    "якія прымушаюць людзей з'язджаць. Пенсійная сістэма адчуе наступствы на "
                    "працягу дзесяцігоддзя.",
                    "Лукашенко регулярно называет демографию вопросом национальной "
                    "безопасности, однако политика по-прежнему опирается на стимулы, а не на "
                    "изменение условий, которые заставляют людей уезжать. Пенсионная система "
                    "ощутит последствия в течение десятилетия.",
                ),
            ],
        },
    ],
}

HEADINGS: list[Text] = [
    t("What happened", "Што адбылося", "Что произошло"),
    t("Why it matters", "Чаму гэта важна", "Почему это важно"),
    t("The context", "Кантэкст", "Контекст"),
    t("What to watch next", "На што глядзець далей", "За чем следить дальше"),
    t("Behind the official statements", "За афіцыйнымі заявамі", "За официальными заявлениями"),
    t("The bigger picture", "Шырэйшая карціна", "Более широкая картина"),
]

# Closing assessment per trend; the article's trend picks the pool.
TREND_PARAGRAPHS: dict[str, list[Text]] = {
    "unchanged": [
        t(
            "Overall, the week did not change the balance in this area. The authorities keep "
            "to the course set earlier, and none of the actors involved has a reason to break "
            "the routine in the short term.",
            "У цэлым тыдзень не змяніў баланс у гэтай сферы. Улады трымаюцца раней абранага "
            "курсу, і ні ў кога з удзельнікаў няма прычын ламаць руціну ў кароткатэрміновай "
            "перспектыве.",
            "В целом неделя не изменила баланс в этой сфере. Власти придерживаются ранее "
            "выбранного курса, и ни у кого из участников нет причин ломать рутину в "
            "краткосрочной перспективе.",
        ),
        t(
            "The events of the week fit the established pattern and do not signal a turn. Most "
            "decisions were declarative, and implementing them, if it happens at all, will "
            "take months.",
            "Падзеі тыдня ўпісваюцца ў звыклую схему і не сведчаць пра паварот. Большасць "
            "рашэнняў мела дэкларатыўны характар, а іх выкананне, калі і адбудзецца, зойме "
            "месяцы.",
            "События недели вписываются в привычную схему и не свидетельствуют о повороте. "
            "Большинство решений носили декларативный характер, а их выполнение, если и "
            "произойдет, займет месяцы.",
        ),
    ],
    "improved": [
        t(
            "Compared with previous weeks, the situation has eased somewhat: the authorities "
            "took a step that reduces tension, even if it is tactical and can easily be reversed.",
            "У параўнанні з папярэднімі тыднямі сітуацыя крыху палепшылася: улады зрабілі "
            "крок, які зніжае напружанне, хоць ён тактычны і лёгка можа быць адменены.",
            "По сравнению с предыдущими неделями ситуация несколько улучшилась: власти "
            "сделали шаг, который снижает напряжение, хотя он тактический и легко может быть "
            "отменен.",
        ),
        t(
            "There are modest signs of improvement. They come less from a change of policy than "
            "from practical necessity, which means they will last only as long as that "
            "necessity does.",
            "Ёсць сціплыя прыкметы паляпшэння. Яны вынікаюць не столькі са змены палітыкі, "
            "колькі з практычнай неабходнасці, а значыць, будуць доўжыцца, пакуль захоўваецца "
            "гэтая неабходнасць.",
            "Есть скромные признаки улучшения. Они вытекают не столько из изменения политики, "
            "сколько из практической необходимости, а значит, продлятся, пока сохраняется эта "
            "необходимость.",
        ),
    ],
    "worsened": [
        t(
            "The week brought a deterioration: new restrictions and decisions increase the "
            "risks, and there is no sign that the authorities intend to offset them.",
            "Тыдзень прынёс пагаршэнне: новыя абмежаванні і рашэнні павялічваюць рызыкі, і "
            "няма прыкмет, што ўлады збіраюцца іх кампенсаваць.",
            "Неделя принесла ухудшение: новые ограничения и решения увеличивают риски, и нет "
            "признаков того, что власти намерены их компенсировать.",
        ),
        t(
            "The situation has become more difficult. The steps taken this week narrow the room "
            "for manoeuvre and make a return to the previous state less likely in the coming "
            "months.",
            "Сітуацыя ўскладнілася. Крокі, зробленыя на гэтым тыдні, звужаюць прастору для "
            "манеўру і робяць вяртанне да ранейшага стану менш верагодным у бліжэйшыя месяцы.",
            "Ситуация осложнилась. Шаги, предпринятые на этой неделе, сужают пространство для "
            "маневра и делают возвращение к прежнему состоянию менее вероятным в ближайшие "
            "месяцы.",
        ),
    ],
    "mixed": [
        t(
            "The signals of the week point in different directions: some decisions ease the "
            "pressure, others add to it, and the net effect will only become clear later.",
            "Сігналы тыдня паказваюць у розныя бакі: адны рашэнні змяншаюць ціск, іншыя яго "
            "павялічваюць, а агульны вынік стане зразумелым толькі пазней.",
            "Сигналы недели указывают в разные стороны: одни решения ослабляют давление, "
            "другие его усиливают, а общий итог станет понятен лишь позже.",
        ),
        t(
            "The picture is mixed. Positive steps in statements are accompanied by tougher "
            "practice on the ground, so it is too early to speak of a trend.",
            "Карціна неадназначная. Пазітыўныя крокі ў заявах суправаджаюцца больш жорсткай "
            "практыкай на месцах, таму казаць пра тэндэнцыю пакуль рана.",
            "Картина неоднозначная. Позитивные шаги в заявлениях сопровождаются более жесткой "
            "практикой на местах, поэтому говорить о тенденции пока рано.",
        ),
    ],
}

OUTLOOK_PARAGRAPHS: list[Text] = [
    t(
        "In the coming weeks the key indicator will be whether the announced decisions are "
        "followed by concrete documents and budget allocations.",
        "У бліжэйшыя тыдні галоўным індыкатарам будзе тое, ці пойдуць за абвешчанымі "
        "рашэннямі канкрэтныя дакументы і бюджэтныя сродкі.",
        "В ближайшие недели главным индикатором станет то, последуют ли за объявленными "
        "решениями конкретные документы и бюджетные средства.",
    ),
    t(
        "The topic is likely to return to the agenda before the end of the month, when the "
        "government reports on the first results.",
        "Верагодна, тэма вернецца на парадак дня да канца месяца, калі ўрад адчытаецца пра "
        "першыя вынікі.",
        "Вероятно, тема вернется в повестку до конца месяца, когда правительство отчитается о "
        "первых результатах.",
    ),
    t(
        "Much will depend on the position of Moscow, which remains the main external factor "
        "for Minsk in almost every area.",
        "Шмат што будзе залежаць ад пазіцыі Масквы, якая застаецца галоўным знешнім фактарам "
        "для Мінска амаль ва ўсіх сферах.",
        "Многое будет зависеть от позиции Москвы, которая остается главным внешним фактором "
        "для Минска почти во всех сферах.",
    ),
    t(
        "A sharp change is unlikely in the short term: the system prefers slow adjustment to "
        "visible reversals.",
        "Рэзкія змены ў кароткатэрміновай перспектыве малаверагодныя: сістэма аддае перавагу "
        "павольнай падстройцы, а не бачным разваротам.",
        "Резкие изменения в краткосрочной перспективе маловероятны: система предпочитает "
        "медленную подстройку заметным разворотам.",
    ),
]

# (quote, attribution); speakers are anonymous and fictional.
QUOTES: list[tuple[Text, Text]] = [
    (
        t(
            "Everyone understands that the decision has already been made; the discussion is "
            "about how to present it.",
            "Усе разумеюць, што рашэнне ўжо прынятае; размова ідзе пра тое, як яго падаць.",
            "Все понимают, что решение уже принято; разговор идет о том, как его подать.",
        ),
        t(
            "a political analyst in Minsk",
            "палітычны аналітык у Мінску",
            "политический аналитик в Минске",
        ),
    ),
    (
        t(
            "We are asked to report growth, not to explain where it comes from.",
            "Ад нас патрабуюць дакладваць пра рост, а не тлумачыць, адкуль ён бярэцца.",
            "От нас требуют докладывать о росте, а не объяснять, откуда он берется.",
        ),
        t(
            "a manager at a state enterprise, speaking anonymously",
            "кіраўнік дзяржаўнага прадпрыемства, які папрасіў не называць яго імя",
            "руководитель государственного предприятия, попросивший не называть его имени",
        ),
    ),
    (
        t(
            "Stability here means that nothing changes, even when change is needed.",
            "Стабільнасць тут азначае, што нічога не мяняецца, нават калі перамены патрэбныя.",
            "Стабильность здесь означает, что ничего не меняется, даже когда перемены нужны.",
        ),
        t(
            "a sociologist who left Belarus in 2021",
            "сацыёлаг, які з'ехаў з Беларусі ў 2021 годзе",
            "социолог, уехавший из Беларуси в 2021 году",
        ),
    ),
    (
        t(
            "The figures look good in the report, but people judge by the prices in the shop.",
            "У справаздачы лічбы выглядаюць добра, але людзі мяркуюць па цэнах у краме.",
            "В отчете цифры выглядят хорошо, но люди судят по ценам в магазине.",
        ),
        t(
            "an economist at an independent research centre",
            "эканаміст незалежнага даследчага цэнтра",
            "экономист независимого исследовательского центра",
        ),
    ),
    (
        t(
            "Minsk is trying to sell the same thing twice: loyalty to Moscow and neutrality to "
            "everyone else.",
            "Мінск спрабуе прадаць адно і тое ж двойчы: лаяльнасць Маскве і нейтралітэт усім "
            "астатнім.",
            "Минск пытается продать одно и то же дважды: лояльность Москве и нейтралитет всем "
            "остальным.",
        ),
        t("a former Belarusian diplomat", "былы беларускі дыпламат", "бывший белорусский дипломат"),
    ),
    (
        t(
            "People have learned to keep quiet, but that does not mean they agree.",
            "Людзі навучыліся маўчаць, але гэта не значыць, што яны згодныя.",
            "Люди научились молчать, но это не значит, что они согласны.",
        ),
        t("a human rights defender", "праваабаронца", "правозащитник"),
    ),
]

# Generated illustrations: palettes per topic and the shapes drawn on them, described for
# screen readers in every language.
TOPIC_PALETTES: dict[str, tuple[tuple[str, ...], Text]] = {
    "belarus-russia": (
        ("#5b1f2a", "#8c2f39", "#d9c5b2", "#3b3b58"),
        t(
            "on a dark red and grey background",
            "на цёмна-чырвоным і шэрым фоне",
            "на темно-красном и сером фоне",
        ),
    ),
    "domestic-politics": (
        ("#14213d", "#274472", "#e0a458", "#f2e8cf"),
        t(
            "on a navy and ochre background",
            "на цёмна-сінім і охрыстым фоне",
            "на темно-синем и охристом фоне",
        ),
    ),
    "economy": (
        ("#1b4332", "#2d6a4f", "#d4a373", "#f1e3a0"),
        t(
            "on a green and gold background",
            "на зялёным і залацістым фоне",
            "на зеленом и золотистом фоне",
        ),
    ),
    "foreign-policy": (
        ("#0b3c49", "#197278", "#e9d8a6", "#94d2bd"),
        t(
            "on a teal and sand background",
            "на бірузовым і пясочным фоне",
            "на бирюзовом и песочном фоне",
        ),
    ),
    "security": (
        ("#1f1f24", "#3a3a44", "#e76f51", "#f4a261"),
        t(
            "on a charcoal and orange background",
            "на графітавым і аранжавым фоне",
            "на графитовом и оранжевом фоне",
        ),
    ),
    "society": (
        ("#3c1642", "#6a4c93", "#f6bd60", "#f7d6c1"),
        t(
            "on a violet and peach background",
            "на фіялетавым і персікавым фоне",
            "на фиолетовом и персиковом фоне",
        ),
    ),
}

SHAPES: dict[str, Text] = {
    "circles": t("overlapping circles", "кругі, якія перакрываюцца", "пересекающиеся круги"),
    "bands": t("diagonal bands", "дыяганальныя палосы", "диагональные полосы"),
    "arcs": t("concentric arcs", "канцэнтрычныя дугі", "концентрические дуги"),
    "grid": t("a grid of squares", "сетка з квадратаў", "сетка из квадратов"),
}

IMAGE_ALT = t(
    "Abstract composition: {shape} {palette}",
    "Абстрактная кампазіцыя: {shape} {palette}",
    "Абстрактная композиция: {shape} {palette}",
)
IMAGE_CAPTION = t(
    "Illustration for the section “{topic}”",
    "Ілюстрацыя да раздзела «{topic}»",
    "Иллюстрация к разделу «{topic}»",
)
# The credit names the source only: templates put "Photo:" (translated) in front of it.
# "Meridian Visuals" is a fictional picture agency.
IMAGE_CREDITS: list[Text] = [
    t("Sitrep illustration", "ілюстрацыя Sitrep", "иллюстрация Sitrep"),
    t("Meridian Visuals", "Meridian Visuals", "Meridian Visuals"),
]
