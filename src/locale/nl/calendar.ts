// Dutch text in calendar items, feeds, downloads and calendar replies.
export const calendar = {
  description: {
    intro: 'Halfjaarlijks ketenoverleg Veilige School.',
    online: 'Online deelnemen: {url}',
    details: 'Agenda en details: {url}',
    privacy: 'Deel in dit overleg geen persoonsgegevens van leerlingen.',
  },
  feedName: 'Ketenoverleg – {organisation}',
  downloadName: 'Ketenoverleg',
} as const;
