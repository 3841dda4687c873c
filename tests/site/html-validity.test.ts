/** Every exported page through the W3C Nu HTML checker (vnu-jar, Java 17+). */
import { describe, expect, it } from 'vitest';
import { exportDir, nuErrors } from './helpers';

describe('HTML validity', () => {
  it('the Nu HTML checker reports zero errors on every exported page', () => {
    expect(nuErrors(exportDir())).toEqual([]);
  });
});
