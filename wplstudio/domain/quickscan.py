"""The readiness quickscan: ten success factors for learning on the job, each with one
key question, four answer categories with scores, a total that lands on one of four
conclusions, and a shorter checklist of basic conditions with attention points.

The factors come from a study of workplace learning in 65 organisations (seeds/002):
five directly involved (they decide short-term success) and five bound to the
organisation (together with the first five they decide whether it lasts). The
questions, meanings and next steps are our own words, kept in Dutch and English as
data, so the screen and the print show the person's language (issue 9).

Scoring (docs/quickscan.md explains it for people):
- each key question: 1 "no", 2 "hardly", 3 "mostly", 4 "yes, fully";
- a respondent's total is the sum over the ten factors: 10 to 40;
- the scan's total is the mean of its respondents' totals (one decimal);
- the total lands on a conclusion by THRESHOLDS: 10-19 don't start yet,
  20-27 hard work for everyone, 28-34 promising, 35-40 very promising;
- a factor whose mean is below 2.5 is an attention point; respondents differ on a
  factor when their answers lie DIFFERENCE (2) or more categories apart.
The checklist of basic conditions has three answers (1 no, 2 partly, 3 yes); a
condition with a mean below 2.5, or any "no", shows its attention point.
Standard library only."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.text import QT_TRANSLATE_NOOP

DIRECT, ORGANISATION = "direct", "organisation"


@dataclass(frozen=True)
class Text:
    nl: str
    en: str

    def in_(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Factor:
    key: str
    group: str  # DIRECT or ORGANISATION
    title: Text
    question: Text
    meaning: Text  # what a low score says
    next_step: Text  # a suggested next step when it scores low


@dataclass(frozen=True)
class Answer:
    score: int
    label: Text


@dataclass(frozen=True)
class Condition:
    key: str
    title: Text
    question: Text
    attention: Text  # the attention point when the condition is not met


FACTORS: tuple[Factor, ...] = (
    Factor("method", DIRECT, Text("De methode", "The method"),
           Text("Hebben we een werkbare aanpak voor leren op de werkvloer, met meerdere manieren van leren, die we bijstellen als we ervaring opdoen?",
                "Do we have a workable approach to learning on the shop floor, with several ways of learning, which we adjust as we gain experience?"),
           Text("Zonder afgesproken aanpak hangt leren af van toeval en van wie er toevallig naast je staat.",
                "Without an agreed approach, learning depends on chance and on whoever happens to stand next to you."),
           Text("Kies per functie een inwerkprogramma en spreek af welke leervormen je gebruikt: voordoen, meedoen, zelf doen.",
                "Choose an onboarding program per function and agree which ways of learning you use: show, do together, do alone.")),
    Factor("participants", DIRECT, Text("De deelnemers", "The participants"),
           Text("Hebben de medewerkers die gaan leren er tijd voor, zien ze het nut ervan en durven ze twijfels en fouten te delen?",
                "Do the employees who will learn have time for it, do they see the point, and do they dare to share doubts and mistakes?"),
           Text("Wie geen tijd krijgt, het nut niet ziet of zich niet veilig voelt, leert weinig, hoe goed de aanpak ook is.",
                "Someone without time, who sees no point or does not feel safe, learns little however good the approach is."),
           Text("Vraag in een kort gesprek wat iemand wil leren en waarom, en plan de leertijd echt in op het planbord.",
                "Ask in a short talk what someone wants to learn and why, and actually plan the learning time on the board.")),
    Factor("mentors", DIRECT, Text("De begeleiders", "The mentors and guides"),
           Text("Zijn er ervaren collega's die willen en kunnen begeleiden, en krijgen zij daar tijd en erkenning voor?",
                "Are there experienced colleagues who want to and can guide others, and do they get time and recognition for it?"),
           Text("Begeleiders maken het verschil; zonder tijd of waardering haken juist de beste vakmensen af.",
                "Mentors make the difference; without time or appreciation the best craftspeople are the first to drop out."),
           Text("Wijs per taak een begeleider aan (niveau 4 in de matrix) en reserveer begeleidingstijd in de week.",
                "Name a mentor per task (level 4 in the matrix) and reserve mentoring time every week.")),
    Factor("coordinator", DIRECT, Text("De regisseur", "The coordinator"),
           Text("Is er iemand in het bedrijf die het leren op de werkvloer coördineert, het overzicht houdt en knelpunten oppakt?",
                "Is there someone in the company who coordinates learning on the shop floor, keeps the overview and picks up problems?"),
           Text("Als niemand het overzicht houdt, verwateren afspraken en blijven trajecten halverwege steken.",
                "When nobody keeps the overview, agreements fade and trajectories stop halfway."),
           Text("Benoem één regisseur (vaak de werkplaatschef) en geef die een vast moment per week voor het leren.",
                "Appoint one coordinator (often the workshop manager) and give them a fixed moment a week for learning.")),
    Factor("technology", DIRECT, Text("De leertechnologie", "The learning technology"),
           Text("Zijn de hulpmiddelen (filmpjes, instructiekaarten, een app of leerplatform) zo eenvoudig dat iedereen ze ook echt gebruikt?",
                "Are the aids (videos, instruction cards, an app or learning platform) simple enough that everyone actually uses them?"),
           Text("Hulpmiddelen die lastig zijn, blijven liggen; dan helpen ze het leren niet vooruit.",
                "Aids that are awkward to use are left alone; then they do not move learning forward."),
           Text("Begin klein: korte filmpjes of foto-instructies bij de machine, en vraag na een maand wat werkt.",
                "Start small: short videos or photo instructions at the machine, and ask after a month what works.")),
    Factor("managers", ORGANISATION, Text("De direct leidinggevenden", "The direct managers"),
           Text("Maken de direct leidinggevenden (chef, voorman) het leren onderdeel van hun werk: ze plannen er tijd voor en bespreken de voortgang?",
                "Do the direct managers (workshop manager, foreman) make learning part of their job: they plan time for it and discuss progress?"),
           Text("Een leidinggevende die geen tijd vrijmaakt of niet naar de voortgang vraagt, remt het leren af, vaak zonder het te merken.",
                "A manager who frees no time or never asks about progress slows learning down, often without noticing."),
           Text("Zet leren als vast punt op het werkoverleg en laat de chef de voortgangsgesprekken meevoeren.",
                "Put learning on the agenda of every work meeting and have the manager take part in the progress talks.")),
    Factor("management", ORGANISATION, Text("De directie", "The management"),
           Text("Laat de directie zichtbaar zien dat leren op de werkvloer belangrijk is, ook na de start, en vraagt zij naar de resultaten?",
                "Does the management show visibly that learning on the job matters, also after the start, and does it ask about the results?"),
           Text("Als de directie alleen bij de start aanwezig is, dooft het leren uit zodra het druk wordt.",
                "When the management is present only at the start, learning fades as soon as it gets busy."),
           Text("Laat de eigenaar twee keer per jaar de cijfers bespreken (leeruren, inzetbaarheid) en zelf het goede voorbeeld geven.",
                "Have the owner discuss the figures twice a year (learning hours, deployability) and set the example.")),
    Factor("design", ORGANISATION, Text("De inrichting van de organisatie", "The organisation's design"),
           Text("Is vastgelegd wie waarvoor verantwoordelijk is, en wanneer we beoordelen of het leren werkt en hoe we verdergaan?",
                "Is it agreed who is responsible for what, and when we judge whether the learning works and how we continue?"),
           Text("Zonder vaste eigenaar en zonder afgesproken evaluatiemoment stopt het leren als het project klaar is.",
                "Without a fixed owner and an agreed moment to evaluate, learning stops when the project ends.")
           , Text("Schrijf op wie eigenaar is, welke criteria tellen en wanneer je evalueert; zet dat moment in de agenda.",
                  "Write down who owns it, which criteria count and when you evaluate; put that moment in the calendar.")),
    Factor("hr", ORGANISATION, Text("De rol van HR of opleidingen", "The role of HR or L&D"),
           Text("Is er iemand (HR, opleidingen of de administratie) die het leren actief ondersteunt met planning, registratie en budget?",
                "Is there someone (HR, training or the office) who actively supports learning with planning, records and budget?"),
           Text("Als niemand registreert en budgetteert, is achteraf niet te zien wat het leren heeft opgeleverd.",
                "When nobody keeps records or a budget, nobody can see afterwards what the learning brought."),
           Text("Houd leeractiviteiten bij in het leerregister en maak elk jaar een opleidingsplan met budget.",
                "Keep learning activities in the learning register and make a yearly training plan with a budget.")),
    Factor("ownership", ORGANISATION, Text("Gedeeld eigenaarschap", "Shared ownership"),
           Text("Voelen directie, leidinggevenden, begeleiders en medewerkers zich samen eigenaar: nemen ze verantwoordelijkheid en leggen ze er verantwoording over af?",
                "Do management, managers, mentors and employees feel joint owners: do they take responsibility and account for it?"),
           Text("Vernieuwing houdt alleen stand als iedereen zich verantwoordelijk voelt én er verantwoording over aflegt.",
                "A new way of learning lasts only when everyone feels responsible and also accounts for it."),
           Text("Bespreek de uitkomst van deze scan met alle groepen samen en maak per groep één concrete afspraak.",
                "Discuss the outcome of this scan with all groups together and make one concrete agreement per group.")),
)
FACTOR_KEYS = tuple(f.key for f in FACTORS)

ANSWERS: tuple[Answer, ...] = (
    Answer(1, Text("Nee", "No")),
    Answer(2, Text("Nauwelijks", "Hardly")),
    Answer(3, Text("Grotendeels", "Mostly")),
    Answer(4, Text("Ja, helemaal", "Yes, fully")),
)
MIN_SCORE, MAX_SCORE = 1, 4

CONDITIONS: tuple[Condition, ...] = (
    Condition("time", Text("Tijd om te leren", "Time to learn"),
              Text("Krijgen medewerkers in werktijd ruimte om te leren en anderen te helpen?",
                   "Do employees get room in working hours to learn and to help others?"),
              Text("Plan leertijd op het planbord, net als een klus; anders verdwijnt die bij de eerste spoedklus.",
                   "Plan learning time on the board like a job; otherwise it disappears with the first rush job.")),
    Condition("initiative", Text("Ruimte voor initiatief", "Room for initiative"),
              Text("Mogen medewerkers zelf voorstellen doen om te leren of het werk te verbeteren?",
                   "May employees propose for themselves what to learn or how to improve the work?"),
              Text("Vraag actief naar ideeën en laat zien wat ermee gebeurt, bijvoorbeeld met verbeteracties.",
                   "Ask for ideas and show what happens to them, for example as improvement actions.")),
    Condition("coaching", Text("Begeleiding", "Coaching"),
              Text("Staat er bij het leren iemand klaar om uit te leggen, mee te kijken en feedback te geven?",
                   "Is someone at hand while learning to explain, watch and give feedback?"),
              Text("Koppel elke lerende aan een vaste begeleider en spreek korte, vaste feedbackmomenten af.",
                   "Pair every learner with a fixed mentor and agree short, regular feedback moments.")),
    Condition("safety", Text("Veilig fouten maken", "A safe place to make mistakes"),
              Text("Kun je hier een fout maken of iets vragen zonder dat je erop wordt afgerekend?",
                   "Can you make a mistake or ask something here without being blamed for it?"),
              Text("Bespreek fouten als leerkans, begin bij jezelf als leidinggevende, en laat oefenen waar het veilig kan.",
                   "Treat mistakes as chances to learn, start with yourself as a manager, and let people practise where it is safe.")),
    Condition("sources", Text("Bronnen van kennis", "Sources of knowledge"),
              Text("Weten medewerkers waar ze kennis vinden: collega's, tekeningen, instructies, filmpjes?",
                   "Do employees know where to find knowledge: colleagues, drawings, instructions, videos?"),
              Text("Maak zichtbaar wie wat kan (de matrix) en leg instructies vast waar het werk gebeurt.",
                   "Make visible who can do what (the matrix) and keep instructions where the work happens.")),
)
CONDITION_KEYS = tuple(c.key for c in CONDITIONS)
CONDITION_ANSWERS: tuple[Answer, ...] = (
    Answer(1, Text("Nee", "No")), Answer(2, Text("Deels", "Partly")), Answer(3, Text("Ja", "Yes")))
CONDITION_MAX = 3

# The four conclusions, lowest first: (lowest total that reaches it, key, text).
DONT_START, HARD_WORK, PROMISING, VERY_PROMISING = "dont_start", "hard_work", "promising", "very_promising"
THRESHOLDS: tuple[tuple[int, str], ...] = ((10, DONT_START), (20, HARD_WORK), (28, PROMISING), (35, VERY_PROMISING))
CONCLUSIONS = {
    DONT_START: Text("Begin er nog niet aan: eerst de voorwaarden op orde brengen.",
                     "Don't start yet: first put the conditions in order."),
    HARD_WORK: Text("Het wordt hard werken voor iedereen om dit goed in te voeren.",
                    "It will be hard work for everyone to introduce this well."),
    PROMISING: Text("Kansrijk: de basis is er, werk gericht aan de zwakke punten.",
                    "Promising: the basis is there; work on the weak points."),
    VERY_PROMISING: Text("Zeer kansrijk: de organisatie is er klaar voor.",
                         "Very promising: the organisation is ready for it."),
}
CONCLUSION_COLOUR = {DONT_START: "#c62828", HARD_WORK: "#e07b00", PROMISING: "#4f8fd6", VERY_PROMISING: "#2e7d32"}
ATTENTION_BELOW = 2.5  # a factor or condition mean below this is an attention point
DIFFERENCE = 2  # answers this many categories apart: the respondents see it differently

RESPONDENT_ROLES = ("owner", "manager", "employee")
ROLE_TITLES = {"owner": Text("eigenaar", "owner"), "manager": Text("leidinggevende", "manager"),
               "employee": Text("medewerker", "employee")}


def conclusion_for(total: float) -> str:
    """The conclusion a total (10-40; a mean may have decimals) lands on."""
    reached = DONT_START
    for lowest, key in THRESHOLDS:
        if total >= lowest:
            reached = key
    return reached


def factor(key: str) -> Factor:
    return next(f for f in FACTORS if f.key == key)


def condition(key: str) -> Condition:
    return next(c for c in CONDITIONS if c.key == key)


# --- checking answers -------------------------------------------------------------

def check_answer(question: str, score: object) -> int:
    """A stored answer: a known question and a score in its range."""
    top = MAX_SCORE if question in FACTOR_KEYS else CONDITION_MAX if question in CONDITION_KEYS else None
    if top is None:
        raise ValueError(f"unknown quickscan question {question!r}")
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= top:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "answer"), QT_TRANSLATE_NOOP(
            "errors", "An answer must be one of the answer categories (1 to {top})."), {"top": top})])
    return score


def unanswered(answers: dict[str, int]) -> list[str]:
    """The questions (factors first, then conditions) a respondent has not answered."""
    return [k for k in FACTOR_KEYS + CONDITION_KEYS if answers.get(k) is None]


def is_complete(answers: dict[str, int]) -> bool:
    return not unanswered(answers)


def check_complete(respondents: list[tuple[str, dict[str, int]]], lang: str = "en") -> None:
    """A scan can be finished only with at least one respondent who answered every question."""
    if not respondents:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "respondents"), QT_TRANSLATE_NOOP(
            "errors", "A scan needs at least one respondent before it can be finished. Add who filled it in, or save it as a draft."))])
    problems = []
    for name, answers in respondents:
        missing = unanswered(answers)
        if missing:
            problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "answers"), QT_TRANSLATE_NOOP(
                "errors", "{name} has not answered: {questions}. Answer them, or save the scan as a draft and finish it later."),
                {"name": name, "questions": ", ".join(question_title(k, lang) for k in missing)}))
    if problems:
        raise ValidationFailed(problems)


def question_title(key: str, lang: str) -> str:
    item = factor(key) if key in FACTOR_KEYS else condition(key)
    return item.title.in_(lang)


# --- results -------------------------------------------------------------------

@dataclass(frozen=True)
class FactorResult:
    key: str
    mean: float  # over the respondents who answered it
    low: int
    high: int
    scores: tuple[int | None, ...]  # per respondent, in the scan's order
    attention: bool  # mean below ATTENTION_BELOW
    differs: bool  # answers DIFFERENCE or more apart


@dataclass(frozen=True)
class ConditionResult:
    key: str
    mean: float
    scores: tuple[int | None, ...]
    attention: bool


@dataclass(frozen=True)
class Result:
    totals: tuple[int | None, ...]  # per respondent (None: not complete)
    total: float | None  # mean of the complete respondents' totals
    conclusion: str | None
    factors: tuple[FactorResult, ...]
    conditions: tuple[ConditionResult, ...]
    direct_mean: float | None  # mean score of the five directly involved factors
    organisation_mean: float | None


def respondent_total(answers: dict[str, int]) -> int | None:
    if any(answers.get(k) is None for k in FACTOR_KEYS):
        return None
    return sum(answers[k] for k in FACTOR_KEYS)


def result(answer_sets: list[dict[str, int]]) -> Result:
    """The scan's figures from each respondent's answers (partial answers count where given)."""
    totals = tuple(respondent_total(a) for a in answer_sets)
    complete = [t for t in totals if t is not None]
    total = round(mean(complete), 1) if complete else None
    factors = tuple(_factor_result(k, answer_sets) for k in FACTOR_KEYS)
    conditions = tuple(_condition_result(k, answer_sets) for k in CONDITION_KEYS)
    return Result(totals, total, conclusion_for(total) if total is not None else None, factors, conditions,
                  _group_mean(factors, DIRECT), _group_mean(factors, ORGANISATION))


def _factor_result(key: str, answer_sets: list[dict[str, int]]) -> FactorResult:
    scores = tuple(a.get(key) for a in answer_sets)
    given = [s for s in scores if s is not None]
    if not given:
        return FactorResult(key, 0.0, 0, 0, scores, False, False)
    average = round(mean(given), 2)
    return FactorResult(key, average, min(given), max(given), scores, average < ATTENTION_BELOW,
                        max(given) - min(given) >= DIFFERENCE)


def _condition_result(key: str, answer_sets: list[dict[str, int]]) -> ConditionResult:
    scores = tuple(a.get(key) for a in answer_sets)
    given = [s for s in scores if s is not None]
    average = round(mean(given), 2) if given else 0.0
    return ConditionResult(key, average, scores, bool(given) and (average < ATTENTION_BELOW or min(given) == 1))


def _group_mean(factors: tuple[FactorResult, ...], group: str) -> float | None:
    values = [f.mean for f in factors if factor(f.key).group == group and f.mean]
    return round(mean(values), 2) if values else None
