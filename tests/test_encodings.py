"""Pages in legacy encodings come out as the right text.

Bytes are read by byte-order mark, then ``<meta charset>`` / ``http-equiv``,
then detection; each script below is checked with each way of declaring it,
and without any declaration (detection on a realistic amount of text).
"""

from __future__ import annotations

import codecs

import pytest

from cleantext import clean
from cleantext.ingest.decode import decode_bytes

# Two real paragraphs per script, and the codec (and the label pages use for it).
TEXTS: dict[str, tuple[str, str, str]] = {
    "windows-1252": (
        "cp1252",
        ("Le ministre a déclaré mardi que les négociations étaient terminées. « C’est fini », a-t-il dit, "
        "et l’été prochain coûtera 5 € de plus aux ménages — une décision très critiquée."),
        "Über die Straße gingen Mädchen und Jungen, als der Bürgermeister die Öffnung der Brücke verkündete.",
    ),
    "shift_jis": (
        "cp932",
        "日本の首相は火曜日、新しい経済対策を発表した。政府は来年度の予算案で、子育て支援と防衛費の増額を柱とする方針を示した。",
        "記者会見で首相は「国民の生活を守るため、あらゆる手段を尽くす」と述べ、野党は財源が不透明だと批判した。",
    ),
    "gb18030": (
        "gb18030",
        "国务院总理周二宣布了新的经济刺激计划。政府表示，明年的预算将重点支持教育、医疗和基础设施建设。",
        "多位经济学家认为，这一计划有助于稳定就业，但也提醒地方政府债务风险仍然值得关注。",
    ),
    "koi8-r": (
        "koi8_r",
        ("Министр заявил во вторник, что переговоры завершены. Правительство представит новый бюджет в следующем месяце, "
        "сообщили журналисты после заседания."),
        "По словам экспертов, решение поможет снизить инфляцию, однако цены на продукты всё ещё растут.",
    ),
    "windows-1251": (
        "cp1251",
        "Президент подписал закон о поддержке малого бизнеса. Документ вступит в силу с первого января следующего года.",
        "Представители отрасли приветствовали это решение, но попросили упростить порядок получения льгот.",
    ),
    "iso-8859-2": (
        "iso8859_2",
        ("Minister powiedział we wtorek, że rozmowy zakończyły się porozumieniem. Rząd przedstawi nowy budżet w przyszłym "
        "miesiącu, a samorządy dostaną więcej pieniędzy na szkoły."),
        "Opozycja skrytykowała plan, twierdząc, że źródła finansowania są niejasne i że żółte kartki dostaną łódzkie ośrodki.",
    ),
    "iso-8859-7": (
        "iso8859_7",
        ("Ο υπουργός δήλωσε την Τρίτη ότι οι διαπραγματεύσεις ολοκληρώθηκαν. Η κυβέρνηση θα παρουσιάσει νέο προϋπολογισμό "
        "τον επόμενο μήνα."),
        "Σύμφωνα με τους οικονομολόγους, τα μέτρα θα βοηθήσουν τις μικρές επιχειρήσεις να ανακάμψουν.",
    ),
    "iso-8859-9": (
        "cp1254",
        ("Bakan salı günü müzakerelerin tamamlandığını söyledi. Hükümet gelecek ay yeni bütçeyi açıklayacak ve "
        "belediyelere daha fazla kaynak ayıracak."),
        "Muhalefet, planın finansmanının belirsiz olduğunu öne sürerek İstanbul'daki projelerin ertelendiğini hatırlattı.",
    ),
    "euc-kr": (
        "cp949",
        "대통령은 화요일 새로운 경제 대책을 발표했다. 정부는 내년 예산안에서 교육과 의료 지원을 늘리겠다고 밝혔다.",
        "야당은 재원 마련 방안이 불분명하다며 비판했고, 전문가들은 물가 상승을 우려했다.",
    ),
    "big5": (
        "big5hkscs",
        "行政院長週二宣布新的經濟振興方案。政府表示，明年的預算將重點支持教育、醫療與基礎建設。",
        "多位學者認為，這項方案有助於穩定就業，但也提醒地方財政壓力仍然值得關注。",
    ),
}
DECLARATIONS = {
    "meta_charset": '<meta charset="{label}">',
    "http_equiv": '<meta http-equiv="Content-Type" content="text/html; charset={label}">',
    "xml_declaration": '<?xml version="1.0" encoding="{label}"?>',
}


def _page(label: str, first: str, second: str, declaration: str = "") -> str:
    head = declaration.format(label=label)
    if head.startswith("<?xml"):
        return f"{head}<html><head><title>Nachrichten</title></head><body><article><p>{first}</p><p>{second}</p></article></body></html>"
    return f"<html><head>{head}<title>Nachrichten</title></head><body><article><p>{first}</p><p>{second}</p></article></body></html>"


