import json
import re
from pathlib import Path

import pytest

from processors import struck_places as struck_places_module
from processors.casefold import fold
from processors.places import find_places
from processors.struck_places import area_around, struck_places


def _struck(text: str) -> list[str]:
    return [sp.mention.place.name for sp in struck_places(text, 0, find_places(text))]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Russian artillery opened fire on Kharkiv on Monday", ["Kharkiv"]),
        (
            "a missile hit a block in the Ukrainian city of Chernihiv near the Belarusian border",
            ["Chernihiv"],
        ),
        ("In Uman, in Cherkasy region, two missiles hit a block", ["Uman"]),
        ("rockets fired from Belgorod hit Kharkiv", ["Kharkiv"]),
        ("In Holon, south of Tel Aviv, a missile hit a building", ["Holon"]),
        # a site in a part of the city the text is about, not a town of its own
        ("The bomber struck the Fowa camp in the south of the city", []),
        ("Shells hit Kharkiv in the north of the country", ["Kharkiv"]),
        # a part of a town named like a place abroad is the town's
        ("jets bombed the districts of Al-Sad Al-Ali and Texas in Nyala", ["Nyala"]),
        # ... or like a place far off, in a town told as a city
        ("jets bombed the adjacent al-Hal (vegetables) market in Idleb city", ["Idlib"]),
        # (a place of its own country told in another is itself: "Sderot in Israel")
        ("rockets hit homes in Holon in Israel", ["Holon"]),
        (
            "a truck bomb blew up at a market in Sadr City, the sprawling Shi'ite district in the "
            "east of the city",
            [],
        ),
        # where officials who first gave a toll sit
        (
            "The regional administration in Donetsk first said four civilians had died; the "
            "figure grew through the day",
            [],
        ),
        # where munitions were shot down, with no harm told, was not hit
        (
            "The air force said most of the drones were shot down over Mykolaiv and Odesa "
            "oblasts",
            [],
        ),
        ("Air defences shot down 12 drones over the Belgorod region", []),
        ("Debris from a drone shot down over Kyiv damaged a house", ["Kyiv"]),
        # a part of the town named next is the town's
        (
            "the patrol was ambushed on a dirt road in San Luis, a rural district of the city "
            "of Neiva in Huila department",
            ["Neiva"],
        ),
        # ... but not a suburb (a town of its own)
        (
            "One slammed into a house in Kiryat Bialik, a northern suburb of Haifa",
            ["Kiryat Bialik"],
        ),
        # a launch site, a road's other end, a victim's hometown, a ministry and a mission
        (
            "the rocket was fired by Hezbollah from an area north of the Lebanese village of "
            "Shebaa",
            [],
        ),
        (
            "An Israeli drone struck a car on the road between the villages of Ainata and "
            "Aitaroun",
            ["Ainata"],
        ),
        ("mourners carried his body through the streets of his hometown of Khiam", []),
        (
            "The Episcopal Diocese of Jerusalem, which runs the hospital, said two strikes hit "
            "the compound",
            [],
        ),
        (
            "Lebanon's foreign ministry in Beirut instructed its mission at the United Nations in "
            "New York to file a complaint, calling the shelling a crime",
            [],
        ),
        # a capital as the government that asks, or says, or will not say
        ("Kyiv did not comment on its involvement in the shelling", []),
        ("Киев свою причастность к обстрелам не комментировал", []),
        (
            "Images appear to show damage to a radar at the air base near Isfahan, "
            "contradicting Tehran's insistence that nothing had been hit",
            ["Isfahan"],
        ),
        (
            "Russian strikes killed six civilians in Kostiantynivka, despite Kyiv's calls for an "
            "unconditional ceasefire",
            ["Kostiantynivka"],
        ),
        # the town a spot is measured from, however the town is described
        (
            "a drone hit a village about 15 kilometres east of the army-held city of El-Obeid",
            [],
        ),
        # whose an official's title is, not where
        (
            "gunmen stopped the convoy carrying supporters of Buluan vice mayor Esmael "
            "Mangudadatu, killing 57",
            [],
        ),
        ("gunmen stopped the convoy in Buluan, killing 57", ["Buluan"]),
        # officials who put the toll of an attack told after them
        (
            "Officials in Srinagar have put the death toll from the attack on tourists at the "
            "Baisaran meadow above Pahalgam at 26",
            ["Pahalgam"],
        ),
        # a police officer's post
        (
            "about 250 people were wounded, said the deputy inspector general of police in "
            "Hyderabad",
            [],
        ),
        # whose office a country is
        (
            "a suicide bomber drove a truck up to the Canal Hotel, the United Nations "
            "headquarters in Iraq, killing at least 22 people",
            [],
        ),
        # the attack named by its place, also where a toll is from
        ("the toll from the Peshawar car bomb has risen to 105", ["Peshawar"]),
        ("the Kramatorsk missile strike killed 13", ["Kramatorsk"]),
        ("rockets fired from the Belgorod region hit Kharkiv", ["Kharkiv"]),
        # whence they came, told after a bearing and a comma
        (
            "OSCE monitors say crater analysis shows Grad rockets came from the north-east, near "
            "Oktyabr, and Uragan rockets from the east",
            [],
        ),
        # a spot told off a town's centre or headquarters
        (
            "missiles hit a gathering of elders in Datta Khel, west of the regional headquarters "
            "of Miranshah",
            ["Datta Khel"],
        ),
        (
            "a bomb exploded outside a church in Madalla, a satellite town about 40 km from the "
            "centre of Abuja",
            ["Madala"],  # (GeoNames spells it so)
        ),
        # a part of the town, not a spot off it
        (
            "shells crashed into a residential quarter in the north-east of Beit Hanoun",
            ["Beit Hanoun"],
        ),
        ("shells hit a village north-east of Kharkiv", []),
        # a river that names a city too
        ("explosions hit a road bridge over the Dnipro in Kremenchuk", ["Kremenchuk"]),
        ("shells struck a house on the right bank of the Dnipro west of Kherson", []),
        # whom the news was given to
        (
            "the bombing of the hospital went on after it had alerted military officials in "
            "Kabul and Washington",
            [],
        ),
        (
            "the bombing of the hospital in Kunduz went on after it informed NATO headquarters "
            "in Brussels",
            ["Kunduz"],
        ),
        ("a missile hit Serhiivka near Odesa", ["Serhiivka"]),
        (
            "missiles hit a lake near Cherkaska Lozova, on the northern outskirts of Kharkiv, "
            "killing six",
            ["Cherkaska Lozova"],
        ),
        ("a missile hit a park on the outskirts of Kharkiv", ["Kharkiv"]),
        (
            "a drone hit a bus in the Komsomolets housing estate of Horlivka's Nikitovsky district",
            ["Horlivka"],
        ),
        (
            "troops repelled drone raids on Kamensk-Shakhtinsky, Novoshakhtinsk and the Kamensky "
            "district, and nobody was hurt",
            [],
        ),
        ("a rocket hit Majdal Shams, a Druze town on the slopes of Mount Hermon", ["Majdal Shams"]),
        ("The city, some 40 kilometres from Kharkiv, was shelled", []),
        # where the speaker is, when the sentence names where the attack was
        (
            "In Kyiv, Ukrainian officials said Russian guided bombs had killed several civilians "
            "in Pokrovsk",
            ["Pokrovsk"],
        ),
        ("In Kharkiv, regional governor Oleh Syniehubov said two people were killed", ["Kharkiv"]),
        # a facility named for a city, in another place; or in a district of that city
        ("drones struck the Zaporizhzhia nuclear power plant in Enerhodar", ["Enerhodar"]),
        ("drones hit the Kursk nuclear power plant in Kurchatov", ["Kurchatov"]),
        # ... and the place hit placed on the way
        ("The Zaporizhzhia Nuclear Power Plant in Ukraine was hit by drones", ["Enerhodar"]),
        ("Nikopol, in southern Ukraine, was shelled again", ["Nikopol"]),
        (
            "a fire broke out at the Moscow oil refinery in Kapotnya after a drone attack",
            ["Moscow"],
        ),
        ("a missile hit Kharkiv and a power plant in Zmiiv", ["Kharkiv", "Zmiiv"]),
        # whose people
        (
            "an explosion at the Olenivka prison camp killed 53 prisoners, most of them "
            "defenders of Mariupol's Azovstal plant, and wounded 75",
            ["Olenivka"],
        ),
        # ... alone, its people or official tell where
        ("Residents of Kharkiv said a missile hit a school", ["Kharkiv"]),
        ("The mayor of Kharkiv said a missile hit a school", ["Kharkiv"]),
        # a firm named like a place
        (
            "three employees of the Bazan group were killed when a missile struck its refinery "
            "in Haifa",
            ["Haifa"],
        ),
        # where envoys speak from, when they speak; an embassy hit
        ("The U.S. embassy in Kyiv said an American citizen was among the dead", []),
        # ... nor the place of a clock told beside the local time
        (
            "US forces struck targets across Yemen early on Friday local time, late on Thursday "
            "evening in Washington",
            [],
        ),
        # ... nor where a truce holds
        ("the first big attack since the parties accepted a ceasefire in Hodeidah", []),
        # ... nor a news outlet's
        ("the Saba agency in Sanaa said a drone had targeted a gathering at the base", []),
        ("several ambassadors in Kyiv said it showed Moscow had no interest in peace", []),
        ("an air strike destroyed the consulate next to Iran's embassy in Damascus", ["Damascus"]),
        # what locates the place named just before
        (
            "a drone struck a bus in the town of Horlivka in Russian-controlled Donetsk",
            ["Horlivka"],
        ),
        # a country named before is no place "near" could be told beside
        ("Sudan's paramilitary RSF shelled a displacement camp near El Fasher", ["El Fasher"]),
        # what a correction takes back
        (
            "Correction: an earlier entry said the attack happened in Pokrovsk; it was in "
            "Dobropillia",
            ["Dobropillia"],
        ),
        (
            "An earlier version of this story, based on a social media post, said the missiles "
            "hit an apartment building in Kramatorsk",
            [],
        ),
        # the place a distance is measured from, introduced
        ("an air strike hit a market west of Tigray's regional capital Mekelle", []),
        ("an air strike hit a market 20 km from the regional capital Mekelle", []),
        ("an air strike hit the regional capital Mekelle", ["Mekelle"]),
        (
            "Russian forces fired seven missiles at Sloviansk, which lies about 40 km from the "
            "front line at Bakhmut",
            ["Sloviansk"],
        ),
        (
            "Russian forces fired seven missiles at Sloviansk, which lies some 40 km from the "
            "fighting around Bakhmut",
            ["Sloviansk"],
        ),
        # where the effects were felt, listed
        (
            "drones hit the Merowe dam, causing a blackout across several states including "
            "Khartoum and Port Sudan",
            ["Merowe"],
        ),
        ("shelling hit Kharkiv while talks went on in Belarus", ["Kharkiv"]),
        (
            "In Kryvyi Rih ten people died, while in Dnipro one person was killed",
            ["Kryvyi Rih", "Dnipro"],
        ),
        ("The attack came hours before Moscow was due to proclaim the annexation", []),
        ("missiles struck the Shevchenkivskyi district of Kyiv", ["Kyiv"]),
        # a district named for its town is the town's; a city's districts are the city's
        ("a drone strike killed three people in the Zakho district", ["Zakho"]),
        ("shelling killed two people in the Kupiansk district", ["Kupiansk"]),
        # ... unless it only locates a smaller place
        ("shelling killed two people in a village in the Kupiansk district", []),
        # ... or a hromada, or a place just named
        ("a drone hit a farm in the Krasnopillia hromada of Okhtyrka raion", ["Krasnopillia"]),
        ("guided bombs fell on the Velyka Pysarivka hromada in Okhtyrka raion",
         ["Velyka Pysarivka"]),
        ("a missile hit houses in Zlatopil (Pervomaiskyi), in Lozova raion, injuring four",
         ["Zlatopil"]),
        # the city a place is near, however it is introduced, but not a place listed as hit
        (
            "a rocket killed two people on the outskirts of Kiryat Ata, near the northern "
            "Israeli port city of Haifa",
            ["Kiryat Ata"],
        ),
        ("bombings killed 140 people in the city of Homs and near the capital Damascus",
         ["Homs", "Damascus"]),
        # a route's end is no place hit
        (
            "the bus, carrying 60 people from the border town of Mandera to Nairobi, was stopped "
            "shortly after leaving Mandera",
            ["Mandera"],
        ),
        ("a drone hit a train travelling from Kharkiv to Kyiv", []),
        # a ground campaign there is no strike on it; an assault on it is
        (
            "gunmen attacked police posts in Kirkuk to divert forces from the offensive on Mosul",
            ["Kirkuk"],
        ),
        ("militants launched an assault on Kirkuk", ["Kirkuk"]),
        # ... as a county does ("a town in Damavand county" is no attack on Damavand)
        ("gunmen attacked a car in Absard, a town in Damavand county east of Tehran", ["Ab Sard"]),
        # (the country is kept here; a country alone is never an event)
        ("a strike on the village of Almat in Lebanon's Jbeil district killed 23", ["Lebanon"]),
        ("Russian shelling of Nikopol district killed one man", ["Nikopol"]),
        ("shells hit a resort in the Zakho district of Iraq's Kurdistan region", ["Zakho"]),
        ("shelling killed two in the Kupiansk district of the Kharkiv region", ["Kupiansk"]),
        ("a strike on a building in the Mezzeh district of Damascus", ["Damascus"]),
        ("a drone hit a house in Kharkiv's Kyivskyi district", ["Kharkiv"]),
        # (GeoNames' city districts are no places: the officials' city is the one named)
        ("a drone hit the Prymorskyi district, Odesa officials said", ["Odesa"]),
        ("crews cleared debris from strikes on the Kyivskyi and Shevchenkivskyi districts", []),
        ("Kyiv asked for help as Russian drones struck Odesa overnight", ["Odesa"]),
        ("Ankara regards the militia as a branch of the PKK and did not comment on the strike", []),
        # a river's bank, not the city named like the river; a city's bank is the city's
        ("a drone hit a house in Kozatske, a village on the Dnipro's right bank", ["Kozatske"]),
        ("fragments hit a building on Voronezh's left bank", ["Voronezh"]),
        # ... or its course, and a town up- or downstream of another
        (
            "a strike hit a depot in Nova Kakhovka, the occupied town on the Dnipro upstream of "
            "Kherson",
            ["Nova Kakhovka"],
        ),
        ("Kharkiv has long urged allies to approve strikes on launch sites", []),
        ("Drones hit Lviv overnight, killing two, as Ukraine waits for Patriots", ["Lviv"]),
        # a facility named for its city, placed in a region, is in that city
        ("A drone hit Sulaymaniyah airport in Iraq's Kurdistan region", ["Sulaymaniyah"]),
        # a region listed with a place it does not hold was hit too; one that holds it not
        ("US strikes on Sanaa and the northern province of Saada", ["Sanaa", "Saada Governorate"]),
        ("Drones hit Belgorod and the Kursk region overnight", ["Belgorod", "Kursk Oblast"]),
        ("Drones hit Sumy and the Sumy region overnight", ["Sumy"]),
        ("a strike on a guesthouse in Hasbaya, southern Lebanon", ["Hasbaya"]),
        # a country's minister speaks, it was not hit (and takes no figures from Homs)
        ("Drones hit Homs, killing 80, and wounding 240, Syria's health minister said", ["Homs"]),
        # drones fired at over a city were over their target, not launched from there
        ("Air defences fired at several drones over Isfahan early on Friday", ["Isfahan"]),
        ("Russia fired missiles launched over the Caspian at Kharkiv", ["Kharkiv"]),
        # the war named for a place
        ("the deadliest attack of the Nagorno-Karabakh war", []),
        # a way out or a heading is not a place hit
        ("The strike came before a corridor was due to let civilians leave towards Poltava", []),
        ("Residents fled to Zaporizhzhia after shelling hit Orikhiv", ["Orikhiv"]),
        # a place that answers, and a purpose
        ("Washington has responded with strikes on the groups in both countries", []),
        ("Moscow responded with missile strikes on Kyiv", ["Kyiv"]),
        ("They attack ships in solidarity with Palestinians in Gaza", []),
        ("Drones hit a ship, and they vowed to go on until Israel halts its war in Gaza", []),
        ("A blast in Kabul killed 53, the United Nations mission in Afghanistan said", ["Kabul"]),
        ("The army, which controls the government now based in Port Sudan, condemned it", []),
        # a government's seat, a place won or lost
        ("The government in Tripoli blamed the LNA for the strike on Tajoura", ["Tajoura"]),
        ("The military government in Ouagadougou condemned the attack on Barsalogho", []),
        # where a reaction came from, told first
        ("In Kabul, former president Hamid Karzai denounced the strike as an abuse", []),
        ("In Kharkiv, a missile killed three people", ["Kharkiv"]),
        ("President Mahmoud Abbas, in Ramallah, condemned what he called a massacre", []),
        # where the wounded are treated
        ("Thirteen children are being treated for gunshot wounds in Kumba, Buea and Limbe", []),
        # an official's region, told by its kind
        (
            "Syrian aircraft bombed their position in Syria's Idlib province, Rahmi Dogan, "
            "governor of the neighbouring Turkish province of Hatay, said",
            ["Idlib Governorate"],
        ),
        # where an alert sounded before the strike
        (
            "Air-raid sirens had sounded across the Dnipropetrovsk region and in Kyiv shortly "
            "before the missiles struck Dnipro",
            ["Dnipro"],
        ),
        ("The LNA announced a new campaign of air strikes after losing the town of Gharyan", []),
        # the region a place not hit is in
        ("They say the gunmen came from Hebron in the occupied West Bank", []),
        ("A missile hit Kramatorsk in the Donetsk region", ["Kramatorsk"]),
        # a government's stance
        (
            "Turkey's prime minister blamed Russia, calling the attack an obvious war crime, and "
            "said Ankara would not let Azaz fall",
            [],
        ),
        # where someone spoke
        (
            "Israel struck his sons' car; speaking to Al Jazeera in Doha, Haniyeh said the "
            "strike killed them",
            [],
        ),
        # where a deal was signed
        ("Missiles hit Odesa's port a day after the grain deal was signed in Istanbul", ["Odesa"]),
        ("Атака сталася наступного дня після підписання зернової угоди в Стамбулі.", []),
        # around a town is its vicinity; around a country, all over it
        ("Israeli air strikes on the area around Masyaf killed 14 people", ["Masyaf"]),
        ("Missiles hit targets around Ukraine overnight", []),
        # a train's route
        (
            "Дрони вдарили по вокзалу в Шостці під час посадки на потяг Шостка — Київ.",
            ["Shostka"],
        ),
        ("Дрон влучив у потяг у Києві.", ["Kyiv"]),
        # where a munition was launched from, and a facility named for its town
        (
            "The army said the mortar had been launched from beside a UN school sheltering "
            "displaced Gazans in Gaza City's Zeitoun neighbourhood",
            [],
        ),
        ("Missiles fired from ships in the Black Sea hit targets in Odesa", ["Odesa"]),
        (
            "Four people were killed when a bomb went off near the Shalkot police station in "
            "Quetta",
            ["Quetta"],
        ),
        # where the attackers came from
        (
            "Police said two Palestinian relatives from Bani Naim, near Hebron, drove stolen "
            "cars into pedestrians",
            [],
        ),
        # where the wounded were treated, where it was heard, a sea named for a place
        (
            "A bomb killed 20 in Sehwan, and the wounded were treated in hospitals in Sehwan, "
            "Jamshoro, Hyderabad and Karachi",
            ["Sehwan"],
        ),
        (
            "A bomb killed 20 in Mubi, and dozens were taken to hospitals in Mubi and the state "
            "capital Yola",
            ["Mubi"],
        ),
        (
            "Jets bombed houses in Azaz, and many wounded were driven across the border to "
            "hospitals in the Turkish town of Kilis",
            ["Azaz"],
        ),
        ("Russian missiles hit hospitals in Kharkiv", ["Kharkiv"]),
        (
            "Дрони атакували Бєлгород, поранену дівчинку доставили до лікарні в Курську",
            ["Belgorod"],
        ),
        ("Девочка ранена и доставлена в больницу в Темрюке", []),
        ("Ракета влучила в лікарню у Харкові", ["Kharkiv"]),
        # where hospital staff who speak work
        (
            "Hospital officials at al-Aqsa Martyrs Hospital in Deir al-Balah said dozens of "
            "wounded were brought in",
            [],
        ),
        # a ship, protests or a speech named for a place
        ("In other raids the frigate HMS Plymouth was hit by bombs, wounding five", []),
        (
            "A bomb exploded at a rally in Kharkiv marking the anniversary of the Maidan protests",
            ["Kharkiv"],
        ),
        (
            "Putin, speaking to soldiers at a military hospital in Moscow, said the drone hit a "
            "house",
            [],
        ),
        # the district that holds the town hit, named after another town
        (
            "Drones hit a school in the town of Rzhyshchiv in Kyiv region's Obukhiv district",
            ["Rzhyshchiv"],
        ),
        # a place named as the street's, along it
        ("A man drove a rented van along a busy Toronto sidewalk, killing 10", ["Toronto"]),
        # where the attackers came from, where survivors spoke to reporters
        (
            "Hamas said both gunmen came from the nearby village of Urif, and praised the "
            "shooting",
            [],
        ),
        (
            "The attackers went from house to house shooting men, survivors told reporters in "
            "Dori, the regional capital",
            [],
        ),
        # where an official spoke, a title and a name before the verb
        (
            "In Sanaa, the Houthi military spokesman Yahya Saree said the group had fired "
            "ballistic missiles and drones at Eilat",
            ["Eilat"],
        ),
        # the attack ranked among others on a place, a truce's venue
        (
            "Shells slammed into the Sabreen market in Omdurman, killing 54, in one of the "
            "deadliest attacks on Khartoum in months",
            ["Omdurman"],
        ),
        ("A humanitarian truce agreed in Moscow on October 10 has all but collapsed", []),
        # a war named by where it is waged; a town the camp hit lies at the edge of
        ("Saree promised more attacks until the war on Gaza ended", []),
        (
            "13 people were killed in an Israeli strike on Ain el-Helweh, the largest refugee "
            "camp in the country, on the edge of the southern city of Sidon",
            ["Ain al-Hilweh"],
        ),
        # where a wounded victim died
        ("Another injured woman died in a Dnipro hospital on 11 September", []),
        # where the wounded were taken
        (
            "Rescuers took seven wounded to Meir hospital in Kfar Saba, among them a baby",
            [],
        ),
        # a bearing in the town after a part of it we do not know
        ("Israeli jets struck a camp in Tal as-Sultan, north-west Rafah, killing 45", ["Rafah"]),
        # a round-up's item, headed by its place after a bullet
        (
            "• Kherson city: a man was killed on Saturday when a Russian shell struck a house",
            ["Kherson"],
        ),
        # a state's war, not a place hit
        (
            "On Tuesday rockets fell on the town, which houses the headquarters of Kyiv's "
            "'anti-terrorist operation'",
            [],
        ),
        # where jets fired from
        (
            "Syria's defence ministry said Israeli F-35 jets had carried out the raid from over "
            "the occupied Golan Heights",
            [],
        ),
        # the region a town told before lies in: the town was hit, not the whole region
        ("The attack happened on Sunday afternoon in the town in Hama province", []),
        # a river named like a town
        (
            "Rockets hit the town of Marhanets and the village of Vyshchetarasivka on the Dnipro "
            "river",
            ["Marhanets", "Vyshchetarasivka"],
        ),
        # a place stormed
        (
            "Gunmen who stormed Garissa University College in northeastern Kenya killed 147",
            ["Garissa"],
        ),
        ("The blast in Zliten was heard in nearby Misrata", ["Zliten"]),
        # a sea is a place hit, but its coasts' towns are finer
        ("A missile hit a tanker in the Gulf of Aden", ["Gulf of Aden"]),
        ("Drones attacked ships in the Sea of Azov near Berdiansk", ["Berdiansk"]),
        # officials in a place who give the figures, after the place hit: their seat
        (
            "an attack on a church in the town of Owo, and officials in Ondo state put the "
            "death toll at 40",
            ["Owo"],
        ),
        ("Shelling hit Kupiansk, police in the Kharkiv region said", ["Kupiansk"]),
        (
            "Drones targeted a military airfield in the Morozovsk district of Russia's Rostov "
            "region overnight, sources in Kyiv said on Friday",
            ["Morozovsk"],
        ),
        # ... alone, or with its own attack, still where it happened
        ("Officials in Kharkiv said a missile hit a school", ["Kharkiv"]),
        # a place that locates the one hit, however it is introduced; at sea, the port stays
        ("the strike flattened homes in Qana, southeast of the port city of Tyre", ["Qana"]),
        (
            "the tanker was hit about 77 nautical miles west of Yemen's port of Hodeidah",
            ["Hodeidah"],
        ),
        # a venue named after another place; where the wounded were flown
        (
            "a gunman attacked shoppers at a Walmart near the Cielo Vista Mall in El Paso",
            ["El Paso"],
        ),
        ("she was wounded at home in Port-au-Prince and was flown to Miami", ["Port-au-Prince"]),
        # where the attacker came from
        (
            "two gunmen from the town of Umm al-Fahm shot dead two police officers in Hadera",
            ["Hadera"],
        ),
        ("the gunman, a 26-year-old from a village near Jenin, fired a rifle at cars", []),
        (
            "Shelling hit Kupiansk, and officials in Izium reported shelling too",
            ["Kupiansk", "Izium"],
        ),
        # an official's seat, after the place hit
        (
            "Rockets hit Nova Kakhovka late on Monday, the head of the administration of the "
            "Kakhovka district, Vladimir Leontyev, said",
            ["Nova Kakhovka"],
        ),
        # another site, told by what lies near it as the first one is
        (
            "U.S. jets struck a training facility near Abu Kamal and a safe house near Mayadin",
            ["Albu Kamal", "Al-Mayadin"],
        ),
        ("a missile hit Serhiivka and near Odesa", ["Serhiivka", "Odesa"]),
        # where a victim comes from
        ("Rocket fire killed a French journalist born in Sarajevo", []),
        # a site outside a town is the town's
        ("a drone struck the airfield outside Kupiansk, killing three", ["Kupiansk"]),
        # where an official was when he spoke
        ("Губернатор, находившийся в Москве, сообщил, что ракета попала в Рыльск.", ["Rylsk"]),
        # whose forces the victims were
        (
            "Three of Iraqi Kurdistan's counter-terrorism forces were killed when a drone struck "
            "an airfield near Halabja",
            ["Halabja"],
        ),
        # a route's named stops (but not a place a dash only follows)
        ("Drones hit a passenger train on the Kharkiv–Lviv route near Lozova", ["Lozova"]),
        ("A missile struck a car on the Kyiv-Odesa highway on Monday", []),
        ("Shells hit Kharkiv - the mayor said the road was closed", ["Kharkiv"]),
        # where emergency rule was declared
        (
            "A car bomb hit the police station in San Lorenzo; emergency rule was declared in "
            "Esmeraldas",
            ["San Lorenzo"],
        ),
        # attacks an attack is compared to
        (
            "A truck hit soldiers in Jerusalem; he compared it to attacks in Nice and Berlin",
            ["Jerusalem"],
        ),
        # the coast a rocket fell in the sea off
        ("A rocket hit Ashkelon; another fell into the sea off Ashdod", ["Ashkelon"]),
        # the place a strike damaged (its plant named for it)
        ("A drone attack damaged the Sterlitamak petrochemical plant on Tuesday", ["Sterlitamak"]),
        # a state as the attacker; a local government area is a place
        ("The terrorists of the Kyiv regime shelled the city of Skadovsk", ["Skadovsk"]),
        ("A jet bombed two villages in Silame local government area of Sokoto State", ["Silame"]),
        # a government that comments
        (
            "Киев официально подобные удары комментирует редко, однако дроны снова атаковали "
            "Краснодар",
            ["Krasnodar"],
        ),
        # one stop of a route the gazetteer knows, the other not
        ("A bomber rammed a convoy near Noshki on the Quetta–Taftan highway", ["Noshki"]),
        # an administration's initials name an official's seat
        ("Head of Kharkiv OVA: the occupiers struck Izium with a ballistic missile", ["Izium"]),
        # an area is its place when a wider one follows, not a city's district
        ("air strikes on the Masyaf area of central Syria killed 18", ["Masyaf"]),
        ("a strike on the al-Mawasi area of Khan Younis killed 90", ["Khan Yunis"]),
        # (a route's kind of train or line told before it)
        ("a shell struck a carriage of the Kherson–Lviv passenger train in Kherson", ["Kherson"]),
        ("A bomb hit a bus on the Taftan-Quetta road", []),
        # a district of the city told after its possessive is in the city
        ("A fuel tank in Sochi's Adler district caught fire after a drone hit it", ["Sochi"]),
        # the place a blast rocked or tore through; not a route
        ("A huge blast rocked Kabul on Monday, killing five", ["Kabul"]),
        ("Two parked car bombs ripped through Nasiriyah, killing one person", ["Nasiriyah"]),
        ("They asked that a power line be routed through Bamiyan province when bombers struck", []),
        # where it was aimed, when the sentence goes on to where it hit; not a list of aims
        (
            "a barrage aimed at Haifa killed two people in an olive grove on the outskirts of "
            "Kiryat Ata",
            ["Kiryat Ata"],
        ),
        # what a site hit lay next to; not where the munitions were fired from
        ("a drone struck a training base next to Binyamina", ["Binyamina-Givat Ada"]),
        ("14 rockets were fired from launchers next to the Rafah crossing", []),
        (
            "barrages aimed at Ashkelon, Sderot and Beersheba killed four",
            ["Ashkelon", "Sderot", "Beersheba"],
        ),
    ],
)
def test_struck_places(text: str, places: list[str]) -> None:
    assert _struck(text) == places


