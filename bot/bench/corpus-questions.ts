/**
 * Varied questions for the benchmark, as employees type them: permission questions on the
 * glossary's services and data classes (Swedish and English, some with a typo), questions on
 * words of the corpus, and off-topic ones. Seeded, so every run asks the same questions.
 */
import { CorpusVocabulary } from './generate-corpus';
import { SeededRandom } from './seeded-random';

const SV_PERMISSION = ['Får jag lagra {data} i {service}?', 'Får vi använda {service} för {data}?', 'Är det ok att spara {data} i {service}?', 'Kan man dela {data} i {service}?'];
const EN_PERMISSION = ['May I store {data} in {service}?', 'Can we use {service} for {data}?', 'Is it allowed to keep {data} in {service}?'];
const SV_TOPIC = ['Vad säger underlaget om {word} och {word}?', 'Vad betyder {word}?', 'När beslutades {word} om {service}?', 'Vem ansvarar för {word}?'];
const EN_TOPIC = ['What does the {word} say about {service}?', 'Who decided on {word}?', 'When was the {word} review?'];
const OFF_TOPIC = ['Vad blir det för lunch idag?', 'Hur bokar jag semester?', 'What is the weather like in Göteborg?', 'Kan du skriva en dikt om hösten?'];

export function corpusQuestions(count: number, seed: number, vocabulary: CorpusVocabulary): string[] {
  const random = new SeededRandom(seed);
  const services = [...vocabulary.services.values()];
  const data = [...vocabulary.data.values()];
  const questions: string[] = [];
  while (questions.length < count) {
    const roll = random.int(0, 99);
    const template = roll < 35 ? random.pick(SV_PERMISSION) : roll < 55 ? random.pick(EN_PERMISSION) : roll < 80 ? random.pick(SV_TOPIC) : roll < 95 ? random.pick(EN_TOPIC) : random.pick(OFF_TOPIC);
    let question = template
      .replace('{service}', () => random.pick(random.pick(services)))
      .replace('{data}', () => random.pick(random.pick(data)))
      .replace(/\{word\}/g, () => vocabulary.swedish[random.zipf(vocabulary.swedish.length)]);
    if (random.chance(0.15)) question = withTypo(question, random);
    questions.push(question);
  }
  return questions;
}

/** Two neighbouring letters swapped in one longer word, the commonest typo. */
function withTypo(question: string, random: SeededRandom): string {
  const words = question.split(' ');
  const long = words.map((w, i) => (w.length >= 6 ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return question;
  const at = random.pick(long);
  const word = words[at];
  const i = random.int(1, word.length - 3);
  words[at] = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return words.join(' ');
}
