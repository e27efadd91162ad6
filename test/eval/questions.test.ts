import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../src/answer/engine.js';
import { evaluate, formatReport, type EvalReport } from '../../src/eval/evaluate.js';
import { bundledKnowledgeBase, evalCases } from '../knowledge/fixtures.js';

/**
 * What the engine must reach on each question set (floors just under what it measured when they
 * were set; a change that lowers one must say why):
 * - answerableHit: share of answerable questions answered with every expected string (Hit@1);
 * - unanswerableHandoff: share of out-of-scope questions handed to an adviser;
 * - dated: share of questions with a fixed "today" answered correctly (open/ended calls);
 * - english: share of English questions answered correctly, in English.
 */
type Floors = Record<'answerableHit' | 'unanswerableHandoff' | 'dated' | 'english', number>;

export const QUESTION_SETS: { file: string; about: string; floors: Floors }[] = [
  { file: 'questions.yaml', about: 'the development set, tuned on', floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 } },
  {
    file: 'validation.yaml',
    about: 'written from the seeds alone without seeing the engine; tuned on since',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation2.yaml',
    about: 'written blind on 30.11.2026; its failures were studied for general fixes',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation3.yaml',
    about: 'written blind on 30.11.2026; its failures were studied for general fixes (out of scope 13 -> 12 of 15 in the sixth session: "EURAssa" names the EURA description, so "Mitä liitteitä … EURAssa?" is asked back among its passages)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation4.yaml',
    about: 'written blind on 30.11.2026, measured before any fix (38.5 % / 73.3 %), then studied (answerable floor 0.82 -> 0.80 in the fifteenth session: a written question added for Pohjois-Savon Sosiaaliturvayhdistys, +4 on four other sets, changed the index statistics so that "Kuulutaanko silti Koonnon kohderyhmään?" after a story from Leppävirta answers the municipalities, where it asked back with the target group among the choices; back to 0.82 in the sixteenth, where "Tukeeko KANTO vielä toteutusvaiheessa…?" is answered); lowered by one on 3.12.2026 (answerableHit): \'onko\' now asks, so the \'jos\' clause of \'onko plussaa jos …\' weighs like a story',
    floors: { answerableHit: 0.82, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation5.yaml',
    about: 'written blind on 30.11.2026 after the day\'s changes, measured once (54.0 % / 73.3 %, dated 4/5); only the dated miss was looked at (answerable floor 0.84 -> 0.82 in the nineteenth session: with "vain" a stop word, "Onko se 2/2024 haku vain Etelä-Savossa vai koko Itä-Suomessa?" no longer finds the written question that shared its "vain"; +3 on other sets)',
    floors: { answerableHit: 0.86, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation6.yaml',
    about: 'written blind at the start of the second session of 30.11.2026, measured before that session\'s changes (44.0 % / 80.0 %, dated 5/5, English 2/5)',
    floors: { answerableHit: 0.84, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation7.yaml',
    about: 'written blind in the second session of 30.11.2026 and kept unseen until measured: 54.0 % / 53.3 % (dated 4/5) with that session\'s starting engine, 66.0 % / 40.0 % with its changes; then its misses were studied',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.8, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation8.yaml',
    about: 'written blind at the start of the third session of 30.11.2026 and kept unseen until its end: 52.0 % / 53.3 % (dated 5/5, English 3/5) with that session\'s starting engine, 64.0 % / 53.3 % with its final one; then studied',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.86, dated: 1.0, english: 0.8 },
  },
  {
    file: 'validation9.yaml',
    about: 'written blind in the third session of 30.11.2026, first measured after its first three changes (78.0 % / 53.3 %, dated 5/5, English 3/5), then studied',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 0.8 },
  },
  {
    file: 'validation10.yaml',
    about: 'written blind in the third session of 30.11.2026, first measured mid-session (70.0 % / 46.7 %, dated 4/5, English 3/5), then studied',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.8, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation11.yaml',
    about: 'written blind at the end of the third session of 30.11.2026, measured once with that session\'s final engine (68.0 % / 33.3 %, dated 5/5, English 5/5); studied in the fourth (39/50 at best; 38 since KANTO\'s weak-grade forms joined the glossary: "Does KANTO run any peer development groups…" misses the margin over the runner-up by 0.004); answerable floor 0.84 -> 0.82 in the nineteenth session: an unknown kind of association told as the asker\'s own weighs half, and the story\'s "kaupunginosayhdistys" no longer tips "Miten … kohderyhmien tarpeita selvitettiin?" to an answer; +4 on other sets',
    floors: { answerableHit: 0.82, unanswerableHandoff: 0.66, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation12.yaml',
    about: 'written blind at the start of the fourth session of 30.11.2026 and kept unseen: 66.0 % / 33.3 % (dated 5/5, English 2/5) with its starting engine, 70.0 % / 33.3 % (English 3/5) with its final one; studied in the fifth',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation13.yaml',
    about: 'written blind at the start of the fifth session of 30.11.2026 and kept unseen until its engine changes were done: 66.0 % / 73.3 % (dated 4/5, English 3/6) with its starting engine, 60.0 % / 80.0 % (dated 4/5, English 2/6) with them; then studied',
    floors: { answerableHit: 0.84, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation14.yaml',
    about: 'written blind at the end of the fifth session of 30.11.2026 and measured once, unseen: 78.0 % / 40.0 % (dated 5/5, English 4/6) with that session\'s starting engine, 80.0 % / 60.0 % (dated 5/5, English 4/6) with its final one; studied in the sixth',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation15.yaml',
    about: 'written blind at the start of the sixth session of 30.11.2026 and kept unseen (but for two questions a grep showed by accident) until validation14 was studied: 80.0 % / 53.3 % (dated 5/5, English 3/6) with the starting engine, 80.0 % / 60.0 % then; studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation16.yaml',
    about: 'written blind in the sixth session of 30.11.2026, measured once: 82.0 % / 80.0 % (dated 2/5, English 4/6) with its starting engine, 84.0 % / 86.7 % (dated 2/5) with the engine of the time; studied since (its dated misses led to the call-timing change); unanswerableHandoff lowered in the twentieth session: a long message whose asking sentence alone has close candidates now asks back with them instead of handing off (12 answerable questions gained over the studied sets, 6 out-of-scope ones lost, none on the never-studied sets)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation17.yaml',
    about: 'written blind in the sixth session of 30.11.2026, measured once after the call-timing change: 84.0 % / 60.0 % (dated 2/5, English 4/6) with its starting engine, 90.0 % / 73.3 % (dated 5/5, English 4/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation18.yaml',
    about: 'written blind in the sixth session of 30.11.2026, measured once: 76.0 % / 46.7 % (dated 4/5, English 4/6) with its starting engine, 82.0 % / 66.7 % (dated 5/5, English 5/6) with the engine of the time; studied since',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation19.yaml',
    about: 'written blind in the sixth session of 30.11.2026 and measured once, unseen: 88.0 % / 73.3 % (dated 5/5, English 3/6) with the engine of the time, 80.0 % / 66.7 % (dated 3/5, English 3/6) with its starting engine; studied since; unanswerableHandoff lowered in the twentieth session: a long message whose asking sentence alone has close candidates now asks back with them instead of handing off (12 answerable questions gained over the studied sets, 6 out-of-scope ones lost, none on the never-studied sets)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation20.yaml',
    about: 'written blind in the sixth session of 30.11.2026 and measured once, unseen: 88.0 % / 80.0 % (dated 5/5, English 5/6) with the engine of the time, 84.0 % / 73.3 % (dated 3/5, English 5/6) with its starting engine; studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation21.yaml',
    about: 'written blind in the sixth session of 30.11.2026 and measured once, unseen: 78.0 % / 73.3 % (dated 3/5, English 2/6) with the engine of the time, 78.0 % / 66.7 % (dated 2/5, English 3/6) with its starting engine; studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation22.yaml',
    about: 'written blind at the end of the sixth session of 30.11.2026 and measured once, unseen, with its final engine: 84.0 % / 80.0 % (dated 5/5, English 5/6); its starting engine 76.0 % / 73.3 % (dated 4/5, English 4/6); studied in the seventh',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation23.yaml',
    about: 'written blind at the start of the seventh session (30.11.2026) and measured twice, unseen: 78.0 % / 73.3 % (dated 5/5, English 2/6) with the starting engine and, unchanged, after the validation22 study; studied since',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation24.yaml',
    about: 'written blind in the seventh session of 30.11.2026 and measured twice, unseen: 92.0 % / 86.7 % (dated 5/5, English 5/6) with the starting engine, 94.0 % / 86.7 % (dated 5/5, English 5/6) with the engine of 00:15; studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation25.yaml',
    about: 'written blind in the seventh session of 30.11.2026 and measured twice, unseen: 84.0 % / 73.3 % (dated 5/5, English 3/6) with the starting engine, 88.0 % / 73.3 % (dated 5/5, English 3/6) with the engine of 00:15; studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation26.yaml',
    about: 'written blind at the end of the seventh session of 30.11.2026 and measured once, unseen, with the engine of 00:36: 92.0 % / 80.0 % (dated 5/5, English 5/6); its starting engine 92.0 % / 73.3 % (dated 5/5, English 5/6); one later change touched one of its questions (94.0 %); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation27.yaml',
    about: 'written blind at the start of the eighth session of 1.12.2026: 86.0 % / 73.3 % (dated 4/5, English 5/6) with the starting engine; studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation28.yaml',
    about: 'written blind at the start of the eighth session of 1.12.2026 and kept unseen through it (totals only): 98.0 % / 73.3 % (dated 5/5, English 6/6) with the starting engine, 98.0 % / 86.7 % with the engine of 02:17 and the final one; studied in the ninth session; unanswerableHandoff lowered in the twentieth session: "minä vuonna se lieksan työpajahanke alko" had been handed off only because the Koonto slide telling of Lieksa is North Savo\'s; a passage naming the town asked about now counts as in its region, and this one gives the year the town took the workshop over',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation29.yaml',
    about: 'written blind in the eighth session of 1.12.2026 and measured once, unseen, with the engine of about 01:45 (after the validation27 study): 90.0 % / 66.7 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation30.yaml',
    about: 'written blind in the eighth session of 1.12.2026 and measured once, unseen, with the engine of 02:17: 88.0 % / 73.3 % (dated 5/5, English 6/6; the starting engine 88.0 % / 66.7 %); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation31.yaml',
    about: 'written blind near the end of the eighth session of 1.12.2026 and kept unseen (totals only): 90.0 % / 86.7 % (dated 5/5, English 5/6) with the final engine, 86.0 % / 80.0 % with the starting one; studied in the ninth session; unanswerableHandoff lowered in the twentieth session: a long message whose asking sentence alone has close candidates now asks back with them instead of handing off (12 answerable questions gained over the studied sets, 6 out-of-scope ones lost, none on the never-studied sets)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation32.yaml',
    about: 'written blind at the start of the ninth session of 1.12.2026 and measured once, unseen: 94.5 % / 73.3 % (dated 5/5, English 5/6), the same with the starting engine; studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation33.yaml',
    about: 'written blind at the start of the ninth session of 1.12.2026 and kept unseen through its engine changes (totals only): 89.1 % / 86.7 % (dated 5/5, English 5/6) with the final engine, the same with the starting one; its failures looked at only after that (four fixes: the lines shown for each choice, "mainstreamed", a web address without "www", Savo question words)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation34.yaml',
    about: 'written blind in the ninth session of 1.12.2026 and measured once, unseen, with the engine of 04:22: 90.0 % / 86.7 % (dated 5/5, English 5/6; the starting engine 88.0 % / 80.0 %); studied since',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation35.yaml',
    about: 'written blind at the end of the ninth session of 1.12.2026 and measured unseen with its final engine: 94.0 % / 80.0 % (dated 5/5, English 6/6; the ninth session\'s starting engine 90.0 % / 80.0 %); studied in the tenth',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation36.yaml',
    about: 'written blind at the start of the tenth session of 1.12.2026 and measured once, unseen, with the engine of 06:20 and the starting one: 96.0 % / 93.3 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation37.yaml',
    about: 'written blind at the start of the tenth session of 1.12.2026 and never studied (totals only): 90.0 % / 86.7 % (dated 5/5, English 5/6) with the final engine; the starting engine 88.0 % / 86.7 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation38.yaml',
    about: 'written blind in the tenth session of 1.12.2026 in busy volunteers\' phone style (short, spoken, lowercase, few question marks) and measured once, unseen, with the engine of 06:40 and the starting one: 76.0 % / 93.3 % (dated 4/5, English 4/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation39.yaml',
    about: 'written blind in the tenth session of 1.12.2026 in secretaries\' style (longer messages with the association\'s story first) and measured once, unseen, with the engine of 06:41 and the starting one: 90.0 % / 80.0 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation40.yaml',
    about: 'written blind in the tenth session of 1.12.2026 in quick phone style with Savo and Karelian dialect and measured once, unseen, with the engine of 06:58: 92.0 % / 73.3 % (dated 5/5, English 4/6; the starting engine 88.0 % / 73.3 %); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation41.yaml',
    about: 'written blind in the tenth session of 1.12.2026 as first-time applicants who describe the official terms in their own words, and measured once, unseen, with the engine of 06:58 and the starting one: 72.0 % / 93.3 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation42.yaml',
    about: 'written blind at the end of the tenth session of 1.12.2026 in a mix of the styles and never studied (totals only): 92.0 % / 86.7 % (dated 5/5, English 6/6) when first measured at 07:21 and with the starting engine, 94.0 % / 86.7 % with the final engine',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation43.yaml',
    about: 'written blind at the end of the tenth session of 1.12.2026 by members who paraphrase the official terms, and measured once, unseen, with the engine of 07:43: 90.0 % / 86.7 % (dated 5/5, English 5/6; the starting engine 86.0 % / 86.7 %); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation44.yaml',
    about: 'written blind at the start of the eleventh session of 1.12.2026 in a mix of the styles, and measured once, unseen, with the starting engine: 98.0 % / 93.3 % (dated 5/5, English 6/6); studied since (its two misses need inference)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation45.yaml',
    about: 'written blind at the start of the eleventh session of 1.12.2026 in a mix of the styles and not studied in it (totals only): 96.0 % / 86.7 % (dated 5/5, English 5/6) with its starting engine and with its final one; studied in the twelfth',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation46.yaml',
    about: 'written blind at the start of the eleventh session of 1.12.2026 as terse search-box queries, code-switching and abbreviations, and measured once, unseen, with the starting engine: 94.0 % / 66.7 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation47.yaml',
    about: 'written blind in the eleventh session of 1.12.2026 by first-time applicants in their own words, many on a phone, and measured once, unseen, with the engine of 10:05 and the starting one: 62.0 % / 86.7 % (dated 5/5, English 4/6); studied in part',
    floors: { answerableHit: 0.84, unanswerableHandoff: 0.93, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation52.yaml',
    about: 'written blind at the start of the fourteenth session of 2.12.2026 in a mix of the styles, and measured once, unseen, with the starting engine: 88.0 % / 73.3 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation53.yaml',
    about: 'written blind at the start of the fourteenth session of 2.12.2026 as an independent tester would, and never studied (totals only): 90.0 % / 93.3 % (dated 5/5, English 6/6) with the starting engine, 92.0 % / 93.3 % with the engine of 07:52, 94.0 % / 93.3 % with the final one (08:45)',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation54.yaml',
    about: 'written blind in the fourteenth session of 2.12.2026 by members who paraphrase the official terms, and measured once, unseen, with the engine of 07:07: 64.0 % / 80.0 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation55.yaml',
    about: 'written blind in the fourteenth session of 2.12.2026 as real Teams chat (short lowercase queries, long stories, abbreviations), and measured once, unseen, with the engine of 07:07: 98.0 % / 80.0 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation56.yaml',
    about: 'written blind in the fourteenth session of 2.12.2026 by members who do not know the official words (two thirds in their own words, some dialect), and measured once, unseen, with the engine of 07:34: 74.0 % / 86.7 % (dated 5/5, English 3/6); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation57.yaml',
    about: 'written blind late in the fourteenth session of 2.12.2026 as board secretaries writing carefully in their own words, and measured once, unseen, with the engine of 08:21: 82.0 % / 100.0 % (dated 5/5, English 6/6); studied since (answerable floor 0.94 -> 0.92 in the nineteenth session: with "vain" a stop word, one question\'s written-question match that leaned on it is lost; +3 on other sets)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation58.yaml',
    about: 'written blind late in the fourteenth session of 2.12.2026 as an independent tester would, and never studied (totals only): 94.0 % / 86.7 % (dated 5/5, English 5/6) with the engine of 08:21, 96.0 % / 86.7 % (English 5/6) with the final one (08:45)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation59.yaml',
    about: 'written blind at the start of the fifteenth session of 2.12.2026 as Teams chat, members writing in their own words, and measured unseen with the starting engine: 92.0 % / 80.0 % (dated 5/5, English 5/6), unchanged at 14:02; studied from 14:03',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation60.yaml',
    about: 'written blind at the start of the fifteenth session of 2.12.2026 by careful first-time applicants, and measured once, unseen, with the starting engine: 84.0 % / 100.0 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation61.yaml',
    about: 'written blind at the start of the fifteenth session of 2.12.2026 by members of varied associations (dialect, keyword queries, planned activities), and measured once, unseen, with the starting engine: 90.0 % / 80.0 % (dated 4/5, English 6/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation62.yaml',
    about: 'written blind in the fifteenth session of 2.12.2026 in a mix of the styles, and measured unseen: 96.0 % / 93.3 % (dated 5/5, English 6/6) with the starting engine and with that of 13:58 and 14:02; studied from 14:07',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation63.yaml',
    about: 'written blind in the fifteenth session of 2.12.2026 as a month of real Teams chat (uneven, rambling, very short), and measured unseen: 88.0 % / 86.7 % with the starting engine, 90.0 % / 86.7 % (13:58), 90.0 % / 93.3 % (14:02; dated 5/5, English 5/6); studied from 14:07',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation64.yaml',
    about: 'written blind late in the fifteenth session of 2.12.2026 as the bot\'s real users would, and never studied (totals only): 92.0 % / 93.3 % (dated 5/5, English 6/6) with the starting engine, the engine of 14:11 and the final one; 92.0 % / 100.0 % with the sixteenth session\'s final engine',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation65.yaml',
    about: 'written blind late in the fifteenth session of 2.12.2026 by experienced volunteers asking for specifics, and measured once, unseen, with the engine of 14:11: 96.0 % / 73.3 % (dated 4/5, English 4/6; the starting engine 92.0 % / 66.7 %); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation66.yaml',
    about: 'written blind at the start of the sixteenth session of 2.12.2026 as a Teams chat after a regional info session (short, spoken, with a story), and measured once, unseen, with the starting engine: 82.0 % / 86.7 % (dated 5/5, English 4/6); studied since',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation67.yaml',
    about: 'written blind at the start of the sixteenth session of 2.12.2026 by older members dictating to their phones, comparing regions and asking what terms mean, and measured once, unseen, with the starting engine: 78.0 % / 73.3 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation68.yaml',
    about: 'written blind at the start of the sixteenth session of 2.12.2026 as a tester imitating many kinds of associations, and never studied (totals only): 84.0 % / 66.7 % (English 3/6) with the starting engine, 86.0 % / 73.3 % (dated 4/5, English 3/6) with the final one',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.86, dated: 0.8, english: 0.66 },
  },
  {
    file: 'validation69.yaml',
    about: 'written blind in the sixteenth session of 2.12.2026 by members checking half-remembered facts, some with a wrong detail, and measured once, unseen, with the engine of 15:46: 74.0 % / 93.3 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation70.yaml',
    about: 'written blind in the sixteenth session of 2.12.2026 in a general mix (40 % short), and measured once, unseen, with the engine of 15:46: 88.0 % / 86.7 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation71.yaml',
    about: 'written blind in the sixteenth session of 2.12.2026 imitating a wide range of members, and measured once, unseen, with the engine of 15:57: 100.0 % / 86.7 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation72.yaml',
    about: 'written blind in the sixteenth session of 2.12.2026 as people new to project funding (some writing Finnish as a second language), and measured once, unseen, with the engine of 15:57: 88.0 % / 93.3 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation73.yaml',
    about: 'written blind in the sixteenth session of 2.12.2026 as members asking what they really need to know, and measured once, unseen, with the engine of 16:07: 86.0 % / 86.7 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation74.yaml',
    about: 'written blind in the sixteenth session of 2.12.2026 as an independent tester\'s set, as varied as possible, and measured once, unseen, with the engine of 16:07: 82.0 % / 93.3 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.88, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation75.yaml',
    about: 'written blind late in the sixteenth session of 2.12.2026 in the mixed style, and measured once, unseen, with the engine of 16:19: 90.0 % / 86.7 % (dated 5/5, English 6/6; the starting engine 88.0 % / 86.7 %); studied since',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation76.yaml',
    about: 'written blind late in the sixteenth session of 2.12.2026 as the bot\'s first month of real use, and measured once, unseen, with the engine of 16:19: 84.0 % / 93.3 % (dated 5/5, English 6/6; the same with the starting engine); studied since',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation77.yaml',
    about: 'written blind late in the sixteenth session of 2.12.2026 in the mixed style, and never studied (totals only): 96.0 % / 80.0 % (dated 5/5, English 6/6) with the final engine and with the starting one',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation78.yaml',
    about: 'written blind late in the sixteenth session of 2.12.2026 as an independent evaluator\'s set, and never studied (totals only): 86.0 % / 86.7 % (dated 5/5, English 5/6) with the final engine, 86.0 % / 80.0 % with the starting one',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation79.yaml',
    about: 'written blind at the end of the sixteenth session of 2.12.2026 in the mixed style with realistic out-of-scope questions, and measured once, unseen, with the engine of 16:43: 92.0 % / 86.7 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation80.yaml',
    about: 'written blind at the end of the sixteenth session of 2.12.2026 as an independent evaluator\'s set with realistic out-of-scope questions, and measured once, unseen, with the engine of 16:43: 82.0 % / 80.0 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation81.yaml',
    about: 'written blind at the start of the seventeenth session of 2.12.2026 as board treasurers and secretaries preparing an application, and measured once, unseen, with the starting engine (ba494ba): 72.0 % / 93.3 % (dated 5/5, English 5/6); studied since; unanswerableHandoff lowered in the twentieth session: a long message whose asking sentence alone has close candidates now asks back with them instead of handing off (12 answerable questions gained over the studied sets, 6 out-of-scope ones lost, none on the never-studied sets)',
    floors: { answerableHit: 0.86, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation82.yaml',
    about: 'written blind at the start of the seventeenth session of 2.12.2026 as short phone-typed messages, and never studied (totals only, and its one failing dated question): 80.0 % / 93.3 % (dated 4/5, English 6/6) with the starting engine, 82.0 % / 93.3 % (dated 5/5) with the final one',
    floors: { answerableHit: 0.84, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation83.yaml',
    about: 'written blind at the start of the seventeenth session of 2.12.2026 as a reviewer from another region (indirect, negative and paraphrased questions), and measured once, unseen, with the starting engine: 70.0 % / 93.3 % (dated 5/5, English 4/6); studied since',
    floors: { answerableHit: 0.84, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation84.yaml',
    about: 'written blind in the seventeenth session of 2.12.2026 as small associations\' first messages (a story, then the question), and measured once, unseen, with the engine of 18:38 (which decided them as the starting one): 82.0 % / 80.0 % (dated 5/5, English 3/6); studied since',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation85.yaml',
    about: 'written blind in the seventeenth session of 2.12.2026 as an independent evaluator\'s set, and measured once, unseen, with the engine of 18:38: 92.0 % / 86.7 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation86.yaml',
    about: 'written blind in the seventeenth session of 2.12.2026 as members asking about what they read in a document (quoting it), and measured once, unseen, with the engine of 18:38: 68.0 % / 80.0 % (dated 5/5, English 4/6); studied since',
    floors: { answerableHit: 0.76, unanswerableHandoff: 1.0, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation93.yaml',
    about: 'written blind at the start of the nineteenth session of 3.12.2026 as plain everyday members of small associations, and measured once, unseen, with that session\'s starting engine: 88.0 % / 86.7 % (dated 5/5, English 5/6; the same with the eighteenth session\'s starting engine); studied since',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation94.yaml',
    about: 'written blind at the start of the nineteenth session of 3.12.2026 as what a coordinator says members typically ask first, and never studied: 82.0 % / 86.7 % (dated 5/5, English 5/6) with that session\'s starting engine (and the eighteenth\'s), 84.0 % / 86.7 % with its final one',
    floors: { answerableHit: 0.86, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation95.yaml',
    about: 'written blind at the start of the nineteenth session of 3.12.2026 as sports and youth clubs\' phone chat, and measured once, unseen, with that session\'s starting engine: 94.0 % / 80.0 % (dated 5/5, English 6/6; the eighteenth\'s starting engine 92.0 %); studied since',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation96.yaml',
    about: 'written blind at the start of the nineteenth session of 3.12.2026 as retired village volunteers writing at length, some in Savo or Karelian dialect, and measured once, unseen, with that session\'s starting engine: 76.0 % / 100.0 % (dated 5/5, English 6/6); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation97.yaml',
    about: 'written blind at the start of the nineteenth session of 3.12.2026 as members writing Finnish as a second language (and plain learner English), and measured once, unseen, with that session\'s starting engine: 86.0 % / 80.0 % (dated 5/5, English 5/6); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation98.yaml',
    about: 'written blind at the start of the nineteenth session of 3.12.2026 as detail hunters (exact figures, names, list items, two details at once), and measured once, unseen, with that session\'s starting engine: 76.0 % / 86.7 % (dated 4/5, English 5/6; the eighteenth\'s starting engine 74.0 %); studied since',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation99.yaml',
    about: 'written blind in the middle of the nineteenth session of 3.12.2026 as a general mix of ordinary members, and never studied: 96.0 % / 100.0 % (dated 5/5, English 6/6) with the engine of 06:50 and with the session\'s starting and final engines',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation100.yaml',
    about: 'written blind in the middle of the nineteenth session of 3.12.2026 as members\' e-mails forwarded by an adviser (greeting, background, question, signature), and measured once, unseen, with the engine of the time (06:50–06:55, between this session\'s commits): 84.0 % / 100.0 % (dated 5/5, English 5/6; the same with the session\'s starting engine); studied since',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation101.yaml',
    about: 'written blind in the middle of the nineteenth session of 3.12.2026 as young adults running student and youth associations, chatting with English words mixed in, and measured once, unseen, with the engine of the time (06:50–06:55, between this session\'s commits): 84.0 % / 80.0 % (dated 4/5, English 5/6; the same with the session\'s starting engine); studied since',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation102.yaml',
    about: 'written blind in the middle of the nineteenth session of 3.12.2026 as elderly rural members typing on a tablet without ä and ö, capitals or punctuation, words split or run together, and measured once, unseen, with the engine of the time (06:50–06:55, between this session\'s commits): 48.0 % / 80.0 % (dated 4/5, English 2/6; the session\'s starting engine 46.0 %); studied since (the umlauts it leaves out are put back since: 74 %)',
    floors: { answerableHit: 0.8, unanswerableHandoff: 0.93, dated: 1.0, english: 0.5 },
  },
  {
    file: 'validation103.yaml',
    about: 'written blind in the middle of the nineteenth session of 3.12.2026 as board members comparing regions and calls, and measured once, unseen, with the engine of the time (06:50–06:55, between this session\'s commits): 88.0 % / 80.0 % (dated 5/5, English 5/6; the same with the session\'s starting engine); studied since',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation104.yaml',
    about: 'written blind in the middle of the nineteenth session of 3.12.2026 as an independent evaluator\'s hard set (indirect and negated questions, half-remembered wrong details, near misses), and measured once, unseen, with the engine of the time (06:50–06:55, between this session\'s commits): 76.0 % / 86.7 % (dated 5/5, English 4/6; the session\'s starting engine 74.0 %); studied since',
    floors: { answerableHit: 0.8, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation105.yaml',
    about: 'written blind at the start of the twentieth session of 3.12.2026 as a plain general mix of members of small associations in their own words, and measured once, unseen, with the session\'s starting engine (1e1f017): 96.0 % / 86.7 % (dated 5/5, English 5/6)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation106.yaml',
    about: 'written blind at the start of the twentieth session of 3.12.2026 as members writing two to five sentences of background about their association before the question, and measured once, unseen, with the session\'s starting engine (1e1f017): 86.0 % / 93.3 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation107.yaml',
    about: 'written blind at the start of the twentieth session of 3.12.2026 as an adviser checking exact figures, dates, names and contacts before recommending the bot, and measured once, unseen, with the session\'s starting engine (1e1f017): 92.0 % / 100 % (dated 5/5, English 5/6)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation108.yaml',
    about: 'written blind at the start of the twentieth session of 3.12.2026 as members of immigrant and multicultural associations: learner\'s Finnish and ten English questions, and measured once, unseen, with the session\'s starting engine (1e1f017): 92.0 % / 86.7 % (dated 5/5, English 10/14)',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation109.yaml',
    about: 'written blind at the start of the twentieth session of 3.12.2026 as spoken Savo and Karelian dialect typed in chat (clipped words, no capitals or punctuation), and measured once, unseen, with the session\'s starting engine (1e1f017) and the engine of the time (4958d58): 80.0 % / 93.3 % with both (dated 4/5, English 5/6); studied since (Savo speech read as written Finnish since: 86 %); answerableHit lowered within the session: "ottoo" is now read as "ottaa", and the question, read so, is answered from the press release\'s list instead of asking back between it and the call\'s',
    floors: { answerableHit: 0.9, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation110.yaml',
    about: 'written blind at the start of the twentieth session of 3.12.2026 as comparisons, lists, conditions and yes/no questions, and measured once, unseen, with the session\'s starting engine (1e1f017): 90.0 % / 100 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.9, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation111.yaml',
    about: 'written blind in the middle of the twentieth session of 3.12.2026 as a plain general mix of board members, treasurers, secretaries and volunteers, and measured once, unseen and never studied, with the session\'s final engine (fa2e187; the same figures with d718b39, when they were written): 90.0 % / 86.7 % (dated 4/5, English 6/6); the session\'s starting engine (1e1f017) the same',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 0.8, english: 1.0 },
  },
  {
    file: 'validation112.yaml',
    about: 'written blind in the middle of the twentieth session of 3.12.2026 as members typing quickly on a phone (lower case, abbreviations, typos, spoken forms), and measured once, unseen and never studied, with the session\'s final engine (fa2e187; the same figures with d718b39, when they were written): 86.0 % / 80.0 % (dated 5/5, English 4/6); the session\'s starting engine the same',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation113.yaml',
    about: 'written blind in the middle of the twentieth session of 3.12.2026 as an independent evaluator\'s hard set (indirect and negated questions, details inside lists, near misses), and measured once, unseen and never studied, with the session\'s final engine (fa2e187; the same figures with d718b39, when they were written): 88.0 % / 100 % (dated 5/5, English 5/6); the session\'s starting engine 86.0 % / 100 %',
    floors: { answerableHit: 0.88, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation114.yaml',
    about: 'written blind in the middle of the twentieth session of 3.12.2026 as members asking in English (24 answerable English questions beside 21 Finnish), and measured once, unseen and never studied, with the session\'s final engine (fa2e187; the same figures with d718b39, when they were written): 98.0 % / 86.7 % (dated 5/5, English 30/31); the session\'s starting engine the same',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 0.96 },
  },
  {
    file: 'validation115.yaml',
    about: 'written blind near the end of the twentieth session of 3.12.2026 as members of each region asking about their own region and its coordination project, naming their town, and measured once, unseen and never studied, with the session\'s final engine (fa2e187): 96.0 % / 93.3 % (dated 5/5, English 6/6); the session\'s starting engine (1e1f017) 94.0 % / 93.3 %; its questions and decisions were printed once, after that measurement, in a comparison listing by a mistake in the listing\'s exclusions, and nothing was changed from them',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation116.yaml',
    about: 'written blind near the end of the twentieth session of 3.12.2026 as a plain general mix of small associations\' members, and measured once, unseen and never studied, with the session\'s final engine (fa2e187): 92.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine 90.0 % / 86.7 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation117.yaml',
    about: 'written blind near the end of the twentieth session of 3.12.2026 as members who half-remember what they read, with a wrong or vague detail in each question, and measured once, unseen and never studied, with the session\'s final engine (fa2e187): 80.0 % / 80.0 % (dated 5/5, English 6/6); the session\'s starting engine 78.0 % / 80.0 %, dated 4/5',
    floors: { answerableHit: 0.86, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation118.yaml',
    about: 'written blind at the start of the twenty-first session of 3.12.2026 as a plain, realistic mix of what members type into a Teams chat; first measured with the session\'s starting engine (7c0c18c): 98.0 % / 100.0 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation119.yaml',
    about: 'written blind at the start of the twenty-first session of 3.12.2026 as short Teams chat fragments: lowercase, clipped, often without a question mark, some with a greeting or emoji; first measured with the session\'s starting engine (7c0c18c): 100.0 % / 100.0 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation120.yaml',
    about: 'written blind at the start of the twenty-first session of 3.12.2026 as association treasurers and board members asking about money and paperwork in the cautious wording of a board meeting; first measured with the session\'s starting engine (7c0c18c): 90.0 % / 93.3 % (dated 4/5, English 6/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation121.yaml',
    about: 'written blind at the start of the twenty-first session of 3.12.2026 as older members writing politely and at length in standard Finnish, with unneeded background and some misunderstood terms; first measured with the session\'s starting engine (7c0c18c): 88.0 % / 80.0 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation122.yaml',
    about: 'written blind at the start of the twenty-first session of 3.12.2026 as a plain mix by another writer: colloquial and regional forms, inflected official terms, compounds split or joined oddly; first measured with the session\'s starting engine (7c0c18c): 88.0 % / 93.3 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation123.yaml',
    about: 'written blind at the start of the twenty-first session of 3.12.2026 as members arriving from a newsletter, social media post, webinar or slides, referring to them loosely and naming the region or coordination project; first measured with the session\'s starting engine (7c0c18c): 82.0 % / 80.0 % (dated 5/5, English 5/6)',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation124.yaml',
    about: 'written blind mid-session in the twenty-first session of 3.12.2026 as a plain, realistic mix of one- and two-sentence chat questions; measured once, unseen and never studied, with the engine of 7ba2808: 92.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 92.0 % / 93.3 %',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation125.yaml',
    about: 'written blind mid-session in the twenty-first session of 3.12.2026 as a plain mix by a writer who had seen no other set, with details deep inside the documents; measured once, unseen and never studied, with the engine of 7ba2808: 90.0 % / 93.3 % (dated 5/5, English 5/6); the session\'s starting engine (7c0c18c) 90.0 % / 93.3 %',
    floors: { answerableHit: 0.9, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation126.yaml',
    about: 'written blind mid-session in the twenty-first session of 3.12.2026 as short one-line questions of three to ten words, typed in a hurry; measured once, unseen and never studied, with the engine of 7ba2808: 96.0 % / 73.3 % (dated 5/5, English 5/6); the session\'s starting engine (7c0c18c) 96.0 % / 73.3 %',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation127.yaml',
    about: 'written blind mid-session in the twenty-first session of 3.12.2026 as members of each region asking about their own region, naming their town; measured once, unseen and never studied, with the engine of 7ba2808: 92.0 % / 86.7 % (dated 5/5, English 5/6); the session\'s starting engine (7c0c18c) 92.0 % / 86.7 %',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation128.yaml',
    about: 'written blind mid-session in the twenty-first session of 3.12.2026 as questions a coordinator collected at an info session, some asking two things at once; measured once, unseen and never studied, with the engine of 7ba2808: 98.0 % / 86.7 % (dated 5/5, English 5/6); the session\'s starting engine (7c0c18c) 98.0 % / 80.0 %',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation129.yaml',
    about: 'written blind mid-session in the twenty-first session of 3.12.2026 as a plain mix whose English questions are in a learner\'s English and whose Finnish varies between standard and spoken; measured once, unseen and never studied, with the engine of 7ba2808: 96.0 % / 86.7 % (dated 5/5, English 5/6); the session\'s starting engine (7c0c18c) 96.0 % / 80.0 %',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.8, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation130.yaml',
    about: 'written blind in the second half of the twenty-first session of 3.12.2026 as a plain, realistic mix of one- and two-sentence chat questions; first measured with the engine of 0f4b812: 96.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 96.0 % / 100.0 %',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation131.yaml',
    about: 'written blind in the second half of the twenty-first session of 3.12.2026 as a plain mix of a small association\'s practical worries (can we apply, own share, costs, deadline, who helps); first measured with the engine of 0f4b812: 90.0 % / 93.3 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 90.0 % / 93.3 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation132.yaml',
    about: 'written blind in the second half of the twenty-first session of 3.12.2026 as members of different kinds of associations (sports, village, pensioners, immigrants, disability, youth) asking whether the calls fit them; first measured with the engine of 0f4b812: 96.0 % / 93.3 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 96.0 % / 93.3 %',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation133.yaml',
    about: 'written blind in the second half of the twenty-first session of 3.12.2026 as a plain mix of yes/no questions; first measured with the engine of 0f4b812: 94.0 % / 80.0 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 94.0 % / 80.0 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation134.yaml',
    about: 'written blind in the second half of the twenty-first session of 3.12.2026 as a plain mix typed without care: no capitals or punctuation, words run together, some missing ä and ö, chat abbreviations; first measured with the engine of 0f4b812: 92.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 92.0 % / 80.0 %',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation135.yaml',
    about: 'written blind in the second half of the twenty-first session of 3.12.2026 as brief, informal questions as in a running chat, each understandable alone; first measured with the engine of 0f4b812: 96.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 96.0 % / 100.0 %',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation136.yaml',
    about: 'written blind near the end of the twenty-first session of 3.12.2026 as a plain, realistic mix of one- and two-sentence chat questions; measured once, unseen and never studied, with the session\'s final engine (44526af): 92.0 % / 93.3 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 92.0 % / 93.3 %',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation137.yaml',
    about: 'written blind near the end of the twenty-first session of 3.12.2026 as a new volunteer treasurer or chair reading about the calls for the first time; measured once, unseen and never studied, with the session\'s final engine (44526af): 94.0 % / 80.0 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 94.0 % / 80.0 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation138.yaml',
    about: 'written blind near the end of the twenty-first session of 3.12.2026 as a slightly formal register, as an e-mail to an adviser condensed, with English from a non-Finnish board member; measured once, unseen and never studied, with the session\'s final engine (44526af): 84.0 % / 86.7 % (dated 5/5, English 5/6); the session\'s starting engine (7c0c18c) 84.0 % / 86.7 %',
    floors: { answerableHit: 0.86, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation139.yaml',
    about: 'written blind near the end of the twenty-first session of 3.12.2026 as a plain mix, half of it telling the association or town briefly before asking; measured once, unseen and never studied, with the session\'s final engine (44526af): 88.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (7c0c18c) 88.0 % / 93.3 %',
    floors: { answerableHit: 0.9, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation140.yaml',
    about: 'written blind near the end of the twenty-first session of 3.12.2026 as a plain mix typed on a phone, with spoken forms and a few typos; measured once, unseen and never studied, with the session\'s final engine (44526af): 92.0 % / 80.0 % (dated 5/5, English 5/6); the session\'s starting engine (7c0c18c) 92.0 % / 80.0 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation141.yaml',
    about: 'written blind near the end of the twenty-first session of 3.12.2026 as questions a careless bot would answer wrongly: near-duplicate facts in different documents, and near misses; measured once, unseen and never studied, with the session\'s final engine (44526af): 90.0 % / 80.0 % (dated 4/5, English 5/6); the session\'s starting engine (7c0c18c) 90.0 % / 80.0 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.8, dated: 0.8, english: 0.83 },
  },
  {
    file: 'validation142.yaml',
    about: 'written blind at the start of the twenty-second session of 3.12.2026 as a plain, realistic mix of Teams chat; measured once with the session\'s starting engine (28f8a28): 94.0 % / 100.0 % (dated 5/5, English 6/6); then studied',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation143.yaml',
    about: 'written blind at the start of the twenty-second session of 3.12.2026 as members asking how things are done and who does them (how to apply, who helps, whom to call); measured once with the session\'s starting engine (28f8a28): 92.0 % / 100.0 % (dated 5/5, English 6/6); then studied',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation144.yaml',
    about: 'written blind at the start of the twenty-second session of 3.12.2026 as younger members of youth, sports and hobby associations writing casually, mixing English words into Finnish; measured once with the session\'s starting engine (28f8a28): 88.0 % / 86.7 % (dated 5/5, English 4/6); then studied',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation145.yaml',
    about: 'written blind at the start of the twenty-second session of 3.12.2026 as members who state what they believe before asking, a third of them slightly wrong; measured once with the session\'s starting engine (28f8a28): 70.0 % / 86.7 % (dated 5/5, English 5/6); then studied',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation146.yaml',
    about: 'written blind at the start of the twenty-second session of 3.12.2026 as members asking for lists, comparisons or several facts at once; measured once with the session\'s starting engine (28f8a28): 84.0 % / 93.3 % (dated 5/5, English 5/6); then studied',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation147.yaml',
    about: 'written blind at the start of the twenty-second session of 3.12.2026 as a plain mix by someone who has seen no other set, some with a greeting or context first; measured once with the session\'s starting engine (28f8a28): 96.0 % / 100.0 % (dated 5/5, English 6/6); then studied',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation148.yaml',
    about: 'written blind early in the twenty-second session of 3.12.2026 as a plain, realistic mix of Teams chat; measured once with the engine of d45f473 (mid-session): 88.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine (28f8a28) 88.0 % / 86.7 %; then studied',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation149.yaml',
    about: 'written blind early in the twenty-second session of 3.12.2026 as members who have read part of a document and ask about a detail in their own words, naming the document loosely; measured once with the engine of d45f473 (mid-session): 96.0 % / 80.0 % (dated 5/5, English 6/6); the session\'s starting engine (28f8a28) 96.0 % / 80.0 %; then studied',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation150.yaml',
    about: 'written blind early in the twenty-second session of 3.12.2026 as short one-line yes/no, how much, when and who questions, half without a question mark; measured once with the engine of d45f473 (mid-session): 100.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine (28f8a28) 100.0 % / 86.7 %; then studied',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation151.yaml',
    about: 'written blind early in the twenty-second session of 3.12.2026 as members of small rural associations in plain, slightly old-fashioned Finnish, some naming their municipality, English from a summer resident; measured once with the engine of d45f473 (mid-session): 84.0 % / 93.3 % (dated 5/5, English 3/6); the session\'s starting engine (28f8a28) 82.0 % / 93.3 %; then studied',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 1.0, english: 0.5 },
  },
  {
    file: 'validation152.yaml',
    about: 'written blind early in the twenty-second session of 3.12.2026 as one or two sentences about the member\'s plan before the question; measured once with the engine of d45f473 (mid-session): 94.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (28f8a28) 92.0 % / 100.0 %; then studied',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation153.yaml',
    about: 'written blind early in the twenty-second session of 3.12.2026 as a plain mix by someone who has seen no other set, with a few typos and spoken forms; measured once with the engine of d45f473 (mid-session): 90.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (28f8a28) 90.0 % / 100.0 %; then studied',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation154.yaml',
    about: 'written blind mid-session in the twenty-second session of 3.12.2026 as a plain, realistic mix of Teams chat; never studied: measured, unseen, with the engine of 8247247 (mid-session): 96.0 % / 93.3 % (dated 5/5, English 6/6); the session\'s starting engine (28f8a28) 96.0 % / 93.3 %; with the session\'s final engine (2ddd868): 96.0 % / 93.3 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation155.yaml',
    about: 'written blind mid-session in the twenty-second session of 3.12.2026 as members asking whether what they plan or believe is allowed or required; never studied: measured, unseen, with the engine of 8247247 (mid-session): 74.0 % / 80.0 % (dated 5/5, English 3/6); the session\'s starting engine (28f8a28) 74.0 % / 80.0 %; with the session\'s final engine (2ddd868): 78.0 % / 80.0 % (dated 5/5, English 3/6)',
    floors: { answerableHit: 0.8, unanswerableHandoff: 0.86, dated: 1.0, english: 0.5 },
  },
  {
    file: 'validation156.yaml',
    about: 'written blind mid-session in the twenty-second session of 3.12.2026 as a plain mix with eleven English questions from members of immigrant associations writing simple English; never studied: measured, unseen, with the engine of 8247247 (mid-session): 92.0 % / 93.3 % (dated 5/5, English 8/11); the session\'s starting engine (28f8a28) 92.0 % / 93.3 %; with the session\'s final engine (2ddd868): 92.0 % / 93.3 % (dated 5/5, English 8/11)',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 0.72 },
  },
  {
    file: 'validation157.yaml',
    about: 'written blind mid-session in the twenty-second session of 3.12.2026 as members asking about numbers: sums, percentages, counts, dates and durations; never studied: measured, unseen, with the engine of 8247247 (mid-session): 82.0 % / 100.0 % (dated 4/5, English 5/6); the session\'s starting engine (28f8a28) 82.0 % / 100.0 %; with the session\'s final engine (2ddd868): 82.0 % / 100.0 % (dated 4/5, English 5/6)',
    floors: { answerableHit: 0.84, unanswerableHandoff: 1.0, dated: 0.8, english: 0.83 },
  },
  {
    file: 'validation158.yaml',
    about: 'written blind mid-session in the twenty-second session of 3.12.2026 as questions naming a person, a project, an organisation or a place from the documents, some names misspelt; never studied: measured, unseen, with the engine of 8247247 (mid-session): 86.0 % / 93.3 % (dated 5/5, English 4/6); the session\'s starting engine (28f8a28) 86.0 % / 93.3 %; with the session\'s final engine (2ddd868): 86.0 % / 93.3 % (dated 5/5, English 4/6)',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.93, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation159.yaml',
    about: 'written blind mid-session in the twenty-second session of 3.12.2026 as a plain mix by someone who has seen no other set, with a few typos and spoken forms; never studied: measured, unseen, with the engine of 8247247 (mid-session): 90.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (28f8a28) 88.0 % / 93.3 %; with the session\'s final engine (2ddd868): 92.0 % / 100.0 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation160.yaml',
    about: 'written blind near the end of the twenty-second session of 3.12.2026 as a plain, realistic mix of Teams chat; never studied: measured once, unseen, with the session\'s final engine (2ddd868): 96.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine (28f8a28) 94.0 % / 86.7 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation161.yaml',
    about: 'written blind near the end of the twenty-second session of 3.12.2026 as a plain mix by someone who has seen no other set, with a few typos and spoken forms; never studied: measured once, unseen, with the session\'s final engine (2ddd868): 94.0 % / 93.3 % (dated 5/5, English 4/6); the session\'s starting engine (28f8a28) 94.0 % / 93.3 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation162.yaml',
    about: 'written blind near the end of the twenty-second session of 3.12.2026 as members typing in a hurry on a phone; never studied: measured once, unseen, with the session\'s final engine (2ddd868): 92.0 % / 80.0 % (dated 5/5, English 6/6); the session\'s starting engine (28f8a28) 92.0 % / 80.0 %',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation163.yaml',
    about: 'written blind near the end of the twenty-second session of 3.12.2026 as members of each region about their own region, some comparing two regions; never studied: measured once, unseen, with the session\'s final engine (2ddd868): 82.0 % / 93.3 % (dated 4/5, English 6/6); the session\'s starting engine (28f8a28) 82.0 % / 93.3 %',
    floors: { answerableHit: 0.82, unanswerableHandoff: 1.0, dated: 0.8, english: 1.0 },
  },
  {
    file: 'validation164.yaml',
    about: 'written blind near the end of the twenty-second session of 3.12.2026 as board members preparing an application; never studied: measured once, unseen, with the session\'s final engine (2ddd868): 88.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (28f8a28) 86.0 % / 100.0 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation165.yaml',
    about: 'written blind near the end of the twenty-second session of 3.12.2026 as what members most often ask first, in varied everyday wording; never studied: measured once, unseen, with the session\'s final engine (2ddd868): 92.0 % / 100.0 % (dated 5/5, English 4/6); the session\'s starting engine (28f8a28) 90.0 % / 100.0 %',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation166.yaml',
    about: 'written blind at the start of the twenty-third session of 3.12.2026 as a plain everyday mix; measured unseen with the session\'s starting engine (74368f4): 94.0 % / 93.3 % (dated 5/5, English 6/6); then studied in the same session',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation167.yaml',
    about: 'written blind at the start of the twenty-third session of 3.12.2026 as a plain mix by someone who has seen no other set, with a few typos and spoken forms; measured unseen with the session\'s starting engine (74368f4): 100.0 % / 80.0 % (dated 5/5, English 6/6); then studied in the same session',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation168.yaml',
    about: 'written blind at the start of the twenty-third session of 3.12.2026 as members new to EU funding asking what things mean and how they work; measured unseen with the session\'s starting engine (74368f4): 88.0 % / 100.0 % (dated 5/5, English 5/6); then studied in the same session',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation169.yaml',
    about: 'written blind at the start of the twenty-third session of 3.12.2026 as members checking details heard at an info event, some of them slightly wrong; measured unseen with the session\'s starting engine (74368f4): 76.0 % / 73.3 % (dated 5/5, English 3/6); then studied in the same session',
    floors: { answerableHit: 0.86, unanswerableHandoff: 0.8, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation170.yaml',
    about: 'written blind at the start of the twenty-third session of 3.12.2026 as members of associations for specific groups asking whether their activity fits; measured unseen with the session\'s starting engine (74368f4): 78.0 % / 100.0 % (dated 4/5, English 5/6); then studied in the same session',
    floors: { answerableHit: 0.86, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation171.yaml',
    about: 'written blind at the start of the twenty-third session of 3.12.2026 as questions leaning on the coordination projects, advisers and contacts; measured unseen with the session\'s starting engine (74368f4): 94.0 % / 93.3 % (dated 5/5, English 6/6); then studied in the same session',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation172.yaml',
    about: 'written blind in the twenty-third session of 3.12.2026 as a plain everyday mix; measured once, unseen, with the engine of 2a0c96a: 96.0 % / 80.0 % (dated 5/5, English 5/6); the session\'s starting engine (74368f4) 96.0 % / 80.0 %; then studied in the same session',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation173.yaml',
    about: 'written blind in the twenty-third session of 3.12.2026 as a plain mix by someone who has seen no other set, with a few typos and spoken forms; measured once, unseen, with the engine of 2a0c96a: 94.0 % / 86.7 % (dated 5/5, English 5/6); the session\'s starting engine (74368f4) 94.0 % / 86.7 %; then studied in the same session',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation174.yaml',
    about: 'written blind in the twenty-third session of 3.12.2026 as members asking what earlier projects did and achieved; measured once, unseen, with the engine of 2a0c96a: 88.0 % / 73.3 % (dated 5/5, English 4/6); the session\'s starting engine (74368f4) 88.0 % / 73.3 %; then studied in the same session',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.8, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation175.yaml',
    about: 'written blind in the twenty-third session of 3.12.2026 as longer messages telling of the association before one clear question; measured once, unseen, with the engine of 2a0c96a: 80.0 % / 93.3 % (dated 5/5, English 3/6); the session\'s starting engine (74368f4) 80.0 % / 93.3 %; then studied in the same session',
    floors: { answerableHit: 0.9, unanswerableHandoff: 1.0, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation176.yaml',
    about: 'written blind in the twenty-third session of 3.12.2026 as questions leaning on timing and money; measured once, unseen, with the engine of 2a0c96a: 98.0 % / 73.3 % (dated 5/5, English 6/6); the session\'s starting engine (74368f4) 96.0 % / 73.3 %; then studied in the same session',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation177.yaml',
    about: 'written blind in the twenty-third session of 3.12.2026 as vague or indirect questions, each with one clear fact as its answer; measured once, unseen, with the engine of 2a0c96a: 86.0 % / 86.7 % (dated 4/5, English 6/6); the session\'s starting engine (74368f4) 86.0 % / 86.7 %; then studied in the same session',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.93, dated: 0.8, english: 1.0 },
  },
  {
    file: 'validation178.yaml',
    about: 'written blind near the end of the twenty-third session of 3.12.2026 as a plain everyday mix; never studied: measured once, unseen, with the session\'s final engine (6125d0d): 92.0 % / 93.3 % (dated 5/5, English 4/6); the session\'s starting engine (74368f4) 92.0 % / 93.3 %; one of its questions and its decision were printed once afterwards in a comparison listing, by a mistake in the listing\'s exclusions, and nothing was changed from it',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation179.yaml',
    about: 'written blind near the end of the twenty-third session of 3.12.2026 as a plain mix by someone who has seen no other set, with a few typos and spoken forms; never studied: measured once, unseen, with the session\'s final engine (6125d0d): 90.0 % / 93.3 % (dated 4/5, English 6/6); the session\'s starting engine (74368f4) 90.0 % / 93.3 %',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 0.8, english: 1.0 },
  },
  {
    file: 'validation180.yaml',
    about: 'written blind near the end of the twenty-third session of 3.12.2026 in spoken Finnish with Savo and Karelian forms; never studied: measured once, unseen, with the session\'s final engine (6125d0d): 84.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (74368f4) 84.0 % / 100.0 %',
    floors: { answerableHit: 0.84, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation181.yaml',
    about: 'written blind near the end of the twenty-third session of 3.12.2026 as comparisons of regions, calls, projects and assumptions; never studied: measured once, unseen, with the session\'s final engine (6125d0d): 70.0 % / 73.3 % (dated 5/5, English 5/6); the session\'s starting engine (74368f4) 70.0 % / 73.3 %',
    floors: { answerableHit: 0.7, unanswerableHandoff: 0.73, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation182.yaml',
    about: 'written blind near the end of the twenty-third session of 3.12.2026 leaning on the example projects and the coordination projects\' results and services; never studied: measured once, unseen, with the session\'s final engine (6125d0d): 96.0 % / 93.3 % (dated 5/5, English 5/6); the session\'s starting engine (74368f4) 96.0 % / 93.3 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation183.yaml',
    about: 'written blind near the end of the twenty-third session of 3.12.2026 as treasurers\' and secretaries\' practical questions; never studied: measured once, unseen, with the session\'s final engine (6125d0d): 94.0 % / 93.3 % (dated 4/5, English 5/6); the session\'s starting engine (74368f4) 94.0 % / 93.3 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.93, dated: 0.8, english: 0.83 },
  },
  {
    file: 'validation184.yaml',
    about: 'written blind at the start of the twenty-fourth session of 3.12.2026 as retired volunteers\' polite e-mail-like messages with a greeting, context and a signature; measured once, unseen, with the session\'s starting engine (fad2f4f): 74.0 % / 100.0 % (dated 5/5, English 4/6)',
    floors: { answerableHit: 0.88, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation185.yaml',
    about: 'written blind at the start of the twenty-fourth session of 3.12.2026 as young club members\' fast phone chat with slang, emoji and typos; measured once, unseen, with the session\'s starting engine (fad2f4f): 92.0 % / 86.7 % (dated 5/5, English 5/6)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation186.yaml',
    about: 'written blind at the start of the twenty-fourth session of 3.12.2026 as claims to confirm, about half of them wrong on purpose; measured once, unseen, with the session\'s starting engine (fad2f4f): 90.0 % / 73.3 % (dated 5/5, English 5/6)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.8, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation187.yaml',
    about: 'written blind at the start of the twenty-fourth session of 3.12.2026 in simple learner\'s Finnish by members of immigrant associations, with English words mixed in; measured once, unseen, with the session\'s starting engine (fad2f4f): 100.0 % / 86.7 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation188.yaml',
    about: 'written blind at the start of the twenty-fourth session of 3.12.2026 as board members\' concrete project plans followed by a specific question; measured once, unseen, with the session\'s starting engine (fad2f4f): 90.0 % / 86.7 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation189.yaml',
    about: 'written blind at the start of the twenty-fourth session of 3.12.2026 as three- to eight-word search-box questions, many without a verb; measured once, unseen, with the session\'s starting engine (fad2f4f): 92.0 % / 80.0 % (dated 5/5, English 4/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation190.yaml',
    about: 'written blind in the twenty-fourth session of 3.12.2026 as a plain everyday mix; measured once, unseen, mid-session with the engine of f618564: 94.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (fad2f4f) one answerable question fewer',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation191.yaml',
    about: 'written blind in the twenty-fourth session of 3.12.2026 as board chairs\' messages asking two or three things at once or after a long preamble; measured once, unseen, mid-session with the engine of f618564: 90.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (fad2f4f) one answerable question fewer',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation192.yaml',
    about: 'written blind in the twenty-fourth session of 3.12.2026 pointing at the documents themselves (a slide, a section, the press release\'s end); measured once, unseen, mid-session with the engine of f618564: 84.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (fad2f4f) one answerable question fewer',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation193.yaml',
    about: 'written blind in the twenty-fourth session of 3.12.2026 with misspelt names, places and split or joined compounds in about half of the questions; measured once, unseen, mid-session with the engine of f618564: 96.0 % / 93.3 % (dated 5/5, English 6/6); the session\'s starting engine (fad2f4f) one answerable question fewer',
    floors: { answerableHit: 1.0, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation194.yaml',
    about: 'written blind in the twenty-fourth session of 3.12.2026 as negative, indirect and hedged questions; measured once, unseen, mid-session with the engine of f618564: 82.0 % / 100.0 % (dated 5/5, English 4/6); the session\'s starting engine (fad2f4f) one answerable question fewer',
    floors: { answerableHit: 0.88, unanswerableHandoff: 1.0, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation195.yaml',
    about: 'written blind in the twenty-fourth session of 3.12.2026 by municipal and parish staff asking for associations, in precise official vocabulary; measured once, unseen, mid-session with the engine of f618564: 86.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (fad2f4f) one answerable question fewer',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation196.yaml',
    about: 'written blind near the end of the twenty-fourth session of 3.12.2026 as a plain everyday mix; never studied: measured once, unseen, with the session\'s final engine (a213d85): 98.0 % / 100.0 % (dated 5/5, English 6/6); the session\'s starting engine (fad2f4f) 96.0 % answerable',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation197.yaml',
    about: 'written blind near the end of the twenty-fourth session of 3.12.2026 by members going through one document in order, sometimes naming it; never studied: measured once, unseen, with the session\'s final engine (a213d85): 94.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine (fad2f4f) 94.0 % answerable',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation198.yaml',
    about: 'written blind near the end of the twenty-fourth session of 3.12.2026 with Finnish and English mixed within questions; never studied: measured once, unseen, with the session\'s final engine (a213d85): 92.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine (fad2f4f) 88.0 % answerable',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation199.yaml',
    about: 'written blind near the end of the twenty-fourth session of 3.12.2026 asking after specific figures: sums, shares, counts, dates, numbers and addresses; never studied: measured once, unseen, with the session\'s final engine (a213d85): 98.0 % / 73.3 % (dated 5/5, English 5/6); the session\'s starting engine (fad2f4f) 96.0 % answerable',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.73, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation200.yaml',
    about: 'written blind near the end of the twenty-fourth session of 3.12.2026 in careful formal Finnish by retired teachers and civil servants; never studied: measured once, unseen, with the session\'s final engine (a213d85): 90.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (fad2f4f) 88.0 % answerable',
    floors: { answerableHit: 0.9, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation201.yaml',
    about: 'written blind near the end of the twenty-fourth session of 3.12.2026 comparing two things the documents state, asking mainly about one; never studied: measured once, unseen, with the session\'s final engine (a213d85): 84.0 % / 93.3 % (dated 5/5, English 4/6); the session\'s starting engine (fad2f4f) 84.0 % answerable',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation202.yaml',
    about: 'written blind at the start of the twenty-fifth session of 3.12.2026 as a plain everyday mix; measured once, unseen, with the session\'s starting engine (f22a8b3): 96.0 % / 86.7 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation203.yaml',
    about: 'written blind at the start of the twenty-fifth session of 3.12.2026 by young members chatting casually in lowercase slang; measured once, unseen, with the session\'s starting engine (f22a8b3): 92.0 % / 80.0 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.8, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation204.yaml',
    about: 'written blind at the start of the twenty-fifth session of 3.12.2026 as indirect and reported questions ("Puheenjohtaja haluaisi tietää, …"); measured once, unseen, with the session\'s starting engine (f22a8b3): 82.0 % / 93.3 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation205.yaml',
    about: 'written blind at the start of the twenty-fifth session of 3.12.2026 in Savo and Karelian dialect-coloured spoken Finnish; measured once, unseen, with the session\'s starting engine (f22a8b3): 92.0 % / 93.3 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 0.92, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation206.yaml',
    about: 'written blind at the start of the twenty-fifth session of 3.12.2026 as long messages with three to five sentences of background; measured once, unseen, with the session\'s starting engine (f22a8b3): 80.0 % / 100.0 % (dated 5/5, English 3/6)',
    floors: { answerableHit: 0.84, unanswerableHandoff: 1.0, dated: 1.0, english: 0.5 },
  },
  {
    file: 'validation207.yaml',
    about: 'written blind at the start of the twenty-fifth session of 3.12.2026 as follow-up questions referring back to what the member thinks they know; measured once, unseen, with the session\'s starting engine (f22a8b3): 98.0 % / 80.0 % (dated 5/5, English 6/6)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation208.yaml',
    about: 'written blind in the middle of the twenty-fifth session of 3.12.2026 as a plain everyday mix; measured once, unseen, with the engine of ddff157: 98.0 % / 86.7 % (dated 5/5, English 6/6); the session\'s starting engine (f22a8b3) 98.0 % answerable',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation209.yaml',
    about: 'written blind in the middle of the twenty-fifth session of 3.12.2026 typed without ä and ö (a and o instead); measured once, unseen, with the engine of ddff157: 94.0 % / 86.7 % (dated 5/5, English 4/6); the session\'s starting engine (f22a8b3) 94.0 % answerable',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation210.yaml',
    about: 'written blind in the middle of the twenty-fifth session of 3.12.2026 as yes/no questions checking a half-remembered detail, a quarter of them wrong; measured once, unseen, with the engine of ddff157: 94.0 % / 46.7 % (dated 5/5, English 5/6); the session\'s starting engine (f22a8b3) 94.0 % answerable',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.53, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation211.yaml',
    about: 'written blind in the middle of the twenty-fifth session of 3.12.2026 by applicants asking what to take into account or write in an application; measured once, unseen, with the engine of ddff157: 82.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (f22a8b3) 80.0 % answerable',
    floors: { answerableHit: 0.86, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation212.yaml',
    about: 'written blind in the middle of the twenty-fifth session of 3.12.2026 as telegraphic two-to-five-word search-box questions; measured once, unseen, with the engine of ddff157: 88.0 % / 73.3 % (dated 5/5, English 3/6); the session\'s starting engine (f22a8b3) 88.0 % answerable',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.73, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation213.yaml',
    about: 'written blind in the middle of the twenty-fifth session of 3.12.2026 by members naming their own town or municipality; measured once, unseen, with the engine of ddff157: 90.0 % / 80.0 % (dated 5/5, English 4/6); the session\'s starting engine (f22a8b3) 90.0 % answerable',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.8, dated: 1.0, english: 0.66 },
  },
  {
    file: 'validation214.yaml',
    about: 'written blind near the end of the twenty-fifth session of 3.12.2026 as a plain everyday mix; never studied: measured once, unseen, with the session\'s final engine (19a45f2): 96.0 % / 100.0 % (dated 5/5, English 5/6); the session\'s starting engine (f22a8b3) 96.0 % answerable',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation215.yaml',
    about: 'written blind near the end of the twenty-fifth session of 3.12.2026 by members who describe a thing instead of knowing its official word; never studied: measured once, unseen, with the session\'s final engine (19a45f2): 84.0 % / 86.7 % (dated 5/5, English 5/6); the session\'s starting engine (f22a8b3) 80.0 % answerable',
    floors: { answerableHit: 0.84, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation216.yaml',
    about: 'written blind near the end of the twenty-fifth session of 3.12.2026 asking who: people, organisations, roles, authorities and contacts; never studied: measured once, unseen, with the session\'s final engine (19a45f2): 92.0 % / 73.3 % (dated 5/5, English 3/6); the session\'s starting engine (f22a8b3) 90.0 % answerable',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.73, dated: 1.0, english: 0.5 },
  },
  {
    file: 'validation217.yaml',
    about: 'written blind near the end of the twenty-fifth session of 3.12.2026 asking when and how long: dates, periods, durations; never studied: measured once, unseen, with the session\'s final engine (19a45f2): 88.0 % / 73.3 % (dated 5/5, English 3/6); the session\'s starting engine (f22a8b3) 88.0 % answerable',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.73, dated: 1.0, english: 0.5 },
  },
  {
    file: 'validation218.yaml',
    about: 'written blind near the end of the twenty-fifth session of 3.12.2026 by Swedish-speaking Finns writing Finnish, now and then with a Swedish word; never studied: measured once, unseen, with the session\'s final engine (19a45f2): 88.0 % / 86.7 % (dated 5/5, English 5/6); the session\'s starting engine (f22a8b3) 88.0 % answerable',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.86, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation219.yaml',
    about: 'written blind near the end of the twenty-fifth session of 3.12.2026 by advisers checking facts, citing where in a document the fact is; never studied: measured once, unseen, with the session\'s final engine (19a45f2): 90.0 % / 93.3 % (dated 5/5, English 5/6); the session\'s starting engine (f22a8b3) 86.0 % answerable',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation221.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 by immigrant-led and multilingual associations (many questions in English); measured once, unseen, with the session\'s starting engine (2ec5ebc): 89.1 % / 100 % (dated 5/5, English 25/29); then studied: 91.3 % / 100 % (English 26/29) with its final engine (918daf1)',
    floors: { answerableHit: 0.91, unanswerableHandoff: 1.0, dated: 1.0, english: 0.89 },
  },
  {
    file: 'validation223.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 as typed on a phone (no capitals, missing letters, run-together words); measured once, unseen, with the session\'s starting engine (2ec5ebc): 90.0 % / 100 % (dated 5/5, English 5/6); then studied: 94.0 % / 100 % (English 6/6) with its final engine (918daf1)',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation224.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 by members who first describe their plan, then ask; measured once, unseen, with the session\'s starting engine (2ec5ebc): 96.0 % / 100 % (dated 4/5, English 6/6); then studied: 98.0 % / 100 % (dated 5/5) with its final engine (918daf1)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation225.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 in formal, bureaucratic Finnish naming the document asked about; measured once, unseen, with the session\'s starting engine (2ec5ebc): 78.0 % / 80.0 % (dated 5/5, English 5/6); then studied: 88.0 % / 80.0 % with its final engine (918daf1)',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.8, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation226.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 as an everyday mix with colloquial Finnish; never studied: measured unseen with the session\'s starting engine (2ec5ebc): 96.0 % / 100 % (dated 5/5, English 7/7), with its final engine (918daf1) 98.0 % / 100 %',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation227.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 about money and numbers (shares, sums, counts, dates); never studied (its failure list was printed once when it was first measured): measured unseen with the session\'s starting engine (2ec5ebc): 94.0 % / 93.3 % (dated 5/5, English 7/7), with its final engine (918daf1) 96.0 % / 93.3 %',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation228.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 as short plain one-sentence questions; measured once, unseen, mid-session: 98.0 % / 86.7 % (dated 5/5, English 7/7), the same with the session\'s starting engine (2ec5ebc); then studied: 100 % / 86.7 % with its final engine (918daf1)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation229.yaml',
    about: 'written blind in the twenty-sixth session of 4.12.2026 by board members new to project work, in their own words for the official terms (a fifth in English); measured once, unseen, mid-session: 82.0 % / 93.3 % (dated 5/5, English 10/12), the same with the session\'s starting engine (2ec5ebc); then studied: 88.0 % / 93.3 % with its final engine (918daf1)',
    floors: { answerableHit: 0.88, unanswerableHandoff: 0.93, dated: 1.0, english: 0.83 },
  },
  {
    file: 'validation230.yaml',
    about: 'written blind near the end of the twenty-sixth session of 4.12.2026 as a realistic everyday mix; never studied: measured once with the session\'s final engine (918daf1): 96.0 % / 93.3 % (dated 5/5, English 7/7); its starting engine (2ec5ebc) the same',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation231.yaml',
    about: 'written blind near the end of the twenty-sixth session of 4.12.2026, standard, spoken and English-mixed Finnish, half with a sentence about the association first; never studied: measured once with the session\'s final engine (918daf1): 94.0 % / 100 % (dated 5/5, English 6/7); its starting engine (2ec5ebc) 92.0 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation232.yaml',
    about: 'written blind at the end of the twenty-sixth session of 4.12.2026 as a plain mix with the recurring questions asked many ways; never studied: measured once with the session\'s final engine (9ccd0af): 96.0 % / 93.3 % (dated 5/5, English 6/7); its starting engine (2ec5ebc) the same',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation233.yaml',
    about: 'written blind at the end of the twenty-sixth session of 4.12.2026 as a plain mix from all three regions; never studied: measured once with the session\'s final engine (9ccd0af): 92.0 % / 93.3 % (dated 5/5, English 7/7); its starting engine (2ec5ebc) 90.0 % / 100 %',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },  {
    file: 'validation234.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as a plain everyday mix, some spoken Finnish; measured once, unseen, at the start: 90.0 % / 93.3 % (dated 5/5, English 6/7) with the session\'s starting engine (e216794); then studied: 94.0 % / 100 % (dated 5/5, English 7/7) with its final engine (d48f6b6)',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation235.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as a realistic mix of what members ask; measured once, unseen, at the start: 94.0 % / 100 % (dated 4/5, English 6/7) with the session\'s starting engine (e216794); then studied: 98.0 % / 100 % (dated 5/5, English 7/7) with its final engine (d48f6b6)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation236.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as polite, fuller questions with a greeting or framing first; measured once, unseen, at the start: 94.0 % / 93.3 % (dated 5/5, English 6/7) with the session\'s starting engine (e216794); never studied; with its final engine (d48f6b6): 96.0 % / 100 % (dated 5/5, English 7/7)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 1.0, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation237.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as questions typed quickly on a phone, many without ä and ö; measured once, unseen, at the start: 96.0 % / 93.3 % (dated 5/5, English 6/7) with the session\'s starting engine (e216794); never studied; with its final engine (d48f6b6): 98.0 % / 93.3 % (dated 5/5, English 7/7)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation238.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as detail questions about each document\'s names, places, numbers and addresses; measured once, unseen, at the start: 90.0 % / 86.7 % (dated 4/5, English 6/7) with the session\'s starting engine (e216794); then studied: 96.0 % / 93.3 % (dated 5/5, English 6/7) with its final engine (d48f6b6)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation239.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as a coordinator\'s collection of the recurring questions in many forms; measured once, unseen, at the start: 94.0 % / 73.3 % (dated 5/5, English 7/7) with the session\'s starting engine (e216794); then studied: 100 % / 73.3 % (dated 5/5, English 7/7) with its final engine (d48f6b6)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.73, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation240.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as follow-up questions of members who have read a document, some quoting it; measured once, unseen, at the start: 96.0 % / 86.7 % (dated 5/5, English 7/7) with the session\'s starting engine (e216794); never studied; with its final engine (d48f6b6): 96.0 % / 86.7 % (dated 5/5, English 7/7)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation241.yaml',
    about: 'written blind at the start of the twenty-seventh session of 4.12.2026 as a plain mix from all three regions; measured once, unseen, at the start: 94.0 % / 93.3 % (dated 5/5, English 7/7) with the session\'s starting engine (e216794); never studied; with its final engine (d48f6b6): 96.0 % / 93.3 % (dated 5/5, English 7/7)',
    floors: { answerableHit: 0.96, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation242.yaml',
    about: 'written blind mid-session in the twenty-seventh session of 4.12.2026 as a plain everyday mix; never studied: measured once, unseen, with the engine of the time (d018b32): 100 % / 93.3 % (dated 5/5, English 6/7); with the session\'s final engine (d48f6b6): 100 % / 93.3 % (dated 5/5, English 6/7)',
    floors: { answerableHit: 1.0, unanswerableHandoff: 0.93, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation243.yaml',
    about: 'written blind mid-session in the twenty-seventh session of 4.12.2026 as a realistic mix from all three regions; never studied: measured once, unseen, with the engine of the time (d018b32): 98.0 % / 80.0 % (dated 5/5, English 6/7); with the session\'s final engine (d48f6b6): 98.0 % / 80.0 % (dated 5/5, English 6/7)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.8, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation244.yaml',
    about: 'written blind mid-session in the twenty-seventh session of 4.12.2026 as questions an adviser forwards after a chat, some with a story first; never studied: measured once, unseen, with the engine of the time (d018b32): 90.0 % / 100 % (dated 5/5, English 6/7); with the session\'s final engine (d48f6b6): 90.0 % / 100 % (dated 5/5, English 6/7)',
    floors: { answerableHit: 0.9, unanswerableHandoff: 1.0, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation245.yaml',
    about: 'written blind mid-session in the twenty-seventh session of 4.12.2026 as a coordinator\'s plain mix of the recurring questions and the other facts; never studied: measured once, unseen, with the engine of the time (d018b32): 98.0 % / 93.3 % (dated 5/5, English 7/7); with the session\'s final engine (d48f6b6): 98.0 % / 93.3 % (dated 5/5, English 7/7)',
    floors: { answerableHit: 0.98, unanswerableHandoff: 0.93, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation246.yaml',
    about: 'written blind late in the twenty-seventh session of 4.12.2026 as a plain everyday mix; never studied: measured once, unseen, with the engine of the time (d48f6b6): 94.0 % / 100 % (dated 5/5, English 6/7); its starting engine (e216794) 92.0 % / 100 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 1.0, dated: 1.0, english: 0.85 },
  },
  {
    file: 'validation247.yaml',
    about: 'written blind late in the twenty-seventh session of 4.12.2026 as a realistic mix from all three regions, some naming their town or association; never studied: measured once, unseen, with the engine of the time (d48f6b6): 92.0 % / 86.7 % (dated 5/5, English 5/7); its starting engine (e216794) 90.0 % / 86.7 %',
    floors: { answerableHit: 0.92, unanswerableHandoff: 0.86, dated: 1.0, english: 0.71 },
  },
  {
    file: 'validation248.yaml',
    about: 'written blind late in the twenty-seventh session of 4.12.2026 by careful board members in formal Finnish, often naming the document; never studied: measured once, unseen, with the engine of the time (d48f6b6): 90.0 % / 86.7 % (dated 5/5, English 7/7); its starting engine (e216794) 90.0 % / 86.7 %',
    floors: { answerableHit: 0.9, unanswerableHandoff: 0.86, dated: 1.0, english: 1.0 },
  },
  {
    file: 'validation249.yaml',
    about: 'written blind late in the twenty-seventh session of 4.12.2026 as short questions typed in a hurry, a third in spoken Finnish; never studied: measured once, unseen, with the engine of the time (d48f6b6): 94.0 % / 80.0 % (dated 5/5, English 6/7); its starting engine (e216794) 92.0 % / 80.0 %',
    floors: { answerableHit: 0.94, unanswerableHandoff: 0.8, dated: 1.0, english: 0.85 },
  },
];

const reports = new Map<string, Promise<EvalReport>>();

function run(file: string): Promise<EvalReport> {
  let report = reports.get(file);
  if (report === undefined) {
    const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
    report = Promise.all([bundledKnowledgeBase(), evalCases(path)]).then(([kb, cases]) => evaluate(createAnswerEngine(kb), cases));
    reports.set(file, report);
  }
  return report;
}

const RATES = [
  ['answerableHit', (r: EvalReport) => r.answerable.rate],
  ['unanswerableHandoff', (r: EvalReport) => r.unanswerable.rate],
  ['dated', (r: EvalReport) => r.dated.rate],
  ['english', (r: EvalReport) => r.english.rate],
] as const;

describe.each(QUESTION_SETS)('evaluation over test/eval/$file ($about)', ({ file, floors }) => {
  it('has answerable and unanswerable, dated and English questions', async () => {
    const r = await run(file);
    for (const part of [r.answerable, r.unanswerable, r.dated, r.english]) expect(part.total).toBeGreaterThan(0);
  });

  it.each(RATES)('reaches the %s floor', async (name, rate) => {
    const r = await run(file);
    expect(rate(r), `${name} below ${floors[name]}\n${formatReport(r)}`).toBeGreaterThanOrEqual(floors[name]);
  });
});
