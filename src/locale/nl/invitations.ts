// Dutch text for invitations: reasons, the coordinator's invitation page, attendance, the RSVP page and its mail.
export const invitations = {
  reasons: {
    line: '{organisation} — {reason}',
    school: 'school, altijd uitgenodigd',
    core: 'kernpartner, altijd uitgenodigd',
    theme: 'vanwege agendapunt ‘{topic}’, thema {theme}',
    manual: 'handmatig toegevoegd door de coördinator',
    delegate: 'als vervanger van {name}',
  },
  rsvp: {
    'geen-reactie': 'nog geen reactie',
    ja: 'komt',
    nee: 'komt niet',
    misschien: 'misschien',
  },
  source: {
    web: 'via de link',
    calendar: 'via de agenda-uitnodiging',
  },
} as const;