@pytest.mark.parametrize("label", sorted(TEXTS))
@pytest.mark.parametrize("how", sorted(DECLARATIONS))
def test_declared_encoding(label: str, how: str) -> None:
    codec, first, second = TEXTS[label]
    data = _page(label, first, second, DECLARATIONS[how]).encode(codec)
    assert [b.text for b in clean(data).blocks] == [first, second]


@pytest.mark.parametrize("label", sorted(TEXTS))
def test_detected_encoding_without_declaration(label: str) -> None:
    codec, first, second = TEXTS[label]
    # Detection needs a realistic amount of text: an article, not a line.
    paragraphs = [first, second] * 3
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    text, _ = decode_bytes(page.encode(codec))
    assert first in text and second in text


@pytest.mark.parametrize("label", sorted(TEXTS))
def test_plain_text_bytes(label: str) -> None:
    codec, first, second = TEXTS[label]
    text, _ = decode_bytes(("\n\n".join([first, second] * 3)).encode(codec))
    assert first in text and second in text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"])
def test_utf16_32_with_and_without_bom(codec: str) -> None:
    first = TEXTS["koi8-r"][1]
    second = TEXTS["shift_jis"][1]
    page = _page("utf-8", first, second, '<meta charset="{label}">')
    data = page.encode(codec)  # "utf-16"/"utf-32"/"utf-8-sig" write a BOM; the -le/-be forms do not
    assert [b.text for b in clean(data).blocks] == [first, second]


def test_meta_declaring_utf16_on_utf8_bytes_is_ignored() -> None:
    first, second = TEXTS["windows-1252"][1:]
    data = _page("utf-16", first, second, '<meta charset="{label}">').encode("utf-8")
    assert [b.text for b in clean(data).blocks] == [first, second]


def test_lying_meta_charset() -> None:
    first, second = TEXTS["windows-1252"][1:]
    # Declares windows-1252 but is UTF-8: valid non-ASCII UTF-8 wins.
    data = _page("windows-1252", first, second, '<meta charset="{label}">').encode("utf-8")
    assert [b.text for b in clean(data).blocks] == [first, second]
    # Declares UTF-8 but is windows-1252: undecodable, so detected.
    data = _page("utf-8", first, second, '<meta charset="{label}">').encode("cp1252")
    assert [b.text for b in clean(data).blocks] == [first, second]
    # Declares Shift_JIS but is KOI8-R.
    codec, ru1, ru2 = TEXTS["koi8-r"]
    data = _page("shift_jis", ru1, ru2, '<meta charset="{label}">').encode(codec)
    text = clean(data).text
    assert "\ufffd" not in text or ru1 in text  # never a crash; readable when detection can tell


def test_mixed_encodings_keep_the_utf8_and_read_stray_bytes_as_cp1252() -> None:
    first, second = TEXTS["windows-1252"][1:]
    data = _page("utf-8", first, "", "").encode("utf-8").replace(b"<p></p>", b"<p>" + second.encode("cp1252") + b"</p>")
    doc = clean(data)
    assert [b.text for b in doc.blocks] == [first, second]


@pytest.mark.parametrize(
    "label",
    ["undefined", "unicode_escape", "raw_unicode_escape", "utf-7", "punycode", "idna", "rot13", "base64", "hex", "zlib", "x-unknown"],
)
def test_hostile_or_unknown_charset_labels(label: str) -> None:
    body = "The mayor said the bridge will reopen in spring. \\u0041 +AGEAYgBj- café costs 5 €."
    data = f'<meta charset="{label}"><p>{body}</p>'.encode()
    assert clean(data).text == body


def test_web_encoding_aliases_follow_browsers() -> None:
    # Pages labelled ISO-8859-1 use windows-1252's extra characters (curly quotes, €).
    data = '<meta charset="iso-8859-1"><p>“Quoted” – 5 € for the café</p>'.encode("cp1252")
    assert clean(data).text == "“Quoted” – 5 € for the café"
    # Shift_JIS labels mean Windows-31J (NEC/IBM extensions such as ① and ～).
    data = '<meta charset="Shift_JIS"><p>会議は①から始まり、午後～夜まで続いた。</p>'.encode("cp932")
    assert clean(data).text == "会議は①から始まり、午後～夜まで続いた。"


def test_every_bom() -> None:
    text = "<p>Zürich: Der Stadtrat hat am Dienstag beschlossen, die Brücke zu sanieren.</p>"
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ):
        assert clean(bom + text.encode(codec)).text == text[3:-4], codec
