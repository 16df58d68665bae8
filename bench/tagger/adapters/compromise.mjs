// compromise (MIT), default build ("three"). Runs its own tokeniser.
import nlp from 'compromise';
import { makeCompromise } from './compromise-common.mjs';
export const create = () => makeCompromise(nlp);
