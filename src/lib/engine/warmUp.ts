/**
 * One query the engine runs on its own once the tables are in, before it says it is ready.
 *
 * Why: V8 compiles a WebAssembly function only when it is first called (lazy compilation), on
 * the thread that calls it. DuckDB is one large module, and the first query after the start calls
 * its parser, planner, optimizer and operators for the first time: in a trace of the first
 * breakdown change on /capabilities, DuckDB's worker spent ~750 ms compiling functions
 * (wasm.CompileLazy, wasm.CompileBaseline) for a query that runs in a few milliseconds once
 * compiled. That was the reader's first change, whenever it came before the idle prefetch had
 * asked anything. Running a query with the shapes the views use (a CTE, joins, a cross join, a
 * grouped count, a window sum, a correlated subquery, a union and a sort) compiles those paths
 * while the engine is still starting, so the reader's first change is answered like any other.
 * It runs in DuckDB's worker: the page's main thread is not blocked by it.
 *
 * The answer is not used. If the query fails (a table that did not load), the engine starts as
 * before and the reader's first query pays the compilation.
 */
export const WARM_UP = `
WITH named AS (
	SELECT iso3, capability_id, count(*)::INTEGER AS n
	FROM mentions WHERE capability_id IS NOT NULL GROUP BY ALL
),
grid AS (
	SELECT c.iso3, c.name, k.capability_id, d.name AS domain_name,
	       coalesce(m.n, 0)::INTEGER AS n
	FROM countries c
	CROSS JOIN capabilities k
	JOIN domains d ON d.domain_id = k.domain_id
	LEFT JOIN named m ON m.iso3 = c.iso3 AND m.capability_id = k.capability_id
	WHERE c.income_group IN ('HIC', 'LMIC')
)
SELECT iso3 AS key, name, capability_id::VARCHAR AS col, domain_name AS label, n,
       (sum(n) OVER (PARTITION BY iso3))::INTEGER AS total,
       (SELECT count(*) FROM indicators o
        WHERE o.capability_id = grid.capability_id)::INTEGER AS others
FROM grid
UNION ALL
SELECT i.indicator_id, i.label, i.capability_id::VARCHAR, i.population, i.yes, i.n, NULL
FROM indicators i
LEFT JOIN indicators s ON s.parent_id = i.indicator_id
ORDER BY total DESC NULLS LAST, name, col`;
