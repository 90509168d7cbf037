export { nl } from './texts';
export { nlWords } from './words';
