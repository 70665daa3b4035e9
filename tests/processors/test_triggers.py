import pytest

from processors.triggers import (
    all_stopped,
    find_strike,
    is_armed_context,
    is_not_a_strike,
    means_type,
    other_attack_start,
    refers_back,
    told_as_habit,
)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russian rocket artillery opened fire on Kharkiv", "shelling"),
        # attack drones that strike
        ("Russian attack drones hit an apartment block in Odesa", "drone"),
        ("Russia launched 90 attack drones at Ukraine overnight, injuring three", "drone"),
        ("Heavy shelling killed eight people in the camp", "shelling"),
        ("A mortar round hit the market", "shelling"),
        ("Grad rockets slammed into a housing estate", "shelling"),
        ("Residents said two missiles ripped through tents put up for the wedding", "missile"),
        # a flash's present tense
        ("DNIPRO: Russian missile slams into nine-storey apartment block", "missile"),
        ("Drone crashes into apartment building in Kursk", "drone"),
        ("A car bomb tore through a crowded market", "other_attack"),
        ("A Russian rocket loaded with cluster munitions came down on a nursery", "shelling"),
        ("A drone had come down on the grounds of the refinery", "drone"),
        ("the Dnipro apartment block torn open by a Russian missile on Saturday", "missile"),
        ("Two Israeli missiles flattened a house at the entrance to the village", "missile"),
        ("A few ballistic missiles got through and caused light damage at the base", "missile"),
        # a boiler room destroyed, not a boiler that blew up
        (
            "In Dnipro the missile destroyed the boiler room of a rehabilitation centre, and "
            "three people were injured",
            "missile",
        ),
        # a disaster that only tells the time
        (
            "Myanmar's military bombed Naungcho on Friday afternoon, about three hours after the "
            "earthquake struck central Myanmar, killing seven people",
            "air_strike",
        ),
        # what a site supplied, in a clause of its own, is no arms trade
        (
            "Its jets hit the port and a power plant, which it said the Houthis used to supply "
            "their military operations",
            "air_strike",
        ),
        # a bombardment by aircraft is from the air
        ("Israeli aircraft struck targets in the heaviest bombardment in months", "air_strike"),
        ("Russian forces bombarded the town overnight, killing two", "shelling"),
        ("Two drones were destroyed over Kursk, and a third hit a house", "drone"),
        (
            "A car packed with explosives crashed through two gates and blew up at the reception",
            "other_attack",
        ),
        ("A missile struck a residential building in Chernihiv", "missile"),
        ("A ballistic missile hit the station", "missile"),
        ("Russia's drone and missile attack killed 31", "missile"),
        ("A Russian air strike on a maternity hospital", "air_strike"),
        ("Warplanes bombed the market", "air_strike"),
        ("Two guided bombs set the store ablaze", "air_strike"),
        ("A glide bomb hit an apartment block", "air_strike"),
        ("A drone attack on the Saudi Hospital", "drone"),
        ("Shahed drones struck energy facilities", "drone"),
        ("A loitering munition hit a bus", "drone"),
        ("Two car bombs exploded at the junction", "other_attack"),
        ("Two explosive-laden vehicles rammed the wall, killing 18", "other_attack"),
        ("A drone crashed inside the perimeter of Erbil airport", "drone"),
        ("A Ukrainian drone crashed into an apartment building", "drone"),
        ("Bosnian Serb shells crashed into the besieged enclave of Srebrenica", "shelling"),
        ("A missile crashed into a school", "missile"),
        ("Ukraine used U.S.-supplied ATACMS missiles, striking airfields in Berdiansk", "missile"),
        ("Russian troops used mortars and tanks against the village of Kamianka", "shelling"),
        ("There was no sign of life after a missile hit the house", "missile"),
        ("A missile killed two unarmed civilians in Kherson", "missile"),
        # a vehicle bomb driven at its target, or set off
        (
            "The driver rammed a pickup truck packed with about 80 kg of explosives into the gate",
            "other_attack",
        ),
        ("A truck laden with explosives blew up outside the hotel", "other_attack"),
        ("Two bombs went off minutes apart at seafood cafes on the beach", "other_attack"),
        ("A mortar round detonated inside the school courtyard", "shelling"),
        ("Government helicopters fired rockets into a crowd at a madrasa", "air_strike"),
        ("Hamas fired rockets at Tel Aviv", "shelling"),
        ("The tanker was hit by several projectiles west of Hodeidah", "other_attack"),
        ("Drones struck the oil field, setting tanks on fire and halting production", "drone"),
        ("A suicide bomber blew himself up at the mosque", "other_attack"),
        ("Russia intensified its missile strikes on Kharkiv, killing three", "missile"),
        ("Russia fired missiles at Kyiv on Monday, showing its strike capability", "missile"),
        ("Russia fired missiles at Kyiv in a test of Western resolve, killing three", "missile"),
        # arms named for the weather are no weather
        ("British Tornado jets fired Storm Shadow missiles at a former missile base", "missile"),
        ("Tornado-S rockets hit the city centre", "shelling"),
        # a grenade launcher carried by hand is no artillery
        ("Gunmen in boats attacked the ship with rocket-propelled grenades", "other_attack"),
        ("Militants fired RPGs at the convoy, killing two soldiers", "other_attack"),
        (
            "Two explosive-laden vehicles rammed the wall, and gunmen then tried to storm the "
            "compound, killing 18 people",
            "other_attack",
        ),
        # what came over a border or down in a field and still hit something
        (
            "A Russian drone that crossed into Polish airspace slammed into a house in the "
            "village, damaging its roof",
            "drone",
        ),
        ("One drone came down in an open field and another hit a barn, killing a horse", "drone"),
        (
            "About 15 Shahed drones had been spotted over the port and residents heard a string "
            "of explosions",
            "drone",
        ),
        (
            "The drone, one of more than 160 attacks on US troops, killed three soldiers at the "
            "outpost",
            "drone",
        ),
        # a maternity's delivery ward is no arms delivery
        (
            "Grad rockets slammed into the centre of Afrin, destroying the hospital's emergency "
            "department and the delivery ward",
            "shelling",
        ),
    ],
)
def test_strikes_and_their_type(text: str, event_type: str) -> None:
    cue = find_strike(text)
    assert cue is not None
    assert cue.event_type == event_type


@pytest.mark.parametrize(
    "text",
    [
        "A 23-year-old man stabbed passers-by in Villach on Saturday, killing a 14-year-old boy.",
        "A man stabbed three people to death in Southport.",
        "A man attacked the children with a kitchen knife, police said.",
        "A man drove a car at high speed into people in Mannheim, killing two and injuring 11.",
        "A man threw Molotov cocktails at the marchers in Boulder, injuring 12.",
        "Abe was shot from behind with a homemade gun as he spoke in Nara.",
        "Kirk was killed on Wednesday by a single shot fired from a rooftop in Orem.",
        "A boy shot dead two people at a luxury shopping mall in central Bangkok.",
        "Uribe was shot in the head as he addressed supporters in a park in Bogota.",
        "A man armed with a bow and arrows killed five people in Kongsberg.",
        "A student opened fire at the university on Monday, killing six people.",
        "A man with an axe attacked passengers on a train in Wuerzburg, injuring five.",
        "A man drove a rented van along a busy sidewalk in Toronto, killing 10 people.",
    ],
)
def test_arms_carried_by_hand_and_a_car_driven_into_people_are_attacks(text: str) -> None:
    # an attack by its means (no armed context needed), of no type of its own
    cue = find_strike(text)
    assert cue is not None and cue.means_start is not None and cue.event_type is None


