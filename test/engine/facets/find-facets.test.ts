import { Glossary, FacetEntry } from '../../../bot/engine/types';
import { findFacetMatches } from '../../../bot/engine/facets/find-facets';
import { facetsOf } from '../../../bot/engine/facets/understand-facets';

const facet = (id: string, synonyms: string[], parent?: string): FacetEntry => ({ id, parent, label: { sv: id, en: id }, synonyms });
const glossary: Glossary = {
  services: {
    office365: facet('office365', ['Office 365', 'Microsoft 365']),
    onedrive: facet('onedrive', ['OneDrive'], 'office365'),
    google: facet('google', ['Google Drive', 'Gmail']),
    exchange: facet('exchange', ['Outlook', 'e-post', 'mail'], 'office365'),
  },
  data: {
    confidential: facet('confidential', ['sekretessbelagd', 'confidential']),
    health: facet('health', ['hälsodata', 'journal', 'patient records', 'health data'], 'confidential'),
    internal: facet('internal', ['intern', 'internal']),
  },
  terms: [],
};

describe('findFacetMatches', () => {
  test.each([
    ['Får jag lagra hälsodata i Office 365?', 'sv', ['office365'], ['health']],
    ['Får jag spara hälsodatan i Microsoft 365?', 'sv', ['office365'], ['health']],
    ['Kan patientjournalerna ligga i OneDrive-mappen?', 'sv', ['onedrive'], ['health']],
    ['May I keep patient records in OneDrive?', 'en', ['onedrive'], ['health']],
    ['Är sekretessbelagda uppgifter ok i e-posten?', 'sv', ['exchange'], ['confidential']],
    ['Can I store internal documents in Google Drive?', 'en', ['google'], ['internal']],
    // Never so loose that a longer word is found by a shorter synonym.
    ['Är internet tillgängligt i OneDrive?', 'sv', ['onedrive'], []],
    ['Jag använder Gmail', 'sv', ['google'], []],
    ['Vad blir det för lunch i dag?', 'sv', [], []],
  ])('%s', (question, language, services, data) => {
    const facets = facetsOf(findFacetMatches(question, language as 'sv' | 'en', glossary));
    expect(facets).toEqual({ services, data });
  });

  describe('a name that is also an everyday word, typed in lower case', () => {
    const withTeams: Glossary = {
      ...glossary,
      services: {
        ...glossary.services,
        exchange: { ...facet('exchange', ['Outlook'], 'office365'), everyday: { en: ['outlook'] } },
        teams: { ...facet('teams', ['Teams']), everyday: { en: ['teams'] } },
        zoom: { ...facet('zoom', ['Zoom']), everyday: { en: ['zoom'] } },
      },
    };
    test.each([
      ['can i use teams for internal documents', ['teams']],
      ['and teams?', ['teams']],
      ['teams', ['teams']],
      ['internal notes via zoom or teams', ['teams', 'zoom']],
      ['we hold zoom meetings about patients', ['zoom']],
      ['two teams of nurses share patient records', []],
      ['our teams keep internal notes', []],
      ['can we zoom out a bit', []],
      ['May I use Teams?', ['teams']],
      // The subject of the question, after its verb or before what is asked of it.
      ['is zoom ok for meetings about patients', ['zoom']],
      ['does teams keep chat logs in the eu', ['teams']],
      ['zoom for health data?', ['zoom']],
      ['teams allowed for internal stuff?', ['teams']],
      ['Teams is fine for internal stuff, right?', ['teams']],
      ['is the outlook for schrems good', []],
      ['are teams of nurses allowed to share', []],
      ['can we zoom in on the data', []],
    ])('%s', (question, services) => {
      expect(facetsOf(findFacetMatches(question, 'en', withTeams)).services.sort()).toEqual(services);
    });
  });

  describe('a Swedish compound of a kind of information and a word for information', () => {
    const withSectors: Glossary = {
      ...glossary,
      data: {
        ...glossary.data,
        confidential: facet('confidential', ['sekretess', 'sekretessbelagd', 'confidential']),
        health: facet('health', ['hälsodata', 'hälsouppgifter', 'patient', 'journal'], 'confidential'),
        school: facet('school', ['elev', 'elever'], 'confidential'),
        social: facet('social', ['socialtjänstuppgifter', 'orosanmälan', 'orosanmälningar', 'brukare'], 'confidential'),
      },
    };
    test.each([
      ['får sekretessuppgifter ligga i OneDrive?', ['confidential']],
      ['kan vi lagra sekretessdata i OneDrive', ['confidential']],
      ['kan man ha hälsoinfo i OneDrive', ['health']],
      ['får socialtjänstinfo ligga i OneDrive?', ['social']],
      ['får patientinfo ligga i OneDrive?', ['health']],
      ['får orosanmälningsdokument ligga i OneDrive?', ['social']],
      // A compound that opens with a kind of information, unless the whole is a word of its own.
      ['får vi ha patientmöten i OneDrive?', ['health']],
      ['kan vi spara journalkopior i OneDrive?', ['health']],
      ['vad sa journalisten om OneDrive?', []],
      ['brukarmöten i OneDrive?', ['social']],
      // What follows must hold information: a choir or a tool is something else.
      ['får elevkören ha möten i OneDrive?', []],
      ['kan vi använda ett journalverktyg i OneDrive?', []],
      // A word for information alone, or after a word that is no kind of information, names nothing.
      ['får uppgifter ligga i OneDrive?', []],
      ['får mötesinfo ligga i OneDrive?', []],
      ['får lönedata ligga i OneDrive?', []],
    ])('%s', (question, data) => {
      expect(facetsOf(findFacetMatches(question, 'sv', withSectors, { typos: true })).data).toEqual(data);
    });
  });

  test.each([
    ['wanna store health stuff in OneDrive, allowed?', ['health']],
    ['can we keep health info in Outlook', ['health']],
    ['the health of our systems in OneDrive', []],
    ['confidential stuff in OneDrive?', ['confidential']],
  ])('an English kind of information before a general word for it: %s', (question, data) => {
    expect(facetsOf(findFacetMatches(question, 'en', glossary, { typos: true })).data).toEqual(data);
  });

  test.each([
    ['health data in temas', 'en', ['teams']],
    ['our temas share notes', 'en', []],
    ['hälsodata i temas', 'sv', ['teams']],
  ])('a typo of a product name that is also an everyday word, typed in lower case where a product stands: %s', (question, language, services) => {
    const withTeams: Glossary = { ...glossary, services: { ...glossary.services, teams: { ...facet('teams', ['Teams']), everyday: { en: ['teams'] } } } };
    expect(facetsOf(findFacetMatches(question, language as 'sv' | 'en', withTeams, { typos: true })).services).toEqual(services);
  });

  test('a Swedish compound that opens with a service is about that service', () => {
    expect(facetsOf(findFacetMatches('får vi ha journaler i onedrivemappen?', 'sv', glossary, { typos: true }))).toEqual({ services: ['onedrive'], data: ['health'] });
    expect(facetsOf(findFacetMatches('hälsodata i outlookkalendern?', 'sv', glossary, { typos: true }))).toEqual({ services: ['exchange'], data: ['health'] });
  });

  test('"OneDrive" does not also find "Drive" and glossary ids are not synonyms', () => {
    expect(facetsOf(findFacetMatches('OneDrive och drive', 'sv', glossary)).services).toEqual(['onedrive']);
    expect(facetsOf(findFacetMatches('google health', 'en', glossary))).toEqual({ services: [], data: [] });
  });

  test.each([
    ['healthdata in OneDrive?', 'en', { services: ['onedrive'], data: ['health'] }],
    ['may i keep patientrecords in googledrive', 'en', { services: ['google'], data: ['health'] }],
    ['office365 and health data', 'en', { services: ['office365'], data: ['health'] }],
    ['Får hälsodata ligga i microsoft365?', 'sv', { services: ['office365'], data: ['health'] }],
  ])('a phrase typed as one word counts as the phrase: %s', (question, language, facets) => {
    expect(facetsOf(findFacetMatches(question, language as 'sv' | 'en', glossary))).toEqual(facets);
  });

  test('a match records the question words it came from', () => {
    const [match] = findFacetMatches('hur funkar Office 365 nu', 'sv', glossary);
    expect(match).toMatchObject({ kind: 'services', id: 'office365', start: 2, end: 4, written: 'Office 365', synonym: 'Office 365', corrected: false });
  });
});
