/**
 * The dataset's manifest (static/data/manifest.json): the version, and each table's columns, row
 * count, files, sizes and hashes. `npm run data` writes it (scripts/data/write.ts); the prerender
 * reads it (server/manifest.ts) and the browser engine checks each table against it.
 */
import type { ColumnType } from './schema';

export interface ManifestTable {
	name: string;
	description: string;
	rows: number;
	columns: { name: string; type: ColumnType; nullable: boolean; description: string }[];
	files: { parquet: string; csv: string };
	bytes: { parquet: number; csv: number };
	sha256: { parquet: string; csv: string };
}

export interface Manifest {
	note: string;
	datasetVersion: string;
	tables: ManifestTable[];
}
