/**
 * Does the reader's browser ask us to save data? The engine is 5–8 MB: on Save-Data or a 2G/3G
 * connection (Network Information API, where the browser has it) it is not downloaded at idle
 * time, only when the reader does something the prerendered view cannot answer.
 */
interface ConnectionInfo {
	saveData?: boolean;
	effectiveType?: string;
}

const SLOW = new Set(['slow-2g', '2g', '3g']);

export function savesData(nav: { connection?: ConnectionInfo } | undefined): boolean {
	const connection = nav?.connection;
	if (!connection) return false;
	return connection.saveData === true || SLOW.has(connection.effectiveType ?? '');
}
