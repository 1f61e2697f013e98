// The message catalogue: compiled offline from node_modules (the build and CI reach nothing but
// the npm registry), in exactly the explorer's three languages, with every message in each of
// them, none empty, and the same placeholders in every translation.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_LOCALE, LOCALES } from '$lib/i18n/locales';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
	modules: string[];
};
const catalogue = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const keys = (locale: string) => Object.keys(catalogue(locale)).filter((k) => k !== '$schema');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the inlang project', () => {
	it('loads its plugins from node_modules, never from a CDN', () => {
		expect(settings.modules.length).toBeGreaterThan(0);
		for (const module of settings.modules) {
			expect(module).not.toMatch(/^https?:/);
			expect(existsSync(module), module).toBe(true);
		}
	});
	it('has the explorer’s languages, English first', () => {
		expect(settings.baseLocale).toBe(BASE_LOCALE);
		expect(settings.locales).toEqual([...LOCALES]);
	});
});

describe.each(LOCALES.filter((l) => l !== BASE_LOCALE))('the %s catalogue', (locale) => {
	it('has every English message and no other', () => {
		expect(keys(locale).sort()).toEqual(keys(BASE_LOCALE).sort());
	});
	it('has no empty message and the same placeholders as English', () => {
		const en = catalogue(BASE_LOCALE);
		const other = catalogue(locale);
		for (const key of keys(BASE_LOCALE)) {
			expect(other[key]?.trim(), key).toBeTruthy();
			expect({ key, placeholders: placeholders(other[key]) }).toEqual({
				key,
				placeholders: placeholders(en[key])
			});
		}
	});
});