@pytest.mark.parametrize(
    "text",
    [
        "Knife crime has been rising in England and Wales.",
        "The teenager was arrested at the scene, and a knife was recovered.",
        "He shot himself with a pistol.",
        "A drunk driver drove his car into a crowd of pedestrians, killing three.",
        "The bus driver lost control of the bus and ploughed into a crowd, killing five.",
        "Russian military hackers attacked the power grid.",
        # what a missile is made for, and a launch from its platform alone
        "The missile, which can strike targets up to 2,000 km away, was launched from a "
        "specially designed train.",
        "The missile, designed to fly at five times the speed of sound and strike targets "
        "thousands of kilometres away, was launched from a mobile launcher.",
        # what a weapon or a state could do
        "The laser can strike a target the size of a pound coin, at a fraction of the cost of a "
        "missile.",
        'Japan will buy 400 Tomahawk cruise missiles, as it builds a "counterstrike" capability '
        "to hit targets in enemy territory.",
        "Critics say the missile strike capability stretches the limits of the constitution.",
        "Analysts said it reflected the group's growing ability to strike with drones inside "
        "guarded cities.",
        "Protesters storm the U.S. embassy compound in Baghdad.",
        "A storm hit the coast, killing three people.",
        "A tornado destroyed homes, killing two people.",
        # a boxer's barrage
        "Usyk struck with a barrage of punches in the ninth that left Fury staggering.",
        # the attacker's own end
        "The gunman, from Jenin, was shot dead by security forces in Jaffa after a manhunt.",
        "The attacker, Mohamed Lahouaiej-Bouhlel, was shot dead by police at the scene.",
        "The ministry's website was hacked in an attack blamed on Russian forces.",
        # every missile told as stopped
        "Seven missiles were launched from Yemen: three at Riyadh and four at Najran, and all "
        "were intercepted.",
        "It had used new rockets against the Ramat David air base; the army said all 24 rockets "
        "in that salvo were intercepted.",
        "Hezbollah said it had fired rockets at the Haifa bay area; the army said the rockets "
        "were intercepted or fell in open areas.",
        # a platform's kind, not an attack; footage passed off as a strike
        "Launch vehicles for attack drones also rolled past crowds waving flags in the rain.",
        "Attack helicopters flew over the square during the parade.",
        "Earlier clips had been presented as Pakistani air strikes in the Panjshir valley.",
        "The video purported to show Ukrainian artillery destroying Russian tanks.",
        # an attack on computers
        "Monobank, one of the largest banks, reported a separate attack on its systems.",
        # a strike on screen
        "'Uri: The Surgical Strike', the war drama that became one of the biggest Hindi hits "
        "of the year, won four National Film Awards on Friday.",
        # munitions destroyed in flight
        "More than 30 drones were destroyed over the Voronezh region, with minor damage.",
        "Two missiles had been destroyed over the sea, the ministry said.",
        # an aircraft that crashed; people living under fire
        "Mourners filled Tehran as prayers were led over the coffins of six who died when "
        "their helicopter came down in fog-shrouded mountains.",
        "UN officials called it a drop in the ocean for 2.3 million people living under "
        "bombardment.",
        # a boiler that blew up
        "A boiler exploded in the basement of a school, killing three pupils.",
        "An explosion at a boiler house in the city centre killed two workers.",
        # a season's attacks
        "The National Bank said Russia's strikes on power generation and gas production this "
        "autumn would weigh on the economy.",
        # a walkout, fireworks, a crowd's joy
        "Colombia's truckers' strike entered its fourth day on Thursday, with road blockades "
        "in parts of Bogota.",
        "Strike organisers rejected claims that armed groups had infiltrated the protests.",
        "A chain of blasts tore through some 300 stalls crammed with rockets, firecrackers and "
        "mortar shells stocked for the Christmas season.",
        "Fans fired flares and celebratory gunfire rang out across the city after the final "
        "whistle.",
    ],
)
def test_no_attack_told(text: str) -> None:
    assert find_strike(text) is None


def test_a_ship_sunk_by_a_group_is_an_attack() -> None:
    assert find_strike("Yemen's Houthis sank a second cargo ship in the Red Sea") is not None
    assert find_strike("The cargo ship sank two days after the attack") is None


def test_a_direct_hit_is_an_attack_in_an_armed_context() -> None:
    text = "Police confirm a direct hit on a house in the farming village of Mishmeret."
    assert find_strike(text, armed_context=True) is not None
    assert find_strike(text) is None


def test_an_attack_during_a_memorial_service_is_an_attack() -> None:
    text = "A blast tore through a mosque during a memorial service for the governor, killing 11."
    assert find_strike(text, armed_context=True) is not None
    text = "Mourners gathered at a memorial service for the victims of the missile strike."
    assert find_strike(text, armed_context=True) is None


@pytest.mark.parametrize(
    "text",
    [
        # each side's word against the other's
        "A truce has all but collapsed, with both sides accusing the other of shelling towns "
        "and villages.",
        # an attack doubted
        "Khamenei said he doubted an attack would come from outside.",
        # attacks foretold
        "Kyiv calls the refineries legitimate targets, and officials have signalled the "
        "long-range strikes will continue through the winter.",
        # an aircraft whose strikes are held in reserve is no air strike
        "The aircraft will be used for surveillance over the ocean, and for precision strikes "
        "if needed.",
        "The drones can fly for 30 hours and will be used for surveillance, and for strikes if "
        "necessary.",
    ],
)
def test_strikes_held_in_reserve_are_none(text: str) -> None:
    assert find_strike(text, armed_context=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "A shooting at the Christmas market killed two people.",
        "He was charged a day after the rampage that shocked the city.",
    ],
)
def test_a_shooting_or_a_rampage_is_an_attack_in_an_armed_context(text: str) -> None:
    assert find_strike(text, armed_context=True) is not None
    assert find_strike(text) is None  # (a film shoot, a shooting contest, outside one)


def test_a_pronoun_shot_by_the_police_is_the_attackers_end() -> None:
    for armed in (False, True):
        assert find_strike("He was shot dead by a Border Patrol agent.", armed) is None
    assert find_strike("He was shot dead by Israeli troops near Jenin.", True) is not None


@pytest.mark.parametrize(
    "text",
    [
        # what the attackers did, however they are described first
        "Assailants wearing the uniforms of Burkina Faso's armed forces killed at least 60 "
        "civilians in the village of Karma.",
        # people or homes burned
        "Soldiers rounded up 11 men in Done Taw village, tied them up and set them on fire.",
        "Troops burned 11 people alive in Sagaing.",
        "Soldiers massacred 40 villagers.",
    ],
)
def test_attackers_deeds_and_burnings_are_attacks(text: str) -> None:
    assert find_strike(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "A missile designed to hit ships struck a port in Odesa, killing two.",
        "Missiles launched from a submarine struck Kyiv.",
    ],
)
def test_what_a_weapon_is_made_for_beside_a_real_strike(text: str) -> None:
    assert find_strike(text) is not None


def test_a_killing_aimed_at_someone_is_an_attack_in_an_armed_context() -> None:
    for text in (
        "The governor was assassinated in El Geneina on Wednesday.",
        "The governor was abducted and killed in El Geneina on Wednesday.",
    ):
        assert find_strike(text) is None  # (no armed context: a crime story)
        assert find_strike(text, armed_context=True) is not None


def test_people_hacked_with_machetes_are_no_cyber_attack() -> None:
    text = "Rebels struck the school, burning a dormitory and shooting and hacking pupils."
    assert find_strike(text) is not None


def test_an_airliner_is_no_strike_aircraft() -> None:
    cue = find_strike("Two hijacked planes hit the towers in Lower Manhattan.", True)
    assert cue is not None and cue.event_type is None
    strike = find_strike("Warplanes hit the town.")
    assert strike is not None and strike.event_type == "air_strike"


def test_hand_arms_never_decide_a_type() -> None:
    cue = find_strike("Soldiers with rifles and artillery shelled the town, killing two.")
    assert cue is not None and cue.event_type == "shelling"


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down all 12 drones, but falling debris damaged a house in Kyiv.",
        "Russian missiles hit Kyiv, and air defences shot down all the drones.",
    ],
)
def test_a_shoot_down_beside_harm_still_reports_a_strike(text: str) -> None:
    """(and see ``test_an_organisations_anniversary_is_no_veto``)"""
    assert find_strike(text) is not None


def test_an_organisations_anniversary_is_no_veto() -> None:
    text = (
        "Air strikes on a concert marking the anniversary of the Kachin Independence "
        "Organisation killed at least 60 people"
    )
    assert find_strike(text) is not None