def test_each_place_gets_its_own_stretch() -> None:
    text = "In Kryvyi Rih ten people died, while in Dnipro one person was killed"
    first, second = struck_places(text, 0, find_places(text))
    assert "ten" in text[first.seg_start : first.seg_end]
    assert "one person" in text[second.seg_start : second.seg_end]
    assert "ten" not in text[second.seg_start : second.seg_end]


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Four people were killed in Odesa when debris struck a building, one person was "
            "killed in Lviv, and in Kharkiv 13 people were wounded.",
            "one person",
            "Lviv",
        ),
        (
            "Shelling hit Kherson, killing a man in the nearby village of Bilozerka.",
            "a man",
            "Bilozerka",
        ),
    ],
)
def test_a_toll_in_its_own_clause_before_a_place_is_that_places(
    text: str, figure: str, place: str
) -> None:
    stretches = {
        sp.mention.place.name: text[sp.seg_start : sp.seg_end]
        for sp in struck_places(text, 0, find_places(text))
    }
    assert [name for name, stretch in stretches.items() if figure in stretch] == [place]


def test_offsets_are_article_offsets() -> None:
    article = "Intro sentence. Shelling hit Kharkiv."
    sentence_start = article.index("Shelling")
    (sp,) = struck_places(article[sentence_start:], sentence_start, find_places(article))
    assert article[sp.mention.start : sp.mention.end] == "Kharkiv"


