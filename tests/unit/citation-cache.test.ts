import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CITATION_CACHE_DIR, CitationCache } from '../../src/data/citation-cache';

/**
 * The citation cache hands a build the entries an earlier build formatted, and only when
 * nothing they are made from has changed: the page's item, locale or address, the styles and
 * code, or the formatting packages' versions.
 */
let root: string;

function install(name: string, version: string): void {
  mkdirSync(join(root, 'node_modules', name), { recursive: true });
  writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ version }));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'relos-citation-cache-'));
  for (const name of ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'])
    install(name, '1.0.0');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const item = { id: 'relos-ru-articles-x', type: 'webpage', title: 'Россия ратифицирует RELOS' };
const job = {
  item,
  tag: 'ru-RU',
  url: 'https://example.org/ru/articles/x/',
};
const entries = { apa: 'APA entry', mla: 'MLA entry', chicago: 'Chicago entry' };
const INPUTS = ['<style/>', '<locale/>'];

describe('CitationCache', () => {
  it('gives a later build the entries kept for the same page, and nothing before', () => {
    expect(new CitationCache(root, INPUTS).get(job)).toBeUndefined();
    new CitationCache(root, INPUTS).set(job, entries);
    expect(new CitationCache(root, INPUTS).get(job)).toEqual(entries);
  });

  it('misses when the page, the styles or a formatting package has changed', () => {
    new CitationCache(root, INPUTS).set(job, entries);
    const cache = new CitationCache(root, INPUTS);
    const retitled = { ...item, title: 'Другой заголовок' };
    expect(cache.get({ ...job, item: retitled })).toBeUndefined();
    expect(cache.get({ ...job, tag: 'hi-IN' })).toBeUndefined();
    expect(cache.get({ ...job, url: 'https://example.org/articles/x/' })).toBeUndefined();
    expect(new CitationCache(root, ['<style version="2"/>', '<locale/>']).get(job)).toBeUndefined();
    install('citeproc', '1.0.1');
    expect(new CitationCache(root, INPUTS).get(job)).toBeUndefined();
  });

  it('removes, once a build is done, what that build did not use', () => {
    const other = { ...job, url: 'https://example.org/ru/articles/y/' };
    const first = new CitationCache(root, INPUTS);
    first.set(job, entries);
    first.set(other, entries);
    const second = new CitationCache(root, INPUTS);
    expect(second.get(job)).toEqual(entries);
    second.prune();
    expect(readdirSync(join(root, CITATION_CACHE_DIR))).toHaveLength(1);
    expect(new CitationCache(root, INPUTS).get(other)).toBeUndefined();
    expect(new CitationCache(root, INPUTS).get(job)).toEqual(entries);
  });

  it('treats an unreadable file as absent', () => {
    const cache = new CitationCache(root, INPUTS);
    cache.set(job, entries);
    const [file] = readdirSync(join(root, CITATION_CACHE_DIR));
    writeFileSync(join(root, CITATION_CACHE_DIR, file!), '{"apa": "cut o');
    expect(new CitationCache(root, INPUTS).get(job)).toBeUndefined();
  });
});
