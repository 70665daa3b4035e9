"""Ukrainian and Russian strike vocabulary: attack cues, casualty figures, relative dates,
attackers and targets in Cyrillic text.

The English helpers (``triggers``, ``counts``, ``dates``, ``actors``, ``targets``) read
English phrasing; Ukrainian and Russian inflect every word, so their cues are matched here
by stem and handed back as plain values the helpers turn into their own results. Every
function takes folded text (``casefold.fold``: lower-cased, same offsets) and is only
called on text that ``is_cyrillic``, so English text never pays for these patterns.

The same discipline as in English: an attack word only reports a strike with a means of
attack (missile, drone, shelling...) or as one by itself ("обстріл", "авіаудар"); a bare
"удар" / "вибух" counts as ``other_attack`` only in an armed context; future, conditional
and denied attacks and non-strike contexts (exercises, labour strikes, sport, weather,
anniversaries, gas explosions) give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
# The UTF-8 lead bytes of U+0400-U+04FF: a text holds one if and only if it holds such a letter.
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_APOS = "['’ʼ]"  # Ukrainian writes the apostrophe three ways: п'ять, п’ять, пʼять


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` is written in Cyrillic: it has more Cyrillic letters than Latin ones
    (an English report may quote a Cyrillic name, "СУМИ / SUMY —"). ASCII text, most
    English, is told in C at no cost."""
    if text.isascii():
        return False
    encoded = text.encode()  # then a byte search in C: a regex scan costs several times more
    for lead in _CYRILLIC_LEADS:
        if lead in encoded:
            return len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text))
    return False


def _words(pattern: str) -> re.Pattern[str]:
    """``pattern`` as whole words (it may end inside one with ``\\w*``)."""
    return re.compile(rf"(?<![\w'’ʼ-])(?:{pattern.replace(chr(39), _APOS)})(?![\w'’ʼ])")


# --- attack cues -----------------------------------------------------------------------