def _before_gates() -> list[tuple[str, struck_places_module._Before]]:
    found = []
    for name, value in vars(struck_places_module).items():
        for i, item in enumerate(value if isinstance(value, tuple) else (value,)):
            if isinstance(item, struck_places_module._Before):
                found.append((f"{name}[{i}]", item))
    return found


def test_the_gates_before_a_place_are_sound_on_the_labelled_cases() -> None:
    """Where a ``_Before`` pattern matches the text before a word, its cheap tests pass."""
    gates = _before_gates()
    assert len(gates) >= 9
    path = Path(__file__).parent / "cases" / "strikes-own.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    matched = set()
    for text in texts:
        low = fold(text)
        for word in re.finditer(r"\w+", low):
            head = low[: word.start()]
            before, tail = head[-60:], head.rstrip()
            for name, gate in gates:
                if gate.pattern.search(before):
                    matched.add(name)
                    assert gate.search(before, tail), (name, before)
    assert len(matched) >= 4  # the cases exercise the gates


@pytest.mark.parametrize(
    "before",
    ["fired from the direction of ", "40 km south of ", "talks held in ", "spokesman ",
     "grain bound for ", "across the ", "drones launched over the ", "border with ",
     "civilians leave the city towards ", "residents fled to ", "treated in hospitals in ",
     "the blast was heard in nearby ", "a tanker in the gulf of "],
)  # fmt: skip
def test_each_reference_is_found_through_its_gate(before: str) -> None:
    hits = [name for name, gate in _before_gates() if gate.search(before, before.rstrip())]
    assert hits, before


