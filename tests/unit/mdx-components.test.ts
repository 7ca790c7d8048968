import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx/components';
import { MDX_COMPONENT_NAMES } from '../../src/constants';

describe('MDX components', () => {
  it('the content check knows exactly the components articles are given', () => {
    const provided = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
    expect([...provided].sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });
});
