// Words that announce personal data: titles and roles before a name, relations ("moeder van"), and the cues
// for birth dates, student numbers and role mailboxes.
//
// Source: written by hand for this project from how Dutch school and safety professionals refer to people
// (the idea of cue words is taken from DEDUCE, Trienes et al. 2020, LGPL-3.0; none of its files is copied).
// Project licence.
import { phrases, words } from './words.js';

/** Titles that are part of the way a person is named; the finding includes them ("Mevrouw Bakker", "fam. Yilmaz"). */
export const TITLE_CUES: readonly string[] = phrases(`
  dhr; dhr.; de heer; mevrouw; mevr; mevr.; mw; mw.; mej; mej.; mejuffrouw; juffrouw; juf; meester; meneer;
  mijnheer; mr.; dr.; drs.; ir.; ing.; prof.; fam; fam.; familie; gezin
`);

/** Roles and relations directly before a name ("leerling Mohammed", "broer Daan"); not part of the finding. */
export const ROLE_CUES: readonly string[] = words(`
  leerling leerlinge leerlingen scholier scholieren student studente cursist pupil docent docente leraar lerares
  mentor conciërge teamleider zorgcoördinator directeur rector wijkagent jeugdagent agent agente rechercheur
  boa leerplichtambtenaar jongerenwerker hulpverlener collega wethouder verdachte slachtoffer dader getuige
  melder klasgenoot klasgenote vriend vriendin vriendje vriendinnetje ex ex-vriend ex-vriendin buurjongen
  buurmeisje buurman buurvrouw jongen meisje zoon dochter moeder vader broer broertje zus zusje oom tante opa
  oma neef nicht stiefvader stiefmoeder pleegvader pleegmoeder voogd halfbroer halfzus tweelingbroer
  tweelingzus partner
`);

/** Relations followed by "van" ("moeder van Lucas", "ouders van Sanne"); the name after "van" is a person. */
export const RELATION_CUES: readonly string[] = words(`
  moeder vader ouders ouder broer broertje zus zusje zuster oom tante opa oma neef nicht stiefvader stiefmoeder
  pleegvader pleegmoeder pleegouders voogd grootmoeder grootvader zoon dochter kind vriend vriendin vriendje
  vriendinnetje klasgenoot klasgenote buurman buurvrouw partner ex halfbroer halfzus mentor begeleider
  familie
`);

/**
 * Words in a sentence that show it is about one person, used to read a date in pupil range as a birth date.
 * Pronouns like "zij" and "zijn" are left out: they are also plural and verbs ("alle scholen zijn").
 */
export const PERSON_WORDS: readonly string[] = words(`
  leerling leerlinge scholier student jongen meisje zoon dochter kind hij broer zus verdachte slachtoffer
  betrokkene dader
`);

/** Local parts of e-mail addresses that belong to a desk or a team, not to a person (warn instead of block). */
export const ROLE_MAILBOXES: readonly string[] = words(`
  info informatie secretariaat administratie receptie contact post postbus mail office admin noreply no-reply
  helpdesk support servicedesk klantenservice zorg zorgteam zorgcoordinator leerlingzaken
  leerlingadministratie verzuim directie bestuur communicatie planning rooster roosters facilitair meldpunt
  veiligheid privacy fg avg hr pz personeelszaken financien factuur facturen inkoop vacatures ouders
  aanmelden aanmelding examen examens mediatheek conciërge concierge
`);

/** Verbs of doing and being right after a name show the sentence is about that person ("Hidde is ziek gemeld"). */
export const PERSON_VERBS: readonly string[] = words(`
  is was heeft had zit zat wordt werd komt kwam gaat ging loopt liep belt belde zegt zei vertelt vertelde doet deed
  mag moet moest kan kon wil wilde krijgt kreeg woont woonde rookt rookte gebruikt gebruikte verkoopt verkocht
  spijbelt spijbelde blijft bleef staat stond hangt hing pest pestte vecht vocht dreigt dreigde stuurt stuurde deelt
  deelde maakt maakte neemt nam heet voelt voelde speelt speelde fietst fietste rijdt reed werkt werkte liegt loog
  slaapt sliep mist miste vapet vapete blowt blowde steelt stal sloeg slaat schopt schopte scheldt schold gooit
  gooide zal zou lijkt leek bedreigt bedreigde filmt filmde vertrekt vertrok verzuimt verzuimde reageert reageerde
  wordt waren zijn hebben
`);

/** Possessives after a name ("Yusuf zijn telefoon", "Anouk haar ouders", "pim z'n mentor"). */
export const POSSESSIVES: readonly string[] = words(`zijn z'n haar d'r hun`);

/** Words right before a name that make it a person ("met Sami", "over Thomas", "heeft Ravi de brand gesticht"). */
export const PREPOSITIONS_BEFORE_PERSON: readonly string[] = words(`
  met van over aan voor tegen naast zonder namens door samen of heeft had is was werd wordt zei zegt vroeg vraagt belde
  belt sprak spreekt zag ziet noemde noemt hoorde hoort gaf geeft kreeg krijgt vertelde vertelt
`);

/** Greetings and sign-offs before a name ("Hoi Ilse", "Groetjes Joyce", "Groet, Annelies"). */
export const GREETINGS: readonly string[] = words(`
  hoi hallo hey hi beste lieve dag goedemorgen goedemiddag groet groeten groetjes gr grt mvg vriendelijke liefs doei
  dank bedankt thanks
`);

/** Labels of address lines, minutes and lists after which names follow ("Notulist: …", "Aan: …"). */
export const NAME_LABELS: readonly string[] = words(`
  van aan cc bcc afzender ontvanger notulist notulen voorzitter aanwezig aanwezigen afwezig afgemeld afmeldingen
  deelnemers betrokken betrokkenen leerling leerlingen melder verdachte slachtoffer contactpersoon mentor door
  namens
`);