@pytest.mark.parametrize(
    ("before", "not_hit"),
    [
        ("missiles were launched from ", True),
        ("after talks in ", True),
        ("the blast was heard in nearby ", True),
        ("lies on the border with ", True),
        ("power outages across ", True),
        ("the town 40 km north of the regional capital ", True),
        ("strikes hit the city of ", False),
        ("", False),
    ],
)
def test_not_hit_patterns_looked_up_by_last_word_find_what_each_finds(
    before: str, not_hit: bool
) -> None:
    low = fold(before)
    tail = low.rstrip()
    each = any(pattern.search(low, tail) for pattern in struck_places_module._NOT_HIT)
    assert each == not_hit
    assert struck_places_module._not_hit_before(low, tail) == not_hit


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Shelling hit a displacement camp south of El Fasher on Friday.", "North Darfur"),
        ("A drone strike killed five people 20 km west of Mekelle.", "Tigray Region"),
        ("Rockets hit camps west of the provincial capital Idlib.", "Idlib Governorate"),
        # far off, or at sea, the town's region may not hold the spot
        ("Drones struck a camp about 120 miles north of Bosaso.", None),
        ("A ship was hit 50 nautical miles west of Hodeidah.", None),
        # a capital's region is often the city alone: the capital stands for its outskirts
        ("Air strikes hit a hotel north of Yemen's capital Sanaa.", "Sanaa"),
        # a place named without a bearing is no spot told off it, nor one people came from
        ("Missiles were launched from Belgorod at a village.", None),
        ("Gunmen attacked soldiers from Makurdi, killing 12.", None),
        ("Gunmen attacked a quarry a few kilometres from Makurdi, killing 12.", "Benue State"),
    ],
)
def test_the_area_around_a_town_a_spot_is_told_off(text: str, region: str | None) -> None:
    around = area_around(text, 0, find_places(text))
    assert (around.place.name if around else None) == region