@pytest.mark.parametrize(
    ("text", "strike"),
    [
        ("The commander and his bodyguard were killed when their residence was hit", True),
        ("Exports were hit hard by the war", False),
        ("The economy was hit by sanctions", False),
        ("A cyclist was hit by a car", False),
    ],
)
def test_a_place_that_was_hit_is_an_attack_in_an_armed_context(text: str, strike: bool) -> None:
    assert (find_strike(text, armed_context=True) is not None) is strike


@pytest.mark.parametrize(
    "text",
    [
        "The bomber blew himself up on Sunday evening near the swings",
        "The attacker had blown himself up at the gate",
        "A Palestinian gunman shot dead seven people outside a synagogue",
        "A gunman who opened fire at the market killed four",
        "Attackers targeted a traffic police post and fired on a church",
        "The assailants killed 12 villagers",
    ],
)
def test_who_blew_himself_up_or_a_gunman_by_what_he_did_is_an_attack(text: str) -> None:
    cue = find_strike(text, armed_context=True)
    assert cue is not None and cue.event_type is None  # (no means named: other_attack)


def test_a_strike_told_after_a_habit_is_still_a_strike() -> None:
    text = "Russia has repeatedly struck Kharkiv, and on Monday a missile hit a school"
    assert find_strike(text) is not None
    text = "A missile hit Kyiv; there were no immediate reports of casualties"
    assert find_strike(text) is not None


def test_one_of_the_munitions_told_before_needs_an_armed_context() -> None:
    text = "One slammed into a two-storey house in Kiryat Bialik, setting cars ablaze."
    assert find_strike(text) is None
    cue = find_strike(text, armed_context=True)
    assert cue is not None and text[cue.start : cue.end] == "slammed"


def test_bare_attack_needs_armed_context() -> None:
    assert find_strike("The attack on the village killed five") is None
    cue = find_strike("The attack on the village killed five", armed_context=True)
    assert cue is not None and cue.event_type is None
    assert find_strike("Russian forces attacked the village") is not None
    # Colombia's armed groups
    assert find_strike("FARC dissidents attacked the police station") is not None
    assert find_strike("Guerrillas attacked the police station") is not None
    assert find_strike("Political dissidents attacked the new law") is None


@pytest.mark.parametrize(
    "text",
    [
        "Workers went on strike at three plants",
        "The union called a general strike",
        "A hunger strike entered its tenth day",
        "Shia parties called a province-wide strike for Saturday, and shops in Karachi stayed shut",
        "Lightning struck a golf cart, killing two",
        "The striker scored twice",
        "A passenger plane crashed near Aktau, killing 38",
        "Oyarzabal struck four minutes from time as Spain beat England 2-1",
        "Williams fired Spain ahead, and England were bombarded in the closing stages",
        "Typhoon Yagi struck Vietnam's northern coast, tearing roofs off homes",
        "The bomb squad blew up the suspect package in a controlled detonation",
        "The gunman was arrested in Texas",
        "The attackers fled into the forest",
        "Japan said there were no reports of damage to ships or aircraft",
        "A patrol boat fired warning shots and a warplane dropped bombs in the path of the ship",
        "The Bronx Bombers won the series four games to one, and Soto's shot silenced the crowd",
        "Moscow has repeatedly targeted Ukrainian military bases with long-range missiles",
        "Kharkiv has been repeatedly shelled",
        "Army helicopters flew the most seriously injured to hospitals in Peshawar",
        "The test of the weapon was a success, and the missile struck the target directly",
        "Russia has ramped up production of the Shahed drones it fires at Ukrainian cities",
        "A stampede at the funeral of the commander killed by a drone strike left 56 dead",
        "A court sentenced two soldiers to prison for shelling two villages in Kharkiv region",
        "A jury found six men guilty of murder over the 2016 suicide bombings at the airport",
        "They admitted during the trial that their unit shelled the village",
        "The trial of a man accused of making the bomb that destroyed the airliner began",
        "Families marked the third anniversary on Monday with a ceremony at the cemetery",
        "Russia now assembles several thousand Geran-2 attack drones a month",
        "the air force said it had shot down all 18 missiles Russia fired at the capital",
        "Explosions were also heard in Kyiv and Kharkiv in the first hours of the attack",
        "A loud explosion rang out over Zaporizhzhia on Friday night as air defences worked",
        "19:45 (Doha) - Loud explosions heard over Doha; interceptor trails visible in the sky",
        # what crossed a border and left, came down in a field, or was denied outright
        "A Russian cruise missile fired at Ukraine violated Moldovan airspace overnight",
        "A second drone came down in an open field outside the village, the governor said",
        "The army said that no drone attack on the base had taken place",
        "Lukashenko agreed to deploy troops, accusing Kiev of planning an attack on Belarus",
        "The enemy significantly increased shelling of settlements near the front line",
        "Strikes that once hugged the border now reach Mount Lebanon, often hitting houses",
        "Houthi attacks across the border have more than doubled this year compared with 2020",
        # a demolition by the army, and a year's tally so far
        "Explosions ripped through the camp as the army blew up 20 buildings it had rigged with "
        "explosives",
        "Israeli air strikes on the camp so far this year outnumber those of all of 2023",
        # figures of speech: a barrage of hits, missiles in a simile
        "Oasis play Wembley again this weekend, with fans promised a barrage of hits",
        "Ireland meet Scotland in Paris; Scotland's coach promised an aerial bombardment of kicks",
        "At the Madrid Open, Mirra Andreeva fired forehands like missiles to reach the last eight",
        # a lockdown called an "armed strike"; a bomb gone off in its makers' hands
        "Shops stayed shut as an 'armed strike' called by the guerrillas took effect across the "
        "province",
        "Police said a bomb went off while the men were assembling it in a rented flat, killing "
        "three",
        "Four sappers died when shells exploded as their team was dismantling an old arms cache",
        # a danger, and a count of attacks since a day
        "The clinic stopped admitting patients because of the danger of Russian glide-bomb "
        "strikes",
        "Since the beginning of June, more than 2,300 attacks with drones and artillery have "
        "been recorded in the community",
        # an aircraft flown into terrain
        "The investigators said the military helicopter burst into flames after hitting a "
        "mountainside in fog",
        # a pattern of attacks a side is accused of, by kinds of target
        "The foreign ministry accused the paramilitary force of shelling markets, hospitals and "
        "camps for the displaced",
        # a ship seized, not struck; a hazard faced
        "Houthi fighters had seized the cargo ship by dropping onto its deck from a helicopter, "
        "in a raid they filmed",
        "Union leaders said crews were left facing missile and drone attacks on the ships they "
        "sail",
        # drones sighted; a disruption's reach; limbs lost in a war
        "Flights were halted after drones were reported near the runways, hitting nearly 4,000 "
        "passengers",
        "The team is made up of veterans wounded in the war, some of whom lost limbs to mines "
        "and artillery fire",
        # a habit told after the verb; debris found that harmed nothing
        "Residents are used to blasts on the far bank, which Russian drones have hit repeatedly "
        "since the summer",
        "Drone debris has been found near two border villages this month; none of it damaged "
        "anything",
        # a campaign's attacks counted in the hundreds
        "Before the lull, US troops had been targeted more than 150 times, with strikes on bases "
        "in Syria and Jordan accounting for most of them",
        # a remnant picked up that went off is an accident
        "The tail of a Russian rocket that a farmer had picked up in his field exploded in his "
        "yard, wounding him",
        "A helicopter crashed into a building, killing two",
        "Harry Kane's stoppage-time strike gave Bayern Munich a 2-1 win over Stuttgart",
        "a long-range strike that left the goalkeeper rooted to the spot",
        "Usyk became undisputed heavyweight champion, surviving Fury's bombardment to the body "
        "before unloading a ninth-round barrage",
        "Usyk came close to a stoppage in the ninth round, when a barrage of left hands sent "
        "Fury reeling into the ropes",
        "The missile was fired from a rail-based mobile launcher in a test carried out by the "
        "DRDO",
        "The missile was fired from a silo at Plesetsk and its training warheads hit their "
        "designated targets on the Kura test range",
        # a firing range and a target's coordinates are no attack
        "The bombs fell outside the designated firing range at about 10 a.m.",
        "The pilot had entered the wrong target coordinates before the jet released its bombs",
        # an explosion during a test is no attack
        "Five staff were killed in an explosion during a rocket engine test at a military site",
        "Copenhagen Airport was closed after large drones were seen flying over it, in what the "
        "prime minister called the most serious attack on critical infrastructure",
        "Ukraine's attack had struggled to break down the defence until the winger's late shot",
        "The strike price is $55",
        "The two sides struck a deal on grain",
        "Ukraine strikes gold at Eurovision",
        "Crowds protested against a law that critics say strikes at the independence of the "
        "anti-corruption agencies",
        "The drills rehearse repelling an enemy missile attack",
        "North Korea test-fired a ballistic missile",
        "The report about a missile strike was a hoax",
        "A cyberattack hit the bank's systems",
        "A gas explosion destroyed a house",
        "The anniversary of the missile strike was marked",
        "The US will supply more missiles",
        "Russia could launch missile strikes on Kyiv",
        "Russia threatened to bomb the capital",
        "despite Russia's attempt to bomb the city",
        "Russia denied targeting any market with missiles",
        "New sanctions target missile makers",
        "A fatal shark attack",
        "Angry protesters attacked the U.N. headquarters in Beirut on Sunday",
        # words, not arms
        "Trump and Biden traded attacks over the economy in their first debate",
        "Trump unleashed a barrage of claims, many of them false",
        # interceptions told by their number, a group's campaign
        "The United Arab Emirates intercepted and destroyed two ballistic missiles fired by "
        "the Houthis at Abu Dhabi early on Monday",
        "A U.S. Navy destroyer shot down three cruise missiles and several drones launched by "
        "the Houthis",
        "Washington designated the group a terrorist organisation, citing the group's missile "
        "and drone attacks on commercial shipping in the Red Sea",
        "Demonstrators stormed and ransacked the embassy compound",
        "Members voted to strike",
        "The ministry said drones had been used in exercises against mock targets",
        "Police used tear gas against protesters outside the drone factory",
        "Officials said there was no sign of a Russian strike",
        "Ukraine cancelled the celebrations, fearing Russian missile attacks on Kyiv",
        "Ukraine has stepped up drone strikes on Russian territory",
        "Russia has intensified shelling of Kherson in recent weeks",
        "Families were evacuated from the villages because of increasingly heavy Russian shelling",
        "Schools moved online amid escalating Russian drone attacks on the city",
        "Air-raid warnings for drones have been issued in Stavropol region this summer",
        # a plot: its task, its recruits, an attack stopped
        "On orders from his handlers, the man was to prepare a drone and strike police officers",
        "They accused Kyiv of recruiting Russians online to carry out bombings and drone attacks",
        "The FSB said it had prevented a terrorist attack in Crimea with a drone",
        "Police said they had foiled a plot to bomb the station",
        # a report's statistics: a share of a period's casualties
        "Air strikes by Afghan forces caused 13% of the casualties, and roadside bombs 40%",
        "Mortar and artillery shelling accounted for 21 per cent of civilian deaths",
        "Police said there was no evidence that a drone had hit the plant",
        "The air force launched an unarmed Minuteman III ballistic missile in a routine test",
        "The test missile's re-entry vehicle travelled 6,700 km to a target at Kwajalein",
        # what a weapon is and can reach, and a pledge about its use
        "The Anglo-French cruise missile is launched from aircraft and flies low",
        "Glide bombs are typically dropped from Su-34 jets well behind the front",
        "The missile has a range of 250 km, beyond the rockets fired by the launchers Kyiv uses",
        "Kyiv pledged not to fire the rockets at targets inside Russia",
        # a week's tally
        "Russia launched more than 1,500 guided bombs, 1,100 attack drones and 15 missiles "
        "against Ukraine over the past week",
        # firing only heard
        "The hospital moved its patients out after staff heard artillery firing in the distance",
        # a target to be chosen
        "He told the West to pick a target in Kyiv and Russia would fire the missile at it",
    ],
)
def test_not_strikes(text: str) -> None:
    assert find_strike(text, armed_context=True) is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Israeli jets struck a building the army said housed Hezbollah drones", "air_strike"),
        ("Israeli air strikes hit surface-to-surface missile depots near Tartus", "air_strike"),
        ("Russian missiles hit a drone factory in the city", "missile"),
        ("A Saudi-led air strike on a missile base above the capital killed 25", "air_strike"),
        ("Iranian-made drones struck the city before dawn", "drone"),
    ],
)
def test_munitions_hit_are_no_means(text: str, event_type: str) -> None:
    cue = find_strike(text)
    assert cue is not None and cue.event_type == event_type