# Munitions, by event type (most specific first, as ``triggers._MEANS``).
_MEANS = (
    ("drone", _words(r"дрон\w*|безпілотн\w*|беспилотн\w*|бпла|шахед\w*|шахід\w*|герань|"
                     r"герані\w*|fpv|камікадзе|камикадзе|квадрокоптер\w*|ланцет\w*")),
    ("air_strike", _words(r"авіаудар\w*|авиаудар\w*|авіабомб\w*|авиабомб\w*|авіанальот\w*|"
                          r"авианал[её]т\w*|бомб(?!осхов|оубеж)\w*|каб(?:и|ів|ами|ом|ов|ах)?|"
                          r"фаб(?:и|ами)?|умпк")),
    ("missile", _words(r"ракет\w*|балістик\w*|балістичн\w*|баллистик\w*|баллистическ\w*|"
                       r"крилат\w*|крылат\w*")),
    ("shelling", _words(r"обстр[іе]л\w*|артилер\w*|артиллер\w*|міномет\w*|миномет\w*|рсзв|"
                        r"рсзо|реактивн\w*|снаряд\w*|гаубиц\w*|залп\w*|танков\w*")),
)  # fmt: skip
_PLATFORMS = _words(
    r"літак\w*|самол[её]т\w*|вертол[іьё]т\w*|авіаці\w*|авиаци\w*|"
    r"винищувач\w*|истребител\w*"
)
# Rockets of a multiple rocket launcher are shelling, not missiles.
_MLRS = _words(r"рсзв|рсзо|реактивн\w*|град\w*|ураган\w*|смерч\w*")
# Means that are an attack by themselves ("обстріл Харкова", "авіаудар по місту").
_SELF_ATTACK = re.compile(r"обстр|авіаудар|авиаудар|бомбардув|бомбардир|авіанал|авианал")
# Words that are an attack once a means is named in the sentence.
# (not a reflexive verb: "самолёт жёстко ударился о полосу", the plane hit the runway)
_ATTACK = _words(
    r"удар(?!\w*с[яь]\b)\w*|вдар(?!\w*с[яь]\b)\w*|атак(?!амс)\w*|влуч\w*|поціл\w*|попа(?:л|дан|д)\w*|уразил\w*|"
    r"уражен\w*|поражен\w*|вибух\w*|взрыв\w*|прил[іе]т\w*|обстр[іе]л\w*|бомбил\w*|бомбят|"
    r"бомбардув\w*|бомбардир\w*|гат(?:ив|или|ила|ять|ить|ит|ят)|скинул\w*|скинув|сбросил\w*|"
    r"запуст\w*|випуст\w*|выпуст\w*|завдал\w*|завдав|нанесл\w*|нанес|пошкод\w*|поврежд\w*|зруйн\w*|"
    r"руйну\w*|разруш\w*|загин\w*|загибл\w*|погиб\w*|вбил\w*|вбив\w*|вбит\w*|убил\w*|убив\w*|"
    r"убит\w*|поранен\w*|поранил\w*|ранен\w*|ранил\w*|постражд\w*|пострадал\w*|травмован\w*|"
    r"пожеж\w*|пожар\w*|атакує|атакуют|"
    # a munition that burst ("снаряды разорвались во дворах", "начали рваться снаряды") or
    # hit ("мина угодила в супермаркет"); not what fell: "уламки впали" may be debris of one
    # shot down
    r"разорвал\w*|разорвав\w*|розірвал\w*|розірвав\w*|рва(?:ть|ться|лись|лися|лась|лся)|"
    r"рвут(?:ся|ься)|рвуться|угодил\w*|угодив|"
    # ... or crashed into: "беспилотный летательный аппарат врезался в жилой дом"
    r"врезал\w*|врізал\w*|врізав\w*|"
    # ... or brought a building down: "российская ракета обрушила часть девятиэтажного дома"
    r"обрушил[аио]?|обрушив|обвалил[аио]?|"
    # a drone that fell on what it hit ("беспилотник упал на территорию завода"; not on the
    # ground, nor debris: ``_FALLEN``)
    r"(?:упал[аи]?|упав|впал[аи]?|впав|рухнул[аи]?|рухнув)\s+на\s+(?:территори|дах|крыш|будин|"
    r"жил|дом|здани|предприят|підприєм|завод|об'єкт|объект|склад|нпз|нефтебаз|нафтобаз|"
    r"\w*поверхів|\w*этажк|\w*етажк|\w*поверхівк|багатоповерх|многоэтаж|висотк|высотк)\w*"
)
# What falls ("упал", "впав") is the attacker's means unless it is debris ("уламки впали на дах").
_FALLEN = re.compile(r"упал|упав|впал|впав|рухну")
_DEBRIS = ("уламк", "обломк")
_ON_A_HOME = re.compile(
    r"на\s+(?:жил|дом|будин|\w*поверхів|\w*этажк|\w*етажк|багатоповерх|многоэтаж|висотк|высотк)"
)
# Attack words that report a strike with no named means (-> other_attack).
_BARE = _words(
    r"атак(?!амс)\w*|удар(?!н|\w*с[яь]\b)\w*|вдари(?!\w*с[яь]\b)\w*|вибух\w*|взрыв\w*|"
    r"влучан\w*|влучил\w*|влучив|попадани\w*|прил[іе]т\w*|теракт\w*|підрив\w*|"
    r"подрыв\w*|обстріл\w*|обстрел\w*|"
    # under fire ("Дебальцево уже несколько дней находится под огнём")
    r"под\s+огн[её]м|під\s+вогнем"
)
_EXPLOSION = re.compile(r"вибух|взрыв|підрив|подрыв")
_ARMED = _words(
    r"військ\w*|войск\w*|армі\w*|арми[яиюей]\w*|окупант\w*|оккупант\w*|ворог\w*|"
    r"ворож\w*|противник\w*|зсу|всу|бойовик\w*|боевик\w*|терорист\w*|"
    # (Russia as a side, not a civil agency's: "сообщило МЧС России", "МВД России")
    r"військов\w*|военн\w*|рашист\w*|ппо|пво|росі\w*|(?<!мчс\s)(?<!мвд\s)(?<!дснс\s)росс\w*|"
    r"рф|укронацист\w*|"
    r"неонацист\w*|укровоен\w*"
)
# A stem one of which every match of _ATTACK / _BARE holds: most text has none.
_ANY_CUE = (
    "удар", "вдар", "атак", "влуч", "поціл", "попа", "уразил", "ураж", "пораж", "вибух",
    "взрыв", "приліт", "прилет", "обстр", "бомб", "гат", "скину", "сброс", "запуст", "випуст",
    "выпуст", "завда", "нанес", "пошкод", "поврежд", "зруйн", "руйну", "разруш", "загин",
    "загибл", "погиб", "вбил", "вбив", "вбит", "убил", "убив", "убит", "поранен", "поранил",
    "ранен", "ранил", "постражд", "пострадал", "травмован", "пожеж", "пожар", "теракт", "підрив",
    "подрыв", "разорва", "розірва", "рва", "рвут", "угоди", "под огн", "під вогн", "упал",
    "упав", "впал", "впав", "рухну", "врезал", "врізал", "врізав", "обруш", "обвал",
)  # fmt: skip
# Irrealis, denial, requests: the attack did not (yet) happen or is contested.
_IRREALIS = _words(
    r"може|можуть|может|могут|міг|мог|могли|змож\w*|смож\w*|би|бы|погрож\w*|пригроз\w*|"
    r"загрожу\w*|угрожа\w*|угрози\w*|план\w*|намага\w*|намір\w*|намерен\w*|пыта\w*|спроб\w*|"
    r"попыт\w*|якщо|если|буде|будуть|будет|будут|готу\w*|готов\w*|збира\w*|собира\w*|хоче\w*|"
    r"хочет|хотят|заперечу\w*|заперечи\w*|заперечл\w*|спросту\w*|спростов\w*|отрица\w*|"
    r"опроверг\w*|відкида\w*|отверга\w*|попереджа\w*|предупрежда\w*|закли\w*|призыва\w*|"
    r"просит\w*|просят|просил\w*|вимага\w*|требу\w*|дозв[іо]л\w*|разреш\w*|можлив\w*|"
    r"возможн\w*|загроз\w*|угроз\w*|ризик\w*|риск\w*|виключа\w*|исключа\w*|"
    # a link to an attack denied: "не связывали случившееся с атакой беспилотников"
    r"не\s+связ\w*|не\s+пов'яз\w*|"
    # needs and defences: "потребує ППО для захисту від ракетних ударів", "чтобы остановить"
    r"потребу\w*|нуждает\w*|нуждаю\w*|захист\w*|захищ\w*|защит\w*|защищ\w*|зупини\w*|"
    r"остановит\w*|запобіг\w*|предотврат\w*|"
    # a halt asked for: "добивались ... перемирия, включая прекращение ударов по энергетике"
    r"припинен\w*|припини\w*|прекращени\w*|прекрати\w*|мораторі\w*|моратори\w*"
)
# Totals over a country or a day ("по всій Україні загинули 12 людей", "всего за сутки"):
# their figures are no single strike's.
_AGGREGATE = _words(
    r"по\s+всій\s+\w+|по\s+всей\s+\w+|по\s+країні|по\s+стране|по\s+україні|по\s+украине|"
    r"за\s+(?:минулу\s+)?добу|за\s+(?:прошедшие\s+)?сутки|за\s+(?:минулий\s+|прошедший\s+)?день|"
    r"у\s+кількох\s+(?:областях|містах)|"
    r"в\s+нескольких\s+(?:областях|регионах|городах)|"
    # across regions ("удару зазнали 13 регіонів, загинули 12 людей")
    r"\d+\s+(?:регіон\w*|регион\w*|област\w*)|"
    # a war's toll ("від початку конфлікту на Донбасі загинули понад 13 тисяч людей")
    r"від\s+початку\s+(?:повномасштабного\s+)?(?:війни|конфлікту|вторгнення|агресії)|"
    r"с\s+начала\s+(?:полномасштабного\s+)?(?:войны|конфликта|вторжения|спецоперации|сво)"
)
_IN_ALL = _words(r"загалом|усього|всього|всего")
_CLAUSE_BREAK = re.compile(
    r";|:|—|–|,\s+(?:але|проте|однак|но|однако|а|тоді\s+як|в\s+то\s+время\s+как|хоча|хотя)\b"
)
# Contexts in which the attack words do not describe a strike.
_NOT_A_STRIKE = _words(
    # (drills: "экипажи отрабатывают снаряжение ... ракет «Кинжал»"; not the slang for a strike,
    # "отработали по позициям")
    r"навчан\w*|учени[яйеюм]\w*|маневр\w*|манёвр\w*|відпрацьову\w*(?!\s+по\b)|"
    r"відпрацю(?:ванн\w*|є|ють)(?!\s+по\b)|отрабатыва\w*(?!\s+по\b)|отработ(?:к|а[юе])\w*(?!\s+по\b)|"
    # the drill's notional enemy ("отработают отражение атаки условного противника")
    r"условн\w*\s+противник\w*|умовн\w*\s+противник\w*|"
    r"страйк\w*|забастов\w*|бастую\w*|"
    r"футбол\w*|матч\w*|ворота|воротар\w*|нападник\w*|нападающ\w*|пенальт\w*|чемпіонат\w*|"
    # ("завдали кілька небезпечних ударів по воротах, але голкіпер ... рятував", "обстрілював
    # штрафний майданчик суперника")
    r"ворот(?:ах|ам|ами)|голкіпер\w*|голкипер\w*|вратар\w*|прем'єр-ліг\w*|премьер-лиг\w*|"
    r"нічиєю|нічия|ничья|ничьей|штрафн\w+\s+(?:майданчик|площадк)\w*|"
    # a game's minute and score: "На 54-й хвилині ... ударом з лінії штрафного зрівняв рахунок"
    r"\d+-(?:й|ій|ой|ей)\s+(?:хвилин|минут)\w*|(?:зрівня|відкри|зравня|откры)\w*\s+(?:рахун|счёт|счет)\w*|"
    r"чемпионат\w*|турнір\w*|турнир\w*|гол|голом|блискавк\w*|молни[яиюей]\w*|"
    # a thunderstorm, not the village of Hroza ("у селі Гроза", "удар по Грозі")
    r"(?<!сел[оаіеуи]\s)(?<!по\s)гроз[аиіуо]\w*|"
    r"землетрус\w*|землетрясени\w*|шторм\w*|негод\w*|непогод\w*|синоптик\w*|снігопад\w*|"
    r"снегопад\w*|річниц\w*|роковин\w*|годовщин\w*|вшанув\w*|вшанува\w*|почтил\w*|"
    r"пам'ять|пам'яті|память|памяти|меморіал\w*|мемориал\w*|випробуван\w*|испытани\w*|"
    r"випробув\w*|испыта\w*|дтп|шахт(?:а|і|у|ар)\w*|аварі[яїю]\w*|авари[яию]\w*|"
    # an emergency landing, a crash ("аварийной посадке", "авиакатастрофа", "крушение")
    r"аварийн\w*|аварійн\w*|\w*катастроф\w*|крушени\w*|вибух\w*\s+газу|взрыв\w*\s+газа|"
    r"газов\w+\s+балон\w*|газов\w+\s+баллон\w*|кібер\w*|кибер\w*|хакер\w*|ddos|санкці\w*|"
    r"санкци\w*|фейк\w*|постачан\w*|поставк\w*|продаж\w*|закупівл\w*|закупк\w*|феєрверк\w*|"
    r"фейерверк\w*|ракет\w*-носі\w*|ракет\w*-носит\w*|космодром\w*|супутник\w*"
)

Cue = tuple[int, int, str | None, int | None, float]  # start, end, event type, means at, strength


def means_type(low: str, platforms: bool = True) -> tuple[str, int] | None:
    """The event type of the munitions ``low`` names and where: missiles win a combined
    attack (unless they are a rocket launcher's), else the first named; an aircraft only
    when no munition is."""
    mlrs = _MLRS.search(low) is not None
    best: tuple[str, int] | None = None
    for etype, pattern in _MEANS:
        found = pattern.search(low)
        if found is None:
            continue
        if etype == "missile" and mlrs:
            etype = "shelling"
        elif etype == "missile":
            return etype, found.start()
        if best is None or found.start() < best[1]:
            best = (etype, found.start())
    if best is None and platforms and (platform := _PLATFORMS.search(low)):
        best = ("air_strike", platform.start())
    return best