def test_an_officials_office_in_a_place_is_where_it_speaks() -> None:
    text = (
        "The governor's office in Turkey's neighbouring Hatay province said at least 13 people "
        "were killed and 27 wounded in the attack."
    )
    assert _struck(text) == []
    # (the officials of a place told as hit still tell of it)
    assert _struck("Officials in Kharkiv said a missile hit a school.") == ["Kharkiv"]


def test_where_a_munition_fired_from_elsewhere_crashed_is_hit() -> None:
    # Samtah, December 2021
    text = "A projectile fired from Yemen crashed onto a street in Samtah on Friday, killing two."
    assert _struck(text) == ["Samtah"]
    # (but not where it was fired from)
    assert _struck("Rockets fired from positions in Gaza hit open areas.") == []


def test_where_travellers_came_from_is_not_hit() -> None:
    text = (
        "A truck bomb hit a petrol station on the outskirts of Hilla, killing pilgrims returning "
        "home from Arbaeen commemorations in Kerbala."
    )
    assert _struck(text) == ["Al Hillah"]


def test_a_hospitals_town_told_as_where_the_attack_hit_is_hit() -> None:
    # Khan Younis, October 2023: the medics' town is "the southern city" the raids hit
    text = (
        "Medics at Nasser Hospital in Khan Younis say they have received at least 12 dead after "
        "Israeli air raids levelled homes in the southern city on Thursday."
    )
    assert _struck(text) == ["Khan Yunis"]
    # (but not when the raids hit elsewhere)
    elsewhere = (
        "Medics at Nasser Hospital in Khan Younis say they have received 12 dead from Israeli "
        "air raids on Rafah."
    )
    assert "Khan Yunis" not in _struck(elsewhere)


