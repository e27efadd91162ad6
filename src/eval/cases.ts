import { z } from 'zod';
import { isoDateSchema } from '../knowledge/schema.js';

/** One evaluation question, as written in test/eval/*.yaml. */
export const evalCaseSchema = z
  .object({
    q: z.string(),
    answerable: z.boolean().default(true),
    expect: z.array(z.string().min(1)).default([]),
    expect_not: z.array(z.string().min(1)).default([]),
    today: isoDateSchema.optional(),
    lang: z.enum(['fi', 'en']).default('fi'),
    topic: z.string().default(''),
  })
  .strict()
  .refine((c) => !c.answerable || c.expect.length > 0, { message: 'an answerable question needs at least one expect string', path: ['expect'] });
export type EvalCase = z.infer<typeof evalCaseSchema>;

export const evalFileSchema = z.array(evalCaseSchema).min(1);
