import { describe, expect, it } from 'vitest';
import { classWords, pageClasses, pruneUnusedRules } from '../../src/integrations/page-css';

describe('the classes a page can use', () => {
  it('reads Tailwind classes whole, from markup and from script strings', () => {
    const words = classWords(
      '<a class="sm:text-5xl aria-[current=page]:underline px-2.5">x</a>' +
        "<script>b.className=`share-button theme-toggle`;c.classList.add('is-open')</script>",
    );
    for (const name of [
      'sm:text-5xl',
      'aria-[current=page]:underline',
      'px-2.5',
      'share-button',
      'theme-toggle',
      'is-open',
    ]) {
      expect(words, name).toContain(name);
    }
    expect(words).not.toContain('sm:text');
  });

  it('takes a page’s classes from its class attributes and its scripts, not from its text', () => {
    const classes = pageClasses(
      '<p class="lead  sm:text-xl">the timeline</p><script type="module">e.className=`share-button`</script>',
    );
    expect(['lead', 'sm:text-xl', 'share-button'].filter((c) => !classes.has(c))).toEqual([]);
    expect(classes.has('timeline')).toBe(false);
  });
});

describe('a page’s CSS without the rules it cannot use', () => {
  const css = [
    '.used{color:red}',
    '.unused{color:blue}',
    '.unused,.used b{color:green}',
    '.used .unused{margin:0}',
    'p:not(.unused){padding:0}',
    ':root[data-theme=dark]{color-scheme:dark}',
    ':focus-visible{outline:3px solid}',
    '@media (width>=48rem){.unused{top:0}.used{left:0}}',
    '@media print{.unused{display:none}}',
    '.hover\\:underline:hover{text-decoration:underline}',
  ].join('');
  const pruned = pruneUnusedRules(css, new Set(['used', 'hover:underline']));

  it('drops a rule when each of its selectors needs a class the page lacks', () => {
    expect(pruned).not.toMatch(/\.unused\{color:#00f\}|\.used \.unused|top:0/);
    expect(pruned).not.toContain('@media print');
  });

  it('keeps rules for tags, attributes, states and themes, and any selector that can match', () => {
    expect(pruned).toContain('.used{color:red}');
    expect(pruned).toContain('.used b{color:green}');
    expect(pruned).toContain('p:not(.unused)');
    expect(pruned).toContain(':root[data-theme=dark]');
    expect(pruned).toContain(':focus-visible');
    expect(pruned).toContain('.used{left:0}');
    expect(pruned).toContain('.hover\\:underline:hover');
  });

  it('gives pages with the same classes the same CSS, and others their own', () => {
    expect(pruneUnusedRules(css, new Set(['used', 'hover:underline', 'prose']))).toBe(pruned);
    expect(pruneUnusedRules(css, new Set(['hover:underline']))).not.toContain('.used');
  });

  it('keeps what shares a name with an unused class: a property, an id, keyframes', () => {
    const named = [
      'table{border-collapse:collapse;width:100%}',
      '.border-collapse{border-collapse:collapse}',
      '#toc{margin:0}',
      '.toc{padding:0}',
      '.animate-pulse{animation:pulse 2s}',
      '@keyframes pulse{50%{opacity:.5}}',
      '.pulse{color:red}',
      '.unused{color:#00f}',
    ].join('');
    const kept = pruneUnusedRules(named, new Set(['animate-pulse']));
    // Lightning CSS's unusedSymbols would delete these too, so such a class is never unused.
    expect(kept).toContain('table{border-collapse:collapse;width:100%}');
    expect(kept).toContain('#toc{margin:0}');
    expect(kept).toContain('@keyframes pulse');
    expect(kept).toContain('.pulse{color:red}');
    expect(kept).not.toContain('.unused');
  });

  it('changes nothing when every class is used', () => {
    const all = new Set(['used', 'unused', 'hover:underline']);
    expect(pruneUnusedRules(css, all)).toBe(pruneUnusedRules(pruneUnusedRules(css, all), all));
    expect(pruneUnusedRules(css, all)).toContain('.unused{top:0}');
  });
});
