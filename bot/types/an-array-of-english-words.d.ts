declare module 'an-array-of-english-words' {
  const words: string[];
  export = words;
}
