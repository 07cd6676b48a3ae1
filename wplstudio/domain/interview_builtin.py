"""The built-in interview guides, in Dutch and English, written for this app from the
facts in the project's seed documents: talk regularly, start from where the company
is going, look at where the person stands (the matrix) and where they want to go,
let the employee prepare, give feedback both ways, and write down agreements so
they are not forgotten.

Each guide exists once per language; the question keys are the same in both, so an
answer reads the same whichever language the form is printed in. Built-in guides
are not edited in place: copy one and change the copy."""

from __future__ import annotations

from dataclasses import dataclass

from wplstudio.domain.interviews import CHOICE, RATING, TEXT, YESNO, GuideContent, Question, Section

# Plain words for "how satisfied / how well", per language (the default rating words are about skill).
SATISFIED = {"nl": ("Slecht", "Kan beter", "Oké", "Goed", "Top"),
             "en": ("Poor", "Could be better", "Okay", "Good", "Great")}


@dataclass(frozen=True)
class Builtin:
    key: str  # "development", "performance", "onboarding"
    kind_title: dict  # language -> guide name
    intro: dict
    preparation: tuple  # (key, type, nl, en[, options nl, options en][, labels])
    sections: tuple  # ((title nl, title en), (questions as above))


def _q(raw: tuple, lang: str) -> Question:
    key, kind, nl, en, *rest = raw
    options = ()
    labels = ()
    if kind == CHOICE:
        options = tuple(rest[0] if lang == "nl" else rest[1])
    elif kind == RATING and rest:
        labels = rest[0][lang]
    return Question(key, kind, nl if lang == "nl" else en, options=options, labels=labels)


def content(builtin: Builtin, lang: str) -> GuideContent:
    sections = tuple(Section(title[0] if lang == "nl" else title[1], tuple(_q(q, lang) for q in questions))
                     for title, questions in builtin.sections)
    return GuideContent(sections, tuple(_q(q, lang) for q in builtin.preparation), builtin.intro[lang])


AGREEMENTS = (("Afspraken", "Agreements"), (
    ("agree", TEXT, "Wat spreken we af? Wie doet wat, en wanneer? (Zet elke afspraak ook als actie in het plan.)",
     "What do we agree? Who does what, and by when? (Enter each agreement as an action in the plan too.)"),
    ("lookback", TEXT, "Wanneer kijken we samen terug of het gelukt is?",
     "When do we look back together to see if it worked?"),
))

DEVELOPMENT = Builtin(
    "development",
    {"nl": "Ontwikkelgesprek", "en": "Development interview"},
    {"nl": "Een gesprek over groeien: waar gaat het bedrijf heen, wat betekent dat voor jou, waar sta je en "
           "waar wil je naartoe. Neem de matrix erbij en de afspraken van de vorige keer.",
     "en": "A talk about growing: where the company is heading, what that means for you, where you stand and "
           "where you want to go. Have the matrix and last time's agreements at hand."},
    (
        ("prep_proud", TEXT, "Op welk werk van het afgelopen jaar ben je trots?", "Which work of this past year are you proud of?"),
        ("prep_learn", TEXT, "Welk werk wil je graag leren, of beter leren?", "Which work would you like to learn, or learn better?"),
        ("prep_satisfied", RATING, "Hoe tevreden ben je over wat je op het werk leert?",
         "How satisfied are you with what you learn at work?", SATISFIED),
        ("prep_teach", YESNO, "Zou je een collega iets van je vak willen leren?", "Would you like to teach a colleague part of your trade?"),
    ),
    (
        (("Waar gaat het bedrijf heen", "Where the company is heading"), (
            ("company_change", TEXT, "Wat verandert er het komende jaar in ons werk? Denk aan klanten, machines en soorten opdrachten.",
             "What changes in our work in the coming year? Think of customers, machines and kinds of jobs."),
            ("company_meaning", TEXT, "Wat betekent dat voor jouw werk?", "What does that mean for your work?"),
        )),
        (("Waar sta je nu", "Where you stand now"), (
            ("stand_trade", RATING, "Hoe gaat je vakwerk op dit moment?", "How is your trade work going at the moment?"),
            ("stand_notes", TEXT, "Wat gaat goed en wat kan beter? Kijk samen naar je niveaus in de matrix.",
             "What goes well and what could be better? Look at your levels in the matrix together."),
            ("stand_help", YESNO, "Krijg je genoeg uitleg en hulp als je iets nieuws doet?",
             "Do you get enough explanation and help when you do something new?"),
        )),
        (("Waar wil je naartoe", "Where you want to go"), (
            ("next_step", CHOICE, "Wat past het best bij je volgende stap?", "What fits your next step best?",
             ("Beter worden in mijn huidige werk", "Een nieuwe taak erbij leren", "Collega's inwerken of opleiden",
              "Een cursus of diploma halen", "Doorgroeien naar een andere functie"),
             ("Getting better at my current work", "Learning an extra task", "Training or onboarding colleagues",
              "Taking a course or certificate", "Moving on to another function")),
            ("next_task", TEXT, "Welke taak pak je als eerste aan, en op welk niveau wil je uitkomen?",
             "Which task do you take on first, and which level do you aim for?"),
        )),
        AGREEMENTS,
    ),
)

