/** The header policy merged from the pages' policies. */
import { describe, expect, it } from 'vitest';
import { headerPolicy, mergePolicies } from '../../src/lib/publish/security-headers.ts';

describe('mergePolicies', () => {
  it('unites the hashes of pages that differ only in them', () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-S1='";
    const b = "default-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-S1='";
    expect(mergePolicies([a, b])).toBe("default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-S1='");
    expect(headerPolicy(mergePolicies([a]))).toBe(`${a}; frame-ancestors 'none'`);
  });

  it('refuses pages whose policies differ in more than hashes', () => {
    expect(() => mergePolicies(["script-src 'self'", "script-src 'self' 'unsafe-inline'"])).toThrow(/differ in script-src/);
  });
});
