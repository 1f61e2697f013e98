/** Interface strings of the data area (see ../en.ts). */
import * as m from '$lib/paraglide/messages';
import type { StatementProblem } from '../kinds';

export const data = {
	get title() {
		return m.data_title();
	},
	get description() {
		return m.data_description();
	},
	lede: (tables: number, version: string) => m.data_lede({ tables, version }),
	get versionNote() {
		return m.data_version_note();
	},
	get contents() {
		return m.data_contents();
	},

	downloads: {
		get title() {
			return m.data_downloads_title();
		},
		get intro() {
			return m.data_downloads_intro();
		},
		get table() {
			return m.data_downloads_table();
		},
		get rows() {
			return m.data_downloads_rows();
		},
		get parquet() {
			return m.data_downloads_parquet();
		},
		get csv() {
			return m.data_downloads_csv();
		},
		get caption() {
			return m.data_downloads_caption();
		},
		fileLabel: (table: string, format: string, size: string) =>
			m.data_downloads_file_label({ table, format, size }),
		get manifest() {
			return m.data_downloads_manifest();
		},
		get manifestNote() {
			return m.data_downloads_manifest_note();
		}
	},

	dictionary: {
		get title() {
			return m.data_dictionary_title();
		},
		get intro() {
			return m.data_dictionary_intro();
		},
		rows: (n: string) => m.data_dictionary_rows({ n }),
		get key() {
			return m.data_dictionary_key();
		},
		get columns() {
			return m.data_dictionary_columns();
		},
		get column() {
			return m.data_dictionary_column();
		},
		get type() {
			return m.data_dictionary_type();
		},
		get nullable() {
			return m.data_dictionary_nullable();
		},
		get values() {
			return m.data_dictionary_values();
		},
		get meaning() {
			return m.data_dictionary_meaning();
		},
		get computed() {
			return m.data_dictionary_computed();
		},
		get yes() {
			return m.data_dictionary_yes();
		},
		get no() {
			return m.data_dictionary_no();
		},
		get anyValue() {
			return m.data_dictionary_any_value();
		},
		get download() {
			return m.data_dictionary_download();
		},
		typeNames: {
			get string() {
				return m.data_type_string();
			},
			get int() {
				return m.data_type_int();
			},
			get float() {
				return m.data_type_float();
			},
			get bool() {
				return m.data_type_bool();
			}
		}
	},

	console: {
		get title() {
			return m.data_console_title();
		},
		get intro() {
			return m.data_console_intro();
		},
		get editorLabel() {
			return m.data_console_editor_label();
		},
		get editorHelp() {
			return m.data_console_editor_help();
		},
		get run() {
			return m.data_console_run();
		},
		get copyLink() {
			return m.data_console_copy_link();
		},
		get linkCopied() {
			return m.data_console_link_copied();
		},
		linkNotCopied: (url: string) => m.data_console_link_not_copied({ url }),
		get sharedQuery() {
			return m.data_console_shared_query();
		},
		get stop() {
			return m.data_console_stop();
		},
		get examplesTitle() {
			return m.data_console_examples_title();
		},
		get examplesHelp() {
			return m.data_console_examples_help();
		},
		get running() {
			return m.data_console_running();
		},
		get startingEngine() {
			return m.data_console_starting_engine();
		},
		elapsed: (seconds: number) => m.data_console_elapsed({ seconds }),
		get stopped() {
			return m.data_console_stopped();
		},
		timedOut: (seconds: number) => m.data_console_timed_out({ seconds }),
		unavailable: (reason: string) => m.data_console_unavailable({ reason }),
		get resultTitle() {
			return m.data_console_result_title();
		},
		resultSummary: (rows: string, columns: number, ms: string) =>
			m.data_console_result_summary({
				rows,
				columns:
					columns === 1 ? m.data_console_one_column() : m.data_console_columns({ n: columns }),
				ms
			}),
		rowCount: (n: number, formatted: string) =>
			n === 1 ? m.data_console_one_row() : m.data_console_rows({ n: formatted }),
		capped: (shown: string, total: string) => m.data_console_capped({ shown, total }),
		cappedKept: (shown: string, kept: string, total: string) =>
			m.data_console_capped_kept({ shown, kept, total }),
		get noRows() {
			return m.data_console_no_rows();
		},
		get downloadCsv() {
			return m.data_console_download_csv();
		},
		csvFileName: 'mnr-explorer-query.csv',
		get tableCaption() {
			return m.data_console_table_caption();
		},
		get nullValue() {
			return m.data_console_null_value();
		},
		get errorTitle() {
			return m.data_console_error_title();
		},
		/** The kind of problem, from DuckDB's kind of error. */
		errorKind: (kind: string | null): string => {
			switch (kind) {
				case 'Parser':
					return m.data_error_parser();
				case 'Binder':
					return m.data_error_binder();
				case 'Catalog':
					return m.data_error_catalog();
				case 'Conversion':
					return m.data_error_conversion();
				case 'Out of Memory':
					return m.data_error_memory();
				case null:
					return m.data_error_stopped();
				default:
					return m.data_error_other({ kind });
			}
		},
		errorAt: (line: number, column: number) => m.data_error_at({ line, column }),
		get showInQuery() {
			return m.data_show_in_query();
		},
		get hintLabel() {
			return m.data_hint_label();
		},
		get share() {
			return m.data_share();
		},
		urlTooLong: (max: string) => m.data_url_too_long({ max }),
		urlTooLongOnLoad: (max: string) => m.data_url_too_long_on_load({ max }),
		statement: (p: StatementProblem): string => {
			switch (p.kind) {
				case 'empty':
					return m.data_statement_empty();
				case 'several':
					return m.data_statement_several({ count: p.count });
				case 'start':
					return m.data_statement_start({ word: p.word });
				case 'writes':
					return m.data_statement_writes({ word: p.word });
				case 'url':
					return m.data_statement_url({ url: p.url });
			}
		},
		hints: {
			unknownTable: (name: string, tables: string) => m.data_hints_unknown_table({ name, tables }),
			unknownColumn: (name: string) => m.data_hints_unknown_column({ name }),
			unknownFunction: (name: string) => m.data_hints_unknown_function({ name }),
			get syntax() {
				return m.data_hints_syntax();
			},
			get types() {
				return m.data_hints_types();
			},
			get noFiles() {
				return m.data_hints_no_files();
			},
			get memory() {
				return m.data_hints_memory();
			}
		},
		examples: {
			coverage: {
				get title() {
					return m.data_examples_coverage_title();
				},
				get description() {
					return m.data_examples_coverage_description();
				}
			},
			domains: {
				get title() {
					return m.data_examples_domains_title();
				},
				get description() {
					return m.data_examples_domains_description();
				}
			},
			named: {
				get title() {
					return m.data_examples_named_title();
				},
				get description() {
					return m.data_examples_named_description();
				}
			},
			discrepancies: {
				get title() {
					return m.data_examples_discrepancies_title();
				},
				get description() {
					return m.data_examples_discrepancies_description();
				}
			},
			income: {
				get title() {
					return m.data_examples_income_title();
				},
				get description() {
					return m.data_examples_income_description();
				}
			},
			ambiguous: {
				get title() {
					return m.data_examples_ambiguous_title();
				},
				get description() {
					return m.data_examples_ambiguous_description();
				}
			},
			composition: {
				get title() {
					return m.data_examples_composition_title();
				},
				get description() {
					return m.data_examples_composition_description();
				}
			}
		}
	}
} as const;