def test_a_unit_named_for_its_arms_is_no_means() -> None:
    text = (
        "An Israeli strike on an apartment in Khan Yunis killed the commander of Islamic "
        "Jihad's rocket launching unit"
    )
    cue = find_strike(text, True)
    assert cue is not None and cue.event_type is None


def test_an_aircraft_set_on_fire_is_no_means() -> None:
    text = "Fighters reached the air base and set fire to an aircraft used by the presidency"
    assert means_type(text) is None


def test_aircraft_destroyed_are_no_means() -> None:
    cue = find_strike("The attack on the airfield destroyed several aircraft and vehicles", True)
    assert cue is not None and cue.event_type is None
    cue = find_strike("Russian aircraft struck the town")
    assert cue is not None and cue.event_type == "air_strike"


def test_means_type_prefers_munitions_over_platforms() -> None:
    text = "Tu-95 bombers fired cruise missiles"
    assert means_type(text) == ("missile", text.index("cruise"))
    assert means_type("Russian jets struck a marketplace")[0] == "air_strike"
    assert means_type("jets struck", platforms=False) is None


def test_armed_context() -> None:
    assert is_armed_context("Troops advanced on the town")
    assert is_armed_context("A Russian strike hit a market")
    assert not is_armed_context("The union struck General Motors and Ford")
    assert not is_armed_context("Boeing machinists halted production of 737 jets")


def test_strike_cues_ask_about_weapons_only_where_a_bare_attack_needs_context() -> None:
    from processors.triggers import strike_cues

    asked: list[int] = []

    def names_weapon(i: int) -> bool:
        asked.append(i)
        return i == 0

    texts = [
        "The Kh-101 was shown at a parade.",
        "Prices rose in March.",
        "An explosion rocked the depot overnight.",
        "Talks resumed on Friday.",
    ]
    cues = strike_cues(texts, names_weapon)
    assert [c is not None for c in cues] == [False, False, True, False]
    assert asked == [0]  # the bare "explosion" borrowed the armed context of sentence 0
    asked.clear()
    assert strike_cues(["Prices rose.", "Talks resumed."], names_weapon) == [None, None]
    assert asked == []


# Held-out sentences written for these tests: attacks named as what air defence, shelters
# or aid are meant to stop are not reports of a strike.
@pytest.mark.parametrize(
    "text",
    [
        "Zelensky has asked Western partners for more air defence systems to stop the "
        "missile attacks on Kyiv.",
        "Zelensky called on allies to send more Patriot batteries to protect cities like "
        "Kharkiv from Russian missile strikes.",
        "Germany will send another IRIS-T system to help Ukraine defend Odesa against drone "
        "attacks.",
        "The city council voted to build more shelters in Zaporizhzhia to protect residents "
        "from shelling.",
        "Israel deployed additional Iron Dome batteries around Haifa to intercept rocket fire "
        "from Lebanon.",
        "The new radars are meant to help prevent drone strikes on the power grid.",
        # what an attack was meant for, not what it did
        "Kyiv called the story an invention meant to justify strikes on the capital.",
        # the fight a delivery helps: Germany's IRIS-T, October 2022
        '"It is vital support for Ukraine in the fight against missile attacks on its '
        'cities," the minister said in Berlin.',
    ],
)
def test_what_defences_are_meant_to_stop_is_no_strike(text: str) -> None:
    assert find_strike(text, armed_context=True) is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Air defences failed to intercept the missile, which hit a school in Kharkiv.",
            "missile",
        ),
        (
            "Despite the new systems sent to protect Kharkiv, Russian glide bombs hit the city "
            "centre on Tuesday.",
            "air_strike",
        ),
        (
            "A Russian missile hit an apartment block in Kyiv, days after Zelensky asked allies "
            "for air defence to stop such attacks.",
            "missile",
        ),
        ("Drones attacked Odesa overnight and air defence units worked to repel them.", "drone"),
    ],
)
def test_a_strike_told_beside_a_defence_is_still_a_strike(text: str, event_type: str) -> None:
    cue = find_strike(text, armed_context=True)
    assert cue is not None and cue.event_type == event_type


