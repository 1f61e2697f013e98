/** SQL of the self-assessment page (/assess), run at prerender only. */
export const assessSql = {
	/** The survey instrument in its printed order (numbers are text in the dataset). */
	questions: () => `SELECT * FROM survey_questions ORDER BY CAST(number AS INTEGER)`,

	/** The countries the review names as examples, per capability, by name. */
	examplesByCapability: () => `
		SELECT m.capability_id, list(DISTINCT c.name ORDER BY c.name) AS names
		FROM mentions m JOIN countries c USING (iso3)
		WHERE m.capability_id IS NOT NULL
		GROUP BY m.capability_id ORDER BY m.capability_id`
};
