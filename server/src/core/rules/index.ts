// The one registry of rules. A meta-test fails when a rule file is missing here, or lacks tests or docs.
import type { Rule } from './types';
import { rule as yamlSyntax } from './frontmatter/yaml-syntax';
import { rule as missingKey } from './frontmatter/missing-key';
import { rule as recommendedKey } from './frontmatter/recommended-key';
import { rule as unknownKey } from './frontmatter/unknown-key';
import { rule as valueType } from './frontmatter/value-type';
import { rule as invalidDate } from './frontmatter/invalid-date';
import { rule as invalidEmail } from './frontmatter/invalid-email';
import { rule as slot } from './placeholder/slot';
import { rule as blank } from './placeholder/blank';
import { rule as draftingNote } from './placeholder/drafting-note';
import { rule as fieldName } from './placeholder/field-name';
import { rule as loremIpsum } from './placeholder/lorem-ipsum';
import { rule as salutationName } from './personalization/salutation-name';
import { rule as impersonalSalutation } from './personalization/impersonal-salutation';
import { rule as panelGreeting } from './personalization/panel-greeting';
import { rule as otherCompany } from './personalization/other-company';
import { rule as roleMismatch } from './personalization/role-mismatch';
import { rule as roleMissing } from './personalization/role-missing';
import { rule as companyMissing } from './personalization/company-missing';
import { rule as topicReference } from './personalization/topic-reference';
import { rule as genericPhrase } from './personalization/generic-phrase';
import { rule as salutationMissing } from './structure/salutation-missing';
import { rule as gratitude } from './structure/gratitude';
import { rule as interest } from './structure/interest';
import { rule as qualification } from './structure/qualification';
import { rule as signOff } from './structure/sign-off';
import { rule as signature } from './structure/signature';
import { rule as subject } from './structure/subject';
import { rule as length } from './structure/length';
import { rule as late } from './timing/late';
import { rule as futureDate } from './timing/future-date';
import { rule as relativeDate } from './timing/relative-date';
import { rule as informal } from './tone/informal';
import { rule as hedging } from './tone/hedging';
import { rule as pushy } from './tone/pushy';
import { rule as negativity } from './tone/negativity';
import { rule as apology } from './tone/apology';
import { rule as exclamation } from './tone/exclamation';
import { rule as emoji } from './tone/emoji';
import { rule as shouting } from './tone/shouting';
import { rule as salary } from './tone/salary';
import { rule as cliche } from './tone/cliche';
import { rule as selfFocus } from './tone/self-focus';
import { rule as positivity } from './tone/positivity';
import { rule as spelling } from './proofreading/spelling';
import { rule as repeatedWord } from './proofreading/repeated-word';
import { rule as article } from './proofreading/article';
import { rule as sentenceCase } from './proofreading/sentence-case';
import { rule as confusion } from './proofreading/confusion';
import { rule as spacing } from './proofreading/spacing';
import { rule as sentenceLength } from './readability/sentence-length';
import { rule as denseParagraph } from './readability/dense-paragraph';
import { rule as grade } from './readability/grade';

export const rules: Rule[] = [
  yamlSyntax, missingKey, recommendedKey, unknownKey, valueType, invalidDate, invalidEmail,
  slot, blank, draftingNote, fieldName, loremIpsum,
  salutationName, impersonalSalutation, panelGreeting, otherCompany, roleMismatch, roleMissing, companyMissing, topicReference, genericPhrase,
  salutationMissing, gratitude, interest, qualification, signOff, signature, subject, length,
  late, futureDate, relativeDate,
  informal, hedging, pushy, negativity, apology, exclamation, emoji, shouting, salary, cliche, selfFocus, positivity,
  spelling, repeatedWord, article, sentenceCase, confusion, spacing,
  sentenceLength, denseParagraph, grade,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