def test_first_strike_is_the_doctrine_only_in_its_own_words() -> None:
    assert find_strike("Russia has never ruled out a nuclear first strike on Kyiv.") is None
    doctrine = "Analysts discussed Russia's first-strike doctrine and missile attacks."
    assert find_strike(doctrine) is None
    cue = find_strike("Russian missiles hit Kyiv, two years after the first strike on the city.")
    assert cue is not None and cue.event_type == "missile"


def test_an_attack_repelled_is_no_strike() -> None:
    assert find_strike("Troops repelled drone raids on Kamensk-Shakhtinsky and Shakhty.") is None
    cue = find_strike("Drones hit Novoshakhtinsk after troops repelled a first wave.")
    assert cue is not None


def test_drones_shot_down_are_no_strike_but_their_debris_is() -> None:
    assert find_strike("Air defences shot down 40 drones over the Odesa region overnight.") is None
    cue = find_strike("Debris from a drone shot down over Kyiv damaged a house, wounding two.")
    assert cue is not None and cue.event_type == "drone"


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Drones hit Kyiv, a day after a Houthi drone killed a man.", "a day after"),
        ("Shells fell on Kherson Two Weeks After Russian troops left.", "Two Weeks After"),
        ("Missiles hit Lviv in retaliation for Ukrainian strikes.", "in retaliation"),
        ("Missiles hit Lviv \u2019in response to Ukrainian strikes.", "in response"),  # not ASCII
        ("Missiles hit Lviv in a day after", None),  # no noun phrase after the marker
        ("The building collapsed after a direct missile hit.", None),  # no time gap
        # a retaliation's cause, and a first since another
        ("Iran fires back after US bombing", "after US"),
        ("Iran has launched missiles, its first salvo since the US bombed it.", "salvo since"),
    ],
)
def test_other_attack_start_finds_the_first_marker(text: str, cut: str | None) -> None:
    expected = len(text) if cut is None else text.index(cut)
    assert other_attack_start(text, 0, len(text)) == expected


def test_other_attack_start_sees_the_word_before_the_window() -> None:
    # "xa" is no count even when the window starts inside it: the marker is "day after"
    text = "Drones hit Kyiv xa day after a Houthi drone killed a man."
    assert other_attack_start(text, text.index("a day"), len(text)) == text.index("day after")


def test_an_ambush_is_an_attack_whoever_laid_it() -> None:
    cue = find_strike("Maoist rebels killed 25 police officers in an ambush.", armed_context=True)
    assert cue is not None and cue.event_type is None
    assert find_strike("Insurgents ambushed an army convoy.", armed_context=False) is not None


def test_one_attacker_is_an_armed_context() -> None:
    cue = find_strike("The attacker struck at two shops not far apart, police said.")
    assert cue is not None
    assert find_strike("The assailant killed two guards before fleeing.") is not None


def test_a_vehicle_bomb_is_an_attack_by_itself() -> None:
    cue = find_strike("The death toll from a truck bomb in the city has risen to 48.")
    assert cue is not None and cue.event_type == "other_attack"


def test_the_gunmens_flight_is_no_attack() -> None:
    assert find_strike("The gunmen fled, and troops searched villages near the town.") is None
    assert find_strike("The gunmen escaped in a car.", armed_context=True) is None
    assert find_strike("Gunmen stormed a hotel in the capital.") is not None


def test_who_an_attacker_was_convicted_as_is_no_verdict() -> None:
    text = "The gunman who killed four people was a convicted Islamic State supporter."
    assert find_strike(text) is not None
    assert find_strike("A court convicted two men of the bombing that killed four.") is None


def test_a_bomb_or_explosives_set_off_is_an_attack() -> None:
    text = "In the eastern city, a bomber detonated his explosives near a mosque."
    assert find_strike(text, armed_context=True) is not None
    assert find_strike("A bomber set off explosives near a mosque.", armed_context=True) is not None
    assert find_strike("The ruling set off protests.", armed_context=True) is None


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Prime Minister Keir Starmer said the attacks had failed to divide Londoners.", True),
        ("No group claimed the attack, but officials suspected a militia.", True),
        # ranked among others
        (
            "It was the deadliest Maoist attack on security forces in the Bastar region since "
            "2010.",
            True,
        ),
        ("The deadliest attack, in Kharkiv, killed 20 people.", False),
        # harm told, or an attack of its own
        ("Officials said the attack killed five people.", False),
        ("Militants attacked a checkpoint near the town.", False),
        # attacks told as a habit
        (
            "He said the daily Russian attacks on Ukraine showed how essential air defence "
            "had become.",
            True,
        ),
        ("Near-daily attacks have killed 12 people in the town since May.", False),
        (
            "The talks also covered the power grid, strained by Russia's continuing attacks on "
            "plants.",
            True,
        ),
    ],
)
def test_an_attack_word_after_a_determiner_with_no_harm_refers_back(text: str, back: bool) -> None:
    cue = find_strike(text, armed_context=True)
    assert cue is not None and cue.means_start is None
    assert refers_back(text, cue.start) is back


def test_an_attack_word_that_hit_and_killed_needs_no_named_force() -> None:
    text = "Strikes hit the UN-run school in the refugee camp on Saturday, killing dozens."
    cue = find_strike(text)
    assert cue is not None and text[cue.start : cue.end] == "Strikes"
    assert find_strike("Strikes hit production at the plant on Monday.") is None
    assert find_strike("Lightning strikes hit the village, killing three.") is None


def test_a_manned_aircraft_shot_down_with_people_killed_is_a_missile_attack() -> None:
    text = "Flight MH17 was shot down over eastern Ukraine, killing all 298 people on board."
    cue = find_strike(text)
    assert cue is not None and cue.event_type == "missile"
    assert text[cue.start : cue.end] == "shot down"
    text = "Separatists shot down an Mi-24 helicopter near Sloviansk, killing two pilots."
    assert means_type(text) == ("missile", text.index("shot down"))
    # drones and missiles shot down are interceptions
    assert find_strike("Air defences shot down 20 of 25 drones overnight.") is None
    assert find_strike("Israeli jets shot down a drone over Eilat; no one was hurt.") is None
    # ... and an aircraft shot down with no one killed is not told as an attack here
    assert find_strike("Air defences shot down a Su-34 jet; the pilot ejected.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Air raid sirens sounded in Dnipro, Zaporizhzhia and Poltava.",
        "An air raid alert was declared in Kyiv for two hours.",
        "Air-raid sirens wailed across Kyiv overnight.",
    ],
)
def test_an_air_raid_alert_is_no_strike(text: str) -> None:
    assert find_strike(text) is None


def test_air_raids_are_air_strikes() -> None:
    cue = find_strike("Russian air raids on Aleppo killed 20 people.")
    assert cue is not None and cue.event_type == "air_strike"


def test_a_post_overrun_is_an_attack_in_an_armed_context() -> None:
    text = "Soldiers were killed when jihadist militants overran the army's forward post."
    cue = find_strike(text)
    assert cue is not None and text[cue.start : cue.end] == "overran"
    assert find_strike("Floodwaters overran the river banks.") is None


@pytest.mark.parametrize(
    "text",
    [
        # aircraft that only flew about, or are kept where the attack was, fired nothing
        "The army said all four gunmen were killed in a battle in which helicopters circled "
        "overhead.",
        "The gunmen were prevented from reaching the area where aircraft and other military "
        "equipment are kept.",
    ],
)
def test_aircraft_that_fired_nothing_give_no_means(text: str) -> None:
    assert means_type(text) is None