def _unreal(low: str, position: int) -> bool:
    """Whether the attack word at ``position`` did not (yet) happen, or is a habit told with
    no harm ("на тлі регулярних російських ударів по енергетиці"), or is a hit said to be
    none ("влучань не зафіксовано"), or a blast of air defence at work ("було чути вибухи —
    працювали сили ППО"): no strike of its own."""
    if _NO_HITS.match(low, position) or _NO_HITS_BEFORE.search(
        low, max(0, position - _NO_HITS_REACH), position
    ):
        return True
    if _EXPLOSION.match(low, position) and _AIR_DEFENCE_AT_WORK.search(low):
        return True
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(low, 0, position)]
    if _IRREALIS.search(low, breaks[-1] if breaks else 0, position) is not None:
        return True
    return (
        _HABITUAL_BEFORE.search(low, max(0, position - _HABIT_REACH), position) is not None
        or _HABITUAL_ADVERB.search(
            low,
            max(breaks[-1] if breaks else 0, position - _HABIT_ADVERB_REACH),
            position + _HABIT_REACH,  # (or just after it: "під ударом найчастіше опиняються")
        )
        is not None
        or _GOES_ON_AFTER.search(low, position, position + _HABIT_ADVERB_REACH) is not None
    ) and not any(stem in low for stem in _ANY_CASUALTY)


# Hits (or victims) said to be none: "влучань у межах міста не зафіксовано", "попаданий нет",
# "влучань і постраждалих немає"; "без влучань", "не було прильотів".
_NO_HITS = re.compile(
    r"(?:влучан|попадани|прил[іе]т|постраждал|пострадавш|жертв)\w*[^,.;:—–]{0,60}?\s(?:не\s+(?:зафіксован|зафиксирован|було|"
    r"было|виявлен|выявлен|зареєстрован|зарегистрирован)\w*|немає|нема|нет)(?!\w)"
)
_NO_HITS_REACH = 30  # characters before a hit word where "без" or "не було" may stand
_NO_HITS_BEFORE = re.compile(
    r"(?<!\w)(?:без|не\s+(?:зафіксовано|зафиксировано|було|было)|обійшлося\s+без|обошлось\s+без)"
    r"\s+(?:жодних\s+|никаких\s+)?$"
)
# Air defence at work, whose blasts were what was heard: "працювали сили ППО", "работает ПВО",
# "це робота нашої ППО".
_AIR_DEFENCE_AT_WORK = re.compile(
    r"(?<!\w)(?:(?:працю|работа)\w*|робот[аиу])\s+(?:\w+\s+)?(?:ппо|пво)(?!\w)|"
    r"(?<!\w)(?:ппо|пво)\s+(?:працю|работа)\w*"
)
# Words of habit right before an attack word ("регулярних російських ударів", "ежедневные
# обстрелы").
_HABITUAL_BEFORE = re.compile(
    r"(?:регулярн|постійн|постоянн|щоденн|ежедневн|щонічн|еженощн|систематичн|безперервн|"
    r"непрерывн|нескінченн|бесконечн|"
    # ("Росія продовжувала обстрілювати прифронтові громади")
    r"продовжува|продовжу[юєв]|продолжа)\w*\s+(?:\w+\s+)?$"
)
_HABIT_REACH = 40  # characters before the attack word
# ... or an adverb of habit earlier in its clause ("майже щодня потрапляють під мінометні та
# артилерійські обстріли").
_HABITUAL_ADVERB = re.compile(
    r"(?<!\w)(?:щодня|щоночі|щоденно|ежедневно|еженощно|регулярно|постійно|постоянно|"
    r"систематично|кожного\s+дня|кожної\s+ночі|каждый\s+день|каждую\s+ночь|"
    # ("які росіяни дедалі частіше запускають по наземних цілях")
    r"дедалі\s+частіше|все\s+частіше|всё\s+чаще|все\s+чаще|найчастіше|чаще\s+всего)(?!\w)"
)
_HABIT_ADVERB_REACH = 80  # characters before the attack word (or after it: ``_GOES_ON_AFTER``)
# ... or the attacks said to go on, after them: "обстрелы приграничья не прекращаются",
# "обстрелы и атаки FPV-дронов там ... случаются ежедневно".
_GOES_ON_AFTER = re.compile(
    r"(?<!\w)(?:не\s+(?:прекращаются|прекращались|стихают|утихают|припиняються|припинялися|"
    r"вщухають|стихають)|продолжаются|продовжуються|тривають|случаются|трапляються|"
    r"происходят|відбуваються|ежедневно|щодня|регулярно)(?!\w)"
)


def is_not_a_strike(low: str) -> bool:
    """Whether the sentence is set in a context that is not a strike."""
    return _NOT_A_STRIKE.search(low) is not None


def is_aggregate(low: str) -> bool:
    """Whether the sentence gives a total over a country or a day (``extraction._is_aggregate``),
    or an "in all" with no casualties: a tally of munitions ("загалом Росія випустила 122
    ракети"; but "Всего погибли 12 человек" is one strike's toll)."""
    if _AGGREGATE.search(low) is not None:
        return True
    return _IN_ALL.search(low) is not None and not any(stem in low for stem in _ANY_CASUALTY)


def is_armed(low: str) -> bool:
    """Whether the sentence names a munition or an armed force."""
    return means_type(low, platforms=False) is not None or _ARMED.search(low) is not None


_QUOTE_OPENS = ("«", '"', "“", "„")
_QUOTE_CLOSES = ("»", '"', "”", "“")


def strike_cues(low: str) -> tuple[Cue | None, Cue | None]:
    """The sentence's cue without and with an armed context (``triggers._cues_of``)."""
    if not any(stem in low for stem in _ANY_CUE) or is_not_a_strike(low):
        return None, None
    means = means_type(low)
    if means is not None:
        if _HABITUAL_BEFORE.search(low, max(0, means[1] - _HABIT_REACH), means[1]) and not any(
            stem in low for stem in _ANY_CASUALTY
        ):
            # a habit that governs the sentence's first means governs its attack words
            # ("Росія продовжувала обстрілювати прифронтові громади та запускати ударні
            # дрони по українських містах")
            return None, None
        for m in _ATTACK.finditer(low):
            if (
                _FALLEN.match(m.group())
                and any(d in low[: m.start()] for d in _DEBRIS)
                and not _ON_A_HOME.search(m.group())
            ):
                continue  # (debris that fell on a home hit it: "обломки рухнули на девятиэтажку")
            if not _unreal(low, m.start()):
                cue: Cue = (m.start(), m.end(), means[0], means[1], 1.0)
                return cue, cue
        word = low[means[1] :].split(maxsplit=1)[0]
        if _SELF_ATTACK.match(word) and not _unreal(low, means[1]):
            cue = (means[1], means[1] + len(word), means[0], means[1], 0.9)
            return cue, cue
        return None, None
    for m in _BARE.finditer(low):
        before, after = low[m.start() - 1 : m.start()], low[m.end() : m.end() + 1]
        if before in _QUOTE_OPENS and after in _QUOTE_CLOSES:
            continue  # a word in quotes alone is a figure of speech: "Україна «вибухнула»"
        if not _unreal(low, m.start()):
            # The sentence itself may make it armed: a force, an attacker, or casualties of
            # an attack ("двоє людей загинули внаслідок удару по Ізюму"; not of an explosion,
            # which may be an accident).
            cue = (m.start(), m.end(), None, None, 0.6)
            armed = (
                _ARMED.search(low) is not None
                or (not _EXPLOSION.match(m.group()) and any(s in low for s in _ANY_CASUALTY))
                or find_attacker(low) is not None
            )
            return (cue if armed else None), cue
    return None, None


# --- casualty figures ------------------------------------------------------------------

