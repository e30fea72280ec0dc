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
