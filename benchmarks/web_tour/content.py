# Per-language article content for the made-up pages.
LANGS = {
"en": dict(
  title="City council approves new tram line to the northern suburbs",
  paras=[
    "The city council voted on Tuesday to approve a new tram line linking the central station with the northern suburbs, ending a debate that has lasted almost a decade.",
    "The line will run for twelve kilometres and serve sixteen stops, according to the transport department, which expects the first trams to carry passengers in 2029.",
    "Mayor Helen Carter said the project would cut travel times for tens of thousands of commuters and reduce traffic on the ring road during the morning rush.",
    "Opposition councillors argued that the budget of 480 million pounds was unrealistic and warned that similar projects in other cities had run far over their costs.",
    "Construction is due to begin next spring, once the final contracts with the builders have been signed and the route has been cleared of utility pipes.",
  ],
  authors=["Jane Doe", "Mark Ellis"], site="The Northern Post", url="https://www.northernpost.co.uk/news/2025/03/11/tram-line-approved",
  date="2025-03-11", by="By", related="Related stories", readmore="Read more:", comments="Comments", cookie="We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
  cookie_btn="Accept all", paywall="Subscribe to continue reading", quote_i=2, section="Local news"),
"ru": dict(
  title="Городская дума одобрила строительство новой линии трамвая",
  paras=[
    "Городская дума во вторник одобрила строительство новой линии трамвая, которая свяжет центральный вокзал с северными районами города.",
    "Протяжённость линии составит двенадцать километров, на ней появятся шестнадцать остановок, сообщили в департаменте транспорта города.",
    "Мэр Елена Карпова заявила, что проект сократит время в пути для десятков тысяч жителей и разгрузит кольцевую дорогу в часы пик.",
    "Депутаты от оппозиции назвали бюджет в сорок восемь миллиардов рублей нереалистичным и напомнили о перерасходе средств в других городах.",
    "Строительство должно начаться следующей весной, после подписания контрактов с подрядчиками и переноса городских коммуникаций.",
  ],
  authors=["Иван Петров", "Ольга Смирнова"], site="Северные вести", url="https://severvesti.ru/news/2025/03/11/tramvai",
  date="2025-03-11", by="Автор:", related="Читайте также", readmore="Читайте также:", comments="Комментарии", cookie="Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
  cookie_btn="Принять", paywall="Оформите подписку, чтобы читать дальше", quote_i=2, section="Город"),
"uk": dict(
  title="Міська рада схвалила будівництво нової трамвайної лінії",
  paras=[
    "Міська рада у вівторок схвалила будівництво нової трамвайної лінії, яка з'єднає центральний вокзал із північними районами міста.",
    "Довжина лінії становитиме дванадцять кілометрів, на ній з'являться шістнадцять зупинок, повідомили в департаменті транспорту.",
    "Міський голова Олена Коваль заявила, що проєкт скоротить час у дорозі для десятків тисяч мешканців і розвантажить кільцеву дорогу.",
    "Депутати від опозиції назвали бюджет у дванадцять мільярдів гривень нереалістичним і нагадали про перевитрати коштів в інших містах.",
    "Будівництво має розпочатися наступної весни, після підписання контрактів із підрядниками та перенесення міських комунікацій.",
  ],
  authors=["Андрій Шевчук", "Марія Бондар"], site="Північний вісник", url="https://pivnichnyi.com.ua/news/2025/03/11/tramvai",
  date="2025-03-11", by="Автор:", related="Читайте також", readmore="Читайте також:", comments="Коментарі", cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту. Продовжуючи користуватися сайтом, ви погоджуєтеся з цим.",
  cookie_btn="Прийняти", paywall="Оформіть передплату, щоб читати далі", quote_i=2, section="Місто"),
"de": dict(
  title="Stadtrat beschließt neue Straßenbahnlinie in den Norden",
  paras=[
    "Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie beschlossen, die den Hauptbahnhof mit den nördlichen Stadtteilen verbinden soll.",
    "Die Strecke wird zwölf Kilometer lang sein und sechzehn Haltestellen haben, teilte das Verkehrsreferat der Stadt am Nachmittag mit.",
    "Oberbürgermeisterin Helga Krause sagte, das Projekt werde die Fahrzeiten für Zehntausende Pendler verkürzen und den Ring im Berufsverkehr entlasten.",
    "Die Opposition hält das Budget von 480 Millionen Euro für unrealistisch und verweist auf die Kostenexplosionen bei ähnlichen Projekten in anderen Städten.",
    "Der Bau soll im kommenden Frühjahr beginnen, sobald die Verträge mit den Baufirmen unterschrieben und die Leitungen verlegt sind.",
  ],
  authors=["Thomas Müller", "Anna Schmidt"], site="Nordkurier Online", url="https://www.nordkurier-online.de/lokales/strassenbahn-beschlossen-1234567",
  date="2025-03-11", by="Von", related="Mehr zum Thema", readmore="Lesen Sie auch:", comments="Kommentare", cookie="Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie dem zu.",
  cookie_btn="Alle akzeptieren", paywall="Jetzt abonnieren und weiterlesen", quote_i=2, section="Lokales"),
"fr": dict(
  title="Le conseil municipal approuve une nouvelle ligne de tramway vers le nord",
  paras=[
    "Le conseil municipal a approuvé mardi la construction d'une nouvelle ligne de tramway reliant la gare centrale aux quartiers nord de la ville.",
    "La ligne mesurera douze kilomètres et desservira seize arrêts, selon le service des transports, qui prévoit une mise en service en 2029.",
    "La maire Hélène Dubois a déclaré que le projet réduirait les temps de trajet de dizaines de milliers d'habitants et désengorgerait le périphérique.",
    "Les élus de l'opposition jugent irréaliste le budget de 480 millions d'euros et rappellent les dépassements de coûts observés dans d'autres villes.",
    "Les travaux doivent commencer au printemps prochain, une fois les contrats signés avec les entreprises et les réseaux déplacés.",
  ],
  authors=["Pierre Martin", "Claire Lefèvre"], site="Le Courrier du Nord", url="https://www.courrierdunord.fr/actualite/2025/03/11/tramway-nord",
  date="2025-03-11", by="Par", related="À lire aussi", readmore="Lire aussi :", comments="Commentaires", cookie="Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
  cookie_btn="Tout accepter", paywall="Abonnez-vous pour lire la suite", quote_i=2, section="Métropole"),
"es": dict(
  title="El ayuntamiento aprueba una nueva línea de tranvía hacia el norte",
  paras=[
    "El pleno del ayuntamiento aprobó el martes la construcción de una nueva línea de tranvía que unirá la estación central con los barrios del norte.",
    "La línea tendrá doce kilómetros y dieciséis paradas, según el área de movilidad, que prevé que los primeros tranvías circulen en 2029.",
    "La alcaldesa Elena Torres afirmó que el proyecto reducirá los tiempos de viaje de decenas de miles de vecinos y aliviará el tráfico de la ronda.",
    "Los concejales de la oposición consideran poco realista el presupuesto de 480 millones de euros y recuerdan los sobrecostes de otras ciudades.",
    "Las obras comenzarán la próxima primavera, cuando se firmen los contratos con las constructoras y se desvíen las canalizaciones.",
  ],
  authors=["Ana García", "Luis Fernández"], site="Diario del Norte", url="https://www.diariodelnorte.es/local/2025/03/11/tranvia-norte.html",
  date="2025-03-11", by="Por", related="Noticias relacionadas", readmore="Lee también:", comments="Comentarios", cookie="Utilizamos cookies propias y de terceros para mejorar tu experiencia. Si continúas navegando, aceptas su uso.",
  cookie_btn="Aceptar", paywall="Suscríbete para seguir leyendo", quote_i=2, section="Local"),
}
