"""Word lists for key actors in Ukrainian, German, French and Spanish (hand-written, general knowledge).

Used by :mod:`.rules_multilingual`. Besides these: country names in each
language from pycountry's translations (``iso3166-1`` message catalogues that
ship in the pycountry wheel), GeoNames cities and the first names of
``resources/wordlists`` (read through :mod:`.lexicon`), stop words from
:mod:`briefing.core.language.resources`. No evaluation text was copied here.
The organisation head nouns ("Generalitat", "Confederación", "Métropole", "-werke") and role nouns
("conseller", "adjoint", "автор") are the project's own, written from general knowledge of the languages
(administrative and business vocabulary), under the project's licence; no list was imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class LanguageRules:
    """What the rule finder knows about one language."""

    code: str
    #: Lower-case words that may join the capitalised words of one name ("de" in "Banco de España").
    connectors: frozenset[str]
    #: Titles right before a person's name, not part of it ("Herr", "M.", "Sr.", "пан").
    titles: frozenset[str]
    #: Role nouns, lower-case, base form ("ministro", "Präsident" as "präsident"); matched as prefixes in uk.
    role_nouns: frozenset[str]
    #: Words that make a name an organisation ("Partido", "Ministerium", "служба").
    org_words: frozenset[str]
    #: Prepositions after which a lone name is a place.
    locative: frozenset[str]
    #: Capitalised words that are never names: days, months, page furniture.
    noise: frozenset[str] = field(default_factory=frozenset)
    #: Word endings of common nouns (German capitalises every noun).
    noun_suffixes: tuple[str, ...] = ()
    #: Determiners: a capitalised word after one is a common noun unless it is known (German).
    determiners: frozenset[str] = field(default_factory=frozenset)


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


RULES = {
    "de": LanguageRules(
        code="de",
        connectors=_w("von van der den de zu vom"),
        titles=_w("herr herrn frau dr dr. prof prof. sankt st"),
        role_nouns=_w("""präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin
            ministerpräsident ministerpräsidentin bundesinnenministerin bundesinnenminister außenminister
            außenministerin verteidigungsminister finanzminister sprecher sprecherin chef chefin direktor direktorin
            vorsitzende vorsitzender bürgermeister bürgermeisterin botschafter botschafterin generalsekretär
            politologe politologin professor professorin abgeordnete abgeordneter leiter leiterin trainer
            regierungschef regierungschefin staatssekretär senator gouverneur papst könig königin"""),
        org_words=_w("""partei ministerium bundesministerium bank verein verband gmbh ag kg se union kommission
            rat bundesrat bundestag landtag regierung bundesregierung polizei bundespolizei gericht
            bundesverfassungsgericht universität hochschule institut stiftung agentur bundesagentur amt
            bundesamt konzern gruppe club fc sv vfb vfl tsv stadtwerke gesellschaft akademie zentrale
            presse-agentur nachrichtenagentur zeitung rundfunk fernsehen kirche armee bundeswehr"""),
        locative=_w("in im nach aus bei von vom zum zur"),
        noise=_w("""montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai
            juni juli august september oktober november dezember"""),
        noun_suffixes=("ung", "ungen", "heit", "keit", "schaft", "schaften", "tion", "tionen", "tät", "täten",
                       "ismus", "ment", "nis", "nisse", "tum", "ling", "chen", "lein", "ei", "ik", "ur", "enz",
                       "anz", "ie", "ien", "gen", "ten", "ern", "eln", "ler", "ner", "rer", "ter", "sen"),
        determiners=_w("""der die das den dem des ein eine einer einem einen eines kein keine keinen keinem
            keiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere diese dieser
            dieses diesen diesem jede jeder jedes jeden jedem alle allen aller mehrere viele wenige zwei drei
            vier fünf zum zur im am vom beim ins ans"""),
    ),
    "fr": LanguageRules(
        code="fr",
        connectors=_w("de du des la le d' d’"),
        titles=_w("m. m mme mlle me dr pr saint sainte"),
        role_nouns=_w("""président présidente ministre premier secrétaire directeur directrice porte-parole chef
            ambassadeur ambassadrice maire député députée sénateur sénatrice général commissaire gouverneur
            politologue professeur chercheur chercheuse roi reine pape préfet juge procureur dirigeant
            dirigeante patron patronne fondateur leader conseiller conseillère adjoint adjointe
            vice-président vice-présidente coordinateur coordinatrice entraîneur sélectionneur recteur rectrice
            évêque délégué déléguée responsable"""),
        org_words=_w("""parti ministère banque université commission assemblée conseil police agence institut
            société fédération union association compagnie groupe syndicat tribunal cour gouvernement
            sénat armée fondation organisation comité office bureau front mouvement école club
            gendarmerie préfecture mairie métropole communauté régie collectivité confédération caisse
            chambre agglomération ligue rassemblement nations"""),
        locative=_w("à en au aux dans vers de d' d’"),
        noise=_w("""lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
            juillet août septembre octobre novembre décembre"""),
    ),
    "es": LanguageRules(
        code="es",
        connectors=_w("de del la las los da do dos"),
        titles=_w("sr sr. sra sra. don doña dña d. dr dr. dra dra. san santa santo"),
        role_nouns=_w("""presidente presidenta ministro ministra secretario secretaria director directora
            portavoz jefe jefa embajador embajadora alcalde alcaldesa diputado diputada senador senadora
            general comisario gobernador gobernadora politólogo politóloga profesor profesora investigador
            investigadora rey reina papa juez jueza fiscal consejero consejera líder fundador dirigente
            vicepresidente vicepresidenta delegado delegada conseller consellera concejal concejala edil regidor
            regidora gerente coordinador coordinadora rector rectora decano decana obispo entrenador
            seleccionador subdelegado subdelegada consejero-delegado responsable"""),
        org_words=_w("""partido ministerio banco universidad comisión consejo policía agencia instituto
            sociedad federación unión asociación compañía grupo sindicato tribunal gobierno senado
            congreso ejército fundación organización comité guardia junta ayuntamiento audiencia
            corte club efe efecom generalitat confederación confederació unió conselleria consejería
            diputación mancomunidad patronat consorcio cooperativa coordinadora federació fundació associació
            sindicat cámara corporación"""),
        locative=_w("en a de desde hacia hasta para por"),
        noise=_w("""lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio
            julio agosto septiembre octubre noviembre diciembre"""),
    ),
    "uk": LanguageRules(
        code="uk",
        connectors=frozenset(),
        titles=_w("пан пані"),
        role_nouns=_w("""президент прем'єр-міністр прем’єр-міністр міністр голова очільник директор
            представник речник посол губернатор мер депутат канцлер король генсек секретар командувач
            керівник начальник радник лідер професор професорка експерт політолог аналітик генерал суддя
            прокурор засновник власник заступник спікер автор ветеран юрист адвокат
            заступниця представниця речниця керівниця радниця власниця засновниця депутатка директорка
            міністерка очільниця
            заместитель министр глава председатель руководитель представитель пресс-секретарь советник мэр
            начальник командующий премьер-министр лидер эксперт аналитик политолог основатель владелец сенатор
            судья"""),
        org_words=_w("""служба міністерство рада партія комісія комітет уряд банк університет компанія фонд
            агентство суд прокуратура поліція управління департамент інститут академія асоціація
            федерація спілка союз об'єднання товариство тов пат прат кп дп облдержадміністрація адміністрація
            райдержадміністрація міськрада сільрада облрада інспекція центр кабінет
            министерство партия комиссия комитет правительство прокуратура полиция управление институт
            ассоциация федерация объединение общество университет компания агентство госдума совет"""),
        locative=_w("у в до з із зі на біля під поблизу"),
        noise=_w("""понеділок вівторок середа четвер п'ятниця субота неділя січень лютий березень квітень травень
            червень липень серпень вересень жовтень листопад грудень"""),
    ),
}

#: Ukrainian place names (nominative) that GeoNames lists only in Latin script.
UK_PLACES = _w("""
Київ Львів Харків Одеса Дніпро Запоріжжя Донецьк Луганськ Луцьк Ужгород Херсон Миколаїв Чернігів Суми
Полтава Вінниця Житомир Рівне Тернопіль Івано-Франківськ Чернівці Кропивницький Черкаси Маріуполь Крим
Севастополь Сімферополь Бердянськ Мелітополь Кременчук Кривий Біла Ірпінь Буча Бровари Ялта Керч Донбас
Варшава Москва Брюссель Вашингтон Лондон Париж Берлін Мінськ Рим Відень Прага Будапешт Бухарест Кишинів
Вільнюс Рига Таллінн Анкара Стамбул Пекін Токіо Женева Страсбург Гаага Нью-Йорк Європа Азія Америка
Росія Великобританія Молдова Корея
Россия Великобритания Молдова Корея Европа Азия Америка Киев Харьков Одесса Днепр Запорожье Лондон Вашингтон
""")
#: (The last two lines: states pycountry names only officially, "Российская Федерация", "Корея, Республика", and the
#: Russian names of places for the Cyrillic fallback on Russian text.)

#: Common Ukrainian first names (nominative), and Russian ones for the Cyrillic fallback without natasha.
UK_FIRST_NAMES = _w("""
Сергей Владимир Алексей Андрей Дмитрий Евгений Игорь Михаил Николай Павел Пётр Петр Юрий Виктор Геннадий
Григорий Константин Вячеслав Валерий Василий Анатолий Леонид Георгий Илья Кирилл Елена Ирина Наталья Светлана
Татьяна Екатерина Людмила Мария Ольга Анна Юлия Александр Иван Борис Максим Олег Роман Антон Денис
Олександр Олександра Олексій Андрій Анатолій Антон Богдан Борис Вадим Валентин Валерій Василь Віктор Віталій
Володимир В'ячеслав Геннадій Григорій Денис Дмитро Євген Іван Ігор Ілля Костянтин Леонід Максим Микола Михайло
Назар Олег Павло Петро Роман Руслан Сергій Степан Тарас Юрій Ярослав Артем Арсеній Віталій Петер Маріуш Матеуш
Анна Алла Валентина Вікторія Галина Дарина Дар'я Єлизавета Ірина Катерина Людмила Марія Наталія Надія Ольга
Оксана Олена Світлана Софія Тетяна Юлія Яна Лариса Любов Людмила Христина Інна Зоя Ганна
Адам Альберт Аркадій Арсен Артур Борислав Веніамін Всеволод Владислав Влад Гліб Давид Данило Захар Зиновій
Йосип Кирило Лев Любомир Марко Мирослав Мирон Мар'ян Нестор Олесь Остап Орест Осип Платон Родіон Ростислав
Святослав Семен Славко Станіслав Стефан Тимофій Тимур Трохим Устим Федір Філіп Юліан Яків Ян Ярема Едуард
Георгій Герман Гнат Дем'ян Зеновій Зеньо Іларіон Кузьма Лука Матвій Мстислав Олекса Панас Прохор Северин Тихон
Ігнат Антоній Аліна Альона Анастасія Ангеліна Антоніна Валерія Вероніка Віра Віталіна Владислава Дана Діана
Єва Євгенія Жанна Злата Зоряна Зінаїда Інга Карина Кіра Клавдія Леся Лідія Лілія Мар'яна Маргарита Марина
Мирослава Ніна Олеся Поліна Раїса Регіна Роксолана Стефанія Тамара Уляна Ярина Ярослава Соломія Соня
Таїсія Емілія Майя Мілана Дарія Ксенія Устина Василина
Аркадий Артём Артем Вадим Валентин Владислав Всеволод Глеб Даниил Егор Захар Лев Матвей Никита Ростислав Святослав
Семён Семен Станислав Степан Тимофей Тимур Фёдор Федор Эдуард Яков Ярослав Анастасия Алина Ангелина Валентина
Валерия Вера Вероника Виктория Галина Дарья Диана Евгения Елизавета Жанна Зинаида Инна Карина Кристина Ксения
Лариса Лидия Любовь Маргарита Марина Надежда Нина Полина Раиса Софья Тамара Ульяна Эльвира Алёна Алена Василиса
""")
#: Ukrainian surname endings (nominative and inflected).
UK_SURNAME_ENDINGS = ("енко", "енка", "енку", "енком", "ський", "ська", "ського", "ському", "ським", "ської",
                      "ській", "ською", "цький", "цька", "цького", "цькому", "чук", "чука", "чуку", "юк", "юка",
                      "ук", "ука", "ович", "овича", "евич", "ів", "іва", "ишин", "ишина")


#: States and lands written by their common short name, which pycountry gives only officially ("Russische
#: Föderation", "Fédération de Russie", "Bosnia y Herzegovina") or not at all (the nations of the United Kingdom,
#: disputed lands).
_COMMON_STATES = {
    "de": _w("Russland England Schottland Wales Nordirland Großbritannien Holland Weißrussland Bosnien Herzegowina "
             "Kosovo Mazedonien Vatikan Palästina Korea Tibet Krim Tschetschenien Abchasien Südossetien Kurdistan "
             "Kaschmir Gazastreifen Gaza-Streifen Westjordanland"),
    "fr": _w("Russie Angleterre Écosse Grande-Bretagne Hollande Biélorussie Bosnie Herzégovine Kosovo Macédoine "
             "Vatican Corée Tibet Crimée Tchétchénie Abkhazie Kurdistan Cachemire Cisjordanie"),
    "es": _w("Rusia Inglaterra Escocia Holanda Bielorrusia Bosnia Herzegovina Kosovo Macedonia Vaticano Palestina "
             "Corea Tíbet Crimea Chechenia Abjasia Kurdistán Cachemira Cisjordania"),
}


@lru_cache(maxsize=None)
def country_names(lang: str) -> dict[str, str]:
    """Return ``{lower-case name: name}`` of the countries in ``lang`` (pycountry's translations) and in English."""
    import gettext

    import pycountry

    try:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:  # no catalogue for this language
        translate = str
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                for form in {value, translate(value)}:
                    if "," not in form:
                        names.setdefault(form.lower(), form)
    for form in _COMMON_STATES.get(lang, ()):
        names.setdefault(form.lower(), form)
    return names


#: Continents and great regions, which pycountry lists nowhere ("in Europa", "en Asie", "de Latinoamérica").
_CONTINENTS = {
    "de": _w("Europa Asien Afrika Amerika Nordamerika Südamerika Mittelamerika Lateinamerika Australien Ozeanien "
             "Antarktis Arktis Eurasien Skandinavien Nahost Balkan"),
    "fr": _w("Europe Asie Afrique Amérique Océanie Antarctique Arctique Eurasie Scandinavie Balkans"),
    "es": _w("Europa Asia África Africa América Oceanía Antártida Ártico Eurasia Escandinavia Latinoamérica "
             "Iberoamérica Hispanoamérica Centroamérica Sudamérica Suramérica Norteamérica Balcanes"),
}

#: Countries whose first-level subdivisions are named in a language's texts (German: the federal states of
#: Germany and Austria, the Swiss cantons).
_REGION_COUNTRIES = {"de": ("DE", "AT", "CH")}


@lru_cache(maxsize=None)
def region_names(lang: str) -> frozenset[str]:
    """Return the names of the states and regions of ``lang``'s countries ("Niedersachsen", "Bayern", "Tirol"),
    in ``lang`` where pycountry's ``iso3166-2`` catalogue has it; empty for a language with none listed."""
    import gettext

    import pycountry

    codes = _REGION_COUNTRIES.get(lang, ())
    if not codes:
        return _CONTINENTS.get(lang, frozenset())
    try:
        translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:  # no catalogue for this language
        translate = str
    names = set()
    for code in codes:
        for region in pycountry.subdivisions.get(country_code=code) or ():
            for form in {region.name, translate(region.name)}:
                if "," not in form and "[" not in form:
                    names.add(form)
    return frozenset(names) | _CONTINENTS.get(lang, frozenset())
