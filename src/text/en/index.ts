export { en, Person, Texts } from './texts';
export { enWords, Words } from './words';
