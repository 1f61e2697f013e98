/** Interface strings of the data area (see ../en.ts). */
import type { StatementProblem } from '../kinds';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const data = {
	title: 'Data and SQL',
	description:
		'Download every table of the MNR Explorer dataset as Parquet or CSV, read what each column means, and query the tables with SQL in your browser.',
	lede: (tables: number, version: string) =>
		`The whole dataset behind MNR Explorer: ${tables} tables, each a Parquet file and a CSV copy, described column by column below and open to SQL right here in your browser. Dataset version ${version}.`,
	versionNote:
		'The version is a fingerprint of the files: it changes whenever any value changes, so cite it with the data you used.',
	contents: 'On this page',

	downloads: {
		title: 'Downloads',
		intro:
			'Every table as Parquet (typed, compact; opens in DuckDB, pandas, R arrow, Polars) and as CSV (UTF-8, comma-separated, empty field for a missing value).',
		table: 'Table',
		rows: 'Rows',
		parquet: 'Parquet',
		csv: 'CSV',
		caption: 'Files of each table, with their sizes',
		fileLabel: (table: string, format: string, size: string) => `${table} as ${format} (${size})`,
		manifest: 'manifest.json',
		manifestNote:
			'lists every table with its row count, column types and a SHA-256 hash of each file, so you can check a download.'
	},

	dictionary: {
		title: 'Data dictionary',
		intro:
			'Every table and column, from the same definitions the build validates the data against. "Computed" columns are filled by the build rather than typed in by a curator.',
		rows: (n: string) => `${n} rows`,
		key: 'Unique by',
		columns: 'Columns',
		column: 'Column',
		type: 'Type',
		nullable: 'Can be empty',
		values: 'Allowed values',
		meaning: 'Meaning',
		computed: 'computed',
		yes: 'yes',
		no: 'no',
		anyValue: 'no fixed list',
		download: 'Download',
		typeNames: { string: 'text', int: 'integer', float: 'decimal', bool: 'true/false' }
	},

	console: {
		title: 'SQL console',
		intro:
			'Query the tables with DuckDB, running inside your browser: nothing you type leaves this page. Table names are the ones in the dictionary below.',
		editorLabel: 'SQL query',
		editorHelp:
			'Press Ctrl+Enter (⌘+Enter on a Mac) or the Run button to run. Tab moves on to the next control. One statement that reads data (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN, PIVOT).',
		run: 'Run',
		copyLink: 'Copy link to this query',
		linkCopied: 'Link copied. Opened in this browser, it runs the query straight away.',
		linkNotCopied: (url: string) =>
			`The browser did not allow copying. Select and copy this link instead: ${url}`,
		sharedQuery:
			'This link carries a query. Read it in the editor first, then press Run to run it. (It can only read the explorer’s own tables.)',
		stop: 'Stop',
		examplesTitle: 'Example queries',
		examplesHelp: 'Choosing one puts it in the editor; run it, or change it first.',
		running: 'Running…',
		startingEngine: 'Starting the query engine (the first time takes a few seconds)…',
		elapsed: (seconds: number) => `${seconds} s`,
		stopped: 'The query was stopped. No result is shown.',
		timedOut: (seconds: number) =>
			`The query ran for more than ${seconds} seconds and was stopped so the page stays usable. Try narrowing it: a WHERE clause, an aggregate or a LIMIT.`,
		unavailable: (reason: string) =>
			`The SQL console cannot run in this browser: ${reason} The dictionary and the downloads on this page still work, and any SQL tool that reads Parquet or CSV can query the files.`,
		resultTitle: 'Result',
		resultSummary: (rows: string, columns: number, ms: string) =>
			`${rows} · ${plural(columns, 'column', 'columns')} · ${ms}`,
		rowCount: (n: number, formatted: string) => `${formatted} ${n === 1 ? 'row' : 'rows'}`,
		capped: (shown: string, total: string) =>
			`Showing the first ${shown} of ${total} rows. The CSV download holds them all.`,
		cappedKept: (shown: string, kept: string, total: string) =>
			`Showing the first ${shown} of ${total} rows. The CSV download holds the first ${kept}; for more, download the tables and query them with DuckDB on your computer.`,
		noRows: 'The query ran and returned no rows.',
		downloadCsv: 'Download result as CSV',
		csvFileName: 'mnr-explorer-query.csv',
		tableCaption: 'Query result',
		nullValue: 'NULL',
		errorTitle: 'The query did not run',
		/** The kind of problem, from DuckDB's kind of error. */
		errorKind: (kind: string | null): string => {
			switch (kind) {
				case 'Parser':
					return 'DuckDB could not read the query';
				case 'Binder':
					return 'A name or a type in the query does not fit the tables';
				case 'Catalog':
					return 'DuckDB does not know a name in the query';
				case 'Conversion':
					return 'A value could not be converted';
				case 'Out of Memory':
					return 'The browser ran out of memory for this query';
				case null:
					return 'DuckDB stopped the query';
				default:
					return `DuckDB stopped the query (${kind} error)`;
			}
		},
		errorAt: (line: number, column: number) => `At line ${line}, column ${column}:`,
		showInQuery: 'Show in the query',
		hintLabel: 'Hint:',
		share:
			'The address bar now holds this query: copy it to share or bookmark the query and its result.',
		urlTooLong: (max: string) =>
			`This query is longer than a link can safely carry (${max} characters once encoded), so the address holds no query. It still runs; copy the text to share it.`,
		urlTooLongOnLoad: (max: string) =>
			`The address held a query longer than ${max} characters (encoded), which is more than a link can safely carry, so it was not loaded.`,
		statement: (p: StatementProblem): string => {
			switch (p.kind) {
				case 'empty':
					return 'There is no query to run: type one, or pick an example.';
				case 'several':
					return `The editor holds ${p.count} statements; the console runs one at a time. Remove the others, or the semicolons between them.`;
				case 'start':
					return `The console only runs statements that read data, and "${p.word}" does not start one. Start with SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN or PIVOT.`;
				case 'writes':
					return `"${p.word}" would change the tables, the settings or the files, and the console only reads: every page of the explorer uses the same in-browser tables. If ${p.word} is a column or alias name here, put it in double quotes.`;
				case 'url':
					return `The query names an address on another site (${p.url}). The explorer never fetches from other sites; download the tables and use DuckDB on your computer to combine them with other data.`;
			}
		},
		hints: {
			unknownTable: (name: string, tables: string) =>
				`There is no table called "${name}". The tables are: ${tables}.`,
			unknownColumn: (name: string) =>
				`There is no column "${name}" here. Column names are in the dictionary below, or run DESCRIBE followed by a table name. Text values go in single quotes ('HIC'); double quotes mean a column name.`,
			unknownFunction: (name: string) =>
				`DuckDB has no function called "${name}". DuckDB's function names sometimes differ from other databases'.`,
			syntax:
				'Check the spelling of keywords and that every bracket and quote is closed. Text values go in single quotes; names with spaces or capitals go in double quotes.',
			types:
				'Two values of different types meet here. Convert one explicitly, for example pct::INTEGER or CAST(n AS VARCHAR).',
			noFiles:
				'The console reads only the explorer’s own tables: it cannot open files or web addresses, however the name is written. Download the tables to combine them with other data in DuckDB on your computer.',
			memory:
				'The result is too large for the browser. Add a WHERE clause, aggregate with GROUP BY, or add a LIMIT.'
		},
		examples: {
			coverage: {
				title: 'Coverage of every capability',
				description: 'The headline figure of each capability, grouped by domain.'
			},
			domains: {
				title: 'Coverage by domain',
				description: 'How many capabilities of each domain have a headline figure, and their range.'
			},
			named: {
				title: 'Countries named most often',
				description:
					'How often the review cites each country as an example (a citation, not an assessment).'
			},
			discrepancies: {
				title: 'Discrepancies in the review',
				description: 'Figures whose printings disagree with their counts or with each other.'
			},
			income: {
				title: 'High-income vs low- and middle-income',
				description: 'Every figure the review gives (or lets us derive) for the two income groups.'
			},
			ambiguous: {
				title: 'Figures the text cannot settle',
				description: 'Ambiguous figures, with the values the text offers.'
			},
			composition: {
				title: 'Countries by income group and survey',
				description: 'Who answered which survey, by World Bank income group.'
			}
		}
	}
} as const;