def test_a_held_part_of_a_city_is_the_city() -> None:
    # Aleppo, April 2014: the rebel-held east is Aleppo; a village east of it is not
    text = "A jet fired a missile into a school in the rebel-held east of Aleppo on Wednesday."
    assert _struck(text) == ["Aleppo"]
    assert _struck("Shelling hit a village east of Aleppo on Wednesday.") == []


def test_where_what_an_attack_caused_happened_is_not_hit() -> None:
    # Barvinkove, April 2022: the strike on the overpass stranded trains in two cities
    text = (
        "Напередодні ворог завдав авіаудару по шляхопроводу біля Барвінкового, через що в "
        "Слов'янську та Краматорську опинилися заблоковані потяги."
    )
    assert "Kramatorsk" not in _struck(text)
    assert "Sloviansk" not in _struck(text)


def test_hospitals_the_wounded_were_taken_to_are_not_hit() -> None:
    text = (
        "One man was killed and seven were wounded; they were taken by ambulance and air force "
        "helicopter to Ziv hospital in Safed, Rambam in Haifa and Beilinson in Petah Tikva."
    )
    assert _struck(text) == []
    # (nor is a hospital's seat when it speaks of the wounded it treats ...)
    speaks = (
        "A drone slammed into a community centre in Arab al-Aramshe. The Galilee Medical Center "
        "in Nahariya said one of the wounded was in critical condition."
    )
    assert "Nahariya" not in _struck(speaks)
    # (... but it is when it tells of a strike there)
    told = "Tal Chiha hospital in Zahle said strikes on the outskirts of the town caused damage."
    assert _struck(told) == ["Zahle"]


