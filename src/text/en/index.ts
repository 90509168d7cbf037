export { en, Texts } from './texts';
export { enWords, Words } from './words';