def test_a_bomb_a_drone_carries_makes_a_drone_attack() -> None:
    text = "Small bomb-carrying drones attacked a Defence Ministry workshop in Isfahan."
    assert means_type(text) == ("drone", text.index("drones"))
    assert means_type("Helicopters fired on the village.") == ("air_strike", 0)


@pytest.mark.parametrize(
    "text",
    [
        # a kind of weapon, not a launch
        "Defence publications identified it as the NLAW, a shoulder-launched guided missile.",
        # an alert sent in error
        "NHK mistakenly told people that North Korea appeared to have launched a missile.",
    ],
)
def test_no_launch_is_told(text: str) -> None:
    assert find_strike(text) is None


def test_a_launch_and_a_strike_made_in_error_are_told() -> None:
    assert find_strike("Russia launched missiles at Kyiv.") is not None
    assert find_strike("The army said its jets had mistakenly struck a convoy.") is not None


def test_a_feast_the_victims_came_from_is_no_commemoration_of_the_attack() -> None:
    text = (
        "The death toll from a suicide truck bombing at a petrol station rose to more than 100, "
        "most of them Iranians returning home from Arbaeen commemorations in Kerbala."
    )
    assert find_strike(text) is not None
    # ... but a commemoration held is no strike
    assert find_strike("Guernica commemorated the anniversary of its bombing by aircraft.") is None


@pytest.mark.parametrize(
    "text",
    [
        # a fleet, a bomb's reach, a safe landing, ordnance made safe
        "It involves 12 naval vessels including the carrier strike group, and HIMARS and other "
        "multiple rocket launchers.",
        "The unguided bombs can punch through thick concrete and have a wide blast radius.",
        "Two other helicopters in the convoy landed safely in Tabriz.",
        "Engineers said they had destroyed mines and unexploded bombs that the torrents had "
        "washed out of the ground.",
        # a walkout, its court and the ones who walk out
        "The minister argued that a strike called at less than a day's notice harmed patients.",
        "The labour court said the strike could seriously harm patients.",
    ],
)
def test_words_of_a_fleet_a_landing_or_a_walkout_are_no_strike(text: str) -> None:
    assert find_strike(text) is None


def test_a_headline_of_doctors_on_strike_sets_no_armed_context() -> None:
    assert not is_armed_context("Israeli doctors strike over judicial overhaul")


@pytest.mark.parametrize(
    "text",
    [
        "An air strike called in by the troops hit the house, killing two.",
        "A drone landed on the roof of a house in Kursk.",
        "The blast of the missile destroyed the school.",
        "Artillery fire destroyed houses in the village.",
        "Jets from the carrier struck radar sites in Hodeidah.",
    ],
)
def test_the_same_words_beside_an_attack_still_tell_one(text: str) -> None:
    assert find_strike(text) is not None


def test_munitions_said_not_to_have_been_fired_are_no_strike() -> None:
    assert find_strike("No missiles were fired, the air force said.", True) is None
    assert find_strike("No cruise missiles were launched at Kyiv overnight.", True) is None
    assert find_strike("Two missiles were fired at Kyiv overnight.", True) is not None


@pytest.mark.parametrize(
    ("sentence", "stopped"),
    [
        ("Of 48 drones launched overnight, 31 were shot down and 17 lost to jamming.", True),
        ("Of the 20 missiles fired, 20 were intercepted.", True),
        # (some not stopped: they may have hit)
        ("Of 48 drones launched overnight, 31 were shot down and 10 were lost to jamming.", False),
        # (harm told)
        ("Of 20 missiles, 20 were shot down, but debris hit a house, wounding two.", False),
    ],
)
def test_an_air_force_tally_stops_all_when_its_parts_add_up(sentence: str, stopped: bool) -> None:
    assert all_stopped(sentence) is stopped


@pytest.mark.parametrize(
    "sentence",
    [
        "Two commanders are suspected of the war crimes of directing attacks at civilian objects.",
        "The officer was charged with ordering the shelling of residential areas.",
        "He was convicted of directing attacks against civilians in 2014.",
    ],
)
def test_an_attack_that_is_a_charge_is_no_strike(sentence: str) -> None:
    assert find_strike(sentence, armed_context=True) is None


def test_a_strike_told_beside_a_charge_is_still_one() -> None:
    # (the charge is about something else: the attack word is far from it)
    sentence = (
        "A man suspected of spying was detained on Monday, hours after a missile strike on "
        "Kharkiv killed three people."
    )
    assert find_strike(sentence, armed_context=True) is not None


def test_all_neutralised_with_no_losses_stops_them_all() -> None:
    sentence = (
        "The army said military stations at Jammu, Pathankot and Udhampur had been targeted by "
        'drones and missiles, that all had been neutralised, and that there had been "no losses".'
    )
    assert all_stopped(sentence)
    assert not all_stopped(
        "All the drones had been neutralised, but debris damaged a house in Jammu."
    )


def test_an_armed_force_that_targeted_a_vehicle_attacked_it() -> None:
    # (the Lebanese army's statements: "the Israeli enemy targeted a vehicle")
    sentence = (
        "Today the Israeli enemy targeted a vehicle at the army checkpoint in Beit Yahoun, and a "
        "soldier was moderately wounded."
    )
    assert find_strike(sentence, armed_context=True) is not None
    assert find_strike("The army targeted a new audience with its campaign.", True) is None


def test_an_overnight_assault_is_an_attack_but_a_ground_assault_is_not() -> None:
    sentence = "Russia's overnight assault on Kyiv has killed 28 people in the capital."
    assert find_strike(sentence, armed_context=True) is not None
    assert find_strike("The assault on Bakhmut goes on.", armed_context=True) is None


def test_harm_said_to_be_none_is_no_attack_word() -> None:
    sentence = (
        "In Kursk region, fragments of one drone fell in a field outside a village; nobody was "
        "hurt and nothing was damaged."
    )
    assert find_strike(sentence, armed_context=True) is None
    assert find_strike("A drone hit a house; nothing else was damaged.", True) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The US embassy in Kyiv closed after receiving information about a potential significant "
        "air attack.",
        "Alerts were lifted within an hour; by evening no large-scale attack had materialised.",
    ],
)
def test_an_attack_to_come_or_none_at_all_is_no_strike(sentence: str) -> None:
    assert find_strike(sentence, armed_context=True) is None


def test_no_fewer_than_leaves_the_strike() -> None:
    assert find_strike("The strike killed no fewer than 20 people in Kharkiv.", True) is not None


def test_anti_aircraft_fire_is_no_air_strike_but_an_air_force_that_struck_is() -> None:
    sentence = "Residents of Al-Damer and Berber reported loud anti-aircraft fire but no damage."
    assert find_strike(sentence, armed_context=True) is None
    cue = find_strike("The army's air force struck RSF positions in the Halfaya district.", True)
    assert cue is not None and cue.event_type == "air_strike"


def test_drones_sent_against_a_place_are_an_attack() -> None:
    cue = find_strike("Overnight the enemy sent 33 attack drones against Lozova.", True)
    assert cue is not None and cue.event_type == "drone"
    assert find_strike("The EU sent 33 observers to Lozova.", armed_context=True) is None


@pytest.mark.parametrize(
    ("text", "word", "habit"),
    [
        (
            "Russian artillery has been pounding Ukrainian positions around Lysychansk for weeks",
            "pounding",
            True,
        ),
        ("The northern city has been under bombardment for three weeks", "bombardment", True),
        # a rank over the time is one attack
        ("It was the deadliest single attack on civilians in Ukraine for months", "attack", False),
        ("The shelling on Monday was the first in the town for months", "shelling", False),
        # a tally of times over a spell, not one night's hits
        (
            "Moscow says Ukrainian forces struck Russian energy facilities more than 120 times "
            "while it was in force",
            "struck",
            True,
        ),
        ("Russian troops opened fire 98 times during the day", "fire", True),
        ("Russian missiles hit the city ten times overnight", "hit", False),
        # a stretch of recent time or a season
        (
            "Crews rebuilt lines and substations knocked out by Russian drone and missile "
            "strikes in recent weeks",
            "strikes",
            True,
        ),
        ("The region has come under drone attack almost every night this autumn", "attack", True),
        ("The region came under drone attack on Sunday night", "attack", False),
        # what people run from
        ("A mix of refugees going home and Lebanese fleeing the bombardment of the south",
         "bombardment", True),
        ("Families fled the shelling of the town, which killed three", "shelling", False),
        # any of them
        ("A large share of each salvo is now decoys rather than armed drones", "salvo", True),
    ],
)
def test_attacks_going_on_for_weeks_are_a_habit(text: str, word: str, habit: bool) -> None:
    assert told_as_habit(text, text.index(word)) is habit