@pytest.mark.parametrize(
    "text",
    [
        "Two sergeants of the Iowa National Guard were killed when a gunman opened fire.",
        "Baghdad Operations Command: an unidentified drone has struck a site inside Camp Taji.",
        "Базирующаяся в Лондоне обсерватория утверждает, что удар убил трех человек.",
    ],
)
def test_a_force_or_a_source_named_for_a_place_is_not_hit(text: str) -> None:
    assert not {"Iowa", "Baghdad", "London"} & set(_struck(text))


@pytest.mark.parametrize(
    "text",
    [
        # where blasts were heard, a list's every town
        "Вибухи вночі чули в Калуші, Хмельницькому, Луцьку та Рівному.",
        # where ground fighting goes on
        "Атака произошла на четвёртый день боёв в Курской области.",
    ],
)
def test_where_blasts_were_heard_or_troops_fight_is_not_hit(text: str) -> None:
    assert _struck(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Forces loyal to Haftar, who is waging a campaign against Islamists in Benghazi, claimed "
        "responsibility, as they had after the first raid on Monday, when jets struck camps.",
        "Washington acknowledges its drone programme, but does not discuss individual strikes.",
    ],
)
def test_where_a_war_is_waged_or_who_acknowledges_it_is_not_hit(text: str) -> None:
    assert not {"Benghazi", "Washington"} & set(_struck(text))


