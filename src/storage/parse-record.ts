import type { z } from 'zod';

/** Parses a stored record with its zod schema, naming the key when it does not have the expected shape. */
export function parseRecord<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, key: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`Stored record "${key}" is not valid: ${where}`);
  }
  return parsed.data;
}