def test_a_weeks_attacks_that_did_harm_are_still_a_strike() -> None:
    text = "Russian drones struck the port of Izmail twice over the past week, damaging a ship"
    assert find_strike(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Official figures put the quake's toll at 3,649 dead, 5,018 injured and 145 missing.",
        "Two quakes in a week have killed more than 40 people in the province.",
    ],
)
def test_a_quakes_toll_is_not_a_strikes(text: str) -> None:
    assert is_not_a_strike(text)


def test_firing_heard_and_a_shell_that_hit_is_a_strike() -> None:
    cue = find_strike("Residents heard artillery firing and then a shell hit their house")
    assert cue is not None and cue.event_type == "shelling"


def test_drones_sent_at_a_city_by_their_slashed_names_are_an_attack() -> None:
    cue = find_strike("From 04:30 Russian forces sent Shahed-131/136 attack drones at Nikolaev")
    assert cue is not None and cue.event_type == "drone"


@pytest.mark.parametrize(
    ("text", "word", "habit"),
    [
        (
            "The report concludes that Russian forces have used small commercial drones to "
            "attack civilians in Kherson",
            "attack",
            True,
        ),
        ("The commission documented attacks in Kherson and 16 other settlements", "attacks", True),
        ("Researchers spoke to 36 survivors of and witnesses to drone attacks", "attacks", True),
        # how this attack was made, and one attack's survivors
        ("The governor said Russia had used S-300 missiles, repurposed to strike the city",
         "strike", False),
        ("Survivors of the attack said the shop was full", "attack", False),
        # attacks told as earlier ones
        ("Officials blamed the RSF for earlier drone attacks on power plants in Merowe",
         "attacks", True),
        # attacks that never stopped, or anyone's who orders them
        ("The water went down, but the shelling never stopped, said a resident.", "shelling", True),
        ("Zelensky said every Russian commander who orders strikes on power plants will answer",
         "strikes", True),
        # a season of attacks
        ("In Beirut's southern suburbs, heavy bombing between late September and November "
         "levelled whole blocks.", "bombing", True),
        # days that pass with attacks
        ("Hardly a day passes without shelling here.", "shelling", True),
        ("Not a night goes by without drones over the town.", "drones", True),
    ],
)
def test_a_sides_way_of_fighting_or_a_reports_attacks_are_a_habit(
    text: str, word: str, habit: bool
) -> None:
    assert told_as_habit(text, text.index(word)) is habit


def test_a_weapon_tested_in_combat_is_no_test() -> None:
    text = (
        "A new Russian ballistic missile struck an industrial site in Dnipro, hours before Putin "
        "said Russia had tested the weapon in combat"
    )
    assert not is_not_a_strike(text)
    assert find_strike(text) is not None
    # ... while a test is one
    assert is_not_a_strike("Russia said it had tested a new ballistic missile at Kapustin Yar")


def test_a_missiles_flight_told_by_time_aloft_or_distance_is_a_tests() -> None:
    text = (
        "The general told Putin that the cruise missile had been launched on Oct 21 and stayed "
        "in the air for about 15 hours, covering some 14,000 kilometres."
    )
    assert is_not_a_strike(text)
    # ... unless it did harm
    text = (
        "The drone was launched at dawn and stayed in the air for two hours before it hit a "
        "house, killing a woman."
    )
    assert not is_not_a_strike(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeepney drivers began a week-long transport strike against the phase-out plan.",
        "New shelters with blast doors now stand in every village near the border.",
        # a strike declared, or in mourning, is a walkout
        "The national and Islamic forces declared a comprehensive strike across the "
        "governorates in mourning, and shops closed in Jenin and Nablus.",
        "The factions declared a strike on Tuesday.",
        # a death in prison called a killing
        "The prime minister called his death a deliberate assassination.",
    ],
)
def test_a_walkout_by_trade_or_a_shelters_blast_doors_are_no_strike(text: str) -> None:
    assert is_not_a_strike(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The island still bears marks of the bombardment, its residents say.", "bombardment"),
        (
            "Voters in the Vanni, where the shelling around Mullivaikkal is still a raw memory, "
            "backed the new party.",
            "shelling",
        ),
    ],
)
def test_what_is_left_of_past_attacks_is_no_new_one(text: str, word: str) -> None:
    assert told_as_habit(text, text.index(word))


def test_munitions_downed_but_one_are_not_all_stopped() -> None:
    from processors.triggers import downed_some

    assert downed_some("Air defences intercepted three of the missiles over the bay")
    assert not downed_some(
        "Its air defences intercepted the missiles except one, which fell inside the base"
    )
    assert not downed_some("The army shot down all but two of the drones")
    assert downed_some("State media said three small drones had been shot down over the city")


def test_no_one_hurt_by_the_missile_and_falls_on_the_way_to_shelter_are_no_harm() -> None:
    from processors.triggers import tells_harm

    assert not tells_harm("MDA has no reports of anyone hurt by the missile or by fragments.")
    assert not tells_harm("Two people were lightly injured falling while running to shelters.")
    assert tells_harm("Two people were lightly injured by fragments in Beit Shemesh.")
    assert not tells_harm("MDA had no reports of rockets striking buildings or of anyone hit.")
    assert not tells_harm("Police collected fragments at several spots in Rishon LeZion.")
    assert tells_harm("Fragments hit a house in Rishon LeZion.")
    assert not tells_harm(
        "The military said the projectile was intercepted and that sirens sounded because of "
        "the risk of falling fragments."
    )
    assert not tells_harm("Medics treated 20 people who were hurt on their way to shelters.")
    assert not tells_harm("Falling debris had caused neither injuries nor damage.")
    assert not tells_harm("Hezbollah called it retaliation for the killing of its commanders.")
    assert tells_harm("In retaliation for the strike, militants fired rockets that killed two.")


def test_a_weapons_name_holding_attack_is_no_attack() -> None:
    text = (
        "The sites produce the F-15EX fighter and the MQ-25 refuelling drone, as well as weapons "
        "including Joint Direct Attack Munition (JDAM) guidance kits."
    )
    assert find_strike(text, True) is None
    # ... but the munitions dropped are a strike
    assert find_strike("Jets dropped Joint Direct Attack Munitions on the bridge.", True)


def test_a_gutted_buildings_shell_is_no_shelling_and_a_comparison_no_strike() -> None:
    for text in (
        "The explosion left a shell of twisted steel where the factory had stood.",
        "The blast left the burnt-out shell of a car in the square.",
    ):
        cue = find_strike(text, True)
        assert cue is not None and cue.event_type != "shelling"
    assert is_not_a_strike("Residents compared it to a building hit by a bomb.")


def test_an_explosion_said_to_have_nothing_to_do_with_the_war_is_no_strike() -> None:
    text = (
        "The refinery and the nearby air base have repeatedly been targeted by Ukrainian drones "
        "during the war, but officials gave no sign that Friday's explosion had anything to do "
        "with the conflict."
    )
    assert is_not_a_strike(text)


def test_air_defences_own_launches_and_what_seemed_an_attack_are_no_strike() -> None:
    text = (
        "Syrian air defences fired several missiles overnight after radars detected what "
        "appeared to be a hostile attack on Shayrat airbase."
    )
    assert is_not_a_strike(text)
    seemed = "Radars detected what appeared to be a missile attack on the base."
    assert find_strike(seemed, True) is None
    # ... but what they fired at is an attack, and a hit told is one
    assert not is_not_a_strike("Air defences fired at several drones over Isfahan.")
    assert not is_not_a_strike("Air defences fired several missiles, and debris hit a house.")