def test_the_earlier_attacks_a_ranking_counts_are_not_hit() -> None:
    text = "It is the third AU base to be overrun in a year, after Leego and Janaale."
    assert _struck(text) == []
    # (an attack after which another came is no ranking: "hit Kyiv after Kharkiv")
    assert _struck("Missiles hit Kyiv hours after drones struck Kharkiv.") == ["Kyiv", "Kharkiv"]


def test_where_a_gun_fired_from_is_not_hit() -> None:
    text = (
        "Russian fire, probably from a tank on the occupied left bank near Kakhovka, hit the "
        "central market in Beryslav."
    )
    assert _struck(text) == ["Beryslav"]
    # (the place hit after it stays: its clause tells the hit)
    assert _struck("Shells fired from positions near Donetsk hit a school in Avdiivka.") == [
        "Avdiivka"
    ]


def test_a_clerics_sees_are_not_hit() -> None:
    text = "Metropolitan Hilarion of Donetsk and Mariupol said shelling hit the monastery."
    assert _struck(text) == []
    assert _struck("Missiles hit the metropolitan area of Kyiv.") == ["Kyiv"]


def test_the_object_of_an_impersonal_passive_is_hit() -> None:
    assert _struck("Атаковано портову інфраструктуру Одеси.") == ["Odesa"]
    assert _struck("Обстріляно Нікополь і Марганець.") == ["Nikopol", "Marhanets"]


def test_a_roads_first_end_is_hit_unless_the_road_places_a_site_named_before() -> None:
    assert _struck("A drone hit a car on the road between Aita al-Shaab and Dibel.") == [
        "Ayta ash-Shaab"
    ]
    assert _struck("A drone struck a car on the road between Ainata and Aitaroun.") == ["Ainata"]
    text = (
        "An air strike hit an army position in Al-Amiriyah, on the road between Qlayleh and "
        "Tyre, killing one soldier."
    )
    assert _struck(text) == []
    # (the two sides of talks are still no places: "talks between Israel and Lebanon")
    assert _struck("Talks between Israel and Lebanon went on as a drone hit a car.") == []


def test_the_district_a_village_is_told_to_lie_in_is_not_hit() -> None:
    text = (
        "The Armed Forces of Ukraine shelled a road in the settlement of Maslova Pristan, "
        "Shebekino district, wounding two."
    )
    assert _struck(text) == ["Maslova Pristan"]


def test_the_township_a_village_is_told_to_lie_in_is_not_hit() -> None:
    text = (
        "Jets bombed a crowd in Pa Zi Gyi village, Kanbalu township, Sagaing region, killing "
        "more than 100 people."
    )
    assert "Kanbalu" not in _struck(text)


def test_where_an_outage_reached_is_not_hit() -> None:
    text = (
        "Drones struck the Al-Muqrin power station in Atbara before dawn, killing two workers and "
        "cutting electricity across River Nile and Red Sea states and parts of Omdurman."
    )
    assert _struck(text) == ["Atbara"]
    # (but a strike told after the outage, in a clause of its own, is)
    text = (
        "A power station was hit late on Wednesday, cutting electricity to large parts of the "
        "city, and on Thursday morning a drone struck a bakery in Amuda."
    )
    assert _struck(text) == ["Amuda"]


def test_a_citys_international_airport_hit_is_the_city() -> None:
    text = "They are safe after Sanaa International Airport came under aerial bombardment."
    assert _struck(text) == ["Sanaa"]


def test_the_hromada_a_village_is_in_is_no_place_hit() -> None:
    text = "The enemy attacked the village of Rivne in the Myrnohrad hromada with a drone."
    assert "Myrnohrad" not in _struck(text)
    assert "Myrnohrad" not in _struck(text.replace("hromada", "community"))
    # (but a hromada named alone is its town's, and a body named so is not one)
    assert _struck("A guided bomb struck the Khotin hromada in Sumy raion.") == ["Khotin"]
    text = "A bomb hit members of the Zamfara Community Protection Guards."
    assert _struck(text) == ["Zamfara State"]


def test_a_place_opening_a_quoted_post_is_hit() -> None:
    assert _struck('"Kryvyi Rih. The toll of the missile strike has risen to 18 dead.') == [
        "Kryvyi Rih"
    ]


def test_a_regions_agency_that_speaks_is_no_place_hit() -> None:
    text = "Eleven people were killed when a shell hit a car, Gaza's civil defence said."
    assert _struck(text) == []
    # (a city's mayor who speaks may well speak of the city hit)
    assert _struck("A drone hit a house, killing two, Kharkiv's mayor said.") == ["Kharkiv"]