PERFORMANCE = Builtin(
    "performance",
    {"nl": "Functioneringsgesprek", "en": "Performance interview"},
    {"nl": "Een gesprek over hoe het werk het afgelopen jaar ging, over en weer: de medewerker hoort hoe het gaat, "
           "en de leidinggevende hoort wat hij of zij beter kan doen.",
     "en": "A two-way talk about how the work went this past year: the employee hears how things go, "
           "and the manager hears what they could do better."},
    (
        ("prep_good", TEXT, "Wat ging er goed in je werk het afgelopen jaar?", "What went well in your work this past year?"),
        ("prep_stuck", TEXT, "Waar liep je tegenaan? Denk aan gereedschap, planning en samenwerking.",
         "What got in your way? Think of tools, planning and working together."),
        ("prep_boss", TEXT, "Wat kan je leidinggevende doen om je werk makkelijker te maken?",
         "What could your manager do to make your work easier?"),
    ),
    (
        (("Het werk van het afgelopen jaar", "The work of this past year"), (
            ("work_quality", RATING, "Kwaliteit van het werk", "Quality of the work", SATISFIED),
            ("work_pace", RATING, "Tempo en zelfstandig werken", "Pace and working independently", SATISFIED),
            ("work_safety", RATING, "Veilig werken", "Working safely", SATISFIED),
            ("work_examples", TEXT, "Voorbeelden die opvielen, goed of minder goed", "Examples that stood out, good or less good"),
        )),
        (("Samenwerken", "Working together"), (
            ("team_work", RATING, "Samenwerken met collega's", "Working with colleagues", SATISFIED),
            ("team_ask", YESNO, "Vraag je hulp als je vastloopt?", "Do you ask for help when you get stuck?"),
            ("team_customers", TEXT, "Hoe gaat het contact met klanten en met kantoor?", "How is the contact with customers and the office?"),
        )),
        (("Werkplek en werkdruk", "Workplace and workload"), (
            ("place_tools", RATING, "Hoe tevreden ben je over gereedschap en werkplek?",
             "How satisfied are you with your tools and workplace?", SATISFIED),
            ("place_load", YESNO, "Is de werkdruk te hoog, of heb je last van je gezondheid?",
             "Is the workload too high, or does your health bother you?"),
            ("place_better", TEXT, "Wat moet er beter, en wie regelt het?", "What must improve, and who sees to it?"),
        )),
        (("Feedback aan de leidinggevende", "Feedback for the manager"), (
            ("boss_feedback", TEXT, "Wat doet je leidinggevende goed, en wat kan beter?", "What does your manager do well, and what could be better?"),
        )),
        AGREEMENTS,
    ),
)

ONBOARDING = Builtin(
    "onboarding",
    {"nl": "Voortgangsgesprek inwerken", "en": "Onboarding progress talk"},
    {"nl": "Een kort gesprek tijdens het inwerken, met de nieuwe collega en de mentor: wat is gelukt, "
           "wat is nog lastig, en wat doen we de komende weken.",
     "en": "A short talk during onboarding, with the new colleague and the mentor: what worked, "
           "what is still hard, and what we do in the coming weeks."},
    (
        ("prep_learned", TEXT, "Wat heb je de afgelopen weken geleerd?", "What have you learned in the past weeks?"),
        ("prep_hard", TEXT, "Wat vind je nog lastig?", "What do you still find hard?"),
        ("prep_who", YESNO, "Weet je bij wie je terecht kunt met vragen?", "Do you know whom to go to with questions?"),
    ),
    (
        (("Hoe gaat het inwerken", "How onboarding goes"), (
            ("onb_overall", RATING, "Hoe gaat het inwerken tot nu toe?", "How has onboarding gone so far?", SATISFIED),
            ("onb_modules", TEXT, "Welke modules zijn afgetekend, en welke lopen achter?", "Which modules are signed off, and which are behind?"),
            ("onb_mentor", YESNO, "Is er genoeg tijd met je mentor?", "Is there enough time with your mentor?"),
        )),
        (("Het werk", "The work"), (
            ("onb_alone", RATING, "Hoe zelfstandig doe je je taken al?", "How independently do you do your tasks already?"),
            ("onb_way", CHOICE, "Hoe leer je het liefst?", "How do you like to learn best?",
             ("Meekijken en nadoen", "Zelf doen met iemand ernaast", "Uitleg op papier of een filmpje", "Een cursus"),
             ("Watching and copying", "Doing it myself with someone beside me", "Instructions on paper or a video", "A course")),
        )),
        (("Je plek in het team", "Your place in the team"), (
            ("onb_team", RATING, "Hoe voel je je in het team?", "How do you feel in the team?", SATISFIED),
            ("onb_better", TEXT, "Wat kunnen het team of de mentor anders doen?", "What could the team or the mentor do differently?"),
        )),
        AGREEMENTS,
    ),
)

BUILTINS = (DEVELOPMENT, PERFORMANCE, ONBOARDING)


def all_builtin() -> list[tuple[str, str, str, GuideContent]]:
    """(builtin key "development.nl", language, name, content) for every built-in guide."""
    return [(f"{b.key}.{lang}", lang, b.kind_title[lang], content(b, lang)) for b in BUILTINS for lang in ("nl", "en")]
