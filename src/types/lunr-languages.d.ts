// lunr-languages ships no types: each module is a plugin function taking lunr.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module 'lunr-languages/lunr.fi.js' {
  const register: (lunr: unknown) => void;
  export default register;
}
