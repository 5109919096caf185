/** The template a file is checked against when none fits is a valid template, as the schema would give it. */
import { templateSchema } from '../../src/templates/schema';
import { FORMAT_ONLY_ID, formatOnlyTemplate } from '../../src/templates/format-only';

describe('the format-only template', () => {
  it('is what the template schema makes of it, defaults included', () => {
    const template = formatOnlyTemplate('official');
    expect(template.id).toBe(FORMAT_ONLY_ID);
    expect(templateSchema.parse(template)).toEqual(template);
  });
});