_NUMBERS = {
    "один": 1, "одна": 1, "одне": 1, "одно": 1, "одного": 1, "одну": 1, "одной": 1,
    "однієї": 1, "два": 2, "дві": 2, "две": 2, "двоє": 2, "двое": 2, "двох": 2, "двух": 2,
    "три": 3, "троє": 3, "трое": 3, "трьох": 3, "трех": 3, "трёх": 3, "чотири": 4,
    "четыре": 4, "четверо": 4, "чотирьох": 4, "четырех": 4, "четырёх": 4, "п'ять": 5,
    "пять": 5, "п'ятеро": 5, "пятеро": 5, "п'ятьох": 5, "пятерых": 5, "п'яти": 5, "пяти": 5,
    "шість": 6, "шесть": 6, "шестеро": 6, "шістьох": 6, "шестерых": 6, "шести": 6, "сім": 7,
    "семь": 7, "семеро": 7, "сімох": 7, "семерых": 7, "семи": 7, "вісім": 8, "восемь": 8,
    "восьмеро": 8, "вісьмох": 8, "восьмерых": 8, "восьми": 8, "дев'ять": 9, "девять": 9,
    "дев'ятеро": 9, "девятеро": 9, "дев'ятьох": 9, "девяти": 9, "десять": 10,
    "десятеро": 10, "десятьох": 10, "десяти": 10, "одинадцять": 11, "одиннадцать": 11,
    "дванадцять": 12, "двенадцать": 12, "тринадцять": 13, "тринадцать": 13,
    "чотирнадцять": 14, "четырнадцать": 14, "п'ятнадцять": 15, "пятнадцать": 15,
    "шістнадцять": 16, "шестнадцать": 16, "сімнадцять": 17, "семнадцать": 17,
    "вісімнадцять": 18, "восемнадцать": 18, "дев'ятнадцять": 19, "девятнадцать": 19,
    "сто": 100,  # ("Понад сто людей дістали поранення")
}  # fmt: skip
# Tens, alone or before a unit ("двадцять три", "сорок один").
_TENS = {
    "двадцять": 20, "двадцать": 20, "двадцяти": 20, "двадцати": 20, "тридцять": 30,
    "тридцать": 30, "тридцяти": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "п'ятдесят": 50, "пятьдесят": 50, "шістдесят": 60, "шестьдесят": 60, "сімдесят": 70,
    "семьдесят": 70, "вісімдесят": 80, "восемьдесят": 80, "дев'яносто": 90, "девяносто": 90,
}  # fmt: skip
_UNITS = {word: value for word, value in _NUMBERS.items() if value < 10}
# Vague words, as minima (the label conventions: dozens = 24, hundreds = 200, several = 3).
_VAGUE = {
    "десятки": 24, "десятків": 24, "десятков": 24, "сотні": 200, "сотень": 200,
    "сотни": 200, "сотен": 200, "кілька": 3, "декілька": 3, "кількох": 3, "декількох": 3,
    "несколько": 3, "нескольких": 3, "дюжина": 12, "дюжини": 12, "дюжины": 12,
}  # fmt: skip
_NUM_WORDS = "|".join(sorted((*_NUMBERS, *_VAGUE), key=len, reverse=True))
_TEN_WORDS = "|".join(sorted(_TENS, key=len, reverse=True))
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUM = (
    rf"(?P<num>\d+(?!\d)|(?:{_TEN_WORDS})(?:\s+(?:{_UNIT_WORDS}))?(?![\w'’ʼ])"
    rf"|(?:{_NUM_WORDS})(?![\w'’ʼ]))"
).replace("'", _APOS)
_LOWER = (
    r"щонайменше|щонайменш|як\s+мінімум|принаймні|не\s+менше(?:\s+(?:ніж|як))?|"
    r"не\s+менш\s+(?:ніж|як)|по\s+меньшей\s+мере|как\s+минимум|не\s+менее|понад|"
    r"більше(?:\s+(?:ніж|як))?|більш\s+(?:ніж|як)|более|больше|свыше"
)
_APPROX = r"близько|приблизно|около|примерно|порядка|майже|почти"
_QUAL = rf"(?:(?P<lower>{_LOWER})\s+|(?:{_APPROX})\s+)?"
_KILLED = (
    r"загин\w*|загибл\w*|вбит\w*|вбил\w*|вбив\w*|убит\w*|убил\w*|убив\w*|погиб\w*|"
    r"жертв\w*|помер\w*|умер\w*|загибел\w*"
)
_WOUNDED = (
    r"поранен\w*|поранил\w*|ранен\w*|ранил\w*|травм\w*|постражд\w*|пострадал\w*|"
    r"пострадавш\w*|госпіталізован\w*|госпитализирован\w*|"
    # who sought medical help: "По медичну допомогу звернулися 59 людей"
    r"(?:по|за)\s+медичн\w+\s+допомог\w+\s+звернул\w*|звернул\w*\s+(?:по|за)\s+медичн\w+\s+допомог\w+|"
    r"за\s+медицинской\s+помощью\s+обратил\w*|обратил\w*\s+за\s+медицинской\s+помощью"
)
_KW = rf"(?P<kw>{_KILLED}|{_WOUNDED})"
_KILLED_RE = re.compile(_KILLED)
_FILL = (
    r"ще|ещё|еще|також|также|вже|уже|було|були|было|были|є|есть|й|и|і|отримали|отримав|"
    r"отримала|получили|получил|получила|зазнали|зазнав|зазнала|дістали|дістав|дістала"
)
# Whose the victims are, between the figure and the noun: "Четверо українських військових"
_NATIONALITY = r"[\w'’ʼ-]+(?:ськ|ск|цьк|цк)(?:их|ых|і|ие|ий|ой)"
_PERSON = (
    r"людей|людини|людина|люди|осіб|особи|особа|чоловік\w*|жін\w*|дит\w*|діт\w*|"
    r"человек\w*|мирн\w*|цивільн\w*|мешкан\w*|жител\w*|мужчин\w*|женщин\w*|ребен\w*|"
    r"ребён\w*|детей|дети|пасажир\w*|пассажир\w*|підліт\w*|подрост\w*|пенсіонер\w*|"
    r"пенсионер\w*|військов\w*|военнослужащ\w*|военн\w*|рятувальник\w*|спасател\w*|медик\w*|"
    r"поліцейськ\w*|полицейск\w*|працівник\w*|сотрудник\w*|журналіст\w*|журналист\w*|"
    r"волонтер\w*|бійц\w*|бойц\w*|солдат\w*|дорослих|взрослых"
)
_NOT_PEOPLE = (
    r"(?!\s*(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|янв|фев|"
    r"мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек|рок|рік|лет|год|%|км|хвилин|минут|"
    r"час|раз|метр|м\b|[-:.,]\d|-\w|тисяч|тысяч|млн|мільйон|миллион))"
)
_SING_KW = (
    r"загинув|загинула|загинуло|погиб|погибла|помер|померла|умер|умерла|поранено|"
    r"поранений|поранена|поранили|травмован[аоий]|постраждав|постраждала|пострадал|"
    r"пострадала|ранен|ранена|ранило|вбито|убит|убита|вбили|убили|"
    r"(?:отримав|отримала|получил|получила)\s+(?:поранення|ранения|травми|травмы)"
)
_PERSON_ONE = (
    r"чоловік|чоловіка|жінка|жінку|дитина|дитину|людина|людину|мужчина|мужчину|"
    r"женщина|женщину|ребенок|ребёнок|ребенка|ребёнка|підліток|підлітка|подросток|"
    r"подростка|пенсіонер\w*|пенсионер\w*|житель|жителька|мешканець|мешканка|"
    r"водій|водія|водитель|водителя|хлопчик|хлопчика|дівчинка|дівчинку|мальчик|мальчика|"
    r"девочка|девочку|жителя|жительницу|мешканця|мешканку|немовля|младенец|младенца|"
    r"рятувальник|рятувальника|спасатель|спасателя|військовий|военный|поліцейський|"
    r"полицейский|лікар|лікаря|врач|врача|медик|медика|"
    # workers: "загинув працівник комунального підприємства"
    r"працівник|працівника|працівниця|працівницю|робітник|робітника|работник|работника|"
    r"сотрудник|сотрудника|сотрудница|рабочий|рабочего|волонтер|волонтера|волонтёр|волонтёра|"
    r"журналіст|журналіста|журналист|журналиста"
)
# (not a figure that opens the next keyword's: "про двох загиблих і 17 поранених")
_AFTER_KW = re.compile(
    rf"(?<!\w){_KW}(?:\s+(?:{_FILL}))*(?:\s*[—–:-])?\s+{_QUAL}{_NUM}{_NOT_PEOPLE}"
    rf"(?!\s+(?:(?:{_PERSON})\s+)?(?:{_KILLED}|{_WOUNDED}))"
)
# Who among them, between commas: "Семь человек, в том числе ребёнок, погибли".
_AMONG_THEM = (
    r"(?:,\s+(?:в\s+том\s+числе|у\s+тому\s+числі|в\s+тому\s+числі|серед\s+них|среди\s+них|"
    r"включаючи|включая|зокрема)\s+[^,.;]{1,40},)?"
)
_BEFORE_KW = re.compile(
    rf"(?<![\w'’ʼ-]){_QUAL}{_NUM}(?![\w-]){_NOT_PEOPLE}\s+"
    rf"(?:(?:{_PERSON}|{_FILL}|{_NATIONALITY}){_AMONG_THEM}\s+){{0,3}}{_KW}"
)
_UPDATE = re.compile(
    # (the attack told between, a quoted name in it: "взрыва в цехе завода «Эластик» в посёлке")
    # (or the people who were: "Кількість людей, які загинули внаслідок удару, зросла до 23")
    rf"(?:кількість|число|количество)\s+(?:(?:людей|осіб|человек)\s*,?\s+(?:які|что|которые)?\s*)?"
    rf"{_KW}(?:\s+[\w'’ʼ«»\"“”,-]+){{0,20}}?,?\s+"
    rf"(?:зросл\w*|виросл\w*|выросл\w*|"
    rf"збільшил\w*|возросл\w*|увеличил\w*|сягнул\w*|сягає|досягл\w*|достигл\w*|достига\w*|"
    rf"становить|составляет|составил\w*)\s+(?:до\s+)?{_QUAL}{_NUM}"
)
# ... or told as what it has become: "загиблих стало семеро", "погибших уже 12".
_BECAME = re.compile(rf"(?<!\w){_KW}\s+(?:стало|стала|вже|уже)\s+{_QUAL}{_NUM}")
_ONE_AFTER = re.compile(
    rf"(?<!\w)(?P<kw>{_SING_KW})\s+(?:[\w'’ʼ-]+\s+){{0,2}}?(?:{_PERSON_ONE})(?!\w)"
)
_ONE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_PERSON_ONE})\s+(?:[\w'’ʼ-]+\s+){{0,2}}?(?P<kw>{_SING_KW})(?!\w)"
)
# A list of victims after the keyword ("поранено водія та трьох пасажирів"): one each, or
# the number given.
_ITEM = (
    rf"(?:(?:{_NUM.replace('?P<num>', '')})\s+)?(?:[\w'’ʼ-]+\s+)?"
    rf"(?:{_PERSON}|{_PERSON_ONE}|водія|водителя)(?!\w)"
)
_LIST = re.compile(rf"(?<!\w){_KW}\s+(?P<list>{_ITEM}(?:\s*(?:,|та|і|и|й)\s*{_ITEM})+)")
_ITEMS = re.compile(_ITEM.replace("(?:(?:" + _NUM.replace("?P<num>", ""), "(?:(?:" + _NUM, 1))
_NO_KILLED = r"загибл\w*|погибш\w*"
_NO_WOUNDED = r"поранен\w*|раненых|травмован\w*"
_NO_ANY = r"жертв|постраждал\w*|пострадавш\w*"
_NO_WORD = rf"(?P<w{{0}}>{_NO_ANY}|{_NO_KILLED}|{_NO_WOUNDED})"
_NONE = re.compile(
    rf"(?<!\w)(?:{_NO_WORD.format(1)}(?:\s+(?:і|и|та|й)\s+{_NO_WORD.format(2)})?\s+"
    rf"(?:немає|нема|нет|не\s+було|не\s+было|не\s+виявлено|не\s+выявлено)|без\s+"
    rf"{_NO_WORD.format(3)}(?:\s+(?:і|и|та|й)\s+{_NO_WORD.format(4)})?|"
    rf"(?P<nobody>ніхто\s+не\s+(?:постраждав|загинув|поранений)|никто\s+не\s+"
    rf"(?:пострадал|погиб|ранен)))"
)
_NO_KINDS = (
    (re.compile(_NO_ANY), ("killed", "wounded")),
    (re.compile(_NO_KILLED), ("killed",)),
    (re.compile(_NO_WOUNDED), ("wounded",)),
)
_ANY_CASUALTY = (
    "загин", "загибл", "вбит", "вбил", "вбив", "убит", "убил", "убив", "погиб", "жертв", "помер",
    "умер", "поранен", "поранил", "ранен", "ранил", "травм", "постражд", "пострадал",
    "пострадав", "госпіталіз", "госпитализ", "медичн", "медицинск",
)  # fmt: skip

# kind, min, max, start, end, update
Count = tuple[str, int | None, int | None, int, int, bool]


def _number(word: str) -> tuple[int, bool] | None:
    """The value of a number and whether it is only a minimum (vague words are)."""
    word = re.sub(_APOS, "'", word)
    if word.isdigit():
        return int(word), False
    if word in _VAGUE:
        return _VAGUE[word], True
    tens, _, unit = word.partition(" ")
    if tens in _TENS:  # "двадцять", "двадцять три"
        return _TENS[tens] + _UNITS.get(unit.strip(), 0), False
    return (_NUMBERS[word], False) if word in _NUMBERS else None


def _figure(match: re.Match[str]) -> tuple[int | None, int | None] | None:
    parsed = _number(match["num"])
    if parsed is None:
        return None
    value, vague = parsed
    return (value, None) if vague or match["lower"] else (value, value)


def find_counts(low: str) -> list[Count]:
    """The killed / wounded figures of a sentence, in reading order."""
    if not any(stem in low for stem in _ANY_CASUALTY):
        return []
    found: list[Count] = []

    def add(
        kind: str, figure: tuple[int | None, int | None], m: re.Match[str], update: bool
    ) -> None:
        if not any(s < m.end() and m.start() < e for _, _, _, s, e, _ in found):
            found.append((kind, figure[0], figure[1], m.start(), m.end(), update))

    for m in _NONE.finditer(low):
        words = [m[f"w{i}"] for i in range(1, 5) if m[f"w{i}"]]
        kinds = {k for w in words for p, ks in _NO_KINDS if p.fullmatch(w) for k in ks}
        for kind in sorted(kinds) if words else ("killed", "wounded"):
            found.append((kind, 0, 0, m.start(), m.end(), False))
    for m in _LIST.finditer(low):
        add(_kind(m["kw"]), _list_count(m["list"]), m, False)
    for pattern, update in (
        (_UPDATE, True), (_BECAME, True), (_AFTER_KW, False), (_BEFORE_KW, False)
    ):
        for m in pattern.finditer(low):
            if (
                pattern is _AFTER_KW
                and _BREAKDOWN.match(low, m.end("kw"))
                and _NUMBER_BEFORE.search(low, max(0, m.start() - 12), m.start())
            ):
                continue  # a breakdown of the figure before it: "98 поранених: 16 дітей, ..."
            figure = _figure(m)
            if figure is not None:
                add(_kind(m["kw"]), figure, m, update)
    for pattern in (_ONE_AFTER, _ONE_BEFORE):
        for m in pattern.finditer(low):
            add(_kind(m["kw"]), (1, 1), m, False)
    found.sort(key=lambda c: c[3])
    for i in range(1, len(found)):
        # a figure joined to an update is updated too: "загиблих стало семеро, постраждалих — 28"
        previous, (kind, low_n, high_n, start, end, update) = found[i - 1], found[i]
        if previous[5] and not update and _UPDATE_JOINT.fullmatch(low, previous[4], start):
            found[i] = (kind, low_n, high_n, start, end, True)
    return found


# After a figure and its word, a colon and its parts: "доставили 98 поранених: 16 дітей, 46 жінок".
_BREAKDOWN = re.compile(r"\s*:")
_NUMBER_BEFORE = re.compile(r"\d\s+$")
_UPDATE_JOINT = re.compile(r"\s*(?:,|;|і|и|та|а)\s*")


def _list_count(items: str) -> tuple[int | None, int | None]:
    total, vague = 0, False
    for item in _ITEMS.finditer(items):
        parsed = _number(item["num"]) if item["num"] else (1, False)
        if parsed is None:
            continue
        total += parsed[0]
        vague = vague or parsed[1]
    return (total, None) if vague else (total, total)


def _kind(keyword: str) -> str:
    return "killed" if _KILLED_RE.match(keyword) else "wounded"


# --- dates -----------------------------------------------------------------------------

_MONTHS = {
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12, "января": 1,
    "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_DAY_MONTH = re.compile(
    rf"(?<!\w)(?P<day>[0-3]?\d)\s+(?P<month>{'|'.join(_MONTHS)})(?!\w)(?:\s+(?P<year>(?:19|20)\d\d))?"
)
_WEEKDAYS = (
    (0, r"понеділ(?:ок|ка)|понедельник|понедельника"),
    (1, r"вівтор(?:ок|ка)|вторник|вторника"),
    (2, r"середа|середу|среда|среду|среды"),
    (3, r"четвер|четверга|четверг"),
    (4, r"п'ятниц[яюі]|пятниц[ауыи]"),
    (5, r"субот[аиу]|суббот[аыу]"),
    (6, r"неділ[яюі]|воскресенье|воскресенья"),
)
_WEEKDAY = _words("|".join(f"(?P<d{i}>{p})" for i, p in _WEEKDAYS))
# Deadlines, ranges and habits ("до понеділка", "щонеділі", "каждый вторник") are no attack day.
_SKIP_BEFORE = re.compile(
    r"(?<!\w)(?:до|з|із|від|с|со|к|по|після|после|кожн\w*|каждый|каждую|каждое|наступн\w*|"
    r"следующ\w*|найближч\w*|ближайш\w*)\s+$"
)
_LAST_BEFORE = re.compile(r"(?<!\w)(?:минул\w*|прошл\w*)\s+$")
_PARTS = r"вранці|зранку|вдень|ввечері|увечері|вночі|уночі|утром|днем|днём|вечером|ночью"
_RELATIVE = (
    (-2, _words(r"позавчора|позавчера")),
    (
        -1,
        _words(
            rf"(?:вчора|учора|вчера)(?:\s+(?:{_PARTS}))?|минулої\s+ночі|прошлой\s+ночью|"
            r"минулого\s+вечора|"
            # the past day of a morning round-up: "Минулої доби російська армія 86 разів
            # обстріляла Херсонщину"
            r"минулої\s+доби|(?:за|протягом)\s+минулу\s+добу|за\s+(?:прошедшие|минувшие)\s+сутки|"
            # "yesterday's": "унаслідок учорашнього удару", "вчерашнего удара"
            r"учорашн\w*|вчорашн\w*|вчерашн\w*"
        ),
    ),
    (
        0,
        _words(
            rf"(?:сьогодні|сегодня)(?:\s+(?:{_PARTS}))?|вночі|уночі|ночью|цієї\s+ночі|"
            r"этой\s+ночью|вранці|зранку|утром|этим\s+утром|сьогоднішн\w*|сегодняшн\w*|"
            r"нічн\w*|ночн\w*"
        ),
    ),
)


def find_dates(low: str) -> list[tuple[int, int, str, tuple[int, ...]]]:
    """Date expressions: (start, end, kind, value) with kind "explicit" (month, day, year or
    0), "weekday" (weekday, 1 after "last") or "offset" (days from publication)."""
    found: list[tuple[int, int, str, tuple[int, ...]]] = []
    for m in _DAY_MONTH.finditer(low):
        year = int(m["year"]) if m["year"] else 0
        found.append((m.start(), m.end(), "explicit", (_MONTHS[m["month"]], int(m["day"]), year)))
    for m in _WEEKDAY.finditer(low):
        before = low[max(0, m.start() - 16) : m.start()]
        if _SKIP_BEFORE.search(before):
            continue
        weekday = int(m.lastgroup[1:])  # type: ignore[index]
        last = int(_LAST_BEFORE.search(before) is not None)
        found.append((m.start(), m.end(), "weekday", (weekday, last)))
    for days, pattern in _RELATIVE:
        found += [(m.start(), m.end(), "offset", (days,)) for m in pattern.finditer(low)]
    return found


# A month named alone, by its locative, or the last month: an attack told so is months back
# ("В декабре пожар после атаки беспилотников возникал на нефтебазе в Урюпинске", "у грудні"),
# unless the month is the publication's, which may be days ago.
_MONTHS_IN = {
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
    "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12, "січні": 1,
    "лютому": 2, "березні": 3, "квітні": 4, "травні": 5, "червні": 6, "липні": 7, "серпні": 8,
    "вересні": 9, "жовтні": 10, "листопаді": 11, "грудні": 12,
}  # fmt: skip
_MONTHS_BACK = re.compile(
    rf"(?<!\w)(?:в|у|во)\s+(?:(?:начале|конце|середине|середині|кінці|на\s+початку)\s+)?"
    rf"(?P<month>{'|'.join(_MONTHS_IN)})(?!\w)"
    r"|(?<!\w)(?:в\s+прошлом\s+месяце|минулого\s+місяця|в\s+минулому\s+місяці)(?!\w)"
)
_MONTHS_BACK_NEEDS = (*_MONTHS_IN, "месяце", "місяц")


def months_back(low: str, published_month: int) -> Iterator[re.Match[str]]:
    """The phrases in ``low`` (lower case) that put what they govern months before
    publication (``dates.told_as_past`` weighs their reach)."""
    if not any(need in low for need in _MONTHS_BACK_NEEDS):
        return
    for m in _MONTHS_BACK.finditer(low):
        if m["month"] is None or _MONTHS_IN[m["month"]] != published_month:
            yield m


# A year or a season of a past year ("весной 2023 года", "у 2022 році"), or a year or more
# ago ("рік тому", "в прошлом году"): an attack told so is years back.
_YEARS_BACK = re.compile(
    r"(?<!\w)(?:в|у|во|весной|осенью|летом|зимой|навесні|восени|влітку|взимку|"
    r"(?:в|у)\s+(?:начале|конце|середине|кінці|середині)|на\s+початку)\s+"
    r"(?P<year>(?:19|20)\d\d)\s*(?:року|році|рік|года|году|год|г\.)(?!\w)"
    r"|(?<!\w)(?:(?:\d+|два|дві|три|чотири|пять|п'ять|кілька|несколько)\s+)?"
    r"(?:рік|роки|років|год|года|лет)\s+(?:тому|назад)(?!\w)"
    r"|(?<!\w)(?:в\s+прошлом\s+году|минулого\s+року|у\s+минулому\s+році|торік)(?!\w)"
)
# (Cyrillic words only: an English sentence holds none, and is not scanned)
_YEARS_BACK_NEEDS = ("року", "році", "рік", "год", "тому", "назад", "прошлом", "минул", "торік")


def years_back(low: str, published_year: int) -> Iterator[re.Match[str]]:
    """The phrases in ``low`` (lower case) that put what they govern years before
    publication (``dates.told_as_past`` weighs their reach)."""
    if not any(need in low for need in _YEARS_BACK_NEEDS):
        return
    for m in _YEARS_BACK.finditer(low):
        if m["year"] is None or int(m["year"]) < published_year:
            yield m


# --- attackers -------------------------------------------------------------------------

_ACTORS = (
    (
        # the forces of the "people's republics" of 2014-2022 ("незаконні збройні формування
        # так званої «ДНР» обстріляли місто")
        "Russian-backed separatists",
        r"днр|лнр|сепаратист\w*",
    ),
    (
        "Russian forces",
        r"рос(?:і|с)\w*|рф|москв\w*|кремл\w*|окупант\w*|оккупант\w*|рашист\w*|"
        r"ворог\w*|ворож\w*",
    ),
    (
        "Ukrainian forces",
        r"зсу|всу|українськ\w*|украинск\w*|україн\w*|украин\w*|киевск\w*|"
        r"сбу|гур|сил\w*\s+оборони|укронацист\w*|укровоен\w*|неонацист\w*",
    ),
    # ... and those Russian wire copy of the Middle East names ("израильские ВВС нанесли удар")
    ("Israeli forces", r"израил\w*|ізраїл\w*|цахал\w*"),
    ("United States", r"сша|американ\w*"),
    ("Houthis", r"хусит\w*|хуситськ\w*|ансар\s+аллах"),
    ("Hamas", r"хамас\w*"),
    ("Hezbollah", r"хезболл\w*|хезбол\w*"),
    ("Iran", r"иран\w*|іран\w*"),
)
_ACTOR = _words("|".join(f"(?P<a{i}>{p})" for i, (_, p) in enumerate(_ACTORS)))
# Forces that act by themselves (the mention is the agent wherever it stands).
_FORCE = re.compile(
    r"окупант|оккупант|рашист|ворог|ворож|зсу|всу|укронацист|укровоен|неонацист|сепаратист"
)
# A mention is the attacker before a means, force or attack verb ("російська ракета",
# "ЗСУ обстріляли"), after an attack noun ("удар ВСУ") or "з боку / со стороны".
_AGENT_AFTER = re.compile(
    r"[»”\"]?\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:ракет|дрон|безпілот|беспилот|бпла|шахед|авіа|авиа|бомб|каб|"
    r"артилер|артиллер|обстр|удар|вдар|атак|військ|войск|армі|арми|окупант|оккупант|сил|"
    r"літак|самол|вертол|снаряд|мін|рсзв|рсзо|скину|сброс|запуст|випуст|выпуст|завда|нанес|"
    r"поціл|уразил|бомбил|гатил|обстрілю|обстрелива|влучил|дрон|балісти|баллисти|крилат|"
    r"крылат|терор|агрес|ввс|вмс|истребит|винищув)"
)
_AGENT_BEFORE = re.compile(
    # (and whose forces: "Вооруженные силы США нанесли серию ударов")
    r"(?:удар\w*|атак\w*|обстр[іе]л\w*|з\s+боку|со\s+стороны|від|от|силами|сили|силы|ввс)\s+$"
)
# Not the attacker: a place hit or where ("по російських", "в Росії"), a speaker.
_TARGET_BEFORE = re.compile(
    r"(?<!\w)(?:по|на|у|в|во|проти|против|над|територі\w*|"
    r"территори\w*|міноборони|минобороны|мзс|мид|генштаб\w*|"
    r"уряд\w*|правительств\w*|президент\w*)\s+$"
)
_SPEAKER_AFTER = re.compile(
    r"\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:заяв|повідом|сообщ|стверджу|утвержда|звинува|обвиня|обвинил|"
    r"запереч|отрица|збил|збив|сбил|знищ|уничтож|перехоп|перехват|"
    # what it found out: "Воздушные силы ВСУ по найденным обломкам установили, что ..."
    r"установ|встанов|выясн|з'ясува|з’ясува)"
)
# A target's owner: "о «высокоточном ударе» по 179-му ... учебно-тренировочному центру ВСУ".
_TARGET_OWNER_BEFORE = re.compile(
    r"(?:удар\w*|атак\w*|обстр[іе]л\w*)»?\s+по\s+(?:[\w'’ʼ-]+\s+){0,5}$"
)
_BLAMED_BEFORE = re.compile(
    r"(?:звинуват\w*|звинувачу\w*|обвини\w*|обвиня\w*)\s+(?:[\w'’ʼ-]+\s+){0,2}$"
)


# Whose account it is: "По данным Воздушных сил ВСУ, дом поразила крылатая ракета Х-22".
_SOURCE_BEFORE = re.compile(
    r"(?<!\w)(?:по\s+данным|по\s+словам|по\s+информации|по\s+сведениям|за\s+даними|"
    r"за\s+словами|за\s+інформацією|согласно|повідомили\s+в|сообщили\s+в)\s+"
    r"(?:[\w'’ʼ-]+\s+){0,3}$"
)


def find_attacker(low: str) -> str | None:
    """The actor a sentence presents as the one who fired, or None."""
    for m in _ACTOR.finditer(low):
        name = _ACTORS[int(m.lastgroup[1:])][0]  # type: ignore[index]
        before = low[max(0, m.start() - 30) : m.start()]
        if _BLAMED_BEFORE.search(before):
            return name
        if _SPEAKER_AFTER.match(low, m.end()) or _TARGET_BEFORE.search(before):
            continue
        if _SOURCE_BEFORE.search(low, max(0, m.start() - 60), m.start()):
            continue
        if _TARGET_OWNER_BEFORE.search(low, max(0, m.start() - 80), m.start()):
            continue
        if (
            _FORCE.match(m.group())
            or _AGENT_BEFORE.search(before)
            or _AGENT_AFTER.match(low, m.end())
        ):
            return name
    return None


def find_blamed(low: str) -> str | None:
    """The actor a sentence blames for the attack ("звинуватили Росію")."""
    for m in _ACTOR.finditer(low):
        if _BLAMED_BEFORE.search(low[max(0, m.start() - 30) : m.start()]):
            return _ACTORS[int(m.lastgroup[1:])][0]  # type: ignore[index]
    return None


# --- targets ---------------------------------------------------------------------------

_TARGETS = (
    (
        "residential",
        r"житлов\w+\s+(?:будин\w*|будинк\w*|багатоповерхів\w*|комплекс\w*|"
        r"квартал\w*|сектор\w*|забудов\w*)|багатоповерхів\w*|багатоквартирн\w+\s+"
        r"будин\w*|\w+поверхов\w+\s+(?:житлов\w+\s+)?будин\w*|приватн\w+\s+"
        r"(?:будин\w*|будинк\w*|садиб\w*|сектор\w*)|"
        r"будин(?:ок|ку|ки|ків|кам|ком)(?!\s+культур)|"  # (a house of culture is "other")
        r"квартир\w*|під'їзд\w*|жил\w+\s+(?:дом\w*|здани\w*|комплекс\w*|сектор\w*|"
        r"квартал\w*)|многоэтаж\w*|многоквартирн\w+\s+дом\w*|частн\w+\s+дом\w*|"
        r"(?:дом|дома|дому|домов|домах)(?!\s+культур)|гуртожит\w*|общежити\w*|котедж\w*",
    ),
    (
        "medical",
        r"(?:дитяч\w+\s+)?лікарн\w*|(?:детск\w+\s+)?больниц\w*|госпітал\w*|"
        r"госпитал\w*|поліклінік\w*|поликлиник\w*|пологов\w+\s+будин\w*|роддом\w*|"
        r"медзаклад\w*|медучрежд\w*|медичн\w+\s+заклад\w*|медицинск\w+\s+учрежд\w*|"
        r"амбулатор\w*|клінік\w*|клиник\w*|швидк\w+\s+допомог\w*|скор\w+\s+помощ\w*",
    ),
    (
        "education",
        r"школ(?:а|и|у|і|е|ой|ою|ам|ах|ами)?|дитяч\w+\s+садо?к\w*|дитсад\w*|"
        r"садочк\w*|детск\w+\s+сад\w*|детсад\w*|університет\w*|университет\w*|"
        r"ліце\w*|лице[йяю]\w*|гімнази\w*|гімназі\w*|гимнази\w*|коледж\w*|"
        r"колледж\w*|навчальн\w+\s+заклад\w*|учебн\w+\s+заведени\w*|інститут\w*|"
        r"институт\w*",
    ),
    (
        "religious",
        r"церкв\w*|церков\w*|храм\w*|собор\w*|монастир\w*|монастыр\w*|мечет\w*|"
        r"синагог\w*|лавр[аиіу]\w*|каплиц\w*|часовн\w*",
    ),
    (
        "energy",
        r"тес|тец|тэц|тэс|гэс|гес|аес|аэс|підстанці\w*|подстанци\w*|енергетичн\w+\s+"
        r"(?:інфраструктур\w*|об'єкт\w*)|енергооб'єкт\w*|енергоінфраструктур\w*|"
        r"энергетическ\w+\s+(?:инфраструктур\w*|объект\w*)|энергообъект\w*|"
        r"энергоинфраструктур\w*|електростанці\w*|электростанци\w*|котельн\w*|"
        r"газопровод\w*|нафтобаз\w*|нефтебаз\w*|нпз|нафтопереробн\w+\s+завод\w*|"
        r"нефтеперерабатывающ\w+\s+завод\w*|ліні\w+\s+електропередач\w*|лэп|"
        r"енергетик[аиуі]|энергетик[аиу]|об'єкт\w*\s+енергетики|объект\w*\s+энергетики",
    ),
    (
        "transport",
        r"(?:залізничн\w+\s+|авто)?вокзал\w*|залізниц\w*|залізничн\w+\s+"
        r"(?:станці\w*|інфраструктур\w*|колі\w*)|железн\w+\s+дорог\w*|"
        r"железнодорожн\w+\s+(?:станци\w*|вокзал\w*|инфраструктур\w*)|"
        r"мосту|мостом|мости|мостів|мост|моста|мосты|мостов|аеропорт\w*|аэропорт\w*|"
        r"порт(?:у|и|ів|ом|і|а|ах)?|автостанці\w*|потяг\w*|поїзд\w*|поезд\w*|"
        r"електричк\w*|электричк\w*|автобус\w*|маршрутк\w*|трамва\w*|тролейбус\w*|"
        r"троллейбус\w*|метро|зупинк\w+\s+(?:громадського\s+)?транспорт\w*|"
        r"остановк\w+\s+(?:общественного\s+)?транспорт\w*",
    ),
    (
        "commercial",
        r"ринок|ринку|ринк\w*|рынок|рынк\w*|тц|трц|торгов\w+\s+(?:центр|комплекс)\w*|"
        r"торговельн\w+\s+(?:центр|комплекс|заклад)\w*|гіпермаркет\w*|гипермаркет\w*|"
        r"супермаркет\w*|магазин\w*|кафе|ресторан\w*|готел\w*|гостиниц\w*|отел[ья]\w*|"
        r"пекарн\w*|бізнес-центр\w*|бизнес-центр\w*|офіс\w*|офис\w*|склад\w*|азс|"
        r"заправк\w*|автозаправ\w*",
    ),
    (
        "government",
        r"(?:обласн\w+|міськ\w+|районн\w+|військов\w+|державн\w+|областн\w+|"
        r"городск\w+|районн\w+)\s+(?:адміністраці\w*|администраци\w*)|"
        r"адмінбудівл\w*|будівл\w+\s+(?:ода|ова|ода|адміністраці\w*|обласн\w+\s+"
        r"(?:адміністраці\w*|рад\w*)|міськ\w+\s+рад\w*)|міськрад\w*|сільрад\w*|"
        r"мері\w*|мэри\w*|здани\w+\s+администраци\w*|облдержадміністраці\w*|"
        r"поліці\w*|полици\w*|суд|суду|суда",
    ),
    (
        "military",
        r"військов\w+\s+(?:частин\w*|об'єкт\w*|аеродром\w*|баз\w*|склад\w*)|"
        r"аеродром\w*|аэродром\w*|казарм\w*|склад\w*\s+(?:боєприпасів|боеприпасов)|"
        r"військкомат\w*|тцк|военкомат\w*|военн\w+\s+(?:част\w*|объект\w*|"
        r"аэродром\w*|баз\w*|склад\w*)|пункт\w*\s+(?:тимчасової\s+)?дислокаці\w*|"
        r"пункт\w*\s+(?:временной\s+)?дислокаци\w*|командн\w+\s+пункт\w*|"
        r"позиці[їяю]\w*|позици[ийяю]\w*|штаб\w*",
    ),
    (
        "humanitarian",
        r"гуманітарн\w+\s+\w+|гуманитарн\w+\s+\w+|пункт\w*\s+незламност\w*|"
        r"евакуаційн\w+\s+\w+|эвакуационн\w+\s+\w+|укритт\w*|убежищ\w*",
    ),
    (
        "agricultural",
        r"елеватор\w*|элеватор\w*|зерносховищ\w*|зернохранилищ\w*|ферм[аиуі]\w*|"
        r"агропідприємств\w*|агропредприяти\w*",
    ),
    (
        "other",
        r"будин\w+\s+культур\w*|дом\w*\s+культур\w*|стадіон\w*|стадион\w*|музе[йюя]\w*|"
        r"бібліотек\w*|библиотек\w*|театр\w*|кінотеатр\w*|кинотеатр\w*|завод\w*|"
        r"фабрик\w*|підприємств\w*|предприяти\w*|(?:дитяч\w+\s+|детск\w+\s+)?"
        r"майданчик\w*|площадк\w*|центр(?:і|у|е)?\s+міста|центр(?:е|у)?\s+города|"
        r"парк\w*|площ(?:а|і|у|ею)|сквер\w*|кладовищ\w*|кладбищ\w*|телевеж\w*|"
        r"телебашн\w*",
    ),
)
_TARGET = _words("|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(_TARGETS)))
_WEAK = re.compile(r"центр|парк|площ|сквер|майданчик|площадк")
# Named but not hit: where the wounded were taken ("доставили до лікарні", "в больнице" but
# not "в больницу"), a speaker.
_TAKEN_BEFORE = re.compile(
    r"(?:госпіталіз\w*|госпитализ\w*|доставил\w*|доставлен\w*|доставили|перебува\w*|"
    r"находятся|лікуют\w*|лечат\w*|до)\s+(?:[\w'’ʼ-]+\s+)?$"
)
_IN_BEFORE = re.compile(r"(?<!\w)(?:в|у)\s+(?:[\w'’ʼ-]+\s+)?$")
_MEDICAL = re.compile(r"(?:[\w'’ʼ-]+\s+)?(?:лікарн|больниц|госпітал|госпитал)")
_SAID_AFTER = re.compile(r"\s+(?:повідоми|заяви|сообщи|заявил)")


def find_targets(low: str) -> list[tuple[int, int, str, bool]]:
    """Target phrases: (start, end, category, weak: an area rather than a building)."""
    found: list[tuple[int, int, str, bool]] = []
    for m in _TARGET.finditer(low):
        before = low[max(0, m.start() - 30) : m.start()]
        if _MEDICAL.match(m.group()) and _treated_in(before, m.group()):
            continue
        if _SAID_AFTER.match(low, m.end()):
            continue
        category = _TARGETS[int(m.lastgroup[1:])][0]  # type: ignore[index]
        found.append((m.start(), m.end(), category, _WEAK.match(m.group()) is not None))
    return found


# Damage told after a target ("Пошкоджено житловий будинок", "повреждены частные дома").
_DAMAGED = _words(
    r"пошкод\w*|зруйн\w*|знищ\w*|поврежд\w*|разруш\w*|уничтож\w*|влуч\w*|попа(?:л|дан)\w*|"
    r"загорі\w*|загорел\w*|горить|горит|уражен\w*|поражен\w*"
)


def tells_damage(low: str) -> bool:
    """Whether a sentence says something was damaged or hit."""
    return _DAMAGED.search(low) is not None


def _treated_in(before: str, hospital: str) -> bool:
    """Whether a hospital is where casualties were taken or are, not what was hit."""
    return _TAKEN_BEFORE.search(before) is not None or (
        _IN_BEFORE.search(before) is not None and hospital.endswith(("і", "е"))
    )


# --- struck places ---------------------------------------------------------------------

# Words after which a place is where a strike landed ("у Харкові", "по Одесі", "обстріл
# Херсона"), for ``struck_places``.
_ATTACK_NOUNS = {
    "обстріл": ("", "у", "і", "ом", "и", "ів", "ами"),
    "обстрел": ("", "а", "у", "е", "ом", "ы", "ов", "ами"),
    "удар": ("", "у", "а", "і", "е", "ом", "и", "ы", "ів", "ов", "ами"),
    "авіаудар": ("", "у", "і", "ом", "и", "ів", "ами"),
    "авиаудар": ("", "а", "у", "е", "ом", "ы", "ов", "ами"),
    "атак": ("а", "и", "у", "і", "е", "ою", "ой", "", "ами"),
    "бомбардуван": ("ня", "ню", "ні", "ням"),
    "бомбардировк": ("а", "и", "у", "е", "ой"),
}
LOCATIVE_WORDS = (
    "у", "в", "во", "на", "по", "під", "под", "біля", "возле", "поблизу", "около", "над",
    "і", "та", "и", "й",
    *(stem + ending for stem, endings in _ATTACK_NOUNS.items() for ending in endings),
    "обстріляли", "обстріляв", "обстріляла", "обстреляли", "обстрелял", "обстреляла",
    "атакували", "атакував", "атакувала", "атаковали", "атаковал", "атаковала", "атакує",
    "атакуют", "атакует", "вдарили", "вдарив", "вдарила", "ударили", "ударил", "ударила",
    "бомбили", "бомбила", "бомбардували", "бомбардувала", "бомбардировали", "бомбардировала",
    "гатили", "уразили", "уразила", "обстрілюють", "обстрілює", "обстреливают", "обстреливает",
    # impersonal passives of the regional posts: "атаковано портову інфраструктуру Одеси"
    "атаковано", "обстріляно", "обстреляно", "уражено", "поражено", "пошкоджено", "повреждено",
)  # fmt: skip