@pytest.mark.parametrize(
    "text",
    [
        # ground fighting, as an analyst tells it
        "Russian forces continued attacks east of the Oskil River without confirmed gains.",
        # a claim that names no place
        "The ministry claimed that its forces had struck Ukrainian energy facilities overnight, "
        "without naming any locations.",
        # a kill zone is a stretch of road, not a killing
        "Drone operators have made the roads hazardous, and commanders describe a kill zone of "
        "up to 15 km behind the line.",
    ],
)
def test_ground_fighting_an_unplaced_claim_and_a_kill_zone_are_no_strike(text: str) -> None:
    assert is_not_a_strike(text) or find_strike(text, True) is None


def test_fire_on_a_whole_place_is_an_attack_and_fire_on_people_is_not() -> None:
    text = "The hospital was damaged on Wednesday when Azerbaijani forces fired on the city."
    assert find_strike(text) is not None
    assert find_strike("Police fired on protesters in the city centre.", True) is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # munitions kept at the place hit are not the means ...
        (
            "Its forces struck the air base, hitting depots where guided aerial bombs were "
            "stored.",
            None,
        ),
        (
            "Its drones hit the base, triggering detonations in a depot believed to hold cruise "
            "missiles and glide bombs.",
            "drone",
        ),
        # ... and what aircraft are used for is no attack
        ("The base hosts Su-34 aircraft used in glide-bomb attacks on Ukrainian towns.", "none"),
        # (but the missile used in an attack tells of it)
        ("The missile used in the attack on Kyiv was a Kh-101.", "missile"),
    ],
)
def test_munitions_kept_and_what_a_platform_serves_are_not_the_means(
    text: str, event_type: str | None
) -> None:
    cue = find_strike(text, True)
    assert (cue.event_type if cue else "none") == event_type


def test_an_attack_residents_assumed_is_not_told() -> None:
    text = "Many residents said they had first assumed the city was under attack."
    assert find_strike(text, True) is None
    assert find_strike("Residents said the city was under attack from drones.", True) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Two Amazon Prime Air drones hit the boom of a construction crane and fell to the ground.",
        "A firefighting plane was grounded after a civilian drone struck its wing.",
        "A hobbyist drone hit a power line near the stadium.",
        "Starship's upper stage broke apart minutes after the rocket launch, showering fiery "
        "debris over the islands.",
    ],
)
def test_drones_at_work_or_play_and_a_space_launch_are_no_strike(text: str) -> None:
    assert find_strike(text, True) is None


def test_a_war_drone_that_hit_a_civilian_car_is_still_a_strike() -> None:
    assert find_strike("A Russian drone hit a civilian car, killing two.") is not None


def test_munitions_launched_under_a_quoted_name_are_an_attack() -> None:
    assert find_strike('Russia launched "Iskander" missiles at the city overnight.', True)


@pytest.mark.parametrize(
    "text",
    [
        # a drill's scenario ...
        "Under the scenario, a hostile UAV struck a storage tank, causing a fire.",
        "In the scenario, a missile hits the building's east wing, trapping pupils on the upper "
        "floors; 40 volunteers played wounded with make-up injuries.",
        "Rescuers held an exercise simulating a drone attack on the refinery.",
        # ... shooting drones down ...
        "Warships had been shooting down Houthi attack drones over the Red Sea at the time.",
        # ... an operation launched under its name ...
        "NATO launched 'Eastern Sentry', a new operation to reinforce the defence of its "
        "eastern flank, after Poland asked for consultations over the incursion of Russian "
        "drones into its airspace.",
        # ... debris found where no one lives ...
        "Specialists confirmed that debris found the previous day in an uninhabited area of "
        "Galati county came from a Russian drone whose warhead had not gone off.",
        # ... no sign of one ...
        "Stoltenberg said the alliance had no information pointing to an intentional attack by "
        "Russia.",
        "Officials said there was no evidence of a drone attack on the plant.",
        # ... and a fact check of old footage
        'A video shared with the caption "Ryazan refinery burning after massive drone strike" '
        "is old footage, fact-checkers said.",
    ],
)
def test_a_drill_shooting_down_no_sign_of_one_and_old_footage_are_no_strike(text: str) -> None:
    assert find_strike(text, True) is None


def test_a_shooting_is_still_an_attack() -> None:
    assert find_strike("Gunmen killed three people in a shooting at the market.", True)


@pytest.mark.parametrize(
    "text",
    [
        "'The intensification of long-range attacks with missiles and loitering munitions is a "
        "deadly combination for civilians,' she said.",
        "Analysts point to a surge in drone strikes on refineries since August.",
    ],
)
def test_a_trend_told_as_a_noun_is_no_strike(text: str) -> None:
    assert find_strike(text, True) is None


def test_a_rise_in_attacks_that_killed_is_still_told() -> None:
    assert find_strike("A rise in drone attacks on Kherson killed three people on Monday.", True)


def test_the_crime_a_court_names_is_no_strike() -> None:
    text = (
        "The judges found grounds for the war crime of intentionally directing attacks against "
        "civilians in two incidents."
    )
    assert find_strike(text, True) is None
    assert find_strike("He called the strike on the hospital a war crime.", True) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Oil deliveries through the Druzhba pipeline were halted after drones struck the station.",
        "Gas supplies stopped after missiles struck the plant.",
    ],
)
def test_a_resources_deliveries_are_no_arms_trade(text: str) -> None:
    assert find_strike(text, True) is not None


def test_a_drone_destroyed_in_the_air_with_its_verb_left_out_is_no_strike() -> None:
    text = "03:02 Sobyanin: Another drone destroyed on approach to the city."
    assert find_strike(text, True) is None
    assert find_strike("Drones destroyed two houses in the village.", True) is not None


def test_air_defences_that_destroyed_everything_stopped_all() -> None:
    from processors.triggers import all_stopped

    assert all_stopped(
        "In Kyiv, air defences destroyed everything that was fired and no damage was reported."
    )
    assert not all_stopped("In Kyiv, a missile destroyed everything in the courtyard.")


def test_some_downed_and_the_rest_fallen_in_open_areas_stopped_all() -> None:
    from processors.triggers import tells_harm

    sentence = "Air defences shot down 18 of the rockets and the other nine fell in open areas."
    assert all_stopped(sentence)
    assert not tells_harm(sentence)
    hit = "Air defences shot down 18 of the rockets and the other nine hit a school in Holon."
    assert not all_stopped(hit)
    assert tells_harm(hit)


def test_a_barrage_downed_or_fallen_in_open_areas_is_no_strike_for_its_claim() -> None:
    import datetime as dt

    from processors.extraction import extract_strikes

    # Tel Aviv, New Year 2024: the claim comes after the military said nothing was hit.
    text = (
        "Hamas fired at least 27 rockets at central Israel at midnight. Air defences shot down "
        "18 of the rockets and the other nine fell in open areas, the military said. There "
        "were no reports of casualties or damage. The Qassam Brigades said it had fired M90 "
        "rockets at Tel Aviv."
    )
    assert extract_strikes(text, dt.date(2024, 1, 1)) == []


def test_how_a_weapon_is_used_told_in_the_present_is_no_strike() -> None:
    # the cluster rounds sent to Ukraine, July 2023
    assert is_not_a_strike(
        "The weapons, known as improved conventional munitions, are fired from 155-mm "
        "artillery and burst over a target to scatter dozens of small bomblets."
    )
    # a report's own present tells harm
    assert not is_not_a_strike(
        "Rockets are fired from Gaza at Sderot, wounding two people, the army says."
    )


def test_fragments_fallen_in_different_areas_with_no_casualties_are_no_harm() -> None:
    from processors.triggers import tells_harm

    # Abu Dhabi, January 2022: two ballistic missiles intercepted
    assert not tells_harm(
        "There were no casualties, and the fragments of the ballistic missiles fell in "
        "different areas around the capital."
    )
    assert tells_harm("The fragments of the missiles fell on a house, wounding two.")
