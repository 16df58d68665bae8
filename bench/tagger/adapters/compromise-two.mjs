// compromise/two (MIT): tokeniser + tagger only, without the "three" API layer.
import nlp from 'compromise/two';
import { makeCompromise } from './compromise-common.mjs';
export const create = () => makeCompromise(nlp);
