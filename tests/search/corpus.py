# ruff: noqa: E501 — corpus text reads better one sentence per line
"""A small trilingual corpus with names in many spellings, and the queries that must find each
article (the recall set). Names of people are invented for this project; places and
institutions are real, since readers search for them."""

from __future__ import annotations

# slug -> {language: (title, lead, body)}; each language version mentions the names in that
# language's own spelling (English articles use different Latin systems on purpose).
ARTICLES = {
    "potash-exports": {
        "en": ("Potash exports find new routes",
               "Belaruskali ships through Russian ports while Lukashenka praises the Union State.",
               "The plant in Salihorsk kept working; Natallia Zhukouskaya, an analyst, expects lower prices."),
        "be": ("Экспарт калію шукае новыя шляхі",
               "Беларуськалій адгружае праз расійскія парты, а Лукашэнка хваліць Саюзную дзяржаву.",
               "Завод у Салігорску працаваў; аналітык Наталля Жукоўская чакае зніжэння цэн."),
        "ru": ("Экспорт калия ищет новые пути",
               "Беларуськалий отгружает через российские порты, а Лукашенко хвалит Союзное государство.",
               "Завод в Солигорске работал; аналитик Наталья Жуковская ожидает снижения цен."),
    },
    "homiel-trial": {
        "en": ("A trial in Homiel behind closed doors",
               "The KGB asked the court in Homiel to hear the case of Mikhas Zubrevich in private.",
               "Relatives travelled from Mazyr; observers were not let in."),
        "be": ("Суд у Гомелі за зачыненымі дзвярыма",
               "КДБ папрасіў суд у Гомелі разгледзець справу Міхася Зубрэвіча ў закрытым рэжыме.",
               "Сваякі прыехалі з Мазыра; назіральнікаў не пусцілі."),
        "ru": ("Суд в Гомеле за закрытыми дверями",
               "КГБ попросил суд в Гомеле рассмотреть дело Михаила Зубревича в закрытом режиме.",
               "Родственники приехали из Мозыря; наблюдателей не пустили."),
    },
    "mahilyow-plant": {
        "en": ("Layoffs at a Mogilev plant",
               "A machine-building plant in Mogilev cut a shift; Lyavon Kazlouski, its former director, blames sanctions.",
               "Workers from Babruysk commute daily."),
        "be": ("Скарачэнні на заводзе ў Магілёве",
               "Машынабудаўнічы завод у Магілёве скараціў змену; былы дырэктар Лявон Казлоўскі вінаваціць санкцыі.",
               "Рабочыя з Бабруйска ездзяць штодня."),
        "ru": ("Сокращения на заводе в Могилёве",
               "Машиностроительный завод в Могилёве сократил смену; бывший директор Леон Козловский винит санкции.",
               "Рабочие из Бобруйска ездят ежедневно."),
    },
    "vitsyebsk-border": {
        "en": ("Queues at the border near Vitsyebsk",
               "Lorries waited two days on the road from Vitebsk; the State Border Committee blamed the weather.",
               "Drivers from Hrodna and Brest reported shorter queues."),
        "be": ("Чэргі на мяжы каля Віцебска",
               "Фуры чакалі два дні на дарозе з Віцебска; Дзяржпагранкамітэт спаслаўся на надвор'е.",
               "Вадзіцелі з Гродна і Брэста паведамілі пра карацейшыя чэргі."),
        "ru": ("Очереди на границе у Витебска",
               "Фуры ждали два дня на дороге из Витебска; Госпогранкомитет сослался на погоду.",
               "Водители из Гродно и Бреста сообщили о более коротких очередях."),
    },
    "election-commission": {
        "en": ("The CEC sets the date",
               "The Central Election Commission chaired by Ihar Karpenka announced the vote; Lukashenko did not comment.",
               "Polling stations in Minsk open a week early."),
        "be": ("ЦВК прызначыла дату",
               "Цэнтрвыбаркам на чале з Ігарам Карпенкам абвясціў галасаванне; Лукашэнка не каментаваў.",
               "Участкі ў Мінску адкрыюцца на тыдзень раней."),
        "ru": ("ЦИК назначил дату",
               "Центризбирком во главе с Игорем Карпенко объявил голосование; Лукашенко не комментировал.",
               "Участки в Минске откроются на неделю раньше."),
    },
    "shchuchyn-school": {
        "en": ("A school closes in Shchuchyn",
               "The district of Shchuchyn merged two schools; Tatsiana Lavrynovich, a teacher, left for Poland.",
               "Parents in Maladzyechna fear the same."),
        "be": ("У Шчучыне закрываюць школу",
               "Шчучынскі раён аб'яднаў дзве школы; настаўніца Таццяна Лаўрыновіч з'ехала ў Польшчу.",
               "Бацькі ў Маладзечне баяцца таго ж."),
        "ru": ("В Щучине закрывают школу",
               "Щучинский район объединил две школы; учительница Татьяна Лавринович уехала в Польшу.",
               "Родители в Молодечно боятся того же."),
    },
    "tikhanovskaya-statement": {
        "en": ("A statement from Vilnius",
               "Sviatlana Tsikhanouskaya called on the EU to keep sanctions on Belaruskali.",
               "She spoke after meeting Lithuanian officials."),
        "be": ("Заява з Вільні",
               "Святлана Ціханоўская заклікала ЕС захаваць санкцыі супраць Беларуськалія.",
               "Яна выступіла пасля сустрэчы з літоўскімі чыноўнікамі."),
        "ru": ("Заявление из Вильнюса",
               "Светлана Тихановская призвала ЕС сохранить санкции против Беларуськалия.",
               "Она выступила после встречи с литовскими чиновниками."),
    },
}  # fmt: skip

