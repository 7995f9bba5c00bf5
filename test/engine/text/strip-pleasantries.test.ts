import { stripPleasantries } from '../../../bot/engine/text/strip-pleasantries';

describe('stripPleasantries', () => {
  test.each([
    ['God morgon, vad är CLOUD Act?', 'vad är CLOUD Act?'],
    ['hej! får jag lagra hälsodata i teams?', 'får jag lagra hälsodata i teams?'],
    ['Hi there - can we use Teams for internal stuff? Thanks!', 'can we use Teams for internal stuff?'],
    ['Tjena. Hej, vad är röjande? Tack på förhand', 'vad är röjande?'],
    ['Okej, och i Zoom då?', 'och i Zoom då?'],
    // Not a greeting: a word that only starts like one, or a greeting inside the question.
    ['Hejdå-mejl i Outlook, får de innehålla personnummer?', 'Hejdå-mejl i Outlook, får de innehålla personnummer?'],
    ['Hitta beslutet om Teams', 'Hitta beslutet om Teams'],
    ['Vad säger hej-appen om Teams?', 'Vad säger hej-appen om Teams?'],
    ['Får jag tacka nej till Teams?', 'Får jag tacka nej till Teams?'],
    // A greeting alone stays what it is.
    ['Hej!', 'Hej!'],
    ['thanks', 'thanks'],
  ])('%s', (text, question) => {
    expect(stripPleasantries(text).trim()).toBe(question);
  });
});
