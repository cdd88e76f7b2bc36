"""Every folder in samples/ holds an input and the Document expected from it.

``expected.json`` keys: ``title`` (exact), ``paragraphs`` (the body blocks'
texts, exactly and in order), ``captions`` (exactly, in order), ``removed``
(each ``{label, text}`` must be among the removed blocks) and, optionally,
``adversarial: true`` for articles about boilerplate that must come out whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
#: Steps whose removals are page furniture around the article (the site's name over the
#: headline), not the article's text, which the exact paragraph check guards.
EXTRACTION_STEPS = {"markup_signals", "main_content"}
#: Labels of blocks that are structure rather than boilerplate (allowed in adversarial cases).
STRUCTURE_LABELS = {"byline", "caption", "credit", "kicker", "date"}
CASES = sorted(p for p in SAMPLES.iterdir() if (p / "expected.json").exists())
#: Cases written held out from tuning (by another hand, in the seed's style: 25 in one
#: round, 12 in the next, 12 more in the third, 14 in each of the fourth to twenty-fourth:
#: the twenty-fourth's open the list, then the twenty-third's, the twenty-second's and the twenty-first's, then
#: each round under its comment, newest first, down to the sixth's; the third's, the fourth's and
#: the fifth's close it) that the pipeline does not get right yet, and what goes wrong. Each is an expected failure (strict: once
#: one passes, it must leave this list). Only the cases in `KNOWN_BODY_LOSS` lose body
#: text; every other gap is boilerplate kept, or removed under another label.
KNOWN_GAPS = {
    # Round 34 (held out, written after this session's rules; scored blind, not tuned on)
    "da-page-klitby-havn-boelgebryder": "3 lines left in the body ('Indsejlingen til Klitby Havn var lukket i 41 dage ...', ...); captions not found or not split as written",
    "de-lenient-kirchbrunn-freibad-paywall": "1 line left in the body ('Seit September 2022 ist das Becken im Kirchbrunner ...'); captions not found or not split as written",
    "de-page-elbtal-freiwilliger-beitrag": "2 lines left in the body ('Unabhängiger Lokaljournalismus kostet Geld.', ...); 1 paragraph lost (see KNOWN_BODY_LOSS); 4 removals labelled otherwise ('3 € monatlich' navigation, not donation, ...)",
    "en-lenient-hollinsford-council-newsletter": "3 lines left in the body ('Town clerk Deborah Ansell with the first printed c ...', ...); captions not found or not split as written",
    "en-page-fellside-heat-pumps": "2 lines left in the body ('Engineers from Northbeck Refrigeration fitting the ...', ...); 3 removals labelled otherwise ('Download on the App Store' related, not app_prompt, ...); captions not found or not split as written",
    "es-page-pinares-de-rodeno": "2 lines left in the body ('Las areniscas rojizas del Rodeno, vistas desde uno ...', ...); 2 removals labelled otherwise ('Política de privacidad' cookie_notice, not navigation, ...); captions not found or not split as written",
    "eu-lenient-ibaiondo-baserritarren-azoka": "5 lines left in the body ('Testua: Ane Etxeberria Lasa', ...); 1 removal labelled otherwise ('Egin zaitez bazkide' navigation, not donation); captions not found or not split as written",
    "fr-lenient-tarte-mirabelles": "4 lines left in the body ('Les mirabelles doivent être bien serrées sur la cr ...', ...); 2 removals labelled otherwise ('Publié le 28 août 2024 par Solène Marcha ...' date, not byline, ...); captions not found or not split as written",
    "is-page-budardalur-ny-sundlaug": "the title taken from another line ('Fara beint í efni'); 16 lines left in the body ('Þessi vefur notar vafrakökur til að bæta upplifun ...', ...); captions not found or not split as written",
    "it-lenient-monteserra-navetta-ospedale": "2 lines left in the body ('Il nuovo minibus da 19 posti presentato sabato mat ...', ...); captions not found or not split as written",
    "nl-lenient-influencers-reclameregels": "2 lines left in the body ('Een label ‘betaalde samenwerking’ op Instagram. Vo ...', ...); 1 paragraph lost (see KNOWN_BODY_LOSS); captions not found or not split as written",
    "pl-page-sokol-tiebreak-tarnow": "7 lines left in the body ('Kapitan Sokoła Tomasz Wilczek atakuje po prostej w ...', ...); 2 removals labelled otherwise ('Więcej informacji' navigation, not cookie_notice, ...); captions not found or not split as written",
    # Held-out round 33 (written blind about the article's head, 14 cases; tuned on after scoring: a brand-cased headline, a one-line menu over a dateline)
    "de-page-cookie-banner-urteil-pims": "1 line left in the body ('Bundesnetzagentur prüft Einwilligungsdienste: Was ...'); 2 removals labelled otherwise ('Veröffentlicht am 3. März 2025 von Lena ...' date, not byline, ...)",
    "en-lenient-sentinel-paywall-banner-quoted": "1 removal labelled otherwise ('Analysis' kicker, not outside_main_content)",
    "de-lenient-hambach-hochwasser": "1 line left in the body ('Bürgermeister Jörg Wiesler an der Brücke in der Ta ...'); captions not found or not split as written",
    "es-lenient-pinares-rodeno": "1 removal labelled otherwise ('Lucía Gallardo 12 comentarios' comments, not byline)",
    "fr-page-cidrerie-pressoir": "1 line left in the body ('Yann Le Gall devant le nouveau pressoir pneumatiqu ...'); captions not found or not split as written",
    "hu-page-belvarosi-hid-szeged": "2 lines left in the body ('A Belvárosi hídon hétfő reggel már a régi korlátok ...', ...); 1 removal labelled otherwise ('Átadták a felújított Kálvária sugárutat' navigation, not related); captions not found or not split as written",
    "it-page-iphone-ricondizionati": "1 line left in the body ('Marco Ferri')",
    "nl-page-sassenpoort-restauratie": "1 removal labelled otherwise ('Zwolle · 3 mrt. 2025, 08:14' outside_main_content, not date)",
    "pl-lenient-kody-qr-menu": "1 line left in the body ('Naklejka z kodem QR na stoliku jednej z restauracj ...'); captions not found or not split as written",
    "pt-lenient-sardinha-matosinhos": "2 lines left in the body ('Caixas de sardinha empilhadas no cais da lota de M ...', ...); captions not found or not split as written",
    "ro-lenient-piata-cibin-sibiu": "the title taken from another line ('Producătorii locali au la dispoziție 164 ...'); 1 line left in the body ('Hala Pieței Cibin din Sibiu se redeschide sâmbătă, ...'); 1 paragraph lost (see KNOWN_BODY_LOSS); 1 removal labelled otherwise ('Publicat pe 3 martie 2025 de Ioana Marin' date, not byline)",
    "sq-lenient-theth-valbone": "4 lines left in the body ('Shkruar nga Elira Dushku, më 12 qershor 2025', ...); 1 removal labelled otherwise ('Udhëtime' kicker, not navigation)",
    "sv-page-kanelbullar-recept": "1 line left in the body ('Recept Bröd & bullar Kakor Tårtor Middag Om Fikast ...')",
    # Round 32 (held out, written after this session's rules; scored blind, not tuned on)
    "cs-lenient-fotoagentura-archiv-negativu": "1 line left in the body ('Černobílá fotografie tramvaje na náměstí Svobody'); 1 removal labelled otherwise ('Jana Horáková' kicker, not byline); captions not found or not split as written",
    "cy-page-apel-hosbis-glan-teifi": "the title taken from another line ('Neidio i'r prif gynnwys'); 14 lines left in the body ('Rydym yn defnyddio cwcis i wneud i'r wefan hon wei ...', ...); 1 removal labelled otherwise ('Amdanom ni | Polisi preifatrwydd | Hygyr ...' tags, not outside_main_content)",
    "de-lenient-falscher-dachdecker-urteil": "the title taken from another line (''); captions not found or not split as written",
    "en-page-gazette-metered-paywall": "2 paragraphs lost (see KNOWN_BODY_LOSS); 2 removals labelled otherwise ('About us | Contact the newsroom | Advert ...' navigation, not outside_main_content, ...)",
    "eu-page-galerna-zer-da": "the title taken from another line (''); 9 lines left in the body ('Webgune honek cookieak erabiltzen ditu nabigazio-e ...', ...); 4 removals labelled otherwise ('Onartu' navigation, not cookie_notice, ...)",
    "fr-page-far-breton-pruneaux": "the title taken from another line (''); 5 lines left in the body ('Recettes sucrées', ...); 2 removals labelled otherwise ('Les Carnets de Maëlle – cuisine bretonne ...' navigation, not outside_main_content, ...); captions not found or not split as written",
    "is-lenient-laugavegurinn-ferdasaga": "5 lines left in the body ('Lestu líka: Fimmvörðuháls á einum degi – er það gó ...', ...); 2 removals labelled otherwise ('Birt 28. ágúst 2025' caption, not date, ...); captions not found or not split as written",
    "it-page-mezza-maratona-del-lago": "2 removals labelled otherwise ('Gazzetta del Lago – Testata registrata p ...' related, not outside_main_content, ...)",
    "nl-page-nieuwsbriefmoeheid": "2 removals labelled otherwise ('Regionale omroepen bundelen krachten in ...' app_prompt, not related, ...)",
    "pl-lenient-wspomnienie-nauczycielki": "1 line left in the body ('Złóż kondolencje w internetowej księdze pamięci')",
    "pt-lenient-analise-bicicleta-eletrica": "1 line left in the body ('Preço mais baixo encontrado: 1.249 € na Loja Ciclo ...')",
    "sq-lenient-si-te-krasitni-ullirin": "2 lines left in the body ('Reklamë', ...); 1 removal labelled otherwise ('Shkarkoni aplikacionin Bujqësia Sot për ...' navigation, not app_prompt)",
    "sv-page-ny-simhall-norrback": "5 removals labelled otherwise ('Kontakt: Anna-Karin Lindqvist, kommunsty ...' tags, not outside_main_content, ...)",
    # Round 31 (held out, 12 of its 16 languages without phrase data; scored blind at 9b4286f, then its rules written from it)
    "af-page-rubriek-water-krisis": "the title taken from another line ('Slaan oor na inhoud'); 2 lines left in the body ('Ons gebruik koekies om jou ervaring op ons webwerf ...', ...); 7 removals labelled otherwise ('Aanvaar' navigation, not cookie_notice, ...); captions not found or not split as written",
    "az-lenient-palciq-vulkanlari": "2 lines left in the body ('Qobustan ərazisindəki palçıq vulkanlarından birini ...', ...); captions not found or not split as written",
    "cy-lenient-tafarn-gymunedol": "4 lines left in the body ('Aelodau'r pwyllgor y tu allan i'r Llew Coch ar ddi ...', ...); 2 removals labelled otherwise ('Rhannu'r stori hon' navigation, not share, ...); captions not found or not split as written",
    "en-lenient-harwick-courier-paywall-prices": "1 line left in the body ('A stack of Harwick Courier print editions on a new ...'); captions not found or not split as written",
    "eu-lenient-zumaiako-estropada": "3 lines left in the body ('Publizitatea', ...); 1 removal labelled otherwise ('Ane Etxeberria | Zumaia' navigation, not byline)",
    "ga-page-raidio-na-cille-bailiuchan": "5 lines left in the body ('Le Máire Ní Fhlatharta', ...); 7 removals labelled otherwise ('Úsáidimid fianáin chun an suíomh a fheab ...' outside_main_content, not cookie_notice, ...)",
    "is-page-ljosmyndari-faer-baetur": "3 lines left in the body ('Bjarni Þórðarson | bjarni@vesturvaktin.is', ...); 8 removals labelled otherwise ('Við notum vafrakökur til að bæta upplifu ...' outside_main_content, not cookie_notice, ...); captions not found or not split as written",
    "ms-page-jimat-bil-elektrik": "7 removals labelled otherwise ('Utama' cookie_notice, not navigation, ...); captions not found or not split as written",
    "mt-lenient-prezz-tal-hobz": "3 lines left in the body ('Ħobż Malti frisk fuq il-bank ta' forn f'Ħal Qormi', ...); 2 removals labelled otherwise ('Aqsam dan l-artiklu' navigation, not share, ...); captions not found or not split as written",
    "pt-page-arroz-de-pato": "3 removals labelled otherwise ('Sobre mim' byline, not navigation, ...)",
    "sq-page-derbi-i-veriut": "2 lines left in the body ('LAJMI I FUNDIT: Paralajmërohen reshje të dendura s ...', ...); 5 removals labelled otherwise ('Kryefaqja' cookie_notice, not navigation, ...)",
    "sr-page-premijera-ivanov": "6 removals labelled otherwise ('Naslovna' cookie_notice, not navigation, ...)",
    "sw-lenient-menyu-za-qr": "1 line left in the body ('Soma pia: Watumiaji wa huduma za pesa kwa simu wao ...'); 1 removal labelled otherwise ('Jiunge na jarida letu upate habari muhim ...' navigation, not newsletter)",
    "tl-lenient-newsletter-ng-reporter": "3 lines left in the body ('Larawan: Paolo Santos', ...); captions not found or not split as written",
    # Round 30 (held out, written after this round's rules; scored blind, not tuned on)
    "da-page-viking-silver-hoard": "4 removals labelled otherwise ('Andre nyheder' navigation, not related, ...)",
    "de-page-cookie-banner-ruling": "1 removal labelled otherwise ('Der Morgen im Oberland – unser kostenlos ...' comments, not newsletter)",
    "en-lenient-cancel-newspaper-subscription": "1 removal labelled otherwise ('Hannah Okafor has covered consumer right ...' outside_main_content, not byline)",
    "en-page-where-reader-donations-go": "3 removals labelled otherwise ('Donate' navigation, not donation, ...)",
    "es-lenient-duster-hybrid-test": "1 removal labelled otherwise ('Javier Somoza es ingeniero industrial y ...' outside_main_content, not byline)",
    "eu-page-durango-book-fair": "the title taken from another line (''); 6 lines left in the body ('Webgune honek cookieak erabiltzen ditu zure nabiga ...', ...); 14 removals labelled otherwise ('Onartu denak' navigation, not cookie_notice, ...)",
    "fi-lenient-student-lunch-price": "2 lines left in the body ('Opiskelijoita jonossa kampusravintolan linjastolla', ...); 1 removal labelled otherwise ('Veera Laaksonen on Kampus-Sanomien kesät ...' navigation, not byline); captions not found or not split as written",
    "is-lenient-salmon-season-opening": "3 lines left in the body ('Veiðimaður í vöðlum heldur á nýgengnum laxi við No ...', ...); 4 removals labelled otherwise ('Lestu líka: Urriðaveiðin í Þingvallavatn ...' navigation, not related, ...); captions not found or not split as written",
    "it-page-verdicchio-cantina": "1 removal labelled otherwise ('Grazie Stefano! Che fortuna averne ancor ...' outside_main_content, not comments)",
    "nl-page-match-reports-members-only": "3 removals labelled otherwise ('Meer clubnieuws' navigation, not related, ...)",
    "pl-lenient-tomato-seedling-hardening": "2 lines left in the body ('Sadzonka pomidora z fioletowym przebarwieniem na s ...', ...); 1 removal labelled otherwise ('Ewa Nowicka-Kruk – ogrodniczka z zamiłow ...' outside_main_content, not byline); captions not found or not split as written",
    "ro-page-street-works-press-release": "5 removals labelled otherwise ('« Comunicatul anterior | Comunicatul urm ...' related, not navigation, ...)",
    # Round 29 (held out, written after this round's rules; scored blind, then one data commit)
    "bg-page-parvi-den-detska-gradina": "9 removals labelled otherwise ('Гергана' related, not comments, ...)",
    "ca-lenient-acord-ratios-sindicat": "2 lines left in the body ('No rebem diners de cap partit ni de cap empresa: e ...', ...); 3 removals labelled otherwise ('Butlletí núm. 214 · 17 de maig de 2024' newsletter, not date, ...)",
    "en-lenient-lemon-ricotta-pancakes": "1 line left in the body ('Want more slow weekend breakfasts? Join 40,000 hom ...'); 1 removal labelled otherwise ('Hannah Okafor is a former pastry cook wh ...' outside_main_content, not byline)",
    "en-page-browser-cookie-settings": "1 line left in the body ('The week's most useful tech advice, tested by our ...'); 6 removals labelled otherwise ('Show Purposes' outside_main_content, not cookie_notice, ...)",
    "fr-page-bressuire-menus-qr-code": "1 line left in the body ('Au Relais de la Place, Sébastien Rousseau a fait r ...'); 4 removals labelled otherwise ('Se connecter' paywall, not navigation, ...); captions not found or not split as written",
    "hr-lenient-lastovo-izvan-sezone": "1 line left in the body ('Ivana Marić piše o sporim putovanjima po Jadranu i ...'); 1 removal labelled otherwise ('Tekst i fotografije: Ivana Marić' caption, not byline); captions not found or not split as written",
    "it-page-via-roma-lavori": "the title taken from another line (''); 2 lines left in the body ('Tutti gli argomenti...', ...); 13 removals labelled otherwise ('Regione Lombardia' navigation, not outside_main_content, ...)",
    "nb-page-helgeland-sjomat-kvartal": "8 removals labelled otherwise ('Kjøp abonnement' navigation, not paywall, ...)",
    "sk-page-recenzia-visnovy-sad": "3 removals labelled otherwise ('S tou plesovou scénou súhlasím, bola zby ...' cookie_notice, not comments, ...)",
    "sl-lenient-fotograf-ris-kocevsko": "1 removal labelled otherwise ('Deli s prijatelji' navigation, not share)",
    "sv-lenient-matbanken-insamling": "3 removals labelled otherwise ('Erik Sandberg' navigation, not byline, ...)",
    "tr-page-gazete-uygulama-bulten": "1 line left in the body ('Yeni uygulamanın ana ekranında Bursa'ya özel son d ...'); 10 removals labelled otherwise ('Mobil uygulamamızla haberler cebinizde – ...' navigation, not app_prompt, ...); captions not found or not split as written",
    # Round 28 (held out, imported after its rules were written from it)
    "da-lenient-haervejen-cykeltur": "3 lines left in the body ('Frokostpause ved Kongenshus – udsigten var alle st ...', ...); 1 removal labelled otherwise ('Om mig: Jeg hedder Mette, er 44 år og sy ...' outside_main_content, not byline); captions not found or not split as written",
    "de-lenient-brunnenwerk-spendenbilanz": "1 removal labelled otherwise ('Bleiben Sie auf dem Laufenden: Einmal im ...' donation, not newsletter)",
    "en-lenient-courier-paywall": "1 removal labelled otherwise ('Helen Marsh covers business and the econ ...' outside_main_content, not byline)",
    "en-page-rovers-late-winner": "2 removals labelled otherwise ('Sort by: Newest' byline, not comments, ...)",
    "es-lenient-lentejas-abuela": "1 line left in the body ('Plato hondo de lentejas con chorizo junto a una ho ...'); 1 removal labelled otherwise ('Sobre mí: soy Maite, maestra jubilada y ...' outside_main_content, not byline); captions not found or not split as written",
    "fr-page-bandeaux-cookies": "1 line left in the body ('Exemple de bandeau de consentement sur un site d'i ...'); 3 removals labelled otherwise ('Smartphones | Informatique | Audio | Mai ...' outside_main_content, not navigation, ...); captions not found or not split as written",
    "hu-lenient-szikes-tavak-dron": "1 line left in the body ('Hőkamerás drónfelvétel egy fészkelőtelepről a Tisz ...'); 1 removal labelled otherwise ('Sajtókapcsolat: Tóth Réka, +36 62 555 01 ...' navigation, not outside_main_content); captions not found or not split as written",
    "nl-page-nieuwsbrief-verdienmodel": "2 removals labelled otherwise ('Meer in Achtergrond' newsletter, not related, ...)",
    "pl-lenient-wywiad-fotoreporter": "1 removal labelled otherwise ('Katarzyna Nowicka – dziennikarka działu ...' outside_main_content, not byline)",
    "pt-lenient-escola-soajo": "1 line left in the body ('Fachada de granito da escola primária de Soajo, co ...'); captions not found or not split as written",
    "ro-page-autobuze-electrice": "2 removals labelled otherwise ('Mica publicitate' advertisement, not navigation, ...)",
    # round 27 (blind at 3780fb2: 0 of 14 passing, 77 junk lines left, 143 of 400 removals missing or mislabelled, 3 of 181 paragraphs lost, 8 titles right)
    "cs-page-shop-robot-vacuum-guide": "12 lines left in the body ('🚚 Doprava zdarma při nákupu nad 1 500 Kč', ...); 7 removals labelled otherwise ('Váš e-mail' related, not newsletter, ...); captions not found or not split as written",
    "de-lenient-handball-derby": "the title taken from another line ('Finn Albers setzt sich gegen zwei Eichen ...'); 2 lines left in the body ('Spielstatistik als PDF herunterladen', ...); 5 removals labelled otherwise ('TSV Grünwalde Handball' navigation, not outside_main_content, ...); captions not found or not split as written",
    "el-page-tv-cookies-explainer": "the title taken from another line (''); 8 removals labelled otherwise ('Σεβόμαστε την ιδιωτικότητά σας' navigation, not cookie_notice, ...); captions not found or not split as written",
    "en-lenient-weekly-closes-comments": "1 removal labelled otherwise ('Bramley Vale Courier' navigation, not outside_main_content)",
    "es-page-phone-review": "2 lines left in the body ('Comprar Nuvo X7 Pro en TiendaDigital por 529 € (an ...', ...); 7 removals labelled otherwise ('Nota Pantalla Móvil: 8,1' comments, not outside_main_content, ...)",
    "fr-lenient-vegan-leek-tart": "the title taken from another line ('Tarte aux poireaux vegan dorée posée sur ...'); 10 lines left in the body ('Les Carnets de Prune – cuisine végétale du quotidi ...', ...); captions not found or not split as written",
    "it-lenient-interview-translator": "2 lines left in the body ('di Tommaso Rinaldi', ...); 2 removals labelled otherwise ('Il Portolano' navigation, not outside_main_content, ...); captions not found or not split as written",
    "nl-page-cycling-moselle": "the title taken from another line ('Fietsers op het jaagpad langs de Moezel ...'); 2 lines left in the body ('Fietsen langs de Moezel: van Trier naar Koblenz in ...', ...); 6 removals labelled otherwise ('Leestijd: 8 minuten' date, not outside_main_content, ...); captions not found or not split as written",
    "pl-lenient-letter-bus-line": "the title taken from another line ('Pusty przystanek autobusowy przy drodze ...'); 3 lines left in the body ('Zabraliście nam autobus, a z nim kawałek życia', ...); 4 removals labelled otherwise ('Gazeta Nadwarciańska' navigation, not outside_main_content, ...); captions not found or not split as written",
    "pt-page-startup-newsletter-ads": "2 lines left in the body ('Sobre a Correio Leve', ...); 8 removals labelled otherwise ('Imprensa › Comunicados' cookie_notice, not navigation, ...)",
    "ru-lenient-provincial-photographer": "1 line left in the body ('Статья опубликована в № 2 (118) журнала «Минувшее» ...'); 3 removals labelled otherwise ('«Минувшее» — исторический журнал' navigation, not outside_main_content, ...)",
    "sv-page-region-fake-qr-codes": "1 paragraph lost (see KNOWN_BODY_LOSS); 9 removals labelled otherwise ('Nyhet' navigation, not outside_main_content, ...)",
    "tr-page-tabloid-lost-cat": "10 removals labelled otherwise ('SON DAKİKA' related, not navigation, ...); captions not found or not split as written",
    "uk-lenient-shelter-donations-report": "3 lines left in the body ('Волонтерка годує собак у вольєрі', ...); 3 removals labelled otherwise ('Притулок «Теплий ніс» · Житомир' navigation, not outside_main_content, ...); captions not found or not split as written",
    # round 26 (blind at 3780fb2: 0 of 14 passing, 46 junk lines left, 94 of 397 removals missing or mislabelled, 2 of 163 paragraphs lost, 11 titles right)
    "ca-page-press-release-cheese-plant": "7 lines left in the body ('Sobre la Cooperativa La Plana', ...); 3 removals labelled otherwise ('Nota de premsa' navigation, not outside_main_content, ...)",
    "da-page-council-fake-qr-codes": "1 paragraph lost (see KNOWN_BODY_LOSS); 6 removals labelled otherwise ('Sidst opdateret: 4. marts 2026' date, not outside_main_content, ...)",
    "de-lenient-baking-blog-datschi": "3 lines left in the body ('Zwetschgendatschi auf dem Blech, frisch aus dem Of ...', ...); 2 removals labelled otherwise ('Mehlstaub & Zucker – Backen wie bei Oma' navigation, not outside_main_content, ...); captions not found or not split as written",
    "en-lenient-regional-paper-paywall": "1 removal labelled otherwise ('Opinion | From the Editor' navigation, not outside_main_content)",
    "es-page-business-daily-newsletters": "2 lines left in the body ('Una lectora consulta una newsletter en su móvil en ...', ...); 6 removals labelled otherwise ('IBEX 35 11.842,30 +0,42% | EUR/USD 1,087 ...' navigation, not outside_main_content, ...); captions not found or not split as written",
    "fi-lenient-hiking-blog-pallas": "the title taken from another line ('Polku ja pannukahvi – retkeilyblogi'); 2 lines left in the body ('Kolme päivää Pallas–Hetta-reitillä: ruskan värit, ...', ...); 2 removals labelled otherwise ('Käyttämäni vesisuodatin* – katso hinta v ...' navigation, not advertisement, ...)",
    "fr-lenient-science-mag-moth-photos": "3 removals labelled otherwise ('Biodiversité' navigation, not outside_main_content, ...)",
    "hu-page-opinion-cookie-banners": "1 line left in the body ('A véleménycikkek a szerzők álláspontját tükrözik, ...'); 5 removals labelled otherwise ('Az Ön adatainak védelme fontos számunkra' navigation, not cookie_notice, ...)",
    "it-lenient-charity-donations-report": "1 line left in the body ('Il grafico mostra la ripartizione delle donazioni ...'); 2 removals labelled otherwise ('Notizie dalla Fondazione' kicker, not outside_main_content, ...); captions not found or not split as written",
    "nl-lenient-gadget-robot-vacuum": "the title taken from another line ('Bekijk alle 6 aanbiedingen »'); 2 lines left in the body ('TechTafel ontvangt mogelijk een commissie als je v ...', ...); 3 removals labelled otherwise ('Onze score: 8,5' navigation, not outside_main_content, ...); captions not found or not split as written",
    "pl-lenient-interview-urban-bees": "1 line left in the body ('Sąsiedzi kontra hulajnogi. Czy zakaz parkowania na ...'); 1 removal labelled otherwise ('Gazeta Nadwiślańska | Magazyn' navigation, not outside_main_content)",
    "pt-page-football-club-match": "11 removals labelled otherwise ('Site oficial' navigation, not outside_main_content, ...)",
    "ro-page-radio-bridge-reopens": "1 line left in the body ('Acum în emisie: Matinalul Carpați cu Ioana și Vlad'); 5 removals labelled otherwise ('Ascultă live' navigation, not outside_main_content, ...)",
    "sk-page-shop-hiking-boots-guide": "3 lines left in the body ('Doprava zadarmo pri nákupe nad 59 €', ...); 9 removals labelled otherwise ('Odporúčané produkty' related, not advertisement, ...); captions not found or not split as written",
    # round 25 (blind at 3780fb2: 0 of 14 passing, 26 junk lines left, 66 of 337 removals missing or mislabelled, 0 paragraphs lost, 8 titles right)
    "cs-page-mlynkarna-brusa-h2-recenze": "7 lines left in the body ('Ruční mlýnek na kávu Brusa H2 – recenze a cena | M ...', ...); 7 removals labelled otherwise ('★★★★☆ 4,6 (38 hodnocení)' navigation, not outside_main_content, ...); captions not found or not split as written",
    "de-lenient-haustechnik-waermepumpen": "2 lines left in the body ('Nordtherm Therma-X: Die Hochtemperatur-Wärmepumpe ...', ...); 4 removals labelled otherwise ('Plus' navigation, not paywall, ...)",
    "de-page-rme-cookie-banner-pruefung": "1 removal labelled otherwise ('Datenschutzeinstellungen' navigation, not cookie_notice)",
    "en-lenient-harwick-gazette-paywall": "2 removals labelled otherwise ('Margaret Ellison has edited the Harwick ...' outside_main_content, not byline, ...)",
    "en-page-northmoor-university-hedgerows": "4 removals labelled otherwise ('Open days 2026: book your place' related, not outside_main_content, ...)",
    "es-lenient-raices-compartidas-donaciones": "5 removals labelled otherwise ('Tu ayuda cambia vidas. Hazte socio hoy' paywall, not donation, ...)",
    "fr-page-carnets-margaux-tarte-poireaux": "1 line left in the body ('Tarte fine aux poireaux et au chèvre à la sortie d ...'); 2 removals labelled otherwise ('Recevez mes nouvelles recettes chaque di ...' navigation, not newsletter, ...); captions not found or not split as written",
    "hr-page-tipkovnica-orbis-n5-recenzija": "1 line left in the body ('Najbolje cijene mobitela – usporedi ponude trgovin ...'); 3 removals labelled otherwise ('Tipkovnica.net › Recenzije › Mobiteli' cookie_notice, not navigation, ...)",
    "it-page-sportpadano-virtus-valdarno": "1 removal labelled otherwise ('Classifica Girone B' related, not outside_main_content)",
    "nb-lenient-blikk-fotografer-kreditering": "2 removals labelled otherwise ('Kultur › Foto' credit, not navigation, ...); captions not found or not split as written",
    "nl-page-avondpost-nep-qr-codes": "1 line left in the body ('Klantenservice: 088 - 012 34 56 (ma-vr 8.00-18.00 ...'); 2 removals labelled otherwise ('Binnenland › Consument' cookie_notice, not navigation, ...)",
    "pl-lenient-glos-moderacja-komentarzy": "5 removals labelled otherwise ('Posłuchaj artykułu · 5 min' app_prompt, not outside_main_content, ...)",
    "pt-lenient-mochila-flores-acores": "2 lines left in the body ('Este artigo contém links de afiliados. Se reservar ...', ...); 4 removals labelled otherwise ('Gostaste deste roteiro? Guarda-o no Pint ...' related, not share, ...); captions not found or not split as written",
    "sv-lenient-jamtmejeriet-pressmeddelande": "6 removals labelled otherwise ('Pressmeddelande' navigation, not outside_main_content, ...); captions not found or not split as written",
    # The twenty-fourth round's 14 (two pass; written after this session's first rules, scored blind at the session's start, one did, and with the rules to then, two did; then rules made from it).
    "da-lenient-klumme-kedsomhed": "1 line left in the body ('Klummer er udtryk for skribentens egen holdning.'); 1 removal labelled otherwise ('KLUMME' kicker, not outside_main_content)",
    "de-page-cookie-banner-urteil-landgericht": "1 removal labelled otherwise ('Niederrhein Anzeiger' navigation, not outside_main_content)",
    "en-lenient-examiner-paywall": "1 line left in the body ('Wendham Today is run by three journalists and paid ...')",
    "en-page-velora-ebike-review": "8 lines left in the body ('The Commuter 2's frame-integrated battery and smal ...', ...); 5 removals labelled otherwise ('Spokesmith' navigation, not outside_main_content, ...); captions not found or not split as written",
    "es-page-entrevista-lucia-ferrer": "1 line left in the body ('«Las que sostenían la casa, el huerto y a los hijo ...'); 3 removals labelled otherwise ('La Crónica del Ebro' navigation, not outside_main_content, ...)",
    "fi-page-ennallistetut-suot": "3 removals labelled otherwise ('Itäväylä' navigation, not outside_main_content, ...)",
    "fr-lenient-clafoutis-grand-mere": "1 line left in the body ('Un clafoutis aux cerises tout juste sorti du four, ...'); captions not found or not split as written",
    "it-lenient-archivio-fotoreno": "1 removal labelled otherwise ('Ascolta questo articolo ora' app_prompt, not outside_main_content)",
    "pl-page-sokol-brzeziny-mecz": "4 removals labelled otherwise ('SportRegion.pl' navigation, not outside_main_content, ...)",
    "pt-page-roteiro-ilha-das-flores": "2 lines left in the body ('A Rocha dos Bordões, uma parede de colunas de basa ...', ...); 3 removals labelled otherwise ('Bússola Viagens' navigation, not outside_main_content, ...); captions not found or not split as written",
    "ro-page-strangere-fonduri-scoala": "1 paragraph lost (see KNOWN_BODY_LOSS); 6 removals labelled otherwise ('Ziarul Văii Mureșului' byline, not outside_main_content, ...)",
    # The twenty-third round's 14 (four pass; scored blind at the session's start, two did, then rules made from it).
    "de-page-cookie-banner-bussgeld-stadtwerke": "10 removals labelled otherwise ('Zum Inhalt springen' navigation, not outside_main_content, ...)",
    "en-page-slow-cooker-lamb-barley-stew": "1 line left in the body ('5 from 41 votes'); 17 removals labelled otherwise ('Skip to primary navigation' navigation, not outside_main_content, ...)",
    "es-page-futbol-ribereno-remontada": "2 lines left in the body ('Iván Cordero celebra el segundo gol del Ribereño j ...', ...); 7 removals labelled otherwise ('Saltar al contenido principal' navigation, not outside_main_content, ...); captions not found or not split as written",
    "it-lenient-praterie-laguna-venezia": "1 line left in the body ('Immagine da drone di una prateria di Cymodocea nod ...'); captions not found or not split as written",
    "nb-page-beboerparkering-sporsmal-svar": "1 line left in the body ('Tordenskiolds gate er en av gatene som blir omfatt ...'); 12 removals labelled otherwise ('Hopp til hovedinnhold' navigation, not outside_main_content, ...); captions not found or not split as written",
    "pl-page-recenzja-sol-w-oczach": "8 removals labelled otherwise ('Przejdź do treści' navigation, not outside_main_content, ...)",
    "pt-page-newsletter-startup-boletim": "12 removals labelled otherwise ('Pular para o conteúdo' navigation, not outside_main_content, ...)",
    "sk-lenient-mala-fatra-rozsutec-tura": "1 line left in the body ('Jeden z rebríkov v Horných dierach. Za mokra treba ...'); captions not found or not split as written",
    "sv-lenient-badhuset-stanger": "1 removal labelled otherwise ('Ämnen i artikeln: Kramfors kommun, Badhu ...' navigation, not tags)",
    "tr-page-qr-menu-izmir-denetim": "8 removals labelled otherwise ('İçeriğe geç' navigation, not outside_main_content, ...); captions not found or not split as written",
    "cs-lenient-fotografka-snimky-bez-podpisu": "1 removal labelled otherwise ('Vytisknout článek' share, not outside_main_content)",
    "da-page-tovvaerk-udvider-fabrik": "16 removals labelled otherwise ('Bliv abonnent' navigation, not paywall, ...)",
    "de-page-cookie-banner-ablehnen": "the title taken from another line (''); 4 lines left in the body ('Ja, danke', ...); 11 removals labelled otherwise ('Verbraucherlotse' cookie_notice, not navigation, ...)",
    "en-page-ridge-road-bridge-closed": "1 line left in the body ('Traffic alert: Check our live traffic map for curr ...'); 14 removals labelled otherwise ('Skip to main content' navigation, not outside_main_content, ...)",
    "es-lenient-bares-carta-codigo-qr": "1 line left in the body ('¿Nos ayudas a mejorar? Contesta a una encuesta de ...')",
    "fi-lenient-daaliat-talvisailoon": "2 lines left in the body ('Kaupallinen yhteistyö: Siemenliike Viherverso. Koo ...', ...)",
    "fr-lenient-cooperative-chenin-vendanges": "1 line left in the body ('Agenda – Salon des vins de Loire, Angers, du 3 au ...'); 1 removal labelled otherwise ('L'abus d'alcool est dangereux pour la sa ...' advertisement, not outside_main_content)",
    "hu-page-kronika-kommentszabalyok": "2 lines left in the body ('A Dombvári Krónika független: nem kapunk önkormány ...', ...); 11 removals labelled otherwise ('Dombvári Krónika' outside_main_content, not navigation, ...)",
    "it-page-granfondo-val-ruvina": "10 removals labelled otherwise ('PedaleAlto' cookie_notice, not navigation, ...)",
    "nl-page-parochie-orgelpijp-actie": "6 lines left in the body ('De kerk zat vol bij de start van de actie in septe ...', ...); 9 removals labelled otherwise ('Parochie H. Odulphus' cookie_notice, not navigation, ...); captions not found or not split as written",
    "pl-lenient-akademiki-drozsze-protest": "2 removals labelled otherwise ('Widzisz błąd w tekście? Zgłoś go redakcj ...' navigation, not outside_main_content, ...)",
    "ro-page-hala-centrala-redeschisa": "10 removals labelled otherwise ('Urbis' cookie_notice, not navigation, ...)",
    "ca-page-xicots-vilaredona-quatre-de-vuit": "6 removals labelled otherwise ('Text: Mireia Puigventós · Fotos: Jordi C ...' caption, not byline, ...); captions not found or not split as written",
    "de-page-datenschutz-cookie-banner": "7 removals labelled otherwise ('Rheintaler Morgenpost' navigation, not outside_main_content, ...)",
    "en-lenient-courier-metered-paywall": "1 removal labelled otherwise ('Listen to this article · 6 min' app_prompt, not outside_main_content)",
    "en-page-rhubarb-ginger-crumble-cake": "3 lines left in the body ('Seasonal baking from a very small kitchen', ...); 6 removals labelled otherwise ('Crumb & Kettle' navigation, not outside_main_content, ...); captions not found or not split as written",
    "es-page-villalcazar-remontada": "2 lines left in the body ('EN DIRECTO | Villalcázar 2-1 Sierra Bermeja (Final ...', ...); 14 removals labelled otherwise ('MarcadorNorte.es' navigation, not outside_main_content, ...)",
    "fr-lenient-musee-souscription-lavandiere": "1 line left in the body ('Le compteur de la souscription, installé dans le h ...'); 1 removal labelled otherwise ('Saint-Aubin-sur-Lère Culture Musées Patr ...' navigation, not tags); captions not found or not split as written",
    "id-lenient-soto-mbah-darmi-karangsari": "2 removals labelled otherwise ('Tentang penulis: Rara Anindita adalah pe ...' outside_main_content, not byline, ...)",
    "it-lenient-anello-sette-mulini": "2 lines left in the body ('📅 SAVE THE DATE – Sabato 9 novembre, “Castagne e M ...', ...); 1 removal labelled otherwise ('Tempo di lettura: 7 minuti' date, not outside_main_content)",
    "lv-lenient-lazdupes-vidusskola-renovacija": "1 line left in the body ('Raksts tulkots no mūsu portāla krievu valodas vers ...')",
    "pl-page-fotografka-podpis-zdjecia-sad": "10 removals labelled otherwise ('Kurier Brzezinowski' byline, not outside_main_content, ...)",
    "pt-page-sensor-olival-universidade": "4 removals labelled otherwise ('Universidade de Castelo Alvar' navigation, not outside_main_content, ...); captions not found or not split as written",
    "sv-lenient-skarvoleden-ny-farja": "1 line left in the body ('Hör mer i Morgonpasset på Radio Norrvik, vardagar ...'); 1 removal labelled otherwise ('▶ Lyssna på inslaget (2 min 48 s)' app_prompt, not outside_main_content)",
    "tr-page-yalikent-postasi-yorumlari-kapatiyor": "the title taken from another line (''); 8 removals labelled otherwise ('Yalıkent Postası' byline, not outside_main_content, ...)",
    # The twentieth round's 14 (none passes; scored blind at the session's start and after the nineteenth's rules, then rules made from it).
    "da-lenient-krydderi-magasin-anmeldelse-tang-og-tjaere": "1 removal labelled otherwise ('Del anmeldelsen' paywall, not share)",
    "de-page-wesertaler-rundschau-cookie-banner-urteil": "1 line left in the body ('Blitzer heute: Hier wird am Donnerstag gemessen'); 9 removals labelled otherwise ('Zum Pur-Abo: werbefrei für 3,99 € im Mon ...' paywall, not cookie_notice, ...)",
    "en-lenient-kellsbridge-chronicle-subscription-drive": "2 removals labelled otherwise ('Can't subscribe right now? A one-off gif ...' paywall, not donation, ...)",
    "en-page-tallowbark-advocate-creek-bridge-closure": "4 lines left in the body ('Organisers say safety assessments ruled out using ...', ...); 5 removals labelled otherwise ('Tallowbark Shire Council' navigation, not tags, ...)",
    "es-page-alacena-de-maruja-potaje-de-vigilia": "the title taken from another line ('La Alacena de Maruja · Cocina de casa, s ...'); 2 lines left in the body ('Este blog usa cookies propias y de terceros para a ...', ...); 6 removals labelled otherwise ('Vale, entendido' navigation, not cookie_notice, ...)",
    "et-lenient-laanekaare-leht-kulapood-suleb": "1 line left in the body ('Kadri Saar'); 3 removals labelled otherwise ('TELLIJALE' kicker, not paywall, ...)",
    "hr-lenient-kvarnerski-tjednik-berba-maslina": "2 removals labelled otherwise ('Pratite Kvarnerski tjednik i na Instagra ...' navigation, not share, ...)",
    "hu-page-alfoldi-tukor-sarhegyi-forum-bezar": "2 removals labelled otherwise ('2026. február 11., szerda – Névnap: Bert ...' date, not outside_main_content, ...)",
    "it-page-eco-del-brentella-fotografo-crediti-comune": "4 removals labelled otherwise ('Cronaca' paywall, not navigation, ...)",
    "nb-page-sunnlia-tidend-steinras-fylkesvei": "1 line left in the body ('Kvernvik: 4° lett regn · Vind 8 m/s fra sørvest'); 5 removals labelled otherwise ('Ras' navigation, not tags, ...)",
    "nl-lenient-lingewaarder-courant-nieuwe-nieuwsapp": "1 removal labelled otherwise ('#media #lokaalnieuws #oosterlinge' related, not tags)",
    "pl-page-wierzbnica24-tramwaj-na-zielone-wzgorza": "1 paragraph lost (see KNOWN_BODY_LOSS); 2 removals labelled otherwise ('Wierzbnica24.pl – Wiadomości z Wierzbnic ...' navigation, not outside_main_content, ...)",
    "pt-lenient-mochila-e-caderno-rota-das-falesias": "1 line left in the body ('Nota: este artigo contém links de afiliados. Se re ...'); 3 removals labelled otherwise ('Arquivado em: Caminhadas, Portugal, Cost ...' date, not tags, ...)",
    # The nineteenth round's 14 (one passes; scored blind at the session's start and with the session's rules to then, then rules made from it).
    "cs-lenient-hlas-vlcnicka-obec-kupila-pivovar": "2 removals labelled otherwise ('Líbí se vám, o čem píšeme? Podpořte nezá ...' paywall, not donation, ...)",
    "de-lenient-waldenauer-zeitung-cookie-banner-verordnung": "2 removals labelled otherwise ('Lesezeit: 4 Minuten' date, not outside_main_content, ...)",
    "en-lenient-ballinrue-observer-greenway-kilmurry": "2 lines left in the body ('Council pulls funding for Ballinrue swimming pool ...', ...); 4 removals labelled otherwise ('Support the Observer from €3 →' navigation, not donation, ...)",
    "en-page-wrenford-courier-print-weekly-newsletter": "4 removals labelled otherwise ('Sign in' paywall, not navigation, ...)",
    "fr-page-courrier-des-combes-photographe-droits-auteur": "1 line left in the body ('Flash info : la RD 437 coupée au col de la Joux ju ...')",
    "is-lenient-melavikurbladid-ny-sundlaug": "4 lines left in the body ('Auglýsing', ...); 2 removals labelled otherwise ('Ummæli (2)' app_prompt, not comments, ...)",
    "it-page-voce-di-valmarena-funivia-cervarolo": "5 removals labelled otherwise ('La Voce di Valmarena | Quotidiano online ...' navigation, not outside_main_content, ...)",
    "nl-page-vlietbode-dijkversterking-nieuw-gravendam": "1 line left in the body ('De dijk langs de Oude Vliet bij molen De Hoop. Een ...'); 5 removals labelled otherwise ('Word abonnee' navigation, not paywall, ...); captions not found or not split as written",
    "pt-lenient-o-ribeirense-cabaz-solidario-donativos": "1 line left in the body ('O jornalismo local precisa de si. Se gosta do que ...'); 1 removal labelled otherwise ('Quero apoiar' navigation, not donation)",
    "ro-page-gazeta-de-arineni-bilete-cod-qr": "4 removals labelled otherwise ('Actualitate' cookie_notice, not navigation, ...)",
    "sk-page-dolinsky-hlas-porodnica-vrbovany": "3 removals labelled otherwise ('Inzercia' advertisement, not navigation, ...)",
    "sv-page-sjobygdens-tidning-kommentarsfalt-stangs": "3 removals labelled otherwise ('Bli prenumerant – första månaden 9 kr' navigation, not paywall, ...)",
    # The eighteenth round's 14 (three pass; scored blind at the round's start, one did, then rules made from it).
    "da-lenient-egnsposten-limfjord-skolelukning-ulvkjaer": "1 removal labelled otherwise ('Send som mail' navigation, not share)",
    "de-page-weserberger-rundschau-qr-parken": "6 removals labelled otherwise ('Wir brauchen Ihre Zustimmung' navigation, not cookie_notice, ...)",
    "en-page-tarnfield-post-hebble-bridge-closure": "3 removals labelled otherwise ('Tom Akerfield' navigation, not byline, ...)",
    "es-page-diario-del-alto-jalon-gran-recogida-donativos": "1 line left in the body ('Diario del Alto Jalón · El periódico de la comarca'); 5 removals labelled otherwise ('Jueves, 6 de noviembre de 2025' date, not outside_main_content, ...)",
    "hu-page-korosvideki-hirlap-kommentszabalyok": "2 removals labelled otherwise ('2025. január 20., hétfő – Fábián, Sebest ...' date, not outside_main_content, ...)",
    "it-lenient-voce-del-tanaro-mostra-baldissone": "1 removal labelled otherwise ('Cultura e spettacoli' kicker, not navigation)",
    "nb-page-nordvik-posten-ferjekutt-steinsund": "5 removals labelled otherwise ('Bli abonnent: Første måned for 1 kr' navigation, not paywall, ...)",
    "pl-page-gazeta-nadwarcianska-tramwaj-przetarg": "2 removals labelled otherwise ('Szanujemy Twoją prywatność' kicker, not cookie_notice, ...)",
    "pt-page-jornal-da-planicie-seca-barragem": "1 removal labelled otherwise ('Sexta-feira, 12 de setembro de 2025' date, not outside_main_content)",
    "tr-lenient-bakircay-ekspres-zeytin-hasadi": "1 removal labelled otherwise ('Bu haberin tüm yayın hakları Bakırçay Ek ...' outside_main_content, not copyright)",
    # The seventeenth round's 14 (one passes; scored blind at the round's end, then two rules made from it).
    "de-lenient-weiltaler-rundschau-talbahn-reaktivierung": "1 removal labelled otherwise ('W+ Artikel' navigation, not paywall)",
    "el-page-foni-tou-aigaiou-afalatosi-lefkonisi": "8 removals labelled otherwise ('Η Φωνή του Αιγαίου' outside_main_content, not navigation, ...)",
    "en-lenient-kestrel-bay-gazette-print-edition-ends": "2 lines left in the body ('Dana Whitlock, Managing Editor', ...); 1 removal labelled otherwise ('LOCAL NEWS' kicker, not navigation); captions not found or not split as written",
    "en-page-northern-ledger-halloran-ferry-cuts": "2 lines left in the body ('We and our 143 partners store and/or access inform ...', ...); 11 removals labelled otherwise ('I Accept' navigation, not cookie_notice, ...); captions not found or not split as written",
    "es-lenient-diario-del-alto-segral-sequia-olivar": "the title taken from another line ('Redactora de Agricultura y Medio Ambient ...'); 2 lines left in the body ('La sequía deja al olivar del Alto Segral con la pe ...', ...); 1 removal labelled otherwise ('Rocío Benjumea' navigation, not byline)",
    "fr-page-le-veilleur-murs-de-cookies-sanction": "2 lines left in the body ('Offrir l'article', ...); 8 removals labelled otherwise ('Refuser et s'abonner' paywall, not cookie_notice, ...)",
    "hr-page-jadranski-glasnik-novi-trajekt-vranjak": "3 removals labelled otherwise ('Jadranski glasnik' cookie_notice, not navigation, ...)",
    "it-page-la-voce-di-castelmonte-museo-qr-code": "1 line left in the body ('Una visitatrice inquadra con il telefono il codice ...'); 8 removals labelled otherwise ('Museo civico' navigation, not tags, ...); captions not found or not split as written",
    "nl-page-de-rivierbode-dijkversterking-hesselkerk": "1 line left in the body ('Sanne de Vries'); 3 removals labelled otherwise ('Meer over: Hesselkerk, Waterschap Lek en ...' related, not tags, ...)",
    "pt-lenient-folha-de-vila-aurora-biblioteca-enchente-vaquinha": "3 lines left in the body ('Você chegou até aqui porque se importa com Vila Au ...', ...); 2 removals labelled otherwise ('Cidade' kicker, not navigation, ...)",
    "ro-lenient-gazeta-de-sanmihai-urgente-spital-judetean": "1 line left in the body ('Urmărește Gazeta de Sânmihai și pe canalul nostru ...')",
    "sv-page-norrviks-posten-kommentarsfaltet-stangs": "9 removals labelled otherwise ('Norrviks-Posten' cookie_notice, not navigation, ...); captions not found or not split as written",
    # The sixteenth round's 14 (none passes; blind, none did: written after the fifteenth's changes).
    "da-page-sonderfjord-avis-havnebad-udskudt": "1 line left in the body ('Havnebadet ved Pakhuskajen står klar med udsprings ...'); 7 removals labelled otherwise ('Send som e-mail' navigation, not share, ...); captions not found or not split as written",
    "de-page-kestlinger-rundschau-stadtbahn-oberweiler": "4 removals labelled otherwise ('RK+' navigation, not paywall, ...)",
    "en-lenient-harbourside-gazette-kelsworth-flood-barrier": "5 lines left in the body ('The stories shaping life along our shoreline, from ...', ...); 5 removals labelled otherwise ('Environment' kicker, not navigation, ...); captions not found or not split as written",
    "en-page-northvale-courier-subscription-price-rise": "1 paragraph lost (see KNOWN_BODY_LOSS); 5 removals labelled otherwise ('Subscribe from £1' paywall, not navigation, ...)",
    "es-page-el-eco-de-valdemora-sequia-regantes": "3 removals labelled otherwise ('El Eco de Valdemora' outside_main_content, not navigation, ...)",
    "eu-page-larrain-albisteak-zirimola-mikromezenasgoa": "7 lines left in the body ('Publizitatea', ...); 14 removals labelled otherwise ('Larrain Albisteak' outside_main_content, not navigation, ...); captions not found or not split as written",
    "fr-lenient-le-veilleur-du-morvan-prix-photojournaliste": "1 line left in the body ('Le clocher de l'ancienne église des Chaumes, émerg ...'); 1 removal labelled otherwise ('Culture' kicker, not navigation); captions not found or not split as written",
    "ga-lenient-sceala-an-iarthair-scoil-inis-fraoigh": "the title taken from another line ('Tacaigh le hiriseoireacht na Gaeltachta'); 10 lines left in the body ('Múinteoir breise do scoil Inis Fraoigh agus líon n ...', ...); 3 removals labelled otherwise ('Le Máire Ní Fhlaithearta' navigation, not byline, ...); captions not found or not split as written",
    "hu-lenient-tiszavidek-hirlap-iskolabezaras-korosgyarmat": "1 line left in the body ('Lakossági fórum a művelődési házban hétfő este'); captions not found or not split as written",
    "it-lenient-la-sentinella-di-valmarena-intervista-liutaio": "2 removals labelled otherwise ('Montecastro' kicker, not navigation, ...)",
    "nl-lenient-het-brabants-kwartier-cookieboete-webwinkel": "1 line left in the body ('Een schermafbeelding van de oude cookiebanner van ...'); captions not found or not split as written",
    "pl-page-kurier-ostrzeszynski-remont-mostu": "1 line left in the body ('Most Kolejarzy łączy Śródmieście z osiedlem Zawarc ...'); 10 removals labelled otherwise ('Szanujemy Twoją prywatność' navigation, not cookie_notice, ...); captions not found or not split as written",
    "pt-page-gazeta-do-soutelo-codigos-qr-cemiterio": "4 removals labelled otherwise ('Estatuto editorial' newsletter, not navigation, ...)",
    # The fifteenth round's 14 (three pass; blind, none did).
    "cs-page-hlas-vrchoviny-koupaliste-kamenna-lhota": "4 removals labelled otherwise ('Hlas Vrchoviny' outside_main_content, not navigation, ...)",
    "cy-lenient-y-llais-lleol-tafarn-gymunedol": "5 lines left in the body ('Hysbyseb', ...); 1 removal labelled otherwise ('Newyddion' kicker, not navigation); captions not found or not split as written",
    "de-lenient-wendenburger-allgemeine-cookie-banner-urteil": "1 removal labelled otherwise ('Verbraucherrecht' kicker, not navigation)",
    "en-lenient-harbourline-courier-inchmurran-ferry-cuts": "captions not found or not split as written",
    "en-page-kestrel-valley-gazette-digital-subscriptions": "1 paragraph lost (see KNOWN_BODY_LOSS); 4 removals labelled otherwise ('The day's top local stories, delivered f ...' related, not newsletter, ...)",
    "es-lenient-diario-de-valdemora-zona-azul-codigo-qr": "1 line left in the body ('Una de las pegatinas con código QR ya instaladas e ...'); 1 removal labelled otherwise ('Valdemora' kicker, not navigation); captions not found or not split as written",
    "fr-page-echo-de-l-ardance-boulangerie-communale": "5 removals labelled otherwise ('L'Écho de l'Ardance' cookie_notice, not navigation, ...)",
    "is-page-heradsposturinn-hladvarp-thokan": "5 lines left in the body ('Bryggjan í Hrafnsvík, þar sem Jón Einarsson sást s ...', ...); 15 removals labelled otherwise ('Við notum vafrakökur' navigation, not cookie_notice, ...); captions not found or not split as written",
    "it-page-corriere-della-valsorina-fotografo-causa-comune": "4 removals labelled otherwise ('Corriere della Valsorina' cookie_notice, not navigation, ...); captions not found or not split as written",
    "nl-page-dagblad-oost-veenland-brug-loonsdiep-dicht": "2 removals labelled otherwise ('Dagblad Oost-Veenland' outside_main_content, not navigation, ...)",
    "ro-page-curierul-de-bradu-urs-in-comuna": "2 removals labelled otherwise ('Contact' related, not navigation, ...)",
    # The fourteenth round's 14 (none passes; blind, none did: written after the thirteenth's changes).
    "de-page-rheintaler-rundschau-fotograf-klage": "a comment's text labelled outside_main_content; the thread's 'Antworten' and "
    "the footer's links labelled navigation",
    "en-lenient-harrowgate-ledger-paywall-letter": "an editor's letter about a metered paywall: two of its paragraphs explaining "
    "the wall, before the core, taken for calls to action (see KNOWN_BODY_LOSS); a photo's caption and the editor's bio left",
    "en-page-tidewater-courier-marathon-live": "a live blog: two comments left; the most-read list labelled related",
    "es-page-diario-del-sureste-cookies": "the paper's tagline labelled cookie_notice; the most-read list labelled related",
    "et-page-lounaranniku-leht-rannajutud-podcast": "6 removals labelled otherwise ('Enim loetud' related, not outside_main_content, ...)",
    "fr-lenient-petit-vauclusien-tian-recette": "the author's bio labelled outside_main_content, not byline (two lines)",
    "id-page-warta-nusantara-mangrove-karbon": "5 removals labelled otherwise ('Terpopuler' related, not outside_main_content, ...)",
    "it-lenient-gazzetta-valsorda-addio-fornaio": "a caption under its credit line ('Archivio Gazzetta di Valsorda') left",
    "lv-lenient-ezerzemes-vestnesis-liepusala": "a related heading and headline labelled qr_code and donation",
    "nl-lenient-dagblad-veenmark-qr-stickers": "3 lines left in the body ('Een van de valse stickers op een parkeerautomaat a ...', ...); 1 removal labelled otherwise ('Regio' kicker, not navigation); captions not found or not split as written",
    "pl-page-kurier-beskidzki-wywiad-ratownik": "two comments left in the body; a most-read list labelled navigation",
    "pt-page-correio-raiano-distrital-vilarinho": "8 removals labelled otherwise ('Semanário regional · Desde 1954' navigation, not outside_main_content, ...)",
    "sq-lenient-zeri-i-lugines-komentet": "Albanian, without phrase data: a caption, the share button, ad marker, 'read also' line, tags, appeal, newsletter and app prompts left (11 lines; the byline and the date go since the fifteenth round)",
    "sv-lenient-vastkustens-tidning-elcykel-test": "the section name labelled kicker; the reporter's bio labelled outside_main_content",
    # The thirteenth round's 14 (none passes; blind, none did).
    "de-page-rheinauer-tagblatt-cookie-banner-kommentar": "two comments under 'Name schrieb am ... um ...:' lines left in the body; "
    "the masthead labelled cookie_notice, the most-read heading related",
    "en-lenient-harbour-ledger-paywall-letter": "an editor's letter about a new paywall: its newsletter prompt ('... It's free — sign "
    "up here.') left; the editor's bio at the end taken for one (see KNOWN_BODY_LOSS)",
    "en-page-tricounty-courier-roofer-sentenced": "the masthead and the paper's tagline labelled cookie_notice and navigation; a "
    "section's more-from heading and the most-read heading labelled related",
    "es-page-eco-del-segura-jornada-24-regional": "the masthead labelled cookie_notice and its tagline navigation; the most-read "
    "heading labelled related",
    "fi-lenient-louhilahden-sanomat-muistokirjoitus": "1 line left in the body ('Tämä juttu on kaikille avoin. Tilaa Louhilahden Sa ...'); 2 removals labelled otherwise ('MUISTOKIRJOITUS' kicker, not navigation, ...)",
    "fr-lenient-gazette-du-vercors-tarte-myrtilles": "a share prompt ('Vous avez aimé cet article ? Partagez-le ...') labelled navigation",
    "hu-lenient-szentmartoni-naplo-kozlekedesi-app-teszt": "an app review: its one-word subheading 'Adatvédelem' (privacy) taken for "
    "a menu link (see KNOWN_BODY_LOSS); the comments prompt labelled paywall",
    "it-lenient-voce-del-montefeltro-organo-crowdfunding": "the section name labelled kicker, not navigation",
    "lv-page-gaujmalas-zinas-ledus-skanas-fizika": "a comment's text left; the comments' lines and the newsletter prompt labelled "
    "navigation (blind, Latvian was taken for Lithuanian and 14 lines stayed; it has data since)",
    "nl-lenient-veenbode-imker-interview": "an app prompt and a share prompt set into an interview left in the body",
    "pl-page-gazeta-nadwarcianska-fotoreporter-wystawa": "1 line left in the body ('Kobieta z kanarkiem, lipiec 1997. Zdjęcie, którego ...'); 4 removals labelled otherwise ('Najczęściej czytane' related, not outside_main_content, ...); captions not found or not split as written",
    "pt-page-diario-da-ria-barcos-culatra-horarios": "the masthead and its tagline labelled cookie_notice; the footer's links too",
    "ro-page-monitorul-de-craiesti-live-buget-consiliu": "the masthead labelled cookie_notice; the most-read heading related",
    # The twelfth round's 14 (none passes; blind, none did).
    "cs-page-orlicky-zpravodaj-uzavirka-mostu": "9 removals labelled otherwise ('Orlický zpravodaj' cookie_notice, not outside_main_content, ...)",
    "de-page-tagesbote-kommentarfunktion-geschlossen": "3 paragraphs lost (see KNOWN_BODY_LOSS); 3 removals labelled otherwise ('Der Tagesbote' navigation, not outside_main_content, ...)",
    "en-lenient-ledger-print-edition-returns": "a paper going back to print: the article's second half, after a newsletter box "
    "inside it, taken for furniture after the article (see KNOWN_BODY_LOSS)",
    "en-page-consumerline-fake-donation-pages": "a screenshot's caption left; the feedback poll, the membership appeal and the "
    "newsletter line labelled otherwise",
    "es-lenient-deportenorte-vuelta-liebana": "a 'Continuar leyendo' button left; an error-report link labelled app_prompt",
    "fr-lenient-carnets-menus-qr-code": "a newsletter box's opening question left ('Vous aimez mes bonnes adresses ?')",
    "gl-lenient-diariodasrias-campana-percebe": "a weather line, a poll (question, 'Si', 'Non', 'Vota agora') and an events "
    "listing left in the body (blind, Galician was taken for Spanish; it has phrase data since)",
    "hr-page-ivaniniputevi-otok-lukovnik": "the author's bio, two comments' texts and a related headline left in the body "
    "(blind, Croatian was taken for Czech and 26 lines stayed; it has phrase data since)",
    "it-page-comune-lavori-lungomare": "a council page: the attachments' and events' headings left; a feedback poll and the "
    "events labelled related",
    "lt-lenient-atradimai-gandrai-grizta-anksciau": "a caption with its credit at its end ('... (Ievos Žemaitės nuotr.)'), an "
    "alt text and an error-report line left (blind, without phrase data, 9 lines stayed; it has data since)",
    "nl-lenient-bakkersvak-energiekosten": "1 line left in the body ('Brood dat blijft verrassen: ontdek de nieuwe zuurd ...'); 2 removals labelled otherwise ('Ondernemen' kicker, not navigation, ...)",
    "pl-page-kurierkrajowy-wywiad-susza": "3 removals labelled otherwise ('Zaloguj się' paywall, not navigation, ...)",
    "pt-page-orbita-noticias-aplicacoes-mensagens": "a podcast line labelled related; the author's bio labelled byline",
    "sv-lenient-nordradion-museets-fotografer": "an audio player's line ('Lyssna på inslaget · 3:12') and an error-report link "
    "labelled navigation",
    # The eleventh round's 14 (none passes; blind, none did).
    "ca-lenient-neteja-riera-vallmajor": "an NGO's membership appeal ('Amb 5 euros al mes ens ajudes ...'), an activity listing and a "
    "second caption without a credit left in the body",
    "da-page-debat-cookies-afvis-alle": "an op-ed on cookie banners: a paragraph telling readers they need not cancel their "
    "subscription or newsletters taken for a call to action (see KNOWN_BODY_LOSS); the opinion disclaimer and the call for "
    "submissions left",
    "de-page-fernwaerme-preise-lindenfeld": "a caption under its credit ('© Stadtwerke Lindenfeld', then the caption) left in the body",
    "en-lenient-billboard-ban-castlebridge": "2 removals labelled otherwise ('4 min read' app_prompt, not date, ...)",
    "en-page-phone-ban-qr-homework-millbrook": "a caption over its credit left in the body (it is 20 words, the paragraph under "
    "the credit 39); a job ad and a correction link labelled navigation",
    "es-page-fotografa-credito-sentencia": "3 removals labelled otherwise ('DIARIO MERIDIANO' navigation, not outside_main_content, ...); captions not found or not split as written",
    "fr-lenient-tarte-tatin-coings-miel": "a recipe blog's rating request, a newsletter button ('Je m'inscris'), the author's "
    "first-person bio and an alt text left in the body",
    "it-lenient-tifosi-crowdfunding-castelvecchio": "a date line with its time ('12 luglio 2024 · ore 19:20') labelled navigation; "
    "a WhatsApp channel prompt labelled share",
    "nl-lenient-bibliotheek-boeken-doneren-hoogeveld": "1 line left in the body ('Aanmelden'); 1 removal labelled otherwise ('Heb je een tip voor de redactie? Mail na ...' byline, not outside_main_content)",
    "pl-page-ceny-zboz-skupy-luty": "a caption under its credit ('fot. Tomasz Wrona', then the caption) left; a job ad and an "
    "event listing labelled related",
    "pt-page-seca-barragens-baixo-alentejo": "the paper's tagline ('Jornal regional do Baixo Alentejo desde 1931') left; the "
    "footer's links labelled advertisement",
    "sk-page-tunel-lipova-uzavreta-d1": "a caption under its credit left in the body; a bare author name labelled navigation",
    "sv-lenient-storm-farja-installd-hoga-kusten": "a caption under its credit ('Bild: Privat', then the caption) left in the body",
    # The tenth round's 12 (2 of its 14 pass; blind, 1 did).
    "cs-page-palava-na-kole": "the menu ('Domů Tipy na výlety Hory Voda ...') and two captions without a credit left in the body",
    "en-lenient-sentinel-metered-paywall": "a newsletter sign-up after the article labelled outside_main_content, not newsletter",
    "es-lenient-lentejas-con-chorizo": "a recipe blog's rating line, an Instagram tag request and the author's first-person bio left "
    "in the body; the byline with its date labelled date",
    "fi-lenient-aalto-sound-kuulokkeet-testi": "2 lines left in the body ('Laitelehti saattaa saada komission, jos ostat tuot ...', ...)",
    "fr-page-boucles-aveyron-etape": "an unlabelled tag line labelled related, not tags",
    "hu-lenient-hirlevel-velemeny": "an opinion piece on newsletters: the section name labelled kicker, not navigation",
    "it-page-barbiere-modena-recensione": "the breadcrumb ('Opera › Recensioni') labelled cookie_notice, not navigation",
    "nb-page-mikroplast-fjellvann-jotunheimen": "a related headline left; the publisher's line labelled copyright",
    "nl-page-nep-qr-codes-parkeerautomaten": "an app prompt and an unlabelled tag line labelled navigation; the site's address labelled byline",
    "pl-page-mleczarnia-olsztynek-inwestycja": "the caption above a credit left in the body; the publisher's line labelled copyright",
    "pt-lenient-obituario-fotografo-coimbra": "a portrait's caption and its credit ('DR/Arquivo de família') left in the body",
    # The ninth round's 7 (7 of its 14 pass).
    "en-lenient-sourdough-starter-revival": "a second image caption, with no credit beside it, left in the body",
    "es-page-remontada-sierra-norte": "a live-score line over the headline ('En directo: Alcazaba 2-3 Sierra Norte (Final)') left in the body",
    "fi-page-omatoimikirjasto-kirkonkyla": "2 removals labelled otherwise ('Tilaajille' navigation, not paywall, ...)",
    "fr-page-amendes-bandeaux-cookies": "a 'same subject' line of tags labelled related, not tags",
    "it-lenient-anello-val-di-funes": "an affiliate disclosure and a second caption with no credit left in the body; the tags line labelled navigation",
    "nl-page-aardwarmte-westland-telers": "an unlabelled tags line and a job listing labelled navigation",
    "tr-lenient-izmir-bisikletle-ise-gitmek": "the byline with its date and reading time labelled date; a related line labelled navigation",
    # The eighth round's 8 (6 of its 14 pass).
    "cs-page-obnova-dolejsiho-rybnika": "the menu labelled advertisement (it lists 'Inzerce'); a bare author name and a comments count labelled navigation",
    "de-page-radweg-b27-lueckenschluss": "an audio player's line ('Audio: Beitrag anhören (2:14 min)') left in the body; an 'enlarge image' "
    "button labelled credit; a radio promotion labelled related",
    "en-page-regional-publisher-subscription-price": "an article about subscriptions: the site's paywall line after it ('This article is "
    "free to read. Subscribe ...') left in the body; a subscribe link labelled navigation, a newsletter box outside_main_content",
    "nl-page-misleidende-cookiebanners": "headline not found; a share line labelled navigation; a related headline about cookies labelled paywall",
    "pt-lenient-linha-douro-transbordo": "the topics line labelled outside_main_content, not tags",
    "de-lenient-quelmtalbruecke": "an image's alt text and its caption above the credit left in the body; an app prompt "
    "('Immer auf dem Laufenden: Mit der WRF-App ...') and a broadcast line ('Sendung: WRF 2, ...') left",
    "de-page-cookie-banner-studie": "an article about consent banners whose headline reads as prose (it ends on a closing quote): "
    "the menu above it is taken for the headline, and the byline, date and a paywall note under it stay",
    "en-lenient-library-amnesty": "an image's alt text left; the credit under the caption labelled credit, listed as a caption",
    "en-lenient-pantry-winter-appeal": "a back link left; the charity's registration and copyright line labelled caption "
    "(its '© 2024 ...' read as a trailing credit)",
    "en-page-seafloor-microbes": "1 removal labelled otherwise ('Strata Science News' navigation, not outside_main_content)",
    "es-page-salmorejo-remolacha": "a recipe's time and servings line kept; the footer's legal links labelled cookie_notice, not navigation",
    "fr-lenient-photographe-credit": "an image's alt text listed as a caption; the photographer's portrait caption paired with no credit",
    "nl-lenient-regentonnen-volkstuin": "an alt text, a second caption and a blog's tip-jar paragraph left; share, related and "
    "tip-jar lines removed under other labels",
    "pt-page-bicicleta-eletrica": "an affiliate disclosure inside the review and its score line left; a price button and the footer labelled "
    "related and advertisement",
    "tr-page-zeytin-hasadi": "1 line left in the body ('Selin Karataş - Sedirova'); 1 removal labelled otherwise ('Künye İletişim Gizlilik Politikası KVKK ...' cookie_notice, not navigation)",
    "de-page-qr-parkautomaten": "the skip link left; the site's name labelled kicker; a press-release list after the article labelled navigation and qr_code, not related",
    "en-page-ereader-review": "a price-comparison line ('... $189.00 at Orchard Books | ... | See all prices') left in the body",
    "es-lenient-potaje-garbanzos": "an image's alt text with no credit left in the body; an affiliate aside and the author's bio left; the skip link labelled kicker",
    "es-page-huelga-puerto": "a caption with no credit left; the wire sign-off '(Información de ...; editado por ...)' left; the menu labelled outside_main_content",
    "fr-page-photographe-credits": "the subscribe/log-in row labelled navigation, not paywall",
    "it-lenient-rifugio-laghi": "an alt text far from its credit left; the affiliate disclosure, an affiliate aside and the author's bio left in the body",
    "nl-page-cookiemelding-gemeente": "an article about a cookie banner: the skip link, the site's name, the subscribe row and the footer's links under other labels",
    "pl-lenient-stal-wiselka": "a bare author name under the standfirst, an app prompt and a betting advertisement left in the body",
    "pt-page-secadores-cafe": "an event advertisement left in the body; the skip link and the site's name labelled kicker and cookie_notice",
    "ro-page-lilieci-pestera": "the site's name under the consent buttons labelled cookie_notice, not navigation",
    "de-lenient-fachmagazin-waermepumpen": "boilerplate left in the body; expected removals missing",
    "en-lenient-adversarial-paywall-county-paper": "boilerplate left in the body; expected removals missing",
    "en-lenient-wire-ferry-engine-fire": "1 removal labelled otherwise ('Point your phone's camera at the square ...' share, not qr_code)",
    "en-page-live-rugby-semifinal": "headline not found; boilerplate left in the body; expected removals missing",
    "en-page-review-espresso-grinder": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "fr-page-ong-pesticides-riviere": "boilerplate left in the body; expected removals missing",
    "pt-page-camara-ciclovia": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "en-lenient-local-harbour-tunnel": "boilerplate left in the body; expected removals missing",
    "en-lenient-magazine-glass-furnace": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "en-lenient-wire-grain-corridor": "caption and credit not paired",
    "en-page-gov-flood-grants": "boilerplate left in the body; expected removals missing",
    "en-page-live-cup-final": "boilerplate left in the body; expected removals missing",
    "fr-page-magazine-theatre-de-rue": "boilerplate left in the body; expected removals missing",
    "pt-page-portal-autocarro-braga-guimaraes": "boilerplate left in the body; expected removals missing",
    "de-page-rundfunk-lahnau-hochwasser": "boilerplate left in the body; expected removals missing",
    "en-page-wire-danube-wheat-forecast": "boilerplate left in the body; a copyright line taken as a caption; expected removals missing",
    "es-page-ong-informe-donaciones": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "fr-lenient-festival-marionnettes-valbrune": "boilerplate left in the body; expected removals missing",
    "fr-page-piste-cyclable-saint-aubin": "headline not found; boilerplate left in the body; expected removals missing",
    "it-page-comune-acquedotto-lavori": "6 removals labelled otherwise ('Tempo di lettura: 3 min' date, not outside_main_content, ...)",
    "nl-page-vakblad-warmtebuffers-westland": "boilerplate left in the body; expected removals missing",
    "de-page-kesselbrueck-deichbau": "headline not found; boilerplate left in the body; expected removals missing",
    "en-lenient-talvera-port-strike": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "en-page-metered-paywall-strategy": "boilerplate left in the body; expected removals missing",
    "en-page-millbrook-bridge-closure": "12 removals labelled otherwise ('Tags: Transport, Hollowmere Council, Roa ...' tags, not navigation, ...)",
    "es-lenient-potaje-garbanzos-bacalao": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "es-page-almenara-derbi-remontada": "12 removals labelled otherwise ('Lo más leído' related, not outside_main_content, ...)",
    "fr-lenient-restauration-velo-vernaudin": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "fr-page-valmorency-bourdons-alpins": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "nl-page-veltra-aero-14-review": "headline not found; body lost (see KNOWN_BODY_LOSS); expected removals missing",
    "pt-page-mutirao-mangue-itaqueruca": "4 removals labelled otherwise ('Instituto Mangue Vivo – CNPJ 12.345.678/ ...' navigation, not outside_main_content, ...)",
    "sv-lenient-ljungvik-meroppet-bibliotek": "the publisher's line ('Ansvarig utgivare: ...') labelled copyright, not outside_main_content",
    # Since the engine extracts: a sign-up box's line above its button, without a cue word, is kept.
    # The fifth round's 14, written held out (scored as totals, read where body was lost).
    "da-page-ryslev-haandbold-semifinale": "a numbered most-read list after the article and an app prompt left in the body; the comments prompt labelled paywall",
    "de-lenient-dinkel-sauerteigbrot": "boilerplate left in the body; caption and credit not paired; expected removals missing",
    "de-page-lindenau-radwege-ringstrasse": "body lost (see KNOWN_BODY_LOSS); expected removals missing",
    "en-lenient-northmoor-paywall-meter": "a newsletter sign-up after the article labelled outside_main_content, not newsletter",
    "en-lenient-sonira-earbuds-review": "headline not found; boilerplate left in the body; caption and credit not paired; expected removals missing",
    "en-page-ravensey-ferry-sailings": "1 removal labelled otherwise ('Another step towards turning Ravensey in ...' navigation, not comments)",
    "fr-page-glacier-vaudiere": "the title taken from another line ('Vos choix concernant les cookies'); 3 lines left in the body ('Recevez la lettre d’Horizons Sciences', ...); 1 removal labelled otherwise ('S’abonner' navigation, not paywall)",
    "it-page-sciopero-treni-novembre": "boilerplate left in the body; expected removals missing",
    "nl-lenient-eerste-marathon": "headline not found; boilerplate left in the body; caption and credit not paired; expected removals missing",
    "pl-page-fenstal-zwolnienia": "2 removals labelled otherwise ('Kup subskrypcję' navigation, not paywall, ...)",
    "pt-lenient-aldeia-vale-sorgaco": "boilerplate left in the body; caption and credit not paired; expected removals missing",
}
#: Known gaps that lose body text, and what they lose. Strict too: the test below fails
#: once such a case keeps its whole body, so the entry must go.
KNOWN_BODY_LOSS = {
    "de-page-elbtal-freiwilliger-beitrag": "an editor's request closing her letter on why the paper asks for voluntary "
    "contributions ('Unterstützen Sie uns also bitte, wenn Sie können. ...'), taken for the appeal it explains (round 34, blind)",
    "nl-lenient-influencers-reclameregels": "a subheading of an article about advertising rules that asks its question "
    "with the ad label's word ('Advertentie of advies?'), taken for an ad label (round 34, blind)",
    "ro-lenient-piata-cibin-sibiu": "the standfirst, taken for the headline: the core starts a paragraph late (the first "
    "paragraph's common words are 10% of it, under prose's 12%: the Romanian list lacks 'de', 'la', 'a', 'se', shared with "
    "other languages), so the walk back skips the first paragraph as the standfirst and takes the standfirst for the headline",
    "en-page-gazette-metered-paywall": "the editor's two closing paragraphs on the paywall ('We are not adding a donation button "
    "...', 'If you have questions, email me directly ...'), taken for a donation appeal and a prompt after the article",
    "sv-page-region-fake-qr-codes": "a subheading of an article about fake QR codes that speaks to the reader ('Så känner du igen "
    "en falsk QR-kod'), taken for a call to scan: the tips under it share none of its words",
    "da-page-council-fake-qr-codes": "a subheading of an article about fake QR codes that asks the reader ('Har du scannet en "
    "falsk QR-kode?'), taken for a call to scan",
    "ro-page-strangere-fonduri-scoala": "the fundraiser's bank account line at the article's end ('Cont pentru donații: RO29 "
    "BTRL ...'), taken for the first of the headlines in a row under it",
    "pl-page-wierzbnica24-tramwaj-na-zielone-wzgorza": "an item of the article's list of the tram's stops ('Leśna – Przychodnia'), "
    "taken for a menu's line",
    "en-page-northvale-courier-subscription-price-rise": "the editor's closing paragraph about a price rise ('I hope you will stay "
    "with us. If you have questions about your subscription ... my inbox is open'), taken for a newsletter prompt",
    "en-page-kestrel-valley-gazette-digital-subscriptions": "an editor's paragraph on the free newsletter ('If you sign up for our "
    "free morning newsletter, you will still get the day's top headlines in your inbox ...'), taken for a sign-up prompt",
    "en-lenient-harrowgate-ledger-paywall-letter": "two paragraphs of an editor's letter explaining the new wall ('Every reader "
    "will be able to read four articles a month ...', 'When the box appears, it will say ...'), before the core: calls to action",
    "en-lenient-harbour-ledger-paywall-letter": "the editor's bio closing her letter ('Dolores Fenwick has been editor of the Harbour "
    "Ledger since 2016. ...'), taken for an author's bio after the article (the twelfth round's writer labelled such a bio "
    "outside_main_content, the thirteenth's kept it)",
    "hu-lenient-szentmartoni-naplo-kozlekedesi-app-teszt": "a one-word subheading naming a menu link's word ('Adatvédelem', privacy)",
    "de-page-tagesbote-kommentarfunktion-geschlossen": "a letter's paragraph on what changes for readers' accounts (five cue "
    "words), its closing request ('Schreiben Sie uns') and the sign-off ('Ihre Katharina Vogelsang')",
    "en-lenient-ledger-print-edition-returns": "ten blocks after a newsletter box set into the article (prices, 'How to subscribe', "
    "the closing lines): the article's core ends at the box",
    "da-page-debat-cookies-afvis-alle": "an op-ed's paragraph addressing its readers ('Du behøver ikke at slette appen, opsige dit "
    "abonnement eller melde dig ud af alle nyhedsbreve'), its cue words (newsletters weigh 2) read as a call to action",
    "nl-page-veltra-aero-14-review": "a review's pros and cons after its conclusion ('Pluspunten', 'Laag gewicht en stevige behuizing', ...): "
    "seven short lines after the core, removed as navigation",
    "de-page-lindenau-radwege-ringstrasse": "a press release's closing paragraph pointing to a web address ('... veröffentlicht') taken for a date line",
}


def _input(case: Path) -> bytes:
    (path,) = [p for p in case.iterdir() if p.name.startswith("input.")]
    return path.read_bytes()


def _param(case: Path) -> object:
    gap = KNOWN_GAPS.get(case.name)
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_sample(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    doc = clean(_input(case))
    if "title" in expected:
        assert doc.title == expected["title"]
    assert [b.text for b in doc.blocks] == expected["paragraphs"]
    if "captions" in expected:
        assert [b.text for b in doc.captions] == expected["captions"]
    removed = {(b.label, b.text) for b in doc.removed}
    for item in expected.get("removed", []):
        assert (item["label"], item["text"]) in removed, f"not removed as {item['label']}: {item['text']!r}"
    if expected.get("adversarial"):
        # Page furniture (markup, extraction), structure (byline, kicker, captions) and the
        # boilerplate the case lists are not the article; the exact paragraph
        # check above still guards the body.
        assert _unexpected_removals(doc, expected) == [], doc.explain()


def _unexpected_removals(doc: object, expected: dict) -> list:
    """Removed blocks of an adversarial case that are neither structure nor the boilerplate and captions it lists.

    A whole page's text (shape ``page``) around such an article may also lose
    page furniture it does not list; its paragraphs are checked one by one all
    the same.
    """
    if expected.get("shape") == "page":
        return []
    listed = {item["text"] for item in expected.get("removed", [])} | set(expected.get("captions", []))
    return [
        b
        for b in doc.removed  # type: ignore[attr-defined]
        if b.removed_by not in EXTRACTION_STEPS and b.label not in STRUCTURE_LABELS and b.text not in listed
    ]


def test_there_are_enough_samples() -> None:
    assert len(CASES) >= 30
    assert sum(json.loads((c / "expected.json").read_text())["adversarial"] is True for c in CASES if "adversarial" in json.loads((c / "expected.json").read_text())) >= 8


def test_known_gaps_never_lose_body() -> None:
    """The cases with known gaps still keep every expected paragraph, in order (but those of
    `KNOWN_BODY_LOSS`, which must lose some), and the adversarial ones whole."""
    for case in CASES:
        if case.name not in KNOWN_GAPS:
            continue
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        doc = clean(_input(case))
        kept = [b.text for b in doc.blocks]
        whole = [p for p in kept if p in expected["paragraphs"]] == expected["paragraphs"]
        assert whole != (case.name in KNOWN_BODY_LOSS), case.name
        if expected.get("adversarial") and case.name not in KNOWN_BODY_LOSS:  # that loss is listed there
            assert [b.text for b in _unexpected_removals(doc, expected) if b.removed_by != "markup_signals"] == [], case.name


def test_removed_blocks_carry_the_labels_the_steps_give_not_raw_cue_categories() -> None:
    """Date and author cues label a block ``date`` or ``byline`` (as the metadata steps do), never ``metadata_line``."""
    labels = {b.label for case in CASES for b in clean(_input(case)).removed}
    assert "date" in labels and "byline" in labels
    assert "metadata_line" not in labels
