// The demo world: the covenant's partners, five fictional schools, the theme catalogue and fictional contacts.
// Every address is on the reserved `.example` domain, so demo mail can never reach a real person.
import type { ContactAccess, OrganisationKind } from '../db/schema/index.js';
import type { Settings } from '../settings/settings.js';

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  place: string;
  contacts: { name: string; email: string; role: string; access: ContactAccess }[];
}

export const DEMO_COORDINATOR_EMAIL = 'coordinator@dijkenwaard.example';

/** The demo is gemeente Dijk en Waard, in regio Noord, with its covenant's real name. */
export const DEMO_SETTINGS: Settings = {
  gemeenteName: 'Dijk en Waard',
  covenantName: 'Samen werken wij aan een veilige school',
  holidayRegion: 'noord',
  privacyContact: 'privacy@dijkenwaard.example',
};

export const demoOrganisations: DemoOrganisation[] = [
  {
    name: 'Gemeente Dijk en Waard',
    kind: 'core',
    place: 'Heerhugowaard',
    contacts: [
      {
        name: 'Ingrid Zwart',
        email: DEMO_COORDINATOR_EMAIL,
        role: 'coördinator veiligheid',
        access: 'coordinator',
      },
      {
        name: 'Ruben Koster',
        email: 'leerplicht@dijkenwaard.example',
        role: 'leerplichtambtenaar',
        access: 'member',
      },
    ],
  },
  {
    name: 'Politie – jeugdagent',
    kind: 'core',
    place: 'Heerhugowaard',
    contacts: [
      { name: 'Mark de Wit', email: 'jeugdagent@politie.example', role: 'jeugdagent', access: 'member' },
    ],
  },
  {
    name: 'Halt',
    kind: 'core',
    place: 'Alkmaar',
    contacts: [
      { name: 'Samira Bouzid', email: 'halt@halt.example', role: 'Halt-medewerker', access: 'member' },
    ],
  },
  {
    name: 'MET',
    kind: 'core',
    place: 'Heerhugowaard',
    contacts: [
      { name: 'Joost Verbeek', email: 'met@met.example', role: 'MET-coördinator', access: 'member' },
    ],
  },
  {
    name: 'Jongerenwerk',
    kind: 'optional',
    place: 'Heerhugowaard',
    contacts: [
      {
        name: 'Lotte Brouwer',
        email: 'jongerenwerk@jongerenwerk.example',
        role: 'jongerenwerker',
        access: 'member',
      },
    ],
  },
  {
    name: 'Brijder',
    kind: 'optional',
    place: 'Alkmaar',
    contacts: [
      { name: 'Hanneke Post', email: 'preventie@brijder.example', role: 'preventiewerker', access: 'member' },
    ],
  },
  {
    name: 'Samenwerkingsverband VO',
    kind: 'optional',
    place: 'Alkmaar',
    contacts: [{ name: 'Erik Hoogland', email: 'swv@swv-vo.example', role: 'consulent', access: 'member' }],
  },
  {
    name: 'Polderlicht College',
    kind: 'school',
    place: 'Heerhugowaard',
    contacts: [
      { name: 'Anouk Vermeer', email: 'directie@polderlicht.example', role: 'directeur', access: 'member' },
      {
        name: 'Dennis Kok',
        email: 'zorg@polderlicht.example',
        role: 'ondersteuningscoördinator',
        access: 'member',
      },
    ],
  },
  {
    name: 'Waardse Lyceum',
    kind: 'school',
    place: 'Heerhugowaard',
    contacts: [
      {
        name: 'Marloes Schouten',
        email: 'directie@waardselyceum.example',
        role: 'directeur',
        access: 'member',
      },
      {
        name: 'Yusuf Demir',
        email: 'zorg@waardselyceum.example',
        role: 'ondersteuningscoördinator',
        access: 'member',
      },
    ],
  },
  {
    name: 'Mavo De Tuinder',
    kind: 'school',
    place: 'Broek op Langedijk',
    contacts: [
      { name: 'Petra Kuiper', email: 'directie@detuinder.example', role: 'directeur', access: 'member' },
    ],
  },
  {
    name: 'Vakcollege Langedijk',
    kind: 'school',
    place: 'Noord-Scharwoude',
    contacts: [
      {
        name: 'Sander Mol',
        email: 'zorg@vakcollegelangedijk.example',
        role: 'zorgcoördinator',
        access: 'member',
      },
    ],
  },
  {
    name: 'Praktijkschool De Kreek',
    kind: 'school',
    place: 'Heerhugowaard',
    contacts: [
      { name: 'Nienke Dijkstra', email: 'directie@dekreek.example', role: 'directeur', access: 'member' },
    ],
  },
];

/** The covenant's theme catalogue (DESIGN.md) and the optional partners each theme brings in. */
export const demoThemes: { name: string; description: string; partners: string[] }[] = [
  {
    name: 'Roken en vapes',
    description: 'Roken, e-sigaretten en vapes op en rond school.',
    partners: ['Brijder'],
  },
  { name: 'Alcohol', description: 'Alcoholgebruik door jongeren.', partners: ['Brijder'] },
  {
    name: 'Drugs en lachgas',
    description: 'Drugsgebruik, -bezit en -handel, lachgas.',
    partners: ['Brijder'],
  },
  { name: 'Vuurwerk', description: 'Vuurwerkbezit en overlast rond de jaarwisseling.', partners: [] },
  { name: 'Wapens en messen', description: 'Wapenbezit, ook nepwapens.', partners: [] },
  { name: 'Kluisjescontrole', description: 'Afspraken en ervaringen met kluisjescontroles.', partners: [] },
  {
    name: 'Jeugdcriminaliteit en groepsdruk',
    description: '(Nep)wapens, (nep)geld, geweld en groepsdruk.',
    partners: ['Jongerenwerk'],
  },
  {
    name: 'Overlast rond school',
    description: 'Overlast op en rond het schoolterrein.',
    partners: ['Jongerenwerk'],
  },
  {
    name: 'Grensoverschrijdend gedrag en huisregels',
    description: 'Huisregels en de aanpak van grensoverschrijdend gedrag.',
    partners: ['Samenwerkingsverband VO'],
  },
  {
    name: 'Schorsing en verwijdering',
    description: 'Het protocol schorsing en verwijdering.',
    partners: ['Samenwerkingsverband VO'],
  },
  {
    name: 'Verzuim en thuiszitters',
    description: 'Schoolverzuim en thuiszitters.',
    partners: ['Samenwerkingsverband VO'],
  },
  { name: 'Signaleringsapp', description: 'Welke signalen horen in de signaleringsapp.', partners: [] },
  {
    name: 'Online veiligheid',
    description: 'Sociale media, online pesten en sexting.',
    partners: ['Jongerenwerk'],
  },
];
