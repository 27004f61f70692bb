import type { Finding } from '@pause/core';

/** A finding for the interface's unit tests: the fields they do not care about filled in. */
export function aFinding(ruleId: string, fields: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    category: 'content',
    severity: 'caution',
    message: '',
    guidance: 'Content',
    readers: [],
    suggestions: [],
    confidence: 0.9,
    ...fields,
  };
}
