// Writes stress-10k.thanks: a long, letter-like thank-you note of about 10,000 body words, composed
// deterministically (fixed seed) from hand-written sentences with varied names, systems and numbers.
// Run once: `node bench/texts/make-stress.mjs`; the output is committed so every run uses the same text.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let seed = 20261125;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const people = ['Dana', 'Priya', 'Kwame', 'Hélène', 'Mateo', 'Yuki', 'Siobhan', 'Oluwaseun', 'Björn', 'Anjali', 'Tomasz', 'Lucía', 'Farid', 'Mei', 'Rasmus', 'Chiamaka'];
const systems = ['the claims pipeline', 'the billing service', 'the Kafka cluster', 'the feature store', 'the Terraform modules', 'the GraphQL gateway', 'the PostgreSQL replicas', 'the Airflow scheduler', 'the observability stack', 'the mobile release train', 'the search index', 'the identity provider', 'the data warehouse', 'the CI runners', 'the payments API', 'the notification service'];
const companies = ['Halvorsen Freight', 'Brightline Logistics', 'Copperleaf Bank', 'Meridian Labs', 'Tallgrass Energy', 'Quayside Media'];
const nums = ['two', 'three', 'four', 'five', 'six', 'eight', 'ten', 'twelve', 'fifteen', 'twenty'];
const units = ['weeks', 'months', 'days', 'sprints', 'quarters'];
const metrics = ['latency', 'cost per request', 'deploy frequency', 'time to recovery', 'error rate', 'onboarding time', 'test flakiness', 'alert volume'];

const T = [
  () => `${pick(people)} asked how I would approach ${pick(systems)}, and I have kept thinking about that question since we spoke.`,
  () => `At ${pick(companies)} we faced a similar problem with ${pick(systems)}, and it took us ${pick(nums)} ${pick(units)} to get it right.`,
  () => `The most useful lesson from that work was that the migration plan mattered less than the conversations with the teams who owned each workload.`,
  () => `We measured ${pick(metrics)} every week and published the numbers, which made the progress visible to everyone and kept us honest.`,
  () => `I appreciated how openly ${pick(people)} described the trade-offs behind ${pick(systems)}, including the parts that did not go as planned.`,
  () => `In my current role I reduced ${pick(metrics)} by about ${pick(['a third', 'half', 'forty percent', 'two thirds'])} by removing work rather than adding tools.`,
  () => `I would want to spend my first ${pick(nums)} weeks listening to the people who run ${pick(systems)} before proposing any change.`,
  () => `Your team's habit of writing short design documents before building anything is one I have tried to spread wherever I have worked.`,
  () => `When ${pick(people)} mentioned the outage last ${pick(['spring', 'summer', 'winter', 'autumn'])}, I recognised the pattern of a quiet failure that nobody's dashboard showed.`,
  () => `A good incident review, in my experience, lists the conditions that made the failure possible and gives every action item an owner and a date.`,
  () => `I have carried a pager for ${pick(nums)} years, and I care about runbooks, useful alerts and calm handovers as much as about uptime itself.`,
  () => `The conversation about ${pick(systems)} was the highlight of the afternoon for me, because it connected the technical work to the people who depend on it.`,
  () => `I learn quickly by pairing and by taking small, real tasks early, and I would ask for exactly that in my first month.`,
  () => `I also liked hearing that ${pick(people)} runs a weekly forum where anyone can bring a half-finished design and get thoughtful criticism.`,
  () => `We moved ${pick(systems)} to a new region over ${pick(nums)} ${pick(units)} without a single customer-visible incident, mostly thanks to careful rehearsals.`,
  () => `If it would help, I would be glad to share the write-up from ${pick(companies)}, with internal names removed.`,
  () => `The questions ${pick(people)} asked about testing strategy were sharp, and I realised afterwards that I could have given a better answer about contract tests.`,
  () => `To add to that answer: we kept consumer-driven contracts next to each client, ran them in continuous integration, and treated a broken contract like a failing build.`,
  () => `I am very interested in this role, and the more I learn about the team, the more I want to help it succeed.`,
  () => `Thank you for being so generous with your time and for answering my questions about the roadmap in such detail.`,
  () => `One idea I would like to explore is a golden-path template for new services, so that a new engineer can ship a change in their first week.`,
  () => `The budget conversation was refreshing; few teams are as clear about the cost of ${pick(systems)} as yours seems to be.`,
  () => `I noticed that every engineer I met could explain how their work reaches the analysts and clinicians who rely on it.`,
  () => `That sense of purpose is a large part of why I am excited about the chance to join you.`,
  () => `During the system design exercise, ${pick(people)} pushed back on my choice of a queue, and the discussion that followed taught me something about your constraints.`,
  () => `On reflection, a simple scheduled job with idempotent writes would have served that case better than the streaming design I sketched.`,
  () => `I spent part of the evening reading the public talk ${pick(people)} gave on ${pick(systems)}, which answered a question I forgot to ask.`,
  () => `Our postmortems at ${pick(companies)} became something engineers wanted to read once we made them short, specific and free of blame.`,
  () => `I would be happy to talk again, to meet more of the team, or to work through a longer design exercise if that would be useful.`,
  () => `Please pass my thanks to ${pick(people)} as well, who made the day run smoothly and made me feel welcome from the first minute.`,
];

const paragraphs = [];
let words = 0;
while (words < 9850) {
  const n = 4 + Math.floor(rand() * 4);
  const sentences = [];
  for (let i = 0; i < n; i++) sentences.push(pick(T)());
  const p = sentences.join(' ');
  words += p.split(/\s+/).length;
  // wrap at about 92 columns, as an editor with hard wrapping would
  const lines = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line && line.length + 1 + w.length > 92) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  paragraphs.push(lines.join('\n'));
}

const text = `---
interviewer:
  - Dana Whitfield
  - Priya Natarajan
  - Kwame Boateng
role: Principal Engineer
company: Northwind Health
email: dana.whitfield@northwind.example
interview_date: 2026-11-24 09:00
topics:
  - the claims pipeline
  - the incident review process
subject: Thank you for the Principal Engineer interviews
candidate: Alex Rivera
---
Dear Dana, Priya and Kwame,

Thank you for the two days of interviews for the Principal Engineer role at Northwind Health.

${paragraphs.join('\n\n')}

Thank you again for your time and your candour.

Best regards,
Alex Rivera
`;
const out = join(dirname(fileURLToPath(import.meta.url)), 'stress-10k.thanks');
writeFileSync(out, text);
console.log(`${out}: ${text.split(/\s+/).length} words`);