# The English page writes different Latin spellings than the queries below use on purpose.
# (query, language of the search page, slug expected in the first 10 results)
RECALL_SET = [
    # surnames, across spellings, in each language's search
    ("Lukashenko", "en", "potash-exports"), ("Лукашэнка", "en", "potash-exports"),
    ("Лукашенко", "en", "election-commission"), ("Lukašenka", "en", "election-commission"),
    ("Lukashenka", "be", "potash-exports"), ("Lukashenko", "ru", "election-commission"),
    ("Лукашенко", "be", "election-commission"), ("Лукашэнка", "ru", "potash-exports"),
    ("Tikhanovskaya", "en", "tikhanovskaya-statement"), ("Тихановская", "en", "tikhanovskaya-statement"),
    ("Ціханоўская", "ru", "tikhanovskaya-statement"), ("Cichanoŭskaja", "be", "tikhanovskaya-statement"),
    ("Tsikhanowskaya", "ru", "tikhanovskaya-statement"), ("Tikhanovskaia", "be", "tikhanovskaya-statement"),
    ("Zhukovskaya", "en", "potash-exports"), ("Жукоўская", "ru", "potash-exports"),
    ("Жуковская", "be", "potash-exports"), ("Žukoŭskaja", "en", "potash-exports"),
    ("Zubrevich", "be", "homiel-trial"), ("Зубрэвіч", "ru", "homiel-trial"),
    ("Зубревич", "en", "homiel-trial"), ("Zubrevič", "ru", "homiel-trial"),
    ("Kozlovsky", "en", "mahilyow-plant"), ("Казлоўскі", "ru", "mahilyow-plant"),
    ("Козловский", "be", "mahilyow-plant"), ("Kazloŭski", "en", "mahilyow-plant"),
    ("Karpenko", "en", "election-commission"), ("Карпенка", "ru", "election-commission"),
    ("Lavrinovich", "en", "shchuchyn-school"), ("Лаўрыновіч", "ru", "shchuchyn-school"),
    # places
    ("Gomel", "en", "homiel-trial"), ("Homyel", "en", "homiel-trial"), ("Гомель", "ru", "homiel-trial"),
    ("Homiel", "ru", "homiel-trial"), ("Gomel", "be", "homiel-trial"),
    ("Mahiliou", "en", "mahilyow-plant"), ("Магілёў", "en", "mahilyow-plant"),
    ("Могилев", "be", "mahilyow-plant"), ("Mogilyov", "ru", "mahilyow-plant"),
    ("Vitebsk", "be", "vitsyebsk-border"), ("Viciebsk", "ru", "vitsyebsk-border"),
    ("Віцебск", "en", "vitsyebsk-border"), ("Grodno", "en", "vitsyebsk-border"),
    ("Гродно", "be", "vitsyebsk-border"), ("Brest", "ru", "vitsyebsk-border"),
    ("Mozyr", "en", "homiel-trial"), ("Мозырь", "be", "homiel-trial"),
    ("Soligorsk", "en", "potash-exports"), ("Салігорск", "ru", "potash-exports"),
    ("Shchuchin", "en", "shchuchyn-school"), ("Щучин", "be", "shchuchyn-school"),
    ("Molodechno", "en", "shchuchyn-school"), ("Маладзечна", "ru", "shchuchyn-school"),
    ("Bobruisk", "en", "mahilyow-plant"), ("Babrujsk", "ru", "mahilyow-plant"),
    # organisations
    ("Belaruskali", "ru", "potash-exports"), ("Беларуськалий", "en", "potash-exports"),
    ("Беларуськалій", "en", "tikhanovskaya-statement"),
    # inflected forms
    ("Лукашэнкам", "be", "potash-exports"), ("Минск", "ru", "election-commission"),
    ("Гомеле", "be", "homiel-trial"), ("Магілёве", "ru", "mahilyow-plant"),
    ("Могилёва", "en", "mahilyow-plant"), ("Витебском", "be", "vitsyebsk-border"),
    ("Бреста", "en", "vitsyebsk-border"), ("Тихановской", "be", "tikhanovskaya-statement"),
    # aliases (editor-maintained)
    ("Union State", "be", "potash-exports"), ("Союзное государство", "en", "potash-exports"),
    ("КДБ", "ru", "homiel-trial"), ("KGB", "be", "homiel-trial"),
    ("ЦИК", "be", "election-commission"), ("CEC", "ru", "election-commission"),
    # phrases and plain words
    ("closed doors", "en", "homiel-trial"), ("закрытым режиме", "ru", "homiel-trial"),
    ("машынабудаўнічы завод", "be", "mahilyow-plant"), ("sanctions", "en", "mahilyow-plant"),
]  # fmt: skip

ALIASES = [
    ("Union State", "Union State\nСаюзная дзяржава\nСоюзное государство"),
    ("KGB", "KGB\nКДБ\nКГБ"),
    (
        "Central Election Commission",
        "CEC\nЦВК\nЦИК\nCentral Election Commission\nЦэнтрвыбаркам\nЦентризбирком",
    ),
]
